import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, rendered, result, said } from "./helpers.ts";

/** The Try line of a refusal, without its `/flops `. */
const tried = (line: string, lang: "en" | "zh-TW" = "en") =>
  rendered(line, lang).hint?.match(/\/flops (.*)$/)?.[1] ?? "";
const readAs = (line: string) =>
  (toJson(ask(line), "en") as { readAs: { assumed: string[]; mfu?: number; gpu?: string } }).readAs;

/** H100 SXM bf16 dense peak (FLOP/s), NVIDIA's datasheet; 40% the planning point (PaLM Table 3). */
const H100 = 989.4e12;

describe("energy and emissions asked in words (the planning sweep)", () => {
  it("the carbon footprint of training 70B on 2T: 6ND on an assumed H100, with its energy and emissions", () => {
    const line = "what's the carbon footprint of training 70B on 2T";
    const r = result(line);
    // 6 × 70B × 2T = 8.4e23 FLOP; at 40% of 989.4 TFLOP/s: 8.4e23 / (989.4e12 × 0.4) / 3600 = 589,587 GPU-hours.
    expect(r.flops).toBeCloseTo(8.4e23, -19);
    const gpuHours = 8.4e23 / (H100 * 0.4) / 3600;
    expect(r.gpuHours).toBeCloseTo(gpuHours, 0);
    // LLaMA §6: GPU-h × 700 W × PUE 1.1 = 454 MWh; × 0.385 kg/kWh = 174.8 t CO2eq.
    expect(r.energyJoules / 3.6e9).toBeCloseTo((gpuHours * 700 * 1.1) / 1e6, 3);
    expect(r.co2Kg / 1000).toBeCloseTo((gpuHours * 700 * 1.1 * 0.385) / 1e6, 3);
    expect(readAs(line).assumed).toContain("gpu");
    expect(said(line)).toContain("No GPU named: assuming NVIDIA H100 SXM5 80GB for the energy and emissions");
  });

  it("co2, emissions, energy, kWh and 碳排放 are asked, never blamed as unknown words", () => {
    for (const line of [
      "70B 2T on H100 co2",
      "emissions of training 70B on 2T on 512 H100",
      "how much energy to train 70B on 2T tokens",
      "70B 2T 512 H100 how many kwh",
    ]) {
      expect(ask(line).ok, line).toBe(true);
      expect(result(line).co2Kg, line).toBeGreaterThan(0);
    }
    const zh = "70B 2T 的碳排放是多少";
    expect(ask(zh, "zh-TW").ok).toBe(true);
    expect(said(zh, "zh-TW")).toContain("耗電量與碳排放要看 GPU 的板卡功耗與速度，這裡假設用 NVIDIA H100");
  });

  it("carbon before a number is still the grid's intensity; a named GPU is not replaced", () => {
    const r = result("70B 2T on 512 H100 carbon 0.2");
    expect(r.gridKgPerKwh).toBe(0.2);
    expect(readAs("emissions of 70B 2T on 512 A100").gpu).toBe("a100-80gb-sxm");
    expect(readAs("emissions of 70B 2T on 512 A100").assumed).not.toContain("gpu");
  });
});

describe("renting and buying are asked in words", () => {
  it("if we rent 256 H200 for 6 weeks how many tokens can a 13B see: 4.71T at 40% MFU, shown assumed", () => {
    const line = "if we rent 256 H200 for 6 weeks how many tokens can a 13B see";
    // 256 × 42 days × 24 h = 258,048 GPU-hours × 3600 × 989.4e12 × 0.4 = 3.676e23 FLOP; / (6 × 13B) = 4.71T.
    const tokens = (256 * 42 * 86_400 * 989.4e12 * 0.4) / (6 * 13e9);
    expect(result(line).tokens).toBeCloseTo(tokens, -9);
    // The tokens rest on an MFU: Read as says which, assumed (it showed none).
    expect(readAs(line).mfu).toBe(0.4);
    expect(readAs(line).assumed).toContain("mfu");
    expect(said(line)).toContain("MFU 40% (assumed)");
    // A typed MFU is no assumption.
    expect(readAs("13B gpu=H200 gpus=256 days=42 mfu=50%").assumed).not.toContain("mfu");
  });

  it("what does 1e24 flops buy on B200 (and `get us`): the √(C/120) split, 91.3B and 1.83T", () => {
    for (const line of ["what does 1e24 flops buy on B200", "what does 1e24 flops get us on B200"]) {
      const r = result(line);
      expect(r.params).toBeCloseTo(Math.sqrt(1e24 / 120), -7);
      expect(r.tokens).toBeCloseTo(20 * Math.sqrt(1e24 / 120), -8);
    }
  });
});

