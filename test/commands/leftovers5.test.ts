import { describe, expect, it } from "vitest";
import { nearest } from "../../src/core/suggest.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { thread } from "../support/slackThread.ts";
import { ask, rendered, said } from "./helpers.ts";

const errorOf = (line: string, lang: Lang = "en") => String(rendered(line, lang).error);

describe("a suggestion is a plausible typo; a count given a word says it takes a number", () => {
  it("never a one- or two-letter name for a longer word, never half the letters changed", () => {
    const units = ["k", "m", "b", "t", "bn", "mo", "mos", "h", "hrs", "days", "weeks", "wks", "hours"];
    // `b` is a prefix of `banana`, `mos` two edits from `lots`: neither is a slip of the fingers.
    expect(nearest("banana", units)).toEqual([]);
    expect(nearest("lots", units)).toEqual([]);
    // Real slips are still caught: one letter dropped, two swapped, one doubled.
    expect(nearest("weks", units)[0]).toBe("weeks");
    expect(nearest("dyas", units)).toEqual(["days"]);
    expect(nearest("bb", units)).toEqual(["b", "bn"]);
    // The letter O for the digit 0 is one slip however many (`H1OO` for H100), not a word's worth.
    expect(nearest("h1oo", ["h100", "h200", "a100"])).toEqual(["h100"]);
    // What was typed so far still completes (`hou` of `hours`).
    expect(nearest("hou", units)).toEqual(["hours"]);
  });

  it("gpus=banana and gpus=lots: gpus takes a number, with the option's own example", () => {
    for (const word of ["banana", "lots"]) {
      const reply = ask(`gpus=${word}`);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("quantity.wordFor");
      expect(errorOf(`gpus=${word}`)).toBe(`gpus takes a number, not a word like “${word}”: e.g. gpus=1024.`);
      expect(errorOf(`gpus=${word}`)).not.toMatch(/Did you mean/);
    }
    expect(errorOf("gpus=lots", "zh-TW")).toBe("gpus 要填數字，不是「lots」這樣的字：例如 gpus=1024。");
    // Chinese too: 很多 ("a lot") is a word, not a number.
    expect(ask("mfu 7B 1T gpu=h100 gpus=很多").error?.key).toBe("quantity.wordFor");
  });

  it("a mistyped unit after a number still gets its suggestion", () => {
    const reply = ask("7B 1T gpu=h100 gpus=8 days=3weks");
    expect(reply.error?.key).toBe("quantity.unknownWord");
    expect(String(reply.error?.params?.suggestions).split(", ")).toContain("weeks");
  });
});

describe("a KV cache asked of a bare size: the model's shape is missing, not the GPU", () => {
  // Qwen2.5-7B's config.json: num_hidden_layers 28, num_key_value_heads 4, hidden_size 3584 over
  // 28 attention heads = head_dim 128.
  const QWEN_7B_SHAPE = "layers=28 kv-heads=4 head-dim=128";

  it("says the shape is missing, naming a 7B model that takes 32k tokens, with its shape", () => {
    for (const [line, lang] of [
      ["KV cache for a 7B model at 32k context", "en"],
      ["7B 模型 32k 上下文的 KV 快取多大", "zh-TW"],
    ] as const) {
      const reply = ask(line, lang);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("cards.kvNeedsShape");
      const error = errorOf(line, lang);
      expect(error).not.toMatch(/needs gpu=|需要 gpu=/);
      expect(error).toContain("qwen2.5-7b");
      expect(error).toContain(QWEN_7B_SHAPE);
      expect(String(rendered(line, lang).hint)).toContain("/flops cards qwen2.5-7b mode=infer context=32k");
    }
    expect(errorOf("KV cache for a 7B model at 32k context")).toContain(
      "layers, KV heads and head dimension",
    );
    expect(errorOf("7B 模型 32k 上下文的 KV 快取多大", "zh-TW")).toContain("層數、KV 頭數與每頭維度");
  });

  it("both ways out answer with the cache: 2·28·4·128·2 B × 32,768 tokens = 1.88 GB", () => {
    const bytes = 2 * 28 * 4 * 128 * 2 * 32_768;
    expect(said("cards qwen2.5-7b mode=infer context=32k")).toContain(`${(bytes / 1e9).toFixed(2)} GB`);
    expect(said(`cards 7B ${QWEN_7B_SHAPE} gpu=H100 mode=infer context=32k`)).toContain("1.88 GB");
  });

  it("70B without a context names Llama 2 70B's shape (80 layers, 8 KV heads, head dim 8192/64)", () => {
    const reply = ask("KV cache for a 70B model");
    expect(reply.error?.key).toBe("cards.kvNeedsShape");
    expect(errorOf("KV cache for a 70B model")).toContain("llama-2-70b's: layers=80 kv-heads=8 head-dim=128");
  });

  it("a question without the KV cache is answered on an assumed H100: bf16 weights 2 B × 7B = 14 GB", () => {
    const reply = ask("cards 7B mode=infer context=32k");
    expect(reply.ok).toBe(true);
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(2 * 7e9);
    expect(reply.readAs?.items.find((item) => item.option === "gpu")?.assumed).toBe(true);
  });
});

