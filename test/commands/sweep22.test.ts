import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: 80 GB HBM3, 3.35 TB/s, bf16 989.4 TFLOP/s dense (1,979 with sparsity).
// - NVIDIA A100 SXM4 datasheet: bf16 312 TFLOP/s dense; 80 GB at 2,039 GB/s.
// - NVIDIA H200 datasheet: 141 GB HBM3e at 4.8 TB/s. NVIDIA L40S datasheet: 48 GB GDDR6.
// - Chinchilla (Hoffmann et al. 2022): C = 6·N·D with D = 20·N, so N* = √(C / 120).
// - Llama 3 70B config.json: 70,553,706,496 parameters; Llama 3 405B (Llama 3 paper, Table 3):
//   trained on 16,384 H100s.
const H100_BF16 = 989.4e12;
const A100_BF16 = 312e12;
const DAY = 86_400;
/** Days in a month: a Julian year's twelfth. */
const MONTH_DAYS = 365.25 / 12;

describe("sweep22: a time counted by `a` before a comma is still a duration", () => {
  it("i have 512 A100 for a month, what model size → 512 × 30.4 days at 40% MFU, N* = √(C/120)", () => {
    const r = result("i have 512 A100 for a month, what model size");
    const flops = 512 * MONTH_DAYS * DAY * A100_BF16 * 0.4;
    expect(r.flopsRange.point / flops).toBeCloseTo(1, 6);
    expect(r.optimalParams / Math.sqrt(flops / 120)).toBeCloseTo(1, 6);
    expect(Math.sqrt(flops / 120) / 1e9).toBeCloseTo(37.4, 1);
  });

  it("70B 2T 1024 H100 for a week, cost at $2/h → 1,024 × 168 h × 2 dollars", () => {
    const r = result("70B 2T 1024 H100 for a week, cost at $2/h");
    expect(r.costUsd).toBeCloseTo(1024 * 7 * 24 * 2, 6);
  });
});

describe("sweep22: a label after a value takes only a value of its kind", () => {
  it("70B 2T deadline 6 weeks on H100 → 2T is tokens, 6 weeks the deadline: ⌈6·70B·2T / (42 d × 989.4T × 40%)⌉ GPUs", () => {
    const reply = ask("70B 2T deadline 6 weeks on H100");
    expect(reply.ok, said("70B 2T deadline 6 weeks on H100")).toBe(true);
    const r = reply.result as { tokens: number; gpusRange: { point: number } };
    expect(r.tokens).toBe(2e12);
    expect(r.gpusRange.point).toBe(Math.ceil((6 * 70e9 * 2e12) / (42 * DAY * H100_BF16 * 0.4)));
    expect(r.gpusRange.point).toBe(585);
  });

  it.each(["70B 2T 1024 H100 for 2 weeks cost at $2/h", "70B 2T 1024 H100 for 2 weeks; cost at $2/h"])(
    "%s → 14 days at 2 dollars an hour, never price = 2 weeks: 688,128 dollars",
    (line) => {
      const reply = ask(line);
      expect(reply.ok, said(line)).toBe(true);
      expect((reply.result as { costUsd: number }).costUsd).toBeCloseTo(1024 * 14 * 24 * 2, 6);
    },
  );
});

describe("sweep22: `a budget of $X` is the dollar budget", () => {
  it.each([
    "budget of $500k on A100 at $1.5/h",
    "budget of 500k dollars on A100 at $1.5/h",
    "with a budget of $500k on A100 at $1.5/h what can i train",
  ])("%s → 333K A100-hours, N* = √(C/120) = 35.3B at 40 percent MFU", (line) => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const r = reply.result as { gpuHours: number; optimalParams: number };
    const hours = 500e3 / 1.5;
    expect(r.gpuHours).toBeCloseTo(hours, 3);
    expect(r.optimalParams / Math.sqrt((hours * 3600 * A100_BF16 * 0.4) / 120)).toBeCloseTo(1, 6);
  });

  it("compute budget of 1e24 → the 1e24-FLOP budget (N* = √(1e24/120) = 91.3B)", () => {
    const r = result("compute budget of 1e24");
    expect(r.params / Math.sqrt(1e24 / 120)).toBeCloseTo(1, 6);
  });
});

