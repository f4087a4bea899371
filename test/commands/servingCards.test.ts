import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ServeInput, servingCards, servingReply } from "../../src/commands/cardsServe.ts";
import { findGpu } from "../../src/core/gpus.ts";
import type { StoragePrecision } from "../../src/core/memory.ts";
import { gqaKvLayout, type ServingModel } from "../../src/core/serving.ts";
import { GPUS_PER_NODE } from "../../src/core/training.ts";

// Llama-3-70B: 70,553,706,496 parameters, L 80, 64 query heads, 8 KV heads, d_head 128 (its config.json).
const llama3_70b: ServingModel = {
  params: 70_553_706_496,
  activeParams: 70_553_706_496,
  layers: 80,
  heads: 64,
  attentionWidth: 8192,
  kv: gqaKvLayout({ layers: 80, kvHeads: 8, headDim: 128 }, "bf16"),
};

const served = (
  model: ServingModel,
  gpu: string,
  precision: StoragePrecision,
  more: Partial<ServeInput> = {},
) =>
  Object.assign(
    {
      model,
      gpu: findGpu(gpu),
      nodeSize: GPUS_PER_NODE,
      precision,
      kvPrecision: "bf16" as const,
      context: 8192,
      fixed: {},
      mfu: 0.4,
      throughput: false,
    },
    more,
  );

describe("servingCards: the GPUs of a serving answer's layout, without its rows", () => {
  it("Llama-3-70B at 8K on H100 80GB (72 GB usable each): 4 in bf16 (141 GB of weights), 2 in fp8, 1 in 4-bit", () => {
    expect(servingCards(served(llama3_70b, "H100", "bf16"))).toBe(4);
    expect(servingCards(served(llama3_70b, "H100", "fp8"))).toBe(2);
    expect(servingCards(served(llama3_70b, "H100", "int4"))).toBe(1);
  });

  it("is the count servingReply answers, for any model, GPU, precision, context, batch and rate", () => {
    const gpus = ["H100", "A100", "A100 40GB", "L40S", "4090", "MI300X", "H200", "T4"];
    const precisions: StoragePrecision[] = ["bf16", "fp8", "int8", "int4"];
    fc.assert(
      fc.property(
        fc.record({
          billions: fc.integer({ min: 1, max: 700 }),
          layers: fc.integer({ min: 8, max: 128 }),
          kvHeads: fc.constantFrom(1, 4, 8, 16),
          headDim: fc.constantFrom(64, 128),
          gpu: fc.constantFrom(...gpus),
          precision: fc.constantFrom(...precisions),
          context: fc.integer({ min: 256, max: 131_072 }),
          batch: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
          rate: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
          tp: fc.option(fc.constantFrom(1, 2, 4, 8), { nil: undefined }),
        }),
        (c) => {
          const model: ServingModel = {
            params: c.billions * 1e9,
            activeParams: c.billions * 1e9,
            layers: c.layers,
            kv: gqaKvLayout({ layers: c.layers, kvHeads: c.kvHeads, headDim: c.headDim }, "bf16"),
          };
          const input = served(model, c.gpu, c.precision, {
            ...(c.batch !== undefined ? { batch: c.batch } : {}),
            ...(c.rate !== undefined ? { rate: c.rate, prompt: 1000, generate: 200 } : {}),
            fixed: c.tp !== undefined ? { tp: c.tp } : {},
          });
          expect(servingCards(input)).toBe(servingReply(input).cards);
        },
      ),
      { numRuns: 400 },
    );
  });
});
