import { describe, expect, it } from "vitest";
import { SOURCES } from "../../src/core/sources.ts";
import { localize } from "../../src/reply/localize.ts";
import { testAnswerer } from "../support/answerer.ts";
import { ask } from "./helpers.ts";

const { answer } = testAnswerer();

const keys = (line: string) => ask(line).notes.map((n) => n.key);

describe("explain: the step-by-step derivation on any command", () => {
  it("turns each row with a formula into a step (formula, numbers, result), not shown twice, for GPT-3's 175B × 300B", () => {
    const reply = ask("175B 300B explain");
    const steps = reply.notes.filter((n) => n.key === "explain.step");
    expect(steps).toHaveLength(ask("175B 300B").rows.filter((r) => r.formula).length);
    // The derivation replaces the rows it derives: no row is printed a second time beside its step.
    expect(reply.rows.filter((r) => r.formula)).toEqual([]);
    // Each constant is explained right after the first step that uses it: 6·N·D's 6 after step 1.
    const keys = reply.notes.map((n) => n.key);
    expect(keys.indexOf("explain.const.sixND")).toBe(keys.indexOf("explain.step") + 1);
    expect(steps[0]?.params).toEqual({
      step: 1,
      label: "Training compute (6ND)",
      formula: "6 · N · D = 6 × 175B × 300B",
      value: "3.15 × 10²³ FLOP",
    });
    const rendered = localize(reply, "en").notes;
    expect(rendered).toContain("1. Training compute (6ND): 6 · N · D = 6 × 175B × 300B → 3.15 × 10²³ FLOP");
  });

  it("names the source of each constant it uses, and adds that source to the reply", () => {
    const reply = ask("175B 300B explain");
    expect(reply.notes.map((n) => n.key)).toEqual(
      expect.arrayContaining(["explain.const.sixND", "explain.const.chinchilla", "explain.const.pfDay"]),
    );
    expect(reply.sources.map((s) => s.url)).toContain(SOURCES.gpt3.url);
    expect(keys("mfu deepseek-v3 explain")).toEqual(
      expect.arrayContaining(["explain.const.mfu", "explain.const.densePeak"]),
    );
    expect(keys("cards 70B gpu=H100 mode=train explain")).toContain("explain.const.adam");
  });

  it("is off unless asked for", () => {
    expect(keys("175B 300B")).not.toContain("explain.title");
    expect(keys("175B 300B")).not.toContain("explain.step");
  });

  it("explains the model command's rows too, and works from split options (Discord's explain flag)", () => {
    const reply = ask("model deepseek-v3 explain");
    const steps = reply.notes.filter((n) => n.key === "explain.step");
    expect(steps.length).toBe(ask("model deepseek-v3").rows.filter((r) => r.formula).length);
    expect(steps.some((s) => String(s.params?.value) === "628%")).toBe(true);
    const typed = answer({
      platform: "discord",
      userId: "explain-test",
      lang: "zh-TW",
      command: "compute",
      options: { params: "175B", tokens: "300B" },
      explain: true,
    });
    expect(typed.notes.map((n) => n.key)).toContain("explain.step");
    expect(localize(typed, "zh-TW").notes).toContain("逐步推導：");
  });
});
