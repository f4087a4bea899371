import { inferenceFlopsPerToken } from "../core/compute.ts";
import { type Gpu, type Precision, peakFlops } from "../core/gpus.ts";
import { BYTES_PER_VALUE, type StoragePrecision, USABLE_MEMORY_FRACTION } from "../core/memory.ts";
import {
  decodeStep,
  expertsRead,
  type Hardware,
  prefillTime,
  replicasForRate,
  type ServingLayout,
  type ServingModel,
  searchServingLayout,
  servingMemory,
} from "../core/serving.ts";
import { row, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { Row, Text } from "../reply/reply.ts";
import { cardsText } from "./cardsTrain.ts";

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

export function servingReply(input: ServeInput): ServeOutput {
  const { model, gpu, nodeSize } = input;
  const usable = gpu.memoryGB * GB * USABLE_MEMORY_FRACTION;
  const rows: Row[] = [];
  const notes: Text[] = [];
  const warnings: Text[] = [];
  const result: Record<string, unknown> = {};
  const sequence = input.rate ? (input.prompt ?? input.context) + (input.generate ?? 0) : input.context;
  const precision = computePrecision(gpu, input.precision);
  const hardware: Hardware = { bandwidth: gpu.memoryBandwidthTBs * 1e12, peak: peakFlops(gpu, precision) };

  // The batch: what the user gave; for a rate, the largest power of two whose cache still fits.
  let batch = input.batch ?? 1;
  if (input.rate && input.batch === undefined) {
    // The smallest layout for one sequence; the batch then grows into its free memory.
    const base = searchServingLayout(model, input.precision, sequence, usable, nodeSize, input.fixed);
    for (let b = MAX_BATCH; base && b > 1; b /= 2) {
      if (servingMemory(model, input.precision, b * sequence, base.tp, base.pp, nodeSize).perGpu <= usable) {
        batch = b;
        break;
      }
    }
  }
  const layout = searchServingLayout(model, input.precision, batch * sequence, usable, nodeSize, input.fixed);
  if (!layout) {
    warnings.push(text("note.noServingLayout", { gpu: gpu.name }));
    return { rows, notes, warnings, result: { serving: null } };
  }

  rows.push(
    {
      label: text("row.layout"),
      value: { kind: "message", text: text("layout.serve", { tp: layout.tp, pp: layout.pp }) },
      formula: `t = 2^k ≤ ${nodeSize}${model.heads ? ` dividing ${model.heads} heads` : ""}; p${model.layers ? ` dividing ${model.layers} layers` : ""}`,
    },
    {
      label: text("row.cards"),
      value: { kind: "message", text: cardsText(layout.gpus, gpu, nodeSize) },
      formula: `t · p = ${layout.tp} × ${layout.pp}`,
    },
    row(
      "row.weightsPerGpu",
      "bytes",
      layout.weightsPerGpu,
      `N · ${BYTES_PER_VALUE[input.precision]} B / (t·p) = ${f(model.params)} × ${BYTES_PER_VALUE[input.precision]} / ${layout.gpus}`,
    ),
  );
  if (model.kv) {
    rows.push(
      row(
        "row.kvPerGpu",
        "bytes",
        layout.kvPerGpu,
        `${model.kv.formula} × ctx ${f(sequence)} × batch ${batch} × share ${f(layout.kvPerGpu / (model.kv.bytesPerToken * sequence * batch || 1))}`,
      ),
    );
    notes.push(text("note.kvPrecision", { kv: input.kvPrecision, weights: input.precision }));
  }
  rows.push(
    row("row.overheadPerGpu", "bytes", layout.overheadPerGpu, "10% × (weights + KV)"),
    row("row.perGpu", "bytes", layout.perGpu, `Σ = ${f(layout.perGpu / GB)} GB ≤ ${f(usable / GB)} GB`),
  );
  if (model.heads) notes.push(text("note.tpHeads", { heads: model.heads, node: nodeSize }));
  if (layout.pp > 1) notes.push(text("note.pipelineServing", { node: nodeSize, pp: layout.pp }));

  // Inference FLOP per token (PaLM Appendix B).
  const attention =
    model.attentionWidth && model.layers
      ? { layers: model.layers, attentionWidth: model.attentionWidth, context: sequence }
      : undefined;
  const flopsPerToken = inferenceFlopsPerToken(model.activeParams, attention);
  rows.push(
    row(
      "row.inferenceFlopsPerToken",
      "flop",
      flopsPerToken,
      attention
        ? `2·N + 4·L·ctx·d_attn = 2 × ${f(model.activeParams)} + 4 × ${model.layers} × ${f(sequence)} × ${f(attention.attentionWidth)}`
        : `2·N = 2 × ${f(model.activeParams)}`,
    ),
  );

  // Throughput: prefill (compute-bound) and decode (roofline).
  const step = decodeStep(model, input.precision, layout, hardware, batch, sequence);
  const prompt = input.prompt ?? input.context;
  const prefill = prefillTime(model, prompt, layout.gpus, hardware, input.mfu);
  rows.push(
    row(
      "row.prefillTime",
      "duration",
      prefill,
      `P · (2·N + 2·L·P·d_attn) / (GPUs · peak · MFU) = ${f(prompt)} tokens / (${layout.gpus} × ${f(hardware.peak)} ${precision} dense × ${f(input.mfu)})`,
    ),
    row(
      "row.decodePerReplica",
      "count",
      step.tokensPerSecondPerReplica,
      `batch / max(bytes / bandwidth, FLOP / peak) = ${batch} / max(${f(step.bytesPerGpu / GB)} GB / ${gpu.memoryBandwidthTBs} TB/s, ${f(step.flopsPerGpu)} / ${f(hardware.peak)}) × p ${layout.pp}`,
    ),
    row("row.decodePerGpu", "count", step.tokensPerSecondPerGpu, `per replica / ${layout.gpus}`),
    {
      label: text("row.decodeBound"),
      value: {
        kind: "message",
        text: text(step.bound === "memory" ? "bound.memory" : "bound.compute", { batch }),
      },
    },
  );
  notes.push(text("note.roofline", { mfu: Math.round(input.mfu * 100) }));
  if (model.moe) {
    notes.push(
      text("note.moeDecode", {
        experts: model.moe.experts,
        topK: model.moe.topK,
        batch,
        read: f(expertsRead(model.moe.experts, model.moe.topK, batch)),
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
        `1 / (prefill + G · step / batch) = 1 / (${f(prefill)} s + ${generate} × ${f(step.stepTime)} s / ${batch})`,
      ),
      row(
        "row.servingCards",
        "count",
        cards,
        `⌈${f(input.rate)} req/s / ${f(sizing.requestsPerSecondPerReplica)}⌉ = ${sizing.replicas} replicas × ${layout.gpus} ${gpu.name}`,
      ),
    );
    Object.assign(throughput, {
      requestsPerSecond: input.rate,
      generatedTokens: generate,
      requestsPerSecondPerReplica: sizing.requestsPerSecondPerReplica,
      replicas: sizing.replicas,
      gpus: cards,
    });
  }
  result.serving = {
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
  result.layout = result.serving;
  result.throughput = throughput;
  result.inferenceFlopsPerToken = flopsPerToken;
  return { rows, notes, warnings, layout, cards, result };
}
