import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Llama 3 8B (Hugging Face meta-llama/Meta-Llama-3-8B config.json, the fixture below): 32 layers,
// 8 KV heads × 128, max_position_embeddings 8,192. KV bytes per token (Pope et al. 2022 §2):
// 2 · L · n_kv · d_head · 2 B = 131,072 B in bf16.
const config = JSON.parse(readFileSync("test/fixtures/hf/meta-llama__Meta-Llama-3-8B.config.json", "utf8"));
const KV_PER_TOKEN = 2 * config.num_hidden_layers * config.num_key_value_heads * 128 * 2;
const keys = (line: string) => ask(line).warnings.map((warning) => warning.key);

describe("serving a prompt longer than the planned context", () => {
  it("'serve llama-3-8b gpu=H100 prompt=1M' sizes the KV cache for the 1M tokens and 256 assumed generated: 131 GB, 4 H100 as cards says", () => {
    expect(KV_PER_TOKEN).toBe(131_072);
    const r = result("serve llama-3-8b gpu=H100 prompt=1M");
    expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * (1e6 + 256));
    expect(r.assumedInputs.generate).toBe(256);
    expect(r.cards).toBe(4);
    expect(r.cards).toBe(result("cards llama-3-8b gpu=H100 context=1000256").cards);
    expect(said("serve llama-3-8b gpu=H100 prompt=1M")).toContain("prompt + generate = 1,000,000 + 256");
  });

  it("prompt + generate is the sequence: prompt=1M generate=1k holds 1,001,024 tokens of cache", () => {
    const r = result("serve llama-3-8b gpu=H100 prompt=1M generate=1k");
    expect(r.breakdown.kvCache).toBe(KV_PER_TOKEN * (1e6 + 1024));
  });

  it("past the config's max_position_embeddings 8,192, serve and cards warn, in en and zh-TW", () => {
    expect(config.max_position_embeddings).toBe(8192);
    const line = "serve llama-3-8b gpu=H100 prompt=1M";
    expect(keys(line)).toContain("serve.pastMaxContext");
    expect(said(line)).toContain("past Llama 3 8B's longest context, 8,192 tokens (max_position_embeddings");
    expect(said(line, "zh-TW")).toContain("超過 Llama 3 8B 的最長 context 8,192 個 token");
    expect(keys("cards llama-3-8b gpu=H100 context=1M")).toContain("serve.pastMaxContext");
    // A request of 8,192 + 512 tokens is past it too; the 8,192-token default is not.
    expect(keys("serve llama-3-8b gpu=H100 rate=2 prompt=8k generate=512")).toContain("serve.pastMaxContext");
    expect(keys("serve llama-3-8b gpu=H100")).not.toContain("serve.pastMaxContext");
    // Llama 3.1 405B takes 131,072 (meta-llama/Llama-3.1-405B config.json): 32k is within it.
    expect(keys("cards llama-3-405b gpu=H100 context=32k")).not.toContain("serve.pastMaxContext");
  });
});
