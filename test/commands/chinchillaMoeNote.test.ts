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

  it("chinchilla deepseek-v3: the command of the rule says it too", () => {
    const { notes, result } = answered("chinchilla deepseek-v3");
    expect(result.tokens).toBeCloseTo(20 * 671e9, -9);
    expect(notes).toContain("671B total parameters (13.4T tokens)");
    expect(notes).toContain("37B active ones it gives 740B tokens");
  });

  it("chinchilla mixtral (Jiang et al. 2024: 46.7B total, 12.9B active): 934B and 258B tokens", () => {
    expect(answered("chinchilla mixtral").notes).toContain("12.9B active ones it gives 258B tokens");
    expect(answered("chinchilla mixtral", "zh-TW").notes).toContain("12.9B 啟用參數則是 258B");
  });

  it("a size typed over the run's is no mixture of experts here", () => {
    expect(answered("chinchilla deepseek-v3 params=100B").notes).not.toContain(NOTE);
  });

  it.each(["model llama-3-70b", "70B 1.4T", "chinchilla llama-3-70b"])(
    "%s: a dense model has no such note",
    (line) => {
      expect(answered(line).notes).not.toContain(NOTE);
    },
  );
});
