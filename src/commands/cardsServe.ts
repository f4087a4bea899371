import { UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { type Gpu, type Precision, peakFlops } from "../core/gpus.ts";
import { servingTensorParallelSizes, servingTpFitsKvHeads, tensorParallelSizes } from "../core/layout.ts";
import {
  BYTES_PER_VALUE,
  INFERENCE_OVERHEAD,
  type StoragePrecision,
  USABLE_MEMORY_FRACTION,
} from "../core/memory.ts";
import { runArchitecture } from "../core/runArchitectures.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import {
  decodeStep,
  expertsRead,
  gqaKvLayout,
  type Hardware,
  type KvLayout,
  keepsSixteenBit,
  keptTokenLayers,
  kvBytesPerSequence,
  kvLayers,
  LARGEST_CLUSTER_GPUS,
  largestBatchAtRate,
  maxBatch,
  maxBatchOnGpus,
  mlaKvLayout,
  mostConcurrentOnGpus,
  prefillTime,
  replicasForRate,
  requestSeconds,
  type ServingLayout,
  type ServingModel,
  searchServingLayout,
  servingFlopsPerToken,
  servingMemory,
  sixteenBitParams,
  weightBytes,
  windowBinds,
} from "../core/serving.ts";
import { SOURCES } from "../core/sources.ts";
import { DEFAULT_MFU, GPUS_PER_NODE } from "../core/training.ts";
import { givenOptions, isGiven } from "../dispatch/tracked.ts";
import { formula, input as num, row, symbol, text } from "../reply/build.ts";
import type { FormulaInput, FormulaRef, Row, Source, Text } from "../reply/reply.ts";
import { availableVerdict, fp8Helps } from "./availableGpus.ts";
import { cardsText } from "./cardsTrain.ts";
import type { PresetWindow } from "./kvWindow.ts";
import type { PresetEmbedding } from "./presetEmbedding.ts";

/** Serving replies of `cards`: the layout an engine accepts, the KV cache, and the roofline throughput. */

export interface ServeInput {
  model: ServingModel;
  gpu: Gpu;
  nodeSize: number;
  precision: StoragePrecision;
  kvPrecision: StoragePrecision;
  context: number;
  /** Sequences decoded together; undefined: 1, or for a request rate the largest that fits. */
  batch?: number;
  fixed: { tp?: number; pp?: number };
  mfu: number;
  prompt?: number;
  generate?: number;
  rate?: number;
  /** Decode tokens/s each sequence must get (`100 tokens/s per user`): the batch that allows it. */
  perUser?: number;
  /** Prefill, decode and request-rate rows; off for `cards`, which answers memory only. */
  throughput: boolean;
  /** Decoding at the largest batch that fits as well, for a cost per token (serve with a price). */
  atMaxBatch?: boolean;
  /** The GPUs the asker has (`on 8 H100`): the max batch on all of them, replicas × per replica. */
  available?: number;
}

export interface ServeOutput {
  rows: Row[];
  notes: Text[];
  warnings: Text[];
  layout?: ServingLayout;
  cards?: number;
  result: Record<string, unknown>;
}

const GB = 1e9;
/** Largest batch tried when sizing for a request rate. */
const MAX_BATCH = 256;

/** The tensor-core precision a weight format computes in: weight-only int8/int4 dequantize to bf16. */
function computePrecision(gpu: Gpu, precision: StoragePrecision): Precision {
  const wanted: Precision[] =
    precision === "int4" || precision === "int8" || precision === "fp4"
      ? ["bf16", "fp16"]
      : [precision as Precision, "bf16", "fp16"];
  return wanted.find((p) => gpu.peakTflops[p] !== undefined) ?? "fp32";
}

/** The memory a serving layout may fill on one GPU (USABLE_MEMORY_FRACTION of it). */
const usableBytes = (gpu: Gpu): number => gpu.memoryGB * GB * USABLE_MEMORY_FRACTION;

/** The tokens one sequence holds: a request's prompt + generate (servedFromArgs sets both or neither), else the context. */
const sequenceOf = (input: ServeInput): number =>
  input.prompt !== undefined && input.generate !== undefined ? input.prompt + input.generate : input.context;

/**
 * The batch a serving answer sizes for and the smallest layout that holds it: the batch the user
 * gave; for a rate, the largest power of two whose cache still fits beside the smallest layout for
 * one sequence.
 */
function batchAndLayout(
  input: ServeInput,
  usable: number,
  sequence: number,
): { batch: number; layout: ServingLayout | undefined } {
  const { model, nodeSize } = input;
  let batch = input.batch ?? 1;
  if (input.rate && input.batch === undefined) {
    // The smallest layout for one sequence; the batch then grows into its free memory.
    const one = { context: sequence, batch: 1 };
    const base = searchServingLayout(model, input.precision, one, usable, nodeSize, input.fixed);
    for (let b = MAX_BATCH; base && b > 1; b /= 2) {
      const cache = { context: sequence, batch: b };
      if (servingMemory(model, input.precision, cache, base.tp, base.pp, nodeSize).perGpu <= usable) {
        batch = b;
        break;
      }
    }
  }
  const cache = { context: sequence, batch };
  return { batch, layout: searchServingLayout(model, input.precision, cache, usable, nodeSize, input.fixed) };
}

/** The GPUs servingReply's layout takes (its `cards` without throughput), without its rows. */
export function servingCards(input: ServeInput): number | undefined {
  return batchAndLayout(input, usableBytes(input.gpu), sequenceOf(input)).layout?.gpus;
}

