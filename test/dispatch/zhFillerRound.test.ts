/**
 * Everyday Chinese a Taiwanese engineer types, each refused on one word: 真的只用了 (really only
 * used), 機器 (a machine), 這麼低 (so low), 電 (electricity), 把…縮短到 (bring down to). Each word
 * is now filler (or energy, for 電), and the question is answered with every number kept.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("Chinese words that carry no value", () => {
  it("DeepSeek-V3 真的只用了 278.8 萬 H800 GPU 小時嗎？: the published 2.788M H800 GPU-hours checked", () => {
    const asked = answered("DeepSeek-V3 真的只用了 278.8 萬 H800 GPU 小時嗎？", "zh-TW");
    // DeepSeek-V3 Technical Report, Table 1: 2.788M H800 GPU-hours.
    expect(asked.result.gpuHours).toBe(2.788e6);
    expect(asked.result.gpu).toBe("NVIDIA H800 SXM5 80GB");
  });

  it("一台 8 卡 H100 的機器訓練 7B 1T token 要幾天: 8 H100s, 6 × 7B × 1T at 40% MFU", () => {
    const { result } = answered("一台 8 卡 H100 的機器訓練 7B 1T token 要幾天", "zh-TW");
    expect(result.gpus).toBe(8);
    // 4.2e22 / (8 × 989.4e12 × 0.4) s (H100 SXM5 bf16 dense, NVIDIA datasheet).
    expect(result.seconds as number).toBeCloseTo(4.2e22 / (8 * 989.4e12 * 0.4), -2);
  });

  it("gpt-3 的 MFU 為什麼這麼低？: GPT-3's MFU, explained", () => {
    const asked = answered("gpt-3 的 MFU 為什麼這麼低？", "zh-TW");
    expect(asked.command).toBe("mfu");
    // 6ND over 10,000 V100 × 14.8 days at 125 TFLOP/s fp16 dense (Patterson et al. 2021, Table 4).
    expect(asked.result.mfu6N as number).toBeCloseTo(
      (6 * 175e9 * 300e9) / (10_000 * 14.8 * 86_400 * 125e12),
      3,
    );
    expect(asked.notes).toContain("逐步推導");
  });

  it("訓練 70B 要多少電？: the energy row (GPU-hours × W × PUE, LLaMA §6)", () => {
    const { result } = answered("訓練 70B 要多少電？", "zh-TW");
    const gpuHours = result.gpuHours as number;
    // H100 SXM5 700 W, PUE 1.1.
    expect(result.energyJoules as number).toBeCloseTo(gpuHours * 700 * 1.1 * 3600, -6);
  });

  it("把 70B 15T 的訓練時間縮短到 30 天需要幾張 B200？: the count that finishes in 30 days", () => {
    const { result } = answered("把 70B 15T 的訓練時間縮短到 30 天需要幾張 B200？", "zh-TW");
    // B200 bf16 dense 2.25 PFLOP/s (NVIDIA HGX B200 datasheet), MFU 40%.
    expect(result.gpus).toBe(Math.ceil((6 * 70e9 * 15e12) / (30 * 86_400 * 2.25e15 * 0.4)));
  });
});
