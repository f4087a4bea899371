import { describe, expect, it } from "vitest";
import { ask, rendered, result, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16; NVIDIA A100 datasheet: 312 TFLOP/s dense bf16. */
const H100 = 989.4e12;
const A100 = 312e12;
const DAY = 86_400;

describe("a count of GPUs in 萬 (1 萬張 H100, 一萬張, 1.6 萬張): 10,000 GPUs, never refused", () => {
  // Llama 3 405B on 15T tokens (Kaplan et al. 2020: C ≈ 6ND = 3.645e25 FLOP) over 10,000 H100 at 40%.
  it.each([
    "用 1 萬張 H100 訓練 405B 15T 要多久",
    "405B 15T 1 萬張 H100",
    "405B 15T 一萬張 H100",
    "405B 15T 1萬張 H100",
  ])("%s: 10,000 × H100, time = 6ND / (10,000 × 989.4 TFLOP/s × 40%)", (line) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { gpus: number; seconds: number; flops: number };
    expect(r.gpus).toBe(10_000);
    expect(r.flops).toBeCloseTo(6 * 405e9 * 15e12, -21);
    expect(r.seconds).toBeCloseTo((6 * 405e9 * 15e12) / (10_000 * H100 * 0.4), -2);
  });

  it("1.6 萬張 H100 is 16,000 GPUs (Llama 3 405B's 16K H100)", () => {
    const reply = ask("405B 15T 1.6 萬張 H100", "zh-TW");
    expect((reply.result as { gpus: number }).gpus).toBe(16_000);
  });
});

describe("a colon after a unit or a command (`21 days: mfu?`, `mfu: 70B …`) ends the clause, as a comma does", () => {
  // 6 × 70B × 2T = 8.4e23 FLOP over 2,048 A100 × 21 days × 312 TFLOP/s = 72.5%, flagged as suspicious.
  it.each([
    "70B model, 2T tokens, 2048 A100s, 21 days: mfu?",
    "70B 2T 2048 A100s 21 days: mfu?",
    "mfu: 70B 2T 2048 A100 21 days",
  ])("%s: MFU = 6ND / (2,048 × 21 d × 312 TFLOP/s) ≈ 72.5%", (line) => {
    const reply = ask(line);
    expect(reply.command).toBe("mfu");
    expect(reply.ok).toBe(true);
    expect(result(line).mfu).toBeCloseTo((6 * 70e9 * 2e12) / (2048 * 21 * DAY * A100), 3);
  });

  it("70B 15T H100: is the H100 (the colon dropped), and a :rocket: shortcode is still an emoji", () => {
    expect(rendered("70B 15T H100:").readAs).toContain("H100");
    expect(ask("70B 15T :rocket:").ok).toBe(true);
  });
});

describe("a second size in a fit question (`70B 40B fit on 4 A100`): the Try line keeps the GPUs typed", () => {
  it("en: Try /flops 70B fit on 4 A100, which answers 70B on 4 × A100", () => {
    const reply = ask("70B 40B fit on 4 A100");
    expect(reply.ok).toBe(false);
    expect(said("70B 40B fit on 4 A100")).toContain("Try: /flops 70B fit on 4 A100");
    expect(ask("70B fit on 4 A100").ok).toBe(true);
  });

  it("zh-TW: 試試 the line without 40B, its 4 張 A100 kept, in the asker's words", () => {
    const line = "70B 40B 放得下 4 張 A100 嗎";
    expect(ask(line, "zh-TW").ok).toBe(false);
    expect(said(line, "zh-TW")).toContain("/flops 70B 放得下 4 張 A100 嗎");
    const fixed = ask("70B 放得下 4 張 A100 嗎", "zh-TW");
    expect(fixed.ok).toBe(true);
    expect(fixed.command).toBe("cards");
  });
});

