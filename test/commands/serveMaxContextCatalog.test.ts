import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { said } from "./helpers.ts";

/**
 * Each served decoder in the catalog carries its config.json's max_position_embeddings, so a context
 * past it is warned in serve and cards. Values from each Hub config.json: meta-llama/Llama-3.3-70B-Instruct,
 * Llama-3.2-1B and -3B 131,072; google/gemma-2-9b and -27b 8,192; Qwen/Qwen2.5-14B and -72B (base)
 * 131,072; Qwen/Qwen3-235B-A22B 40,960 (as Qwen3-8B and Qwen3-30B-A3B, test/fixtures/hf); microsoft/
 * Phi-3-medium-4k-instruct 4,096; mistralai/Mistral-7B-v0.1 32,768 (sliding_window 4,096 besides);
 * allenai/OLMo-2-1124-13B and OLMo-2-0325-32B 4,096. Before, these had none and a 1M context on
 * Qwen2.5 72B or a 32k one on Gemma 2 9B was answered without a word.
 */
const expected: Record<string, number> = {
  "llama-3.3-70b": 131_072,
  "llama-3.2-1b": 131_072,
  "llama-3.2-3b": 131_072,
  "gemma-2-9b": 8192,
  "gemma-2-27b": 8192,
  "qwen2.5-14b": 131_072,
  "qwen2.5-72b": 131_072,
  "qwen3-235b-a22b": 40_960,
  "phi-3-medium": 4096,
  "mistral-7b": 32_768,
  "olmo-2-13b": 4096,
  "olmo-2-32b": 4096,
};

describe("catalog decoders carry max_position_embeddings", () => {
  it.each(Object.entries(expected))("%s: %i", (id, max) => {
    expect(MODELS.find((m) => m.id === id)?.maxContext).toBe(max);
  });

  it("serve qwen2.5-72b context=1M is warned (131,072), in both languages", () => {
    expect(said("serve qwen2.5-72b gpu=H100 context=1M")).toContain(
      "past Qwen2.5 72B's longest context, 131K tokens",
    );
    expect(said("serve qwen2.5-72b gpu=H100 context=1M", "zh-TW")).toContain("131K");
    expect(said("serve qwen2.5-72b gpu=H100 context=128k")).not.toContain("longest context");
  });

  it("gemma 2 9b at 32k and qwen3 235b at 128k are warned; within the window they are not", () => {
    expect(said("cards gemma-2-9b gpu=H100 context=32k")).toContain("longest context, 8,192 tokens");
    expect(said("serve qwen3-235b-a22b gpu=H100 context=128k")).toContain("longest context, 40,960 tokens");
    expect(said("serve gemma-2-9b gpu=H100 context=8k")).not.toContain("longest context");
  });
});
