import { estimateRun } from "../models.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** A published run re-derived (`model`, `compare`): its figures against the paper's, MFU by PaLM's definition. */
export const RUNS = defineFormulas({
  // A figure read from its paper: the source's title is the formula.
  cited: {
    id: "cited",
    substituted: "{source}",
    explain: [],
  },
  "run.vsPublished": {
    id: "run.vsPublished",
    substituted: " ({difference} vs published)",
    explain: [],
  },
  "run.gpuHoursFromDays": {
    id: "run.gpuHoursFromDays",
    symbolic: "GPUs × days × 24",
    substituted: "{GPUs} × {days} × 24 ({source})",
    evaluate: estimateRun,
    explain: [],
  },
  "run.mfuTotal": {
    id: "run.mfuTotal",
    symbolic: "6·N_total·D / (GPU-h × 3600 × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: estimateRun,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: ["explain.const.sixND", "explain.const.mfu"],
  },
  "run.mfu": {
    id: "run.mfu",
    symbolic: "6·{n}·D / (GPU-h × 3600 × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: estimateRun,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: ["explain.const.sixND", "explain.const.mfu"],
  },
  "run.mfuAttention": {
    id: "run.mfuAttention",
    symbolic: "D·(6N + 12·L·H·Q·T) / (GPU-h × 3600 × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: estimateRun,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.mfu"],
  },
  "run.mfuThroughput": {
    id: "run.mfuThroughput",
    symbolic: "tokens/s · ({perToken}) / (GPUs × peak)",
    substituted: "{tokensPerSecond} × … / ({GPUs} × {peak})",
    evaluate: estimateRun,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: ["explain.const.mfu"],
  },
  "run.achievedShare": {
    id: "run.achievedShare",
    substituted: "{source}; ≈ {share} of the dense peak",
    explain: [],
  },
});
