import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const notesOf = (line: string) => ask(line).notes.map((n) => n.key);

/** NVIDIA A100 datasheet: 312 TFLOP/s dense fp16/bf16; NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16. */
const A100 = 312e12;
const H100 = 989.4e12;

describe("GPU time asked with no number: `how many A100 hours for GPT-3` reads the GPU", () => {
  // GPT-3: 175B parameters, 300B tokens, 96 layers, 96 heads × 128, context 2,048 (Brown et al. 2020,
  // Table 2.1); 21.3% MFU (Chowdhery et al. 2022, PaLM, Table 3). Model FLOP per token 6N + 12·L·H·Q·T
  // (PaLM Appendix B): 300e9 × (6 × 175e9 + 12 × 96 × 96 × 128 × 2048) = 3.237e23 FLOP.
  const gpt3Flop = 300e9 * (6 * 175e9 + 12 * 96 * 96 * 128 * 2048);

  it.each([
    "how many A100 hours for GPT-3",
    "how many A100 days for GPT-3?",
    "how many A100-hours for gpt-3",
  ])("%s: on A100 over the MFU range, C / (312 TFLOP/s × 40%) / 3600 ≈ 720K GPU-hours", (line) => {
    // GPT-3's 21.3% was measured on V100: on A100 it is named and the plan runs over 30–50% (sweep 17).
    const r = result(line);
    expect(r.gpuHours).toBeCloseTo(gpt3Flop / (A100 * 0.4) / 3600, -3);
    expect(r.gpuHoursRange.low).toBeCloseTo(gpt3Flop / (A100 * 0.5) / 3600, -3);
    expect(r.gpuHoursRange.high).toBeCloseTo(gpt3Flop / (A100 * 0.3) / 3600, -3);
    expect(notesOf(line)).toContain("note.publishedMfuOtherGpu");
    expect(notesOf(line)).toContain("read.gpuTimeAsked");
    expect(said(line)).toContain("A100 SXM4 80GB");
  });

  it("zh-TW: GPT-3 要幾個 A100 天 is the same question, its note quoting 「A100 天」 as typed", () => {
    const zh = ask("GPT-3 要幾個 A100 天", "zh-TW");
    expect(zh.ok).toBe(true);
    expect(said("GPT-3 要幾個 A100 天", "zh-TW")).toContain("將「A100 天」解讀為在問 GPU 時間");
  });

  it("how many GPU-hours to train 7B on 2T tokens on H100: 6ND / (989.4 TFLOP/s × 40%) / 3600 ≈ 59K", () => {
    for (const line of [
      "how many GPU-hours to train 7B on 2T tokens on H100",
      "how many gpu hours to train 7B on 2T tokens on H100",
    ]) {
      const r = result(line);
      expect(r.gpuHours).toBeCloseTo((6 * 7e9 * 2e12) / (H100 * 0.4) / 3600, 0);
      expect(notesOf(line)).toContain("read.gpuTimeAsked");
    }
  });

  it("a number before the GPU's hours is still GPU-hours typed (Llama 3.1 405B: 30.84M H100 hours)", () => {
    const line = "mfu 405B 15.6T 30.84M H100 hours";
    expect(notesOf(line)).toContain("read.gpuHours");
    expect(notesOf(line)).not.toContain("read.gpuTimeAsked");
  });
});

describe("emoji carry no value: skipped with a note, never refused and never dropped silently", () => {
  it.each(["70B 15T 🚀", "🤔 70B 15T", "70B 15T :rocket:", "70B 15T 👍🏽"])(
    "%s: 6 × 70B × 15T = 6.3e24 FLOP (Kaplan et al. 2020, C ≈ 6ND), with a note naming the emoji",
    (line) => {
      expect(result(line).flops).toBe(6.3e24);
      const note = ask(line).notes.find((n) => n.key === "read.emoji");
      expect(note?.params?.word).toBe(line.split(" ").find((w) => !/^\d/.test(w)));
    },
  );

  it("zh-TW: 70B 15兆 🚀 says 略過「🚀」", () => {
    expect(said("70B 15兆 🚀", "zh-TW")).toContain("略過「🚀」");
  });

  it("on H100 after the emoji is still read: 70B 15T 👍 on H100 plans on H100 SXM5 (989.4 TFLOP/s dense bf16)", () => {
    const r = result("70B 15T 👍 on H100");
    expect(r.gpuHours).toBeCloseTo(6.3e24 / (H100 * 0.4) / 3600, -2);
  });
});

