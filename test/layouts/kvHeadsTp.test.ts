import { describe, expect, it } from "vitest";
import { tensorParallelSizes, trainingTensorParallelSizes } from "../../src/core/layout.ts";
import { result, said } from "../commands/helpers.ts";

/**
 * Megatron-LM splits the key/value heads over the tensor-parallel ranks like the query heads
 * (megatron/core/transformer/attention.py: num_query_groups_per_partition =
 * divide(num_query_groups, t), which asserts divisibility), so a training t divides both.
 * Shapes from each config.json: Qwen3-235B-A22B 64 heads, 4 KV heads; Llama 3 70B 64 and 8;
 * Phi-3-medium 40 and 10; PaLM 540B 48 heads, multi-query (1 KV head, Chowdhery et al. 2022, §2).
 */
describe("training tensor-parallel sizes divide the query and the KV heads", () => {
  it.each([
    [64, 4, [1, 2, 4]],
    [64, 8, [1, 2, 4, 8]],
    [40, 10, [1, 2]],
    [48, 1, [1]],
  ])("%i heads, %i KV heads: t in %j", (heads, kvHeads, sizes) => {
    expect(trainingTensorParallelSizes({ layers: 1, hidden: 1, heads, kvHeads }, 8)).toEqual(sizes);
  });

  it("without KV heads given, the query heads alone decide, as before", () => {
    expect(trainingTensorParallelSizes({ layers: 1, hidden: 1, heads: 96 }, 8)).toEqual(
      tensorParallelSizes(96, 8),
    );
  });
});

describe("cards … mode=train proposes no t the KV heads rule out", () => {
  it("Qwen3-235B-A22B (4 KV heads): t ≤ 4, said in both languages", () => {
    const layout = result("cards qwen3-235b-a22b gpu=H100 mode=train").layout;
    expect(4 % layout.tp).toBe(0);
    expect(said("cards qwen3-235b-a22b gpu=H100 mode=train")).toContain("so t ≤ 4");
    expect(said("cards qwen3-235b-a22b gpu=H100 mode=train", "zh-TW")).toContain("t ≤ 4");
  });

  it("Llama 3 70B (8 KV heads, t = 8 allowed): no such note", () => {
    expect(said("cards llama-3-70b gpu=H100 mode=train")).not.toContain("key/value heads (");
  });

  it("a typed tp=8 on 4 KV heads is worked out as typed, with a warning that Megatron-LM refuses it", () => {
    expect(result("cards qwen3-235b-a22b gpu=H100 mode=train tp=8").layout.tp).toBe(8);
    expect(said("cards qwen3-235b-a22b gpu=H100 mode=train tp=8")).toContain(
      "tp=8 does not divide the 4 key/value heads",
    );
    expect(said("cards qwen3-235b-a22b gpu=H100 mode=train tp=4")).not.toContain("does not divide");
  });

  it("a typed tp=16 on nodes of 8 warns that tensor parallelism then crosses nodes (Narayanan et al. 2021, Takeaway #1)", () => {
    expect(said("cards llama-3-70b gpu=H100 mode=train tp=16")).toContain(
      "tp=16 spans more than one node of 8",
    );
    expect(said("cards llama-3-70b gpu=H100 mode=train tp=16", "zh-TW")).toContain(
      "tp=16 跨越了不只一個 8 卡節點",
    );
    expect(said("cards llama-3-70b gpu=H100 mode=train tp=8")).not.toContain("spans more than one node");
  });
});
