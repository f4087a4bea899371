import { describe, expect, it } from "vitest";
import { rateLimitKey } from "../../src/app/rateLimit.ts";
import { testAnswerer } from "../support/answerer.ts";

/** Hole 10: the limit was keyed by user id alone, case-sensitively. */
describe("rate limits per team and user", () => {
  it("counts the same user id in two workspaces separately, and U0ADA and u0ada as one user", () => {
    let now = 0;
    const { answer } = testAnswerer(2, { clock: () => now });
    const ask = (teamId: string, userId: string) =>
      answer({ platform: "slack", teamId, userId, lang: "en", text: "175B 300B" });
    expect([ask("T0001", "U0ADA").ok, ask("T0001", "u0ada").ok]).toEqual([true, true]);
    // The third command of that user in T0001 within the minute is refused...
    const third = ask("T0001", "U0ADA");
    expect(third.ok).toBe(false);
    expect(third.error?.key).toBe("rate.limited");
    // ...while the same id in another workspace has its own two.
    expect([ask("T0002", "U0ADA").ok, ask("T0002", "U0ADA").ok]).toEqual([true, true]);
    now += 30_000;
    // Half a minute refills one command at 2 a minute.
    expect(ask("T0001", "U0ADA").ok).toBe(true);
  });

  it("builds keys from platform, team and user, case-folded", () => {
    expect(rateLimitKey("discord", "1300000000000000002", "1300000000000000001")).toBe(
      "discord:1300000000000000002:1300000000000000001",
    );
    expect(rateLimitKey("slack", "T0001", "U0ADA")).toBe(rateLimitKey("slack", "t0001", "u0ada"));
    expect(rateLimitKey("slack", undefined, "U0ADA")).toBe("slack:-:u0ada");
  });
});
