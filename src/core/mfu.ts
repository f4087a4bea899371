import type { Notice } from "./notice.ts";

/** Above this, an MFU is suspicious: the best published large runs sit around 40–60% (PaLM 46.2%, Table 3). */
export const SUSPICIOUS_MFU = 0.6;

export type GpuTime = { gpuHours: number } | { gpus: number; seconds: number };

/** GPU-seconds = GPU-hours × 3600, or GPUs × wall time. */
export function gpuSeconds(time: GpuTime): number {
  return "gpuHours" in time ? time.gpuHours * 3600 : time.gpus * time.seconds;
}

export interface MfuInput {
  modelFlops: number;
  gpuSeconds: number;
  /** Dense peak at the training precision, FLOP/s per GPU. */
  peakFlopsPerGpu: number;
  /** The parameter count used was the total of a mixture-of-experts model. */
  moeCountedByTotal?: boolean;
  /** Active parameters of that MoE, to say what MFU they would give. */
  activeParamsShare?: number;
}

export interface MfuResult {
  mfu: number;
  achievedFlopsPerGpu: number;
  warnings: Notice[];
}

/** MFU = model FLOP / (GPU-seconds × dense peak) (Chowdhery et al. 2022, PaLM §4.1 and Appendix B). */
export function modelFlopsUtilization(input: MfuInput): MfuResult {
  const achievedFlopsPerGpu = input.modelFlops / input.gpuSeconds;
  const mfu = achievedFlopsPerGpu / input.peakFlopsPerGpu;
  return { mfu, achievedFlopsPerGpu, warnings: mfuWarnings(mfu, input) };
}

/**
 * A percent as the MFU row shows it (three significant digits): a whole percent up to 999%, and
 * 6,141% as 6,140%, so a warning never names another number than the row above it.
 */
const shownPercent = (fraction: number): number => {
  const percent = fraction * 100;
  return percent < 999.5 ? Math.round(percent) : Number(percent.toPrecision(3));
};

function mfuWarnings(mfu: number, input: MfuInput): Notice[] {
  if (mfu <= SUSPICIOUS_MFU) return [];
  const percent = shownPercent(mfu);
  const warnings: Notice[] = [
    mfu > 1 ? { id: "mfu.impossible", params: { percent } } : { id: "mfu.suspicious", params: { percent } },
  ];
  if (input.moeCountedByTotal) {
    const withActive = input.activeParamsShare === undefined ? undefined : mfu * input.activeParamsShare;
    warnings.push(
      withActive === undefined
        ? { id: "mfu.causeMoe" }
        : { id: "mfu.causeMoeActive", params: { percent: Math.round(withActive * 100) } },
    );
  } else {
    warnings.push({ id: "mfu.causes" });
  }
  return warnings;
}

/** Throughput form: one second of the run, tokens/s × FLOP per token over GPUs × 1 s. */
export function mfuFromThroughput(
  input: Omit<MfuInput, "modelFlops" | "gpuSeconds"> & {
    tokensPerSecond: number;
    flopsPerToken: number;
    gpus: number;
  },
): MfuResult {
  // The MFU input written out: a spread followed by keys is slow on Node 20.
  const mfuInput: MfuInput = {
    modelFlops: input.tokensPerSecond * input.flopsPerToken,
    gpuSeconds: input.gpus,
    peakFlopsPerGpu: input.peakFlopsPerGpu,
  };
  if (input.moeCountedByTotal !== undefined) mfuInput.moeCountedByTotal = input.moeCountedByTotal;
  if (input.activeParamsShare !== undefined) mfuInput.activeParamsShare = input.activeParamsShare;
  return modelFlopsUtilization(mfuInput);
}

/** MFU of one run under both definitions of model FLOP per token, each labelled where shown. */
export interface MfuBothWays {
  /** Model FLOP per token 6N (Kaplan et al. 2020 §2.1). */
  sixN: number;
  /** Model FLOP per token 6N + 12·L·H·Q·T (PaLM Appendix B), when the attention shape is known. */
  withAttention?: number;
}

/**
 * The one definition of MFU, model FLOP / (GPU-seconds × dense peak), evaluated with both FLOP
 * counts. `perToken6N` and `perTokenAttention` are model FLOP per token; a forward-only or other
 * per-token count can be passed the same way.
 */
export function mfuBothWays(input: {
  tokens: number;
  perToken6N: number;
  perTokenAttention?: number;
  gpuSeconds: number;
  peakFlopsPerGpu: number;
}): MfuBothWays {
  const denominator = input.gpuSeconds * input.peakFlopsPerGpu;
  const sixN = (input.tokens * input.perToken6N) / denominator;
  return input.perTokenAttention === undefined
    ? { sixN }
    : { sixN, withAttention: (input.tokens * input.perTokenAttention) / denominator };
}

/** The same GPU time read under another FLOP count: MFU_to = MFU_from × (FLOP/token)_to / (FLOP/token)_from. */
export function convertMfu(mfu: number, fromPerToken: number, toPerToken: number): number {
  return (mfu * toPerToken) / fromPerToken;
}

/**
 * The share of a logged rate that is model FLOP when the tool counted the recomputed forward pass:
 * Narayanan et al. 2021 (Megatron-LM) count 96·B·s·l·h² a step, forward, backward (2×) and the
 * recomputed forward, where the model's own work is 72·B·s·l·h² (eq. 3 and the text after it).
 */
export const MODEL_SHARE_WITH_RECOMPUTE = 3 / 4;
