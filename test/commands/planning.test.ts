import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { ask, rendered, result, said } from "./helpers.ts";

/** H100 SXM5 bf16 dense peak (NVIDIA datasheet: 1,979 TFLOP/s with sparsity, half dense). */
const H100 = 989.4e12;

describe("planning from a compute budget", () => {
  it("compute flops=1e25 gpu=H100: the Chinchilla split, GPU-hours over 30–50% MFU, time on 4,096 GPUs, cost", () => {
    const r = result("compute flops=1e25 gpu=H100 gpus=4096 price=$2.5/h");
    // N* = √(C/120), D* = 20·N* (Hoffmann et al. 2022 with C = 6ND).
    expect(r.params).toBeCloseTo(Math.sqrt(1e25 / 120), -3);
    expect(r.tokens / r.params).toBeCloseTo(20, 9);
    expect(r.flops).toBeCloseTo(1e25, -12);
    // GPU-hours = C / (peak · MFU) / 3600: 7.02M at the 40% point, 5.62M at 50%, 9.36M at 30%.
    expect(r.gpuHours).toBeCloseTo(1e25 / (H100 * 0.4) / 3600, 0);
    expect(r.gpuHoursRange.low).toBeCloseTo(1e25 / (H100 * 0.5) / 3600, 0);
    expect(r.gpuHoursRange.high).toBeCloseTo(1e25 / (H100 * 0.3) / 3600, 0);
    expect(r.mfuRange).toEqual({ low: 0.3, point: 0.4, high: 0.5 });
    expect(r.seconds).toBeCloseTo((r.gpuHours * 3600) / 4096, 3);
    expect(r.secondsRange.low).toBeLessThan(r.seconds);
    expect(r.costUsd).toBeCloseTo(r.gpuHours * 2.5, 3);
    expect(r.costUsdRange.high).toBeCloseTo(r.gpuHoursRange.high * 2.5, 3);
    const text = said("compute flops=1e25 gpu=H100 gpus=4096");
    expect(text).toContain("point: MFU 40%");
    expect(text).toContain("MFU 50% → 57.1 d, 30% → 95.2 d");
    expect(text).toContain("PaLM Table 3");
  });

  it("mfu= pins the range to one value", () => {
    const r = result("175B 300B gpu=A100 gpus=1024 mfu=45%");
    expect(r.mfuRange).toEqual({ low: 0.45, point: 0.45, high: 0.45 });
    expect(r.gpuHoursRange.low).toBe(r.gpuHoursRange.high);
    expect(said("175B 300B gpu=A100 gpus=1024 mfu=45%")).not.toContain("point: MFU");
  });

  it("a size with a budget gets the tokens the budget buys: D = C / 6N", () => {
    expect(result("70B flops=5.88e23").tokens).toBeCloseTo(1.4e12, -3);
  });
});

describe("planning from a hardware budget", () => {
  it("1,000 H100s for 90 days: 2.16M GPU-hours, the FLOP they deliver at 30–50% and the optimal model for it", () => {
    const r = result("compute gpu=H100 gpus=1000 days=90");
    expect(r.gpuHours).toBe(2.16e6);
    const seconds = 2.16e6 * 3600;
    expect(r.flops).toBeCloseTo(seconds * H100 * 0.4, -12);
    expect(r.flopsRange.low).toBeCloseTo(seconds * H100 * 0.3, -12);
    expect(r.flopsRange.high).toBeCloseTo(seconds * H100 * 0.5, -12);
    expect(r.optimalParams).toBeCloseTo(Math.sqrt(r.flops / 120), -3);
    expect(r.optimalTokens).toBeCloseTo(20 * r.optimalParams, -3);
    // 2.16M GPU-h × 700 W (H100 SXM datasheet) × PUE 1.1 × 0.385 kg/kWh = 640,332 kg.
    expect(r.co2Kg).toBeCloseTo(2.16e6 * 0.7 * 1.1 * 0.385, 0);
  });

  it("GPU-hours alone work the same way", () => {
    expect(result("compute gpu=H100 gpu-hours=2.16M").flops).toBe(
      result("compute gpu=H100 gpus=1000 days=90").flops,
    );
  });
});

