import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

type PeakAt = { precision: string; byGpu: { id: string; peakFlops: number | null }[] };
const peakAt = (line: string, lang: "en" | "zh-TW" = "en"): PeakAt => {
  const reply = ask(line, lang);
  expect(reply.ok, line).toBe(true);
  expect(reply.command).toBe("gpus");
  return (reply.result as { peakAt: PeakAt }).peakAt;
};
const peakOf = (at: PeakAt, id: string) => at.byGpu.find((gpu) => gpu.id === id)?.peakFlops;

describe("a GPU's dense peak at the precision asked (`B200 fp4 tflops`, `H100 int8 peak`), from its sheet", () => {
  it("B200 fp4: 9 PFLOP/s dense (HGX B200 spec table: 18 PF FP4 with sparsity, per GPU)", () => {
    for (const line of ["b200 fp4 tflops", "fp4 peak of B200"]) {
      const at = peakAt(line);
      expect(at.precision).toBe("fp4");
      expect(peakOf(at, "b200")).toBe(9000e12);
    }
    expect(said("b200 fp4 tflops")).toContain("fp4 dense peak");
  });

  it("H100 SXM int8: 1,978.9 TOPS dense (datasheet: 3,958 TOPS with sparsity), said in TOPS, not FLOP/s", () => {
    const at = peakAt("H100 int8 peak");
    expect(peakOf(at, "h100-sxm")).toBeCloseTo(1978.9e12, -6);
    const text = said("H100 int8 peak");
    expect(text).toContain("int8 dense peak, TOPS");
    expect(text).toContain("1,978.9");
  });

  it("H100 SXM tf32: 494.7 TFLOP/s dense (datasheet: 989 with sparsity), asked after the name in gpus too", () => {
    expect(peakOf(peakAt("gpus h100 tf32"), "h100-sxm")).toBeCloseTo(494.7e12, -6);
  });

  it("A100 has no fp4: said so in a note, never a number made up", () => {
    const at = peakAt("A100 fp4 peak");
    expect(at.byGpu.every((gpu) => gpu.peakFlops === null)).toBe(true);
    expect(said("A100 fp4 peak")).toContain("No dense fp4 peak for A100");
  });

  it("in Chinese: H100 和 A100 的 fp8 峰值 (H100 SXM 1,978.9; A100 none)", () => {
    const at = peakAt("H100 和 A100 的 fp8 峰值", "zh-TW");
    expect(peakOf(at, "h100-sxm")).toBeCloseTo(1978.9e12, -6);
    expect(said("H100 和 A100 的 fp8 峰值", "zh-TW")).toContain("fp8 dense 峰值");
  });
});
