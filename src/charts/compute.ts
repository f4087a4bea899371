import type { TopLevelSpec } from "vega-lite";
import { extended } from "../core/extended.ts";
import { GPUS, shortGpuName } from "../core/gpus.ts";
import { SUSPICIOUS_MFU } from "../core/mfu.ts";
import { DEFAULT_MFU } from "../core/training.ts";
import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";
import { formatValue } from "../reply/format.ts";
import { shortSourceTitle } from "../reply/sources.ts";
import { estimatesAcrossGpus, type GpuEstimate } from "./acrossGpus.ts";
import type { ComputeResult } from "./data.ts";
import { baseConfig, CHART_WIDTH, type ChartSpec, footerLine, PALETTE, SHORT_SCALE_LABELS } from "./frame.ts";

const DEFAULT_GPUS = 1024;

/**
 * The GPUs a question listed, as its answer computed them (the same times and costs), when they
 * share one MFU (the subtitle states one); undefined otherwise.
 */
function listedEstimates(
  result: ComputeResult,
): { estimates: GpuEstimate[]; mfu: number; precision?: string } | undefined {
  const listed = result.byGpu;
  const mfu = listed?.[0]?.mfu;
  if (!listed || mfu === undefined || listed.some((e) => e.mfu !== mfu)) return undefined;
  const estimates = listed.map((e) => {
    const gpu = GPUS.find((g) => g.name === e.gpu);
    return {
      gpu: gpu ? shortGpuName(gpu) : e.gpu,
      vendor: gpu?.vendor ?? "",
      chosen: false,
      seconds: e.seconds,
      gpuHours: e.gpuHours,
      ...(e.costUsd === undefined ? {} : { costUsd: e.costUsd }),
      ...(e.pricePerGpuHour === undefined ? {} : { pricePerGpuHour: e.pricePerGpuHour }),
    };
  });
  const precision = listedPrecision(listed);
  return { estimates, mfu, ...(precision === undefined ? {} : { precision }) };
}

/**
 * The precision a list of GPUs was timed at, read from the peak each time was counted on (the
 * catalog's dense peak at that precision): `gpu=h100,mi300x precision=fp8` is timed at H100's
 * fp8 1,979 TFLOP/s, and the subtitle said "bf16 dense peak" for want of a precision in the result.
 */
function listedPrecision(listed: NonNullable<ComputeResult["byGpu"]>): string | undefined {
  const matches = listed.map((e) => {
    const gpu = GPUS.find((g) => g.name === e.gpu);
    const peak = e.peakFlopsPerGpu;
    if (!gpu || peak === undefined) return undefined;
    return Object.entries(gpu.peakTflops).find(
      ([, tflops]) => Math.abs(tflops * 1e12 - peak) <= peak * 1e-9,
    )?.[0];
  });
  const first = matches[0];
  return first !== undefined && matches.every((m) => m === first) ? first : undefined;
}

/**
 * The run's estimates across GPUs, from its typed result (GPU count, MFU, precision, price as
 * given): the GPUs a question listed, else the named GPU first and a recent one of each vendor.
 */
export function computeEstimates(result: ComputeResult): GpuEstimate[] {
  const listed = listedEstimates(result);
  if (listed) return listed.estimates;
  const price =
    result.costUsd !== undefined && result.gpuHours ? result.costUsd / result.gpuHours : undefined;
  const mfu = planMfu(result);
  return estimatesAcrossGpus({
    flops: timedFlops(result),
    gpus: result.gpus ?? DEFAULT_GPUS,
    ...(mfu === undefined ? {} : { mfu }),
    ...(result.precision === undefined ? {} : { precision: result.precision }),
    ...(price === undefined ? {} : { pricePerGpuHour: price }),
    ...(result.gpu === undefined ? {} : { chosen: result.gpu }),
  });
}

/**
 * The FLOP the answer's times are counted on: 6N + attention per token when the model's shape is
 * known (PaLM App. B, as the answer's time, GPU-hours and cost rows use it), else 6ND.
 */
