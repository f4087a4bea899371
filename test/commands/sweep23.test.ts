import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: bf16 989.4 TFLOP/s dense (1,979 with sparsity), 80 GB at 3.35 TB/s.
// - NVIDIA A100 SXM4 datasheet: bf16 312 TFLOP/s dense; 80 GB at 2,039 GB/s.
const H100_BF16 = 989.4e12;
const A100_BF16 = 312e12;

type Found = { gpus: { id: string; peakFlops: Record<string, number> }[] };
const peakOf = (line: string, id: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, said(line, lang)).toBe(true);
  expect(reply.command).toBe("gpus");
  return (reply.result as Found).gpus.find((gpu) => gpu.id === id)?.peakFlops.bf16;
};

describe("sweep23: GPUs named with a comparison word get the catalog's lines side by side", () => {
  it.each([
    ["which is faster, H100 or A100", "en"],
    ["is the H100 faster than the A100", "en"],
    ["H100 vs A100, which is faster", "en"],
    ["H100 跟 A100 哪個最快", "zh-TW"],
    ["H100 跟 A100 哪個比較快", "zh-TW"],
    ["H100 和 A100 哪個快", "zh-TW"],
  ] as const)("%s → H100 SXM5 989.4 and A100 SXM4 312 TFLOP/s dense bf16", (line, lang) => {
    expect(peakOf(line, "h100-sxm", lang)).toBe(H100_BF16);
    expect(peakOf(line, "a100-80gb-sxm", lang)).toBe(A100_BF16);
    expect(ask(line, lang).lang ?? "en").toBe(lang);
  });

  it("a plan with the comparison stays a plan on both GPUs (70B 15T H100 vs A100 which is faster)", () => {
    const reply = ask("70B 15T H100 vs A100 which is faster");
    expect(reply.command).toBe("compute");
    const r = reply.result as { byGpu: { peakFlopsPerGpu: number }[] };
    expect(r.byGpu.map((g) => g.peakFlopsPerGpu)).toEqual([H100_BF16, A100_BF16]);
  });

  it("a comparison word with a name that is no GPU is no catalog question (which is faster, H100 or llama)", () => {
    expect(ask("which is faster, H100 or llama").command).not.toBe("gpus");
  });
});