describe("sweep22: serve takes `bs` for the batch, as people type it", () => {
  it.each(["serve llama 3 8b on 1 H100 bs 32", "serve llama 3 8b on H100 bs=32"])(
    "%s → batch 32: 3.35 TB/s over 15.0 GB of weights and 32 × 1.07 GB of cache",
    (line) => {
      const reply = ask(line);
      expect(reply.ok, said(line)).toBe(true);
      const t = (reply.result as { throughput: { batch: number; decodeTokensPerSecondPerReplica: number } })
        .throughput;
      expect(t.batch).toBe(32);
      // Llama 3 8B config.json: 8,030,261,248 parameters, less the untied embedding table (128,256 × 4,096,
      // a lookup); 32 layers × 8 KV heads × 128 × 2 (K, V) × 2 B.
      const bytes = (8_030_261_248 - 128_256 * 4096) * 2 + 32 * 32 * 8 * 128 * 2 * 2 * 8192;
      expect(t.decodeTokensPerSecondPerReplica).toBeCloseTo((32 * 3.35e12) / bytes, 0);
    },
  );
});

describe("sweep22: `how many A100s` is a count asked, as `how many GPUs` is", () => {
  it("how many A100s do i need for llama 3 405b → says the count is not this answer's, and how to get it", () => {
    const text = said("how many A100s do i need for llama 3 405b");
    expect(text).toContain("You asked how many A100s");
    expect(text).toContain("/flops cards llama-3-405b gpu=A100 mode=train");
  });

  it("how many H100s for 70B → the note, with the size typed", () => {
    expect(said("how many H100s for 70B")).toContain("/flops cards 70B gpu=H100 mode=train");
  });

  it("how many H100 hours for llama 3 70b stays GPU time, with no count note", () => {
    expect(said("how many H100 hours for llama 3 70b")).not.toContain("You asked how many");
  });
});

describe("sweep22: cards of a memory in the plural are not one card", () => {
  it.each(["how many 80gb cards for 70B", "70B on 80gb cards"])(
    "%s → 70B × 2 B over 72 GB usable: 4 cards, and no verdict on 1 card never given",
    (line) => {
      const reply = ask(line);
      expect(reply.ok, said(line)).toBe(true);
      expect((reply.result as { cards: number; available?: number }).cards).toBe(4);
      expect((reply.result as { available?: number }).available).toBeUndefined();
      expect(said(line)).not.toContain("given: 4 needed");
    },
  );

  it("does a 13B fit in 24GB is still one card's verdict", () => {
    expect((result("does a 13B fit in 24GB") as { available: number }).available).toBe(1);
  });
});

describe("sweep22: a GPU's figures asked with `memory` or `vram` first are the catalog's line", () => {
  it.each([
    ["how much memory does an L40S have", "l40s", 48e9],
    ["what's the memory bandwidth of an H200", "h200-sxm", 141e9],
    ["how much vram does a 4090 have?", "rtx-4090", 24e9],
  ])("%s → gpus: %s, %d bytes", (line, id, bytes) => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.asked?.command).toBe("gpus");
    const gpus = (reply.result as { gpus: { id: string; memoryBytes: number }[] }).gpus;
    expect(gpus.find((gpu) => gpu.id === id)?.memoryBytes).toBe(bytes);
  });

  it("memory for llama 3 70b on H100 stays the memory question (cards)", () => {
    expect(ask("memory for llama 3 70b on H100").asked?.command).toBe("cards");
  });
});

