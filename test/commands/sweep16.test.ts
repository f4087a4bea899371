import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

/** Dense bf16 peaks: NVIDIA H100 SXM5 datasheet 989.4 TFLOP/s, A100 SXM4 datasheet 312 TFLOP/s. */
const H100 = 989.4e12;
const A100 = 312e12;
const DAY = 86_400;

describe("two GPUs side by side with a count on one only (`70B 2T on H100 and 1024 A100`)", () => {
  // Before: refused as “Two GPU counts asked (H100 vs 1024 A100)”, though one count was typed, with
  // the Try line `70B 2T on H100`, which dropped the A100 and the count.
  // 6ND = 6 × 70B × 2T = 8.4e23 FLOP (Kaplan et al. 2020); at 40% MFU on 1,024 GPUs.
  const flops = 6 * 70e9 * 2e12;
  it.each([
    ["70B 2T on H100 and 1024 A100", "en"],
    ["70B 2T on H100 vs 1024 A100", "en"],
    ["70B 2T 用 H100 和 1024 張 A100", "zh-TW"],
  ] as const)("%s: both at 1,024 GPUs, the count's reading said", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    const r = reply.result as { byGpu: { gpus: number; seconds: number }[] };
    expect(r.byGpu.map((one) => one.gpus)).toEqual([1024, 1024]);
    expect(r.byGpu[0]?.seconds).toBeCloseTo(flops / (1024 * H100 * 0.4), 0);
    expect(r.byGpu[1]?.seconds).toBeCloseTo(flops / (1024 * A100 * 0.4), 0);
    // 24.0 days on H100, 76.1 on A100.
    expect((r.byGpu[0]?.seconds ?? 0) / DAY).toBeCloseTo(24.0, 1);
    expect((r.byGpu[1]?.seconds ?? 0) / DAY).toBeCloseTo(76.1, 1);
    expect(said(line, lang)).toContain(lang === "en" ? "no count was typed for H100" : "H100 沒有給張數");
  });

  it("the same answer as the count before the first (`1024 H100 and A100`), which says nothing more", () => {
    expect(result("70B 2T on H100 and 1024 A100").byGpu).toEqual(
      result("70B 2T on 1024 H100 and A100").byGpu,
    );
    expect(said("70B 2T on 1024 H100 and A100")).not.toContain("no count was typed");
  });

  it("two different counts stay refused, each named as typed (`512 H100 vs 1024 A100`)", () => {
    const reply = ask("70B 2T on 512 H100 vs 1024 A100");
    expect(reply.error?.key).toBe("read.twoGpuCounts");
    expect(reply.error?.params).toMatchObject({ first: "512 H100", second: "1024 A100" });
  });

  it("a count after the second GPU and another in gpus= is refused as given twice, not the last one taken", () => {
    const reply = ask("70B 2T H100 vs 1024 A100 gpus=512");
    expect(reply.ok).toBe(false);
    expect(said("70B 2T H100 vs 1024 A100 gpus=512")).toContain("1024");
  });
});

