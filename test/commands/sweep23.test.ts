import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";
import { ask, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: bf16 989.4 TFLOP/s dense (1,979 with sparsity), 80 GB at 3.35 TB/s.
// - NVIDIA A100 SXM4 datasheet: bf16 312 TFLOP/s dense; 80 GB at 2,039 GB/s.
const H100_BF16 = 989.4e12;
const A100_BF16 = 312e12;

type Found = { gpus: { id: string; peakFlops: Record<string, number> }[] };
const peakOf = (line: string, id: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, said(line, lang)).toBe(true);
  expect(reply.command).toBe("gpus");
  return (reply.result as Found).gpus.find((gpu) => gpu.id === id)?.peakFlops.bf16;
};

describe("sweep23: GPUs named with a comparison word get the catalog's lines side by side", () => {
  it.each([
    ["which is faster, H100 or A100", "en"],
    ["is the H100 faster than the A100", "en"],
    ["H100 vs A100, which is faster", "en"],
    ["H100 跟 A100 哪個最快", "zh-TW"],
    ["H100 跟 A100 哪個比較快", "zh-TW"],
    ["H100 和 A100 哪個快", "zh-TW"],
  ] as const)("%s → H100 SXM5 989.4 and A100 SXM4 312 TFLOP/s dense bf16", (line, lang) => {
    expect(peakOf(line, "h100-sxm", lang)).toBe(H100_BF16);
    expect(peakOf(line, "a100-80gb-sxm", lang)).toBe(A100_BF16);
    expect(ask(line, lang).lang ?? "en").toBe(lang);
  });

  it("a plan with the comparison stays a plan on both GPUs (70B 15T H100 vs A100 which is faster)", () => {
    const reply = ask("70B 15T H100 vs A100 which is faster");
    expect(reply.command).toBe("compute");
    const r = reply.result as { byGpu: { peakFlopsPerGpu: number }[] };
    expect(r.byGpu.map((g) => g.peakFlopsPerGpu)).toEqual([H100_BF16, A100_BF16]);
  });

  it("a comparison word with a name that is no GPU is no catalog question (which is faster, H100 or llama)", () => {
    expect(ask("which is faster, H100 or llama").command).not.toBe("gpus");
  });
});

describe("sweep23: `serve it at 20 req/s` in a thread asks serving of the thread's model", () => {
  // Llama 3 70B config.json: 80 layers, 8 KV heads of 128, 70,553,706,496 parameters; H100 SXM5: 3.35 TB/s, 989.4 TFLOP/s.
  // At TP 4, a 256-sequence batch of 1,024 + 256 tokens: each decode step reads the weight shard and the
  // batch's KV share, bf16: (2 × 70,553,706,496 + 256 × 1,280 × 2·80·8·128·2) / 4 bytes.
  const N = 70_553_706_496;
  const kvPerToken = 2 * 80 * 8 * 128 * 2;
  const step = (2 * N + 256 * 1280 * kvPerToken) / 4 / 3.35e12;
  // Prefill: 1,024 × (2N + 2·L·P·d_attn) at 40% of 4 × 989.4T; a request = prefill + 256 steps / 256 in the batch.
  const prefill = (1024 * (2 * N + 2 * 80 * 1024 * 8192)) / (4 * H100_BF16 * 0.4);
  const perReplica = 1 / (prefill + step);
  const replicas = Math.ceil(20 / perReplica);

  it.each([
    ["serve llama-3-70b gpu=H100", "serve it at 20 req/s"],
    ["cards llama-3-70b gpu=H100 mode=infer", "serve it at 20 req/s"],
    ["70B 15T gpu=H100 gpus=1024", "serve it at 20 req/s"],
  ])(
    "after `%s`, `%s` → 20 req/s served: ⌈20 / requests per replica⌉ replicas of 4 H100",
    async (first, then) => {
      const say = thread();
      await say(first);
      const more = await say(then);
      expect(more.turn.reply.ok, more.text).toBe(true);
      expect(more.turn.reply.command).toBe("serve");
      const t = (
        more.turn.reply.result as {
          throughput: {
            requestsPerSecond: number;
            decodeStepSeconds: number;
            requestsPerSecondPerReplica: number;
            replicas: number;
            gpus: number;
          };
        }
      ).throughput;
      expect(t.requestsPerSecond).toBe(20);
      expect(more.text).toContain("Follow-up (rate=20 req/s)");
      if (first.startsWith("70B")) return; // a bare 70B has no shape: the cache is not counted there
      expect(t.decodeStepSeconds / step).toBeCloseTo(1, 3);
      expect(t.requestsPerSecondPerReplica / perReplica).toBeCloseTo(1, 3);
      expect(t.replicas).toBe(replicas);
      expect(t.gpus).toBe(replicas * 4);
    },
  );

  it("`serve it on 8 GPUs` after a serving answer keeps the model and GPU, with 8 GPUs available", async () => {
    const say = thread();
    await say("serve llama-3-70b gpu=H100");
    const more = await say("serve it on 8 GPUs");
    expect(more.turn.reply.ok, more.text).toBe(true);
    expect(more.turn.question?.options).toMatchObject({ params: "llama-3-70b", gpu: "H100", available: "8" });
  });

  it("a serving line that names its own model still starts over (serve llama-3-8b at 20 req/s)", async () => {
    const say = thread();
    await say("serve llama-3-70b gpu=H100");
    const more = await say("serve llama-3-8b at 20 req/s");
    expect(more.turn.question?.options.params).toBe("llama-3-8b");
  });
});
