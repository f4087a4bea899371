import { convertMfu } from "../mfu.ts";
import { deliveredFlops, gpuSecondsFor, impliedMfu, requiredThroughput } from "../planning.ts";
import { SOURCES } from "../sources.ts";
import { wholeNodes } from "../training.ts";
import { defineFormulas } from "./types.ts";

/**
 * Time, GPUs and MFU of a run: t = C / (GPUs × peak × MFU) (Chowdhery et al. 2022, PaLM §4.1 and
 * Appendix B). `{C}` in the symbols is the FLOP counted: `6ND`, or `C_attn` with the attention term.
 */
export const PLANNING = defineFormulas({
  "time.definition": {
    id: "time.definition",
    symbolic: "t = C / (GPUs × peak × MFU)",
    evaluate: gpuSecondsFor,
    source: SOURCES.palm2022,
    at: "§4.1",
    readme: "time, cost",
    explain: [],
  },
  "gpu.peak": {
    id: "gpu.peak",
    substituted: "{gpu}, {precision} dense",
    explain: ["explain.const.densePeak"],
  },
  "gpu.hoursGiven": {
    id: "gpu.hoursGiven",
    substituted: "{gpuHours} GPU-hours",
    explain: [],
  },
  "gpu.hoursFromTime": {
    id: "gpu.hoursFromTime",
    symbolic: "GPUs · t / 3600",
    substituted: "{GPUs} × {t} s / 3600",
    explain: [],
  },
  "gpu.hoursFromBudget": {
    id: "gpu.hoursFromBudget",
    symbolic: "budget / price",
    substituted: "{budget} / {price}",
    explain: [],
  },
  "gpu.wallTimeFromHours": {
    id: "gpu.wallTimeFromHours",
    symbolic: "GPU-h × 3600 / GPUs",
    substituted: "{gpuHours} × 3600 / {GPUs}",
    explain: [],
  },
  "mfu.implied": {
    id: "mfu.implied",
    symbolic: "{C} / (GPU-h × 3600 × peak)",
    substituted: "{flops} / ({gpuSeconds} × {peak})",
    evaluate: impliedMfu,
    source: SOURCES.palm2022,
    at: "§4.1, Appendix B",
    explain: ["explain.const.mfu"],
  },
  "gpu.hoursAtMfu": {
    id: "gpu.hoursAtMfu",
    symbolic: "{C} / (peak · MFU) / 3600",
    substituted: "{flops} / ({peak} × {MFU}) / 3600",
    evaluate: gpuSecondsFor,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: [],
  },
  "gpu.countForDeadline": {
    id: "gpu.countForDeadline",
    symbolic: "⌈{C} / (t · peak · MFU)⌉",
    substituted: "⌈{flops} / ({t} s × {peak} × {MFU})⌉",
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: [],
  },
  "gpu.wholeNodes": {
    id: "gpu.wholeNodes",
    symbolic: "8 · ⌈GPUs / 8⌉",
    substituted: "8 × ⌈{gpus} / 8⌉ = {nodes} nodes of 8",
    substitutedKey: "formula.gpu.wholeNodes",
    evaluate: wholeNodes,
    explain: [],
  },
  "throughput.cluster": {
    id: "throughput.cluster",
    symbolic: "D / t",
    substituted: "{D} / {t} s",
    evaluate: requiredThroughput,
    explain: [],
  },
  "throughput.perGpu": {
    id: "throughput.perGpu",
    symbolic: "D / (t · GPUs)",
    substituted: "{D} / ({t} s × {GPUs})",
    evaluate: requiredThroughput,
    explain: [],
  },
  "gpu.wallTime": {
    id: "gpu.wallTime",
    symbolic: "{C} / (GPUs · peak · MFU)",
    substituted: "{flops} / ({GPUs} × {peak} × {MFU})",
    evaluate: gpuSecondsFor,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: ["explain.const.mfu"],
  },
  "mfu.otherBasis": {
    id: "mfu.otherBasis",
    symbolic: "MFU × 6ND / C_attn",
    substituted: "{MFU} × {flops6N} / {flopsAttention}",
    evaluate: convertMfu,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: [],
  },
  "cost.total": {
    id: "cost.total",
    symbolic: "GPU-hours · price",
    substituted: "{gpuHours} × {price}",
    explain: [],
  },
  "gpu.deliveredFlops": {
    id: "gpu.deliveredFlops",
    symbolic: "GPU-h × 3600 × peak × MFU",
    substituted: "{gpuSeconds} × {peak} × {MFU}",
    evaluate: deliveredFlops,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: ["explain.const.mfu"],
  },
  "gpu.compareTime": {
    id: "gpu.compareTime",
    substituted: "C / ({GPUs} × {peak} × {MFU}); {gpuHours} GPU-hours",
    evaluate: gpuSecondsFor,
    source: SOURCES.palm2022,
    at: "§4.1",
    explain: [],
  },
  "cost.compare": {
    id: "cost.compare",
    substituted: "{gpuHours} × {price}",
    explain: [],
  },
  // Fragments drawn after a formula: the ends of an MFU range and the assumed point.
  "range.mfu": {
    id: "range.mfu",
    substituted: "; MFU {high} → {atHigh}, {low} → {atLow}",
    explain: [],
  },
  "range.point": {
    id: "range.point",
    substituted: " (point: MFU {MFU})",
    substitutedKey: "formula.range.point",
    explain: [],
  },
  "range.usd": {
    id: "range.usd",
    substituted: "; {low} – {high}",
    explain: [],
  },
  "range.mwh": {
    id: "range.mwh",
    substituted: "; {low} – {high} MWh",
    explain: [],
  },
  "range.tons": {
    id: "range.tons",
    substituted: "; {low} – {high} t",
    explain: [],
  },
});
