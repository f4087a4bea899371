import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

describe("a run's active parameters asked (`mixtral 8x7b active params`, 啟用參數, 激活參數): params, whose answer gives them", () => {
  // Before: refused (“I don't know what “active” means in /flops compute”; zh-TW: “我無法把「激活」讀成數字”).
  // Mixtral 8x7B (Mistral AI, "Mixtral of experts"): 46.7B total, 12.9B per token; config.json (32 layers,
  // d 4096, 32/8 heads, 8 experts top-2, ffn 14336, V 32000): 46,702,792,704 and 12,879,925,248.
  it.each([
    ["mixtral 8x7b active params", "en"],
    ["how many active parameters does mixtral have", "en"],
    ["Mixtral 8x7B 的啟用參數是多少", "zh-TW"],
    ["Mixtral 8x7B 激活參數", "zh-TW"],
  ] as const)("%s: 12.9B active of 46.7B", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("params");
    const r = reply.result as { total: number; active: number };
    expect(r.total).toBe(46_702_792_704);
    expect(r.active).toBe(12_879_925_248);
    expect(r.active / 1e9).toBeCloseTo(12.9, 1);
  });

  it("DeepSeek-V3 激活參數: 671B total (report, abstract), the active count by its config near the published 37B", () => {
    const reply = ask("deepseek v3 激活參數是多少", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("params");
    const r = reply.result as { total: number; active: number };
    expect(r.total / 1e9).toBeCloseTo(671, 0);
    // 37B activated (DeepSeek-V3 report); counted with the 0.93B embedding, 37.6B (the model reply says why).
    expect(Math.abs(r.active / 37e9 - 1)).toBeLessThan(0.02);
  });

  it("Qwen3-235B-A22B active parameters: 22B of 235B (Qwen3 report §3)", () => {
    const r = result("qwen3 235b active parameters");
    expect(r.total / 1e9).toBeCloseTo(235, 0);
    expect(Math.abs(r.active / 22e9 - 1)).toBeLessThan(0.02);
  });

  it("a number labelled active is still the active= option: 671B 14.8T 37B active (6·37B·14.8T = 3.29e24)", () => {
    const r = result("671B 14.8T 37B active gpu=H800 gpu-hours=2.664M");
    expect(r.flops).toBeCloseTo(6 * 37e9 * 14.8e12, -20);
  });
});

describe("the KV cache per token asked in the other order (`per-token KV cache`, 每個 token 的 KV cache)", () => {
  // Before: refused (“I don't know what “per” / “per-token” means in /flops cards”; zh-TW: “我不懂「每個」”).
  // Llama 3 70B config.json: 80 layers, 8 KV heads, head dim 128: 2 × 80 × 8 × 128 × 2 B = 327,680 B a token in bf16.
  it.each([
    ["llama 3 70b per token KV cache", "en"],
    ["per-token KV cache of llama 3 70b", "en"],
    ["llama 3 70b per-token kv cache size", "en"],
    ["Llama 3 70B 每個 token 的 KV cache 多大", "zh-TW"],
    ["llama 3 70b 每個 token 的 KV cache 是多少", "zh-TW"],
  ] as const)("%s: 327,680 B per token", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    const r = reply.result as { mode: string; layout: { kvBytesPerToken: number } };
    expect(r.mode).toBe("infer");
    expect(r.layout.kvBytesPerToken).toBe(2 * 80 * 8 * 128 * 2);
  });

  it("the same answer as the order already read (`KV cache per token`), but for the words its note quotes", () => {
    const other = said("llama 3 70b per token KV cache");
    expect(other).toContain("Read “per token KV cache” as one token's KV cache");
    expect(other.replace("per token KV cache", "KV cache per token")).toBe(
      said("llama 3 70b KV cache per token"),
    );
  });
});

