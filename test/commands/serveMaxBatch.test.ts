import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// Meta-Llama-3-8B (Hugging Face config.json and safetensors): 8,030,261,248 parameters, 32 layers,
// 8 KV heads of 128. A100 SXM4 80GB: 80 GB, 90% usable (vLLM's gpu_memory_utilization default 0.9).
const LLAMA_3_8B = 8_030_261_248;
const kvPerSequence = (context: number) => 2 * 32 * 8 * 128 * 2 * context;
const usable = 0.9 * 80e9;
/** The largest b with (weights + b · KV a sequence) × 1.1 (runtime overhead) within the usable memory. */
const expected = (context: number) => Math.floor((usable / 1.1 - 2 * LLAMA_3_8B) / kvPerSequence(context));

type Served = { maxBatch: number; throughput?: { batch: number } };

describe("serve gives the largest batch a replica holds at the context (what vLLM reports as max concurrency)", () => {
  it("Llama 3 8B on one A100 80GB at 4k: ⌊(72 GB / 1.1 − 16.1 GB) / 0.537 GB⌋ = 92", () => {
    const reply = ask("serve llama-3-8b gpu=A100 context=4k");
    expect(reply.ok).toBe(true);
    expect((reply.result as Served).maxBatch).toBe(expected(4096));
    expect(expected(4096)).toBe(92);
    expect(said("serve llama-3-8b gpu=A100 context=4k")).toContain("Max batch per replica at this context");
  });

  it("twice the context holds about half the batch (8k: 45)", () => {
    expect((ask("serve llama-3-8b gpu=A100 context=8k").result as Served).maxBatch).toBe(expected(8192));
  });

  it.each([
    ["what's the max batch size for llama 3 8b on an A100 80GB at 4k context", "en"],
    ["serve llama 3 8b on A100 at 4k context max batch", "en"],
    ["llama 3 8b 在 A100 上 4k context 最大 batch 是多少", "zh-TW"],
  ] as const)("%s: asked in words, answered by serve with the note that says so", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    expect((reply.result as Served).maxBatch).toBe(expected(4096));
    expect(reply.notes.map((note) => note.key)).toContain("read.maxBatchAsked");
  });

  it("a batch with its number is still that batch (`batch 64`, `64 batch`), with no note", () => {
    for (const line of [
      "serve llama-3-8b gpu=A100 context=4k batch 64",
      "serve llama-3-8b gpu=A100 context=4k 64 batch",
    ]) {
      const reply = ask(line);
      expect((reply.result as Served).throughput?.batch).toBe(64);
      expect(reply.notes.map((note) => note.key)).not.toContain("read.maxBatchAsked");
    }
  });
});

describe("`max batch at 4k` asks the largest batch at a 4k context, never sets a batch of 4,000", () => {
  it.each([
    "serve llama 3 8b gpu=A100 max batch at 4k",
    "serve llama 3 8b gpu=A100 max batch at 4k context",
    "serve llama 3 8b gpu=A100 maximum batch at 4k context",
    "max batch for llama 3 8b on an A100 80GB at 4k",
  ])("%s: context 4,096, the largest batch 92, no batch of 4,000 read", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const items = Object.fromEntries((reply.readAs?.items ?? []).map((item) => [item.option, item.value]));
    expect(items.context).toBe(4096);
    expect(items.batch).not.toBe(4000);
    expect((reply.result as Served).maxBatch).toBe(expected(4096));
  });

  it("a batch linked to its value without `max` still sets it: `a batch of 16`, `batch at 16`", () => {
    for (const line of ["serve llama 3 8b gpu=A100 a batch of 16", "serve llama 3 8b gpu=A100 batch at 16"]) {
      const items = Object.fromEntries(
        (ask(line).readAs?.items ?? []).map((item) => [item.option, item.value]),
      );
      expect(items.batch).toBe(16);
    }
  });
});

describe("`max batch at …` before the model, and in tokens", () => {
  it.each([
    "max batch at 4k for llama-3-8b on A100",
    "serve llama-3-8b gpu=A100 max batch at 4096 tokens",
    "serve llama-3-8b gpu=A100 max batch size at 4k context",
  ])("%s: context 4,096, the largest batch 92", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const items = Object.fromEntries((reply.readAs?.items ?? []).map((item) => [item.option, item.value]));
    expect(items.context).toBe(4096);
    expect((reply.result as Served).maxBatch).toBe(expected(4096));
  });
});
