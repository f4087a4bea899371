import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

/** The options a reply names as not used, as typed (`kv-precision=fp8`). */
const unused = (line: string) =>
  ask(line)
    .notes.filter((note) => note.key === "read.unused")
    .map((note) => note.params?.option);
const readNames = (line: string) => ask(line).readAs?.items.map((item) => item.option) ?? [];

describe("compare: the same run twice is said as such", () => {
  it("compare gpt-3 gpt-3 names GPT-3 175B given twice, not 'you gave 1' (en and zh-TW)", () => {
    const reply = ask("compare gpt-3 gpt-3");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("compare.sameRun");
    expect(said("compare gpt-3 gpt-3")).toContain(
      "GPT-3 175B was given 2 times (gpt-3 gpt-3): compare takes 2 to 4 different runs",
    );
    expect(said("compare gpt-3 gpt-3", "zh-TW")).toContain("GPT-3 175B 重複給了 2 次（gpt-3 gpt-3）");
  });

  it("two names of one run are the same run too; one run alone still says 'you gave 1'", () => {
    expect(said("compare gpt-3 gpt-3-175b")).toContain("(gpt-3 gpt-3-175b)");
    expect(ask("compare gpt-3").error?.key).toBe("compare.count");
    // A repeat beside a second run is compared once each: GPT-3 175B and PaLM 540B.
    expect(result("compare gpt-3 gpt-3 palm").models.map((m: { id: string }) => m.id)).toEqual([
      "gpt-3-175b",
      "palm-540b",
    ]);
  });
});

describe("one-GPU commands given a list of GPUs", () => {
  it("cards 70B gpu=H100,A100 says cards takes one GPU and points to compute, which compares several", () => {
    const reply = ask("cards 70B gpu=H100,A100");
    expect(reply.error?.key).toBe("gpu.oneOnly");
    const text = said("cards 70B gpu=H100,A100");
    expect(text).toContain("/flops cards takes one GPU; you gave 2 (H100 SXM5 80GB, A100 SXM4 80GB)");
    expect(text).toContain("/flops 70B 2T gpu=H100,A100");
    expect(said("cards 70B gpu=H100,A100", "zh-TW")).toContain("/flops cards 只能給一款 GPU");
    // The command it points to does take the list: one row set per GPU.
    const compared = result("70B 2T gpu=H100,A100");
    expect(compared.byGpu).toHaveLength(2);
  });

  it("an unknown GPU in the list is named on its own; serve and mfu say the same", () => {
    expect(said("serve 70B gpu=h100,foo")).toContain("“foo”");
    expect(said("serve 70B gpu=h100,a100")).toContain("/flops serve takes one GPU");
    expect(said("mfu 70B 2T gpu=h100,a100 gpu-hours=1M")).toContain("/flops mfu takes one GPU");
  });
});

describe("serve given a training mode", () => {
  it("serve 70B gpu=H100 mode=train points to cards' training memory", () => {
    const reply = ask("serve 70B gpu=H100 mode=train");
    expect(reply.error?.key).toBe("serve.trainingMode");
    expect(said("serve 70B gpu=H100 mode=train")).toContain("/flops cards 70B gpu=h100-sxm mode=train");
    expect(said("serve 70B gpu=H100 mode=lora", "zh-TW")).toContain(
      "/flops cards 70B gpu=h100-sxm mode=lora",
    );
  });

  it("mode=infer is what serve answers: accepted, the same answer", () => {
    expect(result("serve 70B gpu=H100 mode=infer")).toEqual(result("serve 70B gpu=H100"));
    // 70B at bf16 is 140 GB of weights (2 B per parameter).
    expect(result("serve 70B gpu=H100 mode=infer").breakdown.weights).toBe(140e9);
  });
});

// Llama 3 8B (Hugging Face meta-llama/Meta-Llama-3-8B config.json): 32 layers, 8 KV heads, head dim 128.
const LLAMA3_8B_KV_FP8 = 2 * 32 * 8 * 128 * 1;

