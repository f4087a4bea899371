import { describe, expect, it } from "vitest";
import { formatValue } from "../../src/reply/format.ts";
import { localize } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

// NVIDIA H100 SXM5 datasheet: 3.35 TB/s HBM3, 989.4 TFLOP/s dense bf16.
const H100_BANDWIDTH = 3.35e12;
const H100_BF16 = 989.4e12;
/** Dollars per million tokens: price × GPUs × 10⁶ / (3600 × tokens/s). */
const perMillion = (price: number, gpus: number, tokensPerSecond: number) =>
  (price * gpus * 1e6) / (3600 * tokensPerSecond);

describe("serve at a price per GPU-hour: what serving costs", () => {
  it("70B on H100 at batch 1: 4 GPUs (TP 4) reading 35 GB a step at 3.35 TB/s, $2/h → $23.2 per 1M decoded tokens", () => {
    const out = result("serve 70B gpu=H100 price=$2/h");
    expect(out.serving.gpus).toBe(4);
    // Memory-bound at batch 1 (Pope et al. 2022): one step reads the GPU's 70B × 2 B / 4 of weights.
    const tokensPerSecond = 1 / ((70e9 * 2) / 4 / H100_BANDWIDTH);
    expect(out.cost.costPerMillionDecodedTokens).toBeCloseTo(perMillion(2, 4, tokensPerSecond), 6);
    expect(out.cost.costPerMillionDecodedTokens).toBeCloseTo(23.2, 1);
    expect(out.cost.pricePerGpuHour).toBe(2);
    // No cache modelled for a bare size: no max batch, so no row at it.
    expect(out.cost.costPerMillionDecodedTokensAtMaxBatch).toBeUndefined();
  });

  it("70B on H100 at 20 requests/s and $2.5/h: prefill and 256 decode steps a request, 3 replicas of 4 GPUs → $1.10 per 1M generated, $30 an hour", () => {
    const out = result("serve 70B gpu=H100 rate=20 price=$2.5/h");
    // Prefill of the 1,024-token prompt at 40% MFU on TP 4, then 256 steps shared by a batch of 256.
    const prefill = (1024 * 2 * 70e9) / (4 * H100_BF16 * 0.4);
    const step = Math.max((70e9 * 2) / 4 / H100_BANDWIDTH, (256 * 2 * 70e9) / 4 / H100_BF16);
    const requestsPerSecond = 1 / (prefill + (256 * step) / 256);
    expect(out.throughput.requestsPerSecondPerReplica).toBeCloseTo(requestsPerSecond, 6);
    expect(out.throughput.replicas).toBe(Math.ceil(20 / requestsPerSecond));
    expect(out.cost.costPerMillionGeneratedTokens).toBeCloseTo(
      perMillion(2.5, 4, requestsPerSecond * 256),
      6,
    );
    expect(out.cost.costPerMillionGeneratedTokens).toBeCloseTo(1.1, 1);
    expect(out.cost.costPerHour).toBe(3 * 4 * 2.5);
    const text = said("serve 70B gpu=H100 rate=20 price=$2.5/h");
    expect(text).toContain("Cost per 1M generated tokens");
    expect(text).toContain("3 × 4 × $2.5");
  });

  it("a published model with its cache: the cost at batch 1 and at the largest batch that fits, which is cheaper per token", () => {
    const out = result("serve llama-3-70b gpu=H100 price=$2/h");
    const {
      costPerMillionDecodedTokens: one,
      costPerMillionDecodedTokensAtMaxBatch: full,
      maxBatch,
    } = out.cost;
    expect(maxBatch).toBe(out.maxBatch);
    expect(maxBatch).toBeGreaterThan(1);
    expect(full).toBeLessThan(one / 10);
    // Decoding at batch B reads the weights once and B caches: the cost per token falls, never below
    // the share of the weights alone (70.6B × 2 B / 4 GPUs read per step for B tokens).
    const weightsOnly = perMillion(
      2,
      out.serving.gpus,
      maxBatch / ((70.55e9 * 2) / out.serving.gpus / H100_BANDWIDTH),
    );
    expect(full).toBeGreaterThan(weightsOnly);
    expect(said("serve llama-3-70b gpu=H100 price=$2/h")).toContain(`at the max batch, ${maxBatch}`);
  });

  it("a price serve cannot use (no layout fits) is named as not used, never dropped", () => {
    const reply = ask("serve 100T gpu=T4 price=$1/h");
    expect(reply.ok).toBe(true);
    expect(said("serve 100T gpu=T4 price=$1/h")).toContain("Not used: price=$1/h");
  });

  it("a price per GPU-hour no cloud charges is warned of, as in a training plan", () => {
    const reply = ask("serve 70B gpu=H100 price=$50/h");
    expect(JSON.stringify(reply.warnings)).toContain("compute.priceHigh");
  });
});

