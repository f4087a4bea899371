import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

type Cards = { mode: string; cards: number; fitsAvailable?: boolean; available?: number };
const cards = (line: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok).toBe(true);
  expect(reply.command).toBe("cards");
  return reply.result as Cards;
};

describe("whether a model fits (`does llama 3 70b fit on 2 H100`, 放得下) is the memory question (cards)", () => {
  // Llama 3 70B (Hugging Face safetensors): 70,553,706,496 parameters; bf16 weights 141 GB + KV and
  // 10% overhead over 72 GB usable H100s (90% of 80 GB): TP 4. fp8 weights, 70.6 GB: TP 2.
  it.each([
    ["does llama 3 70b fit on 2 H100", "en"],
    ["will llama 3 70b fit on 2 H100s?", "en"],
    ["llama-3-70b 放得下 2 張 H100 嗎", "zh-TW"],
  ] as const)("%s: serving, 4 cards needed, not on the 2 given, fp8 suggested", (line, lang) => {
    const r = cards(line, lang);
    expect(r.mode).toBe("infer");
    expect(r.cards).toBe(4);
    expect(r.fitsAvailable).toBe(false);
  });

  it("the verdict and the fp8 way out are said (en)", () => {
    const text = said("does llama 3 70b fit on 2 H100");
    expect(text).toContain("Does not fit on the 2 NVIDIA H100 SXM5 80GB given: 4 needed");
    expect(text).toContain("precision=fp8");
  });

  it("`llama 3 405b fp8 on 8 H100 fits?` fits on one node of 8, as Llama 3 §6.2 serves it in fp8", () => {
    const r = cards("llama 3 405b fp8 on 8 H100 fits?");
    expect(r.cards).toBe(8);
    expect(r.fitsAvailable).toBe(true);
  });

  it("a training fit (`does 70B fit on 8 H100 for training`) is cards' training mode", () => {
    expect(cards("does 70B fit on 8 H100 for training").mode).toBe("train");
  });

  it("跑得動 (runs at all) on a 4090: Llama 3 8B's 16.1 GB of bf16 weights on one 24 GB card", () => {
    const r = cards("4090 跑得動 llama 3 8b 嗎", "zh-TW");
    expect(r.cards).toBe(1);
  });
});
