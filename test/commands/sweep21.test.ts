import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16 (1,979 with sparsity).
// - NVIDIA A100 SXM4 datasheet: 312 TFLOP/s dense bf16 (624 with sparsity).
// - C = 6·N·D (Kaplan et al. 2020 §2.1); MFU = model FLOP/s / (GPUs × dense peak) (PaLM §4.1).
const H100_BF16 = 989.4e12;
const A100_BF16 = 312e12;
/** MFU of a throughput per GPU by 6N per token. */
const mfuPerGpu = (n: number, tokensPerGpuSecond: number, peak: number) =>
  (6 * n * tokensPerGpuSecond) / peak;

describe("sweep21: a training throughput per GPU is tokens-per-gpu, not a serving question", () => {
  it("mfu 7B h100 3000 tokens/s per gpu → 6 × 7B × 3,000 / 989.4T = 12.7% (it was sent to serve)", () => {
    const r = result("mfu 7B h100 3000 tokens/s per gpu");
    expect(r.mfu).toBeCloseTo(mfuPerGpu(7e9, 3000, H100_BF16), 4);
    expect(r.mfu).toBeCloseTo(0.127, 3);
  });

  it("the other spellings: tok/s/gpu, tokens per second per gpu, tokens per gpu per second, 3k tokens/sec/GPU", () => {
    const expected = mfuPerGpu(7e9, 3000, H100_BF16);
    for (const line of [
      "mfu 7B 3000 tok/s/gpu on h100",
      "7B training at 3000 tokens per second per gpu on h100, mfu?",
      "mfu 7B h100 3000 tokens per gpu per second",
      "mfu 7B on H100 at 3k tokens/sec/GPU",
    ])
      expect(result(line).mfu, line).toBeCloseTo(expected, 4);
  });

  it("with a GPU count: mfu 70B 1024 H100 700 tokens/s/gpu → 6 × 70B × 700 / 989.4T = 29.7%, 716,800 tokens/s in all", () => {
    const r = result("mfu 70B 1024 H100 700 tokens/s/gpu");
    expect(r.mfu).toBeCloseTo(mfuPerGpu(70e9, 700, H100_BF16), 4);
    expect(r.tokensPerSecond).toBe(700 * 1024);
  });

  it("how long at a rate: 70B 2T 1024 H100 how long at 700 tokens/s/gpu → 2T / (700 × 1,024) s = 32.3 days (tokens were dropped)", () => {
    const r = result("70B 2T 1024 H100 how long at 700 tokens/s/gpu");
    expect(r.seconds).toBeCloseTo(2e12 / (700 * 1024), 0);
    expect(r.seconds / 86_400).toBeCloseTo(32.3, 1);
    expect(said("70B 2T 1024 H100 how long at 700 tokens/s/gpu")).not.toContain("Not used");
  });

  it("PaLM's 238.3K tokens/s over its 780B tokens (Chowdhery et al. 2022, Appendix B) is 780B / 238.3K s = 37.9 days of steps", () => {
    expect(result("palm mfu").seconds / 86_400).toBeCloseTo(780e9 / 238.3e3 / 86_400, 3);
  });

  it("LLaMA-65B's 380 tokens/s/GPU on A100 (Touvron et al. 2023 §2.4) → 6 × 65.2B × 380 / 312T ≈ 47.6%", () => {
    const r = result("mfu 65.2B A100 380 tokens/sec/gpu");
    expect(r.mfu).toBeCloseTo(mfuPerGpu(65.2e9, 380, A100_BF16), 4);
    expect(r.mfu).toBeCloseTo(0.476, 3);
  });

  it("zh-TW: 7B 在 H100 上每卡每秒 3000 token 的 MFU, 每張 GPU 每秒 3000 個 token", () => {
    const expected = mfuPerGpu(7e9, 3000, H100_BF16);
    expect(result("7B 在 H100 上每卡每秒 3000 token 的 MFU").mfu).toBeCloseTo(expected, 4);
    expect(result("mfu 7B H100 每張 GPU 每秒 3000 個 token").mfu).toBeCloseTo(expected, 4);
  });

  it("a per-user decode rate stays serve's: serve llama-3-8b H100 50 tokens/s per user", () => {
    const reply = ask("serve llama-3-8b H100 50 tokens/s per user");
    expect(reply.ok).toBe(true);
    expect(said("serve llama-3-8b H100 50 tokens/s per user")).not.toContain("tokens-per-gpu");
  });
});

