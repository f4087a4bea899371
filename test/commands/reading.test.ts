import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { GPUS } from "../../src/core/gpus.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply } from "../../src/reply/reply.ts";

/**
 * Questions as people type them (issue 13): each phrasing with the reading it must get (JSON
 * `readAs`: canonical option names, base units) and the result it must give. Reference values:
 * C = 6·N·D (Kaplan et al. 2020 §2.1); N* = √(C/120), D* = 20·N* (Hoffmann et al. 2022);
 * t = C / (GPUs · dense peak · MFU) with H100 SXM bf16 dense 989.4 TFLOP/s and A100 312 TFLOP/s
 * (NVIDIA datasheets, sparse figures halved); GPUs for a deadline = ⌈C / (t · peak · MFU)⌉.
 */
interface Case {
  read?: Record<string, unknown>;
  result?: Record<string, number | string | Record<string, number>>;
  command?: string;
  error?: string;
  warning?: string;
  note?: string;
}

const ask = (line: string, lang: Lang = "en"): Reply => respondToText(registry, line, { lang });
const DAY = 86_400;

function check(line: string, expected: Case, lang: Lang = "en"): void {
  const reply = ask(line, lang);
  const out = toJson(reply, lang) as Record<string, unknown> & { readAs?: Record<string, unknown> };
  if (expected.error) {
    expect(reply.ok, line).toBe(false);
    expect(reply.error?.key, line).toBe(expected.error);
    return;
  }
  expect(reply.ok, `${line}: ${JSON.stringify(out)}`).toBe(true);
  if (expected.command) expect(reply.command, line).toBe(expected.command);
  if (expected.read) expect(out.readAs, line).toMatchObject(expected.read);
  const near = (actual: unknown, value: unknown, key: string) => {
    if (typeof value === "number")
      expect(Math.abs((actual as number) / value - 1), `${line}: ${key}=${actual}`).toBeLessThan(2e-3);
    else if (typeof value === "object" && value !== null)
      for (const [inner, v] of Object.entries(value))
        near((actual as Record<string, unknown>)?.[inner], v, `${key}.${inner}`);
    else expect(actual, `${line}: ${key}`).toBe(value);
  };
  for (const [key, value] of Object.entries(expected.result ?? {})) {
    near((reply.result as Record<string, unknown>)[key], value, key);
  }
  if (expected.warning)
    expect(
      reply.warnings.map((w) => w.key),
      line,
    ).toContain(expected.warning);
  if (expected.note)
    expect(
      reply.notes.map((n) => n.key),
      line,
    ).toContain(expected.note);
}

/** 7B on 2T: 6 × 7e9 × 2e12 = 8.4e22 FLOP. */
const SEVEN_ON_TWO = { read: { params: 7e9, tokens: 2e12 }, result: { flops: 8.4e22 } };
/** 13B on 3T on 128 H100 at 40% MFU: 2.34e23 / (128 × 989.4e12 × 0.4) s = 53.46 days. */
const THIRTEEN_ON_128_H100 = {
  read: { params: 13e9, tokens: 3e12, gpu: "h100-sxm", gpus: 128, mfu: 0.4, assumed: ["mfu", "precision"] },
  result: { flops: 2.34e23, seconds: 53.4638 * DAY },
};
/** 70B on 15T: 6.3e24 FLOP. */
const SEVENTY_ON_FIFTEEN = { read: { params: 70e9, tokens: 15e12 }, result: { flops: 6.3e24 } };

