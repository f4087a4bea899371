import { describe, expect, it } from "vitest";
import { ask, result, said } from "../commands/helpers.ts";

/**
 * Llama 3 405B trained on TP 8 × PP 16 (Llama Team 2024, "The Llama 3 Herd of Models", §3.3.2: 16K
 * H100, TP 8, CP 1/16, PP 16, DP 8–128; 126 layers do not split evenly over 16 stages). Architecture
 * from meta-llama/Llama-3.1-405B config.json: 126 layers, hidden 16,384, 128 heads, vocab 128,256;
 * 405,853,388,800 parameters (safetensors). H100 SXM5: 80 GB, 90% usable.
 */
const N = 405_853_388_800;
const L = 126;
const h = 16_384;
const V = 128_256;
const s = 8_192; // the preset's context
const t = 8;
const p = 16;
const usable = 0.9 * 80e9;
const fullest = Math.ceil(L / p); // 8 layers on the fullest stage (7.875 on average)
// The fullest stage's share of the model states: its ⌈L/p⌉ of the L layers over t, plus the V·h
// input embedding over t (Narayanan et al. 2021, §2.2).
const e = (V * h) / N;
const share = ((1 - e) * fullest) / (L * t) + e / t;
// Full recomputation (Korthikanti et al. 2022, Table 2): 2·s·b·h per layer, p micro-batches in flight
// for the stage's ⌈L/p⌉ layers, plus one layer's full activations while it is recomputed, with
// sequence parallelism and a fused attention kernel: a GPT layer's 34·s·b·h/t for the typed shape,
// and for Llama 3 405B's Llama-style layer (128 heads, 8 KV heads of 128, SwiGLU 53,248; §4.1's method,
// test/core/gatedActivations.test.ts) s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f)/t = s·520,192/8.
const activations = p * fullest * 2 * s * h + (34 * s * h) / t;
const llamaActivations =
  p * fullest * 2 * s * h + (s * (8 * h + 4 * 128 * 128 + 4 * 8 * 128 + 6 * 53_248)) / t;
// ZeRO-1 shards the 12 optimizer bytes over d; the smallest d that fits.
const zero1 = (d: number) => 2 * N * share + 2 * N * share + (12 * N * share) / d + activations;

describe("training on uneven pipeline stages (Llama 3 405B: TP 8 × PP 16 over 126 layers)", () => {
  it("the independent figures: 8 layers on the fullest stage, ZeRO-1 with d = 2 fits 72 GB", () => {
    expect(fullest).toBe(8);
    expect(L / p).toBe(7.875);
    // Selective recomputation alone (34·s·b·h/t a layer, 128 layers' worth) does not fit.
    expect((p * fullest * 34 * s * h) / t).toBeGreaterThan(usable);
    expect(zero1(1)).toBeGreaterThan(usable);
    expect(zero1(2)).toBeLessThanOrEqual(usable);
  });

  it.each([
    "cards llama-3-405b gpu=H100 mode=train tp=8 pp=16",
    "cards 405B gpu=H100 mode=train tp=8 pp=16 layers=126 hidden=16384 heads=128 vocab=128256 context=8k",
  ])("%s is answered with the fullest stage's memory", (line) => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const r = result(line);
    expect(r.layout.tp).toBe(8);
    expect(r.layout.pp).toBe(16);
    expect(r.layout.recompute).toBe("full");
    expect(r.layout.zero).toBe(1);
    expect(r.layout.dp).toBe(2);
    expect(r.layout.gpus).toBe(256);
    const n = line.includes("llama-3-405b") ? N : 405e9;
    const eN = (V * h) / n;
    const shareN = ((1 - eN) * fullest) / (L * t) + eN / t;
    expect(r.layout.perGpu.weights).toBeCloseTo(2 * n * shareN, -3);
    expect(r.layout.perGpu.gradients).toBeCloseTo(2 * n * shareN, -3);
    expect(r.layout.perGpu.optimizer).toBeCloseTo((12 * n * shareN) / 2, -3);
    expect(r.layout.perGpu.activations).toBeCloseTo(
      line.includes("llama-3-405b") ? llamaActivations : activations,
      -3,
    );
    expect(r.layout.bytesPerGpu).toBeLessThanOrEqual(usable);
    const text = said(line);
    // The formulas show the stage: ⌈L/p⌉ / (L·t) in the states' share, p·⌈L/p⌉ in the activations.
    expect(text).toContain("⌈L/p⌉ / (L·t)");
    expect(text).toContain("p·⌈L/p⌉ · 2·s·b·h");
    expect(text).toContain("16 × 8 × (s 8,192");
    // The note says the stages are uneven: ⌈126/16⌉ = 8 on the fullest, 7.875 on average.
    expect(text).toContain("⌈126/16⌉ = 8");
    expect(text).toContain("7.875");
    expect(reply.notes.map((note) => note.key)).toContain("note.unevenStages");
    expect(reply.notes.map((note) => note.key)).not.toContain("note.pipelineInFlight");
  });

  it("the note is in zh-TW too", () => {
    const text = said("cards llama-3-405b gpu=H100 mode=train tp=8 pp=16", "zh-TW");
    expect(text).toContain("⌈126/16⌉ = 8");
    expect(text).toContain("7.875");
  });

  it("more stages than layers is refused; the automatic search keeps p dividing the layers", () => {
    expect(ask("cards 70B gpu=A100 mode=train layers=80 hidden=8192 heads=64 pp=81").error?.key).toBe(
      "cards.badPp",
    );
    const auto = result("cards llama-3-405b gpu=H100 mode=train");
    expect(L % auto.layout.pp).toBe(0);
    expect([1, 2, 4, 8]).toContain(auto.layout.tp);
  });

  it("a divisible layout keeps the even split (PP 14: 9 layers a stage, no uneven note)", () => {
    const reply = ask("cards llama-3-405b gpu=H100 mode=train tp=8 pp=14");
    expect(reply.notes.map((note) => note.key)).not.toContain("note.unevenStages");
    expect(said("cards llama-3-405b gpu=H100 mode=train tp=8 pp=14")).toContain(
      "L · 2·s·b·h + one Llama-style layer recomputed = 126 × (s 8,192",
    );
  });
});