export function servingReply(input: ServeInput): ServeOutput {
  const { model, gpu, nodeSize } = input;
  const usable = usableBytes(gpu);
  const rows: Row[] = [];
  const notes: Text[] = [];
  const warnings: Text[] = [];
  const result: Record<string, unknown> = {};
  const sequence = sequenceOf(input);
  const precision = computePrecision(gpu, input.precision);
  const hardware: Hardware = { bandwidth: gpu.memoryBandwidthTBs * 1e12, peak: peakFlops(gpu, precision) };
  const { batch, layout } = batchAndLayout(input, usable, sequence);
  if (!layout) {
    warnings.push(text("note.noServingLayout", { gpu: gpu.name }));
    return { rows, notes, warnings, result: { serving: null } };
  }
  // 8- or 4-bit weights with a known vocabulary: the embedding and head stay in 16 bits, and said so.
  const kept = keepsSixteenBit(model, input.precision);
  if (kept) {
    notes.push(
      text("note.servingSixteenBit", {
        kept: num("params", model.sixteenBit ?? 0),
        precision: input.precision,
      }),
    );
  }

  rows.push(
    {
      label: text("row.layout"),
      value: { kind: "message", text: text("layout.serve", { tp: layout.tp, pp: layout.pp }) },
      formula: formula(
        "serve.layout",
        { node: num("plain", nodeSize) },
        {
          after: [
            ...(model.heads ? [formula("serve.layout.heads", { heads: num("plain", model.heads) })] : []),
            // The pipeline's rule only where the layers are known (a bare size has no `p dividing …`).
            ...(model.layers
              ? [
                  formula("serve.layout.pipeline"),
                  model.layers % layout.pp === 0
                    ? formula("serve.layout.layers", { layers: num("plain", model.layers) })
                    : formula("serve.layout.stages", {
                        layers: num("plain", model.layers),
                        stage: num("plain", Math.ceil(model.layers / layout.pp)),
                      }),
                ]
              : []),
          ],
        },
      ),
    },
    {
      label: text("row.cards"),
      value: { kind: "message", text: cardsText(layout.gpus, gpu, nodeSize) },
      formula: formula("serve.cards", { tp: num("plain", layout.tp), pp: num("plain", layout.pp) }),
    },
    row(
      "row.weightsPerGpu",
      "bytes",
      layout.weightsPerGpu,
      model.layers && model.layers % layout.pp !== 0
        ? formula(kept ? "serve.weightsPerStageKept" : "serve.weightsPerStage", {
            bytes: num("plain", BYTES_PER_VALUE[input.precision]),
            N: num("params", model.params),
            ...(kept ? { kept: num("params", model.sixteenBit ?? 0) } : {}),
            stage: num("plain", Math.ceil(model.layers / layout.pp)),
            L: num("plain", model.layers),
            tp: num("plain", layout.tp),
          })
        : formula(kept ? "serve.weightsPerGpuKept" : "serve.weightsPerGpu", {
            bytes: num("plain", BYTES_PER_VALUE[input.precision]),
            N: num("params", model.params),
            ...(kept ? { kept: num("params", model.sixteenBit ?? 0) } : {}),
            gpus: num("plain", layout.gpus),
          }),
    ),
  );
  if (model.kv) {
    const derivation = model.kv.derivation;
    const share = num("ratio", layout.kvPerGpu / (kvBytesPerSequence(model.kv, sequence) * batch || 1));
    rows.push(
      row(
        "row.kvPerGpu",
        "bytes",
        layout.kvPerGpu,
        derivation.variant === "mla"
          ? formula("serve.kvPerGpuMla", {
              L: num("plain", derivation.layers),
              latent: num("count", derivation.latent),
              bytes: num("plain", derivation.bytesPerValue),
              ctx: num("tokens", sequence),
              batch: num("grouped", batch),
              share,
            })
          : gqaKvPerGpu(model.kv, derivation, sequence, batch, share, requestOf(input)),
      ),
    );
    notes.push(text("note.kvPrecision", { kv: input.kvPrecision, weights: input.precision }));
  }
  rows.push(
    row("row.overheadPerGpu", "bytes", layout.overheadPerGpu, formula("serve.overheadPerGpu")),
    row(
      "row.perGpu",
      "bytes",
      layout.perGpu,
      formula("serve.perGpu", { total: num("count", layout.perGpu / GB), usable: num("count", usable / GB) }),
    ),
  );
  const most = model.kv ? maxBatch(model, input.precision, sequence, layout, usable, nodeSize) : undefined;
  if (most) {
    rows.push(
      row(
        "row.maxBatch",
        "count",
        most.batch,
        formula("serve.maxBatch", {
          usable: num("count", usable / GB),
          weights: num("count", most.weightsPerGpu / GB),
          kvSeq: num("count", most.kvPerGpu / GB),
          ctx: num("tokens", sequence),
        }),
      ),
    );
    result.maxBatch = most.batch;
    if (input.available !== undefined)
      rows.push(...concurrencyOnGpus(input, layout, sequence, usable, result, notes));
  }
  if (model.heads) notes.push(text("note.tpHeads", { heads: model.heads, node: nodeSize }));
  notes.push(...servingKvHeadsNotes(model, input.fixed.tp, nodeSize));
  const kvHeads = model.kv?.kvHeads;
  if (input.fixed.tp !== undefined && kvHeads !== undefined && !servingTpFitsKvHeads(input.fixed.tp, kvHeads))
    warnings.push(text("note.servingTpKvHeads", { tp: input.fixed.tp, kv: kvHeads }));
  if (layout.pp > 1) notes.push(text("note.pipelineServing", { node: nodeSize, pp: layout.pp }));

  // Inference FLOP per token (PaLM Appendix B), over min(ctx, W) tokens on sliding-window layers.
  const attention =
    model.attentionWidth && model.layers
      ? { layers: model.layers, attentionWidth: model.attentionWidth, context: sequence }
      : undefined;
  const flopsPerToken = servingFlopsPerToken(model, sequence);
  rows.push(
    row(
      "row.inferenceFlopsPerToken",
      "flop",
      flopsPerToken,
      attention && model.kv && windowBinds(model.kv, sequence)
        ? windowFormula(model.kv, "serve.inferenceWindow", "serve.inferenceWindowMixed", {
            N: num("params", model.activeParams),
            ctx: num("tokens", sequence),
            d_attn: num("count", attention.attentionWidth),
          })
        : attention && model.mla
          ? formula("serve.inferenceMla", {
              N: num("params", model.activeParams),
              L: num("plain", attention.layers),
              ctx: num("tokens", sequence),
              H: num("plain", model.mla.heads),
              d_qk: num("plain", model.mla.qk),
              d_v: num("plain", model.mla.v),
            })
          : attention
            ? formula("serve.inference", {
                N: num("params", model.activeParams),
                L: num("plain", attention.layers),
                ctx: num("tokens", sequence),
                d_attn: num("count", attention.attentionWidth),
              })
            : formula("serve.inferenceWeights", { N: num("params", model.activeParams) }),
    ),
  );

  result.serving = servingResult(layout, model, input, nodeSize);
  result.layout = result.serving;
  result.inferenceFlopsPerToken = flopsPerToken;
  if (!input.throughput) return { rows, notes, warnings, layout, cards: layout.gpus, result };

  const cards = throughputRows(
    input,
    { layout, hardware, batch, sequence, precision, maxBatch: most?.batch },
    { rows, notes, result },
  );
  if (input.rate && cards > LARGEST_CLUSTER_GPUS)
    warnings.push(
      text("note.rateImplausible", {
        rate: num("ratio", input.rate),
        gpus: num("count", cards),
        largest: num("count", LARGEST_CLUSTER_GPUS),
      }),
    );
  return { rows, notes, warnings, layout, cards, result };
}

