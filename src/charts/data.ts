import * as z from "zod";
import type { Reply } from "../reply/reply.ts";
import { type Accepts, acceptsOf } from "./accepts.ts";

/**
 * What a chart is drawn from: a reply's typed `result` (the JSON contract, base units), read
 * through these schemas, never its rendered strings. A reply whose result lacks what a chart needs
 * has no chart.
 */
const positive = z.number().finite().nonnegative();

export const cardsResultSchema = z.object({
  mode: z.enum(["infer", "train"]),
  /** The weights' precision (bf16, fp8, int4, …). */
  precision: z.string().optional(),
  gpu: z.string(),
  cards: positive,
  bytesTotal: positive,
  bytesPerCard: positive,
  usableBytesPerCard: positive,
  breakdown: z.object({
    weights: positive,
    gradients: positive,
    optimizer: positive,
    activations: positive,
    kvCache: positive,
    overhead: positive,
  }),
  /** The layout the answer chose, with what one GPU holds of each part (its "… per GPU" rows). */
  layout: z
    .object({
      perGpu: z.object({
        weights: positive.optional(),
        gradients: positive.optional(),
        optimizer: positive.optional(),
        activations: positive.optional(),
        gatherBuffer: positive.optional(),
        kvCache: positive.optional(),
        overhead: positive.optional(),
      }),
    })
    .optional(),
});

export const computeResultSchema = z.object({
  params: positive,
  tokens: positive,
  flops: positive,
  /** 6N + attention per token (PaLM App. B): when present, the FLOP the times and MFU are counted on. */
  flopsWithAttention: positive.optional(),
  gpu: z.string().optional(),
  gpus: positive.optional(),
  mfu: positive.optional(),
  /** The MFU as a range: an assumed one (no `mfu=`) spans 30–50%, a typed one is a point. */
  mfuRange: z.object({ low: positive, high: positive }).optional(),
  /** What the answer assumed for the question (`gpus` when no GPU count or time was given). */
  assumedInputs: z.object({ gpus: positive.optional() }).optional(),
  /** The GPU time was given (a published run's, or typed): the MFU it implies, by each count. */
  impliedMfu: z.object({ sixN: positive, withAttention: positive.optional() }).optional(),
  precision: z.string().optional(),
  costUsd: positive.optional(),
  seconds: positive.optional(),
  gpuHours: positive.optional(),
  /** The GPUs a question listed (`gpu=h100,a100`), each with its own time and cost. */
  byGpu: z
    .array(
      z.object({
        gpu: z.string(),
        mfu: positive,
        seconds: positive,
        /** The time over the MFU range: an assumed MFU gives a range, a typed one a point. */
        secondsRange: z.object({ low: positive, high: positive }).optional(),
        /** The dense peak the time is counted on, FLOP/s: it says the precision the list was run at. */
        peakFlopsPerGpu: positive.optional(),
        gpuHours: positive,
        pricePerGpuHour: positive.optional(),
        costUsd: positive.optional(),
      }),
    )
    .optional(),
});

export const chinchillaResultSchema = z.object({
  params: positive,
  tokens: positive,
  flops: positive,
  runTokens: positive.optional(),
});

export const compareResultSchema = z.object({
  models: z
    .array(
      z.object({
        name: z.string(),
        params: positive,
        tokens: positive.optional(),
        tokensPerParam: positive.optional(),
        flops: positive.optional(),
        gpuHours: positive.optional(),
        mfu: positive.optional(),
        /** `published` (the paper's figure) or `ours` (6ND over the published GPU time). */
        mfuSource: z.string().optional(),
        /** Ours counted with attention (PaLM App. B): `mfu` is this one, not 6N's. */
        mfuWithAttention: positive.optional(),
      }),
    )
    .min(2),
});

export type CardsResult = z.infer<typeof cardsResultSchema>;
export type ComputeResult = z.infer<typeof computeResultSchema>;
export type ChinchillaResult = z.infer<typeof chinchillaResultSchema>;
export type CompareResult = z.infer<typeof compareResultSchema>;

/** The commands that have a chart, and the schema of the result each chart reads. */
export const CHART_SCHEMAS = {
  cards: cardsResultSchema,
  compute: computeResultSchema,
  chinchilla: chinchillaResultSchema,
  compare: compareResultSchema,
} as const;

export type ChartCommand = keyof typeof CHART_SCHEMAS;

export type ChartInput =
  | { kind: "cards"; result: CardsResult }
  | { kind: "compute"; result: ComputeResult }
  | { kind: "chinchilla"; result: ChinchillaResult }
  | { kind: "compare"; result: CompareResult };

export const hasChart = (command: string): command is ChartCommand => Object.hasOwn(CHART_SCHEMAS, command);

/** The chart input of a successful reply, or undefined when its command has no chart. */
export function chartInput(reply: Reply): ChartInput | undefined {
  if (!reply.ok || !reply.result || !hasChart(reply.command)) return undefined;
  const kind = reply.command;
  const parsed = CHART_SCHEMAS[kind].safeParse(reply.result);
  return parsed.success ? ({ kind, result: parsed.data } as ChartInput) : undefined;
}

const ACCEPTS: Record<ChartCommand, Accepts> = {
  cards: acceptsOf(cardsResultSchema),
  compute: acceptsOf(computeResultSchema),
  chinchilla: acceptsOf(chinchillaResultSchema),
  compare: acceptsOf(compareResultSchema),
};

/** Whether chartInput(reply) gives a chart, without parsing the result (for the Chart button). */
export function hasChartInput(reply: Reply): boolean {
  return reply.ok && !!reply.result && hasChart(reply.command) && ACCEPTS[reply.command](reply.result);
}