/**
 * Max concurrency on the GPUs given (Meta-Llama-3-70B config.json: 80 layers, 64 heads, 8 KV heads
 * of 128; 70,553,706,496 parameters). KV per token at bf16: 2 · 80 · 8 · 128 · 2 B = 327,680 B.
 * One replica on t GPUs holds ⌊(U / 1.1 − 2N/t) / (KV_seq/t)⌋ sequences (90% of 80 GB usable, 10%
 * runtime overhead); 8 GPUs hold ⌊8/t⌋ such replicas.
 */
describe("max concurrency on the GPUs given (Llama 3 70B on 8 H100 at 8k)", () => {
  const N70 = 70_553_706_496;
  const kvSeq = 2 * 80 * 8 * 128 * 2 * 8_192;
  const perReplica = (tp: number) => Math.floor((usable / 1.1 - (2 * N70) / tp) / (kvSeq / tp));
  type Served = { maxBatch: number; maxBatchOnGpus: { gpus: number; replicas: number; total: number } };

  it("the independent figures: TP 4 holds 44 a replica (2 replicas: 88), TP 8 holds 142", () => {
    expect(2 * 80 * 8 * 128 * 2).toBe(327_680);
    expect(perReplica(4)).toBe(44);
    expect(perReplica(8)).toBe(142);
  });

  it.each([
    ["max concurrency for llama 3 70b on 8 H100 at 8k", "en"],
    ["what's the max batch size for llama 3 70b on 8 H100", "en"],
    ["llama 3 70b 在 8 張 H100 上 8k context 最大 batch 是多少", "zh-TW"],
  ] as const)("%s: replicas × per-replica on the 8 GPUs, and the layout that holds most", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    const r = reply.result as Served;
    expect(r.maxBatch).toBe(perReplica(4));
    expect(r.maxBatchOnGpus.gpus).toBe(8);
    expect(r.maxBatchOnGpus.replicas).toBe(2);
    expect(r.maxBatchOnGpus.total).toBe(2 * perReplica(4));
    const text = said(line, lang);
    // The rows: 44 per replica stays, 2 × 44 = 88 on the 8 GPUs, 1 × 142 as one TP 8 replica.
    expect(text).toContain("⌊8 / 4⌋ = 2 × 44 = 88");
    expect(text).toContain("⌊8 / 8⌋ = 1 × ⌊(72 GB / 1.1 − 17.6 GB) / 0.336 GB⌋ = 1 × 142 = 142");
    if (lang === "en") {
      expect(text).toContain("Max batch per replica at this context");
      expect(text).toContain("Max batch on the 8 GPUs given");
      expect(text).toContain("Max batch on the 8 GPUs as TP 8 × PP 1");
    } else {
      expect(text).toContain("給定的 8 張 GPU 上最大的 batch");
    }
  });

  it("without GPUs given, only the per-replica row", () => {
    const reply = ask("serve llama-3-70b gpu=H100 context=8k");
    expect((reply.result as Partial<Served>).maxBatchOnGpus).toBeUndefined();
    expect(said("serve llama-3-70b gpu=H100 context=8k")).not.toContain("GPUs given");
  });
});
