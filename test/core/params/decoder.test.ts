import { describe, expect, it } from "vitest";
import { type DecoderOptions, decoderParams } from "../../../src/core/params/index.ts";
import { expectConsistent, part, userError } from "./helpers.ts";

const llama3_8b: DecoderOptions = {
  layers: 32,
  hidden: 4096,
  heads: 32,
  kvHeads: 8,
  ffn: 14_336,
  vocab: 128_256,
};
const mixtral: DecoderOptions = {
  layers: 32,
  hidden: 4096,
  heads: 32,
  kvHeads: 8,
  vocab: 32_000,
  moe: { experts: 8, topK: 2, expertFfn: 14_336 },
};

describe("decoderParams (dense)", () => {
  it("Llama-3-8B = 8,030,261,248", () => {
    const count = decoderParams(llama3_8b);
    expect(count.total).toBe(8_030_261_248);
    expect(count.active).toBe(count.total);
    expect(count.nonEmbedding).toBe(8_030_261_248 - 2 * 128_256 * 4096);
    expect(count.parts.map((p) => p.id)).toEqual([
      "attention",
      "mlp",
      "norms",
      "finalNorm",
      "embedding",
      "head",
    ]);
    expect(part(count, "attention")).toEqual({ id: "attention", params: 32 * 41_943_040, count: 32 });
    expectConsistent(count);
  });
  it("Llama-2-7B = 6,738,415,616 (kvHeads defaults to heads)", () => {
    const count = decoderParams({ layers: 32, hidden: 4096, heads: 32, ffn: 11_008, vocab: 32_000 });
    expect(count.total).toBe(6_738_415_616);
    expectConsistent(count);
  });
  it("Llama-3-70B = 70,553,706,496", () => {
    const count = decoderParams({
      layers: 80,
      hidden: 8192,
      heads: 64,
      kvHeads: 8,
      ffn: 28_672,
      vocab: 128_256,
    });
    expect(count.total).toBe(70_553_706_496);
  });
  it("Qwen2.5-7B (q,k,v biases) = 7.61B total, 6.53B non-embedding (model card)", () => {
    const count = decoderParams({
      layers: 28,
      hidden: 3584,
      heads: 28,
      kvHeads: 4,
      ffn: 18_944,
      vocab: 152_064,
      attentionBias: "qkv",
    });
    expect(count.total).toBe(7_615_616_512);
    expect(count.nonEmbedding).toBe(6_525_621_760);
    expectConsistent(count);
  });
  it("Gemma 7B and 2B (headDim 256, tied, vocab 256,128) match the Gemma report's Table 2", () => {
    const gemma7b = decoderParams({
      layers: 28,
      hidden: 3072,
      heads: 16,
      headDim: 256,
      ffn: 24_576,
      vocab: 256_128,
      tiedEmbeddings: true,
    });
    expect(gemma7b.nonEmbedding).toBe(7_751_248_896);
    expect(gemma7b.total - gemma7b.nonEmbedding).toBe(786_825_216);
    expect(part(gemma7b, "head")).toBeUndefined();
    expectConsistent(gemma7b);
    const gemma2b = decoderParams({
      layers: 18,
      hidden: 2048,
      heads: 8,
      kvHeads: 1,
      headDim: 256,
      ffn: 16_384,
      vocab: 256_128,
      tiedEmbeddings: true,
    });
    expect(gemma2b.nonEmbedding).toBe(1_981_884_416);
    expect(gemma2b.total - gemma2b.nonEmbedding).toBe(524_550_144);
  });
  it("attentionBias true adds q, k, v and o biases", () => {
    const base = decoderParams(llama3_8b);
    const biased = decoderParams({ ...llama3_8b, attentionBias: true });
    const qkv = decoderParams({ ...llama3_8b, attentionBias: "qkv" });
    expect(qkv.total - base.total).toBe(32 * (4096 + 2 * 1024));
    expect(biased.total - qkv.total).toBe(32 * 4096);
  });
});