describe("zh-TW words of a meeting question: 放得進 (fits), 全參數微調 (full fine-tune), 服務 (serve), 應該 (should)", () => {
  it.each([
    ["llama 3.1 405b fp8 放得進 8 張 H200 嗎", 8],
    ["70B 放得進兩張 A100 嗎", 2],
  ] as const)("%s: the fit question (cards, serving), its %i GPUs kept", (line, gpus) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect(reply.asked?.raw).toMatchObject({ available: String(gpus), mode: "infer" });
  });

  it("llama 3.1 405b fp8 放得進 8 張 H200: 406B × 1 B = 406 GB of fp8 weights, 4 × H200 (141 GB) hold them", () => {
    const r = ask("llama 3.1 405b fp8 放得進 8 張 H200 嗎", "zh-TW").result as { cards: number };
    expect(r.cards).toBe(4);
  });

  it.each(["全參數微調 8b 需要幾張 4090", "全量微調 llama 3 8b 要幾張 A100"])(
    "%s: full fine-tuning (mode=full, 16 B per parameter of mixed-precision Adam)",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      expect(reply.asked?.raw.mode).toBe("full");
    },
  );

  it("llama 3 70b 服務 100 個使用者 需要幾張 H100: serve at batch 100", () => {
    const reply = ask("llama 3 70b 服務 100 個使用者 需要幾張 H100", "zh-TW");
    expect(reply.command).toBe("serve");
    expect(reply.asked?.raw.batch).toBe("100");
  });

  it("7B 模型應該訓練多少 token: 20 × 7B = 140B tokens (Hoffmann et al. 2022)", () => {
    const reply = ask("7B 模型應該訓練多少 token", "zh-TW");
    expect(reply.ok).toBe(true);
    expect((reply.result as { chinchillaTokens: number }).chinchillaTokens).toBe(140e9);
  });
});

describe("TPUs counted in chips (`1024 TPU v5p chips`, `6144 TPU v4 chips`), as PaLM counts them", () => {
  /** Google Cloud TPU docs: v4 275 TFLOP/s bf16, v5p 459 TFLOP/s bf16 per chip. */
  const V4 = 275e12;
  const V5P = 459e12;
  it.each(["1024 TPU v5p chips 7B 2T", "7B 2T on TPU v5p 1024 chips", "7B 2T on 1024 chips TPU v5p"])(
    "%s: 1,024 × TPU v5p, time = 6ND / (1,024 × 459 TFLOP/s × 40%)",
    (line) => {
      const r = result(line);
      expect(r.gpus).toBe(1024);
      expect(r.seconds).toBeCloseTo((6 * 7e9 * 2e12) / (1024 * V5P * 0.4), -2);
    },
  );

  it("540B 780B on 6144 TPU v4 chips for 50 days mfu: 6ND / (6,144 × 50 d × 275 TFLOP/s) = 34.6%", () => {
    const line = "540B 780B on 6144 TPU v4 chips for 50 days mfu";
    expect(ask(line).command).toBe("mfu");
    expect(result(line).mfu).toBeCloseTo((6 * 540e9 * 780e9) / (6144 * 50 * DAY * V4), 4);
  });
});

describe("a bare context length in thousands when serving (`serve llama 3 8b on H100 at 8k`)", () => {
  // Llama 3 8B config.json: 32 layers, 8 KV heads, head dim 128 → 2 × 32 × 8 × 128 × 2 B = 131,072 B a token.
  it.each([
    ["serve llama 3 8b on H100 at 8k", 8192],
    ["cards llama 3 8b gpu=H100 at 8k", 8192],
    ["serve llama 3.1 8b on H100 at 32k", 32_768],
  ] as const)("%s: context %i, KV cache 131,072 B × context", (line, context) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const r = reply.result as { breakdown: { kvCache: number }; serving: { kvBytesPerToken: number } };
    expect(r.serving.kvBytesPerToken).toBe(2 * 32 * 8 * 128 * 2);
    expect(r.breakdown.kvCache).toBe(131_072 * context);
    expect(said(line)).toContain("as the context length");
  });

  it("zh-TW says the reading in Chinese", () => {
    expect(said("serve llama 3 8b on H100 at 8k", "zh-TW")).toContain("解讀為上下文長度");
  });

  it("`serve … on H100 8k` (no `at`) stays unread: right after a GPU it may be a count", () => {
    expect(ask("serve llama 3 8b on H100 8k").ok).toBe(false);
  });

  it("a training line keeps `H100 8k` as 8,000 GPUs (compute counts GPUs in thousands)", () => {
    expect(result("70B 15T H100 8k").gpus).toBe(8000);
  });
});

