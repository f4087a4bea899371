import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - Llama 3 70B config.json (meta-llama/Meta-Llama-3-70B): 80 layers, 64 heads, 8 KV heads, hidden 8192
//   (head dim 128); 70,553,706,496 parameters. KV per token in bf16: 80 × 8 × 128 × 2 (K, V) × 2 B = 327,680 B.
// - Mistral 7B v0.1 (Jiang et al. 2023, §2 and Table 1): 32 layers, 8 KV heads, head dim 128, sliding
//   window 4,096 (a rolling buffer of W tokens): 32 × 8 × 128 × 2 × 2 B = 131,072 B a token, 4,096 kept.
// - DeepSeek-V3 (DeepSeek-AI 2024; MLA as DeepSeek-V2 §2.1): 61 layers, d_c 512 + d_R 64 cached a token
//   and layer: 61 × 576 × 2 B = 70,272 B a token in bf16.
// - NVIDIA H100 SXM5 datasheet: 80 GB HBM3 at 3.35 TB/s.
const LLAMA3_70B_PARAMS = 70_553_706_496;
const LLAMA3_70B_KV_PER_TOKEN = 80 * 8 * 128 * 2 * 2;
const H100_BANDWIDTH = 3.35e12;
/** A note parameter's number (NaN when missing, so the assertion fails rather than throws). */
const numberOf = (param: unknown): number => (param as { value?: number } | undefined)?.value ?? Number.NaN;

describe("sweep18: the KV cache asked in Traditional Chinese (KV 快取) is the serving question", () => {
  it("Llama 3 70B 128k 上下文的 KV 快取有多大 → 327,680 B a token, 42.9 GB at 131,072 tokens", () => {
    const reply = ask("Llama 3 70B 128k 上下文的 KV 快取有多大", "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { serving: { kvBytesPerToken: number }; breakdown: { kvCache: number } };
    expect(r.serving.kvBytesPerToken).toBe(327_680);
    expect(r.breakdown.kvCache).toBe(LLAMA3_70B_KV_PER_TOKEN * 131_072);
    expect(r.breakdown.kvCache / 1e9).toBeCloseTo(42.9, 1);
  });

  it("KV 緩存 reads the same, and the English line gives the same cache", () => {
    const en = result("KV cache for llama 3 70b at 128k context");
    const zh = ask("llama 3 70b 128k 上下文 KV 緩存", "zh-TW");
    expect(zh.ok).toBe(true);
    expect((zh.result as typeof en).breakdown.kvCache).toBe(en.breakdown.kvCache);
  });
});

describe("sweep18: `how fast` is asked of the answer, never refused", () => {
  it("how fast is llama 3 70b decode on H100 → serve: decode bound by HBM, 3.35 TB/s over the weight shard and cache", () => {
    const reply = ask("how fast is llama 3 70b decode on H100");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.command).toBe("serve");
    const t = (reply.result as { throughput: { decodeTokensPerSecondPerReplica: number } }).throughput;
    // TP 4 (80 GB cards): each step reads a quarter of the bf16 weights (not the untied embedding
    // table, 128,256 × 8,192, a lookup) and of the 8K cache.
    const bytesPerGpu = ((LLAMA3_70B_PARAMS - 128_256 * 8192) * 2 + LLAMA3_70B_KV_PER_TOKEN * 8192) / 4;
    expect(t.decodeTokensPerSecondPerReplica).toBeCloseTo(H100_BANDWIDTH / bytesPerGpu, 0);
  });

  it("how fast can 1024 H100 train 70B on 2T tokens → the time: 6·70B·2T / (1024 × 989.4T × 40%) = 24.0 days", () => {
    const reply = ask("how fast can 1024 H100 train 70B on 2T tokens");
    expect(reply.ok).toBe(true);
    const seconds = (6 * 70e9 * 2e12) / (1024 * 989.4e12 * 0.4);
    expect((reply.result as { seconds: number }).seconds).toBeCloseTo(seconds, -3);
  });
});

