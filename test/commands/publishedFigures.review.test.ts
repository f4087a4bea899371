import { describe, expect, it } from "vitest";
import { ask, json, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - GPT-3 175B on 300B tokens (Brown et al. 2020, Table D.1), 10,000 V100 (Patterson et al. 2021, Table 4).
// - A100 SXM4: 312 TFLOP/s dense bf16/fp16 (NVIDIA A100 datasheet).
// - DeepSeek-V3 config.json: 61 layers, kv_lora_rank 512, qk_rope_head_dim 64; MLA caches
//   (d_c + d_R)·l elements per token (DeepSeek-V2 §2.1.4, Table 1): 61 × 576 × 2 B = 70,272 B in bf16.
// - Llama 3 70B: 80 layers, 8 KV heads × 128: 2 × 80 × 8 × 128 × 2 B = 327,680 B per token in bf16.

describe("a deadline on another GPU than a run's asks for the GPU count", () => {
  // GPT-3 in 34 days on A100: 6ND / (312e12 × 0.4 × 34 × 86,400 s) = 3.15e23 / 3.666e20 = 859 GPUs (6N),
  // 883 counting attention (PaLM App. B: 6N + 12·L·H·Q·T per token, which the plan counts with a shape).
  const line = "how many A100s to train gpt-3 in 34 days";
  const perGpu6N = 312e12 * 0.4 * 34 * 86_400;

  it("the figures themselves", () => {
    expect(Math.ceil((6 * 175e9 * 300e9) / perGpu6N)).toBe(860);
    const perToken = 6 * 175e9 + 12 * 96 * 12_288 * 2048;
    expect(Math.ceil((300e9 * perToken) / perGpu6N)).toBe(883);
  });

  it("solves for the A100s at 40% MFU instead of keeping GPT-3's 10,000 V100 count at 3.4% MFU", () => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const r = reply.result as { gpus: number; mfu: number };
    expect(r.gpus).toBe(883);
    expect(r.mfu).toBe(0.4);
    expect(reply.warnings.length, said(line)).toBe(0);
    const text = said(line);
    expect(text).toMatch(/GPUs to finish in time/);
    expect(text).toMatch(/published gpus=10000 are left out, since you typed days=34 days/);
    expect(said(line, "zh-TW")).toMatch(/10,000/);
  });

  it("on the run's own GPU the published count stays (a what-if on GPT-3's 10,000 V100s)", () => {
    const r = json("gpt-3 on V100 in 20 days").result;
    expect(r.gpus).toBe(10_000);
  });

  it("mfu keeps the count, marked assumed (an MFU needs one)", () => {
    const read = json("mfu gpt-3 on A100 in 34 days") as unknown as {
      readAs: { gpus: number; assumed: string[] };
    };
    expect(read.readAs.gpus).toBe(10_000);
    expect(read.readAs.assumed).toContain("gpus");
  });
});

describe("a run moved to another GPU plans at the assumed MFU, and Read as says so", () => {
  // Llama 3 405B's 38–43% MFU (Llama Team 2024, Table 4) was measured on H100; on B200 the plan runs at
  // the assumed 40%: Read as must show it, as it does when no run is named.
  it.each([
    ["llama-3-405b on B200", "B200"],
    ["how long would gpt-3 take on h100s", "H100"],
  ])("%s → MFU 40%% (assumed) in Read as and JSON", (line) => {
    const reply = json(line) as unknown as {
      result: { mfu: number };
      readAs: { mfu: number; assumed: string[] };
    };
    expect(reply.result.mfu).toBe(0.4);
    expect(reply.readAs.mfu).toBe(0.4);
    expect(reply.readAs.assumed).toContain("mfu");
    expect(said(line)).toMatch(/MFU 40% \(assumed\)/);
  });

  it("on the run's own GPU its published MFU is read as typed, not assumed", () => {
    const reply = json("llama-3-405b") as unknown as { readAs: { mfu: number; assumed: string[] } };
    expect(reply.readAs.mfu).toBe(0.38);
    expect(reply.readAs.assumed).not.toContain("mfu");
  });
});

describe("the KV cache per token note states the formula of the model's attention", () => {
  it("DeepSeek-V3 (MLA): 70,272 bytes = L·(d_c + d_R)·bytes = 61 × 576 × 2, not 2·L·n_kv·d_head", () => {
    expect(61 * (512 + 64) * 2).toBe(70_272);
    for (const lang of ["en", "zh-TW"] as const) {
      const text = said("kv cache per token deepseek v3", lang);
      expect(text).toMatch(/70,272 bytes/);
      expect(text).toMatch(/L·\(d_c \+ d_R\)·bytes/);
      expect(text).not.toMatch(/2·L·n_kv·d_head·bytes/);
    }
  });

  it("Llama 3 70B (GQA): 327,680 bytes = 2·L·n_kv·d_head·bytes", () => {
    expect(2 * 80 * 8 * 128 * 2).toBe(327_680);
    const text = said("kv cache per token llama 3 70b");
    expect(text).toMatch(/327,680 bytes\), 2·L·n_kv·d_head·bytes/);
  });
});
