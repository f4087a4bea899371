import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

describe("/flops <params> <tokens> (compute, the default)", () => {
  it("GPT-3: 6 × 175B × 300B = 3.15e23 FLOP, ≈3,646 PF-days, Chinchilla wants 3.5T tokens", () => {
    const r = result("175B 300B");
    expect(r.flops).toBeCloseTo(3.15e23, -20);
    expect(r.pfDays).toBeCloseTo(3645.8, 1);
    expect(r.chinchillaTokens).toBe(3.5e12);
    expect(r.tokensPerParam).toBeCloseTo(1.714, 3);
    const text = said("175B 300B");
    expect(text).toContain("3.15 × 10²³ FLOP");
    expect(text).toContain("6 · N · D = 6 × 175B × 300B");
    expect(text).toContain("3.5T tokens");
    expect(text).toContain("arxiv.org/abs/2001.08361");
  });

  it("reads the same numbers however they are written", () => {
    for (const line of [
      "175B 300B",
      "/flops 175b 300b",
      "175 billion 300 billion",
      "params=175e9 tokens=3e11",
      "175000M 0.3T",
    ]) {
      expect(result(line).flops / 3.15e23).toBeCloseTo(1, 12);
    }
  });

  it("without tokens uses the Chinchilla-optimal 20 per parameter, and says so", () => {
    const r = result("70B");
    expect(r.tokens).toBe(1.4e12);
    expect(r.flops).toBeCloseTo(5.88e23, -20);
    expect(said("70B")).toContain("Chinchilla-optimal 1.4T");
  });

  it("on 1,024 A100s at 40% MFU and $2/h: 28.5 days, 701K GPU-hours, $1.4M, 39 cards to hold Adam states", () => {
    const r = result("175B 300B gpu=A100 gpus=1024 price=$2/h");
    expect(r.peakFlopsPerGpu).toBe(312e12);
    expect(r.seconds / 86_400).toBeCloseTo(28.53, 2);
    expect(r.gpuHours).toBeCloseTo(701_122, 0);
    expect(r.costUsd).toBeCloseTo(1_402_244, 0);
    expect(r.cards).toBe(39);
    expect(said("175B 300B gpu=A100 gpus=1024 price=$2/h")).toContain("$1.4M");
  });

  it("finds the GPUs for a deadline", () => {
    const r = result("175B 300B gpu=A100 days=30 mfu=40%");
    expect(r.gpus).toBe(974);
  });

  it("MoE: compute uses active parameters (DeepSeek-V3 37B active on 14.8T tokens)", () => {
    const r = result("671B 14.8T active=37B");
    expect(r.flops).toBeCloseTo(6 * 37e9 * 14.8e12, -20);
  });

  it("with layers, width and context adds the PaLM attention term", () => {
    const r = result("175B 300B layers=96 d=12288 ctx=2048");
    expect(r.flopsWithAttention).toBe(300e9 * (6 * 175e9 + 12 * 96 * 12288 * 2048));
    expect(result("175B 300B L=96 hidden=12288 context=2048").flopsWithAttention).toBe(r.flopsWithAttention);
  });

  it("accepts arithmetic in values", () => {
    expect(result("6*175B*300B/6/300B 300B").params).toBeCloseTo(175e9, 0);
  });

  it("refuses a zero or negative size with an example", () => {
    const reply = ask("0 300B");
    expect(reply.ok).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.error?.key).toBe("quantity.notPositiveFor");
    // The asker's line without the sign, not the generic example.
    expect(said("-5B 300B")).toContain("Try: /flops 5B 300B");
  });

  it("says which option a number out of range was given to, with that option's own example", () => {
    // Not the parser's generic `175B`: each option's example is one that answers.
    expect(said("0 300B")).toContain("params “0” must be above zero, e.g. params=175B.");
    expect(said("175B 300B gpu=H100 gpus=1.5")).toContain(
      "gpus “1.5” must be a whole number of at least 1, e.g. gpus=1024.",
    );
    expect(said("175B 300B gpu=H100 price=-2")).toContain(
      "price “-2” must be above zero, e.g. price=$2.5/h.",
    );
    expect(said("serve 8B gpu=H100 rate=0")).toContain("rate “0” must be above zero, e.g. rate=10.");
    expect(said("serve 8B gpu=H100 rate=0 lang=zh-TW")).toContain("rate 的「0」必須大於零，例如 rate=10。");
  });
});
