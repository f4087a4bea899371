import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask, said } from "./helpers.ts";

/**
 * Serving memory of sliding-window models (Jiang et al. 2023, Mistral 7B, §2, rolling buffer cache):
 * a window-W layer keeps min(T, W) tokens of KV, a global layer T. Expected values are computed here
 * from each model's published config.json figures, never copied from a reply.
 */

const MISTRAL_ARXIV = "https://arxiv.org/abs/2310.06825";

const kvRow = (reply: Reply, key: "row.kvCache" | "row.kvPerGpu") => {
  const row = reply.rows.find((r) => r.label.key === key);
  if (!row?.formula || row.value.kind === "text" || row.value.kind === "message")
    throw new Error(`no ${key}`);
  return { value: row.value.value, formula: formulaText(row.formula) };
};

// biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields; tests read them directly.
const result = (reply: Reply) => reply.result as Record<string, any>;

/** The whole-number factors after `=` (ctx 8,192 → 8192; 131K stands for 131,072 and is left out). */
const factors = (formula: string) =>
  [...(formula.split(" = ")[1] ?? "").matchAll(/(?<![\w.])(\d[\d,]*)(?![\w.])/g)].map((m) =>
    Number((m[1] as string).replaceAll(",", "")),
  );

describe("Mistral 7B v0.1 (config.json: 32 layers, 8 KV heads, head_dim 128, sliding_window 4096)", () => {
  // 32 layers × 2 × 8 × 128 × 2 B × min(8,192, 4,096) = 536,870,912 B = 0.5 GiB per sequence.
  const windowed = 32 * 2 * 8 * 128 * 2 * 4096;

  it("cards at 8k: the KV cache is 0.5 GiB per sequence, not 1 GiB", () => {
    const reply = ask("cards mistral-7b gpu=H100 context=8k");
    expect(reply.ok).toBe(true);
    expect(result(reply).breakdown.kvCache).toBe(windowed);
    expect(result(reply).serving.perGpu.kvCache).toBe(windowed);
    // Bytes per token (every layer) are unchanged: 2 × 32 × 8 × 128 × 2.
    expect(result(reply).serving.kvBytesPerToken).toBe(131_072);
    expect(result(reply).kvWindow).toMatchObject({ window: 4096, slidingLayers: 32, layers: 32 });
  });

  it("shows the window in the formula, whose own numbers give the value", () => {
    const reply = ask("cards mistral-7b gpu=H100 context=8k");
    const perGpu = kvRow(reply, "row.kvPerGpu");
    expect(perGpu.formula).toContain("2 · L · n_kv · d_head · bytes · min(ctx, W)");
    expect(perGpu.formula).toContain("min(ctx 8,192, W 4,096)");
    // 2 × 32 × 8 × 128 × 2 × min(8,192, 4,096) × batch 1 × share 1
    const [two, L, kv, d, bytes, ctx, W, batch, share] = factors(perGpu.formula) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect([ctx, W]).toEqual([8192, 4096]);
    expect(two * L * kv * d * bytes * Math.min(ctx, W) * batch * share).toBe(perGpu.value);
    const total = kvRow(reply, "row.kvCache");
    expect(total.formula).toContain("min(ctx 8,192, W 4,096)");
    expect(total.value).toBe(windowed);
  });

  it("says the window was applied and cites the paper, in English and Traditional Chinese", () => {
    const en = said("cards mistral-7b gpu=H100 context=8k");
    expect(en).toContain("Sliding window applied: 32 of 32 layers");
    expect(en).toContain("0.537 GB of KV, not the 1.07 GB");
    expect(en).toContain("Jiang et al. 2023 §2");
    const source = ask("cards mistral-7b gpu=H100 context=8k").sources.find((s) => s.url === MISTRAL_ARXIV);
    expect(source?.title).toContain("rolling buffer cache");
    expect(said("cards mistral-7b gpu=H100 context=8k", "zh-TW")).toContain("已套用滑動視窗");
  });

  it("at 4k (the window) the answer is the one without a window", () => {
    const reply = ask("cards mistral-7b gpu=H100 context=4k");
    expect(result(reply).breakdown.kvCache).toBe(131_072 * 4096);
    expect(result(reply).kvWindow).toBeUndefined();
    expect(kvRow(reply, "row.kvPerGpu").formula).not.toContain("min(");
    expect(said("cards mistral-7b gpu=H100 context=4k")).not.toContain("Sliding window");
  });

  it("serve at 8k: decode reads the weights and the windowed cache", () => {
    const reply = ask("serve mistral-7b gpu=H100 context=8k");
    expect(result(reply).breakdown.kvCache).toBe(windowed);
    // bf16 weights of the 7,241,732,096 parameters (HF safetensors count) but the untied embedding
    // table (32,000 × 4,096, a lookup), and one 0.5 GiB cache.
    expect(result(reply).throughput.bytesReadPerGpuPerStep).toBe(
      (7_241_732_096 - 32_000 * 4096) * 2 + windowed,
    );
  });

  it("a batch multiplies the windowed cache: 16 × 0.5 GiB at 32k", () => {
    const reply = ask("cards mistral-7b gpu=H100 context=32k batch=16");
    expect(result(reply).breakdown.kvCache).toBe(16 * windowed);
  });

  it("with other layers= the window (of the model's 32 layers) is not applied, and the reply says so", () => {
    const reply = ask("cards mistral-7b gpu=H100 context=8k layers=40");
    expect(result(reply).breakdown.kvCache).toBe(40 * 2 * 8 * 128 * 2 * 8192);
    expect(said("cards mistral-7b gpu=H100 context=8k layers=40")).toContain("is not applied");
    // Within the window it would change nothing, and nothing is said.
    expect(said("cards mistral-7b gpu=H100 context=4k layers=40")).not.toContain("sliding window");
  });
});