describe("`per` asking for a row (`KV cache per token`, `tokens per param`, 每個 token) is no word to refuse", () => {
  // Llama 3 70B config.json: 80 layers, 8 KV heads, head dim 128 → 2 × 80 × 8 × 128 × 2 B = 327,680 B a token.
  it.each([
    ["what's the KV cache per token of llama 3 70b", "en"],
    ["llama 3 70b 的 kv cache 每個 token 多大", "zh-TW"],
  ] as const)("%s: cards, 327,680 B of KV cache a token in bf16", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { serving: { kvBytesPerToken: number } }).serving.kvBytesPerToken).toBe(
      2 * 80 * 8 * 128 * 2,
    );
  });

  it.each(["tokens per param for llama 3 8b", "how many tokens per parameter did llama 3 8b see"])(
    "%s: compute, 15T / 8.03B ≈ 1,868 tokens per parameter (Llama 3 model card; config.json)",
    (line) => {
      const reply = ask(line);
      expect(reply.command).toBe("compute");
      expect(result(line).tokensPerParam).toBeCloseTo(15e12 / 8_030_261_248, 0);
    },
  );

  it("a price per hour still reads as a price: 70B 15T H100 $2 per hour is $2/GPU-hour", () => {
    expect(rendered("70B 15T H100 $2 per hour").readAs).toContain("$2/GPU-hour");
  });

  it("is 18T tokens overkill for a 7b: 7B on 18T, 128× the Chinchilla-optimal 140B (Hoffmann et al. 2022)", () => {
    const r = result("is 18T tokens overkill for a 7b");
    expect(r.tokens).toBe(18e12);
    expect(r.chinchillaTokens).toBe(140e9);
  });
});

describe("a context length and GPUs with no tokens (`llama 3.1 8b 128k context on one H100`): the fit question, not training", () => {
  // Llama 3.1 8B config.json: 2 × 32 layers × 8 KV heads × 128 × 2 B = 131,072 B a token; × 131,072 tokens = 17.2 GB.
  it.each([
    ["llama 3.1 8b 128k context on one H100", "en"],
    ["llama 3.1 8b 128k 上下文 一張 H100", "zh-TW"],
  ] as const)("%s: cards, serving, KV cache 131,072 B × 131,072 tokens", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect(reply.asked?.raw).toMatchObject({ context: "128k", available: "1" });
    const r = reply.result as { fits: boolean; breakdown: { kvCache: number; weights: number } };
    expect(r.breakdown.kvCache).toBe(131_072 * 131_072);
    expect(r.breakdown.weights).toBe(8_030_261_248 * 2);
  });

  it("llama 3.1 70b context=128k on 4 H100: cards", () => {
    expect(ask("llama 3.1 70b context=128k on 4 H100").command).toBe("cards");
  });

  it.each([
    "70b 15t h100 8k context",
    "llama 3 8b 8k context 15T tokens on 512 H100",
    "llama 3.1 8b 128k context on 64 H100 for 10 days",
  ])("%s: tokens or a time said, still a training run (compute)", (line) => {
    expect(ask(line).command).toBe("compute");
  });
});

