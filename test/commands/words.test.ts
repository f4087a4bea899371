import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, said } from "./helpers.ts";

/**
 * Words a new user typed that were misread or blamed wrongly.
 * Reference values: C = 6·N·D (Kaplan et al. 2020 §2.1); D = 20·N when no tokens are given
 * (Hoffmann et al. 2022, Table 3: ~20 tokens per parameter); t = C / (GPUs · peak · MFU) with
 * H100 SXM bf16 dense 989.4 TFLOP/s (NVIDIA H100 datasheet, sparse 1,979 halved) at 40% MFU.
 */
const DAY = 86_400;
/** 70B on 1.4T tokens on 512 H100 at 40%: 5.88e23 / (512 × 989.4e12 × 0.4) s = 33.59 days. */
const SEVENTY_DAYS = 5.88e23 / (512 * 989.4e12 * 0.4) / DAY;

const resultOf = (line: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, `${line}: ${said(line, lang)}`).toBe(true);
  return reply.result as Record<string, number> & { seconds: number; params: number };
};

describe("'how many days' / 幾天 asks for the time; the size stays the size", () => {
  for (const line of [
    "用 512 張 H100 訓練 70B 要幾天",
    "how many days to train 70B with 512 H100",
    "How many days to train 70B on 512 H100?",
    "用 512 張 H100 訓練 70B 需要多少天",
  ]) {
    it(line, () => {
      const result = resultOf(line);
      expect(result.params).toBe(70e9);
      expect(result.tokens).toBe(1.4e12);
      expect(result.gpus).toBe(512);
      expect(result.seconds / DAY).toBeCloseTo(SEVENTY_DAYS, 2);
      expect(SEVENTY_DAYS).toBeCloseTo(33.59, 1);
    });
  }

  it("訓練 7B 要幾天: 7B is the size, tokens 20·N", () => {
    const result = resultOf("訓練 7B 要幾天", "zh-TW");
    expect(result.params).toBe(7e9);
    expect(result.tokens).toBe(1.4e11);
  });

  it("with tokens: 用 512 張 H100 訓練 70B 2T token 要幾天 → 6·70B·2T / (512 · 989.4T · 0.4) = 48.0 d", () => {
    const result = resultOf("用 512 張 H100 訓練 70B 2T token 要幾天");
    expect(result.tokens).toBe(2e12);
    expect(result.seconds / DAY).toBeCloseTo(8.4e23 / (512 * 989.4e12 * 0.4) / DAY, 2);
  });

  it("the zh-TW answer gives the time in 天", () => {
    expect(said("用 512 張 H100 訓練 70B 要幾天", "zh-TW")).toContain("33.6 天");
    expect(said("用 512 張 H100 訓練 70B 2T token 要幾天", "zh-TW")).toContain("48.0 天");
  });

  it("a word blamed is the word typed (天), never the English it was read as", () => {
    // 天 alone (天數, the number of days, now asks how long: sweep12.test.ts).
    const reply = ask("70B 2T 推論 天", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.error?.params?.word).toBe("天");
    expect(said("70B 2T 推論 天", "zh-TW")).not.toContain("days");
  });
});

describe("a refusal blames the word at fault", () => {
  // Markup pasted before the numbers took the parameter count's place: it is blamed, not 2T.
  // Slack's emphasis marks are formatting (sweep19): `*bold*` blames the word inside them.
  for (const [junk, blamed] of [
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["*bold*", "bold"],
    ["<!channel>", "<!channel>"],
  ]) {
    it(`${junk} 70B 2T blames ${blamed}`, () => {
      for (const lang of ["en", "zh-TW"] as const) {
        const reply = ask(`${junk} 70B 2T`, lang);
        expect(reply.ok).toBe(false);
        expect(reply.error?.key).toBe("read.unknownWord");
        expect(reply.error?.params?.word).toBe(blamed);
        expect(said(`${junk} 70B 2T`, lang)).not.toContain("“2T”");
      }
    });
  }

  it("one number too many still names the extra one (70B 2T 5T)", () => {
    const reply = ask("70B 2T 5T");
    expect(reply.error?.key).toBe("args.extra");
    expect(reply.error?.params?.value).toBe("5T");
  });

  it("what is 6ND for 7B and 1T tokens: 6ND is the formula; 6 × 7e9 × 1e12 = 4.2e22 FLOP (Kaplan et al. 2020 §2.1)", () => {
    const result = resultOf("what is 6ND for 7B and 1T tokens");
    expect(result.params).toBe(7e9);
    expect(result.tokens).toBe(1e12);
    expect(result.flops).toBeCloseTo(4.2e22, -18);
    expect(resultOf("6ND 是多少 7B 1T token", "zh-TW").flops).toBeCloseTo(4.2e22, -18);
  });
});