const UNIT_WORDS: [string, Case][] = [
  ["7B 2T", SEVEN_ON_TWO],
  ["7B params 2T tokens", SEVEN_ON_TWO],
  ["7B params 2T tok", SEVEN_ON_TWO],
  ["7B parameters 2T tokens", SEVEN_ON_TWO],
  ["7B param 2T token", SEVEN_ON_TWO],
  ["2T tokens 7B params", SEVEN_ON_TWO],
  ["2T tokens 7B", SEVEN_ON_TWO],
  ["7 billion params 2 trillion tokens", SEVEN_ON_TWO],
  ["7B model 2T tokens", SEVEN_ON_TWO],
  ["train 7B on 2T tokens", SEVEN_ON_TWO],
  ["training a 7B model on 2T tokens", SEVEN_ON_TWO],
  ["tokens 2T params 7B", SEVEN_ON_TWO],
  ["7B, 2T", SEVEN_ON_TWO],
  ["chinchilla 1e24 FLOPs", { read: { budget: 1e24 }, result: { params: 9.1287e10, tokens: 1.82574e12 } }],
  ["chinchilla 1e24 FLOP", { read: { budget: 1e24 }, result: { params: 9.1287e10 } }],
  ["chinchilla 3.15e23 flops", { read: { budget: 3.15e23 }, result: { params: 5.12348e10 } }],
  ["chinchilla 1e24", { read: { budget: 1e24 }, result: { params: 9.1287e10 }, note: "read.asBudget" }],
  ["chinchilla 3.14e23", { read: { budget: 3.14e23 }, note: "read.asBudget" }],
  ["chinchilla budget=3.14e23", { read: { budget: 3.14e23 } }],
  ["chinchilla 70B", { read: { params: 70e9 }, result: { tokens: 1.4e12 } }],
  ["chinchilla 70B params", { read: { params: 70e9 }, result: { tokens: 1.4e12 } }],
  ["chinchilla 70B 1.4T tokens", { read: { params: 70e9, tokens: 1.4e12 }, result: { tokensPerParam: 20 } }],
  [
    "chinchilla 70B*15T",
    { read: { budget: 1.05e24 }, result: { params: 9.35414e10 }, note: "read.asBudget" },
  ],
  // 6·N·D typed out: 6 × 175B × 300B = 3.15e23 FLOP, N* = √(3.15e23 / 120) = 51.2B.
  [
    "chinchilla 6*175B*300B",
    { read: { budget: 3.15e23 }, result: { params: 5.12348e10 }, note: "read.asBudget" },
  ],
  // compute takes a budget (flops=): C = 1e24 FLOP, its Chinchilla split N* = √(C/120) = 91.3B.
  ["1e24 FLOPs", { read: { flops: 1e24 }, result: { params: 9.1287e10 } }],
  // mfu takes a run's model FLOP (model-flops=), over a GPU time it still needs.
  ["mfu 1e24 FLOPs gpu=H100", { error: "mfu.needTime" }],
];

