import { describe, expect, it } from "vitest";
import { localize, toJson } from "../../src/reply/localize.ts";
import { testAnswerer } from "../support/answerer.ts";
import { check, newStats } from "./harness.ts";

const { answer } = testAnswerer();

/**
 * Inputs the fuzz found. Each number was finite on its own, but 6·N·D overflowed to Infinity
 * and the reply showed "NaN × 10^Infinity FLOP" and `"flops": null` in the JSON. Now the
 * command layer refuses any reply whose numbers are not finite, with its own message.
 */
const ask = (text: string) => answer({ platform: "cli", userId: "U0FUZZ", lang: "en", text });

describe("results too large to be numbers (found by the fuzz)", () => {
  it.each([
    "compute 1.7976931348623157e308",
    "compute params=1.7976931348623157e308",
    "1e300 1e300",
    "1e300 1e300 gpu=H100",
    "mfu 1e300 1e300 gpu=H100 gpus=1 days=1",
  ])("%s is an error reply, not NaN or Infinity", (text) => {
    const reply = ask(text);
    expect(reply).toMatchObject({ ok: false, ephemeral: true, error: { key: "result.outOfRange" } });
    const shown = JSON.stringify([localize(reply, "en"), toJson(reply, "en")]);
    expect(shown).not.toMatch(/NaN|Infinity|∞|null/);
    expect(localize(reply, "en").error).toBe(
      "These numbers are too large (or too small) to compute with: the result does not fit in a number. Try sizes like 175B 300B.",
    );
  });

  it("the same through Discord's options", () => {
    const reply = answer({
      platform: "cli",
      userId: "U0FUZZ",
      lang: "zh-TW",
      command: "compute",
      options: { params: "1e300", tokens: "1e300" },
    });
    expect(reply.error?.key).toBe("result.outOfRange");
    expect(localize(reply, "zh-TW").error).toContain("超出數值範圍");
  });

  it("large but finite inputs still compute", () => {
    const reply = ask("1e100 1e100");
    expect(reply.ok).toBe(true);
    expect(reply.result?.flops).toBeCloseTo(6e200, -190);
  });
});

describe("a run typed without its dashes (found by the fuzz on Node 24)", () => {
  it("model llama3405b passes the fuzz checks: its only minus is the signed difference from the paper", () => {
    const stats = newStats();
    check({ platform: "cli", userId: "U0FUZZ", lang: "en", text: "model llama3405b" }, stats);
    expect(stats.okReplies).toBe(1);
    // Llama 3 405B: 6 · N · D with the config's 405.85B parameters and 15.6T tokens, 0.03% under
    // the paper's 3.8 × 10²⁵ FLOP (Llama 3 §3.3.3 / Table 4).
    const formulas = localize(ask("model llama3405b"), "en").rows.map((row) => row.formula ?? "");
    expect(formulas.some((formula) => /−0\.03% vs published/.test(formula))).toBe(true);
  });
});

describe("a minus typed with a zero-width space after it (found by the fuzz)", () => {
  it("compute params=# -\\u200b0 days echoes the typed -0 days, which the check reads as typed", () => {
    const text = "compute params=# -\u200b0 days";
    const stats = newStats();
    check({ platform: "cli", userId: "U0FUZZ", lang: "en", text }, stats);
    // params= typed is no longer overwritten by the positional word after it: "#" is refused.
    expect(ask(text).error).toMatchObject({ key: "quantity.notAllowed", params: { text: "#" } });
    // The bot drops the zero-width space and refuses the value it read, quoting it back.
    const positional = "compute -\u200b0 days";
    check({ platform: "cli", userId: "U0FUZZ", lang: "en", text: positional }, stats);
    const reply = ask(positional);
    expect(reply.error).toMatchObject({
      key: "quantity.unitMismatch",
      params: { text: "-0 days", option: "params" },
    });
  });
});

describe("a signed difference from a published figure in zh-TW (found by the fuzz)", () => {
  it("model deepseek-v2 in zh-TW: the recount's 比公開值 −0.1% (235.7B against the published 236B) passes the checks", () => {
    const stats = newStats();
    const reply = answer({ platform: "cli", userId: "U0FUZZ", lang: "zh-TW", text: "model deepseek-v2" });
    expect(JSON.stringify(localize(reply, "zh-TW"))).toContain("比公開值 −0.1%");
    check({ platform: "cli", userId: "U0FUZZ", lang: "zh-TW", text: "model deepseek-v2" }, stats);
    expect(stats.inputs).toBe(1);
  });
});
