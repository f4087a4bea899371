/**
 * Latency asked of serving (`latency of llama 3 8b on H100 at batch 64`, 延遲) was refused as an
 * unknown word in compute. It is serve's question: a decoded token's latency is one decode step,
 * p · max(bytes / bandwidth, FLOP / peak) (Pope et al. 2022 §3), and a request's adds its prefill.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { answered } from "./helpers.ts";

// Llama 3 8B (Hugging Face config): 8.03B parameters, 32 layers, 8 KV heads of 128, an untied
// 128,256 × 4,096 embedding; H100 SXM5: 3.35 TB/s (NVIDIA datasheet).
const PARAMS = 8_030_261_248;
const EMBEDDING = 128_256 * 4096;
const KV_PER_TOKEN = 2 * 32 * 8 * 128 * 2;
const H100_BANDWIDTH = 3.35e12;

describe("latency of serving", () => {
  it.each<[string, Lang]>([
    ["latency of llama 3 8b on H100 at batch 64", "en"],
    ["llama-3-8b 在 H100 上 batch 64 的延遲多少", "zh-TW"],
  ])("%s: serve's decode step, at TP 2 (memory-bound: weights and KV cache read each step)", (line, lang) => {
    const { command, result, notes, rendered } = answered(line, lang);
    expect(command).toBe("serve");
    // TP 2: each GPU reads half the weights (the embedding is gathered, not read) and half the
    // 8,192 × 64 tokens' KV cache; 41.9 GB / 3.35 TB/s = 12.5 ms a token.
    const bytes = ((PARAMS - EMBEDDING) * 2) / 2 + (KV_PER_TOKEN * 8192 * 64) / 2;
    const throughput = result.throughput as { decodeStepSeconds: number };
    expect(throughput.decodeStepSeconds).toBeCloseTo(bytes / H100_BANDWIDTH, 5);
    expect(rendered.rows.map((row) => row.value)).toContain(lang === "en" ? "12.5 ms" : "12.5 毫秒");
    expect(notes).toContain(lang === "en" ? "Read “latency” as serving latency" : "將「延遲」解讀為推論延遲");
  });

  it("with prompt= and generate=, a request's time is its prefill and G decode steps", () => {
    const { result } = answered("latency of llama-3-8b on H100 batch 64 prompt=1k generate=256");
    const throughput = result.throughput as {
      prefillSeconds: number;
      decodeStepSeconds: number;
      requestSeconds: number;
    };
    expect(throughput.requestSeconds).toBeCloseTo(
      throughput.prefillSeconds + 256 * throughput.decodeStepSeconds,
      9,
    );
  });

  it("首字延遲 stays the time to first token, not latency", () => {
    const { notes } = answered("llama-3-8b H100 首字延遲", "zh-TW");
    expect(notes).toContain("首字延遲 (TTFT)");
    expect(notes).not.toContain("推論延遲");
  });
});
