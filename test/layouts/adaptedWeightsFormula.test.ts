import { describe, expect, it } from "vitest";
import { rendered, result } from "../commands/helpers.ts";

/**
 * LoRA and QLoRA on pipeline stages: the first stage holds its layers' share plus the V·h input
 * embedding over t (Narayanan et al. 2021, §2.2), share = (1 − e)/(t·p) + e/t, e = V·h / N. The
 * Weights per GPU row's formula must multiply out to the value shown, not read weights / (t·p).
 * Llama 3 8B: V 128,256, h 4,096, N 8.03B (config.json), so e = 0.0654.
 */
const weightsRow = (line: string) => rendered(line).rows.find((row) => row.label === "Weights per GPU");

/** The `A GB × s` of a share formula, multiplied out, divided by d when the formula says so. */
function formulaProduct(formula: string): number {
  const m = /= ([\d.,]+) GB × ([\d.]+)( \(÷ d (\d+) included\))?/.exec(formula);
  if (!m) throw new Error(`no share in ${formula}`);
  return Number((m[1] ?? "").replace(/,/g, "")) * Number(m[2]);
}

describe("LoRA and QLoRA weights per GPU on pipeline stages: the formula gives the value", () => {
  it.each([
    "cards llama-3-8b gpu=RTX4090 mode=lora",
    "cards llama-3-8b gpu=RTX4090 mode=lora pp=4",
    "cards llama-3-70b gpu=RTX4090 mode=qlora",
  ])("%s", (line) => {
    const layout = result(line).layout;
    expect(layout.pp).toBeGreaterThan(1);
    const row = weightsRow(line);
    expect(row?.formula).toContain("((1 − e) / (t·p) + e / t)");
    const shownGb = layout.perGpu.weights / 1e9;
    // The formula's whole weights (three figures) times its share: within 0.5% of the value.
    expect(formulaProduct(row?.formula ?? "")).toBeCloseTo(shownGb, 1);
    expect(Math.abs(formulaProduct(row?.formula ?? "") / shownGb - 1)).toBeLessThan(0.005);
  });

  it("Llama 3 8B LoRA over p = 4 stages: share (1 − 0.0654)/4 + 0.0654 = 0.2991 of 16.1 GB, 4.81 GB, not 16.1 / 4 = 4.03", () => {
    const line = "cards llama-3-8b gpu=RTX4090 mode=lora pp=4";
    const e = (128_256 * 4096) / 8.03e9;
    const share = (1 - e) / 4 + e;
    expect(share).toBeCloseTo(0.2991, 3);
    expect(weightsRow(line)?.formula).toContain("× 0.2991");
    expect(result(line).layout.perGpu.weights / 1e9).toBeCloseTo(16.1 * share, 1);
  });
});
