import type { Logger } from "pino";
import { UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { MAX_QUANTITY_LENGTH } from "../core/quantity.ts";
import type { AnyCommand } from "../dispatch/command.ts";
import { errorReply } from "../dispatch/errorReply.ts";
import { optionValueForm, stripPrefix, withoutInvisible } from "../dispatch/normalize.ts";
import { findCommand, type Registry } from "../dispatch/registry.ts";
import { langOfScript, respondToArguments, respondToText, withChartRequest } from "../dispatch/respond.ts";
import { unknownOptionError } from "../dispatch/unknownOption.ts";
import type { HubOptions } from "../hf/hub.ts";
import { type Lang, resolveLang } from "../i18n/lang.ts";
import type { ReadAs, ReadItem, Reply, Text } from "../reply/reply.ts";
import { prepareAsk } from "./hub.ts";
import { infoLineWriter } from "./logger.ts";
import { type RateLimiter, rateLimitKey, type SharedRateLimiter } from "./rateLimit.ts";

export type Platform = "slack" | "discord" | "cli";

interface AskBase {
  platform: Platform;
  /** Stable id of the asker on that platform (rate limits, logs). */
  userId: string;
  /** The Slack workspace or Discord server asked from: rate limits are per team and user. */
  teamId?: string;
  lang: Lang;
  /** `lang` is a default no one chose: a question written in Chinese is answered in zh-TW (respond.ts). */
  langFromText?: boolean;
}

/** Free text in the grammar (`175B 300B gpu=H100`), or a command with its options already split (Discord). */
export type Ask =
  | (AskBase & {
      text: string;
      /** A chart asked for outside the text (the terminal's `--chart FILE.png`). */
      chart?: boolean;
    })
  | (AskBase & {
      command: string;
      options: Record<string, string>;
      explain?: boolean;
      private?: boolean;
      chart?: boolean;
    });

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 20;

export interface AnswererDeps {
  registry: Registry;
  /** This process's rate limit for chat platforms (the terminal is never limited). */
  limiter: RateLimiter;
  /** The limit shared by every replica (Redis), used by `answerShared`; `limiter` when absent. */
  shared?: SharedRateLimiter;
  /** One JSON line per answered command; none when absent. */
  logger?: Logger;
  /** Milliseconds on a monotonic clock, for the logged latency (tests inject one). */
  clock?: () => number;
  /**
   * Cut long typed words (MAX_WORD) before reading and long echoes (MAX_ECHO) after, for the
   * chat renderers (default true). The terminal shows a line as typed and refuses it whole
   * when it is too long.
   */
  caps?: boolean;
}

/** The one entry point every adapter calls (the terminal included): the request in, a platform-neutral Reply out. */
export interface Answerer {
  /** Never throws. Chat users are rate limited per user; every answer is logged here, so adapters do not log. */
  answer(ask: Ask): Reply;
  /** `answer`, with the rate limit shared by every replica when REDIS_URL is set (Redis down: this process's own). Never rejects. */
  answerShared(ask: Ask): Promise<Reply>;
  /** `answerShared` after the Hub step (hub.ts): what the chat adapters and the terminal call for typed questions. */
  answerWithHub(ask: Ask, options?: HubOptions): Promise<Reply>;
}

/** An answerer over one registry, rate limiter, logger and clock (created once at start). */
export function createAnswerer(deps: AnswererDeps): Answerer {
  const { registry, limiter, shared, logger, caps = true } = deps;
  const clock = deps.clock ?? (() => performance.now());
  /**
   * The per-answer line: a fixed set of fields, none of them secret (no wildcard redaction; the
   * secret patterns still run over the line), written as pino writes it (infoLineWriter). One
   * child per platform, whose binding pino serializes once (its first field, where the line had it).
   */
  const answerLogs = logger && answerLoggers(logger);
  const perMinute = (shared ?? limiter).perMinute;

  const finish = (ask: Ask, waitMs: number, started: number): Reply => {
    const answered =
      waitMs > 0 ? limitedReply(registry, ask, waitMs, perMinute) : respond(registry, ask, caps);
    const reply = caps ? capEchoes(answered) : answered;
    if (logger && answerLogs) logAnswer(logger, answerLogs[ask.platform], ask, reply, clock() - started);
    return reply;
  };
  const answer = (ask: Ask): Reply => {
    const started = clock();
    const waitMs = ask.platform === "cli" ? 0 : limiter.take(keyOf(ask));
    return finish(ask, waitMs, started);
  };
  const answerShared = async (ask: Ask): Promise<Reply> => {
    if (!shared || ask.platform === "cli") return answer(ask);
    const started = clock();
    const waitMs = await shared.take(keyOf(ask));
    return finish(ask, waitMs, started);
  };
  return {
    answer,
    answerShared,
    // The limit is taken before the Hub step: an asker over it is told to wait, and the bot
    // fetches nothing for them (each request may name four repositories).
    answerWithHub: async (ask, options) => {
      if (ask.platform === "cli") return answer(await prepareAsk(ask, options));
      const started = clock();
      const waitMs = shared ? await shared.take(keyOf(ask)) : limiter.take(keyOf(ask));
      if (waitMs > 0) return finish(ask, waitMs, started);
      const prepared = await prepareAsk(ask, options);
      return finish(prepared, 0, clock());
    },
  };
}

/** The most characters of anything the user typed that a reply echoes back (before any escaping). */
export const MAX_ECHO = 80;

const keyOf = (ask: Ask): string => rateLimitKey(ask.platform, ask.teamId, ask.userId);

/** Cuts a text value the user typed to MAX_ECHO characters (never splitting a surrogate pair). */
export function capEcho(value: string): string {
  if (value.length <= MAX_ECHO) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(MAX_ECHO - 2)) ? MAX_ECHO - 2 : MAX_ECHO - 1;
  return `${value.slice(0, end)}…`;
}

