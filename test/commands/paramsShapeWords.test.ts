import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

const total = (line: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.command).toBe("params");
  expect(reply.ok).toBe(true);
  return (reply.result as { total: number }).total;
};

// GPT-style count (Kaplan et al. 2020 Table 1, with Narayanan et al. 2021 §5.1's 13h of biases
// and norms): L·(12h² + 13h) + 2h (final norm) + V·h (tied embedding).
const gpt = (layers: number, h: number, vocab: number) => layers * (12 * h * h + 13 * h) + 2 * h + vocab * h;
// Meta-Llama-3-8B on the Hugging Face Hub: 8,030,261,248 parameters (safetensors), from config.json's
// 32 layers, hidden 4096, 32 heads, 8 KV heads, intermediate 14336, vocab 128256.
const LLAMA_3_8B = 8_030_261_248;

describe("a shape said in words (`32 layers 4096 hidden`) is params' options, not a list of layers", () => {
  it("GPT-3's shape in a sentence: 96 layers, d_model 12288, vocab 50257 → within 0.3% of 175B (Brown et al. 2020, Table 2.1)", () => {
    const line = "how many parameters in a transformer with 96 layers, d_model 12288 and vocab 50257";
    expect(total(line)).toBe(gpt(96, 12288, 50257));
    expect(Math.abs(total(line) / 175e9 - 1)).toBeLessThan(0.003);
  });

  it("numbers before or after their labels, the params word last: `32 layers 4096 hidden 50257 vocab params`", () => {
    expect(total("32 layers 4096 hidden 50257 vocab params")).toBe(gpt(32, 4096, 50257));
    expect(total("params layers 32 hidden 4096 vocab 50257")).toBe(gpt(32, 4096, 50257));
  });

  it("no architecture named: GPT-style, said in a note; a decoder's own options make it Llama-style (Llama 3 8B exactly)", () => {
    expect(said("params 32 layers 4096 hidden vocab 50257")).toContain(
      "No architecture named: counted as a transformer",
    );
    const llama = "params 32 layers 4096 hidden 32 heads 8 kv-heads 14336 ffn 128256 vocab";
    expect(total(llama)).toBe(LLAMA_3_8B);
    expect(said(llama)).toContain("counted as a decoder");
  });

  it("a shape without a vocabulary is refused naming vocab=, not read as a training question", () => {
    const reply = ask("how many params does a 32 layer 4096 hidden model have");
    expect(reply.command).toBe("params");
    expect(reply.ok).toBe(false);
    expect(said("how many params does a 32 layer 4096 hidden model have")).toContain("vocab=");
  });

  it("`how many params does llama 3 8b have` is params for that run: 8,030,261,248", () => {
    expect(total("how many params does llama 3 8b have")).toBe(LLAMA_3_8B);
  });

  it("zh-TW: 一個 32 層、hidden 4096、vocab 50257 的模型有多少參數 (層 is layers, 、 separates)", () => {
    expect(total("一個 32 層、hidden 4096、vocab 50257 的模型有多少參數", "zh-TW")).toBe(
      gpt(32, 4096, 50257),
    );
    expect(ask("一個 32 層、hidden 4096、vocab 50257 的模型有多少參數", "zh-TW").lang).toBe("zh-TW");
  });

  it("zh-TW shape words: 隱藏維度/隱藏層維度 is hidden=, 詞表/詞彙表 vocab=, 注意力頭 heads= (as `layers=32 d=4096 vocab=50257`)", () => {
    const english = total("params transformer layers=32 d=4096 vocab=50257");
    expect(english).toBe(gpt(32, 4096, 50257));
    expect(total("一個 32 層、隱藏維度 4096、詞表 50257 的 transformer 有多少參數", "zh-TW")).toBe(english);
    const heads = "32 層、隱藏層維度 4096、32 個注意力頭、詞彙表 50257 的 transformer 有多少參數";
    expect(total(heads, "zh-TW")).toBe(english);
    // GPT-style counts need no heads: said as unused, never dropped silently.
    expect(said(heads, "zh-TW")).toContain("heads=32");
  });

  it("zh-TW: 32 層、隱藏維度 4096 without a vocabulary is refused in Chinese, asking for vocab=", () => {
    const line = "一個 32 層、隱藏維度 4096 的 transformer 有多少參數";
    const reply = ask(line, "zh-TW");
    expect(reply.command).toBe("params");
    expect(reply.ok).toBe(false);
    expect(said(line, "zh-TW")).toContain("這個架構需要 vocab=");
    expect(said(line, "zh-TW")).toContain("layers=32 d=4096 vocab=50257");
  });

  it("a list of layers is still a list of layers (784·128 + 128 + 128·10 + 10 = 101,770)", () => {
    expect(total("params dense 784->128, dense 128->10")).toBe(101_770);
  });

  it("a size with the word params (`70B params`) stays a training question", () => {
    expect(ask("70B params").command).toBe("compute");
  });
});