describe("a count in thousands after the GPU (`h100 1k`) counts GPUs, as `1k H100s` before it does", () => {
  it("70b 15t h100 1k: 1,000 × H100, time = 6ND / (1,000 × 989.4 TFLOP/s × 40%) ≈ 184 days", () => {
    const r = result("70b 15t h100 1k");
    expect(r.gpus).toBe(1000);
    expect(r.gpus).toBe(result("70B 15T 1k H100s").gpus);
    expect(r.seconds / 86400).toBeCloseTo((6 * 70e9 * 15e12) / (1000 * H100 * 0.4) / 86400, 6);
  });

  it("mfu 405B 15.6T H100 16k 54 days: 6ND / (16,000 × 54 d × 989.4 TFLOP/s) = 51.3% (Llama 3 405B shape, Llama Team 2024)", () => {
    const r = result("mfu 405B 15.6T H100 16k 54 days");
    expect(r.mfu).toBeCloseTo((6 * 405e9 * 15.6e12) / (16_000 * 54 * 86400 * H100), 6);
  });

  it("8k before a context word stays a context length, not 8,000 GPUs", () => {
    const reply = ask("70b 15t h100 8k context");
    expect(reply.readAs?.items.find((i) => i.option === "gpus")?.value).not.toBe(8000);
    expect(said("70b 15t h100 8k context")).toContain("ctx 8,192");
  });

  it("serve keeps `8k` after a GPU unread (a context length or a count: never guessed)", () => {
    expect(ask("serve llama-3-70b on H100 8k").ok).toBe(false);
  });
});

describe("a dollar budget said as a sentence: `I have $1M at $2/h on H100, what's the biggest Chinchilla-optimal model`", () => {
  // $1M ÷ $2/GPU-hour = 500K GPU-hours; × 3600 × 989.4 TFLOP/s × 40% = 7.12e23 FLOP; N* = √(C/120)
  // (Hoffmann et al. 2022, C = 6ND with D = 20N) ≈ 77B.
  const flop = 500_000 * 3600 * H100 * 0.4;

  it.each([
    "$1M H100 $2/h",
    "$1M on H100 at $2/h",
    "I have $1M at $2/h on H100, what's the biggest chinchilla optimal model?",
    "I have $1M at $2/h on H100, what's the biggest Chinchilla-optimal model",
  ])("%s: a $1M budget (not a second price), N* = √(7.12e23 / 120) ≈ 77B", (line) => {
    const r = result(line);
    expect(r.gpuHours).toBe(500_000);
    expect(r.optimalParams).toBeCloseTo(Math.sqrt(flop / 120), -6);
    expect(said(line)).not.toContain("Chinchilla 70B");
    expect(notesOf(line)).toContain("read.dollarBudget");
  });

  it("zh-TW: 預算 100 萬美元 用 H100 每小時 2 美元 最大的 Chinchilla 最佳模型 is the same budget", () => {
    const line = "預算 100 萬美元 用 H100 每小時 2 美元 最大的 Chinchilla 最佳模型";
    expect(ask(line, "zh-TW").ok).toBe(true);
    expect(said(line, "zh-TW")).not.toContain("Chinchilla 70B");
    expect(said("100 萬美元 H100 每小時 2 美元", "zh-TW")).toContain("將 $1M 解讀為美元預算");
  });

  it("a small bare dollar amount stays a price per GPU-hour (`70B 15T H100 $2`)", () => {
    expect(result("70B 15T H100 $2").costUsd).toBeCloseTo(result("70B 15T H100 $2").gpuHours * 2, 3);
  });

  it("`chinchilla optimal` at the start still asks the chinchilla command (70B → 20 × 70B = 1.4T tokens)", () => {
    expect(ask("chinchilla optimal tokens for 70B").command).toBe("chinchilla");
  });

  it("zh-TW: 70B 的 Chinchilla 最佳 token 數 is 20 × 70B = 1.4T tokens, not the Chinchilla run", () => {
    const zh = ask("70B 的 Chinchilla 最佳 token 數", "zh-TW");
    expect(zh.ok).toBe(true);
    // The rule asked of a size: the chinchilla command answers it (D* = 20 · N).
    expect(zh.command).toBe("chinchilla");
    expect((zh.result as { tokens: number }).tokens).toBe(1.4e12);
  });
});