describe("KV options where no KV cache is modelled", () => {
  it("cards 8B gpu=A100 kv-precision=fp8 (no architecture): named as not used, the answer unchanged", () => {
    const line = "cards 8B gpu=A100 kv-precision=fp8";
    expect(unused(line)).toEqual(["kv-precision=fp8"]);
    expect(readNames(line)).not.toContain("kv-precision");
    expect(result(line)).toEqual(result("cards 8B gpu=A100"));
    expect(said(line, "zh-TW")).toContain("未使用：kv-precision=fp8");
  });

  it("kv-heads without layers and a head dimension: not used, in cards, serve and cards' training", () => {
    expect(unused("cards 8B gpu=A100 kv-heads=8")).toEqual(["kv-heads=8"]);
    expect(unused("serve 70B gpu=H100 kv-precision=fp8 kv-heads=8")).toEqual([
      "kv-precision=fp8",
      "kv-heads=8",
    ]);
    expect(unused("cards 70B gpu=H100 mode=train kv-heads=8")).toEqual(["kv-heads=8"]);
  });

  it("a preset gives the architecture: the cache is modelled and both are used (Llama 3 8B, fp8 cache)", () => {
    const line = "cards llama-3-8b gpu=A100 kv-precision=fp8";
    expect(unused(line)).toEqual([]);
    expect(readNames(line)).toContain("kv-precision");
    const r = result(line);
    expect(r.serving.kvBytesPerToken).toBe(LLAMA3_8B_KV_FP8);
    // One 8,192-token sequence: 65,536 B × 8,192.
    expect(r.breakdown.kvCache).toBe(LLAMA3_8B_KV_FP8 * 8192);
    // kv-heads typed with a full shape is used: Llama 2 70B's 8 KV heads (config.json) halve nothing here
    // but set the cache: 2 · 80 · 8 · 128 · 2 B.
    const typed = "cards 70B gpu=H100 layers=80 heads=64 kv-heads=8 head-dim=128";
    expect(unused(typed)).toEqual([]);
    expect(result(typed).serving.kvBytesPerToken).toBe(2 * 80 * 8 * 128 * 2);
  });

  it("kv-heads with a full training shape is used, and still checked against the heads", () => {
    expect(unused("cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 kv-heads=8")).toEqual([]);
    expect(ask("cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 kv-heads=7").error?.key).toBe(
      "params.kvHeads",
    );
    expect(ask("cards 70B gpu=H100 layers=80 heads=64 kv-heads=7 head-dim=128").error?.key).toBe(
      "params.kvHeads",
    );
  });
});

describe("a GPU-hours budget with a price has its cost", () => {
  it("compute gpu=H100 gpu-hours=1M price=$2/h: cost = 1M × $2 = $2M, with its formula row", () => {
    const reply = ask("compute gpu=H100 gpu-hours=1M price=$2/h");
    expect((reply.result as { costUsd: number }).costUsd).toBe(2e6);
    const cost = reply.rows.find((row) => row.label.key === "row.cost");
    expect(cost?.formula?.id).toBe("cost.total");
    expect(unused("compute gpu=H100 gpu-hours=1M price=$2/h")).toEqual([]);
    expect(said("compute gpu=H100 gpu-hours=1M price=$2/h")).toContain("$2M");
  });

  it("gpus × days as the budget: 1,000 H100 × 90 days = 2.16M GPU-hours, $4.32M at $2/h", () => {
    expect(result("compute gpu=H100 gpus=1000 days=90 price=$2/h").costUsd).toBeCloseTo(
      1000 * 90 * 24 * 2,
      6,
    );
    expect(ask("compute gpu=H100 gpu-hours=1M price=$2/h,$3/h").error?.key).toBe("compute.priceCount");
  });

  it("every answer with GPU-hours and a price has a cost: a model's plan, a published run, several GPUs", () => {
    for (const line of ["175B 300B gpu=A100 gpus=1024 price=$2/h", "llama-65b price=$2/h"]) {
      const reply = ask(line);
      const r = reply.result as { gpuHours: number; costUsd: number };
      expect(r.costUsd, line).toBeCloseTo(r.gpuHours * 2, 6);
      expect(reply.rows.find((row) => row.label.key === "row.cost")?.formula?.id, line).toBe("cost.total");
    }
    // Several GPUs, a price each in the same order: each GPU's cost is its GPU-hours × its price.
    const byGpu = result("70B 2T gpu=h100,a100 price=$2.5/h,$1.5/h").byGpu;
    expect(byGpu[0].costUsd).toBeCloseTo(byGpu[0].gpuHours * 2.5, 6);
    expect(byGpu[1].costUsd).toBeCloseTo(byGpu[1].gpuHours * 1.5, 6);
    // LLaMA-65B: 1,022,362 GPU-hours (LLaMA Table 15) × $2.
    expect(result("llama-65b price=$2/h").costUsd).toBe(1_022_362 * 2);
  });
});