const GPU_WORDS: [string, Case][] = [
  [
    "13B 3T h100",
    { read: { gpu: "h100-sxm", gpus: 1024, assumed: ["gpus", "mfu", "precision"] }, result: { gpus: 1024 } },
  ],
  ["13B 3T H100s", { read: { gpu: "h100-sxm" } }],
  ["13B 3T a100s", { read: { gpu: "a100-80gb-sxm" } }],
  ["13B 3T 128 H100s", THIRTEEN_ON_128_H100],
  ["13B 3T 128 H100", THIRTEEN_ON_128_H100],
  ["13B 3T 128xH100", THIRTEEN_ON_128_H100],
  ["13B 3T 128x H100", THIRTEEN_ON_128_H100],
  ["13B 3T 128 x H100", THIRTEEN_ON_128_H100],
  ["13B 3T 128 × H100", THIRTEEN_ON_128_H100],
  ["13B 3T 128×H100", THIRTEEN_ON_128_H100],
  ["13B 3T on 128 H100s", THIRTEEN_ON_128_H100],
  ["13B 3T with 128 H100 GPUs", THIRTEEN_ON_128_H100],
  ["13B 3T 128 gpus h100", THIRTEEN_ON_128_H100],
  ["13B 3T gpus 128 gpu h100", THIRTEEN_ON_128_H100],
  ["13B 3T gpu=H100 gpus=128", THIRTEEN_ON_128_H100],
  ["13B 3T 8x A100", { read: { gpu: "a100-80gb-sxm", gpus: 8 } }],
  ["13B 3T 8xA100", { read: { gpu: "a100-80gb-sxm", gpus: 8 } }],
  ["13B 3T on 256 A100", { read: { gpu: "a100-80gb-sxm", gpus: 256 } }],
  ["13B 3T A100 40GB", { read: { gpu: "a100-40gb-sxm" } }],
  ["13B 3T 64 A100 40GB", { read: { gpu: "a100-40gb-sxm", gpus: 64 } }],
  ["13B 3T h100 pcie", { read: { gpu: "h100-pcie" } }],
  ["7B 1T rtx 4090", { read: { gpu: "rtx-4090" } }],
  ["7B 1T 8 rtx 4090", { read: { gpu: "rtx-4090", gpus: 8 } }],
  ["7B 1T TPU v5p", { read: { gpu: "tpu-v5p" } }],
  ["7B 1T 256 TPU v5p", { read: { gpu: "tpu-v5p", gpus: 256 } }],
  ["7B 1T mi300", { read: { gpu: "mi300x" } }],
  ["7B 1T MI300X", { read: { gpu: "mi300x" } }],
  ["7B 1T on 64 H800", { read: { gpu: "h800-sxm", gpus: 64 } }],
  ["cards 70B H100", { command: "cards", read: { params: 70e9, gpu: "h100-sxm" } }],
];

const PRECISION_AND_MODE: [string, Case][] = [
  ["13B 3T 128 H100 fp8", { read: { precision: "fp8" }, result: { peakFlopsPerGpu: 1978.9e12 } }],
  [
    "13B 3T 128 H100 bf16",
    { read: { precision: "bf16", assumed: ["mfu"] }, result: { peakFlopsPerGpu: 989.4e12 } },
  ],
  ["13B 3T 128 H100 bfloat16", { read: { precision: "bf16" } }],
  ["13B 3T 128 H100 fp16", { read: { precision: "fp16" }, result: { peakFlopsPerGpu: 989.4e12 } }],
  ["13B 3T 128 H100 fp32", { read: { precision: "fp32" } }],
  ["13B 3T 128 H100 int8", { read: { precision: "int8" } }],
  ["7B 1T B200 fp4", { read: { precision: "fp4", gpu: "b200" }, result: { peakFlopsPerGpu: 9000e12 } }],
  // Inference weights: N × bytes per value (fp16/bf16 2, int8 1, int4 0.5).
  ["cards 70B H100 int4", { read: { precision: "int4" }, result: { mode: "infer" } }],
  ["cards 70B H100 4bit", { read: { precision: "int4" } }],
  ["cards 70B H100 4-bit", { read: { precision: "int4" } }],
  ["cards 70B H100 8bit", { read: { precision: "int8" } }],
  ["cards 70B H100 int8", { read: { precision: "int8" } }],
  ["cards 70B H100 fp8", { read: { precision: "fp8" } }],
  ["cards 70B H100 fp16", { read: { precision: "fp16" } }],
  ["cards 70B H100 awq", { read: { precision: "int4" }, note: "read.quantization" }],
  ["cards 70B H100 gptq", { read: { precision: "int4" }, note: "read.quantization" }],
  ["cards 70B H100 nf4", { read: { precision: "int4" }, note: "read.quantization" }],
  ["cards 70B H100 train", { read: { mode: "train" }, result: { mode: "train" } }],
  ["cards 70B H100 training", { read: { mode: "train" } }],
  ["cards 70B H100 serve", { read: { mode: "infer" } }],
  ["cards 70B H100 serving", { read: { mode: "infer" } }],
  ["cards 70B H100 inference", { read: { mode: "infer" } }],
  ["cards 70B H100 infer", { read: { mode: "infer" } }],
  ["cards 70B on H100 for training in bf16", { read: { mode: "train", precision: "bf16" } }],
  // `serve` is its own command now (throughput); the reading keeps the GPU.
  ["serve 70B on H100", { command: "serve", read: { gpu: "h100-sxm" } }],
  ["inference 70B H100 int4", { command: "cards", read: { mode: "infer", precision: "int4" } }],
  ["how many H100s to serve 70B", { command: "cards", read: { params: 70e9, mode: "infer" } }],
  ["how many A100s to serve a 7B model in 8bit", { command: "cards", read: { precision: "int8" } }],
];