const timedFlops = (result: ComputeResult): number => result.flopsWithAttention ?? result.flops;

/**
 * The MFU the answer's time is at: the one the given GPU time implies (a published run's GPU-hours,
 * or typed GPUs × days), on the same count as the FLOP; else the planned (typed or assumed) one.
 */
function planMfu(result: ComputeResult): number | undefined {
  const implied = result.impliedMfu;
  if (implied === undefined) return result.mfu;
  return result.flopsWithAttention === undefined ? implied.sixN : (implied.withAttention ?? implied.sixN);
}

type Metric = TimeUnit | "gpuHours" | "cost";

/** The wall-time axis's unit: the one the longest bar's label is written in (format.ts `duration`). */
type TimeUnit = "hours" | "days" | "years";

const SECONDS: Record<TimeUnit, number> = { hours: 3600, days: 86_400, years: 365.25 * 86_400 };

/**
 * Hours under two days, years from one year, days between, as the answer writes a duration: a
 * 3.4-year run on an axis of days read `1K … 5K days` beside bars labelled in years.
 */
export function timeUnit(longestSeconds: number): TimeUnit {
  if (longestSeconds >= 365 * 86_400) return "years";
  return longestSeconds < 48 * 3600 ? "hours" : "days";
}

/**
 * Above 100% of the dense peak no run goes, and above 60% (SUSPICIOUS_MFU) none published has: the
 * chart says so over its first panel, in red, as the answer warns.
 */
export const IMPOSSIBLE_MFU = 1;

