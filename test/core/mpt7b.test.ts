import { describe, expect, it } from "vitest";
import { recomputeParams } from "../../src/core/runs/analysis.ts";
import { findModel } from "../../src/core/runs/lookup.ts";
import { ask } from "../commands/helpers.ts";

/**
 * MPT-7B, from mosaicml/mpt-7b: config.json (d_model 4096, n_layers 32, n_heads 32, expansion_ratio 4,
 * vocab_size 50432, max_seq_len 2048, no_bias, ALiBi) and the checkpoint's tensors (wte; per block
 * norm_1, Wqkv, out_proj, norm_2, up_proj, down_proj, all weights only; norm_f; no position table, no
 * separate head); the model card: 1T tokens, 440 A100-40GBs for about 9.5 days.
 */
describe("MPT-7B (mosaicml/mpt-7b config.json and model card)", () => {
  it("the config's tensors sum to 6,649,286,656 and the decoder shape reproduces it exactly", () => {
    const perBlock = 4096 + 3 * 4096 * 4096 + 4096 * 4096 + 4096 + 2 * 4096 * 16_384;
    expect(50_432 * 4096 + 32 * perBlock + 4096).toBe(6_649_286_656);
    const model = findModel("mpt-7b");
    expect(model.published.params.value).toBe(6_649_286_656);
    expect(recomputeParams(model)).toEqual({ total: 6_649_286_656, active: 6_649_286_656 });
  });

  it("its card's run: 1T tokens on 440 A100 40GB for 9.5 days, 100,320 GPU-hours; 6ND MFU 35.4% at 312 TFLOP/s", () => {
    const reply = ask("model mpt-7b");
    expect(reply.ok).toBe(true);
    const estimated = (reply.result as { estimated: Record<string, number> }).estimated;
    expect(estimated.gpuHours).toBeCloseTo(440 * 9.5 * 24, 6);
    const mfu = (6 * 6_649_286_656 * 1e12) / (440 * 9.5 * 24 * 3600 * 312e12);
    expect(estimated.mfu).toBeCloseTo(mfu, 12);
    expect(mfu).toBeCloseTo(0.354, 3);
  });

  it("`mpt 1T` reads MPT-7B; serve counts a full MHA cache, 2·32·32·128·2 B = 524,288 B per token", () => {
    expect(ask("mpt 1T").result?.params).toBe(6_649_286_656);
    const reply = ask("serve mpt-7b gpu=A100");
    expect((reply.result as { serving: { kvBytesPerToken: number } }).serving.kvBytesPerToken).toBe(524_288);
  });
});