describe("words for what is asked (fine-tuning, the KV cache, a comparison, a budget, a deadline)", () => {
  const readAs = (line: string, lang: "en" | "zh-TW" = "en") => {
    const reply = ask(line, lang);
    expect(reply.ok, `${line}: ${said(line, lang)}`).toBe(true);
    return { command: reply.command, read: toJson(reply, lang).readAs as Record<string, unknown> };
  };

  // cards' modes are infer, train, full (full fine-tuning), lora and qlora (README, Memory).
  for (const [line, mode] of [
    ["how many H100 to finetune 70B with lora", "lora"],
    ["how many H100 to fine-tune 70B", "full"],
    ["how many H100 to fine tune 70B", "full"],
    ["how many H100 to fine-tuning 70B with qlora", "qlora"],
    ["用 H100 微調 70B 需要幾張卡", "full"],
    ["用 H100 微調 70B lora 需要幾張卡", "lora"],
    ["how many H100 to train 70B with lora", "lora"],
  ] as const) {
    it(`${line} → cards mode=${mode}`, () => {
      const { command, read } = readAs(line);
      expect(command).toBe("cards");
      expect(read).toMatchObject({ params: 70e9, gpu: "h100-sxm", mode });
    });
  }

  it("kv cache for llama-2-70b at 32k context batch 8 → serving memory: KV = 2·L·n_kv·d_head·2 B·ctx·batch", () => {
    const { command, read } = readAs("kv cache for llama-2-70b at 32k context batch 8");
    expect(command).toBe("cards");
    // Llama 2 70B: 80 layers, 8 KV heads of 128 (Touvron et al. 2023, Table 1 and config.json).
    expect(read).toMatchObject({ mode: "infer", context: 32_768, batch: 8, layers: 80, "kv-heads": 8 });
    // 2 × 80 × 8 × 128 × 2 B × 32,768 × 8 = 85.9 GB of KV cache: more than one 80 GB card holds.
    expect(2 * 80 * 8 * 128 * 2 * 32_768 * 8).toBeCloseTo(85.9e9, -8);
    expect(
      (ask("kv cache for llama-2-70b at 32k context batch 8").result as { cards: number }).cards,
    ).toBeGreaterThan(1);
  });

  it("8k layers is no context: a size in thousands is read as one only beside context", () => {
    expect(ask("cards 70B gpu=H100 mode=train 8k layers").ok).toBe(false);
  });

  it("is 55% MFU realistic for 70B on 1024 H100 reads 55% as the MFU", () => {
    expect(readAs("is 55% MFU realistic for 70B on 1024 H100").read).toMatchObject({ mfu: 0.55, gpus: 1024 });
  });

  it("比較 gpt-3 和 chinchilla compares the two runs", () => {
    const reply = ask("比較 gpt-3 和 chinchilla", "zh-TW");
    expect(reply.command).toBe("compare");
    expect(reply.ok).toBe(true);
  });

  it("算力預算 1e24 FLOP 的最佳模型大小: N* = √(1e24/120) = 91.3B (Hoffmann et al. 2022, C = 6ND with D = 20N)", () => {
    const result = resultOf("算力預算 1e24 FLOP 的最佳模型大小", "zh-TW");
    expect(result.params / Math.sqrt(1e24 / 120)).toBeCloseTo(1, 3);
  });

  for (const line of [
    "用 1000 張 H100 訓練 30 天 可以訓練多大的模型",
    "how big a model can I train with 1000 H100 in 30 days",
  ]) {
    it(`${line}: the hardware budget (1,000 × 30 days)`, () => {
      expect(readAs(line).read).toMatchObject({ gpu: "h100-sxm", gpus: 1000, days: 30 * DAY });
    });
  }

  it("70B 2T 要在 30 天內完成: 30 days is the deadline", () => {
    expect(readAs("用 H100 訓練 70B 2T 要在 30 天內完成").read).toMatchObject({
      params: 70e9,
      tokens: 2e12,
      days: 30 * DAY,
    });
  });

  it("deepseek v3 的 MFU 是多少 → mfu on the DeepSeek-V3 run (H800, DeepSeek-AI 2024 Table 1)", () => {
    for (const line of ["deepseek v3 的 MFU 是多少", "deepseek-v3 mfu"]) {
      const { command, read } = readAs(line, "zh-TW");
      expect(command).toBe("mfu");
      expect(read).toMatchObject({ params: 671e9, gpu: "h800-sxm" });
    }
    // A run named last is the run, not its command (`… chinchilla` is not /flops chinchilla).
    expect(ask("gpt-3 chinchilla compare").command).toBe("compare");
    // A run's name after sizes is the rule asked of them (sweep15.test.ts: `70B 2T chinchilla`).
  });

  it("tokens per second of a run serve cannot name: the run blamed, with serve's line to try", () => {
    for (const lang of ["en", "zh-TW"] as const) {
      const reply = ask("tokens per second for llama 70b on 8 H100", lang);
      expect(reply.ok).toBe(false);
      // A model and a GPU were given: the refusal names the run it could not read, not "give a model".
      expect(reply.error?.key).toBe("model.unknown");
      expect(reply.error?.params?.suggestions).toBe("llama-2-70b, llama-3-70b, llama-3.1-70b");
      expect(said("tokens per second for llama 70b on 8 H100", lang)).toContain("/flops serve");
    }
  });

  it("tokens per second with nothing to serve still points at serve with its example", () => {
    const reply = ask("tokens per second for banana on 8 H100");
    expect(reply.ok).toBe(false);
    expect(said("tokens per second for banana on 8 H100")).toContain("/flops serve");
  });

  it("llama 70b suggests the 70B Llamas, not llama-65b or llama-2-7b", () => {
    const reply = ask("how much does it cost to train llama 70b");
    expect(reply.error?.key).toBe("model.unknown");
    expect(reply.error?.params?.suggestions).toBe("llama-2-70b, llama-3-70b, llama-3.1-70b");
  });
});