describe("GPUs joined by a slash (`H100/A100 specs`, `70B 15T H100/A100`) as by `vs`", () => {
  it("H100/A100 specs: the catalog's lines for both, as `H100 vs A100 specs`", () => {
    const reply = ask("H100/A100 specs");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("gpus");
    expect(rendered("H100/A100 specs").readAs).toBe(rendered("H100 vs A100 specs").readAs);
  });

  it("70B 15T 1024 H100/A100: the plan on both, 6ND / (1,024 × peak × 40%) on each", () => {
    const reply = ask("70B 15T 1024 H100/A100");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.gpu).toBe("H100,A100");
  });

  it("a price and a rate keep their slash: $2/h, 5 req/s", () => {
    expect(rendered("70B 15T H100 $2/h").readAs).toContain("$2/GPU-hour");
    expect(rendered("serve llama 3 8b on H100 5 req/s").readAs).toContain("rate 5/s");
  });
});

describe("a GPU count grouped in threes with spaces (`10 000 H100`, `16 384 H100s`)", () => {
  it.each([
    ["70B 15T 10 000 H100", 10_000, 70e9, 15e12],
    ["70B 15T on 10 000 GPUs H100", 10_000, 70e9, 15e12],
    ["405B 15.6T on 16 384 H100s", 16_384, 405e9, 15.6e12],
  ] as const)("%s: %i × H100, time = 6ND / (GPUs × 989.4 TFLOP/s × 40%)", (line, gpus, n, d) => {
    const r = result(line);
    expect(r.gpus).toBe(gpus);
    expect(r.seconds).toBeCloseTo((6 * n * d) / (gpus * H100 * 0.4), -2);
  });

  it("two numbers before no GPU stay two (`70B 15T H100 100 200` is refused, never 100,200)", () => {
    expect(ask("70B 15T H100 100 200").ok).toBe(false);
  });
});

describe("`chinchilla` after a size asks the rule, never the Chinchilla run's figures for another size", () => {
  // Before: `1.5B params how many tokens for chinchilla` filled Chinchilla 70B's 1.4T tokens and 80 layers in.
  it.each([
    ["1.5B params how many tokens for chinchilla", 1.5e9],
    ["7B how many tokens for chinchilla", 7e9],
    ["1.5B chinchilla", 1.5e9],
  ] as const)("%s: chinchilla, D* = 20 × N (Hoffmann et al. 2022)", (line, params) => {
    const reply = ask(line);
    expect(reply.command).toBe("chinchilla");
    expect(result(line).tokens).toBe(20 * params);
  });

  it("a comparison keeps the run: gpt-3 vs chinchilla compares the two", () => {
    expect(ask("gpt-3 vs chinchilla").command).toBe("compare");
  });
});

describe("Slack shorthand and asides are no words to refuse: `->`, `from scratch`, `in PF-days`", () => {
  /** AMD Instinct MI300X datasheet: 1,307.4 TFLOP/s dense bf16. */
  const MI300X = 1307.4e12;
  it("13B, 2.6T tokens, 256 MI300X, 50 days -> mfu: 6ND / (256 × 50 d × 1,307.4 TFLOP/s) = 14.0%", () => {
    const line = "13B, 2.6T tokens, 256 MI300X, 50 days -> mfu";
    expect(ask(line).command).toBe("mfu");
    expect(result(line).mfu).toBeCloseTo((6 * 13e9 * 2.6e12) / (256 * 50 * DAY * MI300X), 4);
  });

  it("gpt-3 in PF-days: 6 × 175B × 300B / (10¹⁵ × 86,400) ≈ 3,646 PF-days (Brown et al. 2020 report 3.64E+03)", () => {
    for (const line of ["gpt-3 in PF-days", "gpt-3 compute in petaflop-days"]) {
      expect(result(line).pfDays).toBeCloseTo((6 * 175e9 * 300e9) / (1e15 * DAY), 0);
    }
  });

  it("train llama 3 70b from scratch on 2048 H100: compute on 2,048 × H100", () => {
    expect(result("train llama 3 70b from scratch on 2048 H100").gpus).toBe(2048);
  });
});