describe("cost per million tokens asked in words goes to serve", () => {
  it.each([
    ["how much does it cost per million tokens to serve llama 3 70b on H100 at $2/h", "en"],
    ["what's the $/1M tokens for llama 3 70b on 4 H100 at $2/h", "en"],
    ["serve llama-3-70b gpu=H100 price=$2/h cost per 1M output tokens", "en"],
    ["serve llama-3-70b on H100 at $2/h per mtok", "en"],
    ["用 H100 服務 llama 3 70b 每百萬 token 成本 每小時 2 美元", "zh-TW"],
  ] as const)("%s", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok, said(line, lang)).toBe(true);
    expect(reply.command).toBe("serve");
    // The price was typed: the note names the rows, never asks for a price.
    expect(reply.notes.map((note) => note.key)).toContain("read.costPerMillionAskedPriced");
    expect(reply.notes.map((note) => note.key)).not.toContain("read.costPerMillionAsked");
    const cost = (reply.result as { cost: { costPerMillionDecodedTokens: number } }).cost;
    // Llama 3 70B at batch 1 on 4 H100: about 93 tokens/s, so about $24 per 1M at $2/h.
    expect(cost.costPerMillionDecodedTokens).toBeGreaterThan(20);
    expect(cost.costPerMillionDecodedTokens).toBeLessThan(27);
  });

  it("without a price the note says the rows come with one (price=$2.5/h), and no cost row is made up", () => {
    const reply = ask("cost per million tokens to serve llama 3 70b on H100");
    expect(reply.ok).toBe(true);
    expect(reply.notes.map((note) => note.key)).toContain("read.costPerMillionAsked");
    expect((reply.result as { cost?: unknown }).cost).toBeUndefined();
  });

  it("`per million tokens` in a training plan is not read as a training cost: that line goes to serve", () => {
    expect(ask("cost per million tokens for 70B on H100 at $2/h").command).toBe("serve");
  });
});

describe("dollars under a cent keep their figures", () => {
  it.each([
    [0.00065, "$0.00065"],
    [0.0042, "$0.0042"],
    [0.5, "$0.50"],
    // Below $10 cents are two places, as a price list writes them.
    [1.1, "$1.10"],
    [2, "$2.00"],
    [9.999, "$10.00"],
    [23.2, "$23"],
  ])("%s is %s", (value, shown) => {
    expect(formatValue("en", "usd", value)).toBe(shown);
  });
});

describe("a serving cost in dollars and cents: 'serve llama-3-70b gpu=H100 rate=20 price=$2.5/h'", () => {
  const line = "serve llama-3-70b gpu=H100 rate=20 price=$2.5/h";
  it("is price · t·p · 10⁶ / (3600 · requests/s per replica · G), shown with two decimals ($1.20, not $1.2)", () => {
    const r = result(line);
    const { gpus } = r.serving as { gpus: number };
    const perRequest = r.throughput.requestsPerSecondPerReplica as number;
    const dollars = (2.5 * gpus * 1e6) / (3600 * perRequest * 256);
    expect(r.cost.costPerMillionGeneratedTokens).toBeCloseTo(dollars, 10);
    expect(dollars).toBeLessThan(10);
    for (const lang of ["en", "zh-TW"] as const) {
      const shown = localize(ask(line, lang), lang).rows.map((row) => row.value);
      expect(shown).toContain(`$${dollars.toFixed(2)}`);
    }
  });
});
