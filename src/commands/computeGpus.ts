import { type Gpu, isTpu, type Precision, peakFlops, shortGpuName } from "../core/gpus.ts";
import { cardsNeeded, trainingMemory } from "../core/memory.ts";
import { ascending, gpuSecondsFor, mfuSpan, overSpan } from "../core/planning.ts";
import { SOURCES } from "../core/sources.ts";
import { formula, input, row, text } from "../reply/build.ts";
import type { FormulaRef, Row, Source, Text } from "../reply/reply.ts";
import { DEFAULT_GPUS, trainCardsFormula, type Workload } from "./computeGpu.ts";

/** The time at the ends of the default MFU range, when none is pinned: `; MFU 50% → 38.4 d, 30% → 64 d`. */
function spanOf(pinned: number | undefined, seconds: (mfu: number) => number): FormulaRef[] {
  if (pinned !== undefined) return [];
  const span = mfuSpan();
  return [
    formula("range.mfu", {
      high: input("pct1", span.high),
      atHigh: input("durationShort", seconds(span.high)),
      low: input("pct1", span.low),
      atLow: input("durationShort", seconds(span.low)),
    }),
  ];
}

export interface CompareArgs {
  precision: Precision;
  gpus?: number;
  mfu?: number;
  prices: readonly number[];
}

/**
 * One question over several GPU types: time, GPU-hours, cost (one price for all, or one per GPU
 * in the order given) and cards to hold the training state, fastest first. Every GPU runs at the
 * same MFU, so the times scale with the dense peaks.
 */
export function compareGpus(
  work: Workload,
  gpuList: readonly Gpu[],
  args: CompareArgs,
): { rows: Row[]; notes: Text[]; sources: Source[]; result: Record<string, unknown>[] } {
  const mfu = mfuSpan(args.mfu).point;
  const count = args.gpus ?? DEFAULT_GPUS;
  const flops = work.flopsAttention ?? work.flops6N;
  const memory = trainingMemory({ params: work.params });
  const runs = gpuList.map((gpu, index) => {
    const peak = peakFlops(gpu, args.precision);
    const gpuSeconds = gpuSecondsFor(flops, peak, mfu);
    const price = args.prices.length === 1 ? args.prices[0] : args.prices[index];
    return {
      gpu,
      peak,
      seconds: gpuSeconds / count,
      gpuHours: gpuSeconds / 3600,
      cards: cardsNeeded(memory.total, gpu.memoryGB * 1e9),
      ...(price === undefined ? {} : { price, costUsd: (gpuSeconds / 3600) * price }),
    };
  });
  runs.sort((a, b) => a.seconds - b.seconds);
  const rows: Row[] = [];
  for (const run of runs) {
    const name = shortGpuName(run.gpu);
    rows.push(
      row(
        "row.gpuCompareTime",
        "duration",
        run.seconds,
        formula(
          "gpu.compareTime",
          {
            GPUs: input("count", count),
            peak: input("flopRate", run.peak),
            MFU: input("ratio", mfu),
            gpuHours: input("gpuHours", run.gpuHours),
          },
          { after: spanOf(args.mfu, (m) => gpuSecondsFor(flops, run.peak, m) / count) },
        ),
        { gpu: name },
      ),
    );
    if (run.costUsd !== undefined) {
      rows.push(
        row(
          "row.gpuCompareCost",
          "usd",
          run.costUsd,
          formula("cost.compare", {
            gpuHours: input("gpuHours", run.gpuHours),
            price: input("price", run.price ?? 0),
          }),
          { gpu: name },
        ),
      );
    }
    rows.push(
      row("row.gpuCompareCards", "count", run.cards, trainCardsFormula(memory.total, run.gpu.memoryGB), {
        gpu: name,
      }),
    );
  }
  const notes: Text[] = [
    text("note.gpuCompare", {
      gpus: input("count", count),
      mfu: input("pct1", mfu),
      precision: args.precision,
    }),
  ];
  if (args.prices.length === 0) notes.push(text("note.gpuComparePrices"));
  const tpus = runs.map((run) => run.gpu).filter(isTpu);
  if (tpus.length > 0) notes.push(text("note.tpuChipHours", { gpu: tpus.map(shortGpuName).join(", ") }));
  return {
    rows,
    notes,
    sources: [...runs.map((run) => run.gpu.source), SOURCES.zero2020],
    result: runs.map((run) => ({
      gpu: run.gpu.name,
      gpus: count,
      mfu,
      peakFlopsPerGpu: run.peak,
      seconds: run.seconds,
      secondsRange: ascending(overSpan(mfuSpan(args.mfu), (m) => gpuSecondsFor(flops, run.peak, m) / count)),
      gpuHours: run.gpuHours,
      gpuHoursRange: ascending(overSpan(mfuSpan(args.mfu), (m) => gpuSecondsFor(flops, run.peak, m) / 3600)),
      cards: run.cards,
      ...(run.costUsd === undefined ? {} : { pricePerGpuHour: run.price, costUsd: run.costUsd }),
    })),
  };
}
