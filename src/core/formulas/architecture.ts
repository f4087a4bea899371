import { kvBytesPerToken } from "../forward.ts";
import { architectureParams, fp8BlockScales } from "../params/architecture.ts";
import { defineFormulas } from "./types.ts";

/**
 * The rows of an exactly counted architecture (`params`, `model`): parts counted tensor by tensor
 * as the Hugging Face modeling code builds them, MoE active parameters, DeepSeek-V3's MTP module
 * (DeepSeek-AI 2024, §2.2) and FP8 block scales (§3.3), and the KV cache per token: 2·n_kv·d_head
 * per layer, or d_c + d_R for MLA (DeepSeek-V2 §2.1).
 */
export const ARCHITECTURE = defineFormulas({
  "arch.part": {
    id: "arch.part",
    substituted: "{count} × {each}",
    evaluate: architectureParams,
    explain: [],
  },
  "arch.total": {
    id: "arch.total",
    symbolic: "Σ",
    substituted: "{total} ({architecture})",
    evaluate: architectureParams,
    explain: [],
  },
  // The same sum for an architecture whose first layers are dense (DeepSeek-V3): its explanation has
  // always carried the dense-peak note (the description's word "dense"), kept so `explain` reads the same.
  "arch.totalFirstDense": {
    id: "arch.totalFirstDense",
    symbolic: "Σ",
    substituted: "{total} ({architecture})",
    evaluate: architectureParams,
    explain: ["explain.const.densePeak"],
  },
  "arch.nonEmbedding": { id: "arch.nonEmbedding", substituted: "total − embeddings", explain: [] },
  "arch.active": {
    id: "arch.active",
    symbolic: "total − (E − k) · expert · MoE layers",
    substituted: "total − ({E} − {k}) × {routed} / {E}",
    evaluate: architectureParams,
    explain: [],
  },
  "arch.mtp": {
    id: "arch.mtp",
    substituted: "enorm + hnorm + M_k (2h·h) + one block + head norm",
    evaluate: architectureParams,
    explain: [],
  },
  "arch.withMtp": {
    id: "arch.withMtp",
    symbolic: "main + MTP + stored copies of embedding and head",
    substituted: "{total} + {mtp} + {copies}",
    explain: [],
  },
  "arch.fp8Scales": {
    id: "arch.fp8Scales",
    substituted: "one fp32 per {block}×{block} block of each FP8 matrix",
    evaluate: fp8BlockScales,
    explain: [],
  },
  "arch.hubTitle": { id: "arch.hubTitle", substituted: "{title}", explain: [] },
  "arch.hubExact": { id: "arch.hubExact", substituted: "ours: {stored} (exact)", explain: [] },
  "arch.hubApart": { id: "arch.hubApart", substituted: "ours: {stored} ({apart} apart)", explain: [] },
  "arch.kvMla": {
    id: "arch.kvMla",
    symbolic: "L · (d_c + d_R) · 2 B",
    substituted: "{L} × ({d_c} + {d_R}) × 2",
    evaluate: kvBytesPerToken,
    explain: ["explain.const.mlaCache"],
  },
  "arch.kvGqa": {
    id: "arch.kvGqa",
    symbolic: "L · 2 · n_kv · d_head · 2 B",
    substituted: "{L} × 2 × {n_kv} × {d_head} × 2",
    evaluate: kvBytesPerToken,
    explain: [],
  },
  "arch.safetensors": {
    id: "arch.safetensors",
    substituted: "/ {bytes} B ({dtype}) = {count} vs {total}",
    explain: [],
  },
  "arch.safetensorsSize": {
    id: "arch.safetensorsSize",
    substituted: "model.safetensors.index.json metadata.total_size",
    explain: [],
  },
});