const PERCENT_TIME_PRICE: [string, Case][] = [
  ["13B 3T 128 H100 at 45% MFU", { read: { mfu: 0.45 }, result: { seconds: 4106024 } }],
  ["13B 3T 128 H100 45% mfu", { read: { mfu: 0.45 }, result: { seconds: 4106024 } }],
  ["13B 3T 128 H100 mfu 45%", { read: { mfu: 0.45 } }],
  ["13B 3T 128 H100 45 % MFU", { read: { mfu: 0.45 } }],
  ["13B 3T 128 H100 mfu=45%", { read: { mfu: 0.45 } }],
  ["13B 3T 128 H100 mfu=0.45", { read: { mfu: 0.45 } }],
  ["13B 3T 128 H100 mfu=45", { read: { mfu: 0.45 } }],
  ["70B 15T H100 in 30 days", { read: { days: 30 * DAY }, result: { gpus: 6142 } }],
  ["70B 15T on H100 in 30 days", { read: { days: 30 * DAY }, result: { gpus: 6142 } }],
  ["70B 15T H100 for 3 weeks", { read: { days: 21 * DAY }, result: { gpus: 8774 } }],
  ["70B 15T H100 in 3 weeks", { read: { days: 21 * DAY }, result: { gpus: 8774 } }],
  ["70B 15T H100 21d", { read: { days: 21 * DAY }, result: { gpus: 8774 } }],
  ["70B 15T H100 days=21", { read: { days: 21 * DAY }, result: { gpus: 8774 } }],
  ["70B 15T H100 in 504 hours", { read: { days: 21 * DAY }, result: { gpus: 8774 } }],
  // 8.4e22 FLOP on 64 H100 at 40%: 58,958 GPU-hours × $2 = $117,917.
  ["7B 2T 64 H100 $2/h", { read: { price: 2 }, result: { costUsd: 117916.6 } }],
  ["7B 2T 64 H100 $2.50/gpu/hr", { read: { price: 2.5 }, result: { costUsd: 147395.7 } }],
  ["7B 2T 64 H100 $2.5 per hour", { read: { price: 2.5 }, result: { costUsd: 147395.7 } }],
  ["7B 2T 64 H100 2.5/h", { read: { price: 2.5 }, result: { costUsd: 147395.7 } }],
  ["7B 2T 64 H100 at $2.5/hr", { read: { price: 2.5 } }],
  ["7B 2T 64 H100 $2.5 an hour", { read: { price: 2.5 } }],
  ["7B 2T 64 H100 price=$2.5/h", { read: { price: 2.5 } }],
  ["7B 2T 64 H100 cost $2.5/h", { read: { price: 2.5 } }],
];

