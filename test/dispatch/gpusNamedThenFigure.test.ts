/**
 * `gpus H100 tflops` was refused ("I don't know the GPU “H100 tflops”") while `H100 tflops` answered:
 * the figure's word was read as part of the card's name once `gpus` was said. `H100 sparse` and
 * `sparse H100 fp8` were refused while `H100 sparse fp8 tflops` answered. All now answer alike.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

/** The H100 SXM5's dense fp8 peak, TFLOP/s (NVIDIA H100 Tensor Core GPU Datasheet: 3,958 sparse). */
const H100_FP8_DENSE = 1978.9;

describe("the catalog named before a card and the figure asked", () => {
  it.each([
    "gpus H100 fp8 tflops",
    "gpus H100 sparse fp8 tflops",
    "sparse H100 fp8",
    "H100 sparse fp8 tflops",
  ])("%s: the H100's dense fp8 peak", (line) => {
    const asked = answered(line);
    expect(asked.command).toBe("gpus");
    const peak = asked.result.peakAt as { precision: string; byGpu: { id: string; peakFlops: number }[] };
    expect(peak.precision).toBe("fp8");
    expect(peak.byGpu.find((gpu) => gpu.id === "h100-sxm")?.peakFlops).toBeCloseTo(H100_FP8_DENSE * 1e12, -9);
  });

  it.each(["gpus H100 tflops", "H100 tflops", "H100 sparse"])("%s: the H100 cards' lines", (line) => {
    const asked = answered(line);
    expect(asked.command).toBe("gpus");
    expect((asked.result.gpus as { id: string }[]).map((gpu) => gpu.id)).toContain("h100-sxm");
  });

  it("a sparse peak asked is said to be 2× the dense one the catalog holds", () => {
    expect(answered("H100 sparse").notes).toMatch(/2:4 structured sparsity/);
    expect(answered("gpus H100 sparse fp8 tflops").notes).toMatch(/2:4 structured sparsity/);
  });
});