describe("a GPU's memory or bandwidth asked (`h200 memory bandwidth`, H100 的記憶體頻寬): the catalog's line", () => {
  it.each([
    ["h200 memory bandwidth", "en"],
    ["MI300X HBM", "en"],
    ["H100 的記憶體頻寬", "zh-TW"],
  ] as const)("%s: gpus", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("gpus");
  });

  it("H200's line says 141 GB at 4.8 TB/s (NVIDIA H200 datasheet)", () => {
    const text = said("h200 memory bandwidth");
    expect(text).toContain("141");
    expect(text).toContain("4.8");
  });

  it("a model size beside `memory` stays the cards question (how much memory for 70b on H100)", () => {
    expect(ask("how much memory for 70b on H100").command).toBe("cards");
  });
});

// Mixtral 8x22B is catalogued since sweep23 (its config.json); an experts-times-size the bot has no run
// for (`8x3b`) is still refused this way.
describe("`mixtral 8x3b`: refused without suggesting a run name the bot does not know", () => {
  it("en: no `mixtral-8x3b` offered (that name is refused as an unknown run), params= with experts=8 is", () => {
    const text = said("mixtral 8x3b 1T tokens on 512 H100");
    expect(ask("mixtral 8x3b 1T tokens on 512 H100").error?.key).toBe("read.expertsTimesSizeUnknown");
    expect(text).not.toContain("e.g. mixtral-8x3b");
    expect(text).toContain("experts=8");
    expect(ask("model mixtral-8x3b").ok).toBe(false);
    expect(ask("model mixtral-8x22b").ok).toBe(true);
  });

  it("zh-TW says it in Chinese", () => {
    expect(said("mixtral 8x3b 在 H100 上推論", "zh-TW")).toContain("我沒有這個名稱的公開訓練資料");
  });

  it("8x7b still names mixtral-8x7b, a run the bot knows (46.7B total, 12.9B active)", () => {
    expect(said("8x7b 1T tokens")).toContain("mixtral-8x7b");
    expect(ask("model mixtral-8x7b").ok).toBe(true);
  });
});

describe("a run the bot does not know, by family and version (`gemma 3 27b 14T tokens`): the Try line keeps the numbers typed", () => {
  it.each([
    ["gemma 3 27b 14T tokens", "en", "/flops 27b 14T tokens"],
    ["llama 3.2 90b 15T", "en", "/flops 90b 15T"],
    // Qwen3 32B is in the catalog since; its 14B is not.
    ["qwen 3 14b 36T tokens", "en", "/flops 14b 36T tokens"],
    ["gemma 3 27b 14T token 的算力", "zh-TW", "/flops 27b 14T token 的算力"],
  ] as const)("%s → Try %s (never the generic 175B 300B)", (line, lang, example) => {
    const reply = ask(line, lang);
    expect(reply.error?.key).toBe("model.unknown");
    expect(reply.hint?.params?.example).toBe(example);
  });

  it("that Try line answers 6 × 27B × 14T = 2.27e24 FLOP (Gemma 3 report: 27B on 14T tokens)", () => {
    expect(result("27b 14T tokens").flops).toBeCloseTo(6 * 27e9 * 14e12, -21);
  });
});

describe("a typo is offered only a word one slip away (`large` is no `long`, `scratch` no `batch`)", () => {
  it("mistral large 123b: never `mistral long 123b`", () => {
    expect(said("mistral large 123b")).not.toContain("long");
  });

  it.each([
    ["7B 2T tokesn", "7B 2T tokens"],
    ["7B paramters 2T tokens", "7B parameters 2T tokens"],
  ])("%s → Try %s still", (line, fixed) => {
    expect(ask(line).hint?.params?.example).toBe(`/flops ${fixed}`);
  });
});

