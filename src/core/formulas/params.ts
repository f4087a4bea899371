import { decoderParams, gptParams } from "../params/index.ts";
import { defineFormulas } from "./types.ts";

/** Parameter counts, part by part (Kaplan et al. 2020 Table 1; Llama-style decoders counted tensor by tensor). */
export const PARAMS = defineFormulas({
  "params.repeated": {
    id: "params.repeated",
    substituted: "{count} × {each}",
    explain: [],
  },
  "params.total": {
    id: "params.total",
    symbolic: "Σ",
    substituted: "{total}",
    evaluate: gptParams,
    explain: [],
  },
  "params.nonEmbedding": {
    id: "params.nonEmbedding",
    symbolic: "total − embeddings",
    evaluate: gptParams,
    explain: [],
  },
  "params.activeMoe": {
    id: "params.activeMoe",
    symbolic: "total − (E − k) · 3·h·f_e · MoE layers",
    evaluate: decoderParams,
    explain: [],
  },
});
