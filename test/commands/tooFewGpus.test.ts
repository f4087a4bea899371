import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// ZeRO (Rajbhandari et al. 2020) §3.1: mixed-precision Adam keeps 16 bytes per parameter. NVIDIA
// H100 SXM5 datasheet: 80 GB per card, 90% of it taken as usable (vLLM gpu_memory_utilization).
const keys = (line: string) => ask(line).warnings.map((warning) => warning.key);

describe("a training plan on far too few GPUs, or of decades, is flagged", () => {
  it("'700B 2T 8 H100': 16 B × 700B = 11.2 TB against 8 × 72 GB = 576 GB → 156 cards needed", () => {
    const line = "700B 2T 8 H100";
    const r = result(line);
    expect(r.cards).toBe(Math.ceil((16 * 700e9) / (0.9 * 80e9)));
    expect(r.cards).toBe(156);
    expect(keys(line)).toContain("compute.tooFewGpusForState");
    expect(said(line)).toContain("11,200 GB, and 8 cards have 576 GB usable; it takes 156 cards");
    expect(said(line, "zh-TW")).toContain("需要 156 張卡");
    // 6 × 700B × 2T / (8 × 989.4T × 0.4) s = 84.1 years.
    expect(r.seconds / (365.25 * 86_400)).toBeCloseTo(
      (6 * 700e9 * 2e12) / (8 * 989.4e12 * 0.4) / (365.25 * 86_400),
      6,
    );
    expect(keys(line)).toContain("compute.planTooLong");
    expect(said(line)).toContain("A run of 84.1 years is not a plan");
    expect(said(line, "zh-TW")).toContain("要跑 84.1 年的訓練稱不上計畫");
    // Guard: '70B 2T 1024 H100' holds the state (1.12 TB on 1,024 cards, 16 needed) in 24 days: no warning
    expect(result("70B 2T 1024 H100").cards).toBe(16);
    expect(keys("70B 2T 1024 H100")).toEqual([]);
  });
});