describe("more questions read as asked", () => {
  it("mfu given an MFU points to compute with the same words, the model name kept", () => {
    // PaLM 540B on 6,144 TPU v4 at 46.2% MFU (Chowdhery et al. 2022, Table 3).
    const line = "mfu 540B 780B gpu=tpu-v4 gpus=6144 mfu=46.2%";
    expect(ask(line).error?.key).toBe("mfu.planAtMfu");
    expect(said(line)).toContain("/flops 540B 780B gpu=tpu-v4 gpus=6144 mfu=46.2%");
    expect(said("mfu llama-3-8b gpu=H100 mfu=40%")).toContain("/flops llama-3-8b gpu=H100 mfu=40%");
    expect(said(line, "zh-TW")).toContain("請用 /flops compute");
    // The command it points to answers: 2.53e24 FLOP / (6,144 × 275 TFLOP/s × 0.462) ≈ 37.5 days.
    const days = result("540B 780B gpu=tpu-v4 gpus=6144 mfu=46.2%").seconds / 86_400;
    expect(days).toBeCloseTo((6 * 540e9 * 780e9) / (6144 * 275e12 * 0.462) / 86_400, 6);
  });

  it("chinchilla 70B 1.4T reads the second number as tokens (Chinchilla: 70B on 1.4T, Hoffmann et al. 2022)", () => {
    expect(result("chinchilla 70B 1.4T")).toEqual(result("chinchilla 70B tokens=1.4T"));
  });

  it("a preset's MFU is labelled as the published run's, a typed one as given", () => {
    // GPT-3: 21.3% MFU (PaLM Table 3) filled from the preset.
    const labels = ask("gpt-3").rows.map((row) => row.label.key);
    expect(labels).toContain("row.gpuHoursAtPublishedMfu");
    expect(labels).not.toContain("row.gpuHoursAtMfu");
    expect(said("gpt-3")).toContain("GPU-hours at the published 21.3% MFU");
    const typed = ask("175B 300B gpu=A100 gpu-hours=1M mfu=40%").rows.map((row) => row.label.key);
    expect(typed).toContain("row.gpuHoursAtMfu");
  });

  it("compute warns when the GPU time it is given implies an impossible MFU, as mfu does", () => {
    // 70B on 1.4T in 21 days on 1,024 A100 (312 TFLOP/s bf16 dense): 6ND / (GPU-s × peak) > 100%.
    const line = "70B 1.4T gpu=A100 gpus=1024 days=21";
    const mfu = (6 * 70e9 * 1.4e12) / (1024 * 21 * 86_400 * 312e12);
    expect(mfu).toBeGreaterThan(1);
    expect(result(line).impliedMfu.sixN).toBeCloseTo(mfu, 9);
    expect(ask(line).warnings.map((w) => w.key)).toContain("mfu.impossible");
    expect(said(line)).toContain(`MFU ${Math.round(mfu * 100)}% is impossible`);
    // LLaMA-65B's own 2,048 × 21 days (49.7%, PaLM's definition) is plausible: no warning.
    expect(ask("llama-65b").warnings).toEqual([]);
  });

  it("serving a model whose layer count has few divisors: uneven pipeline stages, not p = 59 (PaLM 118 layers)", () => {
    // PaLM 540B (Chowdhery et al. 2022, Table 1: 118 layers, multi-query attention) in bf16 on H100
    // (80 GB, 90% usable): 8 × 2 holds 67.5 GB of weights + 10% > 72 GB; 8 × 3 with 40 of 118 layers
    // on the largest stage holds 540B × 2 B × 40 / 118 / 8 = 45.8 GB.
    const r = result("serve palm gpu=H100");
    expect(r.cards).toBe(24);
    expect(r.bytesPerCard).toBeLessThanOrEqual(72e9);
    expect(said("serve palm gpu=H100")).toContain("540B × 2 × 40 / (118 × 8)");
    // DeepSeek-V3's 61 layers (prime; config.json): 671B × 2 B no longer needs 8 × 61 = 488 GPUs.
    expect(result("serve deepseek-v3 gpu=H100").cards).toBeLessThanOrEqual(32);
    // Layers a stage count divides keep the even split: Llama 3 70B (80 layers) on H100 at batch 32.
    expect(said("serve llama-3-70b gpu=H100 batch=32")).toContain("dividing 80 layers");
  });

  it("serve does not take a preset's training MFU as its prefill MFU (PaLM's 46.2% is a training figure)", () => {
    expect(said("serve palm gpu=H100")).toContain("prefill is compute-bound at 40% MFU");
    expect(ask("serve palm gpu=H100").readAs?.items.map((item) => item.option)).not.toContain("mfu");
    expect(said("serve palm gpu=H100 mfu=50%")).toContain("prefill is compute-bound at 50% MFU");
  });
});
