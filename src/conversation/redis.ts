import type { Logger } from "pino";
import { loadIoredis } from "../adapters/optional.ts";
import { type ContextStore, MemoryContextStore, RedisContextStore } from "./store.ts";

/**
 * The context store for a process: in Redis when REDIS_URL is set (every replica sees every
 * conversation), in memory otherwise. The connection does not keep the process alive.
 */
export function createContextStore(redisUrl: string | undefined, logger: Logger): ContextStore {
  if (!redisUrl) return new MemoryContextStore();
  const redis = new (loadIoredis().Redis)(redisUrl, {
    lazyConnect: false,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  redis.on("error", (err: unknown) => logger.warn({ err }, "conversation store: Redis unreachable"));
  return new RedisContextStore(redis, undefined, (err) =>
    logger.warn({ err }, "conversation store: Redis command failed"),
  );
}
