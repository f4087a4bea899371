import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// NVIDIA H100 Tensor Core GPU datasheet: FP8 3,958 TFLOPS "with sparsity"; dense is half, 1,978.9.
const H100_FP8_DENSE = 1978.9e12;

const peakOf = (line: string, id: string): number | null | undefined => {
  const reply = ask(line);
  const at = (reply.result as { peakAt?: { byGpu?: { id: string; peakFlops: number | null }[] } }).peakAt;
  return at?.byGpu?.find((gpu) => gpu.id === id)?.peakFlops;
};

describe("a sparse peak asked for: the dense peak, said to be dense, with what the sparse figure is", () => {
  it.each(["H100 sparse fp8 tflops", "H100 fp8 peak with sparsity"])(
    "%s: answered, not refused over “sparse”, with the dense 1,978.9 TFLOP/s",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("gpus");
      expect(reply.notes.map((note) => note.key)).toContain("note.sparseAsked");
      const result = reply.result as { peakAt?: unknown };
      expect(result.peakAt).toBeDefined();
      expect(peakOf(line, "h100-sxm")).toBe(H100_FP8_DENSE);
      expect(said(line)).toContain("3,958 with sparsity, 1,978.9 dense");
    },
  );

  it("in Chinese (稀疏), and typed to gpus directly", () => {
    expect(said("H100 的 稀疏 fp8 峰值", "zh-TW")).toContain("2:4 結構化稀疏");
    const reply = ask("gpus h100 sparse");
    expect(reply.ok).toBe(true);
    expect(reply.notes.map((note) => note.key)).toContain("note.sparseAsked");
  });

  it("without the word, the usual note that the peaks are dense", () => {
    const keys = ask("H100 fp8 tflops").notes.map((note) => note.key);
    expect(keys).toContain("note.densePeaks");
    expect(keys).not.toContain("note.sparseAsked");
  });
});
