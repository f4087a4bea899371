import * as z from "zod";
import { UserError } from "../errors.ts";
import type { ParamCount, ParamPart } from "./types.ts";
import { size, sumParts } from "./validate.ts";

const count = z.number().int().positive();
const zeroOrMore = z.number().int().nonnegative();

/** Multi-head latent attention (DeepSeek-V2 §2.1.2–2.1.3, DeepSeek-V3 §2.1.1). */
const mlaSchema = z.object({
  /** d'_c: the query's low-rank width; absent (V2-Lite) = a full h → heads·(nope+rope) query projection. */
  qLoraRank: count.optional(),
  /** d_c: the compressed key/value latent width (the part of the KV cache that is not RoPE). */
  kvLoraRank: count,
  qkNopeHeadDim: count,
  /** d^R_h: the decoupled RoPE key, shared by every head and cached per token. */
  qkRopeHeadDim: count,
  vHeadDim: count,
});

const moeLayoutSchema = z.object({
  experts: count,
  topK: count,
  /** Width of one routed expert's gated MLP. */
  expertFfn: count,
  /** Always-on shared experts (DeepSeekMoE): `sharedExperts` MLPs of width `sharedFfn` (default expertFfn). */
  sharedExperts: zeroOrMore.default(0),
  sharedFfn: count.optional(),
  /** The first k layers keep the dense MLP (DeepSeek first_k_dense_replace). */
  firstDenseLayers: zeroOrMore.default(0),
  /** After those, every n-th layer is MoE, the others dense (Llama 4 interleave_moe_layer_step; 1 = all). */
  every: count.default(1),
  /** Explicit dense layers after the first (Qwen3-MoE mlp_only_layers, 0-based). */
  denseLayerIndices: z.array(zeroOrMore).default([]),
  /** A bias of E on the router (DeepSeek-V3 e_score_correction_bias; gpt-oss router bias). */
  routerBias: z.boolean().default(false),
  /** Biases on the experts' projections (gpt-oss): 2·f + h per expert. */
  expertBias: z.boolean().default(false),
});

/**
 * A decoder-only transformer as Hugging Face configs describe it: enough to count every
 * trainable tensor exactly, to compute forward FLOP per token and the KV cache per token.
 */
export const architectureSchema = z.object({
  layers: count,
  hidden: count,
  heads: count,
  kvHeads: count,
  headDim: count,
  vocab: count,
  /** Dense MLP width (every layer when there is no MoE; the dense layers of a MoE). */
  ffn: count.optional(),
  tiedEmbeddings: z.boolean().default(false),
  /** "gated": gate, up, down (3·h·f, SwiGLU/GeGLU); "plain": up, down (2·h·f). */
  mlp: z.enum(["gated", "plain"]).default("gated"),
  mlpBias: z.boolean().default(false),
  /** Biases on q, k, v ("qkv": Qwen2) or on q, k, v and o ("all": Llama attention_bias). */
  attentionBias: z.enum(["none", "qkv", "all"]).default("none"),
  /** RMSNorm on q and k: "perHead" over head_dim (Qwen3, Gemma 3), "full" over the whole projection (OLMo 2). */
  qkNorm: z.enum(["none", "perHead", "full"]).default("none"),
  /** Norms per layer: 2 (pre-attention, pre-MLP; OLMo 2's two post-norms) or 4 (Gemma 2/3: pre and post each). */
  normsPerLayer: z.union([z.literal(2), z.literal(4)]).default(2),
  /** LayerNorm with a bias (+h per norm) instead of RMSNorm. */
  normBias: z.boolean().default(false),
  /** A learned sink logit per head and layer (gpt-oss). */
  attentionSinks: z.boolean().default(false),
  /** Sliding-window width and which layers use it (0-based); the others attend to the whole context. */
  slidingWindow: count.optional(),
  slidingLayers: z.array(zeroOrMore).default([]),
  mla: mlaSchema.optional(),
  moe: moeLayoutSchema.optional(),
  /** DeepSeek-V3 multi-token prediction modules (§2.2), counted apart from the main model. */
  mtpModules: zeroOrMore.default(0),
});
export type Architecture = z.infer<typeof architectureSchema>;
export type ArchitectureInput = z.input<typeof architectureSchema>;

/** Validates a shape (UserError params.invalidSize on a bad size) and fills the defaults. */
export function architecture(input: ArchitectureInput): Architecture {
  const parsed = architectureSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") || "architecture";
    const value = issue?.path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k as string], input);
    throw new UserError("params.invalidSize", { name, value: String(value), min: 1 });
  }
  const arch = parsed.data;
  if (arch.heads % arch.kvHeads !== 0) {
    throw new UserError("params.kvHeads", { heads: arch.heads, kvHeads: arch.kvHeads });
  }
  if (arch.moe && arch.moe.topK > arch.moe.experts) {
    throw new UserError("params.topK", { topK: arch.moe.topK, experts: arch.moe.experts });
  }
  return arch;
}

/** Long lists of layer indices as sets, for the loops that ask each layer of one (WeakMap: no list kept alive). */
const layerSets = new WeakMap<readonly number[], ReadonlySet<number>>();

