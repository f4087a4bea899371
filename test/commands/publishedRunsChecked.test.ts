import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - Brown et al. 2020, GPT-3, Table D.1: 175B parameters, 300B tokens, 3.14e23 FLOP.
// - Llama Team 2024, The Llama 3 Herd of Models, §3.2.1: 405B on 15.6T tokens, 3.8e25 FLOP.

describe("a published run with its own figures typed is still that run", () => {
  it("the seed's GPT-3 175B 參數, 訓練 300B token → 6ND 3.15e23 beside the published 3.14e23 (the note was dropped once 300B was typed)", () => {
    const line = "GPT-3 175B 參數, 訓練 300B token, 需要多少 FLOPS";
    expect(result(line).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    expect(said(line, "zh-TW")).toContain("公開的訓練算力是 3.14e23 FLOP");
    expect(said("gpt-3 175B 300B tokens, how many flops")).toContain(
      "published training compute is 3.14e23 FLOP",
    );
  });

  it("llama 3 405b 15.6T: 405B as typed is the 405.85B run, so its published 3.8e25 is shown", () => {
    expect(said("llama 3 405B 15.6T tokens flops")).toContain("3.8e25 FLOP");
  });

  it("other tokens are another run: gpt-3 175B 1T tokens shows no published compute", () => {
    expect(said("gpt-3 175B 1T tokens")).not.toContain("published training compute");
  });
});

describe("a batch in tokens and a step count are the tokens the run sees (C = 6NBS)", () => {
  // Kaplan et al. 2020 §2.1: C ≈ 6NBS, B the batch in tokens and S the steps. GPT-3 175B
  // (Brown et al. 2020 Table 2.1): batch 3.2M tokens; 300B tokens / 3.2M = 93,750 steps.
  it("175B batch 3.2M tokens 93750 steps → 300B tokens, 6 × 175B × 300B = 3.15e23 (it was refused: the batch changes nothing)", () => {
    for (const line of [
      "175B batch 3.2M tokens 93750 steps",
      "175B 93750 steps with a global batch of 3.2M tokens",
    ]) {
      const r = result(line);
      expect(r.flops, line).toBeCloseTo(6 * 175e9 * 3.2e6 * 93_750, -20);
      expect(said(line), line).toContain("D = B · S");
    }
  });

  it("mfu reads it too: GPT-3's 10,000 V100 for 14.8 days (Patterson et al. 2021) over 6 × 175B × 300B", () => {
    const r = result("mfu 175B batch 3.2M tokens 93750 steps 10000 V100 14.8 days");
    expect(r.mfu).toBeCloseTo((6 * 175e9 * 300e9) / (10_000 * 14.8 * 86_400 * 125e12), 3);
  });

  it("zh-TW: 175B 參數 batch 3.2M tokens 訓練 93750 步, said in the note", () => {
    const line = "175B 參數 batch 3.2M tokens 訓練 93750 步";
    expect(result(line).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    expect(said(line, "zh-TW")).toContain("D = B · S");
  });

  it("a batch alone is still refused with the line without it, and mfu's step time keeps its batch", () => {
    expect(said("175B batch 3.2M tokens")).toContain("not used by /flops compute");
    expect(result("mfu 70B gpu=H100 gpus=1024 step 17s batch 16M tokens").tokensPerSecond).toBeCloseTo(
      16e6 / 17,
      0,
    );
  });
});

describe("an exceeded percent asked about is the bound, not an MFU to plan at", () => {
  // DeepSeek-AI 2024 Table 1: 2,664K H800 GPU-hours for 14.8T tokens; 671B parameters, 37B active.
  // 6 · 671B · 14.8T over those hours at the H800's 989.4 TFLOP/s dense bf16 is 628%.
  const total6ND = (6 * 671e9 * 14.8e12) / (2664e3 * 3600 * 989.4e12);
  it("DeepSeek V3 用 6ND 算 MFU 會超過 100% 嗎 → the MFU answer with its 6·N_total·D row (it planned a run at MFU 100%)", () => {
    const line = "DeepSeek V3 用 6ND 算 MFU 會超過 100% 嗎";
    const text = said(line, "zh-TW");
    expect(text).toContain(`${Math.round(total6ND * 100)}%`);
    expect(text).not.toContain("MFU 為 100%");
    expect(result(line).mfu).toBeCloseTo((6 * 37e9 * 14.8e12) / (2664e3 * 3600 * 989.4e12), 3);
  });

  it("would deepseek v3 mfu exceed 100%, does …'s mfu exceed 100%? (refused on “exceed”, its Try line planning at 100%)", () => {
    for (const line of ["would deepseek v3 mfu exceed 100% with 6ND", "does deepseek v3's mfu exceed 100%?"])
      expect(said(line), line).toContain(`${Math.round(total6ND * 100)}%`);
  });

  it("a condition keeps its percent: deepseek v3 MFU 超過 40% 的話要多久 plans at 40%; 根據 Chinchilla 法則 is a lead-in", () => {
    expect(said("deepseek v3 MFU 超過 40% 的話要多久", "zh-TW")).toContain("MFU 為 40%");
    expect(result("根據 Chinchilla 法則, GPT-3 175B 需要多少 token?").tokens).toBe(20 * 175e9);
  });
});

describe("the seed's 3 × forward asked by name is mfu's row of that name", () => {
  // DeepSeek-AI 2024 Table 1 (2,664K H800 GPU-hours) and config.json; the seed counts 3 × the forward pass.
  it("deepseek v3 with 3x forward mfu, deepseek v3 用 3 × forward 算 MFU → the MFU answer with its 3 × forward row (was refused on “forward”)", () => {
    const asked = result("mfu deepseek v3");
    for (const [line, lang] of [
      ["deepseek v3 with 3x forward mfu", "en"],
      ["mfu of deepseek v3 using 3 * forward pass", "en"],
      ["deepseek v3 用 3 × forward 算 MFU", "zh-TW"],
    ] as const) {
      expect(result(line).mfu, line).toBe(asked.mfu);
      expect(said(line, lang), line).toContain(lang === "en" ? "3 × forward" : "3 × 前向");
    }
  });
});