const QUESTIONS: [string, Case][] = [
  ["how long to train a 13B model on 3T tokens with 128 H100s", THIRTEEN_ON_128_H100],
  ["how long would a 13B model take on 3T tokens with 128 H100s?", THIRTEEN_ON_128_H100],
  ["How long to train 13B on 3T tokens on 128 H100?", THIRTEEN_ON_128_H100],
  ["how long does it take to train 13B params on 3T tokens using 128xH100", THIRTEEN_ON_128_H100],
  ["how long for a 13B model, 3T tokens, 128 H100s", THIRTEEN_ON_128_H100],
  ["what would 13B on 3T take with 128 H100", THIRTEEN_ON_128_H100],
  ["how much compute to train 70B on 15T tokens", SEVENTY_ON_FIFTEEN],
  ["how many FLOPs for 70B params and 15T tokens", SEVENTY_ON_FIFTEEN],
  [
    "what does it cost to train 7B on 2T tokens on 64 H100 at $2/h",
    { read: { price: 2 }, result: { costUsd: 117916.6 } },
  ],
  ["how many H100 do i need to train 70B on 15T tokens in 30 days", { result: { gpus: 6142 } }],
  ["how many cards to serve 70B on H100", { command: "cards", read: { mode: "infer" } }],
  [
    "how much memory to train a 7B model on A100",
    { command: "cards", read: { mode: "train", gpu: "a100-80gb-sxm" } },
  ],
];

const RUNS: [string, Case][] = [
  ["Llama 3.1 405B", { read: { params: 405853388800, tokens: 15.6e12, gpu: "h100-sxm", gpus: 16384 } }],
  ["llama 3.1 405b", { read: { params: 405853388800 } }],
  ["llama3 70b", { read: { params: 70553706496, tokens: 15e12 } }],
  ["llama 3 70b", { read: { params: 70553706496 } }],
  ["Llama 3 8B", { read: { params: 8030261248 } }],
  ["deepseek v3", { read: { params: 671e9, active: 37e9, gpu: "h800-sxm" } }],
  ["DeepSeek V3", { read: { params: 671e9, active: 37e9 } }],
  ["GPT 3", { read: { params: 175e9, tokens: 300e9 }, result: { flops: 3.15e23 } }],
  ["gpt 3", { read: { params: 175e9 } }],
  // DeepSeek-V3: 6 × 37B × 14.8T / (2.664M × 3600 × 989.4e12) = 34.6% (DeepSeek-AI 2024, Table 1).
  ["mfu deepseek v3", { command: "mfu", result: { mfu: 0.34626 } }],
  ["chinchilla llama 3 70b", { read: { params: 70553706496, tokens: 15e12 } }],
  ["cards llama 3 70b H100", { read: { params: 70553706496, gpu: "h100-sxm" } }],
  ["model deepseek v3", { command: "model" }],
  ["model llama 3.1 405b", { command: "model" }],
];

const SYMBOLS_AND_PASTE: [string, Case][] = [
  ["N=70B D=15T", SEVENTY_ON_FIFTEEN],
  ["n=70B tokens=15T", SEVENTY_ON_FIFTEEN],
  ["70B D=15T", SEVENTY_ON_FIFTEEN],
  ["mfu N=175B D=300B gpu=A100 gpus=1024 days=34", { read: { params: 175e9, tokens: 300e9 } }],
  ["chinchilla C=3.15e23", { read: { budget: 3.15e23 } }],
  ["chinchilla N=70B D=1.4T", { read: { params: 70e9, tokens: 1.4e12 } }],
  ["chinchilla 70B d=1.4T", { read: { params: 70e9, tokens: 1.4e12 } }],
  ["70B 1.4T layers=80 d=8192 ctx=2048", { read: { hidden: 8192, layers: 80 } }],
  ["70B 1.4T 80 layers d=8192 ctx=2048", { read: { hidden: 8192, layers: 80 } }],
  ["@flopsbot 70B 15T", SEVENTY_ON_FIFTEEN],
  ["<@U012ABC> 70B 15T", SEVENTY_ON_FIFTEEN],
  ["flops> 70B 15T", SEVENTY_ON_FIFTEEN],
  ["/flops 70B 15T", SEVENTY_ON_FIFTEEN],
  ["flops> /flops 70B 15T", SEVENTY_ON_FIFTEEN],
  ["70B · 15T · 512 × H100", { read: { params: 70e9, tokens: 15e12, gpus: 512, gpu: "h100-sxm" } }],
  ["70B\u00a015T", SEVENTY_ON_FIFTEEN],
  ["70B\u202f15T\u00a0gpu=H100", { read: { gpu: "h100-sxm" } }],
  ["“70B” “15T”", SEVENTY_ON_FIFTEEN],
  ["‘70B’ 15T", SEVENTY_ON_FIFTEEN],
  ["chinchilla 3.15 × 10²³ FLOP", { read: { budget: 3.15e23 } }],
  ["chinchilla 3.15 × 10²³", { read: { budget: 3.15e23 } }],
];

