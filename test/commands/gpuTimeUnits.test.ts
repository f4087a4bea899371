import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

/** A day, a week, a month and a year in hours (a Julian year, 365.25 days, as quantities count). */
const [DAY, WEEK, YEAR] = [24, 7 * 24, 365.25 * 24];
/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16. */
const H100_PEAK = 989.4e12;

describe("GPU time in days, weeks or years in one word is GPU-hours (`1000 H100-days` read as a model of 1,000 parameters)", () => {
  it.each([
    ["1000 H100-days", 1000 * DAY],
    ["1000 GPU-days on H100", 1000 * DAY],
    ["52 H100-weeks", 52 * WEEK],
    ["1000 H100-years", 1000 * YEAR],
    ["1.5k gpu-years on H100", 1500 * YEAR],
    // Spaced as papers also write it: `1000 H100 days` was read as a model of 1,000 parameters.
    ["1000 H100 days", 1000 * DAY],
    ["10000 A100 GPU days", 10000 * DAY],
    ["1000 GPU days on H100", 1000 * DAY],
    ["2 H100 years", 2 * YEAR],
  ])("%s: %d GPU-hours, and the FLOP they deliver at 40% MFU", (line, hours) => {
    const r = result(line);
    expect(r.gpuHours).toBeCloseTo(hours, 6);
    // A100 SXM4 datasheet: 312 TFLOP/s dense bf16.
    const peak = line.includes("A100") ? 312e12 : H100_PEAK;
    expect(r.flops / (hours * 3600 * peak * 0.4)).toBeCloseTo(1, 9);
    expect(said(line)).toContain("hours each; a year is 365.25 days");
  });

  it("with a size: 70B on 1000 GPU-days of H100 trains D = C / 6N tokens (was read as 1,000 tokens)", () => {
    const r = result("70B on 1000 GPU-days of H100");
    expect(r.params).toBe(70e9);
    expect(r.tokens / ((1000 * DAY * 3600 * H100_PEAK * 0.4) / (6 * 70e9))).toBeCloseTo(1, 9);
  });

  it("mfu: 228 GPU-years of H100 for 70B on 2T is 6·N·D / (GPU-seconds × peak) (PaLM App. B)", () => {
    const reply = ask("mfu 70B 2T gpu=H100 228 GPU-years");
    expect(reply.ok).toBe(true);
    const r = reply.result as { mfu: number };
    expect(r.mfu).toBeCloseTo((6 * 70e9 * 2e12) / (228 * YEAR * 3600 * H100_PEAK), 6);
    expect(said("mfu 70B 2T gpu=H100 228 GPU-years", "zh-TW")).toContain("一年以 365.25 天計");
  });

  it("a wall time after a GPU count stays a wall time: `on 512 H100 30 days`", () => {
    const r = result("70B 2T on 512 H100 30 days");
    expect(r.params).toBe(70e9);
    expect(r.gpuHours).toBeCloseTo(512 * 30 * DAY, 6);
  });

  it("hours stay as typed, with the note they had", () => {
    expect(result("2M H100-hours").gpuHours).toBe(2e6);
    expect(said("2M H100-hours")).toContain("Read “2M H100-hours” as 2M GPU-hours.");
  });
});
