import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

// Llama 3.1 405B (meta-llama/Llama-3.1-405B config.json): 405,853,388,800 parameters, 126 layers,
// 128 heads × 128; bf16 weights take TP 8 × PP 2 on H100 80GB. NVIDIA H100 SXM5 datasheet: 989.4
// TFLOP/s bf16 dense. PaLM App. B per token 2N + 4·L·ctx·d_attn, prefill at the causal average P/2.
const N = 405_853_388_800;
const PER_TOKEN = (P: number) => 2 * N + 4 * 126 * (P / 2) * 128 * 128;

describe("prefill with pipeline stages: one prompt passes them in series", () => {
  it("'serve llama-3-405b gpu=H100': 8,192 × 8.455e11 / (8 × 989.4T × 0.4) = 2.19 s, over t = 8, not t·p = 16", () => {
    const line = "serve llama-3-405b gpu=H100";
    const r = result(line);
    expect(r.serving.tp).toBe(8);
    expect(r.serving.pp).toBe(2);
    expect(PER_TOKEN(8192)).toBeCloseTo(8.455e11, -8);
    const seconds = (8192 * PER_TOKEN(8192)) / (8 * 989.4e12 * 0.4);
    expect(r.throughput.prefillSeconds).toBeCloseTo(seconds, 6);
    expect(r.throughput.prefillSeconds).toBeCloseTo(2.19, 2);
    expect(said(line)).toContain("(t · peak · MFU) = 8,192 tokens / (8 × 989T");
    expect(said(line)).toContain("its time is over 8 GPUs, not 8 × 2");
    expect(said(line, "zh-TW")).toContain("時間以 8 張 GPU 計");
    // Guard: one stage (PP 1) is unchanged: Llama 3 8B on one H100, 8,192 tokens in 377 ms
    const one = result("serve llama-3-8b gpu=H100");
    const perToken = 2 * 8_030_261_248 + 4 * 32 * 4096 * 32 * 128;
    expect(one.throughput.prefillSeconds).toBeCloseTo((8192 * perToken) / (989.4e12 * 0.4), 6);
  });
});
