import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";
import { ask, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: bf16 989.4 TFLOP/s dense (1,979 with sparsity), 80 GB at 3.35 TB/s.
// - NVIDIA A100 SXM4 datasheet: bf16 312 TFLOP/s dense; 80 GB at 2,039 GB/s.
const H100_BF16 = 989.4e12;
const A100_BF16 = 312e12;
/** NVIDIA H800 SXM5 datasheet: bf16 989.4 TFLOP/s dense, as the H100 SXM5. */
const H800_BF16 = 989.4e12;

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

  it("要多快 (how fast) of a plan asks its time, as 多久 does: 6 × 70B × 1.4T / (128 × 989.4T × 40%)", () => {
    const reply = ask("70B 1.4T 128 張 H100 訓練要多快", "zh-TW");
    expect(reply.ok, said("70B 1.4T 128 張 H100 訓練要多快", "zh-TW")).toBe(true);
    const r = reply.result as { seconds: number; gpus: number };
    expect(r.gpus).toBe(128);
    expect(r.seconds / ((6 * 70e9 * 1.4e12) / (128 * H100_BF16 * 0.4)) - 1).toBeCloseTo(0, 6);
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
  // batch's KV share, bf16: (2 × (70,553,706,496 − 128,256 × 8,192) + 256 × 1,280 × 2·80·8·128·2) / 4
  // bytes; the untied embedding table is a lookup, not read whole.
  const N = 70_553_706_496;
  const kvPerToken = 2 * 80 * 8 * 128 * 2;
  const step = (2 * (N - 128_256 * 8192) + 256 * 1280 * kvPerToken) / 4 / 3.35e12;
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

describe("sweep23: DeepSeek-V2-Lite, Mixtral 8x22B and Qwen2 72B answer from their config.json", () => {
  // DeepSeek-V2-Lite config.json: 27 layers, d 2048, 16 heads; MLA without query compression
  // (q 2048 × 16·192), kv_a 2048 × (512 + 64), kv_b 512 × 16·(128 + 128), o 16·128 × 2048;
  // layer 0 dense (FFN 10,944), layers 1–26: 64 routed + 2 shared experts of 1,408, top-6; V 102,400.
  const h = 2048;
  const attention = h * 16 * 192 + h * (512 + 64) + 512 + 512 * 16 * 256 + 16 * 128 * h;
  const expert = 3 * h * 1408;
  const dense = attention + 2 * h + 3 * h * 10_944;
  const moe = (experts: number) => attention + 2 * h + experts * expert + 64 * h;
  const total = dense + 26 * moe(64 + 2) + 2 * 102_400 * h + h;
  const active = dense + 26 * moe(6 + 2) + 2 * 102_400 * h + h;

  it("params deepseek-v2-lite: 15,706,484,224 (the Hub's count; paper 15.7B), 2,661,150,208 active with the embeddings", () => {
    expect(total).toBe(15_706_484_224);
    const r = (ask("params deepseek-v2-lite").result ?? {}) as { total: number; active: number };
    expect(r.total).toBe(total);
    expect(r.active).toBe(active);
  });

  it.each(["serve deepseek-v2-lite gpu=H100", "cards deepseek-v2-lite gpu=H100"])(
    "%s: the MLA cache 27 × (512 + 64) × 2 bytes = 31,104 B per token",
    (line) => {
      const reply = ask(line);
      expect(reply.ok, said(line)).toBe(true);
      expect((reply.result as { serving: { kvBytesPerToken: number } }).serving.kvBytesPerToken).toBe(
        27 * (512 + 64) * 2,
      );
    },
  );

  it("deepseek-v2-lite's compute uses the 2.4B active: 6 × 2.4B × 5.7T", () => {
    const reply = ask("deepseek-v2-lite");
    expect(reply.ok, said("deepseek-v2-lite")).toBe(true);
    expect((reply.result as { flops: number }).flops / (6 * 2.4e9 * 5.7e12)).toBeCloseTo(1, 9);
  });

  it("how much vram to serve mixtral 8x22b: its KV cache 2 · 56 · 8 · 128 · 2 = 229,376 B per token, 141B weights of 2 bytes", () => {
    const line = "how much vram to serve mixtral 8x22b";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const r = reply.result as { serving: { kvBytesPerToken: number }; breakdown: { weights: number } };
    expect(r.serving.kvBytesPerToken).toBe(2 * 56 * 8 * 128 * 2);
    expect(said(line)).toContain("Mixtral 8x22B");
  });

  it("qwen2-72b: 6 × 72,706,203,648 × 7T (Qwen2 report: 7T tokens)", () => {
    const reply = ask("qwen2-72b");
    expect(reply.ok, said("qwen2-72b")).toBe(true);
    expect((reply.result as { flops: number }).flops / (6 * 72_706_203_648 * 7e12)).toBeCloseTo(1, 9);
  });

  it("serve qwen2-72b gpu=H100: KV 2 · 80 · 8 · 128 · 2 = 327,680 B per token", () => {
    const reply = ask("serve qwen2-72b gpu=H100");
    expect((reply.result as { serving: { kvBytesPerToken: number } }).serving.kvBytesPerToken).toBe(
      2 * 80 * 8 * 128 * 2,
    );
  });
});

describe("sweep23: llama.cpp GGUF quantizations are refused, never read as int4 or int8", () => {
  it.each([
    ["llama 3 70b q4_k_m on 2 4090s", "q4_k_m", 4, 4],
    ["serve llama 3 8b Q4_K_M on a 4090", "Q4_K_M", 4, 4],
    ["70B in q8_0", "q8_0", 8, 8],
    ["qwen 2.5 7b iq3_xs", "iq3_xs", 3, 4],
    ["70B Q5_K_S 需要幾張 4090", "Q5_K_S", 5, 4],
  ] as const)(
    "%s → refused naming %s (nominally %i-bit), the precisions taken, and an example",
    (line, word, bits, near) => {
      const lang = /\p{Script=Han}/u.test(line) ? "zh-TW" : "en";
      const reply = ask(line, lang);
      expect(reply.ok).toBe(false);
      expect(reply.ephemeral).toBe(true);
      expect(reply.error?.key).toBe("read.ggufQuant");
      expect(reply.error?.params).toMatchObject({ word, bits, near });
      const text = said(line, lang);
      expect(text).toContain("int4");
      expect(text).toContain("fp8");
      // The example answers: plain {near}-bit weights, N × near / 8 bytes; the named Llama 3 8B keeps
      // its embedding and untied head (2 × 128,256 × 4,096) in bf16, as 4-bit serving does.
      const example = String(reply.error?.params?.example);
      const answered = ask(example);
      expect(answered.ok, said(example)).toBe(true);
      const named = example.startsWith("serve");
      const params = named ? 8_030_261_248 : 70e9;
      const kept = named ? 2 * 128_256 * 4096 : 0;
      expect((answered.result as { breakdown: { weights: number } }).breakdown.weights).toBeCloseTo(
        ((params - kept) * near) / 8 + kept * 2,
        -3,
      );
    },
  );

  it("llama 3 8b gguf q4_k_m memory → `gguf` is the file format, not a precision", () => {
    const reply = ask("llama 3 8b gguf q4_k_m memory");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.ggufFile");
  });

  it("AWQ, GPTQ and NF4 stay 4-bit (int4), and words that only start like a quantization are untouched", () => {
    expect((ask("cards 70B gpu=H100 mode=infer awq").result as { precision: string }).precision).toBe("int4");
    expect(ask("qwen2.5-72b").ok).toBe(true);
    expect(ask("70B 15T gpu=H100 gpus=1024").ok).toBe(true);
  });
});

describe("sweep23: an MFU asked about with nothing to plan gets the verdict against published runs", () => {
  // PaLM Table 3: PaLM 46.2%, Gopher 32.5%, MT-NLG 30.2%; Llama 3 Table 4: 38–43%. Above 60% is suspicious.
  it.each([
    ["is 70% MFU realistic", "en"],
    ["70% mfu", "en"],
    ["mfu 70%", "en"],
    ["MFU 70% 合理嗎", "zh-TW"],
  ] as const)("%s → 70%: above every large published run, with the suspicious warning", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok, said(line, lang)).toBe(true);
    expect((reply.result as { mfu: number }).mfu).toBe(0.7);
    expect(reply.notes.map((n) => n.key)).toContain("note.mfuTypedAbove");
    expect(reply.warnings.map((w) => w.key)).toContain("mfu.suspicious");
  });

  it("is 70% MFU realistic on H100 → with the H100's dense bf16 peak, 989.4 TFLOP/s", () => {
    const r = ask("is 70% MFU realistic on H100").result as { peakFlopsPerGpu: number; gpu: string };
    expect(r.gpu).toBe("h100-sxm");
    expect(r.peakFlopsPerGpu).toBe(H100_BF16);
  });

  it("is 45% mfu realistic → the top of published runs (PaLM 46.2%), no warning", () => {
    const reply = ask("is 45% mfu realistic");
    expect(reply.notes.map((n) => n.key)).toContain("note.mfuTypedTop");
    expect(reply.warnings).toEqual([]);
  });

  it("is 60% MFU on A100 possible for a 70B model → a plan at 60%: 6 × 70B × 1.4T / (1,024 × 312T × 0.6)", () => {
    const reply = ask("is 60% MFU on A100 possible for a 70B model");
    expect(reply.ok, said("is 60% MFU on A100 possible for a 70B model")).toBe(true);
    const r = reply.result as { mfu: number; gpuHours: number };
    expect(r.mfu).toBe(0.6);
    expect(r.gpuHours).toBeCloseTo((6 * 70e9 * 1.4e12) / (A100_BF16 * 0.6) / 3600, 0);
  });
});

describe("sweep23: `mfu 45%` after a run's name labels the MFU of a plan, never asks the run's MFU", () => {
  it("llama 3 70b 15T 2048 H100 mfu 45% how long and cost at $2.5/h → 2,048 H100 at 45%, $2.5 per GPU-hour", () => {
    const line = "llama 3 70b 15T 2048 H100 mfu 45% how long and cost at $2.5/h";
    const reply = ask(line);
    expect(reply.command).toBe("compute");
    const r = reply.result as {
      mfu: number;
      gpus: number;
      gpuHours: number;
      costUsd: number;
      flopsAttention: number;
    };
    expect(r.mfu).toBe(0.45);
    expect(r.gpus).toBe(2048);
    // Llama 3 70B (config.json): 6N + 12·L·H·Q·T per token, 80 layers, 8,192 wide, 8,192 context.
    const perToken = 6 * 70_553_706_496 + 12 * 80 * 8192 * 8192;
    const hours = (15e12 * perToken) / (H100_BF16 * 0.45) / 3600;
    expect(r.gpuHours / hours).toBeCloseTo(1, 6);
    expect(r.costUsd / (hours * 2.5)).toBeCloseTo(1, 6);
  });

  it("deepseek v3 mfu fp8 still asks the run's MFU", () => {
    expect(ask("deepseek v3 mfu fp8").command).toBe("mfu");
  });
});

describe("sweep23: everyday words that were refused", () => {
  it("DeepSeek-V3 used 2.788M H800 GPU hours for 14.8T tokens with 37B active params, what's the MFU → 6 × 37B × 14.8T / (2.788M × 3600 × 989.4T)", () => {
    const line =
      "DeepSeek-V3 used 2.788M H800 GPU hours for 14.8T tokens with 37B active params, what's the MFU";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(
      (6 * 37e9 * 14.8e12) / (2.788e6 * 3600 * H800_BF16),
      9,
    );
  });

  it("GPT-3 的成本 is the GPT-3 question, as 訓練 GPT-3 要花多少錢 is (175B × 300B, Brown et al. 2020)", () => {
    const reply = ask("GPT-3 的成本", "zh-TW");
    expect(reply.ok, said("GPT-3 的成本", "zh-TW")).toBe(true);
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 175e9 * 300e9, -18);
  });
});
