import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Llama 3 8B (Hugging Face meta-llama/Meta-Llama-3-8B config.json): 32 layers, 32 heads × 128,
// context 8,192, 8,030,261,248 parameters; the Llama 3 model card: 1.3M H100-80GB GPU-hours.
const N = 8_030_261_248;
const D = 15e12;
// PaLM 2022 App. B: D · (6N + 12·L·H·Q·T).
const C_ATTN = D * (6 * N + 12 * 32 * 32 * 128 * 8192);
// NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s bf16 dense.
const H100 = 989.4e12;
const DAY = 86_400;

const noteKeys = (line: string) => ask(line).notes.map((note) => note.key);

describe("a preset's published GPU time against the user's own plan", () => {
  it("mfu= typed: time and GPU-hours are at that MFU on the typed GPUs, not the published 1.3M GPU-hours", () => {
    const line = "llama-3-8b 15T gpu=H100 gpus=1024 mfu=40%";
    const seconds = C_ATTN / (1024 * H100 * 0.4);
    const r = result(line);
    expect(r.seconds).toBeCloseTo(seconds, -2);
    // ≈ 26.2 days, where the published 1.3M GPU-hours on 1,024 GPUs would be 52.9 days.
    expect(r.seconds / DAY).toBeCloseTo(26.2, 1);
    expect(r.gpuHours).toBeCloseTo(C_ATTN / (H100 * 0.4) / 3600, -1);
    expect(r.mfu).toBe(0.4);
    expect(r.impliedMfu).toBeUndefined();
    // The note says the published GPU-hours were left out, and why.
    expect(said(line)).toContain(
      "Llama 3 8B: the published gpu-hours=1.3M are left out, since you typed mfu=40%.",
    );
    expect(said(line, "zh-TW")).toContain("Llama 3 8B：你輸入了 mfu=40%，所以不採用公開的 gpu-hours=1.3M。");
    expect(ask(line).readAs?.items.map((item) => item.option)).not.toContain("gpu-hours");
  });

  it("the natural question reads the same: 'train llama 3 8b on 15T tokens with 1024 H100s at 40% mfu'", () => {
    const r = result("train llama 3 8b on 15T tokens with 1024 H100s at 40% mfu");
    expect(r.seconds).toBeCloseTo(C_ATTN / (1024 * H100 * 0.4), -2);
    expect(r.gpus).toBe(1024);
  });

  it("with a price, the cost is at the typed MFU: GPU-hours × price", () => {
    const r = result("llama-3-8b 15T gpu=H100 gpus=1024 mfu=40% price=$2/h");
    expect(r.costUsd).toBeCloseTo((C_ATTN / (H100 * 0.4) / 3600) * 2, -2);
  });

  it("no mfu= typed: the published 1.3M GPU-hours stay, labelled as the published run's, with its implied MFU", () => {
    const line = "llama-3-8b 15T gpu=H100 gpus=1024";
    const reply = ask(line);
    const r = reply.result as Record<string, number>;
    expect(r.gpuHours).toBe(1.3e6);
    expect(r.seconds).toBeCloseTo((1.3e6 * 3600) / 1024, 0);
    const labels = reply.rows.map((row) => row.label.key);
    expect(labels).toContain("row.gpuHoursPublished");
    expect(labels).toContain("row.wallTimePublished");
    expect(labels).not.toContain("row.wallTime");
    expect(noteKeys(line)).toContain("note.publishedGpuTime");
    expect(said(line)).toContain("Time to train at the published GPU-hours");
    expect(said(line, "zh-TW")).toContain("以公開 GPU 小時計的訓練時間");
  });

  it("GPU-hours the user types are not labelled as published", () => {
    const reply = ask("llama-3-8b 15T gpu=H100 gpus=1024 gpu-hours=1M");
    const labels = reply.rows.map((row) => row.label.key);
    expect(labels).toContain("row.gpuHours");
    expect(labels).toContain("row.wallTime");
    expect(reply.notes.map((note) => note.key)).not.toContain("note.publishedGpuTime");
  });

  it("gpus= typed drops the published days (LLaMA §2.4: 2,048 A100 for 21 days; Table 15: 1,022,362 GPU-hours)", () => {
    const line = "llama-65b gpus=1024";
    const r = result(line);
    expect(r.gpuHours).toBe(1_022_362);
    expect(r.seconds).toBeCloseTo((1_022_362 * 3600) / 1024, 0);
    expect(ask(line).readAs?.items.map((item) => item.option)).not.toContain("days");
    expect(said(line)).toContain("LLaMA-65B: the published days=21 are left out, since you typed gpus=1024.");
  });

  it("days= typed with a preset: the user's time (its GPUs × days), never the published GPU-hours", () => {
    // Llama 3 8B publishes no GPU count: 30 days is a deadline, GPUs needed at the assumed 40% MFU.
    const deadline = result("llama-3-8b gpu=H100 days=30");
    expect(deadline.gpus).toBe(Math.ceil(C_ATTN / (30 * DAY * H100 * 0.4)));
    // LLaMA-65B's 2,048 A100 (§2.4) for the typed 30 days: 2,048 × 30 × 24 GPU-hours, not labelled published.
    const line = "llama-65b days=30";
    const r = result(line);
    expect(r.gpuHours).toBe(2048 * 30 * 24);
    expect(ask(line).rows.map((row) => row.label.key)).not.toContain("row.gpuHoursPublished");
    expect(said(line)).toContain("the published gpu-hours=1.02M are left out, since you typed days=30");
  });

  it("the published run's MFU is kept where no MFU is typed: mfu llama-3-8b and the preset alone", () => {
    // C_attn / (1.3M × 3600 × 989.4T) = 19.8% (PaLM's definition, as Llama 3 reports MFU).
    const mfu = result("mfu llama-3-8b");
    expect(mfu.mfu).toBeCloseTo(C_ATTN / (1.3e6 * 3600 * H100), 3);
    const plain = result("llama-3-8b");
    expect(plain.gpuHours).toBe(1.3e6);
    expect(plain.impliedMfu.sixN).toBeCloseTo((6 * N * 15e12) / (1.3e6 * 3600 * H100), 3);
  });

  it("a preset's values the answer never read are not shown as read", () => {
    const names = (line: string) => ask(line).readAs?.items.map((item) => item.option) ?? [];
    // With a rate and a prompt the sequence is prompt + generate (1,024 + 256): the preset's 8,192 context is not used.
    const serving = "serve llama-3-8b gpu=A100 rate=10 prompt=1k generate=256";
    expect(names(serving)).not.toContain("context");
    expect(result(serving).throughput.context).toBe(1024 + 256);
    // Serving memory needs no vocabulary or MLP width (Llama 3 70B config.json: 128,256 and 28,672).
    expect(names("cards llama-3-70b gpu=H100")).not.toContain("vocab");
    expect(names("cards llama-3-70b gpu=H100")).not.toContain("ffn");
    // Training with the full shape reads them.
    expect(names("cards llama-3-70b gpu=H100 mode=train")).toContain("vocab");
  });

  it("a published run's GPU-hours on another GPU are not the typed GPU's time (Llama 2 70B: 1.72M A100 hours)", () => {
    // Llama 2 Table 2: 1,720,320 A100-80GB GPU-hours. On H100 the plan is at the assumed 40% MFU:
    // C_attn = 2T × (6 × 68.98B + 12 × 80 × 64 × 128 × 4096) over 512 × 989.4 TFLOP/s × 0.4.
    const line = "llama-2-70b gpu=H100 gpus=512";
    const r = result(line);
    expect(r.gpuHours).not.toBe(1_720_320);
    expect(r.impliedMfu).toBeUndefined();
    expect(r.flopsWithAttention).toBeDefined();
    expect(r.seconds).toBeCloseTo(r.flopsWithAttention / (512 * H100 * 0.4), -1);
    expect(ask(line).readAs?.items.map((item) => item.option)).not.toContain("gpu-hours");
    expect(said(line)).toContain(
      "Llama 2 70B's published GPU time was on NVIDIA A100 SXM4 80GB, not NVIDIA H100",
    );
    // On the run's own GPU the published hours stay (43% by 6N over them, Llama 2's A100 at 312 TFLOP/s).
    expect(result("llama-2-70b gpu=A100").gpuHours).toBe(1_720_320);
  });

  it("mfu of a published run against another GPU's peak says it is not that run's MFU", () => {
    const line = "mfu llama-2-70b gpu=H100";
    expect(ask(line).warnings.map((w) => w.key)).toContain("mfu.publishedOtherGpu");
    // Its own MFU on A100 (312 TFLOP/s bf16 dense; N = 68,976,653,312, the HF safetensors count): 6ND / (1,720,320 × 3600 × 312T) ≈ 42.8%, no warning.
    const own = ask("mfu llama-2-70b");
    expect(own.warnings).toEqual([]);
    expect((own.result as { mfu6N: number }).mfu6N).toBeCloseTo(
      (6 * 68_976_653_312 * 2e12) / (1_720_320 * 3600 * 312e12),
      2,
    );
  });
});
