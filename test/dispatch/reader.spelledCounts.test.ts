import { describe, expect, it } from "vitest";
import { answered, errorOf } from "./helpers.ts";

/** H100 SXM5 bf16 dense peak (NVIDIA datasheet: 1,979 TFLOP/s with sparsity, half dense). */
const H100 = 989.4e12;

describe("a count spelled in words before a multiplier (`seventy billion`, `two trillion tokens`)", () => {
  it.each([
    ["train a seventy billion parameter model on two trillion tokens", 70e9, 2e12],
    ["seven billion params 1T tokens", 7e9, 1e12],
    ["7B on a trillion tokens", 7e9, 1e12],
    ["a hundred billion params on one trillion tokens", 100e9, 1e12],
    ["twenty-five billion params, three hundred and fifty billion tokens", 25e9, 350e9],
  ] as const)("%s: N and D as spoken, 6·N·D from them", (line, params, tokens) => {
    const { readAs, result } = answered(line);
    expect(readAs.params).toBe(params);
    expect(readAs.tokens).toBe(tokens);
    expect(result.flops).toBeCloseTo(6 * params * tokens, -20);
  });

  it("`a million dollars` on H100 at $2/h is $1M: 500K GPU-hours", () => {
    const { readAs, result } = answered("what can I train with a million dollars on H100 at $2/h");
    expect(readAs.budgetUsd).toBe(1e6);
    expect(result.gpuHours).toBeCloseTo(1e6 / 2, 0);
  });

  it("`half a trillion tokens` stays 0.5T (the half is read before the spelled count)", () => {
    expect(answered("70 billion params on half a trillion tokens").readAs.tokens).toBe(0.5e12);
  });

  it("a number word with no multiplier after it is still refused by that word, never guessed", () => {
    expect(errorOf("seventy params on 2T tokens").text).toContain("seventy");
  });
});

describe("a count of GPUs in millions (`10M H100s`) is read and warned about, not refused as an unknown word", () => {
  it.each(["70B 2T with 10M H100s", "70B 2T 10M gpus H100"])(
    "%s: 10,000,000 GPUs and the cluster warning",
    (line) => {
      const { readAs, result, notes } = answered(line);
      expect(readAs.gpus).toBe(10_000_000);
      expect(result.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (1e7 * H100 * 0.4), 3);
      expect(notes).toContain("largest published training cluster");
    },
  );

  it("`2M H100 hours` stays GPU-hours, never 2M GPUs", () => {
    const { readAs } = answered("mfu 70B 2T 2M H100 hours");
    expect(readAs["gpu-hours"] ?? readAs.gpuHours).toBe(2e6);
    expect(readAs.gpus).toBeUndefined();
  });
});

describe("可能嗎, 可行嗎, 做得到嗎 (is it possible, feasible, doable) ask for the verdict, as `possible?` does", () => {
  it.each([
    "70B 2T 256 張 H100 14 天 可能嗎",
    "70B 2T 256 張 H100 14 天做得到嗎",
    "70B 2T 256 張 H100 14 天可行嗎",
  ])("%s: the run on 256 H100 for 14 days, its implied MFU judged impossible", (line) => {
    const { readAs, result, notes } = answered(line, "zh-TW");
    expect(readAs.gpus).toBe(256);
    // 6·70B·2T / (256 × 14 d × 86,400 s × 989.4T) = 2.74: above 100%.
    const implied = result.impliedMfu as { sixN: number };
    expect(implied.sixN).toBeCloseTo((6 * 70e9 * 2e12) / (256 * 14 * 86_400 * H100), 3);
    expect(notes).toContain("不可能");
  });

  it("MFU 50% 可能嗎: the percent judged against published runs, as `is 50% MFU possible` is", () => {
    const { readAs } = answered("MFU 50% 可能嗎", "zh-TW");
    expect(readAs.mfu).toBe(0.5);
  });
});
