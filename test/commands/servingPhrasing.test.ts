import { describe, expect, it } from "vitest";
import { ask, rendered, result } from "./helpers.ts";

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

describe("a wish said as a sentence (`I want to …`, `we're planning to …`) reads as `need` does", () => {
  it("I want to serve llama 3 70b on H100: 2 B × 70,553,706,496 parameters of weights (its safetensors total)", () => {
    const r = result("I want to serve llama 3 70b on H100");
    expect(r.breakdown.weights).toBe(70_553_706_496 * BF16);
  });

  it("we're planning to train 70B on 2T tokens with 512 H100: 8.4e23 / (512 × 989.4e12 × 0.4) s", () => {
    const r = result("we're planning to train 70B on 2T tokens with 512 H100");
    expect(r.flops).toBeCloseTo(6 * 70e9 * 2e12, -18);
    expect(r.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (512 * 989.4e12 * 0.4), 0);
  });

  it.each([
    ["we want to finetune 7B with lora on 4090", "lora"],
    ["I'd like to finetune a 7B with qlora on a 4090", "qlora"],
  ])("%s: mode %s", (line, mode) => {
    expect(result(line).mode).toBe(mode);
  });
});

describe("a layout asked by name (`what parallelism …`, `what layout …`) is cards' answer", () => {
  it("what parallelism for llama 3 70b on 8 H100: served TP 4 × PP 1 (4 × 80 GB holds 2 B × 70.6B)", () => {
    const r = result("what parallelism for llama 3 70b on 8 H100");
    expect(r.mode).toBe("infer");
    expect(r.layout.tp * r.layout.pp).toBe(4);
    expect(r.available).toBe(8);
  });

  it("what layout for training 70B on 64 H100: 16 B × 70B = 1.12 TB over 0.9 × 80 GB → 16 GPUs, ZeRO-3", () => {
    const r = result("what layout for training 70B on 64 H100");
    expect(r.mode).toBe("train");
    expect(r.layout.gpus).toBe(Math.ceil((16 * 70e9) / (0.9 * 80e9)));
    expect(r.layout.zero).toBe(3);
  });
});

describe("a refused word and the word after it refused next (`max context`): the Try line drops both", () => {
  it.each([
    ["max context for 70B on 2 H100", "cards for 70B on 2 H100"],
    ["longest context llama-3-70b on 2 H100", "cards llama-3-70b on 2 H100"],
  ])("%s → Try %s (the model and GPUs kept, not the generic example)", (line, tried) => {
    expect(ask(line).ok).toBe(false);
    expect(rendered(line).hint ?? "").toMatch(new RegExp(`/flops ${tried}$`));
    expect(result(tried).available).toBe(2);
  });
});

describe("最多能同時服務幾個使用者 asks the users at once, as `max concurrent users` does", () => {
  it("llama 3 70b 在 8 張 H100 上 32k context: as the English, ⌊8 / 4⌋ × ⌊(72 / 1.1 − 35.3) / 2.68⌋ = 22", () => {
    const zh = ask("llama 3 70b 在 8 張 H100 上 32k context 最多能同時服務幾個使用者", "zh-TW");
    expect(zh.ok).toBe(true);
    const en = result("max concurrent users for llama 3 70b on 8 H100 at 32k context");
    expect((zh.result as { maxBatchOnGpus: { total: number } }).maxBatchOnGpus.total).toBe(
      en.maxBatchOnGpus.total,
    );
    // 2 × 80 × 8 × 128 × 2 B × 32,768 tokens × 1/4 (TP 4) = 2.68 GB a sequence on each GPU.
    const kvSeq = (KV_PER_TOKEN * 32_768) / 4;
    const weights = (70_553_706_496 * BF16) / 4;
    expect(en.maxBatchOnGpus.total).toBe(2 * Math.floor((72e9 / 1.1 - weights) / kvSeq));
  });
});