describe("sweep18: a run that publishes no GPU is served on an assumed H100, said so, not refused", () => {
  it("mistral 7b kv cache at 32k context → the rolling buffer's 4,096 tokens: 536,870,912 B (0.5 GiB)", () => {
    const reply = ask("mistral 7b kv cache at 32k context");
    expect(reply.ok).toBe(true);
    const r = reply.result as { breakdown: { kvCache: number }; serving: { kvBytesPerToken: number } };
    expect(r.serving.kvBytesPerToken).toBe(32 * 8 * 128 * 2 * 2);
    expect(r.breakdown.kvCache).toBe(32 * 8 * 128 * 2 * 2 * 4096);
    const gpu = reply.readAs?.items.find((item) => item.option === "gpu");
    expect(gpu).toMatchObject({ value: "h100-sxm", assumed: true });
    expect(said("mistral 7b kv cache at 32k context")).toContain("Mistral 7B publishes none");
  });

  it("zh-TW: mistral 7b 的 KV 快取 32k 上下文 says the GPU was assumed, in Chinese", () => {
    const text = said("mistral 7b 的 KV 快取 32k 上下文", "zh-TW");
    expect(text).toContain("沒有公開用的 GPU");
  });

  it("how much VRAM for mistral 7b → 1 H100 at 8K (14.5 GB of bf16 weights); training still asks for the GPU", () => {
    const r = result("how much VRAM for mistral 7b");
    expect(r.cards).toBe(1);
    expect(r.breakdown.weights).toBe(7_241_732_096 * 2);
    expect(ask("cards mistral-7b mode=lora").error?.key).toBe("model.notApplicable");
  });

  it("DeepSeek-V3 keeps its published GPU (H800) and MLA's 70,272 B a token", () => {
    const reply = ask("deepseek-v3 kv cache per token");
    expect(reply.ok).toBe(true);
    expect((reply.result as { serving: { kvBytesPerToken: number } }).serving.kvBytesPerToken).toBe(
      61 * 576 * 2,
    );
    expect(said("deepseek-v3 kv cache per token")).toContain("the GPU DeepSeek-V3 was trained on");
  });
});

describe("sweep18: a decode rate per user (`100 tokens/s per user for 64 users`) is read and answered", () => {
  // TP 8 on H100 (batch 64's cache needs the node): each GPU reads 1/8 of the bf16 weights and of the
  // 64 sequences' 8K caches every step; a step gives each sequence one token (Pope et al. 2022 §3).
  // The untied embedding table (128,256 × 8,192) is a lookup: not read whole.
  const weightsPerGpu = ((LLAMA3_70B_PARAMS - 128_256 * 8192) * 2) / 8;
  const kvPerSequencePerGpu = (LLAMA3_70B_KV_PER_TOKEN * 8192) / 8;
  const perSequence = H100_BANDWIDTH / (weightsPerGpu + 64 * kvPerSequencePerGpu);
  // Largest b with (W + b·KV) / bandwidth ≤ 1 / 100 s.
  const largest = Math.floor((H100_BANDWIDTH / 100 - weightsPerGpu) / kvPerSequencePerGpu);
  type Throughput = {
    throughput: {
      batch: number;
      perSequenceTokensPerSecond: number;
      targetPerSequence: number;
      largestBatchAtTarget: number;
      replicasAtTarget: number;
      gpusAtTarget: number;
    };
  };

  it.each([
    ["serve llama 3 70b at 100 tokens/s per user for 64 users", "en"],
    ["llama 3 70b on H100, 64 users at 100 tok/s each", "en"],
    ["serve llama 3 70b 100 tokens per second per request for 64 users", "en"],
    ["用 H100 服務 llama 3 70b，64 個使用者，每個使用者每秒 100 個 token", "zh-TW"],
    ["服務 llama 3 70b 給 64 位使用者 每人每秒 100 token", "zh-TW"],
  ] as const)(
    "%s → 86.2 tokens/s each at batch 64; 48 a replica keep 100, so 2 replicas of TP 8",
    (line, lang) => {
      const reply = ask(line, lang);
      expect(reply.ok, line).toBe(true);
      expect(reply.asked?.command).toBe("serve");
      expect(reply.readAs?.items.find((item) => item.option === "per-user")?.value).toBe(100);
      const t = (reply.result as Throughput).throughput;
      expect(t.batch).toBe(64);
      expect(t.perSequenceTokensPerSecond / perSequence).toBeCloseTo(1, 6);
      expect(t.largestBatchAtTarget).toBe(largest);
      expect(largest).toBe(48);
      expect(t.replicasAtTarget).toBe(2);
      expect(t.gpusAtTarget).toBe(16);
    },
  );

  it("a target met is said so; one no batch reaches names what would be faster", () => {
    expect(said("serve llama-3-70b gpu=H100 batch=32 per-user=50")).toContain(
      "meeting the 50 tokens/s asked",
    );
    // Llama 3 8B at batch 1 on one H100: 3.35 TB/s / 16.1 GB ≈ 208 tokens/s, never 1,000.
    const never = ask("serve llama-3-8b gpu=H100 per-user=1000");
    expect((never.result as Throughput).throughput.largestBatchAtTarget).toBe(0);
    expect(said("serve llama-3-8b gpu=H100 per-user=1000")).toContain("Even one sequence decodes slower");
  });

  it("a rate with no `per user`/`each` is not taken for one (the whole replica's or each user's?): named as not used", () => {
    const reply = ask("serve llama 3 70b at 100 tokens/s for 64 users");
    expect(reply.readAs?.items.some((item) => item.option === "per-user")).toBe(false);
    expect(said("serve llama 3 70b at 100 tokens/s for 64 users")).toContain("Not used: 100 tokens/s");
  });
});