const CHINESE: [string, Case][] = [
  ["1750億 參數 3000億 token", { read: { params: 175e9, tokens: 300e9 }, result: { flops: 3.15e23 } }],
  ["1750億參數 3000億token", { read: { params: 175e9, tokens: 300e9 } }],
  ["70B 15兆 token", SEVENTY_ON_FIFTEEN],
  ["７０B　１５兆", SEVENTY_ON_FIFTEEN],
  ["７０Ｂ，１５Ｔ", SEVENTY_ON_FIFTEEN],
  ["７０B 參數 １５T token", SEVENTY_ON_FIFTEEN],
  ["700億參數 15兆 token", SEVENTY_ON_FIFTEEN],
  ["130億 參數 3兆 token 128張 H100", THIRTEEN_ON_128_H100],
  ["訓練 130億 參數 3兆 token 需要 128 張 H100 多久", THIRTEEN_ON_128_H100],
  ["13B 3T 128張H100 需要多久？", THIRTEEN_ON_128_H100],
  ["13B 3T 128 張卡 H100", THIRTEEN_ON_128_H100],
  ["13B 3T 128張 H100 ４５％ MFU", { read: { mfu: 0.45 }, result: { seconds: 4106024 } }],
  ["70B 15兆 token H100 30天", { read: { days: 30 * DAY }, result: { gpus: 6142 } }],
  ["70B 15T H100 720小時", { read: { days: 30 * DAY }, result: { gpus: 6142 } }],
  ["70B 15T H100 3週", { read: { days: 21 * DAY }, result: { gpus: 8774 } }],
  ["需要幾張 H100 部署 70B", { command: "cards", read: { mode: "infer", params: 70e9 } }],
  ["H100 推論 70B 需要幾張卡", { command: "cards", read: { mode: "infer" } }],
  ["70B 推論 H100 int4", { command: "cards", read: { precision: "int4" } }],
  ["cards 70B H100 訓練", { read: { mode: "train" } }],
  ["chinchilla 1e24 FLOPs 算力", { read: { budget: 1e24 } }],
  // "switch to" in a follow-up (換成 / 改成 / 改用) is filler, never a parameter count.
  ["70B 15T 換成 A100", { read: { params: 70e9, gpu: "a100-80gb-sxm" } }],
  ["70B 15T H100 改用 fp8", { read: { precision: "fp8" } }],
  ["chinchilla 700億 參數", { read: { params: 70e9 }, result: { tokens: 1.4e12 } }],
  ["chinchilla 1750億", { read: { params: 175e9 }, result: { tokens: 3.5e12 } }],
  ["7B 2T 64張 H100 每小時 $2", { read: { price: 2, gpus: 64 } }],
  ["７B ２T ６４ x H100 $２/h", { read: { price: 2, gpus: 64 } }],
];

