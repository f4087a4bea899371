import { computeOptimalSplit } from "../core/chinchilla.ts";
import { DEFAULT_GRID_KG_PER_KWH, DEFAULT_PUE, type Energy, trainingEnergy } from "../core/energy.ts";
import { type Gpu, isTpu, type Precision, peakFlops, shortGpuName } from "../core/gpus.ts";
import { cardsNeeded, trainingMemory, USABLE_MEMORY_FRACTION } from "../core/memory.ts";
import { convertMfu, modelFlopsUtilization, SUSPICIOUS_MFU } from "../core/mfu.ts";
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
import { GPUS_PER_NODE, wholeNodes } from "../core/training.ts";
import { impliedMfuLow, LARGEST_CLUSTER_GPUS } from "../dispatch/plausibility.ts";
import type { MessageKey } from "../i18n/en.ts";
import { formula, fromNotice, input, resultReply, row, symbol, symbols, text } from "../reply/build.ts";
import { roundedTo } from "../reply/format.ts";
import type { FormulaInput, FormulaRef, Reply, Row, Source, Text } from "../reply/reply.ts";
import { fp8SpeedupNote } from "./fp8Note.ts";
import { publishedGpuHoursSource } from "./publishedGpu.ts";

export const DEFAULT_GPUS = 1024;

/** A Julian year, s: a plan longer than this gets a warning. */
const YEAR_SECONDS = 365.25 * 86_400;

/** The per-token FLOP with attention in the registry's symbols (PaLM App. B): `6N + 12·L·H·Q·T`. */
const ATTENTION_SYMBOLS = symbols(formula("perToken.attention", { n: symbol("N") }));

type InputKind = Exclude<FormulaInput["kind"], "text" | "symbols">;

/** The range part of a formula: the value at the high and the low MFU, the point being the row's value. */
function rangeOf(mfu: Span, value: Span, kind: InputKind): FormulaRef[] {
  return mfu.low === mfu.high ? [] : [rangeFormula(mfu, value, kind)];
}

function rangeFormula(mfu: Span, value: Span, kind: InputKind): FormulaRef {
  return formula("range.mfu", {
    high: input("pct1", mfu.high),
    atHigh: input(kind, value.high),
    low: input("pct1", mfu.low),
    atLow: input(kind, value.low),
  });
}

/**
 * The assumed point of a range (` (point: MFU 40%)`) then the range, in one list (no list for each
 * spread into another).
 */
