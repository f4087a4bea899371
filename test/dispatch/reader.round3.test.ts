import { describe, expect, it } from "vitest";
import { unknownOptionError } from "../../src/dispatch/unknownOption.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { answered, ask, errorOf } from "./helpers.ts";

/**
 * Phrasings an ML engineer typed on a first try (fresh-eyes report 3): GPU model numbers,
 * "can I run", fine-tuning words, GPU-hours as papers write them, two-part questions, zh-TW
 * Slack phrasings, prices and percents in words. Each asserts how the line was read and the
 * number that follows from the sources.
 *
 * RTX 4090: 24 GB, 165.2 TFLOP/s dense BF16 with FP32 accumulate (NVIDIA Ada GPU Architecture
 * whitepaper, Appendix A). H100 SXM5: 80 GB, 989.4 TFLOP/s dense BF16 (H100 datasheet).
 */
const answer = (line: string, lang: Lang = "en") => answered(line, lang);

const RTX4090_BF16 = 165.2e12;
const H100_BF16 = 989.4e12;
const DAY = 86_400;

describe("1. a GPU model number is the card, never a parameter count", () => {
  it.each<[string, Lang, number]>([
    ["7B 1T 8 4090", "en", 8],
    ["8 4090 7B 1T", "en", 8],
    ["7B 1T 8 張 4090", "zh-TW", 8],
    ["用 8 張 4090 跑 7B 1T", "zh-TW", 8],
  ])("%s (%s)", (line, lang, gpus) => {
    const read = answer(line, lang);
    expect(read.command).toBe("compute");
    expect(read.readAs.params).toBe(7e9);
    expect(read.readAs.tokens).toBe(1e12);
    expect(read.readAs.gpu).toBe("rtx-4090");
    expect(read.readAs.gpus).toBe(gpus);
    // 6ND / (GPUs × peak × MFU): 4.2e22 / (8 × 165.2e12 × 0.4) = 7.95e7 s, 920 days.
    expect(read.result.seconds as number).toBeCloseTo((6 * 7e9 * 1e12) / (gpus * RTX4090_BF16 * 0.4), -2);
    expect(read.notes).toContain("4090");
  });

  it("7B 1T 3090 is one RTX 3090 model, never 3,090 of anything", () => {
    const read = answer("7B 1T 3090");
    expect(read.readAs.gpu).toBe("rtx-3090");
    expect(read.readAs.params).toBe(7e9);
    expect(read.notes).toMatch(/Read “3090” as the GPU NVIDIA GeForce RTX 3090/);
    // A count of another GPU is still a count: 4,090 H100s.
    const count = answer("7B 1T 4090 H100");
    expect(count.readAs.gpu).toBe("h100-sxm");
    expect(count.readAs.gpus).toBe(4090);
    expect(count.result.seconds as number).toBeCloseTo((6 * 7e9 * 1e12) / (4090 * H100_BF16 * 0.4), -1);
  });

  it.each(["qlora 7B on a 4090", "how much memory to finetune llama-3-8b with qlora on a 4090"])(
    "%s: QLoRA on one RTX 4090 (24 GB)",
    (line) => {
      const read = answer(line);
      expect(read.command).toBe("cards");
      expect(read.readAs.gpu).toBe("rtx-4090");
      expect(read.readAs.mode).toBe("qlora");
      expect(read.result.cards).toBe(1);
      // 90% of the card's 24 × 10⁹ bytes is usable.
      expect(read.result.usableBytesPerCard).toBeCloseTo(0.9 * 24e9, -3);
    },
  );
});

