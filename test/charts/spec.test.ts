import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { estimatesAcrossGpus } from "../../src/charts/acrossGpus.ts";
import { cardsBars } from "../../src/charts/cards.ts";
import { isoFlopData } from "../../src/charts/chinchilla.ts";
import { chartInput } from "../../src/charts/data.ts";
import { glyphsToCover } from "../../src/charts/glyphs.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { chinchillaLoss, computeOptimalSplit } from "../../src/core/chinchilla.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { t } from "../../src/i18n/translate.ts";
import { formatValue } from "../../src/reply/format.ts";
import { localize } from "../../src/reply/localize.ts";

const ask = (text: string, lang: "en" | "zh-TW" = "en") => respondToText(registry, text, { lang });

describe("chart data comes from the reply's typed result", () => {
  it("cards 70B gpu=H100: the model-total bar is the breakdown, the per-card bar its share", () => {
    const reply = ask("cards 70B gpu=H100");
    const input = chartInput(reply);
    if (input?.kind !== "cards") throw new Error("expected a cards chart");
    const bars = cardsBars(input.result, "en");
    const total = bars.filter((b) => b.bar === "Model total").reduce((s, b) => s + b.gb, 0);
    const perCard = bars.filter((b) => b.bar !== "Model total").reduce((s, b) => s + b.gb, 0);
    // 70B × 2 bytes (bf16) = 140 GB of weights, plus 10% overhead (vLLM) = 154 GB.
    expect(total).toBeCloseTo(154, 6);
    // ⌈154 / (0.9 × 80)⌉ = 3 is no tensor-parallel size an engine runs: TP 4, each GPU holds
    // 154 / 4 = 38.5 GB, under the 72 GB usable.
    expect(input.result.cards).toBe(4);
    expect(perCard).toBeCloseTo(154 / 4, 6);
    expect(perCard).toBeLessThan(input.result.usableBytesPerCard / 1e9);
  });

  it("GPT-3's 3.15e23 FLOP on 1,024 H100s at 40% MFU take 9.0 days; B200 (2,250 TFLOP/s bf16 dense) 4.0", () => {
    const estimates = estimatesAcrossGpus({ flops: 3.15e23, gpus: 1024, mfu: 0.4, precision: "bf16" });
    const days = (name: string) => (estimates.find((e) => e.gpu.startsWith(name))?.seconds ?? 0) / 86_400;
    // H100 SXM bf16 dense 989.4 TFLOP/s (NVIDIA H100 datasheet, 1,979 with sparsity):
    // 3.15e23 / (1024 × 989.4e12 × 0.4) = 7.77e5 s = 9.0 days.
    expect(days("H100")).toBeCloseTo(3.15e23 / (1024 * 989.4e12 * 0.4) / 86_400, 3);
    expect(days("H100")).toBeCloseTo(9.0, 1);
    expect(days("B200")).toBeCloseTo(4.0, 1);
    for (const e of estimates) expect(e.gpuHours).toBeCloseTo((1024 * e.seconds) / 3600, 6);
  });

  it("the GPU the user named comes first and is marked; the typed price costs that GPU only", () => {
    const reply = ask("175B 300B gpu=A100 gpus=1024 price=$2/h");
    const spec = chartSpec(reply, "en");
    if (spec?.kind !== "compute") throw new Error("expected the across-GPU chart");
    const values = (
      spec.vegaLite as {
        data: { values: { gpu: string; chosen: boolean; cost: number; gpuHours: number }[] };
      }
    ).data.values;
    expect(values[0]).toMatchObject({ gpu: "A100 SXM4 80GB", chosen: true });
    // $2/h is the A100's price: B200, H100 and the others rent at other prices, so they get none.
    expect(values[0]?.cost).toBeCloseTo((values[0]?.gpuHours ?? 0) * 2, 6);
    for (const v of values.slice(1)) expect(v.cost).toBe(0);
  });

  it("a list of GPUs (`gpu=h100,a100,mi300x`) charts those GPUs, each costed at the typed price, in either language", () => {
    for (const lang of ["en", "zh-TW"] as const) {
      const reply = ask("70B 2T gpu=h100,a100,mi300x gpus=512 price=$2/h mfu=50%", lang);
      const spec = chartSpec(reply, lang);
      if (spec?.kind !== "compute") throw new Error("expected the across-GPU chart");
      const vegaLite = spec.vegaLite as {
        title: { subtitle: string };
        data: { values: { gpu: string; chosen: boolean; days: number; cost: number; gpuHours: number }[] };
        vconcat: { encoding: { x: { title: string } } }[];
      };
      const values = vegaLite.data.values;
      expect(values.map((v) => v.gpu).sort()).toEqual([
        "A100 SXM4 80GB",
        "H100 SXM5 80GB",
        "Instinct MI300X 192GB",
      ]);
      // 6 × 70B × 2T = 8.4e23 FLOP over 512 GPUs at 50% of the bf16 dense peak: H100 SXM 989.4 TFLOP/s
      // (NVIDIA datasheet) 38.4 days, A100 312 TFLOP/s (NVIDIA A100 datasheet) 122 days, MI300X
      // 1,307.4 TFLOP/s (AMD datasheet) 29.0 days; each GPU-hour at $2.
      const days = (peak: number) => 8.4e23 / (512 * peak * 0.5) / 86_400;
      const row = (name: string) => values.find((v) => v.gpu.startsWith(name));
      expect(row("H100")?.days).toBeCloseTo(days(989.4e12), 6);
      expect(row("A100")?.days).toBeCloseTo(days(312e12), 6);
      expect(row("Instinct")?.days).toBeCloseTo(days(1307.4e12), 6);
      for (const v of values) {
        expect(v.chosen).toBe(false);
        expect(v.cost).toBeCloseTo(v.gpuHours * 2, 6);
      }
      expect(vegaLite.title.subtitle).toContain("50%");
      expect(vegaLite.vconcat[2]?.encoding.x.title).toContain("$2");
    }
  });

  it("a price per listed GPU (`price=$2/h,$1.5/h,$2.5/h`) draws each GPU's cost at its own price, as the answer does", () => {
    for (const lang of ["en", "zh-TW"] as const) {
      const reply = ask("70B 2T gpu=h100,a100,mi300x price=$2/h,$1.5/h,$2.5/h", lang);
      const spec = chartSpec(reply, lang);
      if (spec?.kind !== "compute") throw new Error("expected the across-GPU chart");
      const vegaLite = spec.vegaLite as {
        data: { values: { gpu: string; cost: number; costLabel: string; gpuHours: number }[] };
        vconcat: { encoding: { x: { field: string; title: string } } }[];
      };
      // The cost panel is there, titled for prices that differ by GPU, not for one price.
      expect(vegaLite.vconcat.map((p) => p.encoding.x.field)).toEqual(["days", "gpuHours", "cost"]);
      expect(vegaLite.vconcat[2]?.encoding.x.title).toBe(t(lang, "chart.compute.costEach"));
      const row = (name: string) => vegaLite.data.values.find((v) => v.gpu.startsWith(name));
      // The prices go to the GPUs in the order typed: H100 $2, A100 $1.5, MI300X $2.5.
      for (const [name, price] of [
        ["H100", 2],
        ["A100", 1.5],
        ["Instinct", 2.5],
      ] as const) {
        expect(row(name)?.cost).toBeCloseTo((row(name)?.gpuHours ?? 0) * price, 6);
        expect(row(name)?.costLabel).toContain(formatValue(lang, "usdPerHour", price));
      }
      // A100: 8.4e23 / (1,024 × 312 TFLOP/s × 0.4) = 1.87M GPU-hours × $1.5 = $2.8M, the answer's row.
      expect(row("A100")?.costLabel).toContain("$2.8M");
      expect(localize(reply, lang).rows.map((r) => r.value)).toContain("$2.8M");
    }
  });

  it("chinchilla 175B tokens=300B: GPT-3 sits above its own budget's optimum, on its iso-FLOP curve", () => {
    const input = chartInput(ask("chinchilla 175B tokens=300B"));
    if (input?.kind !== "chinchilla") throw new Error("expected a chinchilla chart");
    const data = isoFlopData(input.result);
    // Hoffmann et al. 2022: 175B wants 20 × 175B = 3.5T tokens; the run saw 300B.
    expect(data.optimum.tokens).toBe(3.5e12);
    expect(data.run?.flops).toBeCloseTo(6 * 175e9 * 300e9, -10);
    const runCurve = data.curves.filter((p) => p.curve === "3.15 × 10²³ FLOP");
    expect(runCurve.length).toBeGreaterThan(10);
    // Its budget's best size by the 20-tokens rule, N* = √(3.15e23 / 120) = 51.2B, predicts a lower loss.
    const best = computeOptimalSplit(6 * 175e9 * 300e9);
    expect(best.params / 1e9).toBeCloseTo(51.2, 1);
    expect(chinchillaLoss(best.params, best.tokens)).toBeLessThan(data.run?.loss ?? 0);
    expect(Math.min(...runCurve.map((p) => p.loss))).toBeLessThan(data.run?.loss ?? 0);
    // The dashed line joins (N*, L(N*, 20N*)) for every budget.
    for (const point of data.optimalLine) {
      expect(point.loss).toBeCloseTo(chinchillaLoss(point.params, 20 * point.params), 9);
    }
  });

  it.each([
    // 10M parameters on 1T tokens, 100,000 a parameter: N* of 6e19 FLOP is √(6e19 / 120) = 707M, 71× the run.
    ["chinchilla 10M tokens=1T", 10e6, 1e12],
    // 2T parameters on 10B tokens: N* of 1.2e23 FLOP is √(1.2e23 / 120) = 31.6B, a 63rd of the run.
    ["chinchilla 2T tokens=10B", 2e12, 10e9],
    ["chinchilla 175B tokens=300B", 175e9, 300e9],
  ])(
    "%s: the run's iso-FLOP curve reaches the run's size, so the run sits on it",
    (question, params, tokens) => {
      const input = chartInput(ask(question));
      if (input?.kind !== "chinchilla") throw new Error("expected a chinchilla chart");
      const data = isoFlopData(input.result);
      const curve = data.curves.filter((p) => p.curve === formatValue("en", "flop", 6 * params * tokens));
      expect(curve.length).toBeGreaterThan(10);
      const sizes = curve.map((p) => p.params);
      expect(Math.min(...sizes)).toBeLessThan(params);
      expect(Math.max(...sizes)).toBeGreaterThan(params);
      // Every point of the curve is on the budget: L(N, C / 6N).
      for (const p of curve)
        expect(p.loss).toBeCloseTo(chinchillaLoss(p.params, tokens * (params / p.params)), 9);
    },
  );

  it("compare puts FLOP and tokens per parameter on log axes; a run without MFU is left out of that panel", () => {
    const spec = chartSpec(ask("compare gpt-3 chinchilla"), "en");
    if (!spec) throw new Error("expected the compare chart");
    const panels = (
      spec.vegaLite as {
        vconcat: {
          data: { values: { name: string }[] };
          layer: { encoding?: { x?: { scale?: { type?: string } } } }[];
        }[];
      }
    ).vconcat;
    expect(panels.map((p) => p.layer[0]?.encoding?.x?.scale?.type)).toEqual(["log", "log", "linear"]);
    // Chinchilla 70B publishes no MFU (Hoffmann et al. 2022).
    expect(panels[2]?.data.values.map((v) => v.name)).toEqual(["GPT-3 175B"]);
  });

  it("commands without a chart, and errors, have none", () => {
    expect(chartSpec(ask("gpus h100"), "en")).toBeUndefined();
    expect(chartSpec(ask("175BB 300B"), "en")).toBeUndefined();
    expect(ask("gpus h100 chart").notes.map((n) => n.key)).toContain("chart.none");
    expect(ask("cards 70B gpu=H100 chart").chart).toBe(true);
    expect(ask("cards 70B gpu=H100 圖表").chart).toBe(true);
  });
});

describe("the Chinese font subset", () => {
  it("holds every CJK character a chart can show (run `npm run fonts` after changing the catalog)", () => {
    const subset = new Set(readFileSync("assets/fonts/NotoSansTC-subset.txt", "utf8").trim());
    expect([...glyphsToCover()].filter((c) => !subset.has(c))).toEqual([]);
    expect(glyphsToCover()).toContain("億");
    expect(glyphsToCover()).toContain("記");
  });

  it("stays small: the subset is under 300 kB (the full Noto Sans TC is about 7 MB)", () => {
    expect(readFileSync("assets/fonts/NotoSansTC-subset.ttf").length).toBeLessThan(300_000);
  });
});
