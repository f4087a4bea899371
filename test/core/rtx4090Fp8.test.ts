import { describe, expect, it } from "vitest";
import { findGpu, peakFlops } from "../../src/core/gpus.ts";
import { result } from "../commands/helpers.ts";

// NVIDIA Ada GPU Architecture whitepaper, Appendix A (GeForce RTX 4090): FP16/BF16 tensor with FP32
// accumulate 165.2 dense (330.4 sparse); FP8 tensor with FP32 accumulate 330.3 dense (660.6 sparse),
// with FP16 accumulate 660.6 dense. The catalog stores the FP32-accumulate figures training uses.
describe("RTX 4090 fp8: the FP32-accumulate dense peak, 330.3 TFLOP/s", () => {
  it("the catalog's fp8 is twice its bf16 (both FP32 accumulate)", () => {
    const gpu = findGpu("rtx-4090");
    expect(gpu.peakTflops.fp8).toBe(330.3);
    expect(peakFlops(gpu, "fp8")).toBe(330.3e12);
    expect((gpu.peakTflops.fp8 ?? 0) / (gpu.peakTflops.bf16 ?? 1)).toBeCloseTo(2, 2);
  });

  it("'7B 2T 8 RTX 4090 fp8' plans on it: 6 × 7B × 2T / (8 × 330.3T × 0.4) s", () => {
    const r = result("7B 2T 8 RTX 4090 fp8");
    expect(r.peakFlopsPerGpu).toBe(330.3e12);
    expect(r.seconds).toBeCloseTo((6 * 7e9 * 2e12) / (8 * 330.3e12 * 0.4), -2);
  });

  it("the RTX 5090's note does not say the 4090 lacks fp8 (it has 330.3); the 5090's own fp8 stays unset", () => {
    const rtx5090 = findGpu("rtx-5090");
    expect(rtx5090.peakTflops.fp8).toBeUndefined();
    expect(rtx5090.notes).not.toContain("FP8 omitted, as for the RTX 4090");
    expect(rtx5090.notes).toContain("RTX 4090's (330.3 dense with FP32 accumulate");
  });
});
