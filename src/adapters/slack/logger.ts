import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";

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
export function boltLogger(base: Logger): BoltLogger {
  let logger = base.child({ component: "slack" });
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]): void => {
      const err = parts.find((p): p is Error => p instanceof Error);
      const message = parts
        .filter((p) => p !== err)
        .map((p) => (typeof p === "string" ? p : safeJson(p)))
        .join(" ");
      if (err) logger[level]({ err }, message || err.message);
      else logger[level](message);
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

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
