import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The Redis client and the Redis rate limiter, loaded only when REDIS_URL is set: a bot without
 * Redis never pays for loading them at start (README, Performance: time to ready).
 */
export const loadIoredis = (): typeof import("ioredis") => require("ioredis");
export const loadRateLimiterFlexible = (): typeof import("rate-limiter-flexible") =>
  require("rate-limiter-flexible");
