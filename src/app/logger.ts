import type pinoModule from "pino";
import type { Logger } from "pino";
import { requireBundled } from "../core/bundled.ts";

/**
 * pino, loaded when the first logger is made: the terminal (the `flops` command, the console)
 * never makes one, and loading it is a twentieth of their cold start (README, Performance). The
 * bundle in dist/ ships it in one file beside its chunks (scripts/build.mjs), which loads in half
 * the time of pino's thirty files; from the sources it is the package.
 */
function requirePino(): typeof pinoModule {
  return requireBundled<typeof pinoModule>("vendor-pino.cjs", "pino");
}

/**
 * Secrets that can hide inside any string of a log line (an error message, a URL, text a user
 * typed): Discord interaction and webhook tokens in REST paths, Discord interaction tokens on
 * their own, and Slack tokens (xoxb-, xoxp-, xoxa-, xoxe-, xoxr-, xoxs-, xapp-).
 */
export const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/(\/interactions\/\d+\/)[^/\s"'\\?]+/g, "$1[redacted]"],
  [/(\/webhooks\/\d+\/)[^/\s"'\\?]+/g, "$1[redacted]"],
  // Discord interaction tokens are base64 of "interaction:…".
  [/aW50ZXJhY3Rpb24[A-Za-z0-9_\-.]*/g, "[redacted]"],
  [/\bxox[a-z]-[A-Za-z0-9-]*/g, "[redacted]"],
  [/\bxapp-[A-Za-z0-9-]*/g, "[redacted]"],
  [/("(?:token|interaction_token)"\s*:\s*")[^"]*/g, "$1[redacted]"],
];

/**
 * Matches wherever one of SECRET_PATTERNS could: a line almost never holds a secret, so one scan
 * of it decides whether the six replacements run (this hook sees every line, one per answer).
 */
const MAYBE_SECRET =
  /\/interactions\/\d|\/webhooks\/\d|aW50ZXJhY3Rpb24|xox[a-z]-|xapp-|"(?:interaction_)?token"/;

/** `text` with every token-shaped substring replaced by `[redacted]`. Linear in its length. */
export function redactSecrets(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * A line whose text is built when its turn's lines are handed over rather than when it is logged
 * (infoLineWriter's answer lines): `render(fields, time)` gives the line, `time` being what the
 * logger's clock said when it was logged.
 */
type LineRender<F> = (fields: F, time: string) => string;

/** The method of logDestination's stream that takes a line to build later, in its place among the others. */
const WRITE_LATER = Symbol("writeLater");

interface DeferringStream {
  [WRITE_LATER]<F>(render: LineRender<F>, fields: F, time: string): void;
}

/**
 * Where the lines go: pino's own asynchronous destination (sonic-boom, flushed on exit) to
 * standard output or `dest`, in its buffer mode. In its default string mode sonic-boom measures
 * the UTF-8 length of all the text waiting behind a write in flight on every line
 * (`Buffer.byteLength` of a string that keeps growing), which in a burst of answers costs more
 * than writing the line (README, Performance). The lines written in one turn of the event loop
 * are handed to it as one buffer at the end of the turn (a Buffer per line cost more than the
 * rest of the write); `flush` and the process's exit hand over what is waiting first. Lines given
 * to be built later (WRITE_LATER) are built then, in their place among the others, one after
 * another: built between two commands, each cost about twice as much (README, Performance).
 */
export function logDestination(dest?: number | string): pinoModule.DestinationStream {
  // As pino's own default does: a standard output whose write was replaced (a test or a tool
  // capturing it) is written through.
  if (dest === undefined && process.stdout.write !== process.stdout.constructor.prototype.write)
    return process.stdout;
  const boom = requirePino().destination({ dest: dest ?? 1, sync: false, contentMode: "buffer" });
  let waiting = "";
  let scheduled = false;
  // The lines to build, as three lists (one entry a line) rather than a record per line.
  const renders: LineRender<unknown>[] = [];
  const fieldsOf: unknown[] = [];
  const times: string[] = [];
  const build = () => {
    for (let i = 0; i < renders.length; i++)
      waiting += (renders[i] as LineRender<unknown>)(fieldsOf[i], times[i] as string);
    renders.length = 0;
    fieldsOf.length = 0;
    times.length = 0;
  };
  const handOver = () => {
    scheduled = false;
    if (renders.length > 0) build();
    if (waiting === "") return;
    const lines = Buffer.from(waiting);
    waiting = "";
    boom.write(lines as unknown as string);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(handOver);
  };
  // pino flushes the destination synchronously on exit (its own exit hook, registered when the
  // destination was made, runs first); the lines of the last turn follow it out.
  process.once("exit", () => {
    if (waiting === "" && renders.length === 0) return;
    handOver();
    boom.flushSync();
  });
  const stream: DeferringStream & { write(line: string): void; flush(done?: (error?: Error) => void): void } =
    {
      write: (line: string) => {
        schedule();
        // Lines to build that came first keep their place.
        if (renders.length > 0) build();
        waiting += line;
      },
      [WRITE_LATER]: (render, fields, time) => {
        schedule();
        renders.push(render as LineRender<unknown>);
        fieldsOf.push(fields);
        times.push(time);
      },
      flush: (done?: (error?: Error) => void) => {
        handOver();
        boom.flush(done);
      },
    };
  return stream as unknown as pinoModule.DestinationStream;
}

/** Structured JSON logs; never tokens, secrets or full request bodies. */
export function createLogger(
  level: string,
  destination: pinoModule.DestinationStream = logDestination(),
): Logger {
  return requirePino()(
    {
      level,
      base: { service: "flopsbot" },
      redact: {
        paths: [
          "token",
          "*.token",
          "headers.authorization",
          "*.headers.authorization",
          "signingSecret",
          "*.signingSecret",
          "SLACK_BOT_TOKEN",
          "SLACK_SIGNING_SECRET",
          "SLACK_APP_TOKEN",
          "DISCORD_TOKEN",
          "*.SLACK_BOT_TOKEN",
          "*.SLACK_SIGNING_SECRET",
          "*.SLACK_APP_TOKEN",
          "*.DISCORD_TOKEN",
          // discord.js's DiscordAPIError carries the refused request's body (the reply, user text).
          "err.requestBody",
          "*.requestBody",
          "body",
          "*.body",
          "rawBody",
          "*.rawBody",
        ],
        censor: "[redacted]",
      },
      // The last word on every line: whatever a library put in a message or URL, tokens go.
      hooks: { streamWrite: redactSecrets },
    },
    destination,
  );
}

/**
 * A warning that an outsider can trigger (an unsigned request, a malformed body) is written at
 * most once per `windowMs` per key; the next line written says how many were suppressed, so an
 * attacker cannot set the log volume.
 */
export class WarningLimiter {
  private readonly seen = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly now: () => number = () => performance.now(),
    private readonly maxKeys = 1000,
  ) {}

  /** undefined: suppress this one; otherwise how many were suppressed since the last one written. */
  admit(key: string): number | undefined {
    const now = this.now();
    const entry = this.seen.get(key);
    if (entry && now - entry.at < this.windowMs) {
      entry.suppressed += 1;
      return undefined;
    }
    const suppressed = entry?.suppressed ?? 0;
    this.seen.delete(key);
    if (this.seen.size >= this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    this.seen.set(key, { at: now, suppressed: 0 });
    return suppressed;
  }
}

/** The fields of a fixed line: strings and numbers, in the order they are written; undefined ones are left out. */
export type LineFields<F> = { readonly [K in keyof F]: string | number | undefined };

/**
 * A writer of one message at info level, in the line pino itself writes (its level and time, the
 * logger's bindings, the fields in order, `msg` last, through its streamWrite hook) but built
 * here: the answer line is written once per command, and pino's generic serialization of it
 * cost about a tenth of a command (README, Performance). A property test holds its lines
 * byte-identical to pino's. Nothing is written while the logger is above info. To logDestination
 * the line is built at the end of the turn, from `fields` as they are then (never changed after).
 */
export function infoLineWriter<F extends LineFields<F>>(logger: Logger, msg: string): (fields: F) => void {
  const { symbols } = requirePino();
  const internals = logger as unknown as Record<symbol, unknown>;
  const stream = internals[symbols.streamSym] as { write(line: string): void } & Partial<DeferringStream>;
  const time = internals[symbols.timeSym] as () => string;
  const hook = (internals[symbols.hooksSym] as { streamWrite?: (line: string) => string }).streamWrite;
  // A logger's bindings are fixed when it is made (pino keeps them serialized).
  const bindings = internals[symbols.chindingsSym] as string;
  const level = logger.levels.values.info;
  const end = `,"msg":${JSON.stringify(msg)}}\n`;
  const render: LineRender<F> = (fields, at) => {
    let line = `{"level":${level}${at}${bindings}`;
    for (const key in fields) {
      const value: string | number | undefined = fields[key];
      if (value === undefined) continue;
      line += `,"${key}":${typeof value === "number" ? numberJson(value) : stringJson(value)}`;
    }
    line += end;
    return hook ? hook(line) : line;
  };
  // logDestination builds the line at the end of the turn; any other stream is written at once.
  const deferring = stream[WRITE_LATER] !== undefined;
  return (fields) => {
    if (!logger.isLevelEnabled("info")) return;
    if (deferring) (stream as DeferringStream)[WRITE_LATER](render, fields, time());
    else stream.write(render(fields, time()));
  };
}

/**
 * A number as pino writes it (`String`, and null when not finite), a count of thousandths (a
 * latency in ms rounded to the µs) without the shortest-digits search of `String` on a
 * fraction: for a whole n from 1 to 10¹⁵, n / 1000 is the double nearest n thousandths, whose
 * shortest decimal that reads back to it is those thousandths with their trailing zeros dropped
 * (any other decimal of as few digits is at least 0.001 away, more than the double's spacing).
 */
export function numberJson(value: number): string {
  const thousandths = Math.round(value * 1000);
  if (thousandths >= 1 && thousandths < 1e15 && thousandths / 1000 === value) {
    const fraction = thousandths % 1000;
    const whole = (thousandths - fraction) / 1000;
    if (fraction === 0) return String(whole);
    const digits = fraction < 10 ? `00${fraction}` : fraction < 100 ? `0${fraction}` : String(fraction);
    return `${whole}.${digits.endsWith("00") ? digits.slice(0, 1) : digits.endsWith("0") ? digits.slice(0, 2) : digits}`;
  }
  return Number.isFinite(value) ? String(value) : "null";
}

/**
 * A string as JSON.stringify writes it: printable ASCII other than `"` and `\` (a command's name,
 * a platform's user id) as it is between quotes, anything else through JSON.stringify.
 */
export function stringJson(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) return JSON.stringify(value);
  }
  return `"${value}"`;
}