describe("planning from a deadline", () => {
  it("70B on 2T tokens in 30 days: the tokens/s the cluster and each GPU must sustain, GPUs over the MFU range", () => {
    const r = result("70B 2T gpu=H100 days=30");
    const t = 30 * 86_400;
    expect(r.requiredTokensPerSecond).toBeCloseTo(2e12 / t, 6);
    // GPUs = ⌈6ND / (t · peak · MFU)⌉: 819 at 40%, 656 at 50%, 1,092 at 30%.
    const need = (mfu: number) => Math.ceil(8.4e23 / (t * H100 * mfu));
    expect(r.gpus).toBe(need(0.4));
    expect(r.gpusRange).toEqual({ low: need(0.5), point: need(0.4), high: need(0.3) });
    expect(r.requiredTokensPerSecondPerGpu).toBeCloseTo(2e12 / t / need(0.4), 6);
  });

  it("days= with gpus= gives the implied MFU instead of dropping days", () => {
    const r = result("70B 2T gpu=H100 gpus=1024 days=30");
    const gpuSeconds = 1024 * 30 * 86_400;
    expect(r.gpuHours).toBeCloseTo(gpuSeconds / 3600, 6);
    expect(r.impliedMfu.sixN).toBeCloseTo(8.4e23 / (gpuSeconds * H100), 12);
    expect(r.seconds).toBeCloseTo(30 * 86_400, 3);
    expect(said("70B 2T gpu=H100 gpus=1024 days=30")).toContain("Implied MFU, 6N per token");
  });
});

describe("planning from a measured throughput", () => {
  it("tokens/s per GPU has its own option: the same MFU as the cluster total", () => {
    const total = result("mfu 70B gpu=H100 gpus=1024 tokens-per-second=716.8K");
    const perGpu = result("mfu 70B gpu=H100 gpus=1024 tokens-per-gpu=700");
    expect(perGpu.mfu).toBeCloseTo(total.mfu, 12);
    // 700 tokens/s × 6 × 70B = 2.94e14 FLOP/s per GPU over 989.4T: 29.7%.
    expect(perGpu.mfu).toBeCloseTo((700 * 6 * 70e9) / H100, 12);
    expect(perGpu.tokensPerSecondPerGpu).toBe(700);
  });

  it("a total that looks like a per-GPU figure gets a hint", () => {
    const reply = rendered("mfu 70B gpu=H100 gpus=1024 throughput=700");
    expect(reply.warnings.join(" ")).toContain("tokens-per-gpu=700");
    expect(reply.warnings.join(" ")).toContain("29.7%");
    expect(rendered("mfu 70B gpu=H100 gpus=1024 throughput=716.8K").warnings).toEqual([]);
  });

  it("achieved TFLOP/s per GPU: MFU = achieved / peak (400 / 989.4 = 40.4%)", () => {
    expect(result("mfu 70B gpu=H100 tflops=400").mfu).toBeCloseTo(400e12 / H100, 12);
  });

  it("step time with global batch tokens: tokens/s = batch / step, then MFU as from a throughput", () => {
    // 16M tokens per 10 s step = 1.6M tokens/s over 2,048 GPUs.
    const step = result("mfu 70B gpu=H100 gpus=2048 step-time=10 batch-tokens=16M");
    expect(step.tokensPerSecond).toBe(1.6e6);
    expect(step.mfu).toBeCloseTo(result("mfu 70B gpu=H100 gpus=2048 throughput=1.6M").mfu, 12);
    expect(ask("mfu 70B gpu=H100 step-time=10").error?.key).toBe("mfu.needStep");
  });

  it("recompute: HFU beside MFU, (8N + 16·L·H·Q·T) / (6N + 12·L·H·Q·T) = 4/3 (PaLM App. B, full recomputation)", () => {
    const r = result("mfu palm recompute");
    expect(r.hfu / r.mfu).toBeCloseTo(4 / 3, 12);
    const text = said("mfu palm recompute");
    expect(text).toContain("HFU");
    expect(text).toContain("MFU, 6N + attention (PaLM App. B)");
  });
});

