import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";
import { WarningLimiter } from "../../app/logger.ts";
import { extended } from "../../core/extended.ts";

const TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt's level for a pino level (Bolt has no trace, fatal or silent). */
export const boltLevel = (level: string): LogLevel => TO_BOLT[level] ?? LogLevel.INFO;

/**
 * Bolt's Logger interface on top of pino: Bolt, its receivers and its Web API client log as
 * structured JSON through a child logger (`component: "slack"`), errors under `err`. Bolt's
 * setLevel only changes that child; the process level (LOG_LEVEL) stays where it is.
 */
export function boltLogger(base: Logger, warnings = new WarningLimiter()): BoltLogger {
  let logger = base.child({ component: "slack" });
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]): void => {
      // Bolt logs at debug on every request (`ack() call begins …`): nothing to format when it would be dropped.
      if (!logger.isLevelEnabled(level)) return;
      const err = parts.find((p): p is Error => p instanceof Error);
      const message = scrubLibraryMessage(
        parts
          .filter((p) => p !== err)
          .map((p) => (typeof p === "string" ? p : safeJson(p)))
          .join(" "),
      );
      // Unsigned or malformed requests make Bolt warn: one line per kind a minute, not one per request.
      let suppressed: number | undefined = 0;
      if (level === "warn") {
        suppressed = warnings.admit(message.replace(/\d+/g, "#").slice(0, 80));
        if (suppressed === undefined) return;
      }
      const fields = suppressed > 0 ? { suppressed } : {};
      if (err) logger[level](extended(fields, { err }), message || err.message);
      else logger[level](fields, message);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel(level: LogLevel) {
      if (base.level !== "silent") logger.level = level;
    },
    getLevel: () => boltLevel(logger.level),
    setName(name: string) {
      const level = logger.level;
      logger = base.child({ component: "slack", name });
      logger.level = level;
    },
  };
}

/** Longest library message kept; the rest is cut. */
export const LIBRARY_MESSAGE_MAX = 300;

/**
 * A library's log message without any request or response body: Bolt logs the whole event at
 * debug (`JSON.stringify(body)`, with the user's text), `ack() … (body: …)`, and a malformed
 * body's parse error, which quotes its start. Everything after "body" goes, and so does a
 * message that is itself JSON.
 */
export function scrubLibraryMessage(message: string): string {
  const trimmed = message.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return "[body omitted]";
  const cut = message.replace(/(\bbody\b[^:]{0,40}:)[\s\S]*$/i, "$1 [omitted]");
  return cut.length > LIBRARY_MESSAGE_MAX ? `${cut.slice(0, LIBRARY_MESSAGE_MAX)}…` : cut;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
