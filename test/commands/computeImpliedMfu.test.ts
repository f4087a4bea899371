import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

// MFU = model FLOP / (GPU-seconds × dense peak) (Chowdhery et al. 2022, PaLM §4.1 and App. B); the best
// published large runs sit near 40–60% (PaLM Table 3: PaLM 46.2%). H100 SXM5 bf16 dense 989.4 TFLOP/s.
const H100 = 989.4e12;
const flops = 6 * 70e9 * 2e12;
const warningsOf = (line: string) => (toJson(ask(line), "en") as { warnings: string[] }).warnings.join(" ");

describe("compute warns of an implausible implied MFU as /flops mfu does", () => {
  it("70B 2T on 512 H100 in 10 days implies 192%: impossible", () => {
    const line = "70B 2T gpu=H100 gpus=512 days=10";
    const implied = flops / (512 * 10 * 86_400 * H100);
    expect(result(line).impliedMfu.sixN / implied).toBeCloseTo(1, 9);
    expect(implied).toBeGreaterThan(1.9);
    expect(warningsOf(line)).toContain("MFU 192% is impossible");
  });

  it("in 30 days it implies 64%: suspicious, the same words as /flops mfu", () => {
    const line = "70B 2T gpu=H100 gpus=512 days=30";
    expect(warningsOf(line)).toContain("MFU 64% is suspicious");
    expect(warningsOf("mfu 70B 2T gpu=H100 gpus=512 days=30")).toContain("MFU 64% is suspicious");
  });

  it("a plausible plan (60 days → 32%) carries no warning", () => {
    expect(warningsOf("70B 2T gpu=H100 gpus=512 days=60")).toBe("");
  });

  it("a pinned 45% MFU needing 524K GPU-hours (42.6 d on 512) is flagged as past the 30-day deadline", () => {
    const line = "70B 2T gpu=H100 gpus=512 days=30 mfu=45%";
    const needed = flops / (H100 * 0.45) / 3600;
    expect(result(line).gpuHoursAtMfu / needed).toBeCloseTo(1, 9);
    expect(needed / 512 / 24).toBeCloseTo(42.6, 1);
    const warnings = warningsOf(line);
    expect(warnings).toContain("524K GPU-hours, 42.6 d on 512 GPUs: past the 30 d given");
    expect(said(line, "zh-TW")).toContain("超過給定的 30 d");
  });

  it("a pinned MFU that fits the deadline is not flagged", () => {
    expect(warningsOf("70B 2T gpu=H100 gpus=512 days=60 mfu=35%")).toBe("");
  });

  it("with GPU-hours given instead of a deadline, the shortfall is in GPU-hours", () => {
    expect(warningsOf("70B 2T gpu=H100 gpu-hours=300K mfu=45%")).toContain(
      "more than the 300K GPU-hours given",
    );
  });
});
