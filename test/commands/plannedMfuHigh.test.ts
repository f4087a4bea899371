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
