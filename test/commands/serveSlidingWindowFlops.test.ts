import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask, said } from "./helpers.ts";

/**
 * Inference FLOP and prefill of sliding-window models: a window-W layer attends to min(ctx, W)
 * tokens (Jiang et al. 2023, Mistral 7B, §2), so PaLM Appendix B's attention term 4·L·ctx·d_attn
 * becomes 4·d_attn·Σ_l min(ctx, W_l). Prefill keeps the causal-average convention of
 * P·(2N + 2·L·P·d_attn), i.e. P²/2 attended tokens per layer: a window layer attends
 * ∫₀^P min(x, W) dx = W²/2 + (P − W)·W past the window. Expected values are computed here from the
 * published config.json numbers and the H100 SXM5 datasheet's dense bf16 989.4 TFLOPS at 40% MFU.
 */

const H100_BF16 = 989.4e12;
const MFU = 0.4;

// biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields; tests read them directly.
const result = (reply: Reply) => reply.result as Record<string, any>;

const formulaOf = (reply: Reply, key: string) => {
  const row = reply.rows.find((r) => r.label.key === key);
  if (!row?.formula) throw new Error(`no ${key}`);
  return formulaText(row.formula);
};

/** Attended tokens over a P-token prompt on one layer, in the causal-average convention. */
const prefillAttended = (P: number, W = Number.POSITIVE_INFINITY) =>
  P <= W ? P ** 2 / 2 : W ** 2 / 2 + (P - W) * W;

// mistralai/Mistral-7B-v0.1 config.json: hidden 4096, 32 layers, 32 heads (head_dim 128), 8 KV
// heads, sliding_window 4096 on every layer; 7,241,732,096 parameters (safetensors).
const MISTRAL = { N: 7_241_732_096, L: 32, dAttn: 32 * 128, W: 4096 };

describe("Mistral 7B v0.1 at 8k: attention over min(ctx, W) = 4,096 tokens on all 32 layers", () => {
  const line = "serve mistral-7b gpu=H100 context=8k";

  it("inference FLOP per token: 2·N + 4·L·min(8,192, 4,096)·d_attn", () => {
    const { N, L, dAttn, W } = MISTRAL;
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(result(reply).inferenceFlopsPerToken).toBe(2 * N + 4 * L * Math.min(8192, W) * dAttn);
    // Without the window the attention term would be twice as large (8,192 of 8,192 tokens).
    expect(result(reply).inferenceFlopsPerToken).toBeLessThan(2 * N + 4 * L * 8192 * dAttn);
    const formula = formulaOf(reply, "row.inferenceFlopsPerToken");
    expect(formula).toContain("2·N + 4·L·min(ctx, W)·d_attn");
    expect(formula).toContain("4 × 32 × min(ctx 8,192, W 4,096) × 4,096");
  });

  it("prefill of the 8,192-token prompt: 2·N·P + 4·L·d_attn·(W²/2 + (P − W)·W), on one H100", () => {
    const { N, L, dAttn, W } = MISTRAL;
    const P = 8192;
    const reply = ask(line);
    const flop = 2 * N * P + 4 * dAttn * L * prefillAttended(P, W);
    expect(result(reply).serving.tp).toBe(1);
    expect(result(reply).throughput.prefillSeconds / (flop / (H100_BF16 * MFU))).toBeCloseTo(1, 12);
    const formula = formulaOf(reply, "row.prefillTime");
    expect(formula).toContain("(2·N·P + 4·L·d_attn·W·(P − W/2)) / (t · peak · MFU)");
    expect(formula).toContain("4 × 32 × 4,096 × 4,096 × (8,192 − 4,096/2)");
  });

  it("decode's FLOP / peak term uses the windowed FLOP", () => {
    const { N, L, dAttn, W } = MISTRAL;
    const flop = 2 * N + 4 * L * Math.min(8192, W) * dAttn;
    // 16.6B FLOP per token at batch 1 on one GPU (18.8B without the window).
    expect(formulaOf(ask(line), "row.decodePerReplica")).toContain(`${(flop / 1e9).toFixed(1)}B / 989T`);
  });

  it("a prompt within the window prefills as before, while the request's FLOP row is windowed", () => {
    const { N, L, dAttn } = MISTRAL;
    const P = 2048;
    // The sequence is prompt + generate = 2,048 + 4,096 = 6,144 tokens, past the window W = 4,096.
    const reply = ask("serve mistral-7b gpu=H100 prompt=2k generate=4k");
    const flop = P * (2 * N + 2 * L * P * dAttn);
    expect(result(reply).throughput.prefillSeconds / (flop / (H100_BF16 * MFU))).toBeCloseTo(1, 12);
    expect(formulaOf(reply, "row.prefillTime")).not.toContain("W");
    expect(formulaOf(reply, "row.inferenceFlopsPerToken")).toContain("min(ctx 6,144, W 4,096)");
  });

  it("the note says the attention FLOP count the window, in English and Traditional Chinese", () => {
    expect(said(line)).toContain("the inference FLOP and the prefill count attention over those tokens only");
    expect(said(line, "zh-TW")).toContain("推論 FLOP 與 prefill 的 attention 也只算這些 token");
  });
});

