import { describe, expect, it } from "vitest";
import { rendered, result } from "./helpers.ts";

const gpuHoursRow = (line: string) => rendered(line).rows.find((row) => row.label === "GPU-hours");

describe("a hardware budget's GPU-hours show where they came from", () => {
  it("1,000 H100 for 90 days: 1,000 × 90 × 24 = 2.16M GPU-hours, from GPUs × time", () => {
    expect(result("compute gpu=H100 gpus=1000 days=90").gpuHours).toBeCloseTo(1000 * 90 * 24, 6);
    const row = gpuHoursRow("compute gpu=H100 gpus=1000 days=90");
    expect(row?.value).toBe("2.16M GPU-hours");
    // 90 days = 7,776,000 s.
    expect(row?.formula).toBe("GPUs · t / 3600 = 1,000 × 7.78M s / 3600");
  });

  it("$1M at $2 per GPU-hour: 500K GPU-hours, from budget ÷ price", () => {
    expect(result("budget=$1M gpu=H100 price=$2/h").gpuHours).toBeCloseTo(1e6 / 2, 6);
    expect(gpuHoursRow("budget=$1M gpu=H100 price=$2/h")?.formula).toBe("budget / price = $1M / $2");
  });

  it("GPU-hours typed are shown as typed, with nothing to derive", () => {
    expect(gpuHoursRow("compute gpu=H100 gpu-hours=2M")?.formula).toBe("2M GPU-hours");
  });
});
