import { describe, expect, it } from "vitest";
import { result } from "./helpers.ts";

// Llama 3 70B as its Hugging Face config.json gives it: 80 layers, 8 KV heads of head_dim 128.
const LAYERS = 80;
const KV_HEADS = 8;
const HEAD_DIM = 128;
const BF16 = 2;
/** 2 · 80 · 8 · 128 · 2 B = 327,680 B (320 KiB) of KV cache per token. */
const KV_PER_TOKEN = 2 * LAYERS * KV_HEADS * HEAD_DIM * BF16;

describe("`at 8k` before the model it is the context of", () => {
  it.each(["kv cache at 8k on llama-3-70b", "kv cache at 8k on llama 3 70b", "memory at 8k for llama-3-70b"])(
    "%s: the KV cache of 8,192 tokens, not 8K parameters beside a second model",
    (line) => {
      const r = result(line);
      expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * 8192);
      expect(r.bytesTotal).toBeGreaterThan(70e9 * BF16);
    },
  );

  it("kv cache for 32 users at 8k on llama 3 70b: 32 sequences of 8,192 tokens", () => {
    const r = result("kv cache for 32 users at 8k on llama 3 70b");
    expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * 8192 * 32);
  });

  it("serve at 8k on 70B: a size after it names the model too", () => {
    expect(result("serve at 8k on 70B").throughput.context).toBe(8192);
  });
});
