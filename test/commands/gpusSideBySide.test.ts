import { describe, expect, it } from "vitest";
import { ask, result } from "./helpers.ts";

/** Dense bf16 peaks: NVIDIA H100 SXM5 and A100 datasheets, AMD Instinct MI300X datasheet. */
const PEAK = {
  "NVIDIA H100 SXM5 80GB": 989.4e12,
  "NVIDIA A100 SXM4 80GB": 312e12,
  "AMD Instinct MI300X 192GB": 1307.4e12,
};

type ByGpu = { gpu: { name: string } | string; peakFlopsPerGpu: number; seconds: number }[];
const nameOf = (gpu: ByGpu[number]["gpu"]) => (typeof gpu === "string" ? gpu : gpu.name);

describe("three GPUs or more set side by side with `vs` (two worked, a third was refused)", () => {
  it.each([
    "70b 1.4T on 512 h100 vs a100 vs mi300x",
    "70b 1.4T on 512 h100 and a100 and mi300x",
    "70b 1.4T 512 gpus h100 vs a100 vs mi300x",
  ])("%s: one plan a GPU, each at its dense peak, as gpu=h100,a100,mi300x gives", (line) => {
    const byGpu = result(line).byGpu as ByGpu;
    const listed = result("70b 1.4T gpus=512 gpu=h100,a100,mi300x").byGpu as ByGpu;
    expect(byGpu.map((g) => nameOf(g.gpu)).sort()).toEqual(Object.keys(PEAK).sort());
    for (const g of byGpu) {
      expect(g.peakFlopsPerGpu).toBe(PEAK[nameOf(g.gpu) as keyof typeof PEAK]);
      // 6 · 70B · 1.4T / (512 × peak × 40% MFU)
      expect(g.seconds).toBeCloseTo((6 * 70e9 * 1.4e12) / (512 * g.peakFlopsPerGpu * 0.4), -1);
    }
    expect(byGpu.map((g) => g.seconds)).toEqual(listed.map((g) => g.seconds));
  });

  it("the GPUs alone, `h100 vs a100 vs mi300x`, are their catalog lines side by side", () => {
    const reply = ask("h100 vs a100 vs mi300x");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("gpus");
  });
});