describe("Nemotron-4 340B, a published run the catalog lacked (`nemotron 4 340b 9T tokens on 6144 H100` was refused on the word)", () => {
  // Nemotron-4 340B Technical Report (arXiv 2406.11704), Table 1: 96 layers, hidden 18432, 96 heads, 8 KV
  // heads, sequence 4096, vocabulary 256,000; squared-ReLU MLP of 73,728, untied embeddings. Per layer
  // 2·18432·18432 + 2·18432·8·192 attention + 2·18432·73728 MLP: 96 × that = 331.6B non-embedding, and
  // 2 × 256,000 × 18,432 = 9.4B embedding (the report's split). Model card: 9T tokens. 768 DGX H100 = 6,144 GPUs.
  const nonEmbedding = 96 * (2 * 18_432 * 18_432 + 2 * 18_432 * 8 * 192 + 2 * 18_432 * 73_728);
  const embedding = 2 * 256_000 * 18_432;

  it("model nemotron-4-340b: 341B (9.4B + 331.6B), 9T tokens, 6,144 H100, MFU 41.0–42.4% published (Table 2)", () => {
    expect(nonEmbedding / 1e9).toBeCloseTo(331.6, 1);
    expect(embedding / 1e9).toBeCloseTo(9.4, 1);
    const r = result("model nemotron-4-340b");
    expect(r.published.params).toBe(341e9);
    expect(Math.abs(r.estimated.params / (nonEmbedding + embedding) - 1)).toBeLessThan(1e-4);
    expect(r.published.tokens).toBe(9e12);
    expect(r.published.gpus).toBe(6144);
    expect(r.published.gpu).toBe("NVIDIA H100 SXM5 80GB");
    // Table 2: 42.4% on 1,536 GPUs, 42.3% on 3,072, 41.0% on 6,144.
    expect([r.published.mfu, r.published.mfuUpTo]).toEqual([0.41, 0.424]);
    expect(said("model nemotron-4-340b")).toContain("41–42.4%");
  });

  it("its MFU from Table 2's last stage (2,304 × 4,096 tokens every 8.0 s on 6,144 H100) is inside the published 41.0–42.4%", () => {
    const r = result("nemotron-4 340b mfu");
    const tokensPerSecond = (2304 * 4096) / 8.0;
    const perToken = 6 * 341e9 + 12 * 96 * 18_432 * 4096;
    expect(r.mfu).toBeCloseTo((tokensPerSecond * perToken) / (6144 * 989.4e12), 2);
    expect(r.mfu).toBeGreaterThanOrEqual(0.41);
    expect(r.mfu).toBeLessThanOrEqual(0.424);
    expect(said("Nemotron-4 340B 的 MFU 是多少", "zh-TW")).toContain("41–42.4%");
  });

  it("the line that was refused: 6·N·D = 6 × 341B × 9T on 6,144 H100", () => {
    const reply = ask("nemotron 4 340b 9T tokens on 6144 H100");
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; gpus: number; tokens: number };
    expect(r.tokens).toBe(9e12);
    expect(r.gpus).toBe(6144);
    expect(r.flops).toBeCloseTo(6 * 341e9 * 9e12, -21);
  });

  it("serving: one DGX H100 (8 GPUs) in FP8, as the report sizes it; in bf16 2 H100 nodes or 1 H200 node (model card)", () => {
    expect(result("cards nemotron-4-340b gpu=H100 precision=fp8").cards).toBe(8);
    expect(result("cards nemotron-4-340b gpu=H100").cards).toBe(16);
    expect(result("cards nemotron-4-340b gpu=H200").cards).toBe(8);
    expect(result("cards nemotron-4-340b gpu=A100").cards).toBe(16);
    // KV cache: 2 × 96 layers × 8 KV heads × 192 × 2 B = 589,824 B a token in bf16.
    expect(result("nemotron 340b kv cache per token").layout.kvBytesPerToken).toBe(2 * 96 * 8 * 192 * 2);
  });
});

