import { describe, expect, it } from "vitest";
import { normalizeText, typedForm } from "../../src/dispatch/normalize.ts";
import { ask, said } from "./helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields; tests read them directly.
const zh = (line: string): Record<string, any> => {
  const reply = ask(line, "zh-TW");
  if (!reply.ok) throw new Error(`expected ${line} to succeed: ${said(line, "zh-TW")}`);
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  return reply.result as Record<string, any>;
};

describe("the seed article's examples, asked in its own words", () => {
  it("GPT-3 175B 參數, 訓練 300B token: 6 × 175e9 × 300e9 = 3.15e23 FLOP (Brown et al. 2020 publish 3.14e23)", () => {
    const line = "GPT-3 175B 參數, 訓練 300B token, 需要多少 FLOPS";
    expect(zh(line).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    const text = said(line, "zh-TW");
    expect(text).toContain("解讀為");
    expect(text).toContain("6 · N · D = 6 × 175B × 300B");
  });

  it("Chinchilla 法則 175B 要多少 token: 20 × 175e9 = 3.5T (Hoffmann et al. 2022), not refused at 法則", () => {
    for (const line of ["Chinchilla 法則 175B 要多少 token", "Chinchilla 最佳 70B 要多少 token"]) {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("chinchilla");
    }
    expect(zh("Chinchilla 法則 175B 要多少 token").tokens).toBe(20 * 175e9);
    expect(zh("Chinchilla 最佳 70B 要多少 token").tokens).toBe(20 * 70e9);
  });

  it("GPT-3 訓練 300B token 還有進步空間嗎: 300B / (20 × 175B) = 0.086 of Chinchilla's tokens, said", () => {
    const line = "GPT-3 訓練 300B token 還有進步空間嗎";
    expect(zh(line).tokens).toBe(300e9);
    expect(said(line, "zh-TW")).toContain(`${(300e9 / (20 * 175e9)).toFixed(3)} 倍`);
  });

  it("GPT-3 175B 大約需要 3500 B token 的訓練才達到最佳效果嗎: 6 × 175e9 × 3500e9 FLOP, 3500B = 20 × 175B", () => {
    const r = zh("GPT-3 175B 大約需要 3500 B token 的訓練才達到最佳效果嗎");
    expect(r.tokens).toBe(3500e9);
    expect(r.flops).toBeCloseTo(6 * 175e9 * 3500e9, -21);
  });

  it("為什麼 DeepSeek V3 的 MFU 會超過 100% asks the explanation, and 100% is not read as an MFU to plan at", () => {
    // DeepSeek-V3 report: 37B active, 14.8T tokens, 2,664K H800 GPU-hours; H800 bf16 dense 989.4 TFLOP/s.
    for (const line of [
      "為什麼 DeepSeek V3 的 MFU 會超過 100%",
      "解釋 DeepSeek V3 的 MFU 為什麼超過 100%",
      "为什么 DeepSeek V3 的 MFU 会超过 100%",
    ]) {
      const reply = ask(line, "zh-TW");
      expect(reply.ok, line).toBe(true);
      expect(reply.command).toBe("mfu");
      const r = reply.result as { mfu: number; seedMethod: { mfu6NTotal: number; mfu3Forward: number } };
      expect(r.mfu).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12), 3);
      expect(r.seedMethod.mfu6NTotal).toBeGreaterThan(1);
      expect(r.seedMethod.mfu3Forward).toBeGreaterThan(0.35);
      expect(r.seedMethod.mfu3Forward).toBeLessThan(0.45);
      // 為什麼 and 解釋 ask the explanation: the derivation, step by step, in zh-TW.
      expect(reply.asked?.flags.explain, line).toBe(true);
      expect(said(line, "zh-TW")).toContain("原文的方法");
    }
    // 超過 N% is kept where no 為什麼 asks (MFU 超過 50% is still a figure).
    expect(normalizeText("為什麼 MFU 會超過 100%")).toBe("explain MFU");
  });

  it("the seed's memory rule: 175B 模型訓練要幾張 H100 才塞得下 → 4 × 2 B × 175e9 = 1.4 TB, ⌈1.4 TB / (0.9 × 80 GB)⌉ = 20", () => {
    const text = said("175B 模型訓練要幾張 H100 才塞得下", "zh-TW");
    expect(text).toContain("經驗法則");
    expect(text).toContain("1.4 TB");
    expect(Math.ceil((4 * 2 * 175e9) / (0.9 * 80e9))).toBe(20);
  });
});