describe("quoted values and short memory sizes in GPU names", () => {
  const gpuOf = (line: string) => {
    const reply = ask(line);
    expect(reply.ok, `${line}: ${said(line)}`).toBe(true);
    return (toJson(reply, "en").readAs as { gpu: string; gpus?: number }).gpu;
  };

  for (const quoted of ["“H100”", "‘H100’", "「H100」", "『H100』", '"H100"', "'H100'"]) {
    it(`gpu=${quoted} is gpu=H100`, () => {
      expect(gpuOf(`70B 2T gpu=${quoted} gpus=512`)).toBe("h100-sxm");
      expect(ask(`70B 2T gpu=${quoted} gpus=512`, "zh-TW").ok).toBe(true);
    });
  }

  // NVIDIA A100 datasheet: the SXM4 part comes in 40 GB and 80 GB; H100 SXM5 has 80 GB.
  for (const [line, gpu] of [
    ["70B 2T gpu=A100-80G gpus=512", "a100-80gb-sxm"],
    ["70B 2T gpu=A100-40G gpus=512", "a100-40gb-sxm"],
    ["70B 2T gpu=H100-80G gpus=512", "h100-sxm"],
    ["70B 2T on 512 A100 80G", "a100-80gb-sxm"],
    ["70B 2T on 512 H100-80G", "h100-sxm"],
  ] as const) {
    it(`${line} → ${gpu}`, () => {
      expect(gpuOf(line)).toBe(gpu);
    });
  }
});

describe("a name read with a Chinese word after it is named as typed", () => {
  it("gpus H100 天: the GPU query names 天, not days", () => {
    const reply = ask("gpus H100 天", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.error?.params?.query).toBe("H100 天");
  });
});
