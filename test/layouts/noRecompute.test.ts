import { describe, expect, it } from "vitest";
import { result, said } from "../commands/helpers.ts";

/**
 * Megatron-LM's GPT-3 175B layout (Narayanan et al. 2021, Table 1: 96 layers, hidden 12,288,
 * 96 heads, TP 8 × PP 8) without activation recomputation: the layout row says so in words.
 */
describe("cards 175B tp=8 pp=8 recompute=none", () => {
  const line =
    "cards 175B gpu=A100 mode=train layers=96 hidden=12288 heads=96 context=2048 tp=8 pp=8 zero=0 recompute=none";

  it("reads 'no recompute', never 'none recompute', in both languages", () => {
    expect(said(line)).toContain("TP 8 × PP 8 × DP 1, ZeRO-0, no recompute");
    expect(said(line)).not.toContain("none recompute");
    expect(said(line, "zh-TW")).toContain("ZeRO-0，不重算");
  });

  it("keeps 2 B × 175B / 64 = 5.47 GB of weights on each of the 64 GPUs", () => {
    const { layout } = result(line);
    expect(layout.gpus).toBe(64);
    expect(layout.perGpu.weights / 1e9).toBeCloseTo(5.47, 2);
  });
});