/** The GQA cache's per-GPU formula: with its sliding window where the window binds, else over every token. */
function gqaKvPerGpu(
  kv: KvLayout,
  derivation: Extract<KvLayout["derivation"], { variant: "gqa" }>,
  sequence: number,
  batch: number,
  share: FormulaInput,
  request: { prompt: number; generate: number } | undefined,
): FormulaRef {
  const inputs = {
    n_kv: num("plain", derivation.shape.kvHeads),
    d_head: num("plain", derivation.shape.headDim),
    bytes: num("plain", derivation.bytesPerValue),
    ctx: num("tokens", sequence),
    batch: num("grouped", batch),
    share,
  };
  if (windowBinds(kv, sequence))
    return windowFormula(kv, "serve.kvPerGpuWindow", "serve.kvPerGpuWindowMixed", inputs);
  const L = num("plain", derivation.shape.layers);
  return request
    ? formula("serve.kvPerGpuRequest", {
        L,
        n_kv: inputs.n_kv,
        d_head: inputs.d_head,
        bytes: inputs.bytes,
        P: num("tokens", request.prompt),
        G: num("tokens", request.generate),
        batch: inputs.batch,
        share,
      })
    : formula("serve.kvPerGpu", { L, ...inputs });
}

/** A request's prompt and generated tokens, when the sequence is their sum (sequenceOf). */
function requestOf(input: ServeInput): { prompt: number; generate: number } | undefined {
  return input.prompt !== undefined && input.generate !== undefined
    ? { prompt: input.prompt, generate: input.generate }
    : undefined;
}

/**
 * A sliding-window cache's formula: every layer windowed, min(ctx, W) for all L of them (Mistral 7B);
 * local and global layers, L_global · ctx + L_local · min(ctx, W) (Gemma 2 and 3). `inputs` are the
 * template's others; L (every layer windowed) or global and local, and W, are put in here.
 */
function windowFormula(
  kv: KvLayout,
  all: "serve.kvPerGpuWindow" | "serve.kvCacheWindow" | "serve.inferenceWindow" | "serve.prefillWindow",
  mixed:
    | "serve.kvPerGpuWindowMixed"
    | "serve.kvCacheWindowMixed"
    | "serve.inferenceWindowMixed"
    | "serve.prefillWindowMixed",
  inputs: Record<string, FormulaInput>,
): FormulaRef {
  const layers = kvLayers(kv);
  const local = kv.window?.slidingLayers.length ?? 0;
  const W = num("grouped", kv.window?.slidingWindow ?? 0);
  return local === layers
    ? formula(all, extended(inputs, { L: num("plain", layers), W }))
    : formula(
        mixed,
        extended(inputs, { global: num("plain", layers - local), local: num("plain", local), W }),
      );
}

function servingResult(layout: ServingLayout, model: ServingModel, input: ServeInput, nodeSize: number) {
  return {
    tp: layout.tp,
    pp: layout.pp,
    gpus: layout.gpus,
    nodes: layout.nodes,
    nodeSize,
    bytesPerGpu: layout.perGpu,
    perGpu: { weights: layout.weightsPerGpu, kvCache: layout.kvPerGpu, overhead: layout.overheadPerGpu },
    kvPrecision: input.kvPrecision,
    kvBytesPerToken: model.kv?.bytesPerToken ?? null,
  };
}

/** GPUs in one node of the common 8-GPU servers (DGX/HGX). */
export const NODE_SIZE = GPUS_PER_NODE;
/** Context assumed when none is given (said in a note). */
export const DEFAULT_CONTEXT = 4096;
/** A request's prompt and generated tokens when a rate comes without them (the README's example). */
export const DEFAULT_PROMPT = 1024;
export const DEFAULT_GENERATE = 256;

/** The option values `cards` and `serve` share. */
export interface ServeArgs {
  params: number;
  gpu: Gpu;
  "kv-precision"?: StoragePrecision | undefined;
  context?: number | undefined;
  batch?: number | undefined;
  layers?: number | undefined;
  hidden?: number | undefined;
  heads?: number | undefined;
  "kv-heads"?: number | undefined;
  "head-dim"?: number | undefined;
  tp?: number | undefined;
  pp?: number | undefined;
  active?: number | undefined;
  /** MLA: values cached per token and layer, d_c + d_R (read only with layers=). */
  "kv-latent"?: number | undefined;
  experts?: number | undefined;
  "top-k"?: number | undefined;
  rate?: number | undefined;
  prompt?: number | undefined;
  generate?: number | undefined;
  mfu?: number | undefined;
  /** Decode tokens/s per sequence asked for (serve only). */
  "per-user"?: number | undefined;
  /** The GPUs the asker has: the max batch on all of them. */
  available?: number | undefined;
}

/** Bounds that keep the search finite; every real model is far inside them. */
const MAX_SIZE = { parallel: 65_536, batch: 1_048_576, layers: 10_000, heads: 100_000, width: 10_000_000 };

export function positive(option: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UserError("cards.badSize", {
      option,
      max: max.toLocaleString("en-US"),
      example: `${option}=8`,
    });
  }
  return value;
}

/**
 * The max batch on the GPUs given: ⌊A/(t·p)⌋ replicas of the layout chosen, each at its max batch;
 * and, unless t was fixed, the tensor-parallel size whose replicas hold more on those GPUs (one
 * replica over more GPUs stores the weights once), with its own max batch in the formula.
 */