/**
 * Whether `layers` (a list of layer indices) holds `layer`. A loop over the layers asks this of
 * every layer: for a list of a config.json's (10,000 layers, 30,000 indices in 64 KB) a scan each
 * time took most of a second, so a long list is asked as a set made once.
 */
export function holdsLayer(layers: readonly number[], layer: number): boolean {
  if (layers.length <= 16) return layers.includes(layer);
  let set = layerSets.get(layers);
  if (!set) {
    set = new Set(layers);
    layerSets.set(layers, set);
  }
  return set.has(layer);
}

/** Whether layer i (0-based) is a MoE layer. */
export function isMoeLayer(arch: Architecture, i: number): boolean {
  const moe = arch.moe;
  if (!moe || i < moe.firstDenseLayers || holdsLayer(moe.denseLayerIndices, i)) return false;
  return (i - moe.firstDenseLayers) % moe.every === moe.every - 1;
}

export function moeLayerCount(arch: Architecture): number {
  let n = 0;
  for (let i = 0; i < arch.layers; i++) if (isMoeLayer(arch, i)) n++;
  return n;
}

/** The matrices of one attention block (no norms, no biases): what the forward pass multiplies by. */
export function attentionMatrixParams(arch: Architecture): number {
  const { hidden: h, heads, kvHeads, headDim, mla } = arch;
  if (mla) {
    const qk = mla.qkNopeHeadDim + mla.qkRopeHeadDim;
    // DeepSeek-V2 eqs. 9–10 and 14, 37: W^DQ, W^UQ/W^QR (or a full W^Q), W^DKV with W^KR, W^UK/W^UV, W^O.
    const query = mla.qLoraRank ? h * mla.qLoraRank + mla.qLoraRank * heads * qk : h * heads * qk;
    const kvDown = h * (mla.kvLoraRank + mla.qkRopeHeadDim);
    const kvUp = mla.kvLoraRank * heads * (mla.qkNopeHeadDim + mla.vHeadDim);
    return query + kvDown + kvUp + heads * mla.vHeadDim * h;
  }
  // q and o: h·n_q·d each; k and v: h·n_kv·d each (grouped-query attention, Ainslie et al. 2023).
  return 2 * h * heads * headDim + 2 * h * kvHeads * headDim;
}

/** Everything else an attention block trains: biases, q/k norms, MLA's latent norms, sinks. */
function attentionExtraParams(arch: Architecture): number {
  const { hidden: h, heads, kvHeads, headDim, mla } = arch;
  let extra = 0;
  if (mla) extra += (mla.qLoraRank ?? 0) + mla.kvLoraRank; // q_a_layernorm, kv_a_layernorm
  if (arch.attentionBias !== "none") extra += heads * headDim + 2 * kvHeads * headDim;
  if (arch.attentionBias === "all") extra += h;
  if (arch.qkNorm === "perHead") extra += 2 * headDim;
  if (arch.qkNorm === "full") extra += (heads + kvHeads) * headDim;
  if (arch.attentionSinks) extra += heads;
  return extra;
}

const mlpMatrices = (arch: Architecture, h: number, f: number) => (arch.mlp === "gated" ? 3 : 2) * h * f;
const mlpBias = (arch: Architecture, h: number, f: number) =>
  arch.mlpBias ? (arch.mlp === "gated" ? 2 : 1) * f + h : 0;

export interface LayerCounts {
  attention: number;
  denseMlp: number;
  routedExpert: number;
  sharedExperts: number;
  router: number;
  norms: number;
}

/** Parameters of one layer's pieces (per layer, per expert for the routed experts). */
export function layerCounts(arch: Architecture): LayerCounts {
  const h = arch.hidden;
  const moe = arch.moe;
  const f = arch.ffn ?? 0;
  const expert = moe ? mlpMatrices(arch, h, moe.expertFfn) + (moe.expertBias ? 2 * moe.expertFfn + h : 0) : 0;
  const sharedFfn = moe ? (moe.sharedFfn ?? moe.expertFfn) : 0;
  return {
    attention: attentionMatrixParams(arch) + attentionExtraParams(arch),
    denseMlp: mlpMatrices(arch, h, f) + mlpBias(arch, h, f),
    routedExpert: expert,
    sharedExperts: moe ? moe.sharedExperts * mlpMatrices(arch, h, sharedFfn) : 0,
    router: moe ? h * moe.experts + (moe.routerBias ? moe.experts : 0) : 0,
    norms: arch.normsPerLayer * h * (arch.normBias ? 2 : 1),
  };
}

/** A DeepSeek-V3 MTP module as the checkpoint stores it (§2.2, Figure 3). */
export interface MtpCount {
  /** Its own weights: enorm, hnorm, the 2h→h projection M_k, one transformer block, the head norm. */
  unique: number;
  /** The embedding and output head, shared with the main model but stored again in the checkpoint. */
  storedCopies: number;
}

export interface ArchitectureCount extends ParamCount {
  active: number;
  mtp?: MtpCount;
}