describe("budgets said in words", () => {
  it("half a million dollars is $500K: 250K GPU-hours at $2/h train a 70B on 848B tokens", () => {
    const line = "we have half a million dollars, 70B on H100 at $2/h how many tokens";
    // $500K / $2 = 250K GPU-hours × 3600 × 989.4e12 × 0.4 = 3.56e23 FLOP; / (6 × 70B) = 848B tokens.
    expect(result(line).tokens).toBeCloseTo((250_000 * 3600 * H100 * 0.4) / (6 * 70e9), -8);
  });

  it("budget 1.5M with a price is no FLOP budget: refused, the Try line the same with its dollar sign", () => {
    const line = "budget 1.5M, H100 at $2.2/h, biggest chinchilla model";
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("plausible.budgetTiny");
    // √(1.5e6 / 120) = 111.8 parameters.
    expect(said(line)).toContain("A budget of 1.5M FLOP would train a model of 112 parameters");
    expect(tried(line)).toBe("budget $1.5M, H100 at $2.2/h, biggest chinchilla model");
    // The Try line answers: $1.5M / $2.2 = 681,818 GPU-hours × 3600 × 989.4e12 × 0.4 = 9.71e23 FLOP,
    // N* = √(C/120) = 90.0B.
    const flop = (1.5e6 / 2.2) * 3600 * H100 * 0.4;
    expect(result(tried(line)).optimalParams).toBeCloseTo(Math.sqrt(flop / 120), -7);
    expect(said(line, "zh-TW")).toContain("1.5M FLOP 的預算只能訓練 112 個參數的模型");
    expect(tried("chinchilla budget=2e5")).toBe("chinchilla budget=$2e5");
  });

  it("a FLOP budget of 1e18 and more passes; under it with a size given, the tokens' warning stays", () => {
    expect(ask("chinchilla budget=1e18").ok).toBe(true);
    expect(ask("flops=70B 2T gpu=H100").warnings.map((w) => w.key)).toContain("plausible.budgetTokensFew");
  });
});

describe("a deadline said as a date is refused with a length of time to type", () => {
  it("by end of Q1, by March, before the end of the quarter, until EOY", () => {
    for (const [line, phrase] of [
      ["70B 2T on H100 by end of Q1", "by end of Q1"],
      ["70B 2T on H100 by March", "by March"],
      ["70B 2T on H100 before the end of the quarter", "before the end of the quarter"],
      ["how many H100 for 70B 2T until EOY", "until EOY"],
    ] as const) {
      const reply = ask(line);
      expect(reply.error?.key, line).toBe("read.deadlineDate");
      expect(said(line)).toContain(`“${phrase}” is a date`);
      expect(tried(line)).toBe(line.replace(phrase, "in 3 months"));
    }
    // The Try line answers: 8.4e23 / (91.3 days × 86,400 × 989.4e12 × 0.4) = 269 GPUs.
    const days = (365.25 / 4) * 86_400;
    expect(result("70B 2T on H100 in 3 months").gpus).toBe(Math.ceil(8.4e23 / (days * H100 * 0.4)));
  });

  it("年底前 and 在 Q1 前 in Chinese, with a length in Chinese to try", () => {
    const line = "70B 2T 用 H100 年底前訓練完";
    expect(ask(line, "zh-TW").error?.key).toBe("read.deadlineDate");
    expect(said(line, "zh-TW")).toContain("「年底前」是日期");
    expect(tried(line, "zh-TW")).toBe("70B 2T 用 H100 3 個月內訓練完");
    expect(ask("70B 2T 用 H100 在 Q1 前訓練完", "zh-TW").error?.key).toBe("read.deadlineDate");
  });

  it("a date beside a length of time typed: the plan runs on the length, the date said in a note", () => {
    // 6 × 405B × 15T = 3.645e25 FLOP / (90 days × 86,400 × 989.4e12 × 0.4) = 11,845 H100.
    const line = "need to finish 405B on 15T tokens by end of Q2, we have 90 days, how many H100";
    expect(ask(line).ok).toBe(true);
    expect(result(line).gpus).toBe(Math.ceil((6 * 405e9 * 15e12) / (90 * 86_400 * H100 * 0.4)));
    expect(said(line)).toContain("Read “by end of Q2” as the date the length of time you gave runs to");
    // 8.4e23 / (60 days × 86,400 × 989.4e12 × 0.4) = 410 H100.
    const zh = "70B 2T 用 H100 年底前訓練完，還有 60 天";
    expect(result(zh).gpus).toBe(Math.ceil(8.4e23 / (60 * 86_400 * H100 * 0.4)));
    expect(said(zh, "zh-TW")).toContain("「年底前」讀作你給的時間長度到期的日子");
  });

  it("lengths of time and words that only begin like a date are read as before", () => {
    expect(result("70B 2T on H100 in 6 weeks").gpus).toBe(Math.ceil(8.4e23 / (42 * 86_400 * H100 * 0.4)));
    expect(ask("70B 2T on H100 by marketing").error?.key).not.toBe("read.deadlineDate");
    expect(ask("70B 2T by H100").ok).toBe(true);
  });
});