function concurrencyOnGpus(
  input: ServeInput,
  layout: ServingLayout,
  sequence: number,
  usable: number,
  result: Record<string, unknown>,
  notes: Text[],
): Row[] {
  const available = input.available ?? 0;
  const args = [input.model, input.precision, sequence] as const;
  const chosen = maxBatchOnGpus(...args, layout, usable, input.nodeSize, available);
  if (!chosen) return [];
  const best = input.fixed.tp
    ? undefined
    : mostConcurrentOnGpus(...args, layout.pp, usable, input.nodeSize, available);
  // One replica on the GPUs given, and none holding more: the per-replica row already says it.
  if (chosen.replicas === 1 && !(best && best.total > chosen.total)) return [];
  const rows: Row[] = [
    row(
      "row.maxBatchOnGpus",
      "count",
      chosen.total,
      formula("serve.maxBatchOnGpus", {
        available: num("grouped", available),
        gpus: num("plain", layout.gpus),
        replicas: num("grouped", chosen.replicas),
        batch: num("grouped", chosen.perReplica),
        total: num("grouped", chosen.total),
      }),
      { available },
    ),
  ];
  result.maxBatchOnGpus = { gpus: available, replicas: chosen.replicas, total: chosen.total };
  if (best && best.total > chosen.total) {
    rows.push(
      row(
        "row.maxBatchOnGpusLayout",
        "count",
        best.total,
        formula("serve.maxBatchOnGpusLayout", {
          available: num("grouped", available),
          gpus: num("plain", best.tp * best.pp),
          replicas: num("grouped", best.replicas),
          usable: num("count", usable / GB),
          weights: num("count", best.weightsPerGpu / GB),
          kvSeq: num("count", best.kvPerGpu / GB),
          batch: num("grouped", best.perReplica),
          total: num("grouped", best.total),
        }),
        { available, tp: best.tp, pp: best.pp },
      ),
    );
    result.maxBatchOnGpusBest = { tp: best.tp, pp: best.pp, replicas: best.replicas, total: best.total };
  }
  // Counts grouped as the rows write them (1,024 GPUs, 12,800 sequences).
  const onGpus = {
    available: num("grouped", available),
    gpus: num("grouped", layout.gpus),
    replicas: num("grouped", chosen.replicas),
    tp: layout.tp,
    pp: layout.pp,
    total: num("grouped", chosen.total),
  };
  notes.push(
    best && best.total > chosen.total
      ? text(
          "note.maxBatchOnGpusBetter",
          extended(onGpus, {
            bestReplicas: num("grouped", best.replicas),
            bestTp: best.tp,
            bestPp: best.pp,
            bestTotal: num("grouped", best.total),
          }),
        )
      : text("note.maxBatchOnGpus", onGpus),
  );
  return rows;
}

/** tp a power of two dividing the heads, pp at most the layers, sizes ≥ 1: otherwise a UserError with an example. */
export function validateLayoutArgs(
  args: Pick<ServeArgs, "tp" | "pp" | "batch" | "heads" | "layers" | "kv-heads" | "head-dim" | "hidden">,
  nodeSize: number,
): void {
  for (const [name, value, max] of [
    ["tp", args.tp, MAX_SIZE.parallel],
    ["pp", args.pp, MAX_SIZE.parallel],
    ["batch", args.batch, MAX_SIZE.batch],
    ["layers", args.layers, MAX_SIZE.layers],
    ["heads", args.heads, MAX_SIZE.heads],
    ["kv-heads", args["kv-heads"], MAX_SIZE.heads],
    ["head-dim", args["head-dim"], MAX_SIZE.width],
    ["hidden", args.hidden, MAX_SIZE.width],
  ] as const) {
    if (value !== undefined) positive(name, value, max);
  }
  const heads = args.heads;
  if (
    args.tp !== undefined &&
    heads &&
    !tensorParallelSizes(heads, Math.max(args.tp, nodeSize)).includes(args.tp)
  ) {
    throw new UserError("cards.badTp", { tp: args.tp, heads });
  }
  if (args.tp !== undefined && !heads && (args.tp & (args.tp - 1)) !== 0) {
    throw new UserError("cards.badTpPower", { tp: args.tp });
  }
  // A p that does not divide the layers leaves uneven stages, the fullest holding ⌈L/p⌉ (Llama 3
  // 405B trained on 16 stages of its 126 layers, Llama Team 2024, §3.3.2); more stages than layers
  // leave some empty.
  if (args.pp !== undefined && args.layers && args.pp > args.layers) {
    throw new UserError("cards.badPp", { pp: args.pp, layers: args.layers });
  }
}

export interface ServedFromArgs {
  rows: Row[];
  notes: Text[];
  warnings: Text[];
  /** What the answer rests on beyond the command's own sources (a sliding window's paper and config). */
  sources: Source[];
  result: Record<string, unknown>;
  count?: number;
  perCard?: number;
  total: number;
  breakdown: Record<string, number>;
}

/**
 * The serving options read only when the answer depends on them (the callers' `readAll` leaves
 * them out; serveFromArgs reads them from the tracked arguments): hidden only to derive the head
 * dimension of a KV cache or attention term; generate only with a request rate; experts and top-k
 * only together; kv-heads and kv-precision only where a KV cache is modelled (layers and a head
 * dimension); context for a KV cache or attention term, or as the prompt of a throughput
 * answer (never with both rate and prompt, whose sum with generate is the sequence); batch with a
 * KV cache or for throughput. Given otherwise, they are named as not used.
 */
export const SERVE_READS_LATER: ReadonlySet<string> = new Set([
  "kv-latent",
  "kv-heads",
  "kv-precision",
  "hidden",
  "generate",
  "experts",
  "top-k",
  "context",
  "batch",
]);

/** What serveFromArgs reads beyond `args`: the options read only where the answer uses them. */
type ServeLater = Pick<
  ServeArgs,
  | "kv-latent"
  | "kv-heads"
  | "kv-precision"
  | "hidden"
  | "generate"
  | "experts"
  | "top-k"
  | "context"
  | "batch"
>;

export interface ServeFromArgsOptions {
  throughput: boolean;
  precision: StoragePrecision;
  contextTyped?: boolean;
  /** The named run's MLA head dims (runArchitectures), for the attention FLOP with kv-latent=. */
  mla?: { heads: number; qk: number; v: number } | undefined;
  /** The named model's longest context (max_position_embeddings of its config.json), to warn past it. */
  maxContext?: { tokens: number; model: string } | undefined;
  /** The named model's sliding window (windowOf), for its KV cache. */
  window?: PresetWindow | undefined;
  /** The named model's token embedding (embeddingOf): kept in 16 bits when the weights are 8 or 4 bits. */
  embedding?: PresetEmbedding | undefined;
  /** Decode at the largest batch that fits too (ServeInput.atMaxBatch). */
  atMaxBatch?: boolean;
}

/**
 * Serving from option values: the KV cache from the GQA fields (or a warning that it is not
 * counted), the layout, and with `throughput` the prefill, decode and request-rate rows. `args`
 * is the callers' `readAll` of their tracked arguments but SERVE_READS_LATER; `later` is the
 * tracked arguments, read for those only where the answer uses them.
 */
export function serveFromArgs(
  args: ServeArgs,
  later: ServeLater,
  options: ServeFromArgsOptions,
): ServedFromArgs {
  return servedFromArgs(args, later, options, false);
}

