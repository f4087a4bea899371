import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask } from "./helpers.ts";

/**
 * Training compute with attention, D·(6N + 12·L·H·Q·T) (PaLM, Chowdhery et al. 2022, Appendix B),
 * for models with sliding-window attention: a window-W layer attends to min(T, W) tokens (Jiang et
 * al. 2023, Mistral 7B, §2), so L·T becomes L_global·T + L_local·min(T, W). Shapes from the models'
 * config.json and the Gemma 2 report (§2: local 4,096 / global 8,192 in alternating layers; §3.1
 * tokens); parameter counts as published (Hugging Face).
 */

// biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields; tests read them directly.
const result = (reply: Reply) => reply.result as Record<string, any>;
/** `model` puts its recomputed figures under `estimated`; `compute` at the top. */
const ours = (reply: Reply) => result(reply).estimated ?? result(reply);

const attentionFormula = (reply: Reply) => {
  const row = reply.rows.find((r) => r.label.key === "row.trainingFlopsAttention");
  if (!row?.formula) throw new Error("no attention row");
  return formulaText(row.formula);
};

// google/gemma-2-9b: 42 layers (21 local on the even ones), 16 heads × 256, 9,241,705,984 parameters, 8T tokens.
const GEMMA_2_9B = { N: 9_241_705_984, D: 8e12, L: 42, HQ: 16 * 256, T: 8192, W: 4096 };

describe("Gemma 2 9B: 21 global layers over 8,192 tokens, 21 local over 4,096", () => {
  const { N, D, L, HQ, T, W } = GEMMA_2_9B;
  const expected = D * (6 * N + 12 * HQ * ((L / 2) * T + (L / 2) * W));

  it("model: D·(6N + 12·H·Q·(L_global·T + L_local·min(T, W)))", () => {
    const reply = ask("model gemma-2-9b");
    expect(reply.ok).toBe(true);
    expect(ours(reply).flopsWithAttention / expected).toBeCloseTo(1, 12);
    // Not every layer over the whole 8,192 tokens (5.79e23 before).
    expect(ours(reply).flopsWithAttention).toBeLessThan(D * (6 * N + 12 * L * HQ * T));
    expect(attentionFormula(reply)).toContain("D · (6N + 12·H·Q·(L_global·T + L_local·min(T, W)))");
    expect(attentionFormula(reply)).toContain("12 × 4,096 × (21 × 8,192 + 21 × min(8,192, W 4,096))");
  });

  it("compute with the run's name: the same count", () => {
    const reply = ask("gemma-2-9b");
    expect(reply.ok).toBe(true);
    expect(ours(reply).flopsWithAttention / expected).toBeCloseTo(1, 12);
  });

  it("compute with another layer count typed: the window's layers are not the shape's, full T", () => {
    const reply = ask("gemma-2-9b layers=40");
    expect(ours(reply).flopsWithAttention / (D * (6 * N + 12 * 40 * HQ * T))).toBeCloseTo(1, 12);
  });
});

// google/gemma-2-27b: 46 layers (23 local), 32 heads × 128, 27,227,128,320 parameters, 13T tokens.
it("Gemma 2 27B: 23 global + 23 local layers", () => {
  const expected = 13e12 * (6 * 27_227_128_320 + 12 * 32 * 128 * (23 * 8192 + 23 * 4096));
  expect(ours(ask("model gemma-2-27b")).flopsWithAttention / expected).toBeCloseTo(1, 12);
});

// microsoft/Phi-3-mini-4k-instruct: 32 layers, 32 heads × 96, sliding_window 2047 on every layer; 3.3T tokens.
it("Phi-3-mini: every layer over min(4,096, 2,047) tokens", () => {
  const reply = ask("model phi-3-mini");
  const expected = 3.3e12 * (6 * 3_821_079_552 + 12 * 32 * 32 * 96 * 2047);
  expect(ours(reply).flopsWithAttention / expected).toBeCloseTo(1, 12);
  expect(attentionFormula(reply)).toContain("D · (6N + 12·L·H·Q·min(T, W))");
  expect(attentionFormula(reply)).toContain("12 × 32 × 3,072 × min(T 4,096, W 2,047)");
});

// meta-llama/Meta-Llama-3-70B has no window: PaLM's term over all 80 layers and 8,192 tokens, as before.
it("Llama 3 70B (no window): 12·L·H·Q·T unchanged", () => {
  const reply = ask("model llama-3-70b");
  const expected = 15e12 * (6 * 70_553_706_496 + 12 * 80 * 64 * 128 * 8192);
  expect(ours(reply).flopsWithAttention / expected).toBeCloseTo(1, 12);
  expect(attentionFormula(reply)).toContain("D · (6N + 12·L·H·Q·T)");
});

describe("mfu of a windowed run counts the same attention term", () => {
  const { N, D, L, HQ, T, W } = GEMMA_2_9B;
  // 1M TPU v4 chip-hours (a typed GPU time: Gemma 2 publishes none) at 275 TFLOP/s bf16 (Cloud TPU v4 docs).
  const gpuSeconds = 1e6 * 3600;
  const peak = 275e12;

  it("Gemma 2 9B: (6N + 12·H·Q·(21·8,192 + 21·4,096)) · D over GPU-seconds × peak", () => {
    const reply = ask("mfu gemma-2-9b gpu-hours=1M");
    expect(reply.ok).toBe(true);
    const perToken = 6 * N + 12 * HQ * ((L / 2) * T + (L / 2) * W);
    expect(result(reply).mfuWithAttention / ((D * perToken) / (gpuSeconds * peak))).toBeCloseTo(1, 12);
    const row = reply.rows.find((r) => r.label.key === "row.mfuAttention");
    expect(row?.formula && formulaText(row.formula)).toContain("L_global·T + L_local·min(T, W)");
  });

  it("with recompute, the hardware FLOP add one windowed forward: 8N + 16·H·Q·(…)", () => {
    const reply = ask("mfu gemma-2-9b gpu-hours=1M recompute");
    const perToken = 8 * N + 16 * HQ * ((L / 2) * T + (L / 2) * W);
    expect(result(reply).hfu / ((D * perToken) / (gpuSeconds * peak))).toBeCloseTo(1, 12);
  });
});