describe("decoderParams (MoE)", () => {
  it("Mixtral 8x7B: 46,702,792,704 total, 12,879,925,248 active", () => {
    const count = decoderParams(mixtral);
    expect(count.total).toBe(46_702_792_704);
    expect(count.active).toBe(12_879_925_248);
    expect(count.active).toBeLessThan(count.total);
    expect(part(count, "router")).toEqual({ id: "router", params: 32 * 4096 * 8, count: 32 });
    expect(part(count, "routedExperts")?.count).toBe(256);
    expect(part(count, "mlp")).toBeUndefined();
    expect(part(count, "sharedExperts")).toBeUndefined();
    expectConsistent(count);
  });
  it("shared experts, dense first layers and router bias (DeepSeek style)", () => {
    const h = 1024;
    const count = decoderParams({
      layers: 10,
      hidden: h,
      heads: 8,
      ffn: 4096,
      vocab: 1000,
      moe: { experts: 16, topK: 4, sharedExperts: 1, expertFfn: 256, denseLayers: 2, routerBias: true },
    });
    const expert = 3 * h * 256;
    expect(part(count, "mlp")).toEqual({ id: "mlp", params: 2 * 3 * h * 4096, count: 2 });
    expect(part(count, "router")?.params).toBe(8 * (h * 16 + 16));
    expect(part(count, "routedExperts")).toEqual({
      id: "routedExperts",
      params: 8 * 16 * expert,
      count: 128,
    });
    expect(part(count, "sharedExperts")).toEqual({ id: "sharedExperts", params: 8 * expert, count: 8 });
    expect(count.total - (count.active ?? 0)).toBe(8 * 12 * expert);
    expectConsistent(count);
  });
  it("topK = experts makes every expert active; all-dense MoE config equals the dense model", () => {
    const all = decoderParams({ ...mixtral, moe: { experts: 8, topK: 8, expertFfn: 14_336 } });
    expect(all.active).toBe(all.total);
    const dense = decoderParams({
      ...llama3_8b,
      moe: { experts: 8, topK: 2, expertFfn: 1, denseLayers: 32 },
    });
    expect(dense.total).toBe(8_030_261_248);
    expect(dense.active).toBe(dense.total);
  });
  it("property: parts sum to total, active ≤ total, for a few configs", () => {
    for (const layers of [1, 3, 7]) {
      for (const [experts, topK, sharedExperts] of [
        [4, 1, 0],
        [64, 6, 2],
        [2, 2, 1],
      ] as const) {
        for (const tiedEmbeddings of [true, false]) {
          const count = decoderParams({
            layers,
            hidden: 96,
            heads: 6,
            kvHeads: 2,
            ffn: 384,
            vocab: 500,
            tiedEmbeddings,
            moe: { experts, topK, sharedExperts, expertFfn: 64, denseLayers: layers > 1 ? 1 : 0 },
          });
          expectConsistent(count);
          expect(count.active).toBeLessThanOrEqual(count.total);
          if (topK < experts) expect(count.active).toBeLessThan(count.total);
        }
      }
    }
  });
});

describe("decoderParams errors", () => {
  it("heads must divide evenly", () => {
    expect(userError(() => decoderParams({ ...llama3_8b, kvHeads: 5 })).id).toBe("params.kvHeads");
    const headDim = userError(() => decoderParams({ ...llama3_8b, heads: 30, kvHeads: 30 }));
    expect(headDim.id).toBe("params.headDim");
    expect(headDim.params).toEqual({ hidden: 4096, heads: 30 });
  });
  it("MoE settings must be consistent", () => {
    expect(
      userError(() => decoderParams({ ...mixtral, moe: { experts: 8, topK: 9, expertFfn: 1 } })).id,
    ).toBe("params.topK");
    expect(
      userError(() =>
        decoderParams({ ...mixtral, moe: { experts: 8, topK: 2, expertFfn: 1, denseLayers: 33 } }),
      ).id,
    ).toBe("params.denseLayers");
    expect(
      userError(() =>
        decoderParams({ ...mixtral, moe: { experts: 8, topK: 2, expertFfn: 1, denseLayers: 1 } }),
      ).params,
    ).toEqual({ name: "ffn" });
    expect(userError(() => decoderParams({ ...llama3_8b, ffn: undefined })).id).toBe("params.missing");
  });
});
