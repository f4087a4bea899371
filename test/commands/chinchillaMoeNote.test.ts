/**
 * Chinchilla's rule (Hoffmann et al. 2022: about 20 tokens a parameter, fitted on dense models) for
 * a mixture of experts: the row counts the total parameters, and a note says what the active ones
 * give. DeepSeek-V3 (DeepSeek-AI 2024, §1): 671B total, 37B active → 13.4T and 740B tokens.
 */
import { describe, expect, it } from "vitest";
import { answered } from "../dispatch/helpers.ts";

const NOTE = "fitted on dense models";

describe("Chinchilla's tokens for a mixture of experts", () => {
  it.each(["model deepseek-v3", "671B 14.8T active=37B"])("%s: total and active both said", (line) => {
    const { notes } = answered(line);
    expect(notes).toContain(NOTE);
    // 20 × 671B = 13.42T, 20 × 37B = 740B.
    expect(notes).toContain("671B total parameters (13.4T tokens)");
    expect(notes).toContain("37B active ones it gives 740B tokens");
  });

  it("the row itself stays 20 × the total, as its formula says", () => {
    expect(answered("671B 14.8T active=37B").result.chinchillaTokens).toBeCloseTo(20 * 671e9, -9);
  });

  it("中文：總參數與啟用參數都說", () => {
    const { notes } = answered("model deepseek-v3", "zh-TW");
    expect(notes).toContain("稠密模型");
    expect(notes).toContain("740B");
  });

  it.each(["model llama-3-70b", "70B 1.4T"])("%s: a dense model has no such note", (line) => {
    expect(answered(line).notes).not.toContain(NOTE);
  });
});
