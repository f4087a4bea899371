import { describe, expect, it } from "vitest";
import {
  chinchillaLoss,
  chinchillaOptimalTokens,
  computeOptimalSplit,
  tokensPerParam,
} from "../../src/core/chinchilla.ts";
import {
  hardwareFlopsPerToken,
  inferenceFlopsPerToken,
  petaflopDays,
  trainingFlops,
  trainingFlopsPerToken,
  trainingFlopsWithAttention,
} from "../../src/core/compute.ts";
import { gpusForDeadline, trainingTime } from "../../src/core/training.ts";

describe("training compute (Kaplan et al. 2020 §2.1)", () => {
  it("GPT-3 175B on 300B tokens: 3.15e23 FLOP, published 3.14e23 (Brown et al. 2020, Table D.1)", () => {
    const flops = trainingFlops(175e9, 300e9);
    expect(flops).toBeCloseTo(3.15e23, -20);
    expect(Math.abs(flops / 3.14e23 - 1)).toBeLessThan(0.01);
  });

  it("GPT-3 is about 3,640 PF-days (Table D.1 gives 3.64E+03)", () => {
    expect(petaflopDays(trainingFlops(175e9, 300e9))).toBeCloseTo(3645.8, 1);
  });

  it("Chinchilla 70B on 1.4T tokens: 5.88e23 FLOP (Hoffmann et al. 2022 Table 3 lists 5.76e23 for 67B)", () => {
    expect(trainingFlops(70e9, 1.4e12)).toBeCloseTo(5.88e23, -20);
  });
});

describe("attention-aware compute (PaLM, Chowdhery et al. 2022, Appendix B)", () => {
  // PaLM 540B: 118 layers, 48 heads × 256 head dim, sequence 2048; 6N + 12LHQT.
  const palm = { layers: 118, attentionWidth: 48 * 256, context: 2048 };

  it("adds 12·L·H·Q·T per token", () => {
    expect(trainingFlopsPerToken(540e9, palm) - 6 * 540e9).toBe(12 * 118 * 48 * 256 * 2048);
    expect(trainingFlopsPerToken(540e9)).toBe(6 * 540e9);
  });

  it("PaLM 540B on 780B tokens: about 2.56e24 FLOP (Table 20 lists 2.56e24 for 6ND+attention)", () => {
    const flops = trainingFlopsWithAttention(540.35e9, 780e9, palm);
    expect(flops / 2.56e24).toBeGreaterThan(0.99);
    expect(flops / 2.56e24).toBeLessThan(1.03);
  });

  it("full recomputation adds one forward pass: 8N per token", () => {
    expect(hardwareFlopsPerToken(1e9)).toBe(8e9);
    expect(hardwareFlopsPerToken(1e9, palm)).toBe(8e9 + 16 * 118 * 48 * 256 * 2048);
  });

  it("inference is 2N per generated token plus 4·L·H·Q·T", () => {
    expect(inferenceFlopsPerToken(175e9)).toBe(350e9);
    expect(inferenceFlopsPerToken(1e9, palm)).toBe(2e9 + 4 * 118 * 48 * 256 * 2048);
  });
});

describe("Chinchilla (Hoffmann et al. 2022)", () => {
  it("GPT-3 175B would want 3.5T tokens; it saw 300B, 1.7 tokens per parameter", () => {
    expect(chinchillaOptimalTokens(175e9)).toBe(3.5e12);
    const { ratio, timesOptimal } = tokensPerParam(175e9, 300e9);
    expect(ratio).toBeCloseTo(1.714, 3);
    expect(timesOptimal).toBeCloseTo(0.0857, 4);
  });

  it("a budget splits as N* = sqrt(C/120), D* = 20N*", () => {
    const { params, tokens } = computeOptimalSplit(5.88e23);
    expect(params).toBeCloseTo(70e9, -6);
    expect(tokens).toBeCloseTo(1.4e12, -9);
    expect(6 * params * tokens).toBeCloseTo(5.88e23, -19);
  });

  it("the fitted loss of Chinchilla 70B on 1.4T tokens is about 1.94", () => {
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(1.94, 2);
    expect(chinchillaLoss(70e9, 1.4e12)).toBeLessThan(chinchillaLoss(175e9, 300e9));
  });
});

describe("time and cost", () => {
  it("GPT-3 on 1,024 A100s at 312 TFLOP/s and 40% MFU takes about 28.5 days", () => {
    const time = trainingTime({
      flops: 3.15e23,
      gpus: 1024,
      peakFlopsPerGpu: 312e12,
      mfu: 0.4,
      pricePerGpuHour: 2,
    });
    expect(time.seconds / 86_400).toBeCloseTo(28.5, 1);
    expect(time.gpuHours).toBeCloseTo(701_122, 0);
    expect(time.costUsd).toBeCloseTo(time.gpuHours * 2, 6);
    expect(trainingTime({ flops: 1, gpus: 1, peakFlopsPerGpu: 1, mfu: 1 }).costUsd).toBeUndefined();
  });

  it("GPUs for a deadline round up", () => {
    expect(gpusForDeadline(3.15e23, 30 * 86_400, 312e12, 0.4)).toBe(974);
  });
});