describe("a published run's MFU is its GPU's: on another GPU the plan runs over the MFU range (as its power and GPU time)", () => {
  // Before: `GPT-3 3.14e23 FLOP on 1024 A100 how long` planned at GPT-3's 21.3% (PaLM Table 3, measured on
  // V100) and called it "a cautious plan": 55.1 days. A100 SXM4 datasheet: 312 TFLOP/s dense fp16.
  const attention = 300e9 * (6 * 175e9 + 12 * 96 * 12_288 * 2048);
  it("gpt-3 on 1,024 A100: C_attn / (1,024 × 312 TFLOP/s × 40%), and 30–50% at the ends", () => {
    const line = "GPT-3 3.14e23 FLOP on 1024 A100 how long";
    const r = result(line);
    expect(r.mfu).toBe(0.4);
    expect(r.seconds).toBeCloseTo(attention / (1024 * 312e12 * 0.4), -3);
    expect(r.mfuRange).toEqual({ low: 0.3, point: 0.4, high: 0.5 });
    expect(JSON.stringify(ask(line).notes)).toContain("publishedMfuOtherGpu");
    expect(said(line)).toContain("21.3% MFU was measured on NVIDIA Tesla V100");
    const readAs = (toJson(ask(line), "en") as { readAs: Record<string, unknown> }).readAs;
    // Not GPT-3's 21.3%: the plan's own 40%, marked assumed as it is when no run is named.
    expect(readAs.mfu).toBe(0.4);
    expect(readAs.assumed).toContain("mfu");
    expect(readAs.gpu).toBe("a100-80gb-sxm");
  });

  it("Llama 3 405B on A100: its 38–43% (Table 4, H100) is named and not used", () => {
    const r = result("llama-3-405b gpu=a100");
    expect(r.mfu).toBe(0.4);
    expect(said("llama-3-405b gpu=a100", "zh-TW")).toContain("38–43%");
  });

  it("on the run's own GPU the published MFU stays: gpt-3 on 1,024 V100 at 21.3% (125 TFLOP/s fp16, V100 datasheet)", () => {
    const r = result("gpt-3 gpu=V100 gpus=1024");
    expect(r.mfu).toBe(0.213);
    expect(r.seconds).toBeCloseTo(attention / (1024 * 125e12 * 0.213), -3);
    // A typed MFU is the asker's, on any GPU.
    expect(result("gpt-3 gpu=A100 gpus=1024 mfu=21.3%").mfu).toBe(0.213);
  });
});

describe("MFU asked after `train` or before a judgement (`train deepseek v3 on H800 mfu`, 用 H800 訓練 DeepSeek-V3 的 MFU 合理嗎)", () => {
  // Before: refused (“I don't know what “mfu” means in /flops compute”), or in zh-TW with a Try line that
  // kept the Chinese. DeepSeek-V3 (report, Table 1 and abstract): 6 × 37B × 14.8T over 2,664K H800 GPU-hours at
  // the bf16 dense 989.4 TFLOP/s = 34.6%.
  const deepseek = (6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12);
  it.each([
    ["train deepseek v3 on H800 mfu", "en"],
    ["train deepseek v3 on H800 mfu realistic?", "en"],
    ["用 H800 訓練 DeepSeek-V3 的 MFU 合理嗎", "zh-TW"],
  ] as const)("%s: 34.6% with the 37B active", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("mfu");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(deepseek, 4);
  });

  // 70B on 2T tokens, 512 H100 for 30 days: 6ND / (512 × 30 d × 989.4 TFLOP/s) = 64.0%.
  it.each([
    ["train 70B 2T on 512 H100 in 30 days mfu?", "en"],
    ["訓練 70B 2T 用 512 張 H100 30 天 MFU 多少", "zh-TW"],
  ] as const)("%s: 6ND / (512 × 30 d × 989.4 TFLOP/s)", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("mfu");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(
      (6 * 70e9 * 2e12) / (512 * 30 * 86_400 * 989.4e12),
      6,
    );
  });

  it("`at 45% MFU` after train still labels a value: the plan at 45%", () => {
    const reply = ask("train 70B 2T on 512 H100 at 45% MFU");
    expect(reply.command).toBe("compute");
    expect(result("train 70B 2T on 512 H100 at 45% MFU").mfu).toBe(0.45);
  });
});

describe("a price per GPU said after the hour (`$2/h per A100`, `$2 per A100 hour`, `$2/h per GPU`)", () => {
  // Before: refused (“I don't know what “per” means”). Llama 2 70B: 1,720,320 A100-hours (Touvron et al. 2023,
  // Table 2) × $2 = $3,440,640.
  it.each(["llama 2 70b at $2/h per GPU", "llama 2 70b at $2/h per A100", "llama 2 70b $2 per A100 hour"])(
    "%s: 1,720,320 GPU-hours × 2 dollars",
    (line) => {
      const r = result(line);
      expect(r.gpuHours).toBe(1_720_320);
      expect(r.costUsd).toBe(1_720_320 * 2);
    },
  );

  it("the GPU named in the price is the plan's: 70B 2T at $2.5 per H100-hour is on H100", () => {
    const r = result("70B 2T at $2.5 per H100-hour");
    expect(r.gpu).toBe("NVIDIA H100 SXM5 80GB");
    expect(r.costUsd).toBeCloseTo(r.gpuHours * 2.5, 0);
    expect(result("70B 2T 512 H100 at $2/h per card").costUsd).toBeCloseTo(
      result("70B 2T 512 H100 $2/h").costUsd,
      6,
    );
  });
});