describe("`how many GPU … 30 days`: the GPU word after `many` is asked, never a label of the days", () => {
  // 6 × 70B × 15T = 6.3e24 FLOP in 30 days on H200 (989.4 TFLOP/s dense bf16, NVIDIA H200 datasheet) at 40%:
  // 6.3e24 / (30 × 86,400 × 989.4 TFLOP/s × 0.4) ≈ 6,142 GPUs.
  it.each([
    ["用 H200 訓練 70B 15T 需要幾張卡才能在 30 天內完成", "zh-TW"],
    ["train 70B 15T on H200 how many GPU to finish in 30 days", "en"],
    ["H200 70B 15T how many GPU 30 days", "en"],
  ] as const)("%s: 30 days, ≈ 6,142 × H200", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    const r = reply.result as { gpusRange: { point: number } };
    expect(r.gpusRange.point).toBe(Math.ceil((6 * 70e9 * 15e12) / (30 * DAY * H100 * 0.4)));
  });
});

describe("runs compared with the Chinchilla run first (`chinchilla vs gpt-3`, chinchilla 70b 和 gpt-3 比較)", () => {
  it.each([
    ["chinchilla vs gpt-3", "en"],
    ["chinchilla 70b vs gpt-3", "en"],
    ["chinchilla and gpt-3 compare", "en"],
    ["chinchilla 70b 和 gpt-3 比較", "zh-TW"],
  ] as const)("%s: compare, Chinchilla 70B beside GPT-3 175B", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compare");
  });

  it("chinchilla 70b alone is still the rule: 20 × 70B = 1.4T tokens", () => {
    expect(ask("chinchilla 70b").command).toBe("chinchilla");
    expect(result("chinchilla 70b").tokens).toBe(1.4e12);
  });
});

describe("zh-TW 吞吐量 (throughput) is serve's question", () => {
  it("llama 3 70b 在 4 張 H100 上 batch 32 的吞吐量: serve at batch 32 on 4 × H100", () => {
    const reply = ask("llama 3 70b 在 4 張 H100 上 batch 32 的吞吐量", "zh-TW");
    expect(reply.command).toBe("serve");
    expect(reply.asked?.raw).toMatchObject({ batch: "32", available: "4" });
  });
});

describe("an estimate asked for as such (`rough compute for …`, `sanity check: …`, `ballpark:`)", () => {
  it("rough compute for a 70B on 2T?: 6 × 70B × 2T = 8.4e23 FLOP", () => {
    expect(result("rough compute for a 70B on 2T?").flops).toBeCloseTo(8.4e23, -20);
  });

  it("sanity check: 7B 1T 256 H100 3 days mfu: 6ND / (256 × 3 d × 989.4 TFLOP/s) = 64.0%", () => {
    const line = "sanity check: 7B 1T 256 H100 3 days mfu";
    expect(ask(line).command).toBe("mfu");
    expect(result(line).mfu).toBeCloseTo((6 * 7e9 * 1e12) / (256 * 3 * DAY * H100), 4);
  });

  it("ballpark: 405B 15T on 16k H100 plans 16,000 GPUs", () => {
    expect(result("ballpark: 405B 15T on 16k H100").gpus).toBe(16_000);
  });
});

describe("the weights asked about (`llama 3 70b weights in fp8`): the memory question, never refused on `weights`", () => {
  it("llama 3 70b weights in fp8: cards, 70,553,706,496 parameters × 1 B, the embedding and head (2,101,346,304) at 2 B (Meta-Llama-3-70B config.json)", () => {
    const reply = ask("llama 3 70b weights in fp8");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(
      70_553_706_496 + 2_101_346_304,
    );
  });

  it("70b fp16 weights size: the weights in fp16, 2 B × 70B = 140 GB, on an assumed H100", () => {
    const reply = ask("70b fp16 weights size");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.precision).toBe("fp16");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(2 * 70e9);
    expect(said("70b fp16 weights size")).toContain("No GPU named: assuming NVIDIA H100 SXM5 80GB");
  });

  it("serve … with fp8 weights is serve in fp8", () => {
    const reply = ask("serve llama 3 70b with fp8 weights on H100");
    expect(reply.command).toBe("serve");
    expect(reply.asked?.raw.precision).toBe("fp8");
  });

  it("a training line names `weights` as not used (70B 1.4T fp8 weights: 6ND = 5.88e23 FLOP)", () => {
    expect(result("70B 1.4T fp8 weights").flops).toBeCloseTo(5.88e23, -20);
    expect(said("70B 1.4T fp8 weights")).toContain("Not used: weights");
  });
});

