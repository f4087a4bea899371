import { describe, expect, it } from "vitest";
import { result, said } from "../commands/helpers.ts";

/**
 * ZeRO-3 gathers two layers' full weights at a time (prefetch), in their stored precision: for
 * QLoRA that is the 4-bit NF4 base (4.127 bits a weight with double quantization, Dettmers et al.
 * 2023), not 2 B · N. Llama 3 70B (80 layers) QLoRA on 4090s: 2 × 39.6 GB / 80 = 0.99 GB.
 */
describe("the ZeRO-3 gathered-layers row", () => {
  const line = "cards llama-3-70b gpu=4090 mode=qlora context=2k";

  it("counts and shows QLoRA's 4-bit weights, not 2 B a parameter", () => {
    const { layout, breakdown } = result(line);
    expect(layout.zero).toBe(3);
    expect(layout.perGpu.gatherBuffer).toBeCloseTo((2 * breakdown.weights) / (80 * layout.tp), 0);
    expect(layout.perGpu.gatherBuffer / 1e9).toBeCloseTo(0.99, 2);
    expect(said(line)).toContain("2 × 39.6 GB / (80 × 1)");
    expect(said(line)).not.toContain("2 B · N / (L · t)");
  });

  it("in bf16 training is 2 × 141 GB / (80 × 8) for Llama 3 70B at TP 8", () => {
    expect(said("cards llama-3-70b gpu=H100 mode=train context=8k")).toContain("2 × 141 GB / (80 × 8)");
  });
});
