import { describe, expect, it } from "vitest";
import { sixteenBitParams, weightBytes } from "../../src/core/serving.ts";
import { ask, said } from "./helpers.ts";

// Meta-Llama-3-8B config.json: vocab_size 128,256, hidden_size 4,096, tie_word_embeddings false;
// 8,030,261,248 parameters (safetensors). FP8 and 4-bit serving quantize the linear layers of the
// blocks, not the embedding lookup nor lm_head (vLLM's Fp8LinearMethod, AWQ, GPTQ; transformers'
// get_keys_to_not_convert); DeepSeek-V3 §3.3.1 keeps the embedding module and output head in their
// original precision. So 2·V·h = 1,050,673,152 parameters stay at 2 bytes.
const LLAMA_3_8B = 8_030_261_248;
const KEPT = 2 * 128_256 * 4096;

type Served = {
  breakdown: { weights: number };
  throughput: { bytesReadPerGpuPerStep: number };
};

describe("8- and 4-bit weights keep the embedding and output head in bf16", () => {
  it("the rule: below 16 bits N_16 stays at 2 B; at bf16 and above nothing changes", () => {
    expect(sixteenBitParams(128_256, 4096, false)).toBe(KEPT);
    const model = { params: LLAMA_3_8B, activeParams: LLAMA_3_8B, sixteenBit: KEPT };
    expect(weightBytes(model, "int4")).toBe((LLAMA_3_8B - KEPT) * 0.5 + KEPT * 2);
    expect(weightBytes(model, "fp8")).toBe(LLAMA_3_8B - KEPT + KEPT * 2);
    expect(weightBytes(model, "bf16")).toBe(LLAMA_3_8B * 2);
  });

  it("Llama 3 8B in int4: 5.59 GB of weights, not 4.02 GB (N × 0.5 B), and decode reads all but the embedding table", () => {
    const line = "serve llama-3-8b gpu=L4 precision=int4";
    const r = ask(line).result as Served;
    expect(r.breakdown.weights / 1e9).toBeCloseTo(5.59, 2);
    // Batch 1 at 8k: the weights but the untied embedding table (V·h in bf16, a lookup), plus one
    // sequence's bf16 cache, 2·32·8·128·2 B × 8,192 = 1.07 GB.
    expect(r.throughput.bytesReadPerGpuPerStep).toBe(
      (LLAMA_3_8B - KEPT) * 0.5 + KEPT * 2 - (KEPT / 2) * 2 + 131_072 * 8192,
    );
    expect(said(line)).toContain("N_16");
    expect(ask(line).notes.map((n) => n.key)).toContain("note.servingSixteenBit");
  });

  it("Llama 3 8B in fp8: (8.03B − 1.05B) × 1 B + 1.05B × 2 B = 9.08 GB, not 8.03 GB", () => {
    const r = ask("cards llama-3-8b gpu=L4 precision=fp8").result as Served;
    expect(r.breakdown.weights / 1e9).toBeCloseTo(9.08, 2);
  });

  it("DeepSeek-V3 in fp8 (its released checkpoint): 2 × 129,280 × 7,168 = 1.85B parameters kept in bf16", () => {
    const reply = ask("serve deepseek-v3 gpu=H200 precision=fp8");
    expect(said("serve deepseek-v3 gpu=H200 precision=fp8")).toContain("1.85B");
    expect((reply.result as Served).breakdown.weights).toBe(
      671e9 - 2 * 129_280 * 7168 + 2 * 2 * 129_280 * 7168,
    );
  });

  it("bf16 serving and typed sizes without a vocabulary are unchanged (N × bytes)", () => {
    expect((ask("serve llama-3-8b gpu=H100").result as Served).breakdown.weights).toBe(LLAMA_3_8B * 2);
    expect((ask("serve 8B gpu=L4 precision=int4").result as Served).breakdown.weights).toBe(8e9 * 0.5);
  });

  it("a decode step does not read the untied embedding table: Llama 3 8B bf16 at batch 1 on an H100 is 208 tokens/s, not 196", () => {
    // 2 × (8,030,261,248 − 128,256 × 4,096) B of weights + 131,072 B × 8,192 of cache at 3.35 TB/s
    // (H100 SXM datasheet); the table's 525M parameters are gathered a row a token (an embedding lookup).
    const r = ask("serve llama-3-8b gpu=H100").result as Served & {
      throughput: { decodeTokensPerSecondPerReplica: number };
    };
    expect(r.throughput.bytesReadPerGpuPerStep).toBe(2 * (LLAMA_3_8B - KEPT / 2) + 131_072 * 8192);
    expect(Math.round(r.throughput.decodeTokensPerSecondPerReplica)).toBe(208);
    expect(ask("serve llama-3-8b gpu=H100").notes.map((n) => n.key)).toContain("note.decodeLookup");
    // A tied model's table is its output head, read whole: Llama 3.2 1B has no such note.
    expect(ask("serve llama-3.2-1b gpu=H100").notes.map((n) => n.key)).not.toContain("note.decodeLookup");
  });
});

describe("DeepSeek-V3 and R1 release FP8 weights: a serving answer says which precision it served", () => {
  // deepseek-ai/DeepSeek-V3 config.json: quantization_config {quant_method fp8, fmt e4m3,
  // weight_block_size [128, 128]}; the preset's bf16 is the precision its MFU is measured against.
  it.each(["serve deepseek-v3 gpu=H200", "cards deepseek-r1 gpu=H200"])(
    "%s names the FP8 checkpoint",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.notes.map((n) => n.key)).toContain("note.releasedPrecision");
      expect(said(line)).toContain("released weights are fp8");
    },
  );

  it("served as released (precision=fp8): 8 H200 in one node, and no note", () => {
    const reply = ask("serve deepseek-v3 gpu=H200 precision=fp8");
    expect(reply.notes.map((n) => n.key)).not.toContain("note.releasedPrecision");
    expect((reply.result as { cards: number }).cards).toBe(8);
  });

  it("a model released in bf16 gets no such note", () => {
    expect(ask("serve llama-3-8b gpu=H100").notes.map((n) => n.key)).not.toContain("note.releasedPrecision");
  });
});
