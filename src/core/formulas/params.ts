import { decoderParams, gptParams, networkParams } from "../params/index.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Parameter counts, part by part (Kaplan et al. 2020 Table 1 and Narayanan et al. 2021 §5.1; Llama-style decoders counted tensor by tensor). */
export const PARAMS = defineFormulas({
  "params.gpt": {
    id: "params.gpt",
    // 12h² per layer is Kaplan et al. 2020 Table 1 (biases and norms left out); the 13h that
    // counts them is Narayanan et al. 2021 §5.1, P = 12lh²(1 + 13/(12h) + (V + s)/(12lh)).
    symbolic: "L·(12h² + 13h)",
    evaluate: gptParams,
    source: SOURCES.narayanan2021,
    at: "§5.1",
    readme: "GPT-style params",
    explain: [],
  },
  "params.decoder": {
    id: "params.decoder",
    symbolic: "h·(n_q + 2·n_kv)·d + n_q·d·h",
    evaluate: decoderParams,
    readme: "Llama-style params",
    explain: [],
  },
  "params.dense": {
    id: "params.dense",
    symbolic: "in·out + out",
    evaluate: networkParams,
    readme: "dense, conv, RNN",
    explain: [],
  },
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
    symbolicKey: "formula.nonEmbedding",
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