const GUARDS: [string, Case][] = [
  ["175 300", { error: "plausible.paramsTiny" }],
  ["cards 70 gpu=H100", { error: "plausible.paramsTiny" }],
  ["200T 300T", { read: { params: 200e12 }, warning: "plausible.paramsHuge" }],
  ["1234.5 1T", { warning: "plausible.paramsFraction" }],
  ["70B 1M", { read: { tokens: 1e6 }, warning: "plausible.tokensFew" }],
  ["13B 3T 128 H100 at 2% MFU", { read: { mfu: 0.02 }, warning: "plausible.mfuLow" }],
  ["13B 3T 300000 H100", { read: { gpus: 300000 }, warning: "plausible.gpusMany" }],
  ["70B 15T H100 days=30s", { read: { days: 30 }, warning: "plausible.durationShort" }],
  // PaLM 540B on 6144 TPU v4: 238.3K tokens/s is the cluster figure (Chowdhery et al. 2022, Table 3); 40 tok/s is not.
  [
    "mfu 540B gpu=tpuv4 gpus=6144 throughput=40 layers=118 heads=48 head-dim=256 ctx=2048",
    { warning: "plausible.throughputLow" },
  ],
  ["mfu 175B 300B gpu=A100 gpus=10000 days=1000", { warning: "plausible.impliedMfuLow" }],
  // V100 has no bf16: its fp16 tensor peak, 125 TFLOP/s (NVIDIA V100 datasheet).
  [
    "7B 2T gpu=V100",
    { read: { precision: "fp16" }, result: { peakFlopsPerGpu: 125e12 }, note: "read.precisionFallback" },
  ],
  [
    "7B 2T T4",
    { read: { precision: "fp16" }, result: { peakFlopsPerGpu: 65e12 }, note: "read.precisionFallback" },
  ],
  ["mfu 175B 300B gpu=V100 gpus=1024 days=34", { read: { precision: "fp16" } }],
];

const NEVER_MERGED: [string, Case][] = [
  ["7B +300B", { read: { params: 7e9, tokens: 300e9 } }],
  ["7B + 300B 1T", { read: { params: 307e9, tokens: 1e12 } }],
  ["7B+300B 1T", { read: { params: 307e9 } }],
  // compute takes a budget, so a product of two sizes is one: 70B × 15T = 1.05e24 FLOP, said so.
  ["70B * 15T", { read: { flops: 1.05e24 } }],
  ["70B*15T", { read: { flops: 1.05e24 } }],
  ["cards 70B * 15T gpu=H100", { error: "read.product" }],
  ["mfu 70B * 15T gpu=H100", { error: "read.product" }],
  // gpus= without a GPU: a warning says a GPU is needed to use it (e.g. gpu=H100), not "not used".
  ["175B 300B gpus=1024", { warning: "compute.needsGpu", read: { params: 175e9, tokens: 300e9 } }],
  ["175B 300B 1024 H100s mfu=40% price=$2/h", { result: { costUsd: 2 * 221070.3 } }],
  // days= beside gpus= is used: it gives the implied MFU (issue 15), never silently dropped.
  [
    "70B 15T gpu=H100 gpus=512 days=34",
    {
      read: { days: 34 * 86400, gpus: 512 },
      result: { impliedMfu: { sixN: (6 * 70e9 * 15e12) / (512 * 34 * 86400 * 989.4e12) } },
    },
  ],
  // The count is the GPUs the asker has: the answer says whether 7B fits on them.
  ["cards 7B 8x A100", { command: "cards", read: { available: 8, gpu: "a100-80gb-sxm" } }],
  ["chinchilla 70B on H100", { note: "read.unplaced" }],
];

const ERRORS: [string, Case][] = [
  ["gemma-7b 1T", { error: "read.unknownWord" }],
  // GPT-4's size is not published (GPT-4 Technical Report §2): refused as that, not as an unknown word.
  ["gpt-4 1T", { error: "model.unpublished" }],
  ["lama-3-70b", { error: "model.unknown" }],
  ["how 7B", { error: "read.product" }],
  ["hlep", { error: "args.unknownCommand" }],
  ["mfuu 175B 300B", { error: "args.unknownCommand" }],
  ["7B 2T banana", { error: "read.unknownWord" }],
  ["cards 70B H100 int3", { error: "read.unknownWord" }],
];
// "how 7B" is not a product; replaced below by its real expectation.
ERRORS[3] = ["how 7B", { read: { params: 7e9 } }];

