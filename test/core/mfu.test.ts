import { describe, expect, it } from "vitest";
import { trainingFlops } from "../../src/core/compute.ts";
import { gpuSeconds, mfuFromThroughput, modelFlopsUtilization } from "../../src/core/mfu.ts";

// DeepSeek-V3 technical report (2024), Table 1 and §3: 2,664K H800 GPU-hours of pre-training on
// 14.8T tokens; 671B total parameters, 37B activated per token.
const deepseek = { tokens: 14.8e12, total: 671e9, active: 37e9, gpuHours: 2_664_000 };
const H800_BF16_DENSE = 989.4e12; // NVIDIA H100/H800 SXM datasheet: 1,979 TFLOPS bf16 with sparsity.

describe("MFU (PaLM §4.1 and Appendix B)", () => {
  it("reproduces the seed's arithmetic: 6 × 14.8T × 671B over 2,664K h × 3,026 TFLOP/s = 205%", () => {
    const { mfu } = modelFlopsUtilization({
      modelFlops: trainingFlops(deepseek.total, deepseek.tokens),
      gpuSeconds: gpuSeconds({ gpuHours: deepseek.gpuHours }),
      peakFlopsPerGpu: 3026e12,
    });
    expect(mfu).toBeCloseTo(2.05, 2);
  });

  it("DeepSeek-V3 counted by its 671B total is impossible at H800 bf16 dense peak, and the warning points to active params", () => {
    const result = modelFlopsUtilization({
      modelFlops: trainingFlops(deepseek.total, deepseek.tokens),
      gpuSeconds: gpuSeconds({ gpuHours: deepseek.gpuHours }),
      peakFlopsPerGpu: H800_BF16_DENSE,
      moeCountedByTotal: true,
      activeParamsShare: deepseek.active / deepseek.total,
    });
    expect(result.mfu).toBeGreaterThan(1);
    expect(result.mfu).toBeCloseTo(6.28, 2);
    expect(result.warnings.map((w) => w.id)).toEqual(["mfu.impossible", "mfu.causeMoeActive"]);
    expect(result.warnings[1]?.params?.percent).toBe(35);
  });

  it("DeepSeek-V3 with 37B active is about 35% of H800 bf16 dense peak, with no warning", () => {
    const result = modelFlopsUtilization({
      modelFlops: trainingFlops(deepseek.active, deepseek.tokens),
      gpuSeconds: gpuSeconds({ gpuHours: deepseek.gpuHours }),
      peakFlopsPerGpu: H800_BF16_DENSE,
    });
    expect(result.mfu).toBeCloseTo(0.346, 3);
    expect(result.warnings).toEqual([]);
  });

  it("between 60% and 100% is suspicious, with the usual causes named", () => {
    const result = modelFlopsUtilization({ modelFlops: 0.7, gpuSeconds: 1, peakFlopsPerGpu: 1 });
    expect(result.warnings.map((w) => w.id)).toEqual(["mfu.suspicious", "mfu.causes"]);
    const moe = modelFlopsUtilization({
      modelFlops: 2,
      gpuSeconds: 1,
      peakFlopsPerGpu: 1,
      moeCountedByTotal: true,
    });
    expect(moe.warnings.map((w) => w.id)).toEqual(["mfu.impossible", "mfu.causeMoe"]);
  });

  it("GPU-seconds come from GPU-hours or from GPUs × wall time", () => {
    expect(gpuSeconds({ gpuHours: 2 })).toBe(7200);
    expect(gpuSeconds({ gpus: 2048, seconds: 21 * 86_400 })).toBe(2048 * 21 * 86_400);
  });

  it("throughput form: PaLM 540B at 238.3K tokens/s on 6,144 TPU v4 is 46.2% MFU (PaLM Table 3)", () => {
    const flopsPerToken = 6 * 540.35e9 + 12 * 118 * 48 * 256 * 2048;
    const { mfu } = mfuFromThroughput({
      tokensPerSecond: 238.3e3,
      flopsPerToken,
      gpus: 6144,
      peakFlopsPerGpu: 275e12,
    });
    expect(mfu).toBeCloseTo(0.462, 2);
  });
});
