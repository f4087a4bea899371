import type { Logger } from "pino";
import { loadIoredis } from "../adapters/optional.ts";
import { describe } from "../adapters/redis.ts";
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
  // Losing and regaining Redis is logged once each, as the shared state's connection does: not at
  // every reconnection attempt (every 2 s while it is down) nor at every command.
  let down = false;
  const markDown = (error: unknown) => {
    if (down) return;
    down = true;
    logger.warn(
      { component: "redis", err: describe(error) },
      "conversation store: Redis unreachable, follow-ups to earlier answers lose their context until it is back",
    );
  };
  redis.on("error", markDown);
  redis.on("ready", () => {
    if (down) logger.info({ component: "redis" }, "conversation store: Redis reachable again");
    down = false;
  });
  return new RedisContextStore(redis, undefined, markDown);
}
