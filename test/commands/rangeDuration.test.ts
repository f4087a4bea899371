/**
 * The ends of a time's MFU range in the unit the time needs: a 10-minute run said `MFU 50% →
 * 0.00548 d`. 1B parameters on 20B tokens: 6ND = 1.2e20 FLOP (Kaplan et al. 2020) on 512 H100 at
 * 989.4 TFLOP/s dense bf16 (NVIDIA datasheet): 474 s at 50% MFU, 790 s at 30%.
 */
import { describe, expect, it } from "vitest";
import { said } from "./helpers.ts";

const H100 = 989.4e12;
const minutes = (mfu: number) => (6 * 1e9 * 20e9) / (512 * H100 * mfu) / 60;

describe("a time range's ends", () => {
  it("minutes for a run of minutes, in en and zh-TW", () => {
    const at50 = minutes(0.5).toFixed(1);
    const at30 = minutes(0.3).toFixed(1);
    expect(said("1B 20B 512 H100")).toContain(`MFU 50% → ${at50} min, 30% → ${at30} min`);
    expect(said("1B 20B 512 H100", "zh-TW")).toContain(`50% → ${at50} 分鐘, 30% → ${at30} 分鐘`);
  });

  it("days for a run of days: 70B on 2T is 38.4 d at 50% and 64 d at 30%", () => {
    const days = (mfu: number) => (6 * 70e9 * 2e12) / (512 * H100 * mfu) / 86_400;
    expect(days(0.5)).toBeCloseTo(38.4, 1);
    expect(said("70B 2T 512 H100")).toContain("MFU 50% → 38.4 d, 30% → 64 d");
  });
});