describe("prefill asked by name (`prefill time for 8k prompt on llama 3 70b with 4 H100`): serve's prefill row", () => {
  // Before: refused (“I don't know what “prefill” means in /flops compute”). Prefill of one prompt of P tokens,
  // PaLM Appendix B (causal, average context P/2): P · (2N + 2·L·P·d_attn) / (t · peak · MFU), Llama 3 70B
  // (70,553,706,496; 80 layers, d_attn 8,192) on TP 4 H100 at 989.4 TFLOP/s and 40% MFU.
  const seconds = (8192 * (2 * 70_553_706_496 + 2 * 80 * 8192 * 8192)) / (4 * 989.4e12 * 0.4);
  it.each([
    "prefill time for 8k prompt on llama 3 70b with 4 H100",
    "llama 3 70b prefill time for an 8k prompt on 4 H100",
  ])("%s: %#", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    const t = (reply.result as { throughput: { promptTokens: number; prefillSeconds: number } }).throughput;
    expect(t.promptTokens).toBe(8192);
    expect(t.prefillSeconds).toBeCloseTo(seconds, 6);
  });
});

describe("figures checked this sweep that no test pinned", () => {
  it("L40S: dense BF16 362.05 and FP8 733 TFLOP/s (datasheet dense | sparse pairs 362.05 | 733, 733 | 1,466), 48 GB", () => {
    const [l40s] = result("gpus l40s").gpus;
    expect(l40s.peakFlops.bf16).toBe(362.05e12);
    expect(l40s.peakFlops.fp8).toBe(733e12);
    expect(l40s.memoryBytes).toBe(48e9);
  });

  it("Llama 3.1 405B serving: KV 2 × 126 × 8 × 128 × 2 B = 516,096 B a token (Table 3 shape); bf16 on TP 8 × PP 2 = 16 H100", () => {
    const r = result("cards llama-3-405b gpu=H100");
    expect(r.layout.kvBytesPerToken).toBe(2 * 126 * 8 * 128 * 2);
    expect([r.cards, r.layout.tp, r.layout.pp]).toEqual([16, 8, 2]);
  });

  it("BLOOM: 1,082,990 GPU-hours on 384 A100 80GB (BLOOM §3.4.1) is 117.5 days on 384 GPUs (the paper: about 3.5 months)", () => {
    const r = result("how long did BLOOM take on 384 A100 80GB");
    expect(r.gpuHours).toBe(1_082_990);
    expect(r.seconds / 86_400).toBeCloseTo(1_082_990 / 384 / 24, 6);
  });

  it("70B weights on H100: bf16 TP 4 (140 GB), fp8 TP 2 (70 GB), int4 one card (35 GB); 2 / 1 / 0.5 bytes a parameter", () => {
    const bf16 = result("cards 70B gpu=H100 precision=bf16");
    const fp8 = result("cards 70B gpu=H100 precision=fp8");
    const int4 = result("cards 70B gpu=H100 precision=int4");
    expect([bf16.breakdown.weights, fp8.breakdown.weights, int4.breakdown.weights]).toEqual([
      140e9, 70e9, 35e9,
    ]);
    expect([bf16.cards, fp8.cards, int4.cards]).toEqual([4, 2, 1]);
  });
});

describe("`37B active params` before a GPU count (370億 啟用參數 2048 張 H800): params is the label's noun, not a label of 2048", () => {
  // Before: refused (“I don't know what “14.8T” is for”): `params 2048` read 2,048 as the parameters.
  // DeepSeek-V3 (report): 6 × 37B × 14.8T = 3.29e24 FLOP over 2,664K H800 GPU-hours at 989.4 TFLOP/s: 34.6%.
  it.each([
    ["671B 14.8T 37B active params 2048 H800 2.664M GPU hours", "en"],
    ["671B 14.8T 370億 啟用參數 2048 張 H800 266.4萬 GPU 小時", "zh-TW"],
  ] as const)("%s", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    const r = reply.result as {
      params: number;
      activeParams: number;
      gpus: number;
      flops: number;
      impliedMfu: { sixN: number };
    };
    expect([r.params, r.activeParams, r.gpus]).toEqual([671e9, 37e9, 2048]);
    expect(r.flops).toBeCloseTo(6 * 37e9 * 14.8e12, -20);
    expect(r.impliedMfu.sixN).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12), 4);
  });
});