describe("10. fine-tuning words beside a model and GPUs are cards' modes, never a pretraining plan", () => {
  it.each<[string, Lang, string, number]>([
    ["用 8 張 RTX 4090 用 qlora 微調 7B", "zh-TW", "qlora", 1],
    ["qlora 7B on 8 4090s", "en", "qlora", 1],
    // Full fine-tuning: 16 bytes per parameter of mixed-precision Adam (ZeRO, Rajbhandari et al. 2020)
    // is 112 GB for 7B, over 21.6 GB usable per RTX 4090: 6 cards (the layout search's count).
    ["finetune 7B on 8 4090s", "en", "full", 6],
    ["用 8 張 4090 微調 7B", "zh-TW", "full", 6],
  ])("%s (%s)", (line, lang, mode, needed) => {
    const read = answer(line, lang);
    expect(read.command).toBe("cards");
    expect(read.readAs.mode).toBe(mode);
    expect(read.readAs.gpu).toBe("rtx-4090");
    expect(read.readAs.available).toBe(8);
    expect(read.readAs.params).toBe(7e9);
    expect(read.result.cards).toBe(needed);
    expect(read.result.fitsAvailable).toBe(true);
    expect(read.notes).not.toMatch(/Not used|未使用/);
    // Nothing typed is dropped: the 8 GPUs are weighed against what is needed.
    expect(read.notes).toMatch(lang === "en" ? /Fits on the 8 .*RTX 4090.*: \d needed/ : /放得進給定的 8 張/);
  });

  it("QLoRA of 7B is under one card: 4.127 bits per weight (Dettmers et al. 2023, NF4 + double quantization)", () => {
    const read = answer("qlora 7B on 8 4090s");
    // 7e9 × 4.127 / 8 = 3.61 GB of base weights.
    expect(Math.abs((read.result.bytesPerCard as number) / ((7e9 * 4.127) / 8) - 1)).toBeLessThan(1e-3);
    expect(read.result.bytesPerCard as number).toBeLessThan(0.9 * 24e9);
  });
});

describe("2. can I run / serve a model on my GPUs: the memory answer, never a training plan", () => {
  // Llama 3 70B: 70.6B parameters (HF config.json); bf16 weights 2 B each = 141 GB, over 2 × 21.6 GB.
  it.each<[string, string]>([
    ["can i run llama-3-70b on 2 4090s", "cards"],
    ["can I serve llama-3-70b on 2 4090s", "serve"],
  ])("%s", (line, command) => {
    const read = answer(line);
    expect(read.command).toBe(command);
    expect(read.readAs.gpu).toBe("rtx-4090");
    expect(read.readAs.available).toBe(2);
    expect(read.result.fitsAvailable).toBe(false);
    expect((read.result.breakdown as { weights: number }).weights).toBeCloseTo(70.6e9 * 2, -9);
    // Tensor parallel over a power of two: 8 cards in bf16. In int4 the embedding and untied head
    // (2 × 128,256 × 8,192 = 2.1B) stay bf16: (70.55B − 2.1B) × 0.5 B + 2.1B × 2 B = 38.4 GB, 19.2 GB a
    // card with 1.34 GB of the 8K cache and 10% overhead is 22.6 GB > 21.6 GB: 4-bit is not offered at 8K.
    expect(read.result.cards).toBe(8);
    expect(read.notes).toMatch(/Does not fit on the 2 NVIDIA GeForce RTX 4090 24GB given: 8 needed/);
    expect(read.notes).not.toMatch(/4-bit weights \(precision=int4\) it takes 2/);
    // At 2K the cache's half is 0.34 GB: (19.2 + 0.34) × 1.1 = 21.5 GB ≤ 21.6 GB, so 4-bit fits on 2.
    expect(answer(`${line} context=2k`).notes).toMatch(/4-bit weights \(precision=int4\) it takes 2/);
    if (command === "cards") {
      expect(read.readAs.mode).toBe("infer");
      expect(read.notes).toMatch(/Read “run” as serving/);
    }
  });

  it("in 4-bit at 2K it fits on the two cards", () => {
    const read = answer("can i run llama-3-70b on 2 4090s precision=int4 context=2k");
    expect(read.result.cards).toBe(2);
    expect(read.result.fitsAvailable).toBe(true);
    expect(read.result.bytesPerCard as number).toBeLessThanOrEqual(0.9 * 24e9);
    // A run with tokens or a time is still a training run:
    // 6ND / (1024 × 989.4e12 × 0.4) = 8.4e23 / 4.05e17 s = 24.0 days.
    const plan = answer("how long to run 70B 2T on 1024 H100");
    expect(plan.command).toBe("compute");
    expect((plan.result.seconds as number) / DAY).toBeCloseTo(
      (6 * 70e9 * 2e12) / (1024 * H100_BF16 * 0.4) / DAY,
      1,
    );
  });
});

