/**
 * A mixture of experts' sizes labelled as papers and people write them: DeepSeek-V3's 671B total
 * and 37B active parameters on 14.8T tokens (DeepSeek-AI 2024, §1), whose training compute is
 * 6 · N_active · D = 6 × 37B × 14.8T = 3.29e24 FLOP. `671B total params 37B active` read 14.8T as
 * the active size, and `total params 671B active params 37B`, 混合專家 … and 總參數 671B 啟用參數 37B
 * were refused.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { answered } from "./helpers.ts";

describe("total and active parameters, labelled after or before their sizes", () => {
  it.each<[string, Lang]>([
    ["671B total params 37B active 14.8T tokens", "en"],
    ["671B total parameters, 37B active parameters, 14.8T tokens", "en"],
    ["total params 671B active params 37B 14.8T tokens", "en"],
    ["671B 總參數 37B 啟用 14.8T token", "zh-TW"],
    ["混合專家 671B 總參數 37B 啟用 訓練 14.8T token", "zh-TW"],
    ["總參數 671B 啟用參數 37B 14.8T token", "zh-TW"],
  ])("%s", (line, lang) => {
    const { command, result } = answered(line, lang);
    expect(command).toBe("compute");
    expect(result.params).toBe(671e9);
    expect(result.activeParams).toBe(37e9);
    expect(result.tokens).toBe(14.8e12);
    expect(result.flops).toBeCloseTo(6 * 37e9 * 14.8e12, -20);
  });
});