describe("萬億 (10⁴ × 10⁸ = 10¹², a trillion, as 兆 is in Taiwan) and 萬/千 with 億 read as one number", () => {
  // Before: `1.4萬億` was refused on 億 (“我不知道「億」…”): 萬 was read alone (1.4e4) and 億 left over.
  it.each([
    ["70B 參數 1.4萬億 tokens", 70e9, 1.4e12],
    ["700億參數 2萬億 token", 70e9, 2e12],
    ["70B 1.5 萬億 tokens", 70e9, 1.5e12],
    ["70B 1.4 万亿 tokens", 70e9, 1.4e12],
    ["70B 一點四萬億 token", 70e9, 1.4e12],
    // 一萬四千億 = 14,000 億 = 1.4 × 10¹², also with digits.
    ["七百億參數 一萬四千億 token", 70e9, 1.4e12],
    ["70B 1萬4千億 tokens", 70e9, 1.4e12],
    ["70B 1萬4000億 tokens", 70e9, 1.4e12],
    // 千億 = 10¹¹: 4千億 is 400B.
    ["4千億 參數 2兆 token", 400e9, 2e12],
  ])("%s: %d parameters, %d tokens, 6ND as typed", (line, params, tokens) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { params: number; tokens: number; flops: number };
    expect(r.params).toBe(params);
    expect(r.tokens).toBeCloseTo(tokens, -3);
    expect(r.flops).toBeCloseTo(6 * params * tokens, -12);
  });

  it("the same reading as 兆 and as 1.4T (LLaMA 65B's 1.4T tokens, Touvron et al. 2023)", () => {
    expect(result("65B 1.4萬億 tokens").tokens).toBe(result("65B 1.4兆 tokens").tokens);
    expect(result("65B 1.4萬億 tokens").flops).toBe(result("65B 1.4T tokens").flops);
    expect(said("70B 1.4萬億 tokens", "zh-TW")).toContain("1.4T token (1.4 兆)");
  });

  it("萬 alone is still 10⁴ (1 萬張 H100: 10,000 GPUs), and `1萬4億` (14,000 or 10,004?) is refused, never guessed", () => {
    expect(result("70B 2T 1 萬張 H100").gpus).toBe(10_000);
    expect(ask("70B 1萬4億 tokens", "zh-TW").ok).toBe(false);
  });
});

describe("兆, 億 and 萬 in one number, largest first (一兆四千億 = 10¹² + 4,000 × 10⁸ = 1.4 × 10¹²)", () => {
  // Before: 一兆四千億 was two numbers, 1e12 and 4000e8, refused as “我不知道「1e12」…”, a word nobody
  // typed; with no other number it read 1T parameters and 400B tokens. LLaMA 65B: 1.4T tokens
  // (Touvron et al. 2023), as 1.4 兆 or 一兆四千億.
  it.each([
    ["七百億參數 一兆四千億 token", 70e9, 1.4e12],
    ["七百億 1兆4000億", 70e9, 1.4e12],
    ["七百億 2兆5千億", 70e9, 2.5e12],
    ["三千五百億 參數 一兆四千億 token", 350e9, 1.4e12],
    ["一億兩千萬 參數 24億 token", 1.2e8, 2.4e9],
    ["一兆四千億 token 七百億 參數", 70e9, 1.4e12],
  ])("%s: %d parameters, %d tokens, 6ND as typed", (line, params, tokens) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { params: number; tokens: number; flops: number };
    expect(r.params).toBe(params);
    expect(r.tokens).toBe(tokens);
    expect(r.flops).toBeCloseTo(6 * params * tokens, -12);
  });

  it("七百億參數 一兆四千億 token: 6 × 7e10 × 1.4e12 = 5.88e23 FLOP, read as 1.4T (1.4 兆)", () => {
    expect(result("七百億參數 一兆四千億 token").flops).toBeCloseTo(5.88e23, -19);
    expect(said("七百億參數 一兆四千億 token", "zh-TW")).toContain("1.4T token (1.4 兆)");
  });

  it("一萬兩千張 H100 is 12,000 GPUs (10⁴ + 2,000), not 10,000 and 2,000", () => {
    expect(result("70B 2T 一萬兩千張 H100").gpus).toBe(12_000);
    expect(result("70B 2T 1萬2000張 H100").gpus).toBe(12_000);
  });

  it.each([
    // 14,000 億 after 兆 (a part of 10⁴ or more); 1萬4 億 (14,000 or 10,004 億?); units that grow.
    ["70B 1兆14000億 tokens", "1兆14000億"],
    ["七百億 一萬四億 token", "一萬四億"],
    ["1萬4億 token", "1萬4億"],
    ["700億2兆", "700億2兆"],
  ])("%s is refused, naming %s as typed (never two numbers read out of it)", (line, typed) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.chineseNumber");
    expect(reply.error?.params?.value).toBe(typed);
  });

  it.each(["七百億 一兆四千億 兩兆", "三千萬 一萬四億", "params 七百億", "params 一兆四千億"])(
    "%s: the refusal names only words as typed, no number as read (1e12, 4e8, 700e8)",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(false);
      expect(said(line, "zh-TW")).not.toMatch(/[「“]\d+(?:\.\d+)?e\d+/);
    },
  );

  it("the word blamed is the one typed: 兩兆 (not 2e12), 七百億 (not 700e8)", () => {
    expect(ask("七百億 一兆四千億 兩兆", "zh-TW").error?.params).toMatchObject({ value: "兩兆" });
    expect(ask("params 七百億", "zh-TW").error?.params).toMatchObject({ kind: "七百億" });
  });
});

