import type { Logger } from "pino";
import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import { findCommand } from "./grammar.ts";
import { RateLimiter } from "./rateLimit.ts";
import { registry } from "./registry.ts";
import { respondToArguments, respondToText, withChartRequest } from "./respond.ts";

export type Platform = "slack" | "discord" | "cli";

interface AskBase {
  platform: Platform;
  /** Stable id of the asker on that platform (rate limits, logs). */
  userId: string;
  lang: Lang;
}

/** Free text in the grammar (`175B 300B gpu=H100`), or a command with its options already split (Discord). */
export type Ask =
  | (AskBase & { text: string })
  | (AskBase & {
      command: string;
      options: Record<string, string>;
      explain?: boolean;
      private?: boolean;
      chart?: boolean;
    });

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 20;

export interface AnswerSettings {
  /** Commands per user per minute on chat platforms (the terminal is never limited). */
  rateLimitPerMinute: number;
  /** One JSON line per answered command; none when absent. */
  logger?: Logger;
  /** Milliseconds on a monotonic clock (tests inject one). */
  now?: () => number;
}

let limiter = new RateLimiter({ perMinute: DEFAULT_RATE_LIMIT_PER_MINUTE });
let log: Logger | undefined;
/** The per-answer line: a fixed set of fields, none of them secret, so it skips the wildcard redaction. */
let answerLog: Logger | undefined;
let clock: () => number = () => performance.now();

/** Sets the rate limit, the logger and the clock for every later `answer` (once, at start). */
export function configureAnswer(settings: AnswerSettings): void {
  clock = settings.now ?? (() => performance.now());
  limiter = new RateLimiter({ perMinute: settings.rateLimitPerMinute, now: clock });
  log = settings.logger;
  answerLog = settings.logger?.child({}, { redact: [] });
}

/**
 * The one entry point every adapter calls: the request in, a platform-neutral Reply out. Never
 * throws. Chat users are rate limited per user; every answer is logged here, so adapters do not log.
 */
export function answer(ask: Ask): Reply {
  const started = clock();
  const waitMs = ask.platform === "cli" ? 0 : limiter.take(`${ask.platform}:${ask.userId}`);
  const reply = waitMs > 0 ? limitedReply(ask, waitMs) : respond(ask);
  if (log && answerLog) logAnswer(log, answerLog, ask, reply, clock() - started);
  return reply;
}

function respond(ask: Ask): Reply {
  if ("text" in ask) return respondToText(registry, ask.text, { lang: ask.lang });
  const command = findCommand(registry, ask.command) ?? registry.defaultCommand;
  const reply = respondToArguments(
    command,
    ask.options,
    { lang: ask.lang, explain: ask.explain ?? false },
    registry.presets,
  );
  const charted = withChartRequest(reply, ask.chart === true);
  return ask.private ? { ...charted, ephemeral: true } : charted;
}

/** Only the asker sees it, with the seconds until the next command is accepted. */
function limitedReply(ask: Ask, waitMs: number): Reply {
  const name =
    "text" in ask
      ? ask.text
          .trim()
          .replace(/^\/?flops\s+/i, "")
          .split(/\s+/, 1)[0]
      : ask.command;
  return {
    ok: false,
    command: (name && findCommand(registry, name)?.name) || registry.defaultCommand.name,
    title: { key: "rate.title" },
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: {
      key: "rate.limited",
      params: { seconds: Math.max(1, Math.ceil(waitMs / 1000)), limit: limiter.perMinute },
    },
    lang: ask.lang,
  };
}

/** Who asked on which platform, which command, how long it took and how it ended; never the text. */
function logAnswer(logger: Logger, answerLogger: Logger, ask: Ask, reply: Reply, latencyMs: number): void {
  const limited = reply.error?.key === "rate.limited";
  const fields = {
    platform: ask.platform,
    command: reply.command,
    userId: ask.userId,
    latencyMs: Math.round(latencyMs * 1000) / 1000,
    outcome: reply.ok ? "ok" : limited ? "limited" : "error",
    ...(reply.error ? { errorId: reply.error.key } : {}),
  };
  if (reply.internalError !== undefined)
    logger.error({ ...fields, err: reply.internalError }, "answer failed");
  else answerLogger.info(fields, "answered");
}