describe("Simplified characters a Taiwanese user pastes are read as their Traditional forms", () => {
  it("训练 llama 3 8b 15T token 要多少算力: 6 × 8,030,261,248 × 15e12 FLOP", () => {
    // Llama-3-8B: 8,030,261,248 parameters (Hugging Face config), 15T tokens (Meta).
    expect(zh("训练 llama 3 8b 15T token 要多少算力").flops).toBeCloseTo(6 * 8_030_261_248 * 15e12, -20);
  });

  it("两千张 A100 训练 70B 1.4T 要多久: 2,000 A100 (两 and 张 read), 6 × 70e9 × 1.4e12 FLOP", () => {
    const r = zh("两千张 A100 训练 70B 1.4T 要多久");
    expect(r.gpus).toBe(2000);
    expect(r.flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
  });

  it("70B 参数 推理 需要几张 H100: 70e9 × 2 B = 140 GB of weights, 4 cards (TP a power of two)", () => {
    const reply = ask("70B 参数 推理 需要几张 H100", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect(said("70B 参数 推理 需要几张 H100", "zh-TW")).toContain("4 張");
  });

  it("用 8 张 4090 能不能 微调 13B: fine-tuning on 8 RTX 4090s, nothing refused", () => {
    const reply = ask("用 8 张 4090 能不能 微调 13B", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect(said("用 8 张 4090 能不能 微调 13B", "zh-TW")).toContain("4090");
  });

  it("a refusal quotes the Simplified word as typed (显存), never its Traditional form", () => {
    expect(typedForm("memory", "训练 70B 模型 需要多少 显存")).toBe("显存");
    expect(typedForm("memory", "訓練 70B 需要多少 顯存")).toBe("顯存");
  });
});

describe("team-channel questions that were refused", () => {
  it("我有 100 萬美金能訓練多大的模型: 美金 is dollars ($1M), refused only for its missing price, with an example", () => {
    const reply = ask("我有 100 萬美金能訓練多大的模型", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.ephemeral).toBe(true);
    const text = said("我有 100 萬美金能訓練多大的模型", "zh-TW");
    expect(text).not.toContain("美金」");
    expect(text).toContain("budget=$1M gpu=H100 price=$2/h");
  });

  it("llama 3 70b 首 token 延遲 多少: the time to first token (serve), not 首 refused", () => {
    const reply = ask("llama 3 70b 首 token 延遲 多少", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    expect(normalizeText("llama 3 70b 首個 token 的延遲")).toBe("llama 3 70b ttft");
  });

  it("列出所有 GPU (list all GPUs): the catalog", () => {
    expect(ask("列出所有 GPU", "zh-TW").command).toBe("gpus");
    expect(ask("列出 所有 GPU", "zh-TW").ok).toBe(true);
  });

  it("70B int4 量化: 量化 (quantised) is filler; int4 weights are 0.5 B × 70B = 35 GB, on an assumed H100", () => {
    const reply = ask("70B int4 量化 要多少記憶體", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.precision).toBe("int4");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(0.5 * 70e9);
    expect(said("70B int4 量化 要多少記憶體", "zh-TW")).not.toContain("量化」");
  });
});

describe("a refusal's Try line is a question the bot answers, never the help", () => {
  it("GPT-4 要多少算力 (GPT-4 publishes no size): the example, not `/flops 要多少算力` (which shows the help)", () => {
    const reply = ask("GPT-4 要多少算力", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(ask("要多少算力", "zh-TW").command).toBe("help");
    const text = said("GPT-4 要多少算力", "zh-TW");
    expect(text).toContain("GPT-4");
    expect(text).not.toContain("/flops 要多少算力");
    expect(text).toContain("/flops 175B 300B");
  });
});
