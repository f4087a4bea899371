import { describe, expect, it } from "vitest";
import { findGpu } from "../../src/core/gpus.ts";
import { ask, result } from "./helpers.ts";

// Llama 3 70B as the catalog gives it (Hugging Face config.json): 80 layers, 8 KV heads of 128.
const LAYERS = 80;
const KV_HEADS = 8;
const HEAD_DIM = 128;
const BF16 = 2;

describe("`seq len`, `sequence length`, `seqlen` are the context", () => {
  it("llama 3 70b on 4 H100 at 8k seq len: the KV cache of 8,192 tokens, 2·L·n_kv·d_head·2 B each", () => {
    const context = 8 * 1024;
    const r = result("llama 3 70b on 4 H100 at 8k seq len");
    expect(r.breakdown.kvCache).toBe(2 * LAYERS * KV_HEADS * HEAD_DIM * BF16 * context);
    expect(r.serving.gpus).toBe(4);
  });

  it.each([
    "serve 8B gpu=H100 seq len 32k",
    "serve 8B gpu=H100 sequence length 32k",
    "serve 8B gpu=H100 seqlen 32k",
    "serve 8B gpu=H100 seq-len 32k",
    "serve 8B gpu=H100 32k seq length",
    "serve 8B gpu=H100 context length 32k",
  ])("%s: a prompt of 32 × 1,024 tokens", (line) => {
    const r = result(line);
    expect(r.throughput.context).toBe(32 * 1024);
    expect(r.throughput.promptTokens).toBe(32 * 1024);
  });

  it("序列長度 32k is the context too", () => {
    const reply = ask("部署 8B gpu=H100 序列長度 32k", "zh-TW");
    expect(reply.ok).toBe(true);
    expect((reply.result as { throughput: { context: number } }).throughput.context).toBe(32 * 1024);
  });

  it("a key written out (`seq-len=4096`, `max_seq_len`) is left as it was", () => {
    expect(result("serve 8B gpu=H100 seq-len=4096").throughput.context).toBe(4096);
  });
});

describe("a batch in tokens", () => {
  it.each([
    ["train 70B 15T on 1024 H100 batch 4M tokens", "batch 4M tokens"],
    ["train 70B 15T on 1024 H100 with a global batch of 4M tokens", "global batch of 4M tokens"],
    ["70B 15T on 1024 H100 global batch size 4M tokens", "global batch size 4M tokens"],
  ])(
    "%s: a training plan has no number it changes, said by name, with the line without it",
    (line, typed) => {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("read.batchTokens");
      expect(reply.error?.params).toMatchObject({
        typed,
        command: "compute",
        example: "70B 15T on 1024 H100",
      });
      expect(reply.hint?.params).toEqual({ example: "/flops 70B 15T on 1024 H100" });
      // The line it suggests answers.
      expect(ask("70B 15T on 1024 H100").ok).toBe(true);
    },
  );

  it("mfu reads it as batch-tokens: tokens/s = batch / step time, MFU = 6N · tokens/s / (GPUs × peak)", () => {
    const N = 70e9;
    const batch = 4e6;
    const step = 6;
    const gpus = 1024;
    const peak = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
    for (const line of [
      `mfu 70B gpu=H100 gpus=${gpus} step-time=${step} global batch of 4M tokens`,
      `mfu 70B gpu=H100 gpus=${gpus} step-time=${step} batch 4M tokens`,
    ]) {
      const r = result(line);
      expect(r.mfu, line).toBeCloseTo((6 * N * (batch / step)) / (gpus * peak), 6);
    }
  });
});
