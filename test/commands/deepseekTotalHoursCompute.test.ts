import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// DeepSeek-AI 2024, DeepSeek-V3 Technical Report: 37B activated parameters, 14.8T tokens (§4.2);
// Table 1: 2,664K H800 GPU-hours of pre-training + 119K context extension + 5K post-training = 2,788K.
// H800 SXM5 datasheet: 989.4 TFLOP/s bf16 dense (1,979 with sparsity).
const SIX_N_D = 6 * 37e9 * 14.8e12;
const H800 = 989.4e12;
const mfuOn = (hours: number) => SIX_N_D / (hours * 3600 * H800);

describe("DeepSeek-V3's 2.788M total typed to compute, asked with doubt in the words", () => {
  const lines = [
    "did deepseek v3 really use only 2.788M H800 GPU hours",
    "could deepseek v3 have been trained in 2.788M H800 hours",
    "is deepseek v3 actually trained on 2.788M H800 hours",
  ];

  it.each(lines)("%s: read, not refused over an adverb", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compute");
    expect((reply.result as Record<string, number>).gpuHours).toBe(2.788e6);
  });

  it("the implied MFU on the 2.788M typed, and the note that it is every stage, not pre-training", () => {
    const line = lines[0] as string;
    expect(result(line).impliedMfu.sixN).toBeCloseTo(mfuOn(2.788e6), 4);
    expect(ask(line).notes.map((note) => note.key)).toContain("note.totalGpuHours");
    const text = said(line);
    expect(text).toContain("2.664M of pre-training + 119K of context extension + 5K of post-training");
    expect(text).toContain(`MFU ${(100 * mfuOn(2.664e6)).toFixed(1)}% on it`);
    expect(text).toContain(`against ${(100 * mfuOn(2.788e6)).toFixed(1)}% on the 2.788M typed`);
    expect(said(line, "zh-TW")).toContain("2.788M GPU 小時是 DeepSeek-V3 的總計");
  });

  it("the published pre-training hours filled by the name get no such note", () => {
    expect(ask("deepseek-v3").notes.map((note) => note.key)).not.toContain("note.totalGpuHours");
  });
});