function pointAndRange(mfu: Span, value: Span, kind: InputKind): FormulaRef[] {
  if (mfu.low === mfu.high) return [];
  return [formula("range.point", { MFU: input("pct1", mfu.point) }), rangeFormula(mfu, value, kind)];
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
  /**
   * The GPU time (gpu-hours, or gpus × days) is a published run's, filled from its preset: its
   * name. Its rows are labelled as the published run's and a note says they carry its MFU.
   */
  published?: string;
  /** The MFU is the published run's (filled from its preset), not one the user typed: its name. */
  mfuPublished?: string;
  /** The board power is the published run's (filled from its preset), not one the user typed: its name. */
  powerPublished?: string;
  /**
   * The tokens were worked out from this GPU time at the plan's MFU (`70B on 1024 H100 for 30 days`):
   * the MFU that time implies is that same MFU, so no row shows it as implied again.
   */
  tokensFromTime?: boolean;
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
export function planOnGpu(work: Workload, args: GpuPlanArgs, into: Record<string, unknown> = {}): GpuPlan {
  const { gpu, precision } = args;
  const peak = peakFlops(gpu, precision);
  const basis = work.flopsAttention === undefined ? "6N" : "attention";
  const flops = work.flopsAttention ?? work.flops6N;
  const C = symbol(basis === "6N" ? "6ND" : "C_attn");
  const rows: Row[] = [row("row.peak", "flopRate", peak, peakFormula(gpu, precision))];
  const notes: Text[] = [];
  const warnings: Text[] = [];
  // Written into the caller's record by name: an Object.assign of these keys into a record that
  // already holds the model's would turn it into a slow dictionary-mode object.
  const result = into;
  result.gpu = gpu.name;
  result.precision = precision;
  result.peakFlopsPerGpu = peak;
  result.mfuBasis = basis;

  // A published run's GPU-hours cite where they were published, not the number again.
  const hoursSource =
    args.gpuHours !== undefined && args.published !== undefined
      ? publishedGpuHoursSource(args.published, args.gpuHours)
      : undefined;
  const knownTime =
    args.gpuHours !== undefined
      ? {
          gpuHours: args.gpuHours,
          formula:
            hoursSource !== undefined
              ? formula("cited", { source: symbol(hoursSource) })
              : formula("gpu.hoursGiven", { gpuHours: input("gpuHours", args.gpuHours) }),
        }
      : args.gpus !== undefined && args.days !== undefined
        ? gpuHoursOfTime(args.gpus, args.days)
        : undefined;

  if (args.mfuPublished === undefined) pushAll(warnings, plannedMfuWarnings(args.mfu));
  const plan: PlanParts = { work, args, peak, flops, C, rows, notes, warnings, result };
  const { gpuHours, gpus } = knownTime ? fromKnownTime(plan, knownTime) : fromAssumedMfu(plan);
  if (knownTime && args.published !== undefined) {
    notes.push(
      text("note.publishedGpuTime", {
        model: args.published,
        gpuHours: input("gpuHours", knownTime.gpuHours),
      }),
    );
  }
  result.gpuHours = gpuHours.point;
  result.gpuHoursRange = gpuHours;
  if (gpus !== undefined) result.gpus = gpus;
  notes.push(
    basis === "6N"
      ? text("note.mfuBasis6N")
      : text("note.mfuBasisAttention", { perToken: ATTENTION_SYMBOLS }),
  );

  if (args.price !== undefined) {
    const { row: costRow, cost } = costOf(gpuHours, args.price);
    rows.push(costRow);
    result.costUsd = cost.point;
    result.costUsdRange = cost;
  } else {
    // No cost without a price: say how to get one rather than leave the row out unexplained.
    notes.push(text("note.costNeedsPrice", { example: "price=$2/h" }));
  }

  const memory = trainingMemory({ params: work.params });
  const cards = cardsNeeded(memory.total, gpu.memoryGB * 1e9);
  rows.push(row("row.trainCards", "count", cards, trainCardsFormula(memory.total, gpu.memoryGB)));
  result.cards = cards;
  // 90 H100s hold 405B's state, but a cluster runs whole servers: 96, as cards' layout gives (12 nodes of 8).
  const stateNodes = wholeNodes(cards);
  if (cards > GPUS_PER_NODE && stateNodes.gpus !== cards) {
    rows.push(
      row(
        "row.gpusWholeNodes",
        "count",
        stateNodes.gpus,
        formula("gpu.wholeNodes", {
          gpus: input("count", cards),
          nodes: input("count", stateNodes.nodes),
        }),
      ),
    );
    result.cardsWholeNodes = stateNodes.gpus;
  }
  notes.push(text("note.trainCards"));
  if (isTpu(gpu)) notes.push(text("note.tpuChipHours", { gpu: shortGpuName(gpu) }));

  // Fewer GPUs than the ZeRO-3-sharded Adam state needs (16 B/param, ZeRO §3.1): the plan cannot run.
  if (gpus !== undefined && gpus < cards) {
    warnings.push(
      text("compute.tooFewGpusForState", {
        gpus: input("count", gpus),
        gpu: gpu.name,
        total: input("sig3", memory.total / 1e9),
        usable: input("sig3", gpus * gpu.memoryGB * USABLE_MEMORY_FRACTION),
        cards: input("count", cards),
      }),
    );
  }
  // A plan of more than a year (1,754 years for 70B on 15T tokens and 2 GPUs) is no plan.
  const seconds = result.seconds;
  if (typeof seconds === "number" && seconds > YEAR_SECONDS) {
    warnings.push(text("compute.planTooLong", { years: input("sig3", seconds / YEAR_SECONDS) }));
  }

  const energy = energyRows(gpu, gpuHours, args, result);
  rows.push(...energy.rows);
  notes.push(...energy.notes);

  if (precision === "fp8") {
    notes.push(fp8SpeedupNote(gpu, peak));
  }
  // Integer tensor throughput (TOPS) is an inference figure: training runs in bf16 or fp8
  // (NVIDIA H100 datasheet lists INT8 TOPS beside the FP8/BF16 TFLOPS; Micikevicius et al. 2022, fp8 training).
  if (precision === "int8") {
    warnings.push(
      text("compute.integerPrecision", { precision, gpu: gpu.name, peak: input("flopRate", peak) }),
    );
  }
  // fp4 (Blackwell's dense fp4 peak, 2× fp8) is a serving format: published pretraining runs train
  // in bf16 (Llama 3) or fp8 (DeepSeek-V3 §3.3), so a plan at the fp4 peak is faster than any of them.
  if (precision === "fp4") {
    warnings.push(text("compute.fp4Precision", { gpu: gpu.name, peak: input("flopRate", peak) }));
  }
  const sources: Source[] = [gpu.source, SOURCES.zero2020, SOURCES.palm2022];
  if (precision === "fp8") sources.push(SOURCES.fujii2024);
  if (energy.rows.length > 0) sources.push(SOURCES.llama1);
  return { rows, notes, warnings, sources, result };
}

/**
 * A typed MFU above 60% is warned of as an implied one is (PaLM §4.1, Table 3: the best large run
 * 46.2%; Llama 3 405B 38–43%, Llama Team 2024 Table 4). Above 100% the option refuses it.
 */
export function plannedMfuWarnings(mfu: number | undefined): Text[] {
  if (mfu === undefined || !(mfu > SUSPICIOUS_MFU)) return [];
  return [
    text("mfu.suspicious", { percent: Math.round(mfu * 100) }),
    text("mfu.plannedHigh", { mfu: input("pct1", mfu) }),
  ];
}

function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** A GPU's dense peak at a precision: `H100 SXM, bf16 dense`. */
export const peakFormula = (gpu: Gpu, precision: Precision): FormulaRef =>
  formula("gpu.peak", { gpu: symbol(gpu.name), precision: symbol(precision) });

/** Cards to hold the training state: ⌈16 B · N / (0.9 × card memory)⌉ (ZeRO §3.1; 90% usable). */
export const trainCardsFormula = (totalBytes: number, memoryGB: number): FormulaRef =>
  formula("memory.trainCards", {
    memoryGB: input("plain", memoryGB),
    total: input("bytes", totalBytes / 1e9),
    usable: input("bytes", memoryGB * USABLE_MEMORY_FRACTION),
  });

/** The energy rows; their result fields are written into `into` (by name, see planOnGpu). */

export function energyRows(
  gpu: Gpu,
  gpuHours: Span,
  args: Pick<GpuPlanArgs, "power" | "pue" | "grid" | "powerPublished">,
  into: Record<string, unknown> = {},
): { rows: Row[]; notes: Text[]; result: Record<string, unknown> } {
  const watts = args.power ?? gpu.boardWatts;
  if (watts === undefined)
    return { rows: [], notes: [text("note.energyNeedsPower", { gpu: gpu.name })], result: into };
  const pue = args.pue ?? DEFAULT_PUE;
  const grid = args.grid ?? DEFAULT_GRID_KG_PER_KWH;
  const at = (h: number): Energy => trainingEnergy({ gpuHours: h, watts, pue, gridKgPerKwh: grid });
  // The energy at each end of the GPU-hours and at the point, each worked out once.
  const low = at(gpuHours.low);
  const point = at(gpuHours.point);
  const high = at(gpuHours.high);
  const spread = gpuHours.low !== gpuHours.high;
  const span = (id: "range.mwh" | "range.tons", of: (e: Energy) => number): FormulaRef[] =>
    spread ? [formula(id, { low: input("sig3", of(low)), high: input("sig3", of(high)) })] : [];
  const rows = [
    row(
      "row.energy",
      // Three significant digits, as the other rows (18.5 MWh, never 18; 0.148 for a day on 8 H100s).
      "ratio",
      roundedTo(point.kwh / 1000, 4),
      formula(
        "energy.mwh",
        { gpuHours: input("gpuHours", gpuHours.point), W: input("count", watts), PUE: input("plain", pue) },
        { after: span("range.mwh", (e) => e.kwh / 1000) },
      ),
    ),
    row(
      "row.emissions",
      "ratio",
      roundedTo(point.co2Kg / 1000, 4),
      formula(
        "energy.co2",
        { grid: input("plain", grid) },
        { after: span("range.tons", (e) => e.co2Kg / 1000) },
      ),
    ),
  ];
  const notes: Text[] = [
    text("note.energyAssumptions", {
      watts: input("count", watts),
      // A run's published power names the run (GPT-3's 330 W, Patterson et al. 2021), never `power=`.
      wattsFrom: args.power === undefined ? gpu.name : (args.powerPublished ?? "power="),
      pue,
      grid,
    }),
  ];
  const result = into;
  result.boardWatts = watts;
  result.pue = pue;
  result.gridKgPerKwh = grid;
  result.energyJoules = point.joules;
  result.energyJoulesRange = { low: low.joules, point: point.joules, high: high.joules };
  result.co2Kg = point.co2Kg;
  result.co2KgRange = { low: low.co2Kg, point: point.co2Kg, high: high.co2Kg };
  return { rows, notes, result };
}

/** GPU-hours of `gpus` GPUs for `seconds`, with the formula that shows it. */
export const gpuHoursOfTime = (gpus: number, seconds: number): { gpuHours: number; formula: FormulaRef } => ({
  gpuHours: (gpus * seconds) / 3600,
  formula: formula("gpu.hoursFromTime", { GPUs: input("count", gpus), t: input("duration", seconds) }),
});

/**
 * A hardware budget without a model: the FLOP it delivers and the compute-optimal model for it.
 * `hoursFormula` says where the GPU-hours came from (GPUs × time, dollars ÷ price); typed GPU-hours
 * have none.
 */
export function hardwareBudget(
  gpu: Gpu,
  precision: Precision,
  gpuHoursValue: number,
  mfuPinned: number | undefined,
  hoursFormula?: FormulaRef,
): { rows: Row[]; result: Record<string, unknown>; flops: Span } {
  const peak = peakFlops(gpu, precision);
  const mfu = mfuSpan(mfuPinned);
  const gpuSeconds = gpuHoursValue * 3600;
  const flops = overSpan(mfu, (m) => deliveredFlops(gpuSeconds, peak, m));
  const split = overSpan(flops, (c) => computeOptimalSplit(c).params);
  const tokens = overSpan(flops, (c) => computeOptimalSplit(c).tokens);
  const rows = [
    row("row.peak", "flopRate", peak, peakFormula(gpu, precision)),
    row(
      "row.gpuHours",
      "gpuHours",
      gpuHoursValue,
      hoursFormula ?? formula("gpu.hoursGiven", { gpuHours: input("gpuHours", gpuHoursValue) }),
    ),
    row(
      "row.deliveredFlops",
      "flop",
      flops.point,
      formula(
        "gpu.deliveredFlops",
        {
          gpuSeconds: input("duration", gpuSeconds),
          peak: input("flopRate", peak),
          MFU: input("ratio", mfu.point),
        },
        { after: rangeOf(mfu, flops, "flop") },
      ),
      { mfu: input("pct1", mfu.point) },
    ),
    row(
      "row.optimalParams",
      "params",
      split.point,
      formula("chinchilla.splitParams", {}, { symbolsOnly: true, after: rangeOf(mfu, split, "params") }),
    ),
    row(
      "row.chinchillaTokens",
      "tokens",
      tokens.point,
      formula("chinchilla.splitTokens", {}, { symbolsOnly: true, after: rangeOf(mfu, tokens, "tokens") }),
    ),
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

/** What both ways of planning read and add to: the workload, the question, and the reply so far. */
/** Cost = GPU-hours × price per GPU-hour, as a row (with the ends of a GPU-hours range) and its span. */
export function costOf(gpuHours: Span, price: number): { row: Row; cost: Span } {
  const cost = overSpan(gpuHours, (h) => h * price);
  const ends =
    cost.low === cost.high
      ? []
      : [formula("range.usd", { low: input("dollars", cost.low), high: input("dollars", cost.high) })];
  return {
    row: row(
      "row.cost",
      "usd",
      cost.point,
      formula(
        "cost.total",
        { gpuHours: input("gpuHours", gpuHours.point), price: input("price", price) },
        { after: ends },
      ),
    ),
    cost,
  };
}

interface PlanParts {
  work: Workload;
  args: GpuPlanArgs;
  peak: number;
  /** The FLOP the MFU counts (6ND, or with PaLM's attention term). */
  flops: number;
  C: FormulaInput;
  rows: Row[];
  notes: Text[];
  warnings: Text[];
  result: Record<string, unknown>;
}

/** The GPU time is given: the MFU it implies, by both definitions (and the GPU-hours at a given MFU). */
function fromKnownTime(
  { work, args, peak, flops, C, rows, warnings, result }: PlanParts,
  knownTime: { gpuHours: number; formula: FormulaRef },
): { gpuHours: Span; gpus: number | undefined } {
  const gpuHours: Span = { low: knownTime.gpuHours, point: knownTime.gpuHours, high: knownTime.gpuHours };
  const gpuSeconds = knownTime.gpuHours * 3600;
  const sixN = impliedMfu(work.flops6N, gpuSeconds, peak);
  const published = args.published !== undefined;
  rows.push(
    row(
      published ? "row.gpuHoursPublished" : "row.gpuHours",
      "gpuHours",
      knownTime.gpuHours,
      knownTime.formula,
    ),
  );
  const gpus = args.gpus;
  if (gpus !== undefined) {
    const seconds = gpuSeconds / gpus;
    rows.push(
      row(
        published ? "row.wallTimePublished" : "row.wallTime",
        "duration",
        seconds,
        formula("gpu.wallTimeFromHours", {
          gpuHours: input("gpuHours", knownTime.gpuHours),
          GPUs: input("count", gpus),
        }),
      ),
    );
    result.seconds = seconds;
  }
  const showImplied = args.tokensFromTime !== true;
  if (showImplied)
    rows.push(
      row(
        "row.impliedMfu6N",
        "percent",
        sixN,
        formula("mfu.implied", {
          C: symbol("6ND"),
          flops: input("flop", work.flops6N),
          gpuSeconds: input("duration", gpuSeconds),
          peak: input("flopRate", peak),
        }),
      ),
    );
  const implied: Record<string, number> = { sixN };
  if (work.flopsAttention !== undefined) {
    implied.withAttention = impliedMfu(work.flopsAttention, gpuSeconds, peak);
    if (showImplied)
      rows.push(
        row(
          "row.impliedMfuAttention",
          "percent",
          implied.withAttention,
          formula("mfu.implied", {
            C: symbol("C_attn"),
            flops: input("flop", work.flopsAttention),
            gpuSeconds: input("duration", gpuSeconds),
            peak: input("flopRate", peak),
          }),
        ),
      );
  }
  result.impliedMfu = implied;
  // The MFU the time given implies, on the plan's basis, warned of as /flops mfu does: above
  // ~60% suspicious, above 100% impossible (PaLM §4.1, Table 3: the best large runs 46.2%).
  const planMfu = modelFlopsUtilization({ modelFlops: flops, gpuSeconds, peakFlopsPerGpu: peak });
  if (showImplied) for (const warning of planMfu.warnings) warnings.push(fromNotice(warning));
  // And below 5%, as /flops mfu warns (README: an implied MFU under 5% is warned about).
  const low = args.mfu === undefined && showImplied ? impliedMfuLow(planMfu.mfu) : undefined;
  if (low) warnings.push(low);
  if (args.mfu !== undefined && !showImplied) result.mfu = args.mfu;
  else if (args.mfu !== undefined) {
    const atGiven = gpuSecondsFor(flops, peak, args.mfu) / 3600;
    // A pinned MFU that needs more GPU time than the time given allows: the plan does not fit.
    if (atGiven > knownTime.gpuHours * (1 + 1e-9)) {
      warnings.push(
        args.mfuPublished !== undefined
          ? publishedMfuPast(args, args.mfuPublished, {
              mfu: input("pct1", args.mfu),
              needed: input("gpuHours", atGiven),
              time: input("durationShort", (atGiven * 3600) / (gpus ?? 1)),
              gpus: input("count", gpus ?? 1),
              given:
                gpus !== undefined
                  ? input("durationShort", gpuSeconds / gpus)
                  : input("gpuHours", knownTime.gpuHours),
              givenHours: input("gpuHours", knownTime.gpuHours),
              implied: input("pct1", planMfu.mfu),
            })
          : gpus !== undefined
            ? text("compute.mfuPastDeadline", {
                mfu: input("pct1", args.mfu),
                needed: input("gpuHours", atGiven),
                time: input("durationShort", (atGiven * 3600) / gpus),
                gpus: input("count", gpus),
                given: input("durationShort", gpuSeconds / gpus),
                implied: input("pct1", planMfu.mfu),
              })
            : text("compute.mfuPastGpuHours", {
                mfu: input("pct1", args.mfu),
                needed: input("gpuHours", atGiven),
                given: input("gpuHours", knownTime.gpuHours),
                implied: input("pct1", planMfu.mfu),
              }),
      );
    }
    rows.push(
      row(
        args.mfuPublished ? "row.gpuHoursAtPublishedMfu" : "row.gpuHoursAtMfu",
        "gpuHours",
        atGiven,
        formula("gpu.hoursAtMfu", {
          C,
          flops: input("flop", flops),
          peak: input("flopRate", peak),
          MFU: input("ratio", args.mfu),
        }),
        { mfu: input("pct1", args.mfu) },
      ),
    );
    result.mfu = args.mfu;
    result.gpuHoursAtMfu = atGiven;
  }
  return { gpuHours, gpus };
}

/**
 * The warning when a published run's MFU (not one the user typed) needs more GPU time than the
 * time the plan has: the time is the published run's too (the user changed the work, e.g. ctx=), or
 * one the user typed. Neither wording calls a preset's value "given".
 */
function publishedMfuPast(
  args: GpuPlanArgs,
  model: string,
  params: Record<"mfu" | "needed" | "time" | "gpus" | "given" | "givenHours" | "implied", FormulaInput>,
): Text {
  if (args.published !== undefined) return text("compute.publishedMfuPastPublished", { model, ...params });
  return args.gpus !== undefined
    ? text("compute.publishedMfuPastDeadline", { model, ...params })
    : text("compute.publishedMfuPastGpuHours", { model, ...params });
}

/** The MFU is assumed (a range): the GPUs a deadline needs, or the time on the GPUs given. */
function fromAssumedMfu({ work, args, peak, flops, C, rows, notes, warnings, result }: PlanParts): {
  gpuHours: Span;
  gpus: number | undefined;
} {
  const mfu = mfuSpan(args.mfu);
  const hoursByMfu = overSpan(mfu, (m) => gpuSecondsFor(flops, peak, m) / 3600);
  const gpuHours = ascending(hoursByMfu);
  result.mfu = mfu.point;
  result.mfuRange = mfu;
  let gpus = args.gpus;
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
        formula(
          "gpu.countForDeadline",
          {
            C,
            flops: input("flop", flops),
            t: input("duration", deadline),
            peak: input("flopRate", peak),
            MFU: input("ratio", mfu.point),
          },
          { after: rangeOf(mfu, needed, "count") },
        ),
      ),
    );
    // A count that is not whole servers of 8 (819 H100) is what a cluster would run as whole nodes (824).
    const nodes = wholeNodes(needed.point);
    if (needed.point > GPUS_PER_NODE && nodes.gpus !== needed.point) {
      rows.push(
        row(
          "row.gpusWholeNodes",
          "count",
          nodes.gpus,
          formula("gpu.wholeNodes", {
            gpus: input("count", needed.point),
            nodes: input("count", nodes.nodes),
          }),
        ),
      );
    }
    result.gpusWholeNodes = nodes.gpus;
    result.nodes = nodes.nodes;
    // A deadline no cluster built could meet (`days=0.001`): the count is shown, and flagged.
    if (needed.point > LARGEST_CLUSTER_GPUS)
      warnings.push(
        text("plausible.gpusMany", {
          gpus: input("count", needed.point),
          largest: input("count", LARGEST_CLUSTER_GPUS),
        }),
      );
    const need = requiredThroughput(work.tokens, deadline, needed.point);
    rows.push(
      row(
        "row.tokensPerSecondCluster",
        "count",
        need.cluster,
        formula("throughput.cluster", { D: input("tokens", work.tokens), t: input("duration", deadline) }),
      ),
      row(
        "row.tokensPerSecondPerGpu",
        "count",
        need.perGpu ?? 0,
        formula("throughput.perGpu", {
          D: input("tokens", work.tokens),
          t: input("duration", deadline),
          GPUs: input("count", needed.point),
        }),
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
        formula(
          "gpu.wallTime",
          {
            C,
            flops: input("flop", flops),
            GPUs: input("count", n),
            peak: input("flopRate", peak),
            MFU: input("ratio", mfu.point),
          },
          { after: pointAndRange(mfu, seconds, "durationShort") },
        ),
      ),
    );
    result.seconds = seconds.point;
    result.secondsRange = ascending(seconds);
    if (args.gpus === undefined) {
      notes.push(text("note.defaultGpus", { gpus: input("count", DEFAULT_GPUS) }));
      // Read as lists the GPU count as assumed, as it does the MFU.
      result.assumedInputs = { gpus: DEFAULT_GPUS };
    }
  }
  rows.push(
    row(
      "row.gpuHours",
      "gpuHours",
      hoursByMfu.point,
      formula(
        "gpu.hoursAtMfu",
        { C, flops: input("flop", flops), peak: input("flopRate", peak), MFU: input("ratio", mfu.point) },
        { after: pointAndRange(mfu, hoursByMfu, "gpuHours") },
      ),
    ),
  );
  if (args.mfu === undefined) {
    notes.push(
      text("note.mfuRange", {
        low: input("pct1", mfu.low),
        point: input("pct1", mfu.point),
        high: input("pct1", mfu.high),
      }),
    );
  } else {
    // A typed MFU against what large published runs reach (`is 50% MFU realistic`): the verdict.
    notes.push(text(typedMfuVerdict(mfu.point), { mfu: input("pct1", mfu.point) }));
  }
  // The other definition of the same assumed MFU, so that a published MFU is read the same way.
  if (work.flopsAttention !== undefined) {
    rows.push(
      row(
        "row.mfuOtherBasis",
        "percent",
        convertMfu(mfu.point, work.flopsAttention, work.flops6N),
        formula("mfu.otherBasis", {
          MFU: input("ratio", mfu.point),
          flops6N: input("flop", work.flops6N),
          flopsAttention: input("flop", work.flopsAttention),
        }),
      ),
    );
  }
  return { gpuHours, gpus };
}

