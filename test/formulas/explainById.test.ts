import { describe, expect, it } from "vitest";
import { formulasUsed } from "../../src/commands/explain.ts";
import { FORMULAS } from "../../src/core/formulas/index.ts";
import { ask } from "../commands/helpers.ts";

describe("explain reads a reply's formulas by id", () => {
  it("GPT-3's 175B × 300B uses 6·N·D, PF-days, the Chinchilla rule and split (Kaplan 2020 §2.1; Brown 2020 Table D.1; Hoffmann 2022 Table 3)", () => {
    const ids = formulasUsed(ask("175B 300B"));
    expect(ids).toEqual([
      "training.flops",
      "training.pfDays",
      "chinchilla.tokens",
      "chinchilla.tokensPerParam",
      // 300B / 175B is 1.7 tokens per parameter, under half of 20: the same budget spent optimally.
      "chinchilla.splitParams",
      "chinchilla.splitTokens",
    ]);
  });

  it("a MoE's MFU names the active-parameter forms and the PaLM ratio, nested symbols included (DeepSeek-V3: 37B of 671B)", () => {
    const ids = formulasUsed(ask("mfu 671B 14.8T active=37B gpu=H800 gpu-hours=2.664M"));
    expect(ids).toContain("mfu.workRun");
    expect(ids).toContain("perToken.sixN");
    expect(ids).toContain("mfu.sixN");
    for (const id of ids) expect(Object.hasOwn(FORMULAS, id), id).toBe(true);
  });

  it("each explanation after a step comes from the formula's own keys, once per reply", () => {
    const reply = ask("70B 1.4T layers=80 d=8192 ctx=2048 explain");
    const constants = reply.notes.filter((n) => n.key.startsWith("explain.const.")).map((n) => n.key);
    expect(constants).toEqual([
      "explain.const.sixND",
      "explain.const.pfDay",
      "explain.const.attention",
      "explain.const.chinchilla",
    ]);
    expect(new Set(constants).size).toBe(constants.length);
  });
});
