import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearHubCache } from "../../src/hf/hub.ts";
import { fixtureText, GEMMA_3_1B_PT } from "../core/params/hfFixture.ts";
import { testAnswerer } from "../support/answerer.ts";

/**
 * A Hub model's KV cache honours its config.json's window (sliding_window, use_sliding_window,
 * layer pattern) in `cards` and `serve`, as the forward FLOP count already does (Jiang et al. 2023,
 * Mistral 7B, §2, rolling buffer cache: a window-W layer keeps min(T, W) tokens).
 */

const { answerWithHub } = testAnswerer();
const HUB = "https://huggingface.co";

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => clearHubCache());
afterEach(() => nock.cleanAll());

function hub(repo: string, config: string | object) {
  nock(HUB).get(`/${repo}/resolve/main/config.json`).reply(200, config);
  nock(HUB).get(`/${repo}/resolve/main/model.safetensors.index.json`).reply(404, "Entry not found");
}

const ask = (text: string) => ({ platform: "cli" as const, userId: "t", lang: "en" as const, text });
const kvOf = async (text: string) => {
  const reply = await answerWithHub(ask(text));
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  return (reply.result?.breakdown as { kvCache?: number } | undefined)?.kvCache;
};

// mistralai/Mistral-7B-v0.1 config.json (its values; the file itself is not among the fixtures):
// 32 layers, 32 heads, 8 KV heads, hidden 4096 (head_dim 128), sliding_window 4096.
const MISTRAL_V01 = {
  architectures: ["MistralForCausalLM"],
  hidden_size: 4096,
  intermediate_size: 14336,
  max_position_embeddings: 32768,
  model_type: "mistral",
  num_attention_heads: 32,
  num_hidden_layers: 32,
  num_key_value_heads: 8,
  rope_theta: 10000.0,
  sliding_window: 4096,
  tie_word_embeddings: false,
  torch_dtype: "bfloat16",
  vocab_size: 32000,
};

describe("hf:<org>/<name> serving with the config's sliding window", () => {
  it("Mistral-7B-v0.1 at 8k: 32 × 2 × 8 × 128 × 2 B × 4,096 = 536,870,912 B", async () => {
    hub("mistralai/Mistral-7B-v0.1", MISTRAL_V01);
    expect(await kvOf("cards hf:mistralai/Mistral-7B-v0.1 gpu=H100 context=8k")).toBe(536_870_912);
    const reply = await answerWithHub(ask("serve hf:mistralai/Mistral-7B-v0.1 gpu=H100 context=8k"));
    expect((reply.result?.breakdown as { kvCache?: number } | undefined)?.kvCache).toBe(536_870_912);
    expect(reply.notes.map((n) => n.key)).toContain("note.slidingWindowKv");
  });

  it("Mistral-7B-v0.3 (sliding_window null) keeps every token: 131,072 B × 8,192", async () => {
    hub("mistralai/Mistral-7B-v0.3", { ...MISTRAL_V01, sliding_window: null, vocab_size: 32768 });
    expect(await kvOf("cards hf:mistralai/Mistral-7B-v0.3 gpu=H100 context=8k")).toBe(131_072 * 8192);
  });

  it("gemma-2-2b-it (26 layers, 4 KV heads × 256, every other layer local, window 4096) at 8k", async () => {
    hub("google/gemma-2-2b-it", fixtureText("google__gemma-2-2b-it"));
    const perLayer = 2 * 4 * 256 * 2;
    expect(await kvOf("cards hf:google/gemma-2-2b-it gpu=H100 context=8k")).toBe(
      13 * perLayer * 8192 + 13 * perLayer * 4096,
    );
  });

  it("gemma-3-1b (sliding_window_pattern 6: layers 5, 11, 17, 23 global; window 512) at 32k", async () => {
    hub("google/gemma-3-1b-pt", GEMMA_3_1B_PT);
    const perLayer = 2 * 1 * 256 * 2;
    expect(await kvOf("cards hf:google/gemma-3-1b-pt gpu=H100 context=32k")).toBe(
      4 * perLayer * 32_768 + 22 * perLayer * 512,
    );
  });

  it("gpt-oss-20b (layer_types: sliding_attention and full_attention alternating; window 128) at 8k", async () => {
    // openai/gpt-oss-20b config.json: 24 layers, d 2880, 64/8 heads × 64, 32 experts top-4 of 2880,
    // vocab 201088, sliding_window 128, layer_types alternating from sliding_attention.
    hub("openai/gpt-oss-20b", {
      model_type: "gpt_oss",
      num_hidden_layers: 24,
      hidden_size: 2880,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      head_dim: 64,
      intermediate_size: 2880,
      num_local_experts: 32,
      num_experts_per_tok: 4,
      vocab_size: 201_088,
      sliding_window: 128,
      tie_word_embeddings: false,
      layer_types: Array.from({ length: 24 }, (_, i) =>
        i % 2 === 0 ? "sliding_attention" : "full_attention",
      ),
    });
    const perLayer = 2 * 8 * 64 * 2;
    expect(await kvOf("serve hf:openai/gpt-oss-20b gpu=H100 context=8k")).toBe(
      12 * perLayer * 8192 + 12 * perLayer * 128,
    );
  });

  it("Qwen2.5-7B (use_sliding_window false, sliding_window 131072) is unchanged: 28 × 2 × 4 × 128 × 2 B × 32,768", async () => {
    hub("Qwen/Qwen2.5-7B", fixtureText("Qwen__Qwen2.5-7B"));
    expect(await kvOf("cards hf:Qwen/Qwen2.5-7B gpu=H100 context=32k")).toBe(28 * 2 * 4 * 128 * 2 * 32_768);
  });
});

