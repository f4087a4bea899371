import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "../../src/app/answer.ts";
import { loadConfig } from "../../src/app/config.ts";
import { RateLimiter } from "../../src/app/rateLimit.ts";
import { localize } from "../../src/reply/localize.ts";
import { testAnswerer } from "../support/answerer.ts";

/** A clock the test moves by hand, in milliseconds. */
function manualClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("RateLimiter: a token bucket per user", () => {
  it("allows a burst of the per-minute limit, then refuses with the wait for the next token", () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 20, now: clock.now });
    for (let i = 0; i < 20; i++) expect(limiter.take("U1")).toBe(0);
    // 20 a minute refills one token every 3 s.
    expect(limiter.take("U1")).toBe(3_000);
    clock.advance(1_000);
    expect(limiter.take("U1")).toBe(2_000);
    clock.advance(2_000);
    expect(limiter.take("U1")).toBe(0);
    expect(limiter.take("U1")).toBe(3_000);
  });

  it("refills continuously, never above the capacity", () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 6, now: clock.now });
    for (let i = 0; i < 6; i++) limiter.take("U1");
    clock.advance(25_000); // 6 a minute is one per 10 s: 2.5 tokens back
    expect(limiter.take("U1")).toBe(0);
    expect(limiter.take("U1")).toBe(0);
    expect(limiter.take("U1")).toBe(5_000);
    clock.advance(10 * 60_000);
    for (let i = 0; i < 6; i++) expect(limiter.take("U1")).toBe(0);
    expect(limiter.take("U1")).toBeGreaterThan(0);
  });

  it("keeps each user's bucket apart", () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 2, now: clock.now });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 30_000]);
    expect([limiter.take("b"), limiter.take("b")]).toEqual([0, 0]);
  });

  it("forgets users idle for a minute (their bucket is full again), so memory stays bounded", () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 20, now: clock.now });
    for (let i = 0; i < 1_000; i++) limiter.take(`user-${i}`);
    expect(limiter.size).toBe(1_000);
    clock.advance(59_999);
    limiter.take("user-0");
    expect(limiter.size).toBe(1_000);
    clock.advance(1);
    limiter.take("someone");
    // Everyone but user-0 (seen 1 ms ago) and the newcomer has been idle for a minute.
    expect(limiter.size).toBe(2);
  });

  it("never holds more than maxUsers buckets, dropping the least recently used", () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 1, now: clock.now, maxUsers: 3 });
    for (const user of ["a", "b", "c"]) limiter.take(user);
    clock.advance(1);
    expect(limiter.take("a")).toBeGreaterThan(0); // a is now the most recent
    limiter.take("d");
    expect(limiter.size).toBe(3);
    expect(limiter.take("b")).toBe(0); // b was dropped and starts again full
    expect(limiter.take("a")).toBeGreaterThan(0); // a was kept
  });

  it("takes and evicts as a bucket per key in a Map kept in order of use, over any sequence", () => {
    // The reference written out plainly: the Map's own order is the order of use (a key used again
    // is deleted and set at the end); the idle and the excess are dropped from its front.
    const reference = (perMinute: number, maxUsers: number, now: () => number) => {
      const buckets = new Map<string, { tokens: number; at: number }>();
      return {
        size: () => buckets.size,
        take(key: string): number {
          const t = now();
          const old = buckets.get(key);
          let tokens = old
            ? Math.min(perMinute, old.tokens + Math.max(0, t - old.at) * (perMinute / 60_000))
            : perMinute;
          buckets.delete(key);
          const allowed = tokens >= 1;
          if (allowed) tokens -= 1;
          buckets.set(key, { tokens, at: t });
          for (const [k, bucket] of buckets) {
            if (t - bucket.at < 60_000 && buckets.size <= maxUsers) break;
            buckets.delete(k);
          }
          return allowed ? 0 : Math.ceil((1 - tokens) / (perMinute / 60_000) - 1e-6);
        },
      };
    };
    const step = fc.oneof(
      fc.record({ take: fc.constantFrom("a", "b", "c", "d", "e", "f") }),
      fc.record({
        advance: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom(59_999, 60_000, 90_000)),
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(step, { maxLength: 80 }),
        (perMinute, maxUsers, steps) => {
          const clock = manualClock();
          const limiter = new RateLimiter({ perMinute, now: clock.now, maxUsers });
          const model = reference(perMinute, maxUsers, clock.now);
          for (const s of steps) {
            if ("advance" in s) clock.advance(s.advance);
            else expect(limiter.take(s.take)).toBe(model.take(s.take));
            expect(limiter.size).toBe(model.size());
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses a limit below one per minute", () => {
    expect(() => new RateLimiter({ perMinute: 0 })).toThrow(RangeError);
  });
});

describe("answer() applies the limit to chat platforms", () => {
  it("defaults to 20 commands per user per minute, from RATE_LIMIT_PER_MINUTE", () => {
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(20);
    expect(loadConfig({}).RATE_LIMIT_PER_MINUTE).toBe(20);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "5" }).RATE_LIMIT_PER_MINUTE).toBe(5);
  });

  it("answers the 21st command in a minute with a polite, private error that says when to retry", () => {
    const clock = manualClock();
    const { answer } = testAnswerer(20, { clock: clock.now });
    const ask = { platform: "slack" as const, userId: "U123", lang: "en" as const, text: "175B 300B" };
    for (let i = 0; i < 20; i++) expect(answer(ask).ok).toBe(true);
    const limited = answer(ask);
    expect(limited).toMatchObject({
      ok: false,
      ephemeral: true,
      command: "compute",
      error: { key: "rate.limited", params: { seconds: 3, limit: 20 } },
    });
    const shown = localize(limited, "en");
    expect(shown.title).toBe("One moment, please");
    expect(shown.error).toBe(
      "You are asking faster than 20 commands a minute, my limit per person. Please try again in 3 s.",
    );
    expect(localize(answer({ ...ask, lang: "zh-TW" }), "zh-TW").error).toContain("3 秒");
    // Another user on the same platform, and the same id on another platform, are not affected.
    expect(answer({ ...ask, userId: "U456" }).ok).toBe(true);
    expect(answer({ ...ask, platform: "discord" }).ok).toBe(true);
    clock.advance(3_000);
    expect(answer(ask).ok).toBe(true);
  });

  it("names the command that was refused, in the text and the options forms", () => {
    const clock = manualClock();
    const { answer } = testAnswerer(1, { clock: clock.now });
    const base = { platform: "discord" as const, userId: "1", lang: "en" as const };
    answer({ ...base, text: "help" });
    expect(answer({ ...base, text: "/flops mfu 1B 1B" }).command).toBe("mfu");
    expect(answer({ ...base, command: "chinchilla", options: { params: "70B" } })).toMatchObject({
      command: "chinchilla",
      error: { key: "rate.limited", params: { seconds: 60, limit: 1 } },
    });
  });

  it("never limits the terminal", () => {
    const clock = manualClock();
    const { answer } = testAnswerer(1, { clock: clock.now });
    for (let i = 0; i < 50; i++) {
      expect(answer({ platform: "cli", userId: "me", lang: "en", text: "chinchilla 70B" }).ok).toBe(true);
    }
  });
});
