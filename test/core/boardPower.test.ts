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

// Board power the entries' own documents print (and their notes already said), now in the field the
// energy rows read: A100 datasheet "Max TDP" 300 W (PCIe 80GB) and 250 W (PCIe 40GB); L4 72 W, A10
// 150 W, T4 70 W datasheets; Ada / GA102 / RTX Blackwell whitepapers' total graphics power (RTX 4090
// 450 W, RTX 3090 350 W, RTX 5090 575 W); RTX 6000 Ada and RTX A6000 datasheets 300 W; AMD's pages:
// MI325X 1,000 W, MI350X 1,000 W, MI355X 1,400 W total board power.
describe("board power the catalog's notes stated but its energy rows could not use", () => {
  it.each([
    ["a100-80gb-pcie", 300],
    ["a100-40gb-pcie", 250],
    ["l4", 72],
    ["a10", 150],
    ["t4", 70],
    ["rtx-4090", 450],
    ["rtx-3090", 350],
    ["rtx-5090", 575],
    ["rtx-6000-ada", 300],
    ["rtx-a6000", 300],
    ["mi325x", 1000],
    ["mi350x", 1000],
    ["mi355x", 1400],
  ] as const)("%s: %i W", (id, watts) => {
    expect(findGpu(id).boardWatts).toBe(watts);
  });

  it("'70B 1T 1000 MI325X' has an energy row: GPU-h × 1,000 W × PUE 1.1 (LLaMA §6)", () => {
    const r = result("70B 1T gpu=mi325x gpus=1000");
    expect(r.boardWatts).toBe(1000);
    expect(r.energyJoules).toBeCloseTo(r.gpuHours * 3600 * 1000 * 1.1, -3);
  });
});
