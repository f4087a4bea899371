import { describe, expect, it } from "vitest";
import { findGpu } from "../../src/core/gpus.ts";
import { thread } from "../support/slackThread.ts";

// Llama 3 70B as the catalog gives it (Hugging Face config.json): 80 layers, 8 KV heads of 128.
const KV_BYTES_PER_TOKEN = 2 * 80 * 8 * 128 * 2;

// biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields.
const resultOf = (turn: { turn: { reply: { result?: unknown } } }) => turn.turn.reply.result as any;

describe("follow-ups", () => {
  it("`at 32k seq len` after a serving answer sets the context: the KV cache of 32,768 tokens", async () => {
    const say = thread();
    const first = resultOf(await say("serve llama 3 70b on 4 H100"));
    expect(first.throughput.context).toBe(8192);
    const next = await say("at 32k seq len");
    expect(next.turn.reply.ok).toBe(true);
    const r = resultOf(next);
    expect(r.throughput.context).toBe(32 * 1024);
    expect(r.breakdown.kvCache).toBe(KV_BYTES_PER_TOKEN * 32 * 1024);
  });

  it.each(["on 2048 of them", "with 2048 of those"])(
    "%s after a plan on 512 H100: 2048 of the thread's H100, time 6ND / (2048 × peak × MFU)",
    async (line) => {
      const say = thread();
      await say("train 70B 15T on 512 H100");
      const next = await say(line);
      expect(next.turn.reply.ok).toBe(true);
      expect(next.text).toContain("2,048 × H100");
      const r = resultOf(next);
      const flops = 6 * 70e9 * 15e12;
      const peak = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
      expect(r.gpus).toBe(2048);
      expect(r.flops).toBe(flops);
      expect(r.seconds).toBeCloseTo(flops / (2048 * peak * r.mfu), 3);
    },
  );
});