/** One horizontal bar chart per metric (days, GPU-hours, cost when priced), stacked for a phone. */
export function acrossGpusChart(
  estimates: readonly GpuEstimate[],
  run: {
    flops: number;
    /** `flops` counts attention too (6N + 12·L·H·Q·T per token): the title says so. */
    withAttention?: boolean;
    gpus: number;
    mfu: number;
    precision: string;
    /** One price for the costed GPUs; without it, GPUs that carry their own price are costed at it. */
    price?: number;
    /** The MFU is the one the given GPU time implies (a published run's, or GPUs × days typed). */
    mfuImplied?: boolean;
    /** Not in the question: the chart's (or the answer's) default, which the subtitle says it assumed. */
    assumed?: { gpus?: boolean; mfu?: boolean };
  },
  lang: Lang,
  sources: readonly string[],
): ChartSpec {
  // A price per GPU (`price=$2/h,$1.5/h`) costs each GPU at its own: the cost panel says each price.
  const pricedEach = run.price === undefined && estimates.some((e) => e.costUsd !== undefined);
  const costed = run.price !== undefined || pricedEach;
  const unit = timeUnit(Math.max(...estimates.map((e) => e.seconds)));
  const metrics: Metric[] = [unit, "gpuHours", ...(costed ? ["cost" as const] : [])];
  const costLabel = (e: GpuEstimate): string => {
    if (e.costUsd === undefined) return t(lang, "chart.compute.notPriced");
    const cost = formatValue(lang, "usd", e.costUsd);
    return pricedEach && e.pricePerGpuHour !== undefined
      ? t(lang, "chart.compute.costAt", { cost, price: formatValue(lang, "usdPerHour", e.pricePerGpuHour) })
      : cost;
  };
  const rows = estimates.map((e) => ({
    gpu: e.gpu,
    chosen: e.chosen,
    days: e.seconds / SECONDS.days,
    hours: e.seconds / SECONDS.hours,
    years: e.seconds / SECONDS.years,
    daysLabel: formatValue(lang, "duration", e.seconds),
    hoursLabel: formatValue(lang, "duration", e.seconds),
    yearsLabel: formatValue(lang, "duration", e.seconds),
    gpuHours: e.gpuHours,
    gpuHoursLabel: formatValue(lang, "gpuHours", e.gpuHours),
    cost: e.costUsd ?? 0,
    costLabel: costLabel(e),
  }));
  const panelHeight = 26 * rows.length;
  const chosen = estimates.find((e) => e.chosen)?.gpu;
  const price = formatValue(lang, "usdPerHour", run.price ?? 0);
  const axisTitle: Record<Metric, string> = {
    hours: t(lang, "chart.compute.hours"),
    days: t(lang, "chart.compute.days"),
    years: t(lang, "chart.compute.years"),
    gpuHours: t(lang, "chart.compute.gpuHours"),
    // A price typed beside a list of GPUs is every listed GPU's (the answer costs each at it).
    cost: pricedEach
      ? t(lang, "chart.compute.costEach")
      : chosen === undefined
        ? t(lang, "chart.compute.costAll", { price })
        : t(lang, "chart.compute.costOne", { price, gpu: chosen }),
  };
  // Room on the right keeps the value labels inside the plot (a label with its price is longer).
  const headroom = (metric: Metric): number => (metric === "cost" && pricedEach ? 2.1 : 1.45);
  // The answer's thresholds (core/mfu.ts): above 60% suspicious, above 100% impossible.
  const impossible =
    run.mfu > SUSPICIOUS_MFU
      ? {
          text: t(
            lang,
            run.mfu > IMPOSSIBLE_MFU ? "chart.compute.impossibleMfu" : "chart.compute.suspiciousMfu",
            {
              mfu: formatValue(lang, "percent", run.mfu),
            },
          ),
          color: "#D55E00",
          fontSize: 14,
          fontWeight: 700 as const,
          anchor: "start" as const,
          // From the panel's left edge (its GPU names), not the bars': the line fits the chart's width.
          frame: "bounds" as const,
          offset: 8,
        }
      : undefined;
  const panelBody = (metric: Metric) => ({
    width: CHART_WIDTH - 210,
    height: panelHeight,
    encoding: {
      y: { field: "gpu", type: "nominal" as const, title: null, sort: null },
      x: {
        field: metric,
        type: "quantitative" as const,
        title: axisTitle[metric],
        axis: { format: "~s", tickCount: 5, labelExpr: SHORT_SCALE_LABELS },
        scale: { domainMax: Math.max(...rows.map((r) => r[metric])) * headroom(metric) },
      },
    },
    layer: [
      {
        mark: { type: "bar" as const },
        encoding: {
          color: {
            condition: { test: "datum.chosen", value: PALETTE[1] as string },
            value: PALETTE[0] as string,
          },
        },
      },
      {
        mark: { type: "text" as const, align: "left" as const, dx: 4, fontSize: 12 },
        encoding: { text: { field: `${metric}Label` } },
      },
    ],
  });
  // The first panel carries the flag of an impossible MFU as its title.
  const panel = (metric: Metric, index: number) =>
    index === 0 && impossible ? extended({ title: impossible }, panelBody(metric)) : panelBody(metric);
  // One GPU is not "1 GPUs".
  const subtitle = t(lang, run.gpus === 1 ? "chart.compute.subtitleOneGpu" : "chart.compute.subtitle", {
    gpus: formatValue(lang, "count", run.gpus),
    // The MFU a given GPU time implies is not the one typed or published (GPT-3: 20.3% from
    // 10,000 V100s × 14.8 days, beside the published 21.3% in Read as): it says which it is.
    mfu: run.mfuImplied
      ? t(lang, "chart.compute.mfuImplied", { mfu: formatValue(lang, "percent", run.mfu) })
      : formatValue(lang, "percent", run.mfu),
    precision: run.precision,
  });
  // What the question did not give, and the chart or the answer assumed, is said so: a plan of
  // `70B 2T` alone has no GPU count or MFU, yet its bars depend on both.
  const assumed = [
    ...(run.assumed?.gpus
      ? [t(lang, "chart.compute.assumedGpus", { gpus: formatValue(lang, "count", run.gpus) })]
      : []),
    ...(run.assumed?.mfu
      ? [t(lang, "chart.compute.assumedMfu", { mfu: formatValue(lang, "percent", run.mfu) })]
      : []),
  ];
  const subtitles = [
    subtitle,
    // What the FLOP counts goes on a line of its own: in the title it made the title too long
    // to draw, and the title was cut before "on different GPUs".
    ...(run.withAttention ? [t(lang, "chart.compute.attention")] : []),
    ...(assumed.length > 0
      ? [t(lang, "chart.compute.assumed", { items: assumed.join(t(lang, "chart.compute.assumedJoin")) })]
      : []),
  ];
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t(lang, "chart.compute.title", { flops: formatValue(lang, "flop", run.flops) }),
      subtitle: subtitles.length === 1 ? subtitle : subtitles,
    },
    config: baseConfig(),
    data: { values: rows },
    vconcat: metrics.map(panel),
    spacing: 18,
  } as TopLevelSpec;
  return {
    kind: "compute",
    width: CHART_WIDTH,
    vegaLite: spec,
    footer: footerLine(lang, withDatasheets(lang, sources, estimates)),
    fileName: "flopsbot-gpus.png",
  };
}