/**
 * The GPUs serveFromArgs's answer takes (its `count`), read the same way but without its rows:
 * what a verdict on the GPUs at hand asks of other precisions (availableOn).
 */
export function servingCountFromArgs(
  args: ServeArgs,
  later: ServeLater,
  options: ServeFromArgsOptions,
): number | undefined {
  return servedFromArgs(args, later, options, true);
}

function servedFromArgs(
  args: ServeArgs,
  later: ServeLater,
  options: ServeFromArgsOptions,
  count: true,
): number | undefined;
function servedFromArgs(
  args: ServeArgs,
  later: ServeLater,
  options: ServeFromArgsOptions,
  count: false,
): ServedFromArgs;
function servedFromArgs(
  args: ServeArgs,
  later: ServeLater,
  options: ServeFromArgsOptions,
  count: boolean,
): ServedFromArgs | number | undefined {
  const precision = options.precision;
  const notes: Text[] = [];
  const warnings: Text[] = [];
  const heads = args.heads;
  // hidden / heads is the head dimension only where one is used: with layers (KV cache, attention).
  const hidden = args["head-dim"] === undefined && heads && args.layers ? later.hidden : undefined;
  if (hidden !== undefined) positive("hidden", hidden, MAX_SIZE.width);
  const headDim = args["head-dim"] ?? (hidden && heads ? hidden / heads : undefined);
  // The KV heads and the cache's precision only where a cache is modelled (layers and a head
  // dimension): given without one, they are named as not used.
  const kvHeads = args.layers && headDim ? (later["kv-heads"] ?? heads) : heads;
  // A mixture of experts needs both; one alone is not used.
  const experts = isGiven(later, "top-k") ? later.experts : undefined;
  const topK = experts ? later["top-k"] : undefined;
  // A rate, or a prompt= or generate= typed, sizes requests of prompt + generate tokens (the cache
  // holds the tokens a request has, not the model's context): those not given are assumed, and said so.
  const fromRequests =
    args.rate !== undefined ||
    (options.throughput && (args.prompt !== undefined || isGiven(later, "generate")));
  const typedGenerate = fromRequests ? later.generate : undefined;
  const assumedInputs: Record<string, number> = {};
  // A context typed with no prompt= is then the request's length: read as its prompt, and said so.
  const promptFromContext =
    fromRequests && args.prompt === undefined && options.contextTyped ? later.context : undefined;
  if (promptFromContext === undefined && fromRequests && args.prompt === undefined)
    assumedInputs.prompt = DEFAULT_PROMPT;
  if (fromRequests && typedGenerate === undefined) assumedInputs.generate = DEFAULT_GENERATE;
  const prompt = args.prompt ?? promptFromContext ?? assumedInputs.prompt;
  const generate = typedGenerate ?? assumedInputs.generate;
  if (promptFromContext !== undefined) {
    notes.push(
      text(args.rate !== undefined ? "note.contextAsPrompt" : "note.contextAsPromptNoRate", {
        context: num("tokens", promptFromContext),
        generate: num("tokens", generate ?? DEFAULT_GENERATE),
      }),
    );
  }
  if (heads && kvHeads && heads % kvHeads !== 0) throw new UserError("params.kvHeads", { heads, kvHeads });
  validateLayoutArgs(args, NODE_SIZE);
  // MLA's latent (DeepSeek-V2 §2.1) when given, else grouped-query attention's K and V per head.
  // The latent is per layer (d_c + d_R): without layers= it is not used, and said so.
  const latent = args.layers ? later["kv-latent"] : undefined;
  if (!args.layers && isGiven(later, "kv-latent")) warnings.push(text("note.mlaNeedsLayers"));
  const modelled = Boolean(latent || (args.layers && kvHeads && headDim));
  const kvPrecision = (modelled ? later["kv-precision"] : undefined) ?? "bf16";
  // The named model's sliding window holds for its own layers only: with other layers= it is not
  // applied, and said so.
  const named = options.window;
  const window = named && args.layers === named.layers ? named.window : undefined;
  const kv =
    latent && args.layers
      ? mlaKvLayout({ layers: args.layers, latent }, kvPrecision)
      : args.layers && kvHeads && headDim
        ? gqaKvLayout({ layers: args.layers, kvHeads, headDim }, kvPrecision, window)
        : undefined;

  // A request's sequence is prompt + generate: no context is used or assumed.
  const given =
    !fromRequests && (kv || (options.throughput && args.prompt === undefined)) ? later.context : undefined;
  const context = given ?? DEFAULT_CONTEXT;
  // Without a cache the context is still each prompt's length in prefill (a throughput answer):
  // assumed then too, shown in Read as and said.
  const prefillOnly = !kv && options.throughput && !fromRequests && args.prompt === undefined;
  if ((kv || prefillOnly) && !fromRequests && given === undefined)
    notes.push(text("note.contextAssumed", { context: num("tokens", context) }));
  if (prefillOnly && given === undefined) assumedInputs.context = context;
  const sequence = prompt !== undefined && generate !== undefined ? prompt + generate : context;
  if (kv && prompt !== undefined && generate !== undefined) {
    notes.push(
      text("note.kvAtRequest", {
        prompt: num("grouped", prompt),
        generate: num("grouped", generate),
        sequence: num("grouped", prompt + generate),
      }),
    );
  }
  const longest = sequence;
  const max = options.maxContext;
  if (max && longest > max.tokens) {
    warnings.push(
      text("serve.pastMaxContext", {
        tokens: num("tokens", longest),
        model: max.model,
        max: num("count", max.tokens),
      }),
    );
  }
  const batch = kv || options.throughput ? later.batch : undefined;
  if (batch !== undefined) positive("batch", batch, MAX_SIZE.batch);
  if (!kv) warnings.push(text("note.kvNeedsShape"));
  const model: ServingModel = {
    params: args.params,
    activeParams: args.active ?? args.params,
    ...(args.layers ? { layers: args.layers } : {}),
    ...(heads ? { heads } : {}),
    ...(args.layers && heads && headDim
      ? { attentionWidth: heads * headDim }
      : latent && args.layers && options.mla
        ? { attentionWidth: (options.mla.heads * (options.mla.qk + options.mla.v)) / 2, mla: options.mla }
        : {}),
    ...(kv ? { kv } : {}),
    ...(experts && topK ? { moe: { experts, topK } } : {}),
    ...(options.embedding
      ? {
          sixteenBit: sixteenBitParams(
            options.embedding.vocab,
            options.embedding.hidden,
            options.embedding.tied,
          ),
        }
      : {}),
    ...(options.embedding && !options.embedding.tied
      ? { lookupOnly: options.embedding.vocab * options.embedding.hidden }
      : {}),
  };
  const input: ServeInput = {
    model,
    gpu: args.gpu,
    nodeSize: NODE_SIZE,
    precision,
    kvPrecision,
    context,
    ...(batch !== undefined ? { batch } : {}),
    fixed: args.tp
      ? args.pp
        ? { tp: args.tp, pp: args.pp }
        : { tp: args.tp }
      : args.pp
        ? { pp: args.pp }
        : {},
    mfu: args.mfu ?? DEFAULT_MFU,
    ...(prompt !== undefined ? { prompt } : {}),
    ...(generate !== undefined ? { generate } : {}),
    ...(args.rate !== undefined ? { rate: args.rate } : {}),
    ...(args["per-user"] !== undefined && options.throughput ? { perUser: args["per-user"] } : {}),
    throughput: options.throughput,
    ...(options.atMaxBatch ? { atMaxBatch: true } : {}),
    ...(args.available !== undefined ? { available: args.available } : {}),
  };
  if (count) return servingCards(input);
  const served = servingReply(input);
  const throughput = served.result.throughput as { batch?: number; context?: number } | undefined;
  // The batch a throughput answer chose (the largest that fits for a rate, else 1) is assumed too.
  if (throughput?.batch !== undefined && batch === undefined) assumedInputs.batch = throughput.batch;
  if (
    assumedInputs.prompt !== undefined ||
    (assumedInputs.generate !== undefined && promptFromContext === undefined)
  ) {
    notes.push(
      text(args.rate !== undefined ? "note.requestAssumed" : "note.requestAssumedNoRate", {
        prompt: num("tokens", prompt ?? DEFAULT_PROMPT),
        generate: num("tokens", generate ?? DEFAULT_GENERATE),
      }),
    );
  }
  if (Object.keys(assumedInputs).length > 0) served.result.assumedInputs = assumedInputs;
  const sequences = throughput?.batch ?? batch ?? 1;
  const tokens = throughput?.context ?? sequence;
  const weights = weightBytes(model, precision);
  const kvTotal = kv ? kvBytesPerSequence(kv, tokens) * sequences : 0;
  const rows = [...served.rows];
  // The cache sized at a request's tokens rests on PagedAttention's allocation (note.kvAtRequest).
  const sources: Source[] = kv && prompt !== undefined && generate !== undefined ? [SOURCES.kwon2023] : [];
  const windowed = kv !== undefined && windowBinds(kv, tokens);
  // Said only where the window would have changed the cache (a sequence longer than it).
  if (named && kv && !window && tokens > named.window.slidingWindow) {
    notes.push(
      text("note.windowNotApplied", {
        window: num("grouped", named.window.slidingWindow),
        local: num("plain", named.window.slidingLayers.length),
        modelLayers: num("plain", named.layers),
        layers: num("plain", args.layers ?? 0),
      }),
    );
  }
  if (kv && windowed) {
    const full = kv.bytesPerToken * tokens;
    notes.push(
      text("note.slidingWindowKv", {
        local: num("plain", kv.window?.slidingLayers.length ?? 0),
        layers: num("plain", kvLayers(kv)),
        window: num("grouped", kv.window?.slidingWindow ?? 0),
        context: num("tokens", tokens),
        bytes: num("count", kvBytesPerSequence(kv, tokens) / GB),
        full: num("count", full / GB),
      }),
    );
    sources.push(SOURCES.mistral2023, ...(named?.sources ?? []));
    served.result.kvWindow = {
      window: kv.window?.slidingWindow,
      slidingLayers: kv.window?.slidingLayers.length,
      layers: kvLayers(kv),
      tokenLayersKept: keptTokenLayers(kv, tokens),
      bytesPerSequence: kvBytesPerSequence(kv, tokens),
      bytesPerSequenceWithoutWindow: full,
    };
  }
  if (kv) {
    rows.push(
      row(
        "row.kvCache",
        "bytes",
        kvTotal,
        kv.derivation.variant === "mla"
          ? formula("serve.kvCacheMla", {
              L: num("plain", kv.derivation.layers),
              latent: num("count", kv.derivation.latent),
              bytes: num("plain", kv.derivation.bytesPerValue),
              ctx: num("tokens", tokens),
              batch: num("grouped", sequences),
              precision: symbol(kvPrecision),
            })
          : windowed
            ? windowFormula(kv, "serve.kvCacheWindow", "serve.kvCacheWindowMixed", {
                perToken: num("bytes", kv.bytesPerToken),
                perLayer: num("bytes", kv.bytesPerToken / kvLayers(kv)),
                ctx: num("tokens", tokens),
                batch: num("grouped", sequences),
                precision: symbol(kvPrecision),
              })
            : prompt !== undefined && generate !== undefined
              ? formula("serve.kvCacheRequest", {
                  perToken: num("bytes", kv.bytesPerToken),
                  P: num("tokens", prompt),
                  G: num("tokens", generate),
                  batch: num("grouped", sequences),
                  precision: symbol(kvPrecision),
                })
              : formula("serve.kvCache", {
                  perToken: num("bytes", kv.bytesPerToken),
                  ctx: num("tokens", tokens),
                  batch: num("grouped", sequences),
                  precision: symbol(kvPrecision),
                }),
      ),
    );
  }
  const total = (weights + kvTotal) * (1 + INFERENCE_OVERHEAD);
  return {
    rows,
    notes: [...notes, ...served.notes],
    warnings: [...warnings, ...served.warnings],
    sources,
    result: served.result,
    ...(served.cards !== undefined ? { count: served.cards } : {}),
    ...(served.layout ? { perCard: served.layout.perGpu } : {}),
    total,
    breakdown: {
      weights,
      gradients: 0,
      optimizer: 0,
      activations: 0,
      kvCache: kvTotal,
      overhead: total - weights - kvTotal,
    },
  };
}

