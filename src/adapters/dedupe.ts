import type { SharedRedis } from "./redis.ts";

/**
 * Slack retries an event it thinks was not received (at once, after 1 minute, after 5 minutes)
 * and a replayed request stays valid for 5 minutes (its signed timestamp): an event id seen in
 * the last EVENT_WINDOW_S seconds is not answered again.
 */
export const EVENT_WINDOW_S = 10 * 60;
export const MAX_REMEMBERED = 100_000;

export interface EventDedupe {
  /** True the first time `id` is seen within the window (answer it); false for a repeat. */
  first(id: string): Promise<boolean>;
}

/** In this process only: ids with their expiry, oldest first, at most `max` of them. */
export function memoryDedupe(
  windowMs = EVENT_WINDOW_S * 1000,
  now: () => number = () => performance.now(),
  max = MAX_REMEMBERED,
): EventDedupe & { readonly size: number; forget(id: string): void } {
  const seen = new Map<string, number>();
  return {
    get size() {
      return seen.size;
    },
    /** Lets `id` be first again (what it stood for did not happen after all). */
    forget(id) {
      seen.delete(id);
    },
    async first(id) {
      const at = now();
      for (const [key, expires] of seen) {
        if (expires > at && seen.size < max) break;
        seen.delete(key);
      }
      const expires = seen.get(id);
      if (expires !== undefined && expires > at) return false;
      seen.set(id, at + windowMs);
      return true;
    },
  };
}

/**
 * Shared by every replica: `SET flopsbot:event:<id> 1 NX EX <window>` claims an id atomically,
 * so exactly one replica answers it. While Redis fails, the process's own memory decides.
 */
export function redisDedupe(redis: SharedRedis, fallback: EventDedupe = memoryDedupe()): EventDedupe {
  return {
    async first(id) {
      try {
        const claimed = await redis.client.set(`flopsbot:event:${id}`, "1", "EX", EVENT_WINDOW_S, "NX");
        // Remember it here too, so a repeat while Redis is down is still caught.
        await fallback.first(id);
        return claimed === "OK";
      } catch (error) {
        redis.failed(error);
        return fallback.first(id);
      }
    },
  };
}