describe("a thread keeps the GPU its answer was computed on, said as assumed", () => {
  // Llama 3 8B was trained on H100-80GB (Meta's model card): `serve llama-3-8b` with no GPU is
  // answered on the H100 SXM5 80GB, 989.4 dense bf16 TFLOP/s and 80 GB (NVIDIA datasheet).
  it("`what about 8B` after `serve llama-3-8b at 20 req/s` answers on that H100, not asking gpu=", async () => {
    const say = thread();
    const first = await say("serve llama-3-8b at 20 req/s");
    expect(first.turn.reply.ok).toBe(true);
    expect(first.text).toContain("H100 SXM5 80GB (assumed)");
    const next = await say("what about 8B");
    expect(next.turn.reply.ok).toBe(true);
    expect(next.turn.question?.options.gpu).toBe("h100-sxm");
    // 8B in bf16: 8e9 × 2 B = 16 GB of weights on one card.
    expect(next.text).toMatch(/Weights per GPU\s+16 GB/);
    expect(next.text).toContain(
      "No GPU named: kept NVIDIA H100 SXM5 80GB, the GPU the thread's last answer assumed for Llama 3 8B",
    );
  });

  it("`with 70B` and 用 70B 呢 too: 70e9 × 2 B over TP 4 = 35 GB a card", async () => {
    for (const [line, note] of [
      ["with 70B", "kept NVIDIA H100 SXM5 80GB"],
      ["用 70B 呢", "kept NVIDIA H100 SXM5 80GB"],
    ] as const) {
      const say = thread();
      await say("serve llama-3-8b at 20 req/s");
      const next = await say(line);
      expect(next.turn.reply.ok).toBe(true);
      expect(next.text).toMatch(/Weights per GPU\s+35 GB/);
      expect(next.text).toContain(note);
    }
    const zh = thread("zh-TW");
    await zh("部署 llama-3-8b 每秒 20 個請求");
    const next = await zh("用 70B 呢");
    expect(next.turn.reply.ok).toBe(true);
    expect(next.text).toContain("沿用 NVIDIA H100 SXM5 80GB");
  });

  it("a GPU named in the change, or a model with its own, is used instead", async () => {
    const say = thread();
    await say("serve llama-3-8b at 20 req/s");
    const a100 = await say("what about 70B on A100");
    expect(a100.turn.question?.options.gpu).not.toBe("h100-sxm");
    expect(a100.text).not.toContain("kept NVIDIA H100");
  });
});

describe("DeepSeek-V3's 2.788M H800 GPU-hours: its total, not its pre-training", () => {
  // DeepSeek-V3 report (arXiv 2412.19437) Table 1: 2,664K pre-training + 119K context extension +
  // 5K post-training = 2,788K H800 GPU-hours; 37B active parameters, 14.8T tokens. H800 SXM5 dense
  // bf16: 989.4 TFLOP/s (NVIDIA datasheet). MFU = 6 · N_active · D / (GPU-hours · 3600 · peak).
  const flops = 6 * 37e9 * 14.8e12;
  const mfuOn = (hours: number) => flops / (hours * 3600 * 989.4e12);
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const line = "DeepSeek-V3 trained in 2.788M H800 GPU hours, what MFU";

  it("says the typed hours include context extension and post-training, with the MFU on each", () => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.result?.mfu).toBeCloseTo(mfuOn(2.788e6), 4);
    expect(reply.result?.mfuPretraining).toBeCloseTo(mfuOn(2.664e6), 4);
    const text = said(line);
    expect(pct(mfuOn(2.788e6))).toBe("33.1%");
    expect(pct(mfuOn(2.664e6))).toBe("34.6%");
    expect(text).toContain(
      "2.788M GPU-hours is DeepSeek-V3's total, not its pre-training: 2.664M of pre-training + 119K of context extension + 5K of post-training.",
    );
    expect(text).toContain(
      `MFU ${pct(mfuOn(2.664e6))} on it, against ${pct(mfuOn(2.788e6))} on the 2.788M typed`,
    );
    expect(said("mfu deepseek-v3 gpu-hours=2.788M", "zh-TW")).toContain(
      "預訓練 2.664M + 上下文延伸 119K + 後訓練 5K",
    );
  });

  it("the catalog's own 2.664M, or hours that are no published total, get no such note", () => {
    for (const other of [
      "mfu deepseek-v3",
      "mfu deepseek-v3 gpu-hours=2.664M",
      "mfu deepseek-v3 gpu-hours=3M",
    ]) {
      expect(ask(other).ok).toBe(true);
      expect(said(other)).not.toContain("GPU-hours is DeepSeek-V3's total");
    }
    expect(ask("mfu deepseek-v3 gpu-hours=2.664M").result?.mfu).toBeCloseTo(mfuOn(2.664e6), 4);
  });
});