describe("Gemma 2 (config.json: sliding_window 4096 on every other layer, global layers between)", () => {
  it("9B at 8k (42 layers, 8 KV heads × 256): 21 global × 8,192 + 21 local × 4,096 tokens", () => {
    const perLayer = 2 * 8 * 256 * 2;
    const reply = ask("cards gemma-2-9b gpu=H100 context=8k");
    expect(result(reply).breakdown.kvCache).toBe(21 * perLayer * 8192 + 21 * perLayer * 4096);
    const row = kvRow(reply, "row.kvCache");
    expect(row.formula).toContain("(L_global · ctx + L_local · min(ctx, W))");
    expect(row.formula).toContain("(21 × 8,192 + 21 × min(8,192, W 4,096))");
    const source = reply.sources.find((s) => s.url === "https://arxiv.org/abs/2408.00118");
    expect(source?.title).toContain("in alternating layers");
  });

  it("27B at 8k (46 layers, 16 KV heads × 128): 23 global + 23 local", () => {
    const perLayer = 2 * 16 * 128 * 2;
    const reply = ask("serve gemma-2-27b gpu=H100 context=8k");
    expect(result(reply).breakdown.kvCache).toBe(23 * perLayer * 8192 + 23 * perLayer * 4096);
  });

  it("2B at 4k is unchanged (the window does not bind)", () => {
    const perToken = 26 * 2 * 4 * 256 * 2;
    const reply = ask("cards gemma-2-2b gpu=H100 context=4k");
    expect(result(reply).breakdown.kvCache).toBe(perToken * 4096);
    expect(result(reply).kvWindow).toBeUndefined();
  });
});

describe("models without a window are unchanged", () => {
  it("Llama 3 8B at 8k: 2 × 32 × 8 × 128 × 2 B × 8,192 (no window in its config)", () => {
    const reply = ask("cards llama-3-8b gpu=H100 context=8k");
    expect(result(reply).breakdown.kvCache).toBe(131_072 * 8192);
    expect(kvRow(reply, "row.kvCache").formula).not.toContain("min(");
  });
});
