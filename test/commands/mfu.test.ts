import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// DeepSeek-V3 Technical Report (2024), Table 1: 2,664K H800 GPU-hours of pre-training, 14.8T tokens,
// 671B total / 37B activated parameters. H800 bf16 dense peak 989.4 TFLOP/s (datasheet: 1,979 sparse).
describe("/flops mfu", () => {
  it("DeepSeek-V3 with 37B active: about 35% of H800 bf16 dense peak", () => {
    const r = result("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B");
    expect(r.mfu).toBeCloseTo(0.346, 3);
    expect(r.peakFlopsPerGpu).toBe(989.4e12);
    expect(r.gpuSeconds).toBe(2_664_000 * 3600);
    expect(ask("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B").warnings).toEqual([]);
  });

  it("DeepSeek-V3 counted by its 671B total is impossible, and the warning points to active parameters", () => {
    const line = "mfu 671B 14.8T gpu=H800 gpu-hours=2664K moe";
    const r = result(line);
    expect(r.mfu).toBeGreaterThan(1);
    const text = said(line);
    expect(text).toContain("impossible");
    expect(text).toContain("active");
  });

  it("takes GPUs × wall time: 1,024 A100s for 34 days on GPT-3 is 21% MFU", () => {
    const r = result("mfu 175B 300B gpu=A100 gpus=1024 days=34");
    expect(r.gpuSeconds).toBe(1024 * 34 * 86_400);
    expect(r.mfu).toBeCloseTo(3.15e23 / (1024 * 34 * 86_400 * 312e12), 10);
  });

  it("takes GPU time as arithmetic: gpu-hours=2048*21days", () => {
    const r = result("mfu 175B 300B gpu=A100 gpu-hours=2048*21days");
    expect(r.gpuSeconds).toBeCloseTo(2048 * 21 * 86_400, 0);
  });

  it("throughput form with attention: PaLM 540B at 238.3K tokens/s on 6,144 TPU v4 = 46.2% (PaLM Table 3)", () => {
    const r = result(
      "mfu 540.35B gpu=tpuv4 gpus=6144 throughput=238.3K layers=118 heads=48 head-dim=256 ctx=2048",
    );
    expect(r.mfu).toBeCloseTo(0.462, 3);
  });

  it("recompute gives hardware FLOPs (8N per token): HFU beside MFU, MFU unchanged (PaLM App. B)", () => {
    const model = result("mfu 175B 300B gpu=A100 gpus=1024 days=34");
    const hardware = result("mfu 175B 300B gpu=A100 gpus=1024 days=34 recompute");
    expect(hardware.mfu).toBe(model.mfu);
    expect(hardware.hfu / model.mfu).toBeCloseTo(8 / 6, 12);
    expect(model.hfu).toBeUndefined();
  });

  it("precision=fp8 uses the fp8 dense peak", () => {
    expect(result("mfu 37B 14.8T gpu=H800 gpu-hours=2.664M precision=fp8").peakFlopsPerGpu).toBe(1978.9e12);
  });

  it("says what is missing", () => {
    expect(ask("mfu 175B 300B gpu=A100").error?.key).toBe("mfu.needTime");
    expect(ask("mfu 175B 300B gpu-hours=1M").error?.key).toBe("args.missing");
    expect(ask("mfu 175B gpu=A100 gpu-hours=1M").error?.key).toBe("mfu.needTokens");
    expect(ask("mfu 175B gpu=A100 throughput=1M").error?.key).toBe("mfu.needGpus");
    expect(ask("mfu 175B 300B gpu=T4 gpu-hours=1M precision=fp8").error?.key).toBe(
      "gpu.precisionUnsupported",
    );
  });
});