describe("sweep21: a published run's compute asked by name shows the figure its authors published", () => {
  // Brown et al. 2020 Table D.1: GPT-3 175B, 3.14e23 FLOP (6ND: 6 × 175B × 300B = 3.15e23).
  // Hoffmann et al. 2022 Table 3: Chinchilla's budget, Gopher's, 5.76e23 (6ND: 6 × 70B × 1.4T = 5.88e23).
  // Llama 3 Herd §3.2.1: 3.8e25 FLOP for the 405B flagship.
  it("gpt-3 flops → 6ND 3.15e23 and, in a note, Brown et al. 2020's published 3.14e23", () => {
    const r = result("gpt-3 flops");
    expect(r.flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    const text = said("gpt-3 flops");
    expect(text).toContain("published training compute is 3.14e23 FLOP");
    expect(text).toContain("Table D.1");
  });

  it("how many flops was chinchilla → the published 5.76e23 (Hoffmann et al. 2022 Table 3) beside 6ND's 5.88e23", () => {
    const text = said("how many flops was chinchilla");
    expect(result("how many flops was chinchilla").flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
    expect(text).toContain("5.76e23 FLOP");
  });

  it("llama 3 405b flops → the published 3.8e25 (Llama 3 §3.2.1); zh-TW too", () => {
    expect(said("llama 3 405b flops")).toContain("3.8e25 FLOP");
    expect(said("gpt-3 的算力是多少", "zh-TW")).toContain("公開的訓練算力是 3.14e23 FLOP");
  });

  it("no published compute is claimed for a run on other tokens (gpt-3 1T tokens) or for typed numbers (175B 300B)", () => {
    expect(said("gpt-3 1T tokens")).not.toContain("published training compute");
    expect(said("175B 300B")).not.toContain("published training compute");
  });
});

describe("sweep21: `chinchilla flops` asks for the Chinchilla run's compute, not the rule without a size", () => {
  // Hoffmann et al. 2022: Chinchilla 70B on 1.4T tokens, 5.76e23 FLOP (Table 3, Gopher's budget).
  it("chinchilla flops, chinchilla compute?, chinchilla training compute, chinchilla pf-days → 6 × 70B × 1.4T = 5.88e23 (was refused: give a model size)", () => {
    for (const line of [
      "chinchilla flops",
      "chinchilla compute?",
      "chinchilla training compute",
      "chinchilla pf-days",
    ]) {
      const r = result(line);
      expect(r.params, line).toBe(70e9);
      expect(r.tokens, line).toBe(1.4e12);
      expect(r.flops, line).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
      expect(said(line), line).toContain("5.76e23 FLOP");
    }
  });

  it("the rule is still the rule: chinchilla 70B (20 × 70B = 1.4T), chinchilla 1e24 flops (√(1e24/120) = 91.3B), chinchilla gopher", () => {
    expect(ask("chinchilla 70B").command).toBe("chinchilla");
    expect(result("chinchilla 70B").tokens).toBe(20 * 70e9);
    expect(ask("chinchilla 1e24 flops").command).toBe("chinchilla");
    expect(result("chinchilla 1e24 flops").params).toBeCloseTo(Math.sqrt(1e24 / 120), -7);
    expect(ask("chinchilla gopher").command).toBe("chinchilla");
    expect(ask("chinchilla optimal").command).toBe("chinchilla");
  });
});

describe("sweep21: a spaced dash is punctuation, not a subtraction that swallows the next number", () => {
  const days = (seconds: number) => seconds / 86_400;
  it("70B 2T - 512 H100 → 512 GPUs, 6 × 70B × 2T / (512 × 989.4T × 40%) = 48.0 days (it read 2T − 512 tokens and 1,024 assumed GPUs)", () => {
    for (const line of ["70B 2T - 512 H100", "70B 2T – 512 H100", "- 70B 2T on 512 H100"]) {
      const r = result(line);
      expect(r.tokens, line).toBe(2e12);
      expect(r.gpus, line).toBe(512);
      expect(days(r.seconds), line).toBeCloseTo(days((6 * 70e9 * 2e12) / (512 * H100_BF16 * 0.4)), 3);
    }
  });

  it("70b, 2t tokens, 512 h100s, mfu 45% - days? → at 45%: 42.6 days (was refused, “45% - days”)", () => {
    const r = result("70b, 2t tokens, 512 h100s, mfu 45% - days?");
    expect(r.mfu).toBe(0.45);
    expect(days(r.seconds)).toBeCloseTo(days((6 * 70e9 * 2e12) / (512 * H100_BF16 * 0.45)), 3);
  });

  it("70B 2T 512 H100 45% mfu - how long? and gpt-3 - mfu? read the words around the dash", () => {
    expect(result("70B 2T 512 H100 45% mfu - how long?").mfu).toBe(0.45);
    expect(ask("gpt-3 - mfu?").command).toBe("mfu");
  });

  it("after a bare number the dash is as it was: `mfu 30 - 50%` is never read as MFU 50%", () => {
    expect(ask("70B 2T 512 H100 mfu 30 - 50%").ok).toBe(false);
  });
});

describe("sweep21: HFU asked by its name answers HFU (the word named mfu and was dropped)", () => {
  // PaLM Appendix B: 540.35B parameters, 118 layers, 48 heads × 256, context 2,048, 238.3K tokens/s on
  // 6,144 TPU v4 (275 TFLOP/s bf16): MFU 46.2%, HFU 57.8%. Full recomputation adds one forward:
  // 8N + 16·L·H·Q·T per token (PaLM App. B), so our HFU is the upper bound, above the published 57.8%.
  const TPU_V4 = 275e12;
  const hardwarePerToken = 8 * 540.35e9 + 16 * 118 * 48 * 256 * 2048;
  it("palm hfu, what was palm's hfu, hfu palm → HFU 238.3K × (8N + 16·L·H·Q·T) / (6,144 × 275T) = 61.6% (only MFU was shown)", () => {
    for (const line of ["palm hfu", "what was palm's hfu", "hfu palm"]) {
      const r = result(line);
      expect(r.hfu, line).toBeCloseTo((238.3e3 * hardwarePerToken) / (6144 * TPU_V4), 3);
      expect(r.mfu, line).toBeCloseTo(0.462, 3);
    }
  });

  it("hfu 540B 780B gpu=tpu-v4 gpus=6144 days=50 → HFU 780B × 8N / (6,144 × 50 d × 275T)", () => {
    const r = result("hfu 540B 780B gpu=tpu-v4 gpus=6144 days=50");
    expect(r.hfu).toBeCloseTo((780e9 * 8 * 540e9) / (6144 * 50 * 86_400 * TPU_V4), 4);
  });
});

describe("sweep21: a grouped count with a multiplier, as DeepSeek-V3's Table 1 writes GPU-hours (2,788K)", () => {
  // DeepSeek-V3 Technical Report Table 1: 2,664K (pre-training) + 119K + 5K = 2,788K H800 GPU hours;
  // 671B total, 37B active, 14.8T tokens; H800 bf16 dense 989.4 TFLOP/s.
  it("mfu 671B 14.8T 2,788K H800 GPU hours 37B activated → 6 × 37B × 14.8T / (2.788M × 3600 × 989.4T) = 33.1% (was refused)", () => {
    const r = result("mfu 671B 14.8T 2,788K H800 GPU hours 37B activated");
    expect(r.mfu).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.788e6 * 3600 * H100_BF16), 4);
  });

  it("gpu-hours=2,664K is 2.664M: 34.6%", () => {
    const r = result("mfu 671B 14.8T gpu=H800 gpu-hours=2,664K active=37B");
    expect(r.gpuSeconds).toBe(2.664e6 * 3600);
  });
});

