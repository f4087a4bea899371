import process from "node:process";
import type { Logger } from "pino";
import type { SharedState } from "../adapters/state.ts";
import { registry } from "../commands/registry.ts";
import { type Answerer, createAnswerer, DEFAULT_RATE_LIMIT_PER_MINUTE } from "./answer.ts";
import { type Config, ConfigError, loadConfig, loadEnvFile } from "./config.ts";
import { createLogger } from "./logger.ts";
import { installProcessHandlers } from "./process.ts";
import { RateLimiter, type SharedRateLimiter } from "./rateLimit.ts";

/**
 * The answerer of one process (every entry point builds exactly one): the command registry,
 * the configured per-user limit (shared through Redis when there is one) and the JSON logger.
 */
export function createAppAnswerer(
  config: Pick<Config, "RATE_LIMIT_PER_MINUTE">,
  logger: Logger,
  shared?: SharedRateLimiter,
): Answerer {
  return createAnswerer({
    registry,
    limiter: new RateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE }),
    logger,
    ...(shared ? { shared } : {}),
  });
}

/** The terminal's answerer: no logger, never rate limited, and a line shown as typed (no echo caps). */
export const createTerminalAnswerer = (): Answerer =>
  createAnswerer({
    registry,
    limiter: new RateLimiter({ perMinute: DEFAULT_RATE_LIMIT_PER_MINUTE }),
    caps: false,
  });

/** The first step of every entry point: `.env` loaded, the config checked, the JSON logger. */
export function loadSettings(): { config: Config; logger: Logger } {
  loadEnvFile();
  const config = loadConfig();
  return { config, logger: createLogger(config.LOG_LEVEL) };
}

/**
 * The start-up the chat entry points share: the process handlers, the state shared by replicas
 * (rate limits and answered events, in Redis with REDIS_URL, else in memory) and the one answerer
 * every platform of the process is given.
 */
export async function startServices(
  config: Config,
  logger: Logger,
): Promise<{ state: SharedState; answerer: Answerer }> {
  installProcessHandlers(logger);
  const { createSharedState } = await import("../adapters/state.ts");
  const state = createSharedState(config, logger);
  return { state, answerer: createAppAnswerer(config, logger, state.limiter) };
}

/** The system errors of a connection that could not be made (DNS, refused, unreachable, timed out). */
const NETWORK_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The message of the network error in `error` or its causes (`fetch failed` keeps it in `cause`), if any. */
export function networkFailure(error: unknown): string | undefined {
  for (let at = error, depth = 0; at instanceof Error && depth < 5; depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return at.message;
    at = at.cause;
  }
  return undefined;
}

/**
 * What a failed start (or registration) prints: the message of a bad config; for a PORT that
 * cannot be opened or a service that could not be reached (Slack, Discord, a proxy), what
 * happened and what to check, one line with no stack; else the stack, which is a bug's.
 */
export function startFailureMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const { code, syscall, port } = (error ?? {}) as { code?: unknown; syscall?: unknown; port?: unknown };
  // The HTTP port (Slack HTTP mode, or the health server) could not be opened: a setting to change.
  if (syscall === "listen" && code === "EADDRINUSE")
    return `PORT: ${port} is already in use (another flopsbot, or another server). Stop it, or set PORT to a free port.`;
  if (syscall === "listen" && code === "EACCES")
    return `PORT: ${port} is not allowed for this user (ports below 1024 need privileges). Set PORT to 1024 or above; the default is 3000.`;
  const network = networkFailure(error);
  if (network !== undefined)
    return `A network error: ${network}. Check that this machine reaches Slack or Discord, or set SLACK_API_URL or DISCORD_API_URL to the proxy it goes through.`;
  return String((error as Error)?.stack ?? error);
}

/** Runs an entry point's start; a failure to start is one line on stderr (a bad config, an unreachable service) and exit 1. */
export function runEntry(
  start: () => Promise<void>,
  stderr: { write(text: string): unknown } = process.stderr,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  start().catch((error: unknown) => {
    stderr.write(`${startFailureMessage(error)}\n`);
    exit(1);
  });
}
