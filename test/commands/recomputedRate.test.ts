import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// Narayanan et al. 2021 (Megatron-LM), Table 1 and §5.1: the 1T model at 163 TFLOP/s per A100,
// 52% of its 312 TFLOP/s dense bf16 peak, counted with the recomputed forward pass (eq. 3: 96 = 4 × 24).
const A100_BF16 = 312e12;

describe("an achieved TFLOP/s may count recomputation: the MFU it would be is said beside it", () => {
  it("mfu 1T gpu=A100 tflops=163: 52.2% of peak, and 3/4 of it (39.2%) were the rate logged with full recomputation", () => {
    const line = "mfu 1T gpu=A100 tflops=163";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(163e12 / A100_BF16, 6);
    const text = said(line);
    expect(text).toContain("Narayanan et al. 2021, eq. 3");
    expect(text).toContain(
      `${((163e12 / A100_BF16) * 100).toFixed(1)}% is an MFU of ${((0.75 * 163e12 * 100) / A100_BF16).toFixed(1)}%`,
    );
  });

  it("a training plan at 400 TFLOP/s per H100 says the same of its 40.4% (989.4 TFLOP/s dense bf16)", () => {
    const line = "70B 2T on 512 H100 at 400 tflops per gpu";
    const text = said(line);
    expect(text).toContain(
      `${((400 / 989.4) * 100).toFixed(1)}% is an MFU of ${((0.75 * 400 * 100) / 989.4).toFixed(1)}%`,
    );
  });

  it("said in Chinese too", () => {
    expect(said("mfu 1T gpu=A100 tflops=163", "zh-TW")).toContain("相當於 MFU 39.2%");
  });

  it("an MFU typed as such gets no such note (no rate was logged)", () => {
    expect(said("7B 2T gpu=A100 mfu=45%")).not.toContain("Narayanan");
  });
});
