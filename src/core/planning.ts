/**
 * Planning from any end: a compute budget, a hardware budget, a deadline or a measured
 * throughput, each answered over a stated MFU range instead of one assumed MFU.
 */

/** A quantity over the MFU range: at the low MFU, the assumed point, and the high MFU. */
export interface Span {
  low: number;
  point: number;
  high: number;
}

/**
 * Default MFU range of large published runs: 30–50%, point 40%. PaLM Table 3 lists Gopher 32.5%,
 * Megatron-Turing NLG 30.2% and PaLM 46.2%; Llama 3 405B reports 38–43% (Llama 3 paper, Table 4).
 */
export const DEFAULT_MFU_SPAN: Span = { low: 0.3, point: 0.4, high: 0.5 };

/** The MFU span to plan with: the published range, or one pinned value (`mfu=`). */
export function mfuSpan(pinned?: number): Span {
  return pinned === undefined ? DEFAULT_MFU_SPAN : { low: pinned, point: pinned, high: pinned };
}

/** Applies f to each MFU of the span (the result keeps low/point/high of the MFU, not of the value). */
export function overSpan(span: Span, f: (mfu: number) => number): Span {
  return { low: f(span.low), point: f(span.point), high: f(span.high) };
}

/** Orders a span's values ascending, whichever way f ran (time falls as MFU rises). */
export function ascending(span: Span): Span {
  // Strictly ordered either way (the usual case): no array and no sort; ties and NaN are sorted.
  if (span.low < span.point && span.point < span.high)
    return { low: span.low, point: span.point, high: span.high };
  if (span.low > span.point && span.point > span.high)
    return { low: span.high, point: span.point, high: span.low };
  const [low, point, high] = [span.low, span.point, span.high].sort((a, b) => a - b) as [
    number,
    number,
    number,
  ];
  return { low, point, high };
}

/** GPU-seconds to deliver C at a given MFU: C / (peak · MFU) (PaLM §4.1 / App. B definition of MFU). */
export function gpuSecondsFor(flops: number, peakFlopsPerGpu: number, mfu: number): number {
  return flops / (peakFlopsPerGpu * mfu);
}

/** FLOP that GPU-seconds deliver at an MFU: GPU-s · peak · MFU. */
export function deliveredFlops(gpuSeconds: number, peakFlopsPerGpu: number, mfu: number): number {
  return gpuSeconds * peakFlopsPerGpu * mfu;
}

/** The MFU a run implies: C / (GPU-seconds · peak). */
export function impliedMfu(flops: number, gpuSeconds: number, peakFlopsPerGpu: number): number {
  return flops / gpuSeconds / peakFlopsPerGpu;
}

/** Tokens per second a deadline demands: D / t for the cluster, D / (t · GPUs) for one GPU. */
export function requiredThroughput(
  tokens: number,
  seconds: number,
  gpus?: number,
): { cluster: number; perGpu?: number } {
  const cluster = tokens / seconds;
  return gpus === undefined ? { cluster } : { cluster, perGpu: cluster / gpus };
}

/** Tokens/s one GPU sustains at an MFU: peak · MFU / (FLOP per token). */
export function tokensPerGpuSecond(peakFlopsPerGpu: number, mfu: number, flopsPerToken: number): number {
  return (peakFlopsPerGpu * mfu) / flopsPerToken;
}

/** Throughput from a step: global batch tokens / step time. */
export function throughputFromStep(batchTokens: number, stepSeconds: number): number {
  return batchTokens / stepSeconds;
}

/**
 * A total tokens/s that is more likely a per-GPU figure: read as a total it gives an MFU under
 * 2%, read per GPU it gives a plausible 5–100%.
 */
export function looksPerGpu(mfuAsTotal: number, gpus: number): boolean {
  const asPerGpu = mfuAsTotal * gpus;
  return mfuAsTotal < 0.02 && asPerGpu >= 0.05 && asPerGpu <= 1;
}

/**
 * Published fp8 training speed-up over bf16 on the same GPUs: Llama-3-70B continued pre-training
 * went from 415 to at most 570 TFLOP/s per H100 (Fujii et al. 2024, arXiv 2411.08719), 1.37×, not the
 * 2× of the peaks.
 */
export const FP8_PUBLISHED = { bf16Tflops: 415, fp8Tflops: 570 } as const;
export const FP8_PUBLISHED_SPEEDUP = FP8_PUBLISHED.fp8Tflops / FP8_PUBLISHED.bf16Tflops;
