import { describe, expect, it } from "vitest";
import { ask, result, said } from "../commands/helpers.ts";

// Published figures these tests check against (not the bot's output):
// - DeepSeek-AI 2024, DeepSeek-V3 Table 1: 2,664K H800 GPU-hours of pre-training on 14.8T tokens; 671B parameters.
// - NVIDIA H100/H800 SXM5 datasheets: 989.4 TFLOP/s dense bf16, 1,979 dense fp8.
const SEED_MFU = (6 * 14.8e12 * 671e9) / (2664e3 * 3600 * 989.4e12);

describe("a pasted ratio is refused as a ratio, with the mfu question to ask", () => {
  it("the seed's (6 * 14.8T * 671B) / (2664K * 3600 * 989.4T) works out to 6.28 = 628% (it said “Did you mean” the same text)", () => {
    const line = "(6 * 14.8T * 671B) / (2664K * 3600 * 989.4T)";
    const text = said(line);
    expect(ask(line).ok).toBe(false);
    expect(text).toContain(`works out to ${SEED_MFU.toFixed(2)}`);
    expect(text).toContain(`${Math.round(SEED_MFU * 100)}%`);
    expect(text).not.toContain("Did you mean");
    expect(text).toContain("/flops mfu 6*14.8T*671B FLOP gpu=H100 gpu-hours=2664K");
    expect(said(line, "zh-TW")).toContain("這是比值，不是參數量");
  });

  it("its Try line answers the same MFU, 628%", () => {
    expect(result("mfu 6*14.8T*671B FLOP gpu=H100 gpu-hours=2664K").mfu).toBeCloseTo(SEED_MFU, 4);
  });

  it("an fp8 peak (1,979 TFLOP/s) is matched at fp8; a ratio of two sizes says what it works out to", () => {
    expect(said("(6*671B*14.8T)/(2.664M*3600*1979T)")).toContain("gpu=H100 gpu-hours=2.664M precision=fp8");
    const text = said("(175B)/(1B)");
    expect(text).toContain("works out to 175");
    expect(text).not.toContain("Did you mean");
  });
});