describe("`params for …`, `params of …`: the shape counted, its filler skipped, as `params` said later is", () => {
  it("params for 32 layers d=4096 vocab 32000: 32·(12·4096² + 13·4096) + 32,000·4096 + 2·4096 = 6,575,235,072", () => {
    const total = 32 * (12 * 4096 ** 2 + 13 * 4096) + 32_000 * 4096 + 2 * 4096;
    expect(result("params for 32 layers d=4096 vocab 32000").total).toBe(total);
  });

  it("params of 24 layers 1024 hidden vocab 50257 ctx 1024: GPT-2 medium, 354,823,168 (Hugging Face gpt2-medium)", () => {
    expect(result("params of 24 layers 1024 hidden vocab 50257 ctx 1024").total).toBe(354_823_168);
  });

  it("params of 24 layers 1024 hidden (no vocab): refused for vocab=, with that shape in the Try line", () => {
    expect(said("params of 24 layers 1024 hidden")).toContain(
      "params transformer layers=24 d=1024 vocab=50257",
    );
  });
});

describe("`7B 2T flops`, 7B 2T 的 FLOPs: the FLOPs asked of 7B on 2T tokens, never a budget of 2e12 FLOP", () => {
  // Before: 7B params on 2e12 / (6 × 7B) = 47.6 tokens.
  it.each([
    ["7B 2T flops", "en"],
    ["7B 2T FLOPs?", "en"],
    ["算一下 7B 2T 的 FLOPs", "zh-TW"],
  ] as const)("%s: 6 × 7B × 2T = 8.4e22 FLOP", (line, lang) => {
    const reply = ask(line, lang);
    const r = reply.result as { tokens: number; flops: number };
    expect(r.tokens).toBe(2e12);
    expect(r.flops).toBeCloseTo(8.4e22, -19);
  });

  it("a budget-sized count stays a budget: 70B 1e24 FLOPs → D = 1e24 / (6 × 70B) ≈ 2.38T tokens", () => {
    expect(result("70B 1e24 FLOPs").tokens).toBeCloseTo(1e24 / (6 * 70e9), -9);
  });
});

describe("zh-TW 能不能 / 夠嗎 (can it / is it enough) and a precision in brackets (`(fp8)`)", () => {
  it("一張 4090 能不能跑 Qwen2.5 7B: cards on 1 × RTX 4090, Qwen2.5-7B's 7.62B parameters", () => {
    const reply = ask("一張 4090 能不能跑 Qwen2.5 7B", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect(reply.asked?.raw.available).toBe("1");
  });

  it("70B 模型 LoRA 微調 一張 H100 夠嗎: LoRA on 1 × H100", () => {
    const reply = ask("70B 模型 LoRA 微調 一張 H100 夠嗎", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.mode).toBe("lora");
  });

  it("Qwen2.5 72B 推論 需要幾張 H100 (fp8): fp8 weights, 72.7B × 1 B", () => {
    const reply = ask("Qwen2.5 72B 推論 需要幾張 H100 (fp8)", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.precision).toBe("fp8");
  });
});

describe("two GPUs set side by side without `vs` (`H100 and A100`, `H100 or A100`, H100 跟 H200, B200 比 H100)", () => {
  it.each(["70B 15T H100 and A100", "70B 15T on H100 or A100"])(
    "%s: the plan on both (gpu=H100,A100)",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.asked?.raw.gpu).toBe("H100,A100");
    },
  );

  it("70B 2T 在 H100 和 B200 上各要多久: the plan on both", () => {
    const reply = ask("70B 2T 在 H100 和 B200 上各要多久", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.gpu).toBe("H100,B200");
  });

  it("H100 跟 H200 差在哪 (the difference, nothing else asked): the two catalog lines", () => {
    const reply = ask("H100 跟 H200 差在哪", "zh-TW");
    expect(reply.command).toBe("gpus");
    expect((reply.result as { gpus: { id: string }[] }).gpus.map((gpu) => gpu.id)).toEqual(
      expect.arrayContaining(["h100-sxm", "h200-sxm"]),
    );
  });

  it("B200 比 H100 快多少 (how much faster): the catalog's lines for both side by side (sweep23), B200 2,250 and H100 989.4 TFLOP/s dense bf16", () => {
    const reply = ask("B200 比 H100 快多少", "zh-TW");
    expect(reply.command).toBe("gpus");
    const gpus = (reply.result as { gpus: { id: string; peakFlops: Record<string, number> }[] }).gpus;
    expect(gpus.find((g) => g.id === "h100-sxm")?.peakFlops.bf16).toBe(989.4e12);
    expect(gpus.some((g) => g.id.startsWith("b200"))).toBe(true);
  });

  it("cards takes one GPU: `cards 70B H100 and A100` says so, naming compute for the side by side", () => {
    expect(ask("cards 70B H100 and A100").error?.key).toBe("gpu.oneOnly");
  });

  it("two GPUs with nothing between stay refused as gpu given twice (twice.test.ts): 70B 15T H100 A100", () => {
    expect(ask("70B 15T H100 A100").error?.key).toBe("args.twice");
  });
});

