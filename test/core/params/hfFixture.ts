import { readFileSync } from "node:fs";

/** A real config.json committed under test/fixtures/hf (its README says where each came from). */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/hf/${name}.config.json`, import.meta.url), "utf8"));

/** The raw text of a fixture, as the Hub serves it. */
export const fixtureText = (name: string): string =>
  readFileSync(new URL(`../../fixtures/hf/${name}.config.json`, import.meta.url), "utf8");

/**
 * The fields of google/gemma-3-1b-pt's config.json that the count and the KV cache read (no copy
 * of the whole file is committed): 26 layers, d 1152, 4/1 heads × 256, ffn 6912, vocab 262144,
 * window 512 on five layers of every six (its count is 999,885,952).
 */
export const GEMMA_3_1B_PT = {
  model_type: "gemma3_text",
  num_hidden_layers: 26,
  hidden_size: 1152,
  num_attention_heads: 4,
  num_key_value_heads: 1,
  head_dim: 256,
  intermediate_size: 6912,
  vocab_size: 262_144,
  max_position_embeddings: 32_768,
  sliding_window: 512,
  sliding_window_pattern: 6,
} as const;