/** Parameters the bot writes itself (a correct example, the accepted values), never user text. */
const OWN_PARAMS = new Set(["example", "examples", "suggestions", "supported", "values", "models", "list"]);

function capText(text: Text): Text {
  if (!text.params) return text;
  let changed = false;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(text.params)) {
    const capped = typeof value === "string" && !OWN_PARAMS.has(name) ? capEcho(value) : value;
    if (capped !== value) changed = true;
    params[name] = capped;
  }
  return changed ? extended(text, { params: params as Text["params"] }) : text;
}

/**
 * Every message parameter of a reply within MAX_ECHO characters: an error or a note that quotes
 * 6,000 typed characters would otherwise cost each renderer's escaping (discord.js's
 * escapeMarkdown is quadratic) and fill the reader's screen.
 */
export function capEchoes(reply: Reply): Reply {
  // Most replies quote nothing long: they are returned as they are, with no copy.
  if (!hasLongEcho(reply)) return reply;
  return extended(reply, {
    title: capText(reply.title),
    notes: reply.notes.map(capText),
    warnings: reply.warnings.map(capText),
    ...(reply.error ? { error: capText(reply.error) } : {}),
    ...(reply.hint ? { hint: capText(reply.hint) } : {}),
    ...(reply.readAs ? { readAs: capReadAs(reply.readAs) } : {}),
  });
}

/** A value read as typed text (a pasted `config={…}`), not one the bot wrote or formats itself. */
const longRead = (item: ReadItem): boolean =>
  typeof item.value === "string" && item.kind !== "gpu" && item.value.length > MAX_ECHO;

/** "Read as" quotes text values as typed (a pasted config.json): each cut to MAX_ECHO characters. */
const capReadAs = (readAs: ReadAs): ReadAs =>
  readAs.items.some(longRead)
    ? extended(readAs, {
        items: readAs.items.map((item) =>
          longRead(item) ? extended(item, { value: capEcho(item.value as string) }) : item,
        ),
      })
    : readAs;

const longEcho = (text: Text | undefined): boolean => {
  if (!text?.params) return false;
  for (const name in text.params) {
    const value = text.params[name];
    if (typeof value === "string" && value.length > MAX_ECHO && !OWN_PARAMS.has(name)) return true;
  }
  return false;
};

const hasLongEcho = (reply: Reply): boolean =>
  longEcho(reply.title) ||
  reply.notes.some(longEcho) ||
  reply.warnings.some(longEcho) ||
  longEcho(reply.error) ||
  longEcho(reply.hint) ||
  (reply.readAs?.items.some(longRead) ?? false);

/**
 * No name, choice or number is longer than this (a quantity's own cap, MAX_QUANTITY_LENGTH): a
 * longer word refuses the whole question (`args.wordTooLong`) before any fuzzy matching runs over
 * it (suggestions for a 6,000-character GPU name cost half a second). Never cut: a cut quantity is
 * often still a quantity, and a different number would be answered.
 */
export const MAX_WORD = MAX_QUANTITY_LENGTH;

const LONG_WORD = new RegExp(`\\S{${MAX_WORD + 1},}`, "g");

/** The first word over MAX_WORD characters, other than a pasted config.json (`config={…}`, read as JSON). */
function longWordIn(text: string): string | undefined {
  // A text no longer than MAX_WORD has no such word (most questions): no scan.
  if (text.length <= MAX_WORD) return undefined;
  for (const [word] of text.matchAll(LONG_WORD)) if (!word.startsWith("config=")) return word;
  return undefined;
}

/** The language an ask is answered in before it is read: an inline `lang=`, else Han text, else the default. */
export function askLang(ask: Ask): Lang {
  const typed = "text" in ask ? INLINE_LANG.exec(ask.text)?.[1] : ask.options.lang;
  const chosen = resolveLang(typed);
  if (chosen) return chosen;
  return "text" in ask && ask.langFromText ? langOfScript(ask.text, ask.lang) : ask.lang;
}

const INLINE_LANG = /(?:^|\s)(?:--)?lang[=:](\S+)/i;

/** The command a text names by its first word (exactly: no fuzzy matching), else the default one. */
const namedCommand = (registry: Registry, ask: Ask) => {
  const name = "text" in ask ? stripPrefix(ask.text).split(/\s+/, 1)[0] : ask.command;
  return (name && findCommand(registry, name)) || registry.defaultCommand;
};