describe("sweep21: over- or under-trained asked of a run is its tokens per parameter against 20", () => {
  // Llama 3 8B: 8,030,261,248 parameters on 15T tokens (model card): 15T / 8.03B ≈ 1,868 per parameter.
  // GPT-3: 300B / 175B = 1.71; Chinchilla's rule is 20 (Hoffmann et al. 2022).
  it("how overtrained is llama 3 8b → 15T / 8.03B ≈ 1,868 tokens per parameter, 93× the 20 (was refused on “overtrained”)", () => {
    const r = result("how overtrained is llama 3 8b");
    expect(r.tokensPerParam).toBeCloseTo(15e12 / 8_030_261_248, 0);
    expect(said("how overtrained is llama 3 8b")).toContain("93×");
  });

  it("is gpt-3 undertrained → 300B / 175B = 1.71; zh-TW 過度訓練, 訓練不足", () => {
    expect(result("is gpt-3 undertrained").tokensPerParam).toBeCloseTo(300 / 175, 3);
    expect(result("gpt-3 訓練不足嗎").tokensPerParam).toBeCloseTo(300 / 175, 3);
    expect(result("llama 3 8b 過度訓練了嗎").tokensPerParam).toBeCloseTo(15e12 / 8_030_261_248, 0);
  });
});

