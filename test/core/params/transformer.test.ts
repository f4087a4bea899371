import { describe, expect, it } from "vitest";
import { gptParams } from "../../../src/core/params/index.ts";
import { expectConsistent, part, userError } from "./helpers.ts";

describe("gptParams", () => {
  it("GPT-2 1.5B (48 layers, 1600, tied head, 1024 positions) = 1,557,611,200 (HF count)", () => {
    const count = gptParams({ layers: 48, width: 1600, vocab: 50_257, context: 1024 });
    expect(count.total).toBe(1_557_611_200);
    expect(count.nonEmbedding).toBe(48 * (12 * 1600 ** 2 + 13 * 1600) + 2 * 1600);
    expect(part(count, "head")).toBeUndefined();
    expect(part(count, "positions")?.params).toBe(1024 * 1600);
    expect(part(count, "attention")).toEqual({
      id: "attention",
      params: 48 * (4 * 1600 ** 2 + 4 * 1600),
      count: 48,
    });
    expectConsistent(count);
  });
  it("GPT-3 175B (96 layers, 12288, 2048 positions) is within 0.5% of 175e9", () => {
    const count = gptParams({ layers: 96, width: 12_288, vocab: 50_257, context: 2048 });
    expect(Math.abs(count.total - 175e9) / 175e9).toBeLessThan(0.005);
    // Kaplan et al. 2020: N ≈ 12·L·h² for the non-embedding part.
    expect(Math.abs(count.nonEmbedding - 12 * 96 * 12_288 ** 2) / count.nonEmbedding).toBeLessThan(0.001);
    expectConsistent(count);
  });
  it("without context there are no learned positions; an untied head adds V·h", () => {
    const tied = gptParams({ layers: 2, width: 64, vocab: 1000 });
    const untied = gptParams({ layers: 2, width: 64, vocab: 1000, tiedHead: false });
    expect(part(tied, "positions")).toBeUndefined();
    expect(untied.total - tied.total).toBe(64_000);
    expect(untied.nonEmbedding).toBe(tied.nonEmbedding);
    expectConsistent(untied);
    expect(tied.parts.map((p) => p.id)).toEqual(["attention", "mlp", "norms", "finalNorm", "embedding"]);
  });
  it("rejects bad sizes", () => {
    expect(userError(() => gptParams({ layers: 0, width: 64, vocab: 10 })).params.name).toBe("layers");
    expect(userError(() => gptParams({ layers: 1, width: 64, vocab: 10, context: 0.5 })).params.name).toBe(
      "context",
    );
  });
});