describe("sweep18: the KV cache's own precision said in words (`fp8 kv cache`, `kv cache in fp8`)", () => {
  // fp8 holds one byte a value: 80 × 8 × 128 × 2 × 1 B = 163,840 B a token, half of bf16's 327,680.
  const fp8PerToken = 80 * 8 * 128 * 2 * 1;
  it.each([
    "llama 3 70b 128k context with kv cache in fp8",
    "llama 3 70b fp8 kv cache 128k context",
    "llama 3 70b fp8 kv 128k context",
  ])("%s → kv-precision fp8, weights bf16: 21.5 GB of cache at 131,072 tokens", (line) => {
    const reply = ask(line);
    expect(reply.ok, line).toBe(true);
    const r = reply.result as { precision: string; breakdown: { kvCache: number; weights: number } };
    expect(r.precision).toBe("bf16");
    expect(r.breakdown.kvCache).toBe(fp8PerToken * 131_072);
    expect(r.breakdown.weights).toBe(LLAMA3_70B_PARAMS * 2);
  });

  it("llama 3 70b int4 kv cache fp8 … → int4 weights (0.5 B a parameter) and an fp8 cache, not a precision given twice", () => {
    const reply = ask("llama 3 70b int4 kv cache fp8 128k context on H100");
    expect(reply.ok).toBe(true);
    const r = reply.result as { precision: string; breakdown: { kvCache: number; weights: number } };
    expect(r.precision).toBe("int4");
    // The embedding and untied head (2 × 128,256 × 8,192) stay bf16 in 4-bit serving.
    expect(r.breakdown.weights).toBe((LLAMA3_70B_PARAMS - 2_101_346_304) * 0.5 + 2_101_346_304 * 2);
    expect(r.breakdown.kvCache).toBe(fp8PerToken * 131_072);
  });
});

describe("sweep18: the GPUs a deadline needs, also as whole nodes of 8 (what a cluster runs)", () => {
  // H100 SXM5 datasheet: 1,979 TFLOP/s bf16 with sparsity, 989.4 dense. 30 days = 2,592,000 s.
  const H100_DENSE = 989.4e12;
  it("how many H100 to train 70B on 2T tokens in 30 days → ⌈6·70B·2T / (2.592M s × 989.4T × 40%)⌉ = 819, 824 as 103 nodes", () => {
    const exact = Math.ceil((6 * 70e9 * 2e12) / (2_592_000 * H100_DENSE * 0.4));
    expect(exact).toBe(819);
    for (const [line, lang] of [
      ["how many H100 to train 70B on 2T tokens in 30 days", "en"],
      ["30 天內用 H100 訓練 70B 2T tokens 需要幾張", "zh-TW"],
    ] as const) {
      const r = ask(line, lang).result as {
        gpusRange: { point: number };
        gpusWholeNodes: number;
        nodes: number;
      };
      expect(r.gpusRange.point, line).toBe(exact);
      expect(r.gpusWholeNodes, line).toBe(824);
      expect(r.nodes, line).toBe(103);
    }
    expect(said("how many H100 to train 70B on 2T tokens in 30 days")).toContain("103 nodes of 8");
  });

  it("a count already whole nodes gets no second row", () => {
    // 6·70B·1.4T / (2.592M s × 989.4T × 40%) = 573.2 → 574 → 576 (72 nodes); 1,024 GPUs asked stay 1,024.
    const r = ask("70B 1.4T gpu=H100 days=30").result as { gpusWholeNodes: number };
    expect(r.gpusWholeNodes).toBe(576);
    expect(said("70B 2T gpu=H100 gpus=1024 days=30")).not.toContain("whole nodes of 8");
  });
});