describe("one definition of MFU everywhere", () => {
  it("mfu llama-3-70b, compare and compute agree: 27.9% by 6N, 32.1% with attention, 6.4M GPU-hours back", () => {
    const m = result("mfu llama-3-70b");
    expect(m.mfu6N).toBeCloseTo(0.2786, 4);
    expect(m.mfuWithAttention).toBeCloseTo(0.3209, 4);
    const c = result("compare llama-3-70b llama-3-8b").models[0];
    expect(c.mfu6N).toBeCloseTo(m.mfu6N, 12);
    expect(c.mfuWithAttention).toBeCloseTo(m.mfuWithAttention, 12);
    expect(c.mfu).toBeCloseTo(m.mfu, 12);
    // A typed mfu= plans the run at that MFU (the published GPU-hours are left out): the same 6.4M back.
    const back = result(`compute llama-3-70b mfu=${(m.mfu * 100).toFixed(2)}%`);
    expect(back.gpuHours / 6.4e6).toBeCloseTo(1, 3);
    expect(back.impliedMfu).toBeUndefined();
    // 6N's MFU with 6N FLOP gives the same GPU-hours (70B instead of 70.55B: −0.8%).
    const sixN = result(`70B 15T gpu=H100 mfu=${(m.mfu6N * 100).toFixed(2)}%`);
    expect(sixN.gpuHours / 6.4e6).toBeCloseTo(70e9 / 70.553706496e9, 3);
  });

  it("every preset with GPU time: its MFU fed back through compute gives its GPU-hours (tolerance 0.1%)", () => {
    let checked = 0;
    for (const model of MODELS) {
      const m = ask(`mfu ${model.id}`);
      const p = model.published;
      if (!m.ok || !(p.gpuHours || (p.gpus && p.days)) || p.tokensPerSecond) continue;
      const published = p.gpuHours?.value ?? (p.gpus?.value ?? 0) * (p.days?.value ?? 0) * 24;
      const mfu = (m.result as { mfu: number }).mfu;
      const back = result(`compute ${model.id} mfu=${(mfu * 100).toFixed(3)}%`);
      expect(Math.abs(back.gpuHours / published - 1), model.id).toBeLessThan(1e-3);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("each preset's PUBLISHED MFU through compute gives its published GPU-hours within the stated tolerance", () => {
    // GPT-3: 21.3% (PaLM Table 3) on 10,000 V100 × 14.8 days (Patterson et al. 2021) = 3.552M; ours −4.9%.
    // Llama 3 405B: 38%, the low end of Table 4's 38–43%, against 30.84M GPU-hours: −1.4%.
    // Tolerance 6%: the published MFU is rounded and the GPU time is a whole-run figure.
    for (const [id, published] of [
      ["gpt-3-175b", 10_000 * 14.8 * 24],
      ["llama-3-405b", 30.84e6],
    ] as const) {
      const r = result(`compute ${id}`);
      expect(r.mfu, id).toBe(MODELS.find((m) => m.id === id)?.published.mfu?.value);
      expect(Math.abs(r.gpuHoursAtMfu / published - 1), id).toBeLessThan(0.06);
    }
    // PaLM's 8.4M chip-hours include downtime and a second phase (model.note.palmDowntime): its
    // measured 46.2% needs only two thirds of them.
    const palm = result("compute palm");
    expect(palm.gpuHoursAtMfu / 8_404_992).toBeGreaterThan(0.6);
    expect(palm.gpuHoursAtMfu / 8_404_992).toBeLessThan(0.7);
  });
});

describe("ranges, fp8 and the compute-optimal split", () => {
  it("at fp8 the reply shows both peaks and the published 1.37× speed-up (Fujii et al. 2024: 415 → 570 TFLOP/s)", () => {
    const text = said("70B 1.4T gpu=H100 precision=fp8");
    expect(text).toContain("1.37×");
    expect(text).toContain("415");
    expect(text).toContain("570");
    expect(text).toContain("1.98P");
    expect(text).toContain("989T");
    expect(text).toContain("arxiv.org/abs/2411.08719");
  });

  it("an over-trained run shows the compute-optimal split of the same budget (Llama 3 70B: 6.3e24 → 229B on 4.58T)", () => {
    const r = result("70B 15T");
    expect(r.optimalParams).toBeCloseTo(Math.sqrt(6.3e24 / 120), -3);
    expect(r.optimalTokens).toBeCloseTo(20 * r.optimalParams, -3);
    expect(said("70B 15T")).toContain("Same budget, compute-optimal: parameters");
    expect(result("70B 1.4T").optimalParams).toBeUndefined();
  });
});

describe("compare across GPUs", () => {
  it("70B 2T on H100, A100, MI300X and TPU v5p, 512 each: sorted by time, priced per GPU, cards to hold the state", () => {
    const r = result("70B 2T gpu=h100,a100,mi300x,tpu-v5p gpus=512 price=$2.5/h,$1.5/h,$2/h,$4.2/h");
    const names = r.byGpu.map((g: { gpu: string }) => g.gpu);
    // Dense bf16 peaks: MI300X 1,307.4, H100 989.4, TPU v5p 459, A100 312 TFLOP/s: fastest first.
    expect(names).toEqual([
      "AMD Instinct MI300X 192GB",
      "NVIDIA H100 SXM5 80GB",
      "Google Cloud TPU v5p",
      "NVIDIA A100 SXM4 80GB",
    ]);
    const [mi300x, h100, , a100] = r.byGpu;
    expect(r.gpus).toBe(512);
    expect(h100.seconds).toBeCloseTo(8.4e23 / (512 * H100 * 0.4), 3);
    expect(a100.seconds / h100.seconds).toBeCloseTo(989.4 / 312, 9);
    expect(h100.costUsd).toBeCloseTo(h100.gpuHours * 2.5, 3);
    expect(a100.costUsd).toBeCloseTo(a100.gpuHours * 1.5, 3);
    expect(mi300x.costUsd).toBeCloseTo(mi300x.gpuHours * 2, 3);
    // 16 bytes × 70B = 1,120 GB of Adam state: ⌈1,120 / (0.9 × 80)⌉ = 16, ⌈1,120 / (0.9 × 192)⌉ = 7.
    expect(h100.cards).toBe(16);
    expect(mi300x.cards).toBe(7);
  });

  it("one price for all, or one per GPU; a mismatch is refused with an example", () => {
    const r = result("70B 2T gpu=h100,a100 price=$2/h");
    expect(r.byGpu.every((g: { pricePerGpuHour: number }) => g.pricePerGpuHour === 2)).toBe(true);
    const bad = ask("70B 2T gpu=h100,a100,mi300x price=$2/h,$1/h");
    expect(bad.error?.key).toBe("compute.priceCount");
    expect(bad.ephemeral).toBe(true);
  });
});

describe("energy and emissions", () => {
  it("reproduces Llama 2 Table 2: GPU-hours × 400 W × PUE 1.1 × 0.385 kg/kWh = 31.22, 62.44, 291.42 t CO2eq", () => {
    for (const [id, tons] of [
      ["llama-2-7b", 31.22],
      ["llama-2-13b", 62.44],
      ["llama-2-70b", 291.42],
    ] as const) {
      const r = result(`compute ${id}`);
      expect(r.boardWatts).toBe(400);
      expect(r.co2Kg / 1000, id).toBeCloseTo(tons, 1);
    }
  });

  it("and the Llama 3 model card within its rounding: 1.3M / 6.4M H100-hours at 700 W → 390 / 1,900 t", () => {
    expect(Math.abs(result("compute llama-3-8b").co2Kg / 390e3 - 1)).toBeLessThan(0.02);
    expect(Math.abs(result("compute llama-3-70b").co2Kg / 1900e3 - 1)).toBeLessThan(0.01);
  });

  it("GPT-3 keeps Patterson et al. 2021's own figures, not called LLaMA §6's defaults: 3.55M × 330 W × 1.1 = 1,287 MWh, × 0.429 = 552 t", () => {
    // Patterson et al. 2021, Table 4: 10,000 V100 × 14.8 days, 330 W, PUE 1.1, 0.429 kg CO2eq/kWh → 1,287 MWh, 552 tCO2e.
    const r = result("gpt-3");
    const gpuHours = 10_000 * 14.8 * 24;
    expect(r.energyJoules / 3.6e9).toBeCloseTo((gpuHours * 330 * 1.1) / 1e6, 3);
    expect(Math.abs(r.energyJoules / 3.6e9 / 1287 - 1)).toBeLessThan(0.002);
    // 1,289 MWh × 0.429 = 553 t: Patterson rounds its days (14.8), so 552 is within 0.3%.
    expect(Math.abs(r.co2Kg / 1000 / 552 - 1)).toBeLessThan(0.003);
    const note = said("gpt-3");
    expect(note).toContain("0.429 kg CO2eq/kWh, by the method of LLaMA §6");
    expect(note).not.toContain("method and defaults of LLaMA");
    // LLaMA §6's defaults are PUE 1.1 and 0.385 (US national average), used when none is given.
    expect(said("7B 2T gpu=A100 gpus=64")).toContain(
      "400 W per GPU (NVIDIA A100 SXM4 80GB), PUE 1.1 and 0.385",
    );
  });

  it("a run's published board power names the run, not power= (nobody typed it); a typed one is power=", () => {
    expect(said("gpt-3")).toContain("330 W per GPU (GPT-3 175B)");
    expect(said("gpt-3")).not.toContain("(power=)");
    expect(said("gpt-3 power=300")).toContain("300 W per GPU (power=)");
  });

  it("each assumption can be set; JSON is in joules and kilograms", () => {
    const r = result("compute gpu=H100 gpu-hours=1M power=600 pue=1.3 grid=0.1");
    const base = result("70B 1.4T gpu=H100 gpu-hours=1M power=600 pue=1.3 grid=0.1");
    expect(r.optimalParams).toBeGreaterThan(0);
    // 1M GPU-h × 600 W × 1.3 = 780 MWh = 2.808e12 J; × 0.1 kg/kWh = 78,000 kg.
    expect(base.energyJoules).toBeCloseTo(780e3 * 3.6e6, -3);
    expect(base.co2Kg).toBeCloseTo(78_000, 6);
    expect(said("175B 300B gpu=tpu-v4")).toContain("power=");
  });
});

describe("inputs that cannot be planned", () => {
  it("compute with nothing to compute says what to give", () => {
    const reply = ask("compute gpu=H100");
    expect(reply.error?.key).toBe("compute.needInput");
    expect(reply.ephemeral).toBe(true);
  });

  it("zh-TW carries the new rows", () => {
    const text = said("70B 2T gpu=H100 days=30", "zh-TW");
    expect(text).toContain("整個叢集的 tokens/s");
    expect(text).toContain("碳排放");
  });
});

describe("a deadline said as a bound (`within 3 months`, `in under 90 days`) is that deadline", () => {
  it.each([
    ["13b 2T h100 within 3 months", "13b 2T h100 in 3 months"],
    ["13b 2T h100 in under 3 months", "13b 2T h100 in 3 months"],
    ["13b 2T h100 in less than 3 months", "13b 2T h100 in 3 months"],
    ["13b 2T on h100 in at most 90 days", "13b 2T on h100 in 90 days"],
    ["13b 2T h100 in no more than 6 weeks", "13b 2T h100 in 6 weeks"],
    ["13b 2T on 256 h100 within a month", "13b 2T on 256 h100 in a month"],
  ])("%s reads as %s", (bound, plain) => {
    const reply = ask(bound);
    expect(reply.ok).toBe(true);
    expect(reply.result).toEqual(ask(plain).result);
  });

  it("within 90 days on H100: ⌈6 · 13B · 2T / (90 d × 86,400 s × 989.4 TFLOP/s × 40%)⌉ = 51 GPUs (NVIDIA H100 datasheet)", () => {
    const r = ask("13b 2T h100 within 90 days").result as { gpus: number; gpusWholeNodes: number };
    const exact = (6 * 13e9 * 2e12) / (90 * 86_400 * 989.4e12 * 0.4);
    expect(r.gpus).toBe(Math.ceil(exact));
    expect(r.gpus).toBe(51);
    // Whole nodes of 8: 7 nodes, 56 GPUs.
    expect(r.gpusWholeNodes).toBe(56);
  });

  it("a bound on anything but a duration is not read as one: `at most 512 H100` is refused, not dropped", () => {
    expect(ask("70B at most 512 H100 2T").ok).toBe(false);
  });

  it.each([
    ["70B 2T 用 H100 最多 30 天", "70B 2T 用 H100 30 天"],
    ["70B 2T 用 H100 不超過三個月", "70B 2T 用 H100 3 個月"],
    ["70B 2T 用 H100 少於 6 週", "70B 2T 用 H100 6 週"],
    ["1024 張 A100 最多三個月，能訓練多大的模型", "1024 張 A100 3 個月，能訓練多大的模型"],
  ])("in Chinese, %s is the deadline of %s", (bound, plain) => {
    const reply = ask(bound, "zh-TW");
    expect(reply.ok, bound).toBe(true);
    expect(reply.result).toEqual(ask(plain, "zh-TW").result);
  });

  it("70B 2T 用 H100 最多 30 天: ⌈8.4e23 / (30 d × 86,400 s × 989.4e12 × 0.4)⌉ = 819 H100", () => {
    expect(result("70B 2T 用 H100 最多 30 天").gpus).toBe(Math.ceil(8.4e23 / (30 * 86_400 * 989.4e12 * 0.4)));
  });

  it("最多 on GPUs stays refused, with the line without it to try (not the generic example)", () => {
    for (const [line, without] of [
      ["最多 1024 張 A100 三個月", "1024 張 A100 三個月"],
      ["70B 2T 最多 512 張 H100", "70B 2T 512 張 H100"],
    ] as const) {
      expect(ask(line, "zh-TW").ok, line).toBe(false);
      expect(rendered(line, "zh-TW").hint ?? "", line).toMatch(new RegExp(`/flops ${without}$`));
      expect(ask(without, "zh-TW").ok, without).toBe(true);
    }
  });

  it("its Try line drops `most`, never spells it `cost` (`at cost 512 H100` read $512 a GPU-hour)", () => {
    const hint = rendered("70B at most 512 H100 2T").hint ?? "";
    expect(hint).toMatch(/\/flops 70B at 512 H100 2T$/);
    // The Try line answers on the 512 GPUs: 8.4e23 / (512 × 989.4e12 × 0.4) = 4.15M s, unpriced.
    const tried = result("70B at 512 H100 2T");
    expect(tried.gpus).toBe(512);
    expect(tried.seconds).toBeCloseTo(8.4e23 / (512 * 989.4e12 * 0.4), 0);
    expect(tried.costUsd).toBeUndefined();
  });
});

describe("what is at hand said as a sentence (`given …`, `assuming …`, `spend …`)", () => {
  it("given 64 H100 for 1 week, a 1B model: 64 × 7 d × 86,400 s × 989.4e12 × 0.4 / (6 × 1B) = 2.55T tokens", () => {
    const r = result("given 64 H100 for 1 week how many tokens can I train a 1B model on");
    expect(r.tokens).toBeCloseTo((64 * 7 * 86_400 * 989.4e12 * 0.4) / (6 * 1e9), -9);
  });

  it("assuming 45% mfu: the plan at 45%", () => {
    expect(result("assuming 45% mfu, 70B 2T on 512 H100").mfu).toBe(0.45);
  });

  it("can I spend $2M on H100 at $2.5/h: 800K GPU-hours, N* = √(C/120)", () => {
    const r = result("can I spend $2M on H100 at $2.5/h, biggest chinchilla model");
    expect(r.gpuHours).toBe(800_000);
    expect(r.optimalParams).toBeCloseTo(Math.sqrt((800_000 * 3600 * 989.4e12 * 0.4) / 120), -7);
  });
});