describe("a run, its GPU, then `MFU` asked (DeepSeek V3 在 H800 上的 MFU 合理嗎, `deepseek v3 on H800 mfu realistic?`)", () => {
  // DeepSeek-AI 2024, Table 1: 2.664M H800 GPU-hours; 6 × 37B × 14.8T / (2.664M × 3600 × 989.4 TFLOP/s) ≈ 34.6%.
  it.each([
    ["DeepSeek V3 在 H800 上的 MFU 合理嗎", "zh-TW"],
    ["deepseek v3 on H800 mfu realistic?", "en"],
  ] as const)("%s: mfu of DeepSeek-V3, ≈ 34.6%", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.command).toBe("mfu");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(
      (6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * H100),
      3,
    );
  });

  it("llama 3 405b 15.6T on 16k H100 54 days mfu: 6ND / (16,000 × 54 d × 989.4 TFLOP/s) with Llama 3 405B's 405.9B", () => {
    const r = result("llama 3 405b 15.6T on 16k H100 54 days mfu");
    expect(ask("llama 3 405b 15.6T on 16k H100 54 days mfu").command).toBe("mfu");
    expect(r.gpuSeconds).toBe(16_000 * 54 * DAY);
  });
});

describe("TPU time said as TPU hours (`PaLM 540B how many TPU hours`, PaLM 540B 用了多少 TPU 小時)", () => {
  it.each([
    ["PaLM 540B how many TPU hours", "en"],
    ["PaLM 540B 用了多少 TPU 小時", "zh-TW"],
  ] as const)(
    "%s: PaLM's 8.4M TPU v4 chip-hours (Chowdhery et al. 2022: 6144 chips × 1200 h + 3072 × 336 h)",
    (line, lang) => {
      const reply = ask(line, lang);
      expect(reply.ok).toBe(true);
      expect((reply.result as { gpuHours: number }).gpuHours).toBe(6144 * 1200 + 3072 * 336);
    },
  );

  it("540B 780B 8.4M TPU hours on TPU v4 mfu: 6ND / (8.4M × 3600 × 275 TFLOP/s) = 30.4%", () => {
    const line = "540B 780B 8.4M TPU hours on TPU v4 mfu";
    expect(result(line).mfu).toBeCloseTo((6 * 540e9 * 780e9) / (8.4e6 * 3600 * 275e12), 4);
  });
});

describe("a refusal never offers a line that reads a size as another value (`70B and 405B on 15T`)", () => {
  it("without 15T the line would read 405B as tokens: the generic example instead", () => {
    const reply = ask("70B and 405B on 15T");
    expect(reply.ok).toBe(false);
    expect(reply.hint?.params?.example).not.toBe("/flops 70B and 405B on");
  });
});