describe("14. GPU-hours as papers and model cards write them", () => {
  // Llama 3.1 405B model card: 30.84M H100-80GB GPU hours; 405B × 15.6T tokens.
  const llama = (6 * 405e9 * 15.6e12) / (30.84e6 * 3600 * H100_BF16);
  // BLOOM (Le Scao et al. 2022): 1,082,990 A100 compute hours, 176B on 366B tokens; A100 bf16 312 TFLOP/s.
  const bloom = (6 * 176e9 * 366e9) / (1_082_990 * 3600 * 312e12);
  // DeepSeek-V3 (2412.19437, Table 1): 2.788M H800 GPU hours, 37B activated of 671B, 14.8T tokens;
  // the H800 has the H100 SXM5 dense bf16 peak, 989.4 TFLOP/s.
  const deepseek = (6 * 37e9 * 14.8e12) / (2.788e6 * 3600 * H100_BF16);
  it.each<[string, string, number, number, Lang]>([
    ["mfu 405B 15.6T 30.84M H100 hours", "h100-sxm", 30.84e6, llama, "en"],
    ["mfu 405B 15.6T 30.84M H100-hours", "h100-sxm", 30.84e6, llama, "en"],
    ["mfu 405B 15.6T 30.84M gpu hours on H100", "h100-sxm", 30.84e6, llama, "en"],
    ["mfu 176B 366B 1,082,990 A100 hours", "a100-80gb-sxm", 1_082_990, bloom, "en"],
    ["mfu 671B 14.8T 2.788M H800 GPU hours 37B active", "h800-sxm", 2.788e6, deepseek, "en"],
    ["mfu 671B 14.8T 2.788M H800 GPU hours 37B activated", "h800-sxm", 2.788e6, deepseek, "en"],
    ["mfu 405B 15.6T 30.84M H100 小時", "h100-sxm", 30.84e6, llama, "zh-TW"],
  ])("%s", (line, gpu, hours, mfu, lang) => {
    const read = answer(line, lang);
    expect(read.command).toBe("mfu");
    expect(read.readAs.gpu).toBe(gpu);
    expect(read.readAs["gpu-hours"]).toBeCloseTo(hours, 0);
    expect(read.result.mfu as number).toBeCloseTo(mfu, 4);
    expect(read.notes).toMatch(lang === "en" ? /as [\d.,]+M? GPU-hours/ : /GPU 小時/);
  });
});

describe("16. a bare `a week`, `a month`, `a day`, `an hour` is a duration; `$50 a day` stays per day", () => {
  // A month is 1/12 of a Julian year (365.25 days), as the duration parser reads it.
  it.each<[string, number]>([
    ["70B 2T 1024 H100 a week", 7 * DAY],
    ["70B 2T 1024 H100 a month", (365.25 / 12) * DAY],
    ["70B 2T 1024 H100 a day", DAY],
    ["70B 2T 1024 H100 an hour", 3600],
  ])("%s", (line, seconds) => {
    const read = answer(line);
    expect(read.readAs.gpus).toBe(1024);
    expect(read.result.seconds as number).toBeCloseTo(seconds, 0);
    // The MFU that time implies: 6ND / (GPUs × peak × seconds).
    const implied = (6 * 70e9 * 2e12) / (1024 * H100_BF16 * seconds);
    expect(JSON.stringify(read.result)).toContain(String(implied).slice(0, 6));
  });

  it("$50 a day and $2 an hour are prices; H100 an hour is a duration", () => {
    expect(answer("70B 2T 1024 H100 $50 a day").readAs.price).toBeCloseTo(50 / 24, 6);
    expect(answer("70B 2T 1024 H100 $2 an hour").readAs.price).toBe(2);
    expect(answer("70B 2T 1024 H100 an hour").readAs.price).toBeUndefined();
  });
});

describe("9. a GPU the bot chose itself is marked assumed", () => {
  it.each<[string, Lang]>([
    ["how much vram for llama 3 8b", "en"],
    ["serve llama-3-8b", "en"],
    ["llama-3-8b 需要多少記憶體", "zh-TW"],
  ])("%s", (line, lang) => {
    const read = answer(line, lang);
    expect(["cards", "serve"]).toContain(read.command);
    expect(read.readAs.gpu).toBe("h100-sxm");
    expect(read.readAs.assumed).toContain("gpu");
    expect(read.rendered.readAs).toMatch(
      lang === "en" ? /H100 SXM5 80GB \(assumed\)/ : /H100 SXM5 80GB（預設）/,
    );
    // Llama 3 8B: 8,030,261,248 parameters (HF config.json), 2 bytes each in bf16.
    expect((read.result.breakdown as { weights: number }).weights).toBe(8_030_261_248 * 2);
  });

  it("a GPU the user named is not assumed, nor a published run's own GPU in its plan", () => {
    expect(answer("cards llama-3-8b gpu=A100").readAs.assumed).not.toContain("gpu");
    expect(answer("llama-3-405b").readAs.assumed ?? []).not.toContain("gpu");
  });
});

