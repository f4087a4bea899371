import { hardwareFlopsPerToken, trainingFlopsPerToken } from "../compute.ts";
import { gpuSeconds, mfuFromThroughput, modelFlopsUtilization } from "../mfu.ts";
import { throughputFromStep } from "../planning.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/**
 * Model FLOPs utilization: model FLOP / (GPU-seconds × dense peak) (Chowdhery et al. 2022, PaLM §4.1
 * and Appendix B). `{n}` in the symbols is `N`, or `N_active` for a MoE's active parameters.
 */
export const MFU = defineFormulas({
  "mfu.definition": {
    id: "mfu.definition",
    symbolic: "model FLOP / (GPU-seconds × dense peak)",
    evaluate: modelFlopsUtilization,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B",
    readme: "MFU",
    explain: ["explain.const.mfu"],
  },
  // Model FLOP per token, the symbols put into the formulas below.
  "perToken.sixN": {
    id: "perToken.sixN",
    symbolic: "6{n}",
    evaluate: trainingFlopsPerToken,
    source: SOURCES.kaplan2020,
    at: "§2.1",
    explain: ["explain.const.sixND"],
  },
  "perToken.attention": {
    id: "perToken.attention",
    symbolic: "6{n} + 12·L·H·Q·T",
    evaluate: trainingFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    readme: "with attention",
    explain: ["explain.const.sixND", "explain.const.attention"],
  },
  // With a sliding window (Jiang et al. 2023, §2) a window layer attends to min(T, W) tokens: L·T is
  // L_global·T + L_local·min(T, W) (Gemma 2 alternates; Mistral 7B has L_global = 0).
  "perToken.attentionWindow": {
    id: "perToken.attentionWindow",
    symbolic: "6{n} + 12·H·Q·(L_global·T + L_local·min(T, W))",
    evaluate: trainingFlopsPerToken,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 6N + 12·L·H·Q·T: PaLM Appendix B)",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.slidingWindow"],
  },
  "perToken.hardware": {
    id: "perToken.hardware",
    symbolic: "8{n}",
    evaluate: hardwareFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B (full recomputation)",
    explain: [],
  },
  "perToken.hardwareAttention": {
    id: "perToken.hardwareAttention",
    symbolic: "8{n} + 16·L·H·Q·T",
    evaluate: hardwareFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B (full recomputation)",
    readme: "hardware FLOP (full recomputation)",
    explain: [],
  },
  "perToken.hardwareAttentionWindow": {
    id: "perToken.hardwareAttentionWindow",
    symbolic: "8{n} + 16·H·Q·(L_global·T + L_local·min(T, W))",
    evaluate: hardwareFlopsPerToken,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; full recomputation: PaLM Appendix B)",
    explain: ["explain.const.slidingWindow"],
  },
  "mfu.workRun": {
    id: "mfu.workRun",
    symbolic: "D · ({perToken})",
    substituted: "{D} × {flopsPerToken}",
    explain: [],
  },
  "mfu.workRate": {
    id: "mfu.workRate",
    symbolic: "tokens/s · ({perToken})",
    substituted: "{tokensPerSecond} × {flopsPerToken}",
    evaluate: mfuFromThroughput,
    explain: [],
  },
  "mfu.sixN": {
    id: "mfu.sixN",
    symbolic: "6{n} FLOP / (GPU-s × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: modelFlopsUtilization,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B",
    explain: ["explain.const.mfu"],
  },
  "mfu.attention": {
    id: "mfu.attention",
    symbolic: "(6{n} + 12·L·H·Q·T) FLOP / (GPU-s × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: modelFlopsUtilization,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.mfu"],
  },
  "mfu.attentionWindow": {
    id: "mfu.attentionWindow",
    symbolic: "(6{n} + 12·H·Q·(L_global·T + L_local·min(T, W))) FLOP / (GPU-s × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: modelFlopsUtilization,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B (the attention term over a sliding window: Jiang et al. 2023, §2)",
    explain: [
      "explain.const.sixND",
      "explain.const.attention",
      "explain.const.slidingWindow",
      "explain.const.mfu",
    ],
  },
  "mfu.hardware": {
    id: "mfu.hardware",
    symbolic: "hardware FLOP / (GPU-s × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: ["explain.const.mfu"],
  },
  // From a throughput (tokens/s): one second of the cluster, FLOP/s over GPUs (PaLM §4.1 computes
  // MFU from observed tokens per second this way).
  "mfu.sixNRate": {
    id: "mfu.sixNRate",
    symbolic: "6{n} FLOP/s / (GPUs × peak)",
    substituted: "{flops} / ({gpus} × {peak})",
    evaluate: mfuFromThroughput,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B",
    explain: ["explain.const.mfu"],
  },
  "mfu.attentionRate": {
    id: "mfu.attentionRate",
    symbolic: "(6{n} + 12·L·H·Q·T) FLOP/s / (GPUs × peak)",
    substituted: "{flops} / ({gpus} × {peak})",
    evaluate: mfuFromThroughput,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.mfu"],
  },
  "mfu.attentionWindowRate": {
    id: "mfu.attentionWindowRate",
    symbolic: "(6{n} + 12·H·Q·(L_global·T + L_local·min(T, W))) FLOP/s / (GPUs × peak)",
    substituted: "{flops} / ({gpus} × {peak})",
    evaluate: mfuFromThroughput,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B (the attention term over a sliding window: Jiang et al. 2023, §2)",
    explain: [
      "explain.const.sixND",
      "explain.const.attention",
      "explain.const.slidingWindow",
      "explain.const.mfu",
    ],
  },
  "mfu.hardwareRate": {
    id: "mfu.hardwareRate",
    symbolic: "hardware FLOP/s / (GPUs × peak)",
    substituted: "{flops} / ({gpus} × {peak})",
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: ["explain.const.mfu"],
  },
  "mfu.achievedPerGpuRate": {
    id: "mfu.achievedPerGpuRate",
    symbolic: "FLOP/s / GPUs",
    substituted: "{flops} / {gpus}",
    evaluate: mfuFromThroughput,
    explain: [],
  },
  "mfu.achievedPerGpu": {
    id: "mfu.achievedPerGpu",
    symbolic: "FLOP / GPU-seconds",
    substituted: "{flops} / {gpuSeconds}",
    evaluate: modelFlopsUtilization,
    explain: [],
  },
  "mfu.achievedGiven": {
    id: "mfu.achievedGiven",
    substituted: "tflops= {tflops} TFLOP/s",
    explain: [],
  },
  "mfu.fromAchieved": {
    id: "mfu.fromAchieved",
    symbolic: "achieved / peak",
    substituted: "{achieved} / {peak}",
    explain: [],
  },
  "mfu.tokensAtAchieved": {
    id: "mfu.tokensAtAchieved",
    symbolic: "achieved / (FLOP per token)",
    substituted: "{achieved} / {flopsPerToken}",
    explain: [],
  },
  "mfu.gpuSecondsFromHours": {
    id: "mfu.gpuSecondsFromHours",
    symbolic: "GPU-hours × 3600",
    substituted: "{gpuHours} × 3600",
    evaluate: gpuSeconds,
    explain: [],
  },
  "mfu.gpuSecondsFromTime": {
    id: "mfu.gpuSecondsFromTime",
    symbolic: "GPUs × t",
    substituted: "{GPUs} × {t} s",
    evaluate: gpuSeconds,
    explain: [],
  },
  "throughput.perGpuGiven": {
    id: "throughput.perGpuGiven",
    symbolic: "tokens-per-gpu × GPUs",
    substituted: "{perGpu} × {GPUs}",
    explain: [],
  },
  "throughput.fromStep": {
    id: "throughput.fromStep",
    symbolic: "batch tokens / step time",
    substituted: "{batchTokens} / {stepTime} s",
    evaluate: throughputFromStep,
    explain: [],
  },
  "throughput.given": {
    id: "throughput.given",
    symbolic: "tokens-per-second",
    substituted: "{tokensPerSecond}",
    explain: [],
  },
  "throughput.perGpuOfCluster": {
    id: "throughput.perGpuOfCluster",
    symbolic: "tokens/s / GPUs",
    substituted: "{tokensPerSecond} / {GPUs}",
    explain: [],
  },
});
