import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

/** GPT-3 175B's training compute: 3.64E+03 petaflop/s-days (Brown et al. 2020, Table D.1). */
const GPT3_PF_DAYS = 3640;
/** One petaflop/s-day: 10¹⁵ FLOP/s × 86,400 s. */
const PF_DAY = 1e15 * 86_400;

describe("a budget in PF-days is that many petaflop/s-days of FLOP, never a size (it read 3.64K parameters)", () => {
  it.each(["chinchilla 3640 pf-days", "chinchilla 3640 PF-days", "chinchilla budget=3640 PF-days"])(
    "%s: C = 3640 × 8.64e19 = 3.14e23 FLOP, N* = √(C / 120) = 51.2B (Hoffmann et al. 2022)",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      const r = reply.result as { flops: number; params: number };
      expect(r.flops).toBeCloseTo(GPT3_PF_DAYS * PF_DAY, -18);
      expect(r.params).toBeCloseTo(Math.sqrt((GPT3_PF_DAYS * PF_DAY) / 120), -7);
      expect(said(line)).toContain("a PF-day is 10¹⁵ FLOP/s for 86,400 s");
    },
  );

  it("3640 PF-days on 1024 A100: the budget's time at 312 TFLOP/s dense bf16 and 40% MFU (NVIDIA A100 datasheet)", () => {
    const r = result("3640 PF-days on 1024 A100");
    expect(r.flops).toBeCloseTo(GPT3_PF_DAYS * PF_DAY, -18);
    expect(r.seconds).toBeCloseTo((GPT3_PF_DAYS * PF_DAY) / (1024 * 312e12 * 0.4), -2);
  });

  it("a command with no budget refuses it as compute, naming it as typed", () => {
    const reply = ask("cards 3640 pf-days");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.pfDaysNotHere");
    expect(said("cards 3640 pf-days")).toContain("“3640 pf-days” is compute");
  });

  it("`gpt-3 in PF-days` still asks GPT-3's compute in that unit (no number before it)", () => {
    expect(ask("gpt-3 in PF-days").ok).toBe(true);
  });
});
