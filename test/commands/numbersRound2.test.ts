import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const warningKeys = (line: string) => (ask(line).warnings ?? []).map((w) => w.key);

// H100 SXM5 bf16 dense peak: 989 TFLOP/s (NVIDIA H100 datasheet, 1,979 with sparsity). MFU = 6ND /
// (GPU-seconds × peak) (PaLM §4.1, App. B). Published large runs sit at 30–60% (PaLM Table 3: 46.2%);
// the mfu command and the README warn of an implied MFU under 5%, and compute now does too.
describe("compute warns of a low implied MFU as /flops mfu does", () => {
  it("7B, Chinchilla's 20 tokens per parameter (140B), 3 months on 64 H100: 6 × 7B × 140B / (64 × 91.3 d × 989T) ≈ 1.18%", () => {
    const line = "a 7B model for 3 months on 64 H100";
    const r = result(line);
    const seconds = ((3 * 365.25) / 12) * 86_400;
    expect(r.impliedMfu.sixN).toBeCloseTo((6 * 7e9 * 140e9) / (64 * seconds * 989e12), 4);
    expect(r.impliedMfu.sixN).toBeLessThan(0.05);
    expect(warningKeys(line)).toContain("plausible.impliedMfuLow");
    expect(said(line)).toContain("The implied MFU, 1.2%, is far below any real run");
    expect(said(line, "zh-TW")).toContain("1.2%");
  });

  it("70B 2T on 1024 H100 for a year: 6 × 70B × 2T / (1024 × 365.25 d × 989T) ≈ 2.63%, warned; 30 days (32%) is not", () => {
    const line = "70B 2T 1024 H100 for a year";
    expect(result(line).impliedMfu.sixN).toBeCloseTo(
      (6 * 70e9 * 2e12) / (1024 * 365.25 * 86_400 * 989e12),
      4,
    );
    expect(warningKeys(line)).toContain("plausible.impliedMfuLow");
    expect(warningKeys("70B 2T 1024 H100 for 30 days")).not.toContain("plausible.impliedMfuLow");
  });

  it("the same notice as the mfu command's, not a copy", () => {
    expect(warningKeys("mfu 7B 140B gpu=H100 gpus=64 days=91")).toContain("plausible.impliedMfuLow");
  });
});
