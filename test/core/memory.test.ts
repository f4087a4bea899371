import { describe, expect, it } from "vitest";
import {
  activationBytes,
  cardsNeeded,
  inferenceMemory,
  kvCacheBytes,
  ruleOfThumbBytes,
  trainingMemory,
} from "../../src/core/memory.ts";

describe("memory", () => {
  it("the seed's rule of thumb: train 4× weights, infer 2.5×", () => {
    expect(ruleOfThumbBytes(7e9, "bf16", "train")).toBe(56e9);
    expect(ruleOfThumbBytes(7e9, "bf16", "infer")).toBe(35e9);
  });

  it("mixed-precision Adam is 16 bytes per parameter (ZeRO §3.1): 7.5B params → 120 GB", () => {
    const memory = trainingMemory({ params: 7.5e9 });
    expect(memory.total).toBe(120e9);
    expect(memory.perCard).toBe(120e9);
    expect([memory.weights, memory.gradients, memory.optimizer]).toEqual([15e9, 15e9, 90e9]);
  });

  it("ZeRO stages on 64 GPUs match the ZeRO paper's Figure 1 (7.5B: 31.4, 16.6, 1.88 GB)", () => {
    const perCard = (zeroStage: 1 | 2 | 3) =>
      trainingMemory({ params: 7.5e9, zeroStage, dataParallel: 64 }).perCard / 1e9;
    expect(perCard(1)).toBeCloseTo(31.4, 1);
    expect(perCard(2)).toBeCloseTo(16.6, 1);
    expect(perCard(3)).toBeCloseTo(1.88, 2);
  });

  it("activations per layer follow Korthikanti et al. 2022 (GPT-3 shape, s 2048, b 1)", () => {
    const shape = { layers: 1, hidden: 12288, heads: 96, sequenceLength: 2048, microBatch: 1 };
    const sbh = 2048 * 12288;
    expect(activationBytes({ ...shape, recompute: "none" })).toBe(sbh * (34 + (5 * 96 * 2048) / 12288));
    expect(activationBytes({ ...shape, recompute: "selective" })).toBe(34 * sbh);
    expect(activationBytes({ ...shape, recompute: "full" })).toBe(2 * sbh);
    const withActivations = trainingMemory({
      params: 1e9,
      activations: { ...shape, layers: 2, recompute: "full" },
    });
    expect(withActivations.activations).toBe(4 * sbh);
    expect(withActivations.total).toBe(16e9 + 4 * sbh);
  });

  it("Llama-3-8B KV cache at 8K context, bf16: 1 GiB per sequence", () => {
    const shape = { layers: 32, kvHeads: 8, headDim: 128, context: 8192, batch: 1 };
    expect(kvCacheBytes(shape, "bf16")).toBe(2 ** 30);
  });

  it("inference memory: weights by precision, KV cache, 10% overhead; int4 keeps a 16-bit cache", () => {
    const shape = { layers: 80, kvHeads: 8, headDim: 128, context: 8192, batch: 1 };
    const bf16 = inferenceMemory(70.55e9, "bf16", shape);
    expect(bf16.weights).toBeCloseTo(141.1e9, -6);
    expect(bf16.kvCache).toBe(80 * 2 * 8 * 128 * 2 * 8192);
    expect(bf16.total).toBeCloseTo((bf16.weights + bf16.kvCache) * 1.1, -3);
    const int4 = inferenceMemory(70.55e9, "int4", shape);
    expect(int4.weights).toBeCloseTo(35.275e9, -6);
    expect(int4.kvCache).toBe(bf16.kvCache);
    expect(inferenceMemory(1e9, "fp8").kvCache).toBe(0);
    // fp8 weights keep a bf16 cache unless the cache's own precision is given.
    expect(inferenceMemory(70.55e9, "fp8", shape).kvCache).toBe(bf16.kvCache);
    expect(inferenceMemory(70.55e9, "fp8", shape, "fp8").kvCache).toBe(bf16.kvCache / 2);
  });

  it("cards = ceil(total / usable memory), at least one", () => {
    expect(cardsNeeded(141.1e9 * 1.1, 80e9)).toBe(3);
    expect(cardsNeeded(1, 80e9)).toBe(1);
    expect(cardsNeeded(72e9, 80e9)).toBe(1);
    expect(cardsNeeded(72e9 + 1, 80e9)).toBe(2);
  });
});