describe("8. a two-part question: the time is answered and the other part is named", () => {
  it.each<[string, Lang, RegExp]>([
    [
      "how long for 70B on 15T tokens with 1024 H100s and how much memory",
      "en",
      /Also asked: memory\. .*\/flops cards 70B gpu=H100 mode=train/,
    ],
    [
      "70B 15T 1024 張 H100 要多久 需要多少記憶體",
      "zh-TW",
      /也問了：記憶體。.*\/flops cards 70B gpu=H100 mode=train/,
    ],
  ])("%s", (line, lang, note) => {
    const read = answer(line, lang);
    expect(read.command).toBe("compute");
    expect(read.readAs.tokens).toBe(15e12);
    expect(read.readAs.gpus).toBe(1024);
    // 6ND / (1024 × 989.4e12 × 0.4) = 6.3e24 / 4.05e17 s = 180 days.
    expect((read.result.seconds as number) / DAY).toBeCloseTo(
      (6 * 70e9 * 15e12) / (1024 * H100_BF16 * 0.4) / DAY,
      1,
    );
    // Training state: 16 B × 70B = 1.12 TB over 72 GB usable per H100 = 16 cards (ZeRO, Rajbhandari et al. 2020).
    expect(read.result.cards).toBe(16);
    expect(read.notes).toMatch(note);
  });
});

describe("18. zh-TW Slack phrasings", () => {
  it("H100 跑 70B 要多少張卡: how many H100 serve 70B (cards, infer)", () => {
    const read = answer("H100 跑 70B 要多少張卡", "zh-TW");
    expect(read.command).toBe("cards");
    expect(read.readAs.mode).toBe("infer");
    expect(read.readAs.params).toBe(70e9);
    // 70B × 2 B (bf16) = 140 GB of weights over 72 GB usable per H100: at least 2 cards.
    expect(read.result.cards as number).toBeGreaterThanOrEqual(2);
  });

  it("405B 模型 用 H100 訓練 需要多少記憶體: training memory in cards", () => {
    const read = answer("405B 模型 用 H100 訓練 需要多少記憶體", "zh-TW");
    expect(read.command).toBe("cards");
    expect(read.readAs.mode).toBe("train");
    // Mixed-precision Adam: 16 B per parameter (Rajbhandari et al. 2020) = 6.48 TB of model states.
    expect(read.result.bytesTotal).toBeCloseTo(16 * 405e9, -6);
  });

  it.each<[string, Record<string, number>]>([
    ["七百億參數 兩兆 token", { params: 70e9, tokens: 2e12 }],
    ["70B 2T 一千張 H100", { params: 70e9, tokens: 2e12, gpus: 1000 }],
    ["70B 2T 兩千零四十八張 H100", { params: 70e9, tokens: 2e12, gpus: 2048 }],
    ["一千七百五十億參數 三千億 token", { params: 175e9, tokens: 300e9 }],
  ])("%s: Chinese numerals with 億/兆/千/百/十", (line, expected) => {
    const read = answer(line, "zh-TW");
    for (const [key, value] of Object.entries(expected)) expect(read.readAs[key]).toBe(value);
    // 6ND: GPT-3's 175B × 300B = 3.15e23 (Brown et al. 2020 publishes 3.14e23).
    expect(read.result.flops).toBeCloseTo(6 * (expected.params ?? 0) * (expected.tokens ?? 0), -18);
  });

  it("每秒可以產生多少 token: serve answers with the typed model", () => {
    const read = answer("llama-3-70b 在 H100 上每秒可以產生多少 token", "zh-TW");
    expect(read.command).toBe("serve");
    expect(read.readAs.params).toBeCloseTo(70.6e9, -8);
    expect(read.readAs.gpu).toBe("h100-sxm");
    const tps = (read.result.throughput as { decodeTokensPerSecondPerReplica: number })
      .decodeTokensPerSecondPerReplica;
    // Batch 1 decode is bandwidth-bound (Pope et al. 2022): 141 GB of bf16 weights read per token
    // over TP 4 × 3.35 TB/s (H100 SXM5 datasheet) ≈ 95 tokens/s, a little less with the KV cache.
    expect(tps).toBeGreaterThan(85);
    expect(tps).toBeLessThan((4 * 3.35e12) / (70.6e9 * 2));
  });

  it("20 天 的 MFU 是多少: mfu with the days, and a blamed word as typed", () => {
    const read = answer("70B 2T 1024 張 H100 20 天 的 MFU 是多少", "zh-TW");
    expect(read.command).toBe("mfu");
    expect(read.readAs.days).toBe(20 * DAY);
    expect(read.result.mfu as number).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * 20 * DAY * H100_BF16), 4);
    expect(errorOf("70B 2T H100 mfu=20 天", "zh-TW").text).toContain("「20 天」");
  });
});

