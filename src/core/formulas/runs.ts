import { estimateRun } from "../runs/analysis.ts";
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
    substitutedKey: "formula.run.vsPublished",
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
  "run.hardware": {
    id: "run.hardware",
    substituted: "{GPUs} × {gpu}",
    explain: [],
  },
  // compare: a column per run, each value's formula listed under the table.
  "compare.active": {
    id: "compare.active",
    substituted: "{N} active",
    explain: [],
  },
  "compare.chinchilla20": {
    id: "compare.chinchilla20",
    substituted: "; Chinchilla 20",
    source: SOURCES.hoffmann2022,
    at: "Table 3",
    explain: ["explain.const.chinchilla"],
  },
  "compare.work6ND": {
    id: "compare.work6ND",
    symbolic: "6·{n}·D",
    explain: ["explain.const.sixND"],
  },
  "compare.workThroughput": {
    id: "compare.workThroughput",
    symbolic: "tokens/s × 6N",
    explain: [],
  },
  "compare.mfu": {
    id: "compare.mfu",
    substituted: "6N: {sixN} ({work} / (GPU-seconds × {precision} dense peak))",
    substitutedKey: "formula.compare.mfu6N",
    evaluate: estimateRun,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: ["explain.const.densePeak", "explain.const.mfu"],
  },
  "compare.mfuAttention": {
    id: "compare.mfuAttention",
    substituted: "; 6N + 12·L·H·Q·T (PaLM App. B): {mfu}",
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: ["explain.const.attention"],
  },
  "compare.published": {
    id: "compare.published",
    substituted: "; published {mfu}",
    substitutedKey: "formula.compare.published",
    explain: [],
  },
  "compare.publishedRange": {
    id: "compare.publishedRange",
    substituted: "; published {low}–{high}%",
    substitutedKey: "formula.compare.publishedRange",
    explain: [],
  },
  "compare.publishedNone": {
    id: "compare.publishedNone",
    substituted: "; published: —",
    substitutedKey: "formula.compare.publishedNone",
    explain: [],
  },
  "compare.mfuPublished": {
    id: "compare.mfuPublished",
    substituted: "published {mfu} ({source})",
    substitutedKey: "formula.compare.mfuPublished",
    explain: [],
  },
  "compare.mfuPublishedRange": {
    id: "compare.mfuPublishedRange",
    substituted: "published {low}–{high}% ({source})",
    substitutedKey: "formula.compare.mfuPublishedRange",
    explain: [],
  },
});
