import { chinchillaOptimalTokens } from "../chinchilla.ts";
import { type AttentionShape, trainingFlops, trainingFlopsPerToken } from "../compute.ts";
import { extended } from "../extended.ts";
import { findGpu, type Gpu, peakFlops } from "../gpus.ts";
import { type MfuResult, mfuFromThroughput, modelFlopsUtilization } from "../mfu.ts";
import { oncePer } from "../oncePer.ts";
import { decoderParams, gptParams } from "../params/index.ts";
import { distinctSources } from "../sources.ts";
import type { Model, ModelSource } from "./schema.ts";

// What follows from a run's published inputs: recomputed parameters, 6ND, MFU, and the sources cited.

export const isMoe = (model: Model): boolean => model.published.activeParams !== undefined;

function modelGpu(model: Model): Gpu | undefined {
  return model.hardware?.gpu === undefined ? undefined : findGpu(model.hardware.gpu);
}

export interface RecomputedParams {
  total: number;
  /** Parameters used per token (MoE: shared + top-k experts); equals total for dense models. */
  active: number;
}

/**
 * The parameter count recomputed from the architecture: gptParams or decoderParams, plus the
 * features they do not model, each by its own formula:
 * - relative positions (Transformer-XL, Dai et al. 2019 §3.3): one h×h projection per layer;
 * - an embedding LayerNorm: 2h;
 * - a plain MLP: 2·h·ffn, i.e. the gated 3·h·ffn minus one h·ffn matrix per dense layer;
 * - LayerNorm biases: h per norm (two per layer, one final);
 * - QK-norm: (heads + kvHeads)·headDim per layer.
 * undefined for an architecture the formulas do not model (MLA).
 */
export function recomputeParams(model: Model): RecomputedParams | undefined {
  const arch = model.architecture;
  if (arch.kind === "gpt") {
    const count = gptParams({
      layers: arch.layers,
      width: arch.width,
      vocab: arch.vocab,
      ...(arch.positions === undefined ? {} : { context: arch.positions }),
      tiedHead: arch.tiedHead ?? true,
    });
    const total =
      count.total +
      (arch.relativePositions ? arch.layers * arch.width * arch.width : 0) +
      (arch.embeddingNorm ? 2 * arch.width : 0);
    return { total, active: total };
  }
  if (arch.kind === "decoder") {
    const count = decoderParams({
      layers: arch.layers,
      hidden: arch.hidden,
      heads: arch.heads,
      vocab: arch.vocab,
      tiedEmbeddings: arch.tiedEmbeddings ?? false,
      ...(arch.kvHeads === undefined ? {} : { kvHeads: arch.kvHeads }),
      ...(arch.headDim === undefined ? {} : { headDim: arch.headDim }),
      ...(arch.ffn === undefined ? {} : { ffn: arch.ffn }),
      ...(arch.moe === undefined ? {} : { moe: arch.moe }),
    });
    const headDim = arch.headDim ?? arch.hidden / arch.heads;
    const denseLayers = arch.moe ? (arch.moe.denseLayers ?? 0) : arch.layers;
    const extra =
      (arch.mlp === "plain" && arch.ffn !== undefined ? -denseLayers * arch.hidden * arch.ffn : 0) +
      (arch.normBias ? (2 * arch.layers + 1) * arch.hidden : 0) +
      (arch.qkNorm ? arch.layers * (arch.heads + (arch.kvHeads ?? arch.heads)) * headDim : 0);
    return { total: count.total + extra, active: (count.active ?? count.total) + extra };
  }
  return undefined;
}

/**
 * Layers, attention width (heads × head dim) and training context, for PaLM's attention term, with
 * the sliding window the entry declares (its local layers attend to min(T, W) tokens).
 */
export function attentionShape(model: Model): AttentionShape | undefined {
  const arch = model.architecture;
  if (arch.kind === "gpt") return { layers: arch.layers, attentionWidth: arch.width, context: model.context };
  if (arch.kind === "decoder") {
    const headDim = arch.headDim ?? arch.hidden / arch.heads;
    const shape = { layers: arch.layers, attentionWidth: arch.heads * headDim, context: model.context };
    const window = arch.slidingWindow;
    if (window === undefined) return shape;
    // "even": layers 0, 2, 4, … (modeling_gemma2: is_sliding = not layer_idx % 2), ⌈L/2⌉ of them.
    const localLayers = window.layers === "all" ? arch.layers : Math.ceil(arch.layers / 2);
    return extended(shape, { window: { width: window.width, localLayers } });
  }
  return undefined;
}