describe("19. prices, memory sizes, percents and throughput as people write them", () => {
  // 70B on 2T tokens: 8.4e23 FLOP; at 40% of 1,024 H100s, 590K GPU-hours.
  const gpuHours = (6 * 70e9 * 2e12) / (H100_BF16 * 0.4) / 3600;
  it.each(["70B 2T 1024 H100 @ $2.5/hr", "70B 2T 1024 H100 $2.5/h/gpu", "70B 2T 1024 H100 2.5 usd/h"])(
    "%s is $2.5 per GPU-hour",
    (line) => {
      const read = answer(line);
      expect(read.readAs.price).toBe(2.5);
      expect(read.result.costUsd as number).toBeCloseTo(gpuHours * 2.5, -2);
    },
  );

  it("A100s 80gb is the A100 80GB (its datasheet: 312 TFLOP/s dense bf16)", () => {
    const read = answer("70B 2T 1024 A100s 80gb");
    expect(read.readAs.gpu).toBe("a100-80gb-sxm");
    expect(read.result.peakFlopsPerGpu).toBe(312e12);
  });

  it("40 percent mfu is MFU 40%", () => {
    const read = answer("70b 2T 1024 H100 at 40 percent mfu");
    expect(read.command).toBe("compute");
    expect(read.readAs.mfu).toBe(0.4);
    expect(read.readAs.assumed).not.toContain("mfu");
  });

  it("tokens/s=1M is a throughput: MFU = 6N × tokens/s / (GPUs × peak)", () => {
    const read = answer("70B 2T 1024 H100 tokens/s=1M");
    expect(read.command).toBe("mfu");
    expect(read.readAs["tokens-per-second"]).toBe(1e6);
    expect(read.result.mfu as number).toBeCloseTo((6 * 70e9 * 1e6) / (1024 * H100_BF16), 6);
  });

  it.each<[string, RegExp]>([
    ["70B 2T 1024 H1OO", /\/flops 70B 2T 1024 H100$/],
    ["70B 2T 1024 H100 banana", /\/flops 70B 2T 1024 H100$/],
  ])("%s: the refusal ends with the question corrected", (line, hint) => {
    const error = errorOf(line);
    expect(error.text.trim()).toMatch(hint);
    expect(error.text).not.toContain("175B 300B\n");
  });
});

describe("17. natural option values", () => {
  it.each<[string, string, number]>([
    // Mixed-precision Adam: 16 B per parameter (ZeRO, Rajbhandari et al. 2020).
    ["cards 70b gpu=h100 mode=training", "train", 16 * 70e9],
    // Serving: 2 B per bf16 weight.
    ["cards 70b gpu=h100 mode=inference", "infer", 2 * 70e9],
  ])("%s", (line, mode, bytes) => {
    const read = answer(line);
    expect(read.readAs.mode).toBe(mode);
    const breakdown = read.result.breakdown as Record<string, number>;
    const states = (breakdown.weights ?? 0) + (breakdown.gradients ?? 0) + (breakdown.optimizer ?? 0);
    expect(states).toBeCloseTo(bytes, -6);
  });

  it("bare tied is tied=true: the head shares the embedding, V·d fewer parameters", () => {
    // Gemma 2 9B's shape (HF config.json: 42 layers, hidden 3584, 16 heads, 8 KV heads, head_dim
    // 256, intermediate 14336, vocab 256000, tie_word_embeddings true).
    const shape = "params decoder layers=42 d=3584 heads=16 kv-heads=8 head-dim=256 ffn=14336 vocab=256000";
    const tied = answer(`${shape} tied`);
    const untied = answer(shape);
    expect(tied.readAs.tied).toBe(true);
    expect((untied.result.total as number) - (tied.result.total as number)).toBe(256_000 * 3584);
  });

  it("a suggestion is never the name as typed (no “Did you mean tied?” for tied)", () => {
    const error = unknownOptionError("params", "tied", "tied", ["tied", "tie", "heads"], ["tied", "heads"]);
    expect(error.params.suggestions ?? "").not.toMatch(/\btied\b/);
  });
});

