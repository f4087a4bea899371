/**
 * 訓練一次要多少錢 (what does one training run cost) was refused on 一次 as the tokens' value; one
 * run is what every plan is, so 一次 is filler and the run is costed.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("訓練一次 (one training run)", () => {
  it("Llama-3-405B 訓練一次要多少錢？每小時 2 美元: Meta's 30.84M H100 GPU-hours × $2", () => {
    const asked = answered("Llama-3-405B 訓練一次要多少錢？每小時 2 美元", "zh-TW");
    // Llama 3 model card: 30.84M H100-80GB GPU-hours for 405B.
    expect(asked.result.gpuHours).toBeCloseTo(30.84e6, -4);
    expect(asked.result.costUsd).toBeCloseTo(2 * 30.84e6, -5);
  });

  it("一次訓練 70B 15T 在 1024 張 H100 上要多久: every number kept", () => {
    const { result } = answered("一次訓練 70B 15T 在 1024 張 H100 上要多久", "zh-TW");
    expect([result.params, result.tokens, result.gpus]).toEqual([70e9, 15e12, 1024]);
  });
});