/** The run's GPU time in GPU-hours: published GPU-hours, or GPUs × wall time. */
export function publishedGpuHours(model: Model): number | undefined {
  const { gpuHours, gpus, days } = model.published;
  if (gpuHours) return gpuHours.value;
  if (gpus && days) return gpus.value * days.value * 24;
  return undefined;
}

/** Our numbers for a published run, from its published inputs (never from its published results). */
export interface RunEstimate {
  /** Recomputed from the architecture; undefined when it is not modelled. */
  params?: RecomputedParams;
  /** The N of 6ND: active parameters for a MoE, the total otherwise. */
  computeParams: number;
  chinchillaTokens: number;
  tokensPerParam?: number;
  /** 6·N·D with N = computeParams (Kaplan et al. 2020 §2.1). */
  flops?: number;
  /** MoE: 6·N·D with the total, the mistake behind impossible MFUs. */
  flopsTotalParams?: number;
  /** D·(6N + 12·L·H·Q·T) (PaLM Appendix B). */
  flopsWithAttention?: number;
  attention?: AttentionShape;
  gpu?: Gpu;
  peakFlopsPerGpu?: number;
  gpuHours?: number;
  /** 6ND over the published GPU time at the dense peak. */
  mfu?: MfuResult;
  /** MoE: the same with the total parameters (with the warnings that say why it is wrong). */
  mfuTotalParams?: MfuResult;
  /** From published throughput: tokens/s × FLOP per token (with attention when modelled) / (GPUs × peak). */
  mfuFromThroughput?: number;
}

/** A run's estimate depends on its catalog entry alone: made once per entry and shared (read only). */
export const estimateRun = oncePer((model: Model): RunEstimate => computeEstimate(model));

function computeEstimate(model: Model): RunEstimate {
  const p = model.published;
  const params = recomputeParams(model);
  const computeParams = p.activeParams?.value ?? p.params.value;
  const attention = attentionShape(model);
  const gpu = modelGpu(model);
  const peak = gpu ? peakFlops(gpu, model.precision) : undefined;
  const gpuHours = publishedGpuHours(model);
  const estimate: RunEstimate = {
    computeParams,
    chinchillaTokens: chinchillaOptimalTokens(p.params.value),
    ...(params ? { params } : {}),
    ...(attention ? { attention } : {}),
    ...(gpu ? { gpu } : {}),
    ...(peak ? { peakFlopsPerGpu: peak } : {}),
    ...(gpuHours ? { gpuHours } : {}),
  };
  if (p.tokens) {
    const tokens = p.tokens.value;
    estimate.tokensPerParam = tokens / p.params.value;
    estimate.flops = trainingFlops(computeParams, tokens);
    if (p.activeParams) estimate.flopsTotalParams = trainingFlops(p.params.value, tokens);
    if (attention) estimate.flopsWithAttention = tokens * trainingFlopsPerToken(computeParams, attention);
    if (peak && gpuHours) {
      const gpuSeconds = gpuHours * 3600;
      estimate.mfu = modelFlopsUtilization({ modelFlops: estimate.flops, gpuSeconds, peakFlopsPerGpu: peak });
      if (estimate.flopsTotalParams !== undefined) {
        estimate.mfuTotalParams = modelFlopsUtilization({
          modelFlops: estimate.flopsTotalParams,
          gpuSeconds,
          peakFlopsPerGpu: peak,
          moeCountedByTotal: true,
          activeParamsShare: computeParams / p.params.value,
        });
      }
    }
  }
  if (peak && p.tokensPerSecond && p.gpus) {
    const perToken = trainingFlopsPerToken(computeParams, attention);
    estimate.mfuFromThroughput = mfuFromThroughput({
      tokensPerSecond: p.tokensPerSecond.value,
      flopsPerToken: perToken,
      gpus: p.gpus.value,
      peakFlopsPerGpu: peak,
    }).mfu;
  }
  return estimate;
}
/** The distinct sources of an entry's figures and architecture, for a reply's sources line (once per entry, read only). */
export const modelSources = oncePer((model: Model): readonly ModelSource[] =>
  distinctSources([model.architectureSource, ...Object.values(model.published).map((f) => f.source)]),
);
