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
  "arch.nonEmbedding": {
    id: "arch.nonEmbedding",
    substituted: "total − embeddings",
    substitutedKey: "formula.nonEmbedding",
    explain: [],
  },
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

/**
 * A published run's parameter recount (`model`): its architecture as the count reads it (GPT-style
 * L·(12h² + 13h) + V·h after Kaplan et al. 2020, Table 1; decoders tensor by tensor), the total,
 * and for a MoE the active parameters.
 */
export const RUN_COUNT = defineFormulas({
  "model.gptShape": {
    id: "model.gptShape",
    substituted: "{perLayers} + V·h, L {L}, h {h}, V {V}",
    evaluate: architectureParams,
    explain: [],
  },
  "model.gptPositions": { id: "model.gptPositions", substituted: ", pos {positions}", explain: [] },
  "model.gptRelative": { id: "model.gptRelative", substituted: ", + L·h² relative positions", explain: [] },
  "model.gptEmbeddingNorm": {
    id: "model.gptEmbeddingNorm",
    substituted: ", + 2h embedding norm",
    explain: [],
  },
  "model.decoderShape": {
    id: "model.decoderShape",
    substituted: "decoder L {L}, h {h}, {heads}",
    explain: [],
  },
  "model.kvHeads": { id: "model.kvHeads", substituted: "/{kv} kv", explain: [] },
  "model.heads": { id: "model.heads", substituted: " heads", explain: [] },
  "model.headDim": { id: "model.headDim", substituted: " × {d}", explain: [] },
  "model.moeMlp": { id: "model.moeMlp", substituted: ", {E} experts top-{k} × ffn {ffn}", explain: [] },
  "model.plainMlp": { id: "model.plainMlp", substituted: ", plain ffn {ffn}", explain: [] },
  "model.gatedMlp": { id: "model.gatedMlp", substituted: ", ffn {ffn}", explain: [] },
  "model.vocab": { id: "model.vocab", substituted: ", V {V}", explain: [] },
  "model.tied": { id: "model.tied", substituted: " tied", explain: [] },
  "model.otherShape": {
    id: "model.otherShape",
    substituted: "L {L}, h {h}, {heads} heads, V {V}",
    explain: [],
  },
  "model.recount": { id: "model.recount", substituted: " = {total}", explain: [] },
  "model.recountExact": {
    id: "model.recountExact",
    substituted: "{architecture} = {total}",
    evaluate: architectureParams,
    explain: [],
  },
  "model.activeExact": {
    id: "model.activeExact",
    symbolic: "shared + top-{k} routed experts + attention + embedding and head",
    substituted: "{active} ({difference} vs published; without the {embedding} embedding {without})",
    symbolicKey: "formula.model.activeExact.symbolic",
    substitutedKey: "formula.model.activeExact.substituted",
    evaluate: architectureParams,
    explain: [],
  },
  "model.activeRecount": {
    id: "model.activeRecount",
    symbolic: "total − (experts − top-k) × 3·h·ffn",
    substituted: "{active}",
    evaluate: architectureParams,
    explain: [],
  },
});