describe("an MFU typed as a fraction after `at`", () => {
  it("70B 2T 512 H100 at 0.45: MFU 45%, 8.4e23 / (512 × 989.4e12 × 0.45) = 42.6 days, said in a note", () => {
    const line = "70B 2T 512 H100 at 0.45";
    const r = result(line);
    expect(r.mfu).toBe(0.45);
    expect(r.seconds / 86_400).toBeCloseTo(8.4e23 / (512 * H100 * 0.45) / 86_400, 6);
    expect(said(line)).toContain("Read “at 0.45” as MFU 45%");
    expect(said(line, "zh-TW")).toContain("「at 0.45」解讀為 MFU 45%");
    expect(result("70B 2T 512 H100 at .57").mfu).toBe(0.57);
  });

  it("gpt-3 on 1000 H100s at 0.45 keeps GPT-3's 300B tokens (it read 0.45 tokens, 0.0 ms)", () => {
    const r = result("gpt-3 on 1000 H100s at 0.45");
    expect(r.tokens).toBe(300e9);
    // With attention (PaLM App. B): 300B × (6 × 175B + 12 × 96 × 12,288 × 2,048) = 3.24e23 FLOP;
    // / (1,000 × 989.4e12 × 0.45) = 8.42 days.
    const flop = 300e9 * (6 * 175e9 + 12 * 96 * 12_288 * 2048);
    expect(r.seconds / 86_400).toBeCloseTo(flop / (1000 * H100 * 0.45) / 86_400, 2);
  });

  it("a label after the fraction reads as before, and a second MFU is not read over the first", () => {
    expect(result("70B 2T 512 H100 at 0.45 mfu").mfu).toBe(0.45);
    expect(ask("70B 2T 512 H100 at 45% mfu at 0.3").ok).toBe(false);
  });
});

describe("tokens worked out from a GPU time are not followed by an MFU 'implied' by that same time", () => {
  it("70B on 1024 H100 for 30 days: 2.65B GPU-seconds × 989.4 TFLOP/s × 40% / 6N; no Implied MFU row repeating the 40%", () => {
    const reply = ask("70B gpu=H100 gpus=1024 days=30");
    expect(reply.ok).toBe(true);
    const result = reply.result as { tokens: number };
    expect(result.tokens).toBeCloseTo((1024 * 30 * 86400 * 989.4e12 * 0.4) / (6 * 70e9), -9);
    const labels = reply.rows.map((row) => row.label.key);
    expect(labels).not.toContain("row.impliedMfu6N");
    expect(labels).not.toContain("row.gpuHoursAtMfu");
    // With the tokens typed, the MFU the time implies is news, and shown.
    expect(ask("70B 2T gpu=H100 gpus=1024 days=30").rows.map((row) => row.label.key)).toContain(
      "row.impliedMfu6N",
    );
  });
});