/**
 * Every option given, read once (the command's tracked arguments count each as used) into a plain
 * record: what reads them all anyway then reads the record, not the tracked arguments, dozens of
 * times. The options given (`givenOptions`, in the order validated), but those in `except` (left
 * for the caller to read from the tracked record when it uses them).
 */
export function readAll<T extends object>(tracked: T, except?: ReadonlySet<string>): T {
  const out: Record<string, unknown> = {};
  for (const name of givenOptions(tracked)) {
    if (!except?.has(name)) out[name] = (tracked as Record<string, unknown>)[name];
  }
  return out as T;
}

/**
 * Throughput on the layout found: prefill (compute-bound), decode (roofline, Pope et al. 2022) and,
 * for a request rate, the replicas it takes. Returns the cards in all.
 */
function throughputRows(
  input: ServeInput,
  found: {
    layout: ServingLayout;
    hardware: Hardware;
    batch: number;
    sequence: number;
    precision: Precision;
    maxBatch?: number | undefined;
  },
  reply: { rows: Row[]; notes: Text[]; result: Record<string, unknown> },
): number {
  const { model, gpu } = input;
  const { layout, hardware, batch, sequence, precision } = found;
  const { rows, notes, result } = reply;
  // Throughput: prefill (compute-bound) and decode (roofline).
  const step = decodeStep(model, input.precision, layout, hardware, batch, sequence);
  // The decode step's roofline inputs, shared by the step's row and the replica's tokens/s.
  const stepInputs = {
    bytes: num("count", step.bytesPerGpu / GB),
    bandwidth: num("plain", gpu.memoryBandwidthTBs),
    flop: num("flop", step.flopsPerGpu),
    peak: num("flopRate", hardware.peak),
    pp: num("plain", layout.pp),
  };
  if (model.lookupOnly) notes.push(text("note.decodeLookup", { table: num("params", model.lookupOnly) }));
  const prompt = input.prompt ?? input.context;
  // One prompt's stages run in series: t GPUs at a time, not t·p (said in a note when p > 1).
  const prefill = prefillTime(model, prompt, layout.tp, hardware, input.mfu);
  if (layout.pp > 1) notes.push(text("note.prefillPipeline", { tp: layout.tp, pp: layout.pp }));
  rows.push(
    row(
      "row.prefillTime",
      "duration",
      prefill,
      model.kv && model.attentionWidth && model.layers && windowBinds(model.kv, prompt)
        ? windowFormula(model.kv, "serve.prefillWindow", "serve.prefillWindowMixed", {
            N: num("params", model.activeParams),
            P: num("tokens", prompt),
            d_attn: num("count", model.attentionWidth),
            gpus: num("plain", layout.tp),
            peak: num("flopRate", hardware.peak),
            precision: symbol(precision),
            mfu: num("ratio", input.mfu),
          })
        : !model.attentionWidth || !model.layers
          ? formula("serve.prefillWeights", {
              P: num("tokens", prompt),
              N: num("params", model.activeParams),
              gpus: num("plain", layout.tp),
              peak: num("flopRate", hardware.peak),
              precision: symbol(precision),
              mfu: num("ratio", input.mfu),
            })
          : formula(model.mla ? "serve.prefillMla" : "serve.prefill", {
              P: num("tokens", prompt),
              gpus: num("plain", layout.tp),
              peak: num("flopRate", hardware.peak),
              precision: symbol(precision),
              mfu: num("ratio", input.mfu),
            }),
    ),
    row(
      "row.decodePerReplica",
      "count",
      step.tokensPerSecondPerReplica,
      formula("serve.decodePerReplica", extended(stepInputs, { batch: num("grouped", batch) })),
    ),
    // The latency of each token decoded (what `latency` asks): one step, whatever the batch gets from it.
    row("row.decodeStep", "duration", step.stepTime, formula("serve.decodeStep", stepInputs)),
    row(
      "row.decodePerGpu",
      "count",
      step.tokensPerSecondPerGpu,
      formula("serve.decodePerGpu", { gpus: num("plain", layout.gpus) }),
    ),
    {
      label: text("row.decodeBound"),
      value: {
        kind: "message",
        text: text(step.bound === "memory" ? "bound.memory" : "bound.compute", {
          batch: num("grouped", batch),
        }),
      },
    },
  );
  // A request's own time: its prefill, then its G decode steps (each step serves the whole batch).
  const request = requestOf(input);
  const seconds = request ? requestSeconds(prefill, request.generate, step.stepTime) : undefined;
  if (request && seconds !== undefined) {
    rows.push(
      row(
        "row.requestTime",
        "duration",
        seconds,
        formula("serve.requestTime", {
          prefill: num("duration", prefill),
          G: num("plain", request.generate),
          step: num("duration", step.stepTime),
        }),
      ),
    );
  }
  notes.push(text("note.roofline", { mfu: Math.round(input.mfu * 100) }));
  if (model.moe) {
    notes.push(
      text("note.moeDecode", {
        experts: model.moe.experts,
        topK: model.moe.topK,
        batch,
        read: num("count", expertsRead(model.moe.experts, model.moe.topK, batch)),
      }),
    );
  } else if (model.activeParams < model.params) {
    notes.push(text("note.moeNoExperts"));
  }

  const throughput: Record<string, unknown> = {
    batch,
    context: sequence,
    promptTokens: prompt,
    prefillSeconds: prefill,
    decodeStepSeconds: step.stepTime,
    decodeBound: step.bound,
    decodeTokensPerSecondPerReplica: step.tokensPerSecondPerReplica,
    decodeTokensPerSecondPerGpu: step.tokensPerSecondPerGpu,
    bytesReadPerGpuPerStep: step.bytesPerGpu,
    mfu: input.mfu,
    computePrecision: precision,
  };
  if (seconds !== undefined) throughput.requestSeconds = seconds;
  // A batch nobody chose (1) beside the largest that fits: what decoding at full memory turns out,
  // for a cost per token at the batch a server would run (servingCost.ts); only when it is costed.
  if (
    input.atMaxBatch &&
    input.batch === undefined &&
    !input.rate &&
    found.maxBatch !== undefined &&
    found.maxBatch > batch
  ) {
    const full = decodeStep(model, input.precision, layout, hardware, found.maxBatch, sequence);
    throughput.atMaxBatch = {
      batch: found.maxBatch,
      decodeTokensPerSecondPerReplica: full.tokensPerSecondPerReplica,
    };
  }
  if (input.perUser !== undefined) perSequenceRows(input, found, step, { rows, notes, result: throughput });
  let cards = layout.gpus;
  if (input.rate) {
    const generate = input.generate ?? 0;
    const sizing = replicasForRate(input.rate, prefill, generate, step);
    cards = sizing.replicas * layout.gpus;
    rows.push(
      row(
        "row.requestsPerReplica",
        "ratio",
        sizing.requestsPerSecondPerReplica,
        formula("serve.requestsPerReplica", {
          prefill: num("duration", prefill),
          G: num("plain", generate),
          step: num("duration", step.stepTime),
          batch: num("grouped", batch),
        }),
      ),
      row(
        "row.servingCards",
        "count",
        cards,
        formula("serve.replicas", {
          rate: num("ratio", input.rate),
          perReplica: num("ratio", sizing.requestsPerSecondPerReplica),
          replicas: num("grouped", sizing.replicas),
          gpus: num("count", layout.gpus),
          gpu: symbol(gpu.name),
        }),
      ),
    );
    throughput.requestsPerSecond = input.rate;
    throughput.generatedTokens = generate;
    throughput.requestsPerSecondPerReplica = sizing.requestsPerSecondPerReplica;
    throughput.replicas = sizing.replicas;
    throughput.gpus = cards;
  }
  result.throughput = throughput;
  return cards;
}