describe("15. bf16 vs fp8: refused with the question's own two lines, each of which answers", () => {
  // H100 SXM5 dense peaks: 989.4 TFLOP/s bf16, 1,978.9 fp8 (datasheet): fp8 halves the planned time.
  it.each<[string, Lang, number]>([
    ["70B 15T 1024 H100 bf16 vs fp8", "en", 15e12],
    ["bf16 vs fp8 for 70B 15T on 1024 H100", "en", 15e12],
    ["70B 2T 1024 張 H100 bf16 和 fp8 差多少", "zh-TW", 2e12],
  ])("%s", (line, lang, tokens) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.twoPrecisions");
    const { one, other } = (reply.error?.params ?? {}) as { one: string; other: string };
    expect(localize(reply, lang).hint).toContain(`/flops ${other}`);
    const bf16 = answer(one, lang);
    const fp8 = answer(other, lang);
    expect(bf16.readAs.precision).toBe("bf16");
    expect(fp8.readAs.precision).toBe("fp8");
    const flop = 6 * 70e9 * tokens;
    expect(bf16.result.seconds as number).toBeCloseTo(flop / (1024 * H100_BF16 * 0.4), -3);
    expect(fp8.result.seconds as number).toBeCloseTo(flop / (1024 * 1978.9e12 * 0.4), -3);
  });
});

describe("20. JSON readAs: the wall time under its unit's name", () => {
  it("readAs.days keeps its contract (seconds, base units) and readAs.seconds names the unit", () => {
    const read = answer("70B 2T H100 in a week");
    expect(read.readAs.days).toBe(7 * DAY);
    expect(read.readAs.seconds).toBe(7 * DAY);
    // 6ND / (7 days × peak × MFU 40%) on H100: the GPUs that deadline needs.
    expect(read.result.gpus).toBe(Math.ceil((6 * 70e9 * 2e12) / (7 * DAY * H100_BF16 * 0.4)));
  });
});

describe("25. compare: the word between two names is no name", () => {
  it.each(["compare gpt3 vs palm", "compare gpt3 versus palm"])("%s", (line) => {
    const read = answer(line);
    expect(read.readAs.names).toBe("gpt3 palm");
    expect(read.rendered.readAs).not.toMatch(/\bvs\b|versus/);
    // GPT-3 175B (Brown et al. 2020) and PaLM 540B (Chowdhery et al. 2022), in that order.
    const runs = read.result.models as { id: string; params: number }[];
    expect(runs.map((run) => run.id)).toEqual(["gpt-3-175b", "palm-540b"]);
    expect(runs[0]?.params).toBe(175e9);
  });
});

describe("zh-TW notes quote the words as typed", () => {
  it("跑 and 小時 are named as typed, not as the English they were read as", () => {
    const served = answer("用 2 張 4090 跑 llama-3-70b", "zh-TW");
    expect(served.command).toBe("cards");
    expect(served.notes).toContain("將「跑」解讀為部署推論");
    const hours = answer("mfu 405B 15.6T 30.84M H100 小時", "zh-TW");
    expect(hours.notes).toContain("將「30.84M H100 小時」解讀為");
    expect(hours.notes).not.toMatch(/running|hours」/);
  });
});

describe("a refusal's Try line never drops a word that carries meaning", () => {
  it.each<[string, RegExp]>([
    // Without "day" the rest reads 1,000 requests a second: 86,400× the rate asked.
    ["serve 8B H100 1000 requests a day", /\/flops serve llama-3-8b gpu=H100$/],
    // Without "half" the rest asks for the whole time.
    ["70B 2T 1024 H100 in half the time", /\/flops 175B 300B$/],
  ])("%s: the command's example, not the line without the blamed word", (line, hint) => {
    const error = errorOf(line);
    expect(error.text.trim()).toMatch(hint);
  });
});

describe("how many GPUs, asked beside a compute question, is never dropped silently", () => {
  it.each<[string, Lang]>([
    ["how many gpus for 70B", "en"],
    ["how many GPUs does 70B need", "en"],
    ["how many cards for 70B", "zh-TW"],
  ])("%s: the compute answer, and a note naming cards with a GPU", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compute");
    const note = reply.notes.find((n) => n.key === "read.alsoAskedCount");
    expect(note?.params?.example).toBe("cards 70B gpu=H100 mode=train");
  });

  it("with a deadline compute counts the GPUs itself: no note", () => {
    const reply = ask("how many gpus to train 70B on 2T tokens in 30 days on H100");
    expect(reply.notes.map((n) => n.key)).not.toContain("read.alsoAskedCount");
  });
});