describe("sweep21: a model, GPUs and a time but no tokens: the tokens that hardware trains, not Chinchilla's assumed", () => {
  // D = GPU-seconds × dense peak × MFU / 6N (PaLM §4.1; Kaplan et al. 2020 §2.1), at the 40% point.
  const tokensIn = (gpus: number, seconds: number, peak: number, n: number, mfu = 0.4) =>
    (gpus * seconds * peak * mfu) / (6 * n);
  it("how many tokens can 1024 h100 process in 30 days for a 70b → 1,024 × 30 d × 989.4T × 40% / (6 × 70B) = 2.5T (it answered the assumed 1.4T at an implied 22.4%)", () => {
    const r = result("how many tokens can 1024 h100 process in 30 days for a 70b");
    const expected = tokensIn(1024, 30 * 86_400, H100_BF16, 70e9);
    expect(r.tokens).toBeCloseTo(expected, -9);
    expect(r.tokens / 1e12).toBeCloseTo(2.5, 1);
    expect(r.impliedMfu.sixN).toBeCloseTo(0.4, 6);
    expect(r.assumedInputs?.tokens).toBeUndefined();
  });

  it("7B 64 H100 1 week how many tokens → 64 × 7 d × 989.4T × 40% / (6 × 7B) ≈ 365B; at mfu=50% → 456B", () => {
    expect(result("7B 64 H100 1 week how many tokens").tokens).toBeCloseTo(
      tokensIn(64, 7 * 86_400, H100_BF16, 7e9),
      -7,
    );
    expect(result("7B 64 H100 1 week mfu=50% how many tokens").tokens).toBeCloseTo(
      tokensIn(64, 7 * 86_400, H100_BF16, 7e9, 0.5),
      -7,
    );
  });

  it("a MoE's tokens use its active parameters: 671B 37B active on 2048 H800 for 54 days → C / (6 × 37B)", () => {
    const r = result("671B 37B active 2048 H800 54 days how many tokens");
    expect(r.tokens).toBeCloseTo(tokensIn(2048, 54 * 86_400, H100_BF16, 37e9), -9);
  });

  it("a run with its shape counts attention as its MFU does: mixtral 8x7b 512 h100 30 days → D · (6N_active + 12·L·H·Q·T) = 512 × 30 d × 989.4T × 40%", () => {
    const r = result("mixtral 8x7b 512 h100 30 days");
    // Mixtral 8x7B (Jiang et al. 2024): 32 layers, 32 heads × 128, trained at a 32k context.
    const perToken = 6 * r.activeParams + 12 * 32 * 32 * 128 * 32_768;
    expect(r.tokens * perToken).toBeCloseTo(512 * 30 * 86_400 * H100_BF16 * 0.4, -19);
    expect(r.impliedMfu.withAttention).toBeCloseTo(0.4, 6);
  });

  it("tokens typed are kept (70B 2T 1024 H100 30 days: implied MFU), and a size alone still assumes Chinchilla's 20 per parameter", () => {
    expect(result("70B 2T 1024 H100 30 days").tokens).toBe(2e12);
    expect(result("70B").tokens).toBe(1.4e12);
    expect(result("70B 1024 H100").tokens).toBe(1.4e12);
  });
});

describe("sweep21: `best model for …` asks for the compute-optimal split, as `biggest` does", () => {
  it("best model for 2.16M h100 hours → N* = √(2.16M × 3600 × 989.4T × 40% / 120) = 160B (was refused on “best”)", () => {
    const flops = 2.16e6 * 3600 * H100_BF16 * 0.4;
    expect(result("best model for 2.16M h100 hours").optimalParams).toBeCloseTo(Math.sqrt(flops / 120), -8);
  });

  it("best model size for 1e24 flops → √(1e24 / 120) = 91.3B", () => {
    expect(result("best model size for 1e24 flops").params).toBeCloseTo(Math.sqrt(1e24 / 120), -7);
  });
});
