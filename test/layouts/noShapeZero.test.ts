import { describe, expect, it } from "vitest";
import { result, said } from "../commands/helpers.ts";

/**
 * ZeRO stages 1 and 2 shard optimizer states and gradients over d, never the weights (stage 3 does;
 * Rajbhandari et al. 2020, §5). Without a shape the search has t = p = 1 only, so below ZeRO-3 each
 * card keeps 2 B × 70B = 140 GB of weights > 0.9 × 80 GB = 72 GB: the reply says why and what to give.
 */
describe("cards 70B mode=train zero=2 without a shape", () => {
  it("says only data parallelism was tried and the whole weights, 140 GB > 72 GB, stay on every card", () => {
    expect(result("cards 70B gpu=H100 mode=train zero=2").layout).toBeNull();
    const text = said("cards 70B gpu=H100 mode=train zero=2");
    expect(text).toContain("only data parallelism was tried");
    expect(text).toContain("140 GB > 72 GB");
    expect(said("cards 70B gpu=H100 mode=train zero=2", "zh-TW")).toContain("140 GB > 72 GB");
  });

  it("with the shape, ZeRO-2 fits with tensor parallelism: TP 8, and no such note", () => {
    const line = "cards 70B gpu=H100 mode=train zero=2 layers=80 hidden=8192 heads=64 context=4k";
    const layout = result(line).layout;
    expect(layout.zero).toBe(2);
    expect(layout.tp).toBe(8);
    expect(said(line)).not.toContain("only data parallelism was tried");
  });

  it("ZeRO-0 keeps all 16 B a parameter on every card: 8B is 128 GB > 72 GB, said so, not blamed on the sequence", () => {
    const line = "cards 8B gpu=H100 mode=train zero=0";
    expect(result(line).layout).toBeNull();
    const text = said(line);
    expect(text).toContain("ZeRO-0 shards nothing");
    expect(text).toContain("128 GB > 72 GB");
    expect(text).not.toContain("shards only optimizer states or gradients");
    expect(said(line, "zh-TW")).toContain("128 GB > 72 GB");
  });

  it("ZeRO-1 shards only the 12 optimizer bytes: 70B keeps 2 + 2 B × 70B = 280 GB of weights and gradients", () => {
    const text = said("cards 70B gpu=H100 mode=train zero=1");
    expect(text).toContain("280 GB > 72 GB");
    // No activations are counted without a shape: the sequence length is not why nothing fits.
    expect(text).not.toContain("at this sequence length");
  });

  it("a typed pp= is not called t = p = 1: DeepSeek-V3 (layers only) at pp=16 zero=1 gets no such note", () => {
    expect(said("cards deepseek-v3 gpu=H800 mode=train pp=16 zero=1")).not.toContain(
      "only data parallelism was tried",
    );
  });

  it("ZeRO-3 without a shape shards the weights and needs no such note", () => {
    expect(said("cards 70B gpu=H100 mode=train zero=3")).not.toContain("only data parallelism was tried");
  });
});
