import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// PaLM (Chowdhery et al. 2022) Table 3: the best large run's MFU is 46.2% (PaLM 540B); Llama 3
// 405B reports 38–43% (Llama Team 2024, Table 4). README: above ~60% is suspicious.
const keys = (line: string) => ask(line).warnings.map((warning) => warning.key);

describe("a typed MFU above 60% is warned of as an implied one is", () => {
  it("'70B 2T 1024 H100 at 80% MFU' warns with PaLM Table 3 and Llama 3 Table 4, in en and zh-TW", () => {
    const line = "70B 2T 1024 H100 at 80% MFU";
    expect(keys(line)).toEqual(["mfu.suspicious", "mfu.plannedHigh"]);
    expect(said(line)).toContain("MFU 80% is suspicious");
    expect(said(line)).toContain("46.2% (PaLM Table 3)");
    expect(said(line)).toContain("38–43% (Llama 3 Table 4)");
    expect(said(line, "zh-TW")).toContain("PaLM 表 3");
    // The same warning the implied 91% of '70B 2T 1024 H100 1.5 weeks' gets.
    expect(keys("70B 2T 1024 H100 1.5 weeks")).toContain("mfu.suspicious");
  });

  it("a hardware budget and a GPU comparison at 70% warn too; 40% and 60% do not", () => {
    expect(keys("compute gpu=H100 gpu-hours=1M mfu=70%")).toContain("mfu.plannedHigh");
    expect(keys("70B 2T gpu=h100,a100 gpus=512 mfu=70%")).toContain("mfu.plannedHigh");
    expect(keys("70B 2T 1024 H100 mfu=40%")).not.toContain("mfu.plannedHigh");
    expect(keys("70B 2T 1024 H100 mfu=60%")).not.toContain("mfu.plannedHigh");
    // Guard: above 100% is refused, as elsewhere
    const reply = ask("70B 2T 1024 H100 mfu=120%");
    expect(reply.ok).toBe(false);
  });
});

describe("`at 45% utilization` labels the plan's MFU, as `at 45% MFU` does (it asked mfu's question before)", () => {
  it.each([
    ["70b 2T 64 h100 at 45% utilization", 0.45],
    ["70b 2T 64 h100 at 45% utilisation", 0.45],
    ["70b 2T 64 h100 45% util", 0.45],
  ])("%s: a training plan at MFU %s, its time 6ND / (64 × 989.4 TFLOP/s × MFU)", (line, mfu) => {
    const reply = ask(line);
    expect(reply.command).toBe("compute");
    const r = reply.result as { mfu: number; seconds: number };
    expect(r.mfu).toBe(mfu);
    // NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16.
    expect(r.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (64 * 989.4e12 * mfu), -1);
  });

  it("the reading is said: utilization read as MFU, not nvidia-smi's GPU utilization", () => {
    expect(ask("70b 2T 64 h100 at 45% utilization").notes.map((n) => n.key)).toContain(
      "read.utilizationAsMfu",
    );
    expect(said("70b 2T 64 h100 at 45% utilization")).toContain("Read “45% utilization” as the MFU");
  });

  it("`at 100% GPU utilization` (nvidia-smi's busy time) is never read as the plan's MFU", () => {
    const reply = ask("70B 2T on 512 H100 at 100% GPU utilization");
    expect(reply.command === "compute" && reply.ok).toBe(false);
  });

  it("at 80% utilization the plan is warned of, as at 80% MFU", () => {
    expect(keys("70b 2T 64 h100 at 80% utilization")).toEqual(["mfu.suspicious", "mfu.plannedHigh"]);
  });

  it("`utilization` with GPU time and no percent still asks the run's MFU: 70B 1.4T on 2,048 A100 for 30 days", () => {
    const reply = ask("70B 1.4T utilization 2048 A100 30 days");
    expect(reply.command).toBe("mfu");
  });
});
