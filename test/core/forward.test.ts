import { describe, expect, it } from "vitest";
import { forwardFlopsPerToken, kvBytesPerToken, kvCacheBytes } from "../../src/core/forward.ts";
import { findGpu, peakFlops } from "../../src/core/gpus.ts";
import { architectureParams } from "../../src/core/params/architecture.ts";
import { readHfConfig } from "../../src/core/params/hfConfig.ts";
import { RUN_ARCHITECTURES } from "../../src/core/runArchitectures.ts";
import { fixture } from "./params/hfFixture.ts";

const v3 = RUN_ARCHITECTURES["deepseek-v3"]?.architecture;
if (!v3) throw new Error("deepseek-v3 architecture missing");

describe("forward FLOP per token, component by component", () => {
  it("a dense decoder: 3 × forward = PaLM's 6N + 12·L·H·Q·T (Appendix B), N without embedding and norms", () => {
    const arch = readHfConfig(fixture("meta-llama__Meta-Llama-3-8B")).architecture;
    const count = architectureParams(arch);
    const norms = (count.parts.find((p) => p.id === "norms")?.params ?? 0) + arch.hidden;
    const n = count.total - arch.vocab * arch.hidden - norms; // the matrices a token multiplies by
    const T = 8192;
    const flops = forwardFlopsPerToken(arch, T);
    expect(flops.forward).toBe(2 * n + 4 * arch.layers * arch.heads * arch.headDim * T);
    expect(flops.training).toBe(6 * n + 12 * arch.layers * arch.heads * arch.headDim * T);
    expect(flops.components.find((c) => c.id === "embedding")?.flops).toBe(0);
  });

  it("DeepSeek-V3 at 4K: 93.7 GFLOP forward, of which 20.5 GFLOP attention scores (MLA: 128 heads × (192 + 128))", () => {
    const flops = forwardFlopsPerToken(v3, 4096);
    const part = (id: string) => flops.components.find((c) => c.id === id)?.flops ?? 0;
    expect(part("attentionScores")).toBe(61 * 2 * 128 * (192 + 128) * 4096);
    // 8 routed experts of 3·7168·2048 in 58 MoE layers, 2 FLOP per weight.
    expect(part("routedExperts")).toBe(58 * 2 * 8 * 3 * 7168 * 2048);
    expect(part("router")).toBe(58 * 2 * 7168 * 256);
    expect(flops.forward / 1e9).toBeCloseTo(93.72, 2);
    expect(flops.training).toBe(3 * flops.forward);
    // The MTP module adds one more block, its 2h→h projection and the head: about 3.8%.
    const withMtp = forwardFlopsPerToken(v3, 4096, { includeMtp: true });
    expect(withMtp.forward / flops.forward - 1).toBeCloseTo(0.038, 3);
  });

  it("the seed's resolution: 3 × forward over 14.8T tokens on 2.664M H800-hours lands at 35–45% MFU", () => {
    // Seed article: “用 3 * 計算 Deepseek v3 的所有 forward 操作 來代替 6ND … MFU = 35~45%”.
    const peak = peakFlops(findGpu("h800"), "bf16");
    const gpuSeconds = 2.664e6 * 3600; // DeepSeek-V3 Table 1
    const mfu = (14.8e12 * forwardFlopsPerToken(v3, 4096).training) / (gpuSeconds * peak);
    expect(mfu).toBeGreaterThan(0.35);
    expect(mfu).toBeLessThan(0.45);
    // 6 × 671B total is impossible (> 100%); the seed's own 205% used a 3,026 TFLOPS (sparse FP8) peak.
    expect((6 * 671e9 * 14.8e12) / (gpuSeconds * peak)).toBeGreaterThan(1);
  });
});

describe("KV cache bytes per token", () => {
  it("GQA: Llama-3-8B holds 2 · 32 layers · 8 KV heads · 128 · 2 B = 128 KiB per token in bf16", () => {
    const arch = readHfConfig(fixture("meta-llama__Meta-Llama-3-8B")).architecture;
    expect(kvBytesPerToken(arch, 2)).toBe(131_072);
    expect(kvCacheBytes(arch, 8192, 2, 4)).toBe(131_072 * 8192 * 4);
  });

  it("MLA: DeepSeek-V3 caches (512 + 64) values per layer, 70,272 B per token in bf16 (DeepSeek-V2 Table 1: 4.5·d_h·l)", () => {
    expect(kvBytesPerToken(v3, 2)).toBe(61 * 576 * 2);
    expect(kvBytesPerToken(v3, 2)).toBe(61 * 4.5 * 128 * 2);
  });

  it("sliding-window layers stop at their window: gemma-2-2b at 8K keeps 4K on half its layers", () => {
    const arch = readHfConfig(fixture("google__gemma-2-2b-it")).architecture;
    const full = kvBytesPerToken(arch, 2); // below the window every layer grows
    expect(full).toBe(26 * 2 * 4 * 256 * 2);
    expect(kvCacheBytes(arch, 8192, 2)).toBe(13 * 2 * 4 * 256 * 2 * 8192 + 13 * 2 * 4 * 256 * 2 * 4096);
  });
});

describe("a published run's architecture for serving", () => {
  it("the catalog's decoders and DeepSeek-V3 give their KV bytes per token; GPT-style entries none", async () => {
    const { runArchitectureInput } = await import("../../src/core/modelArchitecture.ts");
    const { findModel } = await import("../../src/core/runs/lookup.ts");
    const llama = runArchitectureInput(findModel("llama-3-70b"));
    if (!llama) throw new Error("llama-3-70b has a decoder shape");
    // Llama 3 70B: 80 layers × 8 KV heads × 128 × 2 (K and V) × 2 B = 327,680 B (320 KiB) per token.
    expect(kvBytesPerToken(llama, 2)).toBe(327_680);
    const deepseek = runArchitectureInput(findModel("deepseek-v3"));
    expect(deepseek && kvBytesPerToken(deepseek, 1)).toBe(61 * 576); // an fp8 cache: 35,136 B
    // Falcon-180B's recomputed count matches its Hub count exactly (plain MLP, LayerNorm biases).
    const falcon = runArchitectureInput(findModel("falcon-180b"));
    expect(falcon && architectureParams(falcon).total).toBe(179_522_565_120);
    expect(runArchitectureInput(findModel("gpt-3"))).toBeUndefined();
  });
});
