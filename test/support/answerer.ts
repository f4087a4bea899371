import { type Answerer, type AnswererDeps, createAnswerer } from "../../src/app/answer.ts";
import { RateLimiter } from "../../src/app/rateLimit.ts";
import { registry } from "../../src/commands/registry.ts";

/**
 * An answerer over the real registry, as the entry points build one (app/lifecycle.ts), with a
 * per-user limit a test chooses (high by default: most tests send more than a person would).
 */
export function testAnswerer(
  perMinute = 10_000,
  deps: Partial<Omit<AnswererDeps, "registry" | "limiter">> = {},
): Answerer {
  const now = deps.clock;
  return createAnswerer({
    registry,
    limiter: new RateLimiter({ perMinute, ...(now ? { now } : {}) }),
    ...deps,
  });
}