const TABLE: [string, Case][] = [
  ...UNIT_WORDS,
  ...GPU_WORDS,
  ...PRECISION_AND_MODE,
  ...PERCENT_TIME_PRICE,
  ...QUESTIONS,
  ...RUNS,
  ...SYMBOLS_AND_PASTE,
  ...CHINESE,
  ...GUARDS,
  ...NEVER_MERGED,
  ...ERRORS,
];

/** Every GPU of the catalog by its common short name (its first alias), alone and with a count. */
const CATALOG: [string, Case][] = GPUS.flatMap((gpu): [string, Case][] => [
  [`7B 1T ${gpu.aliases[0]}`, { read: { gpu: gpu.id } }],
  [`7B 1T 16 ${gpu.aliases[0]}`, { read: { gpu: gpu.id, gpus: 16 } }],
]);

describe("questions as people type them: the reading and the result", () => {
  it("the table holds at least 150 phrasings in English and Chinese", () => {
    expect(TABLE.length + CATALOG.length).toBeGreaterThanOrEqual(150);
    expect(TABLE.filter(([line]) => /[\u3400-\u9fff]/.test(line)).length).toBeGreaterThanOrEqual(20);
  });

  it.each(TABLE)("%s", (line, expected) => check(line, expected));
  it.each(CATALOG)("%s", (line, expected) => check(line, expected));

  it("the same phrasings read the same in zh-TW replies", () => {
    for (const [line, expected] of [...QUESTIONS, ...CHINESE]) check(line, expected, "zh-TW");
  });
});

describe("Read as: one short line naming the reading", () => {
  it("names the parameters, tokens, GPUs, precision and the assumed MFU", () => {
    const line = localize(ask("70B 15T 512xH100"), "en").readAs;
    expect(line).toBe(
      "Read as: 70B parameters · 15T tokens · 512 × H100 SXM5 80GB · MFU 40% (assumed) · bf16 (assumed)",
    );
  });

  it("is in Traditional Chinese for zh-TW", () => {
    expect(localize(ask("70B 15T 512xH100", "zh-TW"), "zh-TW").readAs).toContain("解讀為：");
  });

  it("is absent from errors, present in every answer's JSON with the assumed list", () => {
    expect(toJson(ask("mfu 70B * 15T gpu=H100"), "en")).not.toHaveProperty("readAs");
    expect(toJson(ask("7B 2T gpu=H100"), "en")).toMatchObject({
      readAs: {
        command: "compute",
        params: 7e9,
        tokens: 2e12,
        gpu: "h100-sxm",
        gpus: 1024,
        assumed: ["gpus", "mfu", "precision"],
      },
    });
  });
});

describe("honest errors", () => {
  it("never offers a different model: mistral-7b is not mixtral-8x7b, gemma-7b is not gemma-2-9b", () => {
    // Mistral 7B is in the catalog now (parameters only): its name is read as itself.
    expect(JSON.stringify(ask("params mistral-7b"))).not.toContain("mixtral");
    expect(JSON.stringify(ask("gemma-7b 1T").error)).not.toContain("gemma-2");
    expect(ask("gemma-7b 1T").error?.params?.word).toBe("gemma-7b");
  });

  it("never an internal alias: a question word is not a mistyped hfu", () => {
    expect(JSON.stringify(ask("how"))).not.toContain("hfu");
    expect(String(ask("how long").hint?.params?.example)).toContain("gpu=");
  });

  it("175 300 suggests 175B 300B", () => {
    expect(ask("175 300").error?.params?.suggestion).toBe("175B 300B");
  });

  it("lang=zh-TW applies to errors too", () => {
    const reply = ask("175 300 lang=zh-TW");
    expect(reply.lang).toBe("zh-TW");
    expect(localize(reply, "en").error).toContain("175B 300B");
    expect(localize(reply, "en").error).toMatch(/[\u4e00-\u9fff]/);
  });
});
