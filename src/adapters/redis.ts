import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { loadIoredis } from "./optional.ts";

/**
 * The one Redis connection of a process (REDIS_URL), shared by the rate limiter and event
 * de-duplication. Commands fail at once while Redis is down (no offline queue), so callers fall
 * back to memory without waiting; the connection keeps retrying in the background. Losing and
 * regaining Redis is logged once each, not once per command.
 */
export interface SharedRedis {
  client: Redis;
  /** A command failed: log "unreachable" once until Redis is back. */
  failed(error: unknown): void;
  close(): Promise<void>;
}

export function connectRedis(url: string, logger: Logger): SharedRedis {
  const log = logger.child({ component: "redis" });
  let down = false;
  const markDown = (error: unknown) => {
    if (down) return;
    down = true;
    log.warn(
      { err: describe(error) },
      "redis unreachable: rate limits and de-duplication in memory until it is back",
    );
  };
  const client = new (loadIoredis().Redis)(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 500,
    lazyConnect: false,
    // Keep retrying, at most every 2 s.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  client.on("error", markDown);
  client.on("ready", () => {
    if (down) log.info("redis reachable again: shared state back in Redis");
    down = false;
  });
  return {
    client,
    failed: markDown,
    async close() {
      client.removeAllListeners("error");
      client.on("error", () => undefined);
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

/** An error's name and message only (a Redis URL with a password never reaches a log). */
export function describe(error: unknown): { message: string } {
  const message = error instanceof Error ? error.message : String(error);
  return { message: message.replace(/\/\/[^@\s]*@/g, "//[redacted]@") };
}
