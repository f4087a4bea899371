import { inferenceFlopsPerToken } from "../compute.ts";
import { kvCacheBytes } from "../memory.ts";
import { decodeStep, prefillTime, replicasForRate } from "../serving.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Serving: inference FLOP (PaLM App. B), KV cache, decode and prefill (Pope et al. 2022), replicas for a rate. */
export const SERVING = defineFormulas({
  "inference.perToken": {
    id: "inference.perToken",
    symbolic: "2N + 4·L·H·Q·T",
    evaluate: inferenceFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    readme: "inference",
    explain: [],
  },
  "memory.kvCache": {
    id: "memory.kvCache",
    symbolic: "2·L·n_kv·d_head·bytes·ctx·batch",
    evaluate: kvCacheBytes,
    readme: "inference memory",
    explain: ["explain.const.kvCache"],
  },
  "serving.decodeStep": {
    id: "serving.decodeStep",
    symbolic: "max(bytes read / HBM bandwidth, FLOP / dense peak)",
    evaluate: decodeStep,
    source: SOURCES.pope2022,
    at: "§3",
    readme: "decode",
    explain: [],
  },
  "serving.prefill": {
    id: "serving.prefill",
    symbolic: "P·(2N + 2·L·P·d_attn) / (GPUs · peak · MFU)",
    evaluate: prefillTime,
    source: SOURCES.palm2022,
    at: "Appendix B (causal average context P/2)",
    readme: "prefill",
    explain: [],
  },
  "serving.replicas": {
    id: "serving.replicas",
    symbolic: "⌈rate × (prefill + G · step / B)⌉",
    evaluate: replicasForRate,
    readme: "request rate",
    explain: [],
  },
});