describe("an MFU question with GPUs, days, parameters and tokens in any order, `mfu` anywhere", () => {
  // MFU = 6ND / (GPUs × t × dense peak) (Chowdhery et al. 2022 App. B, 6N per token).
  const mfu = (n: number, d: number, gpus: number, days: number, peak: number) =>
    (6 * n * d) / (gpus * days * DAY * peak);

  // The seed's example: GPT-3 175B on 300B tokens (Brown et al. 2020) on 1,024 A100 for 34 days
  // (Narayanan et al. 2021's estimate): 3.15e23 / (1,024 × 34 d × 312 TFLOP/s) = 33.6%.
  it.each([
    "mfu 175B 300B 1024 A100 34 days",
    "175B 300B 1024 A100 34 days mfu",
    "1024 A100 34 days 175B 300B mfu",
    "175B 300B mfu 1024 A100 34 days",
    "175B mfu 300B 1024 A100 34 days",
  ])("%s: GPT-3 at 33.6%", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("mfu");
    expect(result(line).mfu6N).toBeCloseTo(mfu(175e9, 300e9, 1024, 34, A100), 6);
    expect(result(line).mfu6N).toBeCloseTo(0.336, 3);
  });

  // 70B on 1.4T tokens (Chinchilla's 20 per parameter) on 2,048 A100 for 30 days: 35.5%.
  // Before: `1.4T mfu` was read as MFU 1.4T (“must be above 0% and at most 100%”), `, mfu?` after
  // a size was not the question, and `ran` was refused.
  it.each([
    "2048 A100 30 days 70B 1.4T mfu",
    "70B 1.4T mfu 2048 A100 30 days",
    "70B mfu 1.4T 2048 A100 30 days",
    "70B 30 days 1.4T mfu 2048 A100",
    "70B 1.4T 2048 A100 mfu 30 days",
    "70B 1.4T mfu 2048xA100 30d",
    "30 days on 2048 A100 70B 1.4T, mfu?",
    "what was the mfu if 2048 A100 ran 30 days for 70B 1.4T",
  ])("%s: 35.5%", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("mfu");
    expect(reply.asked?.raw).toMatchObject({ params: "70B", tokens: "1.4T" });
    expect(result(line).mfu6N).toBeCloseTo(mfu(70e9, 1.4e12, 2048, 30, A100), 6);
    expect(result(line).mfu6N).toBeCloseTo(0.355, 3);
  });

  it("LLaMA 65B: 1.4T tokens on 2,048 A100-80GB in about 21 days (Touvron et al. 2023 §2.4) is 47%", () => {
    expect(result("65B 1.4T mfu 2048 A100 21 days").mfu6N).toBeCloseTo(mfu(65e9, 1.4e12, 2048, 21, A100), 6);
    expect(result("65B 1.4T mfu 2048 A100 21 days").mfu6N).toBeCloseTo(0.471, 3);
  });

  it("an MFU beside its label stays a planned MFU in compute, whatever is before it (`2T mfu 45%`, `$2/h mfu 40%`)", () => {
    // Before: `2T mfu 45%` and `$2/h mfu 40%` were refused as “mfu is given twice, as 2T and 45%”.
    for (const line of [
      "70B 2T mfu 45% 1024 H100",
      "70B 2T 45% mfu 1024 H100",
      "70B 2T 0.45 mfu 1024 H100",
    ]) {
      const reply = ask(line);
      expect(reply.command).toBe("compute");
      expect(reply.asked?.raw).toMatchObject({
        params: "70B",
        tokens: "2T",
        mfu: expect.stringMatching(/^(45%|0\.45)$/),
      });
      expect(result(line).mfu).toBe(0.45);
    }
    const priced = ask("70B 15T $2/h mfu 40% on 1024 H100");
    expect(priced.ok).toBe(true);
    expect(priced.asked?.raw).toMatchObject({ price: "$2/h", mfu: "40%" });
  });
});