export function computeChart(result: ComputeResult, lang: Lang, sources: readonly string[]): ChartSpec {
  const listed = listedEstimates(result);
  const listPrice = result.byGpu?.every((e) => e.pricePerGpuHour === result.byGpu?.[0]?.pricePerGpuHour)
    ? result.byGpu[0]?.pricePerGpuHour
    : undefined;
  const price = listed
    ? listPrice
    : result.costUsd !== undefined && result.gpuHours
      ? result.costUsd / result.gpuHours
      : undefined;
  return acrossGpusChart(
    listed?.estimates ?? computeEstimates(result),
    {
      flops: timedFlops(result),
      ...(result.flopsWithAttention === undefined ? {} : { withAttention: true }),
      gpus: result.gpus ?? DEFAULT_GPUS,
      mfu: listed?.mfu ?? planMfu(result) ?? DEFAULT_MFU,
      precision: listed?.precision ?? result.precision ?? "bf16",
      ...(price === undefined ? {} : { price }),
      assumed: assumedInputs(result, listed !== undefined),
      ...(listed === undefined && result.impliedMfu !== undefined ? { mfuImplied: true } : {}),
    },
    lang,
    sources,
  );
}

/**
 * What the chart draws that the question did not give: the GPU count when none was typed (the
 * answer's default, or the chart's when the answer had no GPUs), and the MFU when none was typed
 * and no GPU time implies one (an assumed MFU is a 30–50% range, a typed one a point).
 */
function assumedInputs(result: ComputeResult, listed: boolean): { gpus: boolean; mfu: boolean } {
  const gpus = result.gpus === undefined || result.assumedInputs?.gpus !== undefined;
  if (result.impliedMfu !== undefined) return { gpus, mfu: false };
  const range = listed ? result.byGpu?.[0]?.secondsRange : result.mfuRange;
  const mfu = result.mfu === undefined && !listed ? true : range !== undefined && range.low !== range.high;
  return { gpus, mfu };
}

const CHART_SOURCES = /^Kaplan/;

/**
 * The chart's sources: the reply's, with its one GPU datasheet replaced by the datasheets of every
 * GPU plotted (each bar's peak is its own vendor's dense figure).
 */
function withDatasheets(lang: Lang, sources: readonly string[], estimates: readonly GpuEstimate[]): string[] {
  const sheets = new Set(
    estimates.flatMap((e) => {
      const gpu = GPUS.find((g) => shortGpuName(g) === e.gpu);
      return gpu ? [shortSourceTitle(gpu.source.title)] : [];
    }),
  );
  const names = estimates
    .map((e) => e.gpu.replace(/\s*\([^)]*\)|\s*\d+GB$|\b(SXM\d?|Instinct|Cloud)\s*/g, "").trim())
    .join(", ");
  // What the bars are computed from: the 6ND FLOP (Kaplan) and each GPU's dense peak; the reply's
  // other sources (memory, energy) are not drawn here.
  return [
    ...sources.filter((s) => !sheets.has(s) && CHART_SOURCES.test(s)),
    t(lang, "chart.compute.datasheets", { gpus: names }),
  ];
}
