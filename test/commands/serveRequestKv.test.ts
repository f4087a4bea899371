import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask, result, said } from "./helpers.ts";

// Llama 3 8B (Hugging Face meta-llama/Meta-Llama-3-8B config.json): 32 layers, 8 KV heads, head dim
// 128. KV bytes per token = 2 (K and V) · L · n_kv · d_head · 2 B (bf16) = 131,072 B.
const KV_PER_TOKEN = 2 * 32 * 8 * 128 * 2;
// A request holds its prompt and the tokens it has generated: vLLM allocates KV blocks as tokens
// arrive (Kwon et al. 2023, PagedAttention §4), so each sequence's cache is P + G tokens, not the
// model's 8,192-token context.
const P = 1024;
const G = 256;
const BATCH = 64;
const line = `serve llama-3-8b gpu=H100 batch=${BATCH} prompt=1k generate=256`;
// H100 SXM5 datasheet: 80 GB, 90% usable; 3.35 TB/s HBM3.
const USABLE = 80e9 * 0.9;
const WEIGHTS = 8_030_261_248 * 2;

const formulaOf = (reply: Reply, key: string): string => {
  const row = reply.rows.find((r) => r.label.key === key);
  if (!row?.formula) throw new Error(`no ${key} row with a formula`);
  return formulaText(row.formula);
};

describe(`'${line}': the cache holds prompt + generate tokens per sequence`, () => {
  it("sizes the KV cache at 1,024 + 256 = 1,280 tokens a sequence: 131,072 B × 1,280 × 64 = 10.7 GB", () => {
    expect(KV_PER_TOKEN).toBe(131_072);
    const r = result(line);
    expect(r.serving.kvBytesPerToken).toBe(KV_PER_TOKEN);
    expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * (P + G) * BATCH);
    expect(r.throughput.context).toBe(P + G);
  });

  it("so one H100 holds it (weights 16.1 GB + KV 10.7 GB, × 1.1, under 72 GB): TP 1, not TP 2", () => {
    expect((WEIGHTS + KV_PER_TOKEN * (P + G) * BATCH) * 1.1).toBeLessThan(USABLE);
    const r = result(line);
    expect(r.serving.tp).toBe(1);
    expect(r.cards).toBe(1);
    // Max batch at 1,280 tokens: ⌊(U / 1.1 − W) / KV_seq⌋.
    expect(r.maxBatch).toBe(Math.floor((USABLE / 1.1 - WEIGHTS) / (KV_PER_TOKEN * (P + G))));
  });

  it("decodes reading the weights and 1,280 tokens of cache per sequence each step (memory-bound)", () => {
    const t = result(line).throughput;
    // Bytes read per step ≥ the weights less the untied embedding table (a lookup, 128,256 × 4,096)
    // plus the cache: the roofline time is those bytes over 3.35 TB/s.
    const embedding = 128_256 * 4096 * 2;
    const bytes = WEIGHTS - embedding + KV_PER_TOKEN * (P + G) * BATCH;
    expect(t.bytesReadPerGpuPerStep / bytes).toBeCloseTo(1, 2);
    expect(t.decodeTokensPerSecondPerReplica / (BATCH / (bytes / 3.35e12))).toBeCloseTo(1, 2);
  });

  it("uses generate= for a request's time: prefill + 256 decode steps, and names nothing as unused", () => {
    const reply = ask(line);
    const t = result(line).throughput;
    expect(t.requestSeconds).toBeCloseTo(t.prefillSeconds + G * t.decodeStepSeconds, 12);
    expect(formulaOf(reply, "row.requestTime")).toContain("prefill + G · step");
    expect(reply.notes.filter((n) => n.key === "read.unused")).toEqual([]);
  });

  it("says so: Read as shows prompt and generate, the formulas (P + G), the note PagedAttention, en and zh-TW", () => {
    const reply = ask(line);
    const read = reply.readAs?.items.map((item) => item.option) ?? [];
    expect(read).toContain("prompt");
    expect(read).toContain("generate");
    expect(read).not.toContain("context");
    expect(formulaOf(reply, "row.kvPerGpu")).toContain("(P 1,024 + G 256) × batch 64");
    expect(formulaOf(reply, "row.kvCache")).toContain("(1,024 + 256) × 64");
    expect(said(line)).toContain("prompt + generate = 1,024 + 256 = 1,280 tokens");
    expect(said(line)).toContain("arxiv.org/abs/2309.06180");
    expect(said(line, "zh-TW")).toContain("prompt + generate = 1,024 + 256 = 1,280 個 token");
  });

  it("prompt= alone assumes 256 generated tokens and says so in Read as", () => {
    const r = result("serve llama-3-8b gpu=H100 batch=64 prompt=1k");
    expect(r.assumedInputs.generate).toBe(256);
    expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * (P + 256) * BATCH);
    expect(said("serve llama-3-8b gpu=H100 batch=64 prompt=1k")).toContain("generate 256 (assumed)");
  });

  it("neither given: the cache is at the model's context as before (8,192 tokens)", () => {
    const r = result(`serve llama-3-8b gpu=H100 batch=${BATCH}`);
    expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * 8192 * BATCH);
    expect(r.throughput.requestSeconds).toBeUndefined();
  });
});