describe("whether a model fits on a few GPUs (`is 8 H100 enough for 70B`, `qwen2.5 7b on a 3090`): the serving verdict, not a training run", () => {
  // Serving memory (README, Cards): weights N × 2 B (bf16) + KV cache + 10% overhead, against 90% of
  // each card (vLLM gpu_memory_utilization 0.9), on a power-of-two tensor-parallel size.
  it.each([
    ["is 8 H100 enough for 70B", "en"],
    ["does 70B fit on 8 H100", "en"],
    ["8 H100 夠嗎 70B", "zh-TW"],
  ] as const)(
    "%s: 70B × 2 B = 140 GB + 10% = 154 GB: TP 4 on 72 GB cards, fits on the 8 given",
    (line, lang) => {
      // Before: `is 8 H100 enough for 70B` (and 夠嗎) was a training plan on 1.4T assumed tokens, 5.9 years.
      const reply = ask(line, lang);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("cards");
      const r = reply.result as Record<string, unknown>;
      expect(r).toMatchObject({ mode: "infer", cards: 4, available: 8, fitsAvailable: true });
      expect(r.bytesTotal).toBeCloseTo(154e9, -3);
      expect(said(line, lang)).toContain(lang === "en" ? "as serving" : "部署推論");
    },
  );

  it.each([
    ["qwen2.5 7b on a 3090", "qwen2.5-7b", 1, 7_615_616_512],
    ["llama 3 8b on a 4090", "llama-3-8b", 1, 8_030_261_248],
  ])("%s: serving %s on %d card, the reading said", (line, model, available, params) => {
    // Before: the run's training on one card (Qwen2.5 7B on its 18T tokens: years on a 3090).
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    const r = reply.result as Record<string, unknown>;
    expect(r).toMatchObject({ mode: "infer", cards: 1, available, fitsAvailable: true });
    expect((r.breakdown as { weights: number }).weights).toBe(params * 2);
    expect(said(line)).toContain(`Read ${model} on 1 × `);
  });

  it("Qwen2.5-7B's KV cache at its 4,096 context: 2 × 28 layers × 4 KV heads × 128 × 2 B × 4,096 (config.json)", () => {
    const r = result("qwen2.5 7b on a 3090");
    expect(r.breakdown.kvCache).toBe(2 * 28 * 4 * 128 * 2 * 4096);
    // 15.2 GB weights + 0.23 GB KV + 10% = 17.0 GB ≤ 21.6 GB usable of the 3090's 24 GB.
    expect(r.bytesTotal).toBeCloseTo((15_231_233_024 + 234_881_024) * 1.1, -3);
    expect(r.usableBytesPerCard).toBe(21.6e9);
  });

  it.each([
    "70B 2T on 8 H100",
    "is 8 H100 enough to train 70B",
    "is 2T tokens enough for 70B on 8 H100",
    "llama 3 70b on 512 H100",
    "llama 3 8b 2T on a 4090",
  ])("%s: still a training plan (tokens, a training word, or a cluster)", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compute");
  });

  it("70B 2T on 8 H100: 8.4e23 FLOP at 40% of 989.4 TFLOP/s on 8 GPUs is 8.4 years", () => {
    const seconds = (6 * 70e9 * 2e12) / (8 * H100 * 0.4);
    expect(result("70B 2T on 8 H100").seconds).toBeCloseTo(seconds, -3);
    expect(seconds / (365.25 * DAY)).toBeCloseTo(8.4, 1);
  });
});
