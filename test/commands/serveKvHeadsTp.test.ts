import { describe, expect, it } from "vitest";
import { servingTensorParallelSizes } from "../../src/core/layout.ts";
import { result, said } from "./helpers.ts";

/**
 * A serving engine splits the KV heads over the tensor-parallel ranks or replicates them: vLLM's
 * QKVParallelLinear takes divide(n_kv, t) heads a rank when t ≤ n_kv and divide(t, n_kv) replicas
 * when t > n_kv, both asserting divisibility. Phi-3-medium (config.json: 40 attention heads,
 * num_key_value_heads 10) therefore serves at t ≤ 2 (vllm-project/vllm#5951, "Can't support
 * Phi-3-medium-* models with more than 2 GPUs"), although 4 and 8 divide its 40 query heads.
 * Qwen3-235B-A22B (64 heads, 4 KV heads) still serves at t = 8, each KV head on two ranks.
 */
describe("serving tensor-parallel sizes split or replicate the KV heads", () => {
  it.each([
    [40, 10, [1, 2]],
    [64, 4, [1, 2, 4, 8]],
    [64, 8, [1, 2, 4, 8]],
    [32, 1, [1, 2, 4, 8]],
  ])("%i heads, %i KV heads: t in %j", (heads, kvHeads, sizes) => {
    expect(servingTensorParallelSizes(heads, kvHeads, 8)).toEqual(sizes);
  });

  it("Phi-3-medium on T4 (16 GB): TP 2 × PP 2, not the TP 4 vLLM refuses", () => {
    const layout = result("serve phi-3-medium gpu=T4").serving;
    expect([layout.tp, layout.pp]).toEqual([2, 2]);
    expect(result("cards phi-3-medium gpu=T4").serving.tp).toBe(2);
    expect(said("serve phi-3-medium gpu=T4")).toContain("so t is one of 1, 2");
    expect(said("serve phi-3-medium gpu=T4", "zh-TW")).toContain("t 只能是 1、2");
  });

  it("a typed tp=4 is worked out as typed, with a warning in both languages", () => {
    expect(result("serve phi-3-medium gpu=L4 tp=4").serving.tp).toBe(4);
    expect(said("serve phi-3-medium gpu=L4 tp=4")).toContain(
      "tp=4 neither divides the 10 key/value heads nor is a multiple of them",
    );
    expect(said("serve phi-3-medium gpu=L4 tp=4", "zh-TW")).toContain("tp=4 既不整除 10 個 key/value head");
    expect(said("serve phi-3-medium gpu=L4 tp=2")).not.toContain("neither divides");
  });

  it("Qwen3-235B-A22B keeps TP 8 (4 KV heads, replicated twice) and gets no such note", () => {
    expect(result("serve qwen3-235b-a22b gpu=H100").serving.tp).toBe(8);
    expect(said("serve qwen3-235b-a22b gpu=H100")).not.toContain("so t is one of");
  });
});