/**
 * A decode rate asked per sequence (`100 tokens/s per user for 64 users`): what each sequence gets at
 * the batch (1 / step), the largest batch that still gets the target on this layout (memory caps it),
 * and, when the batch asked is more, the replicas that share it. Pope et al. 2022 §3.
 */
function perSequenceRows(
  input: ServeInput,
  found: { layout: ServingLayout; hardware: Hardware; batch: number; sequence: number },
  step: { stepTime: number; tokensPerSecondPerReplica: number },
  out: { rows: Row[]; notes: Text[]; result: Record<string, unknown> },
): void {
  const target = input.perUser ?? 0;
  const { layout, hardware, batch, sequence } = found;
  const perSequence = 1 / step.stepTime;
  const usable = input.gpu.memoryGB * 1e9 * USABLE_MEMORY_FRACTION;
  const most =
    maxBatch(input.model, input.precision, sequence, layout, usable, input.nodeSize)?.batch ?? MAX_BATCH;
  const largest = largestBatchAtRate(input.model, input.precision, layout, hardware, sequence, target, most);
  out.rows.push(
    row(
      "row.decodePerSequence",
      "count",
      perSequence,
      formula("serve.decodePerSequence", {
        perReplica: num("count", step.tokensPerSecondPerReplica),
        batch: num("grouped", batch),
      }),
    ),
    row(
      "row.batchAtRate",
      "count",
      largest,
      formula("serve.batchAtRate", { target: num("count", target), most: num("grouped", most) }),
    ),
  );
  out.result.perSequenceTokensPerSecond = perSequence;
  out.result.targetPerSequence = target;
  out.result.largestBatchAtTarget = largest;
  const params = {
    batch: num("grouped", batch),
    rate: num("count", perSequence),
    target: num("count", target),
    largest: num("grouped", largest),
  };
  if (perSequence >= target) {
    out.notes.push(text("serve.perUserMet", params));
    return;
  }
  if (largest === 0) {
    out.notes.push(text("serve.perUserNever", params));
    out.result.replicasAtTarget = null;
    return;
  }
  const replicas = Math.ceil(batch / largest);
  out.result.replicasAtTarget = replicas;
  out.result.gpusAtTarget = replicas * layout.gpus;
  out.notes.push(
    text(
      "serve.perUserMissed",
      extended(params, {
        replicas: num("grouped", replicas),
        gpus: num("grouped", replicas * layout.gpus),
        gpu: input.gpu.name,
      }),
    ),
  );
}

