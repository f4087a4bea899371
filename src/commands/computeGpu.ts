import { computeOptimalSplit } from "../core/chinchilla.ts";
import { DEFAULT_GRID_KG_PER_KWH, DEFAULT_PUE, type Energy, trainingEnergy } from "../core/energy.ts";
import { type Gpu, type Precision, peakFlops } from "../core/gpus.ts";
import { cardsNeeded, trainingMemory, USABLE_MEMORY_FRACTION } from "../core/memory.ts";
import { convertMfu } from "../core/mfu.ts";
import {
  ascending,
  deliveredFlops,
  gpuSecondsFor,
  impliedMfu,
  mfuSpan,
  overSpan,
  requiredThroughput,
  type Span,
} from "../core/planning.ts";
import { SOURCES } from "../core/sources.ts";
import { row, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { Row, Source, Text } from "../reply/reply.ts";
import { fp8SpeedupNote } from "./fp8Note.ts";

export const DEFAULT_GPUS = 1024;

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
const days = (seconds: number) => `${f(Number((seconds / 86_400).toPrecision(3)))} d`;

/** The range part of a formula: the value at the high and the low MFU, the point being the row's value. */
function rangeText(mfu: Span, value: Span, show: (x: number) => string): string {
  if (mfu.low === mfu.high) return "";
  return `; MFU ${pct(mfu.high)} → ${show(value.high)}, ${pct(mfu.low)} → ${show(value.low)}`;
}

/** Marks the assumed point of a range: ` (point: MFU 40%)`. */
function pointText(mfu: Span): string {
  return mfu.low === mfu.high ? "" : ` (point: MFU ${pct(mfu.point)})`;
}

/** What the model side hands the GPU side: the FLOP to run and how they are counted. */
export interface Workload {
  /** Parameters (total) for the memory of the training state. */
  params: number;
  tokens: number;
  /** 6·N·D with N the compute (active) parameters. */
  flops6N: number;
  /** D·(6N + 12·L·H·Q·T) when the attention shape is known (PaLM App. B). */
  flopsAttention?: number;
}

export interface GpuPlanArgs {
  gpu: Gpu;
  precision: Precision;
  gpus?: number;
  /** Wall time, s. */
  days?: number;
  gpuHours?: number;
  mfu?: number;
  price?: number;
  power?: number;
  pue?: number;
  grid?: number;
}

export interface GpuPlan {
  rows: Row[];
  notes: Text[];
  warnings: Text[];
  sources: Source[];
  result: Record<string, unknown>;
}

/**
 * Time, GPU-hours, cost, energy and cards for one GPU type. The FLOP that MFU counts is the
 * attention-aware figure when the shape is known (PaLM's definition, which published MFUs use),
 * else 6ND; the other definition's MFU is shown beside it.
 */
export function planOnGpu(work: Workload, args: GpuPlanArgs): GpuPlan {
  const { gpu, precision } = args;
  const peak = peakFlops(gpu, precision);
  const basis = work.flopsAttention === undefined ? "6N" : "attention";
  const flops = work.flopsAttention ?? work.flops6N;
  const flopsName = basis === "6N" ? "6ND" : "C_attn";
  const rows: Row[] = [row("row.peak", "flopRate", peak, `${gpu.name}, ${precision} dense`)];
  const notes: Text[] = [];
  const warnings: Text[] = [];
  const result: Record<string, unknown> = {
    gpu: gpu.name,
    precision,
    peakFlopsPerGpu: peak,
    mfuBasis: basis,
  };

  const knownTime =
    args.gpuHours !== undefined
      ? { gpuHours: args.gpuHours, formula: `${f(args.gpuHours)} GPU-hours` }
      : args.gpus !== undefined && args.days !== undefined
        ? {
            gpuHours: (args.gpus * args.days) / 3600,
            formula: `GPUs · t / 3600 = ${f(args.gpus)} × ${f(args.days)} s / 3600`,
          }
        : undefined;

  let gpuHours: Span;
  let gpus: number | undefined = args.gpus;
  if (knownTime) {
    // The GPU time is given: the MFU it implies, by both definitions.
    gpuHours = { low: knownTime.gpuHours, point: knownTime.gpuHours, high: knownTime.gpuHours };
    const gpuSeconds = knownTime.gpuHours * 3600;
    const sixN = impliedMfu(work.flops6N, gpuSeconds, peak);
    rows.push(row("row.gpuHours", "gpuHours", knownTime.gpuHours, knownTime.formula));
    if (gpus !== undefined) {
      const seconds = gpuSeconds / gpus;
      rows.push(
        row(
          "row.wallTime",
          "duration",
          seconds,
          `GPU-h × 3600 / GPUs = ${f(knownTime.gpuHours)} × 3600 / ${f(gpus)}`,
        ),
      );
      result.seconds = seconds;
    }
    rows.push(
      row(
        "row.impliedMfu6N",
        "percent",
        sixN,
        `6ND / (GPU-h × 3600 × peak) = ${f(work.flops6N)} / (${f(gpuSeconds)} × ${f(peak)})`,
      ),
    );
    const implied: Record<string, number> = { sixN };
    if (work.flopsAttention !== undefined) {
      implied.withAttention = impliedMfu(work.flopsAttention, gpuSeconds, peak);
      rows.push(
        row(
          "row.impliedMfuAttention",
          "percent",
          implied.withAttention,
          `C_attn / (GPU-h × 3600 × peak) = ${f(work.flopsAttention)} / (${f(gpuSeconds)} × ${f(peak)})`,
        ),
      );
    }
    result.impliedMfu = implied;
    if (args.mfu !== undefined) {
      const atGiven = gpuSecondsFor(flops, peak, args.mfu) / 3600;
      rows.push(
        row(
          "row.gpuHoursAtMfu",
          "gpuHours",
          atGiven,
          `${flopsName} / (peak · MFU) / 3600 = ${f(flops)} / (${f(peak)} × ${f(args.mfu)}) / 3600`,
          { mfu: pct(args.mfu) },
        ),
      );
      result.mfu = args.mfu;
      result.gpuHoursAtMfu = atGiven;
    }
  } else {
    const mfu = mfuSpan(args.mfu);
    gpuHours = ascending(overSpan(mfu, (m) => gpuSecondsFor(flops, peak, m) / 3600));
    const hoursByMfu = overSpan(mfu, (m) => gpuSecondsFor(flops, peak, m) / 3600);
    result.mfu = mfu.point;
    result.mfuRange = mfu;
    if (args.days !== undefined && gpus === undefined) {
      // A deadline: GPUs needed over the MFU range, and the throughput the run must sustain.
      const deadline = args.days;
      const needed = overSpan(mfu, (m) => Math.ceil(flops / (deadline * peak * m)));
      gpus = needed.point;
      rows.push(
        row(
          "row.gpusForDeadline",
          "count",
          needed.point,
          `⌈${flopsName} / (t · peak · MFU)⌉ = ⌈${f(flops)} / (${f(deadline)} s × ${f(peak)} × ${f(mfu.point)})⌉${rangeText(mfu, needed, f)}`,
        ),
      );
      const need = requiredThroughput(work.tokens, deadline, needed.point);
      rows.push(
        row(
          "row.tokensPerSecondCluster",
          "count",
          need.cluster,
          `D / t = ${f(work.tokens)} / ${f(deadline)} s`,
        ),
        row(
          "row.tokensPerSecondPerGpu",
          "count",
          need.perGpu ?? 0,
          `D / (t · GPUs) = ${f(work.tokens)} / (${f(deadline)} s × ${f(needed.point)})`,
        ),
      );
      result.gpusRange = ascending(needed);
      result.requiredTokensPerSecond = need.cluster;
      result.requiredTokensPerSecondPerGpu = need.perGpu;
    } else {
      gpus ??= DEFAULT_GPUS;
      const n = gpus;
      const seconds = overSpan(mfu, (m) => gpuSecondsFor(flops, peak, m) / n);
      rows.push(
        row(
          "row.wallTime",
          "duration",
          seconds.point,
          `${flopsName} / (GPUs · peak · MFU) = ${f(flops)} / (${f(n)} × ${f(peak)} × ${f(mfu.point)})${pointText(mfu)}${rangeText(mfu, seconds, days)}`,
        ),
      );
      result.seconds = seconds.point;
      result.secondsRange = ascending(seconds);
      if (args.gpus === undefined) notes.push(text("note.defaultGpus", { gpus: f(DEFAULT_GPUS) }));
    }
    rows.push(
      row(
        "row.gpuHours",
        "gpuHours",
        hoursByMfu.point,
        `${flopsName} / (peak · MFU) / 3600 = ${f(flops)} / (${f(peak)} × ${f(mfu.point)}) / 3600${pointText(mfu)}${rangeText(mfu, hoursByMfu, f)}`,
      ),
    );
    if (args.mfu === undefined) {
      notes.push(text("note.mfuRange", { low: pct(mfu.low), point: pct(mfu.point), high: pct(mfu.high) }));
    }
    // The other definition of the same assumed MFU, so that a published MFU is read the same way.
    if (work.flopsAttention !== undefined) {
      rows.push(
        row(
          "row.mfuOtherBasis",
          "percent",
          convertMfu(mfu.point, work.flopsAttention, work.flops6N),
          `MFU × 6ND / C_attn = ${f(mfu.point)} × ${f(work.flops6N)} / ${f(work.flopsAttention)}`,
        ),
      );
    }
  }
  result.gpuHours = gpuHours.point;
  result.gpuHoursRange = gpuHours;
  if (gpus !== undefined) result.gpus = gpus;
  notes.push(text(basis === "6N" ? "note.mfuBasis6N" : "note.mfuBasisAttention"));

  if (args.price !== undefined) {
    const price = args.price;
    const cost = overSpan(gpuHours, (h) => h * price);
    rows.push(
      row(
        "row.cost",
        "usd",
        cost.point,
        `GPU-hours · price = ${f(gpuHours.point)} × $${price}${cost.low === cost.high ? "" : `; $${f(cost.low)} – $${f(cost.high)}`}`,
      ),
    );
    result.costUsd = cost.point;
    result.costUsdRange = cost;
  }

  const memory = trainingMemory({ params: work.params });
  const cards = cardsNeeded(memory.total, gpu.memoryGB * 1e9);
  rows.push(
    row(
      "row.trainCards",
      "count",
      cards,
      `⌈16 B · N / (${USABLE_MEMORY_FRACTION} × ${gpu.memoryGB} GB)⌉ = ⌈${f(memory.total / 1e9)} GB / ${f(gpu.memoryGB * USABLE_MEMORY_FRACTION)} GB⌉`,
    ),
  );
  result.cards = cards;
  notes.push(text("note.trainCards"));

  const energy = energyRows(gpu, gpuHours, args);
  rows.push(...energy.rows);
  notes.push(...energy.notes);
  Object.assign(result, energy.result);

  if (precision === "fp8") {
    notes.push(fp8SpeedupNote(gpu, peak));
  }
  const sources: Source[] = [gpu.source, SOURCES.zero2020, SOURCES.palm2022];
  if (precision === "fp8") sources.push(SOURCES.fujii2024);
  if (energy.rows.length > 0) sources.push(SOURCES.llama1);
  return { rows, notes, warnings, sources, result };
}

export function energyRows(
  gpu: Gpu,
  gpuHours: Span,
  args: GpuPlanArgs,
): { rows: Row[]; notes: Text[]; result: Record<string, unknown> } {
  const watts = args.power ?? gpu.boardWatts;
  if (watts === undefined)
    return { rows: [], notes: [text("note.energyNeedsPower", { gpu: gpu.name })], result: {} };
  const pue = args.pue ?? DEFAULT_PUE;
  const grid = args.grid ?? DEFAULT_GRID_KG_PER_KWH;
  const at = (h: number): Energy => trainingEnergy({ gpuHours: h, watts, pue, gridKgPerKwh: grid });
  const point = at(gpuHours.point);
  const spread = gpuHours.low !== gpuHours.high;
  const mwh = (e: Energy) => f(Number((e.kwh / 1000).toPrecision(3)));
  const tons = (e: Energy) => f(Number((e.co2Kg / 1000).toPrecision(3)));
  const rows = [
    row(
      "row.energy",
      "count",
      Number((point.kwh / 1000).toPrecision(4)),
      `GPU-h × W × PUE = ${f(gpuHours.point)} × ${f(watts)} W × ${pue}${spread ? `; ${mwh(at(gpuHours.low))} – ${mwh(at(gpuHours.high))} MWh` : ""}`,
    ),
    row(
      "row.emissions",
      "count",
      Number((point.co2Kg / 1000).toPrecision(4)),
      `MWh × ${grid} t CO2eq/MWh${spread ? `; ${tons(at(gpuHours.low))} – ${tons(at(gpuHours.high))} t` : ""}`,
    ),
  ];
  const notes: Text[] = [
    text("note.energyAssumptions", {
      watts: f(watts),
      wattsFrom: args.power === undefined ? gpu.name : "power=",
      pue,
      grid,
    }),
  ];
  return {
    rows,
    notes,
    result: {
      boardWatts: watts,
      pue,
      gridKgPerKwh: grid,
      energyJoules: point.joules,
      energyJoulesRange: overSpan(gpuHours, (h) => at(h).joules),
      co2Kg: point.co2Kg,
      co2KgRange: overSpan(gpuHours, (h) => at(h).co2Kg),
    },
  };
}

/** A hardware budget without a model: the FLOP it delivers and the compute-optimal model for it. */
export function hardwareBudget(
  gpu: Gpu,
  precision: Precision,
  gpuHoursValue: number,
  mfuPinned: number | undefined,
): { rows: Row[]; result: Record<string, unknown>; flops: Span } {
  const peak = peakFlops(gpu, precision);
  const mfu = mfuSpan(mfuPinned);
  const gpuSeconds = gpuHoursValue * 3600;
  const flops = overSpan(mfu, (m) => deliveredFlops(gpuSeconds, peak, m));
  const split = overSpan(flops, (c) => computeOptimalSplit(c).params);
  const tokens = overSpan(flops, (c) => computeOptimalSplit(c).tokens);
  const rows = [
    row("row.peak", "flopRate", peak, `${gpu.name}, ${precision} dense`),
    row("row.gpuHours", "gpuHours", gpuHoursValue, `${f(gpuHoursValue)} GPU-hours`),
    row(
      "row.deliveredFlops",
      "flop",
      flops.point,
      `GPU-h × 3600 × peak × MFU = ${f(gpuSeconds)} × ${f(peak)} × ${f(mfu.point)}${rangeText(mfu, flops, f)}`,
      { mfu: pct(mfu.point) },
    ),
    row("row.optimalParams", "params", split.point, `N* = √(C / 120)${rangeText(mfu, split, f)}`),
    row("row.chinchillaTokens", "tokens", tokens.point, `D* = 20 · N*${rangeText(mfu, tokens, f)}`),
  ];
  return {
    rows,
    flops,
    result: {
      gpu: gpu.name,
      precision,
      peakFlopsPerGpu: peak,
      gpuHours: gpuHoursValue,
      mfu: mfu.point,
      mfuRange: mfu,
      flops: flops.point,
      flopsRange: flops,
      optimalParams: split.point,
      optimalParamsRange: split,
      optimalTokens: tokens.point,
      optimalTokensRange: tokens,
    },
  };
}