describe("sweep22: 訓練完 (trained to the end) is training, its 完 no word of its own", () => {
  it("70B 模型 15T token 三個月內訓練完 需要幾張 H100 → ⌈6·70B·15T / (91.3 d × 989.4T × 40%)⌉ = 2,018", () => {
    const reply = ask("70B 模型 15T token 三個月內訓練完 需要幾張 H100", "zh-TW");
    expect(reply.ok).toBe(true);
    const gpus = (reply.result as { gpusRange: { point: number } }).gpusRange.point;
    expect(gpus).toBe(Math.ceil((6 * 70e9 * 15e12) / (3 * MONTH_DAYS * DAY * H100_BF16 * 0.4)));
    expect(gpus).toBe(2018);
  });

  it("用 1024 張 B200 以 bf16 訓練 70B 2T → 以 (by means of) is read as 用 is", () => {
    const reply = ask("用 1024 張 B200 以 bf16 訓練 70B 2T", "zh-TW");
    expect(reply.ok).toBe(true);
    expect((reply.result as { gpus: number }).gpus).toBe(1024);
  });
});

describe("sweep22: a training plan at the fp4 peak is warned of, as int8's is", () => {
  // NVIDIA HGX B200 datasheet: 144 PFLOP/s fp4 for 8 GPUs with sparsity, 9 PFLOP/s dense a GPU.
  it("70B 2T 1024 B200 fp4 → planned at 9 PFLOP/s dense, and said to be no training precision", () => {
    const reply = ask("70B 2T 1024 B200 fp4");
    expect(reply.ok).toBe(true);
    expect((reply.result as { peakFlopsPerGpu: number }).peakFlopsPerGpu).toBe(9e15);
    expect(said("70B 2T 1024 B200 fp4")).toContain("fp4 is a serving format");
    expect(said("用 1024 張 B200 以 fp4 訓練 70B 2T", "zh-TW")).toContain("fp4 是推論用的格式");
  });

  it("70B 2T 1024 B200 fp8 has no such warning", () => {
    expect(said("70B 2T 1024 B200 fp8")).not.toContain("serving format");
  });
});

describe("sweep22: `4 bit` and `4-bit kv cache` are read as written", () => {
  // Llama 3 70B config.json: 80 layers × 8 KV heads × 128 head dim × 2 (K, V).
  const kvValuesPerToken = 80 * 8 * 128 * 2;

  // The embedding and untied head, 2 × 128,256 × 16,384 = 4,202,692,608, stay bf16 in 4-bit serving.
  it("llama 3 405b in 4 bit on 4 H100 → int4 weights, (406B − 4.2B) × 0.5 B + 4.2B × 2 B", () => {
    const r = result("llama 3 405b in 4 bit on 4 H100");
    expect(r.precision).toBe("int4");
    expect(r.breakdown.weights).toBe((405_853_388_800 - 4_202_692_608) * 0.5 + 4_202_692_608 * 2);
  });

  it.each(["llama 3 70b 4-bit kv cache", "llama 3 70b 4 bit kv cache"])(
    "%s → a 4-bit cache (0.5 B a value: 81,920 B a token), bf16 weights",
    (line) => {
      const r = result(line);
      expect(r.precision).toBe("bf16");
      expect(r.serving.kvBytesPerToken).toBe(kvValuesPerToken * 0.5);
    },
  );

  it("llama 3 70b kv cache in 8 bit → an 8-bit cache, 163,840 B a token", () => {
    expect(result("llama 3 70b kv cache in 8 bit").serving.kvBytesPerToken).toBe(kvValuesPerToken);
  });
});

describe("sweep22: `2k prompts` is the prompt length, as `2k prompt` is", () => {
  it("how many H100 to serve llama 3 70b at 20 req/s with 2k prompts and 500 output tokens → prompt 2,048, generate 500", () => {
    const line = "how many H100 to serve llama 3 70b at 20 req/s with 2k prompts and 500 output tokens";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const t = (reply.result as { throughput: { promptTokens: number; generatedTokens: number } }).throughput;
    expect(t.promptTokens).toBe(2048);
    expect(t.generatedTokens).toBe(500);
  });
});