describe("Phi-3-mini: the catalog entry and hf:microsoft/Phi-3-mini-4k-instruct read the same config.json", () => {
  // microsoft/Phi-3-mini-4k-instruct config.json (fixture): 32 layers, 32 heads = 32 KV heads,
  // hidden 3072 (head_dim 96), sliding_window 2047, max_position_embeddings 4096.
  const perLayer = 2 * 32 * 96 * 2;
  const N = 3_821_079_552;

  it("at 4k (past W 2,047) both keep 32 × min(4,096, 2,047) tokens and attend over them", async () => {
    hub("microsoft/Phi-3-mini-4k-instruct", fixtureText("microsoft__Phi-3-mini-4k-instruct"));
    const hubReply = await answerWithHub(
      ask("serve hf:microsoft/Phi-3-mini-4k-instruct gpu=H100 context=4k"),
    );
    const catalog = await answerWithHub(ask("serve phi-3-mini gpu=H100 context=4k"));
    for (const reply of [hubReply, catalog]) {
      expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
      // biome-ignore lint/suspicious/noExplicitAny: the serve result's own fields.
      const r = reply.result as Record<string, any>;
      expect(r.breakdown.kvCache).toBe(32 * perLayer * Math.min(4096, 2047));
      expect(r.inferenceFlopsPerToken).toBe(2 * N + 4 * 32 * Math.min(4096, 2047) * 32 * 96);
      expect(reply.notes.map((n) => n.key)).toContain("note.slidingWindowKv");
    }
    const prefill = (reply: typeof catalog) =>
      (reply.result?.throughput as { prefillSeconds: number } | undefined)?.prefillSeconds;
    expect(prefill(catalog)).toBeGreaterThan(0);
    expect(prefill(catalog)).toBe(prefill(hubReply));
  });

  it("within the window (2,000 tokens) both keep every token, as before", async () => {
    hub("microsoft/Phi-3-mini-4k-instruct", fixtureText("microsoft__Phi-3-mini-4k-instruct"));
    const expected = 32 * perLayer * 2000;
    expect(await kvOf("cards hf:microsoft/Phi-3-mini-4k-instruct gpu=H100 context=2000")).toBe(expected);
    expect(await kvOf("cards phi-3-mini gpu=H100 context=2000")).toBe(expected);
  });
});