/** The longest context of the run a preset named (its config's max_position_embeddings), when known. */
export function maxContextOf(
  preset: { name: string } | undefined,
): { tokens: number; model: string } | undefined {
  const model = preset ? lookupModel(preset.name) : undefined;
  return model?.maxContext === undefined ? undefined : { tokens: model.maxContext, model: model.name };
}

/**
 * The note when a preset filled the serving precision and the run's released weights are in
 * another (DeepSeek-V3's FP8 checkpoint served at the bf16 its MFU is measured against).
 */
export function releasedPrecisionNote(
  preset: { name: string; filled: Readonly<Record<string, string>> } | undefined,
  precision: string,
): Text | undefined {
  const model = preset?.filled.precision !== undefined ? lookupModel(preset.name) : undefined;
  const released = model?.releasedPrecision;
  return model && released && released !== precision
    ? text("note.releasedPrecision", { model: model.name, released, precision })
    : undefined;
}

/**
 * The MLA head dims of the run a preset named (DeepSeek-V3 config.json: 128 heads, qk 128 + 64,
 * v 128), for the attention FLOP the cache's kv-latent= alone cannot give.
 */
export function mlaOf(
  preset: { name: string } | undefined,
): { heads: number; qk: number; v: number } | undefined {
  const model = preset ? lookupModel(preset.name) : undefined;
  const arch = model ? runArchitecture(model.id)?.architecture : undefined;
  const mla = arch?.mla;
  return arch && mla
    ? { heads: arch.heads, qk: mla.qkNopeHeadDim + mla.qkRopeHeadDim, v: mla.vHeadDim }
    : undefined;
}

/**
 * The cards one replica needs against the GPUs the asker has (serve, and cards when serving), with
 * what 4-bit and, on a GPU with fp8 tensor cores, fp8 weights would need when short.
 */
export function availableOn(
  args: Parameters<typeof serveFromArgs>[0] & { available?: number | undefined },
  tracked: Parameters<typeof serveFromArgs>[1],
  needed: number | undefined,
  precision: string,
  window?: PresetWindow,
  embedding?: PresetEmbedding,
) {
  const available = positive("available", args.available ?? 0, 1_000_000);
  const short = needed === undefined || needed > available;
  const needed4bit =
    short && precision !== "int4"
      ? servingCountFromArgs(args, tracked, { throughput: false, precision: "int4", window, embedding })
      : undefined;
  const neededFp8 =
    needed4bit !== undefined && fp8Helps(args.gpu, precision)
      ? servingCountFromArgs(args, tracked, { throughput: false, precision: "fp8", window, embedding })
      : undefined;
  return availableVerdict({ available, needed, gpu: args.gpu.name, needed4bit, neededFp8 });
}

/**
 * When the KV heads rule out a t the query heads allow (Phi-3-medium: 40 heads, 10 KV heads), the
 * note saying which t an engine takes; nothing when tp= is typed (its own warning) or none is ruled out.
 */
function servingKvHeadsNotes(model: ServingModel, fixedTp: number | undefined, nodeSize: number): Text[] {
  const kv = model.kv?.kvHeads;
  if (fixedTp !== undefined || !model.heads || kv === undefined) return [];
  const allowed = servingTensorParallelSizes(model.heads, kv, nodeSize);
  if (allowed.length === tensorParallelSizes(model.heads, nodeSize).length) return [];
  return [text("note.servingKvHeadsTp", { kv, heads: model.heads, sizes: allowed.join(", ") })];
}