/**
 * Where a typed MFU stands against large published runs: PaLM Table 3 (Gopher 32.5%, MT-NLG
 * 30.2%, PaLM 46.2%) and Llama 3 405B's 38–43% (Llama Team 2024, Table 4): 30%–50%, its top
 * from PaLM's 46.2%.
 */
export function typedMfuVerdict(mfu: number): MessageKey {
  if (mfu < 0.3) return "note.mfuTypedBelow";
  if (mfu < 0.45) return "note.mfuTypedWithin";
  if (mfu <= 0.5) return "note.mfuTypedTop";
  return "note.mfuTypedAbove";
}

/**
 * An MFU asked about with nothing to plan (`is 70% MFU realistic`, `MFU 70% 合理嗎`, `on H100`): the
 * verdict against large published runs (PaLM Table 3; Llama 3 405B's 38–43%), and the warnings a plan
 * at that MFU gets above 60%; the GPU, when one is named, with its dense peak and what the MFU delivers.
 */
export function mfuVerdictReply(mfu: number, gpu: Gpu | undefined, precision: Precision): Reply {
  const rows: Row[] = [row("row.mfuAsked", "percent", mfu)];
  const peak = gpu ? peakFlops(gpu, precision) : undefined;
  if (gpu && peak !== undefined) rows.push(row("row.peak", "flopRate", peak, peakFormula(gpu, precision)));
  return resultReply({
    command: "compute",
    title: text("title.mfuVerdict", { mfu: input("pct1", mfu) }),
    rows,
    result: { mfu, ...(gpu ? { gpu: gpu.id, peakFlopsPerGpu: peak } : {}) },
    notes: [text(typedMfuVerdict(mfu), { mfu: input("pct1", mfu) })],
    warnings: plannedMfuWarnings(mfu),
    sources: gpu ? [SOURCES.palm2022, SOURCES.llama3, gpu.source] : [SOURCES.palm2022, SOURCES.llama3],
    hint: text("hint.mfuVerdict", { gpu: gpu?.id ?? "H100", mfu: input("pct1", mfu) }),
  });
}