describe("sweep18: a FLOP budget split by √(C/120) names Hoffmann et al. 2022 Table 3 (Approach 1) beside it", () => {
  // Table 3: 67B ↔ 5.76e23 FLOP, 1.5T tokens; 175B ↔ 3.85e24, 3.7T; 280B ↔ 9.90e24, 5.9T; 1T ↔ 1.27e26, 21.2T.
  it.each([
    [5.76e23, 67e9, 1.5e12],
    [3.85e24, 175e9, 3.7e12],
    [9.9e24, 280e9, 5.9e12],
    [1.27e26, 1e12, 21.2e12],
  ])(
    "budget=%s → √(C/120) in the rows, Table 3's %s params and %s tokens in a note",
    (flops, params, tokens) => {
      const reply = ask(`budget=${flops}`);
      expect(reply.ok).toBe(true);
      const r = reply.result as { params: number; tokens: number };
      expect(r.params).toBeCloseTo(Math.sqrt(flops / 120), -3);
      expect(r.tokens).toBeCloseTo(20 * Math.sqrt(flops / 120), -4);
      const note = reply.notes.find((n) => n.key === "note.budgetSplitTable3Row");
      expect(numberOf(note?.params?.params)).toBe(params);
      expect(numberOf(note?.params?.tokens)).toBe(tokens);
    },
  );

  it("what is the compute-optimal model for 1e24 FLOPs → 91.3B by √(C/120); Table 3 between 67B and 175B: 88.5B, 1.95T", () => {
    const reply = ask("what is the compute-optimal model for 1e24 FLOPs");
    const note = reply.notes.find((n) => n.key === "note.budgetSplitTable3");
    // log-log between the 67B (5.76e23) and 175B (3.85e24) rows.
    const t = Math.log(1e24 / 5.76e23) / Math.log(3.85e24 / 5.76e23);
    const params = 67e9 * (175 / 67) ** t;
    const tokens = 1.5e12 * (3.7 / 1.5) ** t;
    expect(numberOf(note?.params?.params) / params).toBeCloseTo(1, 9);
    expect(params / 1e9).toBeCloseTo(88.5, 1);
    expect(numberOf(note?.params?.tokens) / tokens).toBeCloseTo(1, 9);
    expect(said("1e24 FLOP 應該訓練多大的模型", "zh-TW")).toContain("表 3 (方法 1)");
  });
});

describe("sweep18: a dollar budget with no GPU or price is refused with a Try line that answers it", () => {
  it.each([
    ["預算 100 萬美元能訓練多大的模型", "zh-TW"],
    ["what can I train with $1M", "en"],
    ["chinchilla budget=$1M", "en"],
  ] as const)("%s → Try: the dollar example (budget, gpu and price), not 175B 300B", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("compute.budgetUsd");
    expect(reply.hint?.params?.example).toBe("/flops budget=$1M gpu=H100 price=$2/h");
    // The Try line answers: $1M ÷ $2/h = 500K H100-hours; × 3600 × 989.4 TFLOP/s × 40% = 7.12e23 FLOP,
    // N* = √(C/120) ≈ 77B.
    const tried = ask("budget=$1M gpu=H100 price=$2/h");
    expect(tried.ok).toBe(true);
    const flops = 500_000 * 3600 * 989.4e12 * 0.4;
    expect((tried.result as { optimalParams: number }).optimalParams / Math.sqrt(flops / 120)).toBeCloseTo(
      1,
      6,
    );
  });
});

describe("sweep18: a dollar budget beside a typed size and tokens sets neither, and is never said to", () => {
  it("7B 1T tokens with $100k on H100 at $2/h → 6·7B·1T = 4.2e22 FLOP, 59% of the 7.12e22 that 50K H100-hours buy", () => {
    const reply = ask("7B 1T tokens with $100k on H100 at $2/h how many days");
    expect(reply.ok).toBe(true);
    expect((reply.result as { tokens: number }).tokens).toBe(1e12);
    const bought = 50_000 * 3600 * 989.4e12 * 0.4;
    const note = reply.notes.find((n) => n.key === "note.budgetUsdHeld");
    expect(numberOf(note?.params?.share)).toBeCloseTo((6 * 7e9 * 1e12) / bought, 9);
    expect(reply.notes.some((n) => n.key === "note.budgetUsdFlop")).toBe(false);
    // Without tokens the budget does set them: 70B with $1M keeps the note that says so.
    expect(ask("70B with $1M on H100 at $2/h").notes.some((n) => n.key === "note.budgetUsdFlop")).toBe(true);
  });
});
