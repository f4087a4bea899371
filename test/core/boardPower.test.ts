import { describe, expect, it } from "vitest";
import { findGpu } from "../../src/core/gpus.ts";
import { result } from "../commands/helpers.ts";

// Board power from vendor documents (each URL is in the catalog entry's notes):
// - H100 PCIe: NVIDIA product brief PB-11133-001_v02, "maximum thermal design power (TDP) level of 350 W".
// - H200 SXM: NVIDIA's MLPerf Inference v4.1 system description, "H200 TGP 700W".
// - HGX B200: 1,000 W per GPU (HGX B200 table; MLPerf Inference v6.0 "B200 TGP 1000W").
// - L40S: datasheet "Max Power Consumption" 350 W (L40: 300 W).
describe("board power for the cards whose energy rows were missing", () => {
  it.each([
    ["h100-pcie", 350],
    ["h200-sxm", 700],
    ["b200", 1000],
    ["l40s", 350],
  ] as const)("%s: %i W", (id, watts) => {
    expect(findGpu(id).boardWatts).toBe(watts);
  });

  it("'70B 2T 1024 H200': energy = GPU-h × 700 W × PUE 1.1 (LLaMA §6), like the H100 plan", () => {
    const r = result("70B 2T 1024 H200");
    expect(r.boardWatts).toBe(700);
    // 6 × 70B × 2T / (989.4T × 0.4) / 3600 = 589,582 GPU-hours → × 700 W × 1.1 = 454 MWh.
    expect(r.energyJoules).toBeCloseTo(r.gpuHours * 3600 * 700 * 1.1, -3);
    expect(r.energyJoules / 3.6e9).toBeCloseTo(454, 0);
  });
});
