import { describe, expect, it } from "vitest";
import { chartSpec } from "../../src/charts/spec.ts";
import { ask, said } from "./helpers.ts";

const keys = (line: string) => ask(line).warnings.map((warning) => warning.key);

describe("implausible prices and token counts are warned of", () => {
  it("$200/GPU-hour: was that per node of 8? $25/h per GPU", () => {
    const line = "70B 2T 1024 H100 price=$200/h";
    expect(keys(line)).toEqual(["compute.priceHigh"]);
    expect(said(line)).toContain("was that per node of 8? Per GPU it is $25/h (price=$25/h)");
    expect(said(line, "zh-TW")).toContain("這是每個 8 卡節點的價格嗎");
  });

  it("$0.02/GPU-hour is below any cloud's price; $2/h passes", () => {
    expect(keys("70B 2T 1024 H100 price=$0.02/h")).toEqual(["compute.priceLow"]);
    expect(keys("70B 2T 1024 H100 price=$2/h")).toEqual([]);
  });

  it("200T tokens: beyond the largest published corpus, Llama 4 Scout's ~40T (its model card), not Qwen3's 36T", () => {
    expect(keys("70B 200T")).toEqual(["compute.tokensBeyondCorpora"]);
    // The Llama 4 model card: Scout pretrained on ~40 trillion tokens, more than Qwen3's ~36T.
    expect(said("70B 200T")).toContain("the largest is Llama 4 Scout's, about 40T tokens");
    expect(said("70B 200T")).not.toContain("the largest is Qwen3's");
    expect(said("70B 200T", "zh-TW")).toContain("最大的是 Llama 4 Scout，約 40T");
    // Llama 4 Scout's own 40T, Qwen3's 36T and Llama 3's 15.6T pass.
    expect(keys("109B 40T")).toEqual([]);
    expect(keys("235B 36T")).toEqual([]);
    expect(keys("qwen3-235b-a22b")).not.toContain("compute.tokensBeyondCorpora");
    expect(keys("llama-4-scout")).not.toContain("compute.tokensBeyondCorpora");
  });
});

describe("the compute chart costs only the GPU the price was typed for", () => {
  it("175B 300B gpu=A100 price=$2/h: the A100 costs 701K GPU-hours × $2; B200 is not priced at $2", () => {
    const reply = ask("175B 300B gpu=A100 gpus=1024 price=$2/h");
    const spec = chartSpec(reply, "en");
    if (spec?.kind !== "compute") throw new Error("expected the across-GPU chart");
    const values = (spec.vegaLite as { data: { values: { gpu: string; cost: number; costLabel: string }[] } })
      .data.values;
    // 3.15e23 / (312 TFLOP/s A100 bf16 dense × 0.4) / 3600 = 701K GPU-hours → $1.4M.
    expect(values[0]?.cost).toBeCloseTo(((6 * 175e9 * 300e9) / (312e12 * 0.4) / 3600) * 2, -3);
    const b200 = values.find((v) => v.gpu.startsWith("B200"));
    expect(b200?.cost).toBe(0);
    expect(b200?.costLabel).toBe("not priced");
    // The source line names every plotted GPU's datasheet, not the A100's alone.
    expect(spec.footer).toContain("datasheets of A100, H100, H200, B200, MI300X, TPU v5p");
  });
});

describe("sizes in the other order (`2T 70B`) are warned of, with the order to give them in", () => {
  it("2T 70B: 0.035 tokens a parameter, warned, with `70B 2T` to type", () => {
    const reply = ask("2T 70B");
    expect(reply.warnings.map((w) => w.key)).toContain("plausible.sizesSwapped");
    expect(said("2T 70B")).toContain("give them as 70B 2T");
    expect(said("2T 70B", "zh-TW")).toContain("請寫成 70B 2T");
  });

  it.each([
    ["175B 300B", "GPT-3, 1.7 tokens a parameter (Brown et al. 2020)"],
    ["70B 1.4T", "Chinchilla, 20"],
    ["1.6T 180B", "0.11, just above a tenth"],
  ])("%s (%s) is not warned of", (line) => {
    expect(ask(line).warnings.map((w) => w.key)).not.toContain("plausible.sizesSwapped");
  });
});

describe("a small or fine-tuning run is no swapped pair of sizes", () => {
  it.each(["fine-tune 7B on 100M tokens", "sft 70B on 1B tokens on 64 H100", "10M 100M on 1 A100"])(
    "%s: no swap warning (tokens under a pre-training run's 10B)",
    (line) => {
      expect(ask(line).warnings.map((w) => w.key)).not.toContain("plausible.sizesSwapped");
    },
  );
});

describe("a budget that gives a size under 1/1000 of a token a parameter is warned of", () => {
  it("flops=70B 2T: a budget of 70B FLOP with 2T parameters is 0.00583 tokens (7e10 / 6 / 2e12), warned, not answered silently", () => {
    const line = "flops=70B 2T gpu=H100";
    expect(ask(line).result?.tokens).toBeCloseTo(7e10 / (6 * 2e12), 8);
    expect(keys(line)).toContain("plausible.budgetTokensFew");
    expect(said(line)).toContain("A budget of 70B FLOP gives 2T parameters 0.00583 tokens");
    expect(said(line, "zh-TW")).toContain("70B FLOP 的預算給 2T 參數只有 0.00583 個 token");
  });

  it("H100 flops 70B 2T: `flops` before a size in billions is no FLOP count; 70B parameters × 2T tokens, 6ND = 8.4e23", () => {
    const reply = ask("H100 flops 70B 2T");
    expect(reply.result?.flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
    expect(keys("H100 flops 70B 2T")).not.toContain("plausible.budgetTokensFew");
    expect(said("H100 flops 70B 2T")).toContain("H100 SXM5 80GB");
  });

  it("GPT-3's budget, 3.14e23 FLOP on 175B (299B tokens), and a budget alone are not warned of", () => {
    expect(keys("flops=3.14e23 175B")).not.toContain("plausible.budgetTokensFew");
    expect(ask("flops=3.14e23 175B").result?.tokens).toBeCloseTo(3.14e23 / (6 * 175e9), -9);
    expect(keys("chinchilla budget=3.14e23")).not.toContain("plausible.budgetTokensFew");
  });
});