// google/gemma-2-9b config.json: 42 layers, hidden 3584, 16 heads × head_dim 256, 8 KV heads,
// sliding_window 4096 on the even layers (21 of 42); 9,241,705,984 parameters (safetensors).
const GEMMA_9B = { N: 9_241_705_984, L: 42, local: 21, dAttn: 16 * 256, W: 4096 };

describe("Gemma 2 9B at 8k: 21 global layers over 8,192 tokens, 21 local over 4,096", () => {
  const line = "serve gemma-2-9b gpu=H100 context=8k";

  it("inference FLOP per token: 2·N + 4·(21 × 8,192 + 21 × 4,096)·d_attn", () => {
    const { N, L, local, dAttn, W } = GEMMA_9B;
    const reply = ask(line);
    expect(result(reply).inferenceFlopsPerToken).toBe(
      2 * N + 4 * ((L - local) * 8192 + local * Math.min(8192, W)) * dAttn,
    );
    const formula = formulaOf(reply, "row.inferenceFlopsPerToken");
    expect(formula).toContain("2·N + 4·(L_global·ctx + L_local·min(ctx, W))·d_attn");
    expect(formula).toContain("4 × (21 × 8,192 + 21 × min(8,192, W 4,096)) × 4,096");
  });

  it("prefill: the global layers' P²/2, the local layers' W²/2 + (P − W)·W", () => {
    const { N, L, local, dAttn, W } = GEMMA_9B;
    const P = 8192;
    const reply = ask(line);
    const attended = (L - local) * prefillAttended(P) + local * prefillAttended(P, W);
    const flop = 2 * N * P + 4 * dAttn * attended;
    expect(result(reply).throughput.prefillSeconds / (flop / (H100_BF16 * MFU))).toBeCloseTo(1, 12);
    expect(formulaOf(reply, "row.prefillTime")).toContain(
      "4 × 4,096 × (21 × 8,192²/2 + 21 × 4,096 × (8,192 − 4,096/2))",
    );
  });

  it("cards mode=infer shows the same windowed FLOP row", () => {
    const { N, L, local, dAttn } = GEMMA_9B;
    expect(result(ask("cards gemma-2-9b gpu=H100 context=8k")).inferenceFlopsPerToken).toBe(
      2 * N + 4 * ((L - local) * 8192 + local * 4096) * dAttn,
    );
  });
});

describe("where the window does not bind, nothing changes", () => {
  it("Mistral 7B v0.1 at 4k (= W): 2·N + 4·L·ctx·d_attn and P·(2N + 2·L·P·d_attn)", () => {
    const { N, L, dAttn } = MISTRAL;
    const reply = ask("serve mistral-7b gpu=H100 context=4k");
    expect(result(reply).inferenceFlopsPerToken).toBe(2 * N + 4 * L * 4096 * dAttn);
    const flop = 4096 * (2 * N + 2 * L * 4096 * dAttn);
    expect(result(reply).throughput.prefillSeconds / (flop / (H100_BF16 * MFU))).toBeCloseTo(1, 12);
    expect(formulaOf(reply, "row.inferenceFlopsPerToken")).toBe(
      "2·N + 4·L·ctx·d_attn = 2 × 7.24B + 4 × 32 × 4,096 × 4,096",
    );
    expect(formulaOf(reply, "row.prefillTime")).toContain("P · (2·N + 2·L·P·d_attn)");
  });

  it("Llama 3 8B at 8k (no window in its config): 2 × 8,030,261,248 + 4 × 32 × 8,192 × 4,096", () => {
    const N = 8_030_261_248;
    const reply = ask("serve llama-3-8b gpu=H100 context=8k");
    expect(result(reply).inferenceFlopsPerToken).toBe(2 * N + 4 * 32 * 8192 * 4096);
    const flop = 8192 * (2 * N + 2 * 32 * 8192 * 4096);
    expect(result(reply).throughput.prefillSeconds / (flop / (H100_BF16 * MFU))).toBeCloseTo(1, 12);
    expect(formulaOf(reply, "row.inferenceFlopsPerToken")).not.toContain("min(");
  });

  it("with other layers= the window is not applied to the FLOP either", () => {
    const { N, dAttn } = MISTRAL;
    const reply = ask("serve mistral-7b gpu=H100 context=8k layers=40");
    expect(result(reply).inferenceFlopsPerToken).toBe(2 * N + 4 * 40 * 8192 * dAttn);
  });
});