/**
 * Every trainable tensor of a decoder-only transformer (Hugging Face modeling code, layer by
 * layer): attention (q, k, v, o or MLA's down/up projections, plus biases, q/k norms, sinks),
 * the dense gated MLP 3·h·f, MoE layers (routed experts E·3·h·f_e, shared experts, router h·E),
 * 2 or 4 norms per layer, the final norm, the embedding and an untied head. `active` keeps only
 * the top-k routed experts (Shazeer et al. 2017; Fedus et al. 2022). MTP modules are not part
 * of `total` (DeepSeek-V3 reports 671B for the main model, §2.2).
 */
export function architectureParams(input: ArchitectureInput): ArchitectureCount {
  const arch = architecture(input);
  const { layers, hidden: h, vocab } = arch;
  const each = layerCounts(arch);
  const moeLayers = moeLayerCount(arch);
  const denseLayers = layers - moeLayers;
  if (denseLayers > 0 && arch.ffn === undefined) throw new UserError("params.missing", { name: "ffn" });
  if (denseLayers > 0) size("ffn", arch.ffn ?? 0);

  const parts: ParamPart[] = [{ id: "attention", params: layers * each.attention, count: layers }];
  if (denseLayers > 0) parts.push({ id: "mlp", params: denseLayers * each.denseMlp, count: denseLayers });
  let inactive = 0;
  const moe = arch.moe;
  if (moe && moeLayers > 0) {
    parts.push({ id: "router", params: moeLayers * each.router, count: moeLayers });
    parts.push({
      id: "routedExperts",
      params: moeLayers * moe.experts * each.routedExpert,
      count: moeLayers * moe.experts,
    });
    if (moe.sharedExperts > 0) {
      parts.push({ id: "sharedExperts", params: moeLayers * each.sharedExperts, count: moeLayers });
    }
    inactive = moeLayers * (moe.experts - moe.topK) * each.routedExpert;
  }
  parts.push({ id: "norms", params: layers * each.norms, count: layers });
  parts.push({ id: "finalNorm", params: h * (arch.normBias ? 2 : 1) });
  parts.push({ id: "embedding", params: vocab * h });
  if (!arch.tiedEmbeddings) parts.push({ id: "head", params: vocab * h });

  const total = sumParts(parts);
  const embeddings = vocab * h * (arch.tiedEmbeddings ? 1 : 2);
  const result: ArchitectureCount = {
    total,
    nonEmbedding: total - embeddings,
    active: total - inactive,
    parts,
  };
  if (arch.mtpModules > 0) {
    // One block like the last main layer (a MoE layer in DeepSeek-V3), enorm + hnorm + the head's norm 3h, M_k 2h·h.
    const lastIsMoe = isMoeLayer(arch, layers - 1);
    const block =
      each.attention +
      each.norms +
      (lastIsMoe && moe ? each.router + moe.experts * each.routedExpert + each.sharedExperts : each.denseMlp);
    result.mtp = {
      unique: arch.mtpModules * (block + 3 * h + 2 * h * h),
      storedCopies: arch.mtpModules * embeddings,
    };
  }
  return result;
}

/**
 * FP8 block scales a checkpoint stores beside its FP8 weights: one fp32 `weight_scale_inv` per
 * b×b block of every quantized linear layer (DeepSeek-V3 §3.3.2, 128×128 weight blocks), here the
 * attention and MLP/expert matrices of every main layer and MTP block; the embedding, head,
 * router and the MTP projection stay in bf16. The Hub's safetensors count includes them.
 */
export function fp8BlockScales(input: ArchitectureInput, block: number): number {
  const arch = architecture(input);
  size("block", block);
  const blocks = (rows: number, cols: number) => Math.ceil(rows / block) * Math.ceil(cols / block);
  const { hidden: h, heads, kvHeads, headDim, mla, moe } = arch;
  let attention: number;
  if (mla) {
    const qk = mla.qkNopeHeadDim + mla.qkRopeHeadDim;
    attention =
      (mla.qLoraRank ? blocks(mla.qLoraRank, h) + blocks(heads * qk, mla.qLoraRank) : blocks(heads * qk, h)) +
      blocks(mla.kvLoraRank + mla.qkRopeHeadDim, h) +
      blocks(heads * (mla.qkNopeHeadDim + mla.vHeadDim), mla.kvLoraRank) +
      blocks(h, heads * mla.vHeadDim);
  } else {
    attention = 2 * blocks(heads * headDim, h) + 2 * blocks(kvHeads * headDim, h);
  }
  const gatedMlp = (f: number) => (arch.mlp === "gated" ? 2 : 1) * blocks(f, h) + blocks(h, f);
  const moeMlp = moe
    ? moe.experts * gatedMlp(moe.expertFfn) +
      (moe.sharedExperts > 0 ? gatedMlp(moe.sharedExperts * (moe.sharedFfn ?? moe.expertFfn)) : 0)
    : 0;
  const layerMlp = (i: number) => (isMoeLayer(arch, i) ? moeMlp : gatedMlp(arch.ffn ?? 0));
  let total = 0;
  for (let i = 0; i < arch.layers; i++) total += attention + layerMlp(i);
  total += arch.mtpModules * (attention + layerMlp(arch.layers - 1));
  return total;
}
