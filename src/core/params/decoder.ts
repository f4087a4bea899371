import { UserError } from "../errors.ts";
import type { ParamCount, ParamPart } from "./types.ts";
import { size, sumParts } from "./validate.ts";

export interface MoeOptions {
  /** Routed experts per MoE layer (E). */
  experts: number;
  /** Routed experts used per token (k). */
  topK: number;
  /** Always-on shared experts per MoE layer (DeepSeek-MoE style), each of width expertFfn. */
  sharedExperts?: number;
  /** Intermediate width of one expert's gated MLP. */
  expertFfn: number;
  /** The first k layers use the dense `ffn` instead of experts (DeepSeek-V3: first 3). */
  denseLayers?: number;
  /** A bias of E per router (DeepSeek-V3's e_score_correction_bias). */
  routerBias?: boolean;
}

export interface DecoderOptions {
  layers: number;
  hidden: number;
  /** Query heads. */
  heads: number;
  /** Key/value heads (grouped-query attention); defaults to heads (multi-head attention). */
  kvHeads?: number;
  /** Defaults to hidden/heads (must then divide evenly); set it for Gemma-style wider heads. */
  headDim?: number;
  /** Intermediate width of the dense gated MLP; needed unless every layer is MoE. */
  ffn?: number;
  vocab: number;
  tiedEmbeddings?: boolean;
  /**
   * true: biases on q, k, v and o (HF LlamaConfig.attention_bias); "qkv": on q, k, v only
   * (Qwen2/Qwen2.5).
   */
  attentionBias?: boolean | "qkv";
  moe?: MoeOptions;
}

/**
 * Llama-style decoder (Touvron et al. 2023; HF LlamaForCausalLM / MixtralForCausalLM modules):
 * attention q,o 2·h·n_q·d + k,v 2·h·n_kv·d (+ biases), gated MLP 3·h·ffn (gate, up, down), two
 * RMSNorms 2h per layer, final RMSNorm h, embedding V·h, untied head V·h. MoE layers (Mixtral,
 * Jiang et al. 2024 §2.1; DeepSeek-V3 §2.1.2): routed experts E·3·h·f_e, shared S·3·h·f_e,
 * router h·E; active = total − (E − k)·3·h·f_e per MoE layer.
 * nonEmbedding = total − token embedding − untied head.
 */
export function decoderParams(options: DecoderOptions): ParamCount {
  const { layers, hidden: h, heads, vocab, tiedEmbeddings = false, attentionBias = false, moe } = options;
  size("layers", layers);
  size("hidden", h);
  size("heads", heads);
  size("vocab", vocab);
  const kvHeads = size("kvHeads", options.kvHeads ?? heads);
  if (heads % kvHeads !== 0) throw new UserError("params.kvHeads", { heads, kvHeads });
  if (options.headDim === undefined && h % heads !== 0) {
    throw new UserError("params.headDim", { hidden: h, heads });
  }
  const headDim = size("headDim", options.headDim ?? h / heads);

  let attentionPerLayer = 2 * h * heads * headDim + 2 * h * kvHeads * headDim;
  if (attentionBias) attentionPerLayer += heads * headDim + 2 * kvHeads * headDim;
  if (attentionBias === true) attentionPerLayer += h;

  const denseLayers = moe ? size("denseLayers", moe.denseLayers ?? 0, 0) : layers;
  if (denseLayers > layers) throw new UserError("params.denseLayers", { denseLayers, layers });
  const moeLayers = layers - denseLayers;

  const parts: ParamPart[] = [{ id: "attention", params: layers * attentionPerLayer, count: layers }];
  if (denseLayers > 0) {
    if (options.ffn === undefined) throw new UserError("params.missing", { name: "ffn" });
    size("ffn", options.ffn);
    parts.push({ id: "mlp", params: denseLayers * 3 * h * options.ffn, count: denseLayers });
  }
  let inactive = 0;
  if (moe && moeLayers > 0) {
    const experts = size("experts", moe.experts);
    const topK = size("topK", moe.topK);
    if (topK > experts) throw new UserError("params.topK", { topK, experts });
    const shared = size("sharedExperts", moe.sharedExperts ?? 0, 0);
    const expert = 3 * h * size("expertFfn", moe.expertFfn);
    const router = h * experts + (moe.routerBias ? experts : 0);
    parts.push({ id: "router", params: moeLayers * router, count: moeLayers });
    parts.push({ id: "routedExperts", params: moeLayers * experts * expert, count: moeLayers * experts });
    if (shared > 0) {
      parts.push({ id: "sharedExperts", params: moeLayers * shared * expert, count: moeLayers * shared });
    }
    inactive = moeLayers * (experts - topK) * expert;
  }
  parts.push({ id: "norms", params: layers * 2 * h, count: layers });
  parts.push({ id: "finalNorm", params: h });
  parts.push({ id: "embedding", params: vocab * h });
  if (!tiedEmbeddings) parts.push({ id: "head", params: vocab * h });

  const total = sumParts(parts);
  const embeddings = vocab * h * (tiedEmbeddings ? 1 : 2);
  return { total, nonEmbedding: total - embeddings, active: total - inactive, parts };
}
