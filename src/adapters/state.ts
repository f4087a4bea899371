import type { Logger } from "pino";
import type { Config } from "../app/config.ts";
import { RateLimiter, SharedRateLimiter } from "../app/rateLimit.ts";
import { type EventDedupe, memoryDedupe, redisDedupe } from "./dedupe.ts";
import { loadRateLimiterFlexible } from "./optional.ts";
import { connectRedis, type SharedRedis } from "./redis.ts";

/**
 * What replicas share: the rate limit and the set of events already answered. In Redis when
 * REDIS_URL is set (in memory while Redis is unreachable), in this process's memory otherwise.
 */
export interface SharedState {
  /** Undefined without Redis: answer() keeps its in-memory limiter. */
  limiter?: SharedRateLimiter;
  dedupe: EventDedupe;
  /** True while Redis is connected and ready (always false without REDIS_URL). */
  connected(): boolean;
  close(): Promise<void>;
}

export function createSharedState(
  config: Pick<Config, "REDIS_URL" | "RATE_LIMIT_PER_MINUTE">,
  logger: Logger,
  redis: SharedRedis | undefined = config.REDIS_URL ? connectRedis(config.REDIS_URL, logger) : undefined,
): SharedState {
  if (!redis) return { dedupe: memoryDedupe(), connected: () => false, close: async () => undefined };
  const store = new (loadRateLimiterFlexible().RateLimiterRedis)({
    storeClient: redis.client,
    keyPrefix: "flopsbot:rate",
    points: config.RATE_LIMIT_PER_MINUTE,
    duration: 60,
    // Fail at once while the connection is not ready: the in-memory limit answers instead.
    rejectIfRedisNotReady: true,
  });
  const limiter = new SharedRateLimiter(
    store,
    new RateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE }),
    redis.failed,
  );
  return {
    limiter,
    dedupe: redisDedupe(redis),
    connected: () => redis.client.status === "ready",
    close: () => redis.close(),
  };
}