/** `/flops <command> has no option “foo”`, with the nearest names or the command's options. */
function undeclared(command: AnyCommand, name: string, ask: Ask): Reply {
  const entries = Object.entries(command.options as Record<string, { aliases?: readonly string[] }>);
  const error = unknownOptionError(
    command.name,
    name,
    name.toLowerCase(),
    entries.flatMap(([option, spec]) => [option, ...(spec.aliases ?? [])]),
    entries.map(([option]) => option),
  );
  const reply = errorReply(command, error);
  reply.lang = askLang(ask);
  return reply;
}

/** A question with a word over MAX_WORD characters, refused whole: nothing of it is computed. */
function wordTooLong(registry: Registry, ask: Ask, word: string, option?: string): Reply {
  const params: Record<string, string | number> = { length: word.length, max: MAX_WORD };
  if (option) params.option = option;
  const reply = errorReply(namedCommand(registry, ask), new UserError("args.wordTooLong", params));
  reply.lang = askLang(ask);
  return reply;
}

function respond(registry: Registry, ask: Ask, caps: boolean): Reply {
  if ("text" in ask) {
    const long = caps ? longWordIn(ask.text) : undefined;
    if (long !== undefined) return wordTooLong(registry, ask, long);
    const text = ask.text;
    const options = ask.chart ? { lang: ask.lang, chart: true } : { lang: ask.lang };
    return respondToText(
      registry,
      text,
      ask.langFromText ? extended(options, { langFromText: true }) : options,
    );
  }
  const command = findCommand(registry, ask.command) ?? registry.defaultCommand;
  const options: Record<string, string> = {};
  for (const [name, value] of Object.entries(ask.options)) {
    // An option the command does not declare (a stale Discord registration, a forged button
    // value) is named, as the text grammar names `foo=`.
    // `model` names a published run whose numbers fill the options (dispatch/presets.ts).
    if (name !== "model" && !Object.hasOwn(command.options, name)) return undeclared(command, name, ask);
    const kind = (command.options as Record<string, { kind?: string } | undefined>)[name]?.kind;
    // Free text (a network, a question) may be long; anything naming one thing may not.
    const long = kind === "text" || !caps ? undefined : longWordIn(value);
    if (long !== undefined) return wordTooLong(registry, ask, long, name);
    // Invisible format characters (bidi overrides, zero-width), as the text grammar drops them; a
    // value naming one thing also takes the typed line's Unicode forms (full-width `１５Ｔ`, `700億`).
    options[name] = kind === "text" ? withoutInvisible(value) : optionValueForm(value);
  }
  const reply = respondToArguments(
    command,
    options,
    { lang: ask.lang, explain: ask.explain ?? false },
    registry.presets,
  );
  const charted = withChartRequest(reply, ask.chart === true);
  return ask.private ? extended(charted, { ephemeral: true }) : charted;
}

/** Only the asker sees it, with the seconds until the next command is accepted. */
function limitedReply(registry: Registry, ask: Ask, waitMs: number, limit: number): Reply {
  return {
    ok: false,
    command: namedCommand(registry, ask).name,
    title: { key: "rate.title" },
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: {
      key: "rate.limited",
      params: {
        seconds: Math.max(1, Math.ceil(waitMs / 1000)),
        limit,
      },
    },
    lang: askLang(ask),
  };
}

/** The answer lines' writers by platform, each a child logger's with its platform bound (see createAnswerer). */
function answerLoggers(logger: Logger): Record<Platform, (fields: AnswerLine) => void> {
  const of = (platform: Platform) => infoLineWriter<AnswerLine>(logger.child({ platform }), "answered");
  return { slack: of("slack"), discord: of("discord"), cli: of("cli") };
}

/** Who asked on which platform, which command, how long it took and how it ended; never the text. */
function logAnswer(
  logger: Logger,
  writeAnswer: (fields: AnswerLine) => void,
  ask: Ask,
  reply: Reply,
  latencyMs: number,
): void {
  const limited = reply.error?.key === "rate.limited";
  const outcome = reply.ok ? "ok" : limited ? "limited" : "error";
  const latency = Math.round(latencyMs * 1000) / 1000;
  if (reply.internalError !== undefined) {
    // Built by assignment, errorId last as a spread of it would put it.
    const fields: Record<string, unknown> = {
      platform: ask.platform,
      command: reply.command,
      userId: ask.userId,
      latencyMs: latency,
      outcome,
    };
    if (reply.error) fields.errorId = reply.error.key;
    fields.err = reply.internalError;
    logger.error(fields, "answer failed");
    return;
  }
  // The platform is the child's binding. One shape for every line: an undefined errorId is left
  // out, as it was left out of the record before.
  writeAnswer(new AnswerLine(reply.command, ask.userId, latency, outcome, reply.error?.key));
}

/** The fields of an answer line after its platform, in their order on the line. */
export class AnswerLine {
  constructor(
    readonly command: string,
    readonly userId: string,
    readonly latencyMs: number,
    readonly outcome: string,
    readonly errorId: string | undefined,
  ) {}
}