describe("links and mentions as Slack sends them carry no value: skipped with a note", () => {
  // Llama 3.1 405B: 405B parameters on 15.6T tokens, 6ND = 3.79e25 FLOP (Llama Team 2024, §3.2.1: 3.8e25).
  it.each([
    "<https://arxiv.org/abs/2407.21783|the paper> 405B 15.6T",
    "405B 15.6T <https://arxiv.org/abs/2407.21783>",
    "405B 15.6T https://arxiv.org/abs/2407.21783",
    "405B 15.6T <#C123|general>",
  ])("%s: 6 × 405B × 15.6T = 3.79e25 FLOP, with the link named in a note", (line) => {
    expect(result(line).flops).toBeCloseTo(6 * 405e9 * 15.6e12, -20);
    const note = ask(line).notes.find((n) => n.key === "read.link");
    expect(String(note?.params?.word)).toMatch(/^<?(https:|#C123)/);
  });

  it("zh-TW names the skipped link in Chinese", () => {
    expect(said("405B 15.6T <https://arxiv.org/abs/2407.21783>", "zh-TW")).toContain(
      "略過「<https://arxiv.org/abs/2407.21783>」",
    );
  });
});

describe("a typo of a common word: the Try line is the question spelled right, when that is answered", () => {
  const tryOf = (line: string, lang: "en" | "zh-TW" = "en") => ask(line, lang).hint?.params?.example;

  it.each([
    ["hwo much compute for 7B on 2T tokens", "/flops how much compute for 7B on 2T tokens"],
    ["7B on 2T tokesn", "/flops 7B on 2T tokens"],
    ["7B paramters 2T tokens", "/flops 7B parameters 2T tokens"],
  ])("%s → %s (its answer: 6 × 7B × 2T = 8.4e22 FLOP)", (line, fixed) => {
    expect(ask(line).ok).toBe(false);
    expect(tryOf(line)).toBe(fixed);
    expect(result(fixed.replace("/flops ", "")).flops).toBe(8.4e22);
  });

  it("zh-TW keeps the asker's words: 7B 2T tokesn → 試試：/flops 7B 2T tokens", () => {
    expect(tryOf("7B 2T tokesn", "zh-TW")).toBe("/flops 7B 2T tokens");
  });

  it("a longer word that starts with a known one is no typo of it (`trainer` is not `train`)", () => {
    expect(tryOf("trainer 7B 2T")).toBe("/flops 7B 2T");
  });
});

describe("`what MFU` asked after the values is the mfu command", () => {
  it("13B 1T tokens 64 x H100 for 2 weeks, what MFU do I need: 6ND / (64 × 14 d × 989.4 TFLOP/s) = 102%, flagged impossible", () => {
    const line = "13B 1T tokens 64 x H100 for 2 weeks, what MFU do I need";
    expect(ask(line).command).toBe("mfu");
    expect(result(line).mfu).toBeCloseTo((6 * 13e9 * 1e12) / (64 * 14 * 86400 * H100), 6);
    expect(ask(line).warnings.length).toBeGreaterThan(0);
  });

  it("70B 2T on 2048 H100 in 12 days what mfu is that: 8.4e23 / (2,048 × 12 d × 989.4 TFLOP/s) = 40.0%", () => {
    const r = result("70B 2T on 2048 H100 in 12 days what mfu is that");
    expect(r.mfu).toBeCloseTo((6 * 70e9 * 2e12) / (2048 * 12 * 86400 * H100), 6);
  });

  it("7B 2T, 256 A100s for 20 days, what MFU? = 8.4e22 / (256 × 20 d × 312 TFLOP/s) = 60.9%", () => {
    expect(result("7B 2T, 256 A100s for 20 days, what MFU?").mfu).toBeCloseTo(
      (6 * 7e9 * 2e12) / (256 * 20 * 86400 * A100),
      6,
    );
  });
});

describe("zh-TW sentences: 我有…能訓練多大的模型, 用了多少 GPU 小時, 訓練天數", () => {
  it("我有 100 萬美元，H100 每小時 2 美元，能訓練多大的模型: $1M ÷ $2 = 500K GPU-hours, N* ≈ 77B", () => {
    const zh = ask("我有 100 萬美元，H100 每小時 2 美元，能訓練多大的模型", "zh-TW");
    expect(zh.ok).toBe(true);
    const r = zh.result as { gpuHours: number; optimalParams: number };
    expect(r.gpuHours).toBe(500_000);
    expect(r.optimalParams).toBeCloseTo(Math.sqrt((500_000 * 3600 * H100 * 0.4) / 120), -6);
  });

  it("llama 2 70b 用了多少 GPU 小時: Touvron et al. 2023, Table 2: 1,720,320 A100-80GB GPU-hours", () => {
    const zh = ask("llama 2 70b 用了多少 GPU 小時", "zh-TW");
    expect(zh.ok).toBe(true);
    expect((zh.result as { gpuHours: number }).gpuHours).toBe(1_720_320);
  });

  it("GPT-3 的訓練天數: 14.8 days on 10,000 V100 (Patterson et al. 2021, Table 4)", () => {
    const zh = ask("GPT-3 的訓練天數", "zh-TW");
    expect(zh.ok).toBe(true);
    expect((zh.result as { seconds: number }).seconds / 86400).toBeCloseTo(14.8, 6);
  });
});

describe("a deadline no cluster could meet is flagged", () => {
  it("70B 15T gpu=H100 days=0.001: ⌈6.3e24 / (86.4 s × 989.4 TFLOP/s × 40%)⌉ ≈ 184M GPUs, over the 200K of the largest cluster (xAI Colossus)", () => {
    const line = "70B 15T gpu=H100 days=0.001";
    expect(result(line).gpus).toBe(Math.ceil(6.3e24 / (86.4 * H100 * 0.4)));
    expect(ask(line).warnings.map((w) => w.key)).toContain("plausible.gpusMany");
  });

  it("a deadline a real cluster meets is not flagged (train 70B 15T in 90 days on H100: 2,048 GPUs)", () => {
    const line = "train 70B 15T in 90 days on H100";
    expect(result(line).gpus).toBe(Math.ceil(6.3e24 / (90 * 86400 * H100 * 0.4)));
    expect(ask(line).warnings.map((w) => w.key)).not.toContain("plausible.gpusMany");
  });
});

describe("GPU-hours with a spelled multiplier: `1.72 million A100 hours`", () => {
  it("mfu 69B 2T 1.72 million A100 hours = 6 × 69B × 2T / (1.72M × 3600 × 312 TFLOP/s) ≈ 42.9% (Llama 2 70B, Touvron et al. 2023, Table 2)", () => {
    const line = "mfu 69B 2T 1.72 million A100 hours";
    expect(result(line).mfu).toBeCloseTo((6 * 69e9 * 2e12) / (1.72e6 * 3600 * A100), 6);
    expect(result(line).mfu).toBe(result("mfu 69B 2T 1.72M A100 hours").mfu);
  });
});

describe("two sizes with a slash (`70b/15t`) evaluate as a division: the fix offered is the two sizes apart", () => {
  it("70b/15t → Did you mean 70b 15t, Try /flops 70b 15t (6 × 70B × 15T = 6.3e24 FLOP)", () => {
    const reply = ask("70b/15t");
    expect(reply.error?.key).toBe("plausible.paramsTiny");
    expect(reply.error?.params?.suggestion).toBe("70b 15t");
    expect(reply.hint?.params?.example).toBe("/flops 70b 15t");
    expect(result("70b 15t").flops).toBe(6.3e24);
  });
});

describe("a GPU's figures asked (`H100 specs`, `what's the bf16 peak of H100`): the catalog's lines for it", () => {
  it.each(["H100 specs", "what's the bf16 peak of H100?", "H100 tflops"])(
    "%s → gpus H100: H100 SXM5 at 989.4 TFLOP/s dense bf16 (NVIDIA H100 datasheet)",
    (line) => {
      const reply = ask(line);
      expect(reply.command).toBe("gpus");
      const found = (reply.result as { gpus: { id: string; peakFlops: Record<string, number> }[] }).gpus;
      expect(found.find((g) => g.id === "h100-sxm")?.peakFlops.bf16).toBe(H100);
    },
  );

  it("zh-TW: H100 的 bf16 峰值是多少 and H100 的規格 are the same question", () => {
    for (const line of ["H100 的 bf16 峰值是多少", "H100 的規格"])
      expect(ask(line, "zh-TW").command).toBe("gpus");
  });

  it("a training question that says peak is not taken for a catalog look-up (70B 15T H100 peak)", () => {
    expect(ask("70B 15T H100 peak").command).not.toBe("gpus");
  });
});

describe("zh-TW numbers: 4,050 億, 3084 萬 GPU 小時 (Llama 3.1 405B: 30.84M H100 GPU-hours, Meta model card)", () => {
  const line = "mfu 4,050 億參數 15.6 兆 token H100 3084 萬 GPU 小時";

  it("reads 405B parameters and 30.84M GPU-hours: MFU = 6 × 405B × 15.6T / (30.84M × 3600 × 989.4 TFLOP/s) ≈ 34.5%", () => {
    const zh = ask(line, "zh-TW");
    expect(zh.ok).toBe(true);
    expect((zh.result as { mfu: number }).mfu).toBeCloseTo(
      (6 * 405e9 * 15.6e12) / (30.84e6 * 3600 * H100),
      6,
    );
    expect(ask("mfu 4050 億 15.6 兆 H100 3084 萬 GPU 小時", "zh-TW").ok).toBe(true);
  });

  it("the note quotes 「3084 萬 GPU 小時」 as typed, not the exponent it was read as", () => {
    expect(said(line, "zh-TW")).toContain("將「3084 萬 GPU 小時」解讀為 30.8M GPU 小時");
  });

  it("用 8 張 H100 做 LoRA 微調 70B 可以嗎: 做 is filler; LoRA weights 2 B × 70B = 140 GB over the cards", () => {
    const zh = ask("用 8 張 H100 做 LoRA 微調 70B 可以嗎", "zh-TW");
    expect(zh.ok).toBe(true);
    expect(zh.command).toBe("cards");
    const r = zh.result as { mode: string; breakdown: { weights: number } };
    expect(r.mode).toBe("lora");
    expect(r.breakdown.weights).toBe(140e9);
  });
});

describe("`number of tokens` asks for the tokens", () => {
  it("what is the chinchilla optimal number of tokens for a 13B model: 20 × 13B = 260B (Hoffmann et al. 2022)", () => {
    const reply = ask("what is the chinchilla optimal number of tokens for a 13B model");
    expect(reply.command).toBe("chinchilla");
    expect(result("what is the chinchilla optimal number of tokens for a 13B model").tokens).toBe(260e9);
  });
});

describe("a family's name with another size (`falcon 7b`) is not that family's published run", () => {
  // Falcon-180B: 179,522,565,120 parameters (Hugging Face tiiuae/falcon-180B); Falcon-7B is another model,
  // not in the catalog (Falcon-40B is, so `falcon 40b` now reads it: test/core/falcon40b.test.ts).
  it("falcon 7b 1T is refused (it read as Falcon-180B on 7B tokens); the Try line is 7B on 1T: 6 × 7B × 1T = 4.2e22 FLOP", () => {
    const reply = ask("falcon 7b 1T");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("preset.otherSize");
    expect(reply.error?.params?.run).toBe("Falcon-180B");
    expect(reply.hint?.params?.example).toBe("/flops compute 7b 1T");
    expect(result("compute 7b 1T").flops).toBeCloseTo(4.2e22, -18);
    expect(said("falcon 7b 1T", "zh-TW")).toContain("我沒有「falcon 7b」的公開數字");
  });

  it("gpt-3 13b is refused the same way; gpt-3 175B 300B and gpt-3 500B (its tokens) still read GPT-3 (Brown et al. 2020)", () => {
    expect(ask("gpt-3 13b").error?.key).toBe("preset.otherSize");
    expect(result("gpt-3 175B 300B").params).toBe(175e9);
    expect(result("gpt-3 500B").tokens).toBe(500e9);
  });
});

describe("GPUs named with nothing to plan (`H100 vs A100`): the Try line plans a run on them", () => {
  it("H100 vs A100, which is faster → the catalog's lines side by side (sweep23: a comparison word asks for them); a plan on both answers side by side (989.4 vs 312 TFLOP/s dense bf16)", () => {
    const reply = ask("H100 vs A100, which is faster");
    expect(reply.command).toBe("gpus");
    const r = result("70B 1.4T gpu=h100-sxm,a100-80gb-sxm");
    expect(r.byGpu.map((g: { peakFlopsPerGpu: number }) => g.peakFlopsPerGpu)).toEqual([H100, A100]);
  });

  it("70B 15T H100 vs A100 which is faster: `faster` is no refusal", () => {
    expect(ask("70B 15T H100 vs A100 which is faster").ok).toBe(true);
  });
});

describe("zh-TW decimals in Chinese numerals before a multiplier (一點四兆 = 1.4 兆)", () => {
  it("七百億參數 一點四兆 token is Chinchilla's 70B on 1.4T: 6 × 70B × 1.4T = 5.88e23 FLOP (Hoffmann et al. 2022, §4.1)", () => {
    const zh = ask("七百億參數 一點四兆 token", "zh-TW");
    expect(zh.ok).toBe(true);
    expect((zh.result as { flops: number }).flops).toBeCloseTo(5.88e23, -19);
  });

  it("零點五兆 token is 500B tokens", () => {
    const zh = ask("零點五兆 token 70B", "zh-TW");
    expect((zh.result as { tokens: number }).tokens).toBe(5e11);
  });
});
