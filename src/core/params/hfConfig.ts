import * as z from "zod";
import { UserError } from "../errors.ts";
import { extended } from "../extended.ts";
import { type Architecture, type ArchitectureInput, architecture, holdsLayer } from "./architecture.ts";

/**
 * A Hugging Face `config.json` read into an Architecture, for the model types whose modeling
 * code we follow tensor by tensor (transformers `models/<type>/modeling_<type>.py`). Pure: the
 * text arrives from the command (pasted) or from the Hub fetcher outside core.
 */

/** Pasted or fetched config text longer than this is refused (published configs are a few KB). */
export const MAX_CONFIG_CHARS = 64_000;

const int = z.number().int().positive();
const nonNegative = z.number().int().nonnegative();

/**
 * The most layers a config may have (as `cards` and `serve` take: layers=1 to 10,000): the count
 * and the forward pass go through the layers one by one, and a config of 1,000,000,000 layers held
 * the process six seconds (every other question waiting); the largest published models have a few
 * hundred.
 */
export const MAX_CONFIG_LAYERS = 10_000;

/** Every field the count reads, each optional here; which ones a model type needs is checked below. */
const fieldsSchema = z.object({
  model_type: z.string(),
  num_hidden_layers: int.max(MAX_CONFIG_LAYERS),
  hidden_size: int,
  num_attention_heads: int,
  num_key_value_heads: int.nullish(),
  head_dim: int.nullish(),
  intermediate_size: int.nullish(),
  vocab_size: int,
  tie_word_embeddings: z.boolean().nullish(),
  attention_bias: z.boolean().nullish(),
  mlp_bias: z.boolean().nullish(),
  sliding_window: int.nullish(),
  use_sliding_window: z.boolean().nullish(),
  max_window_layers: nonNegative.nullish(),
  layer_types: z.array(z.string()).nullish(),
  sliding_window_pattern: int.nullish(),
  // MoE
  num_local_experts: int.nullish(),
  num_experts: int.nullish(),
  n_routed_experts: int.nullish(),
  num_experts_per_tok: int.nullish(),
  experts_per_token: int.nullish(),
  moe_intermediate_size: int.nullish(),
  intermediate_size_mlp: int.nullish(),
  n_shared_experts: nonNegative.nullish(),
  first_k_dense_replace: nonNegative.nullish(),
  moe_layer_freq: int.nullish(),
  decoder_sparse_step: int.nullish(),
  interleave_moe_layer_step: int.nullish(),
  moe_layers: z.array(nonNegative).nullish(),
  mlp_only_layers: z.array(nonNegative).nullish(),
  topk_method: z.string().nullish(),
  // MLA and MTP
  q_lora_rank: int.nullish(),
  kv_lora_rank: int.nullish(),
  qk_nope_head_dim: int.nullish(),
  qk_rope_head_dim: int.nullish(),
  v_head_dim: int.nullish(),
  num_nextn_predict_layers: nonNegative.nullish(),
});
type Fields = z.infer<typeof fieldsSchema>;

/** Fields that describe training, tokens, numerics or positions: they never change a parameter count. */
const IRRELEVANT = new Set([
  "architectures",
  "attention_dropout",
  "attn_logit_softcapping",
  "auto_map",
  "aux_loss_alpha",
  "bos_token_id",
  "cache_implementation",
  "dtype",
  "embd_pdrop",
  "eos_token_id",
  "ep_size",
  "final_logit_softcapping",
  "hidden_act",
  "hidden_activation",
  "initializer_range",
  "max_position_embeddings",
  "n_group",
  "norm_topk_prob",
  "original_max_position_embeddings",
  "output_router_logits",
  "pad_token_id",
  "pretraining_tp",
  "quantization_config",
  "query_pre_attn_scalar",
  "resid_pdrop",
  "rms_norm_eps",
  "rope_local_base_freq",
  "rope_scaling",
  "rope_theta",
  "routed_scaling_factor",
  "router_aux_loss_coef",
  "router_jitter_noise",
  "scoring_func",
  "use_qk_norm",
  "no_rope_layers",
  "attention_chunk_size",
  "attn_temperature_tuning",
  "attn_scale",
  "floor_scale",
  "model_type",
  "text_config",
  "swiglu_limit",
  "initial_context_length",
  "seq_aux",
  "topk_group",
  "torch_dtype",
  "transformers_version",
  "use_cache",
  "use_mrope",
  "_name_or_path",
]);

/** The model types we count exactly, each from its transformers modeling file. */
export const SUPPORTED_MODEL_TYPES = [
  "llama",
  "mistral",
  "mixtral",
  "qwen2",
  "qwen3",
  "qwen3_moe",
  "gemma",
  "gemma2",
  "gemma3_text",
  "olmo2",
  "phi3",
  "deepseek_v2",
  "deepseek_v3",
  "gpt_oss",
  "llama4_text",
] as const;
type ModelType = (typeof SUPPORTED_MODEL_TYPES)[number];

export interface ReadConfig {
  modelType: ModelType;
  architecture: Architecture;
  /** Fields that went into the count, in the config's order. */
  used: string[];
  /** Fields known not to change the count (dropout, RoPE, token ids, dtype, …). */
  ignored: string[];
  /** Fields this reader does not know: the count may miss what they describe. */
  unknown: string[];
}

/** Parses pasted or fetched config text (JSON only; never evaluated), capped at MAX_CONFIG_CHARS. */
export function parseConfigText(text: string): unknown {
  if (text.length > MAX_CONFIG_CHARS) {
    throw new UserError("hf.configTooLarge", { chars: text.length, max: MAX_CONFIG_CHARS });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError("hf.configNotJson", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The decoder's fields of a multimodal config (Gemma 3, Llama 4, Mistral 3 keep them in `text_config`). */
function decoderFields(json: Record<string, unknown>): Record<string, unknown> {
  const text = json.text_config;
  return text && typeof text === "object" && !Array.isArray(text) ? (text as Record<string, unknown>) : json;
}

/** A complete config.json to copy: Llama 2 7B's (meta-llama/Llama-2-7b-hf), the fields a count needs. */
const CONFIG_EXAMPLE =
  '{"model_type":"llama","num_hidden_layers":32,"hidden_size":4096,"num_attention_heads":32,"intermediate_size":11008,"vocab_size":32000}';

/**
 * A field's value as JSON, for the message naming it; a list or object nested too deeply to write
 * (a config.json from the Hub may hold 64 KB of `[`) as `[…]` or `{…}`, not a stack overflow.
 */
function jsonOfValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? "[…]" : "{…}";
  }
}

/** Reads a parsed config.json into an Architecture; UserError when it is not one we can count exactly. */
export function readHfConfig(json: unknown): ReadConfig {
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new UserError("hf.configNotObject");
  const raw = decoderFields(json as Record<string, unknown>);
  const modelType = raw.model_type;
  if (typeof modelType !== "string" || !(SUPPORTED_MODEL_TYPES as readonly string[]).includes(modelType)) {
    throw new UserError("hf.unsupportedType", {
      // What a config.json holds is anything JSON: a list nested past the stack, an object (whose
      // `toString` may be a field, so String() throws), named as JSON, never a stack overflow.
      type:
        modelType === undefined || modelType === null
          ? "—"
          : typeof modelType === "string"
            ? modelType
            : jsonOfValue(modelType),
      supported: SUPPORTED_MODEL_TYPES.join(", "),
    });
  }
  const parsed = fieldsSchema.safeParse(raw);
  if (!parsed.success) {
    // Said in the user's language, never in zod's own English, with a config.json to copy.
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "?";
    const value = issue?.path.reduce<unknown>(
      (at, key) => (at && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      raw,
    );
    const commandExample = `params config=${CONFIG_EXAMPLE}`;
    if (value === undefined || value === null)
      throw new UserError("hf.configNeeds", { field, type: modelType, commandExample });
    if (issue?.code === "too_big" && typeof value === "number")
      throw new UserError("hf.configAboveMax", {
        field,
        value: jsonOfValue(value),
        max: Number(issue.maximum),
        commandExample,
      });
    throw new UserError(issue?.code === "invalid_type" ? "hf.configNotNumber" : "hf.configBadValue", {
      field,
      value: jsonOfValue(value),
      commandExample,
    });
  }
  const used = new Set<string>(["model_type"]);
  const f = trackingProxy(parsed.data, used);
  const arch = architecture(toArchitecture(modelType as ModelType, f));
  // A multimodal config's own keys (vision_config, …) are reported too: the count is the decoder's.
  const outer =
    raw === json ? [] : Object.keys(json as Record<string, unknown>).filter((k) => k !== "text_config");
  const keys = [...Object.keys(raw), ...outer.filter((k) => !(k in raw))];
  const known = new Set(Object.keys(fieldsSchema.shape));
  return {
    modelType: modelType as ModelType,
    architecture: arch,
    used: keys.filter((k) => used.has(k)),
    ignored: keys.filter((k) => !used.has(k) && (IRRELEVANT.has(k) || known.has(k))),
    unknown: keys.filter((k) => !used.has(k) && !IRRELEVANT.has(k) && !known.has(k)),
  };
}

/** Records every field the mapping reads, so the reply can say which fields were used. */
function trackingProxy(fields: Fields, used: Set<string>): Fields {
  return new Proxy(fields, {
    get(target, key) {
      if (typeof key === "string") {
        const value = (target as Record<string, unknown>)[key];
        if (value !== undefined && value !== null) used.add(key);
        return value;
      }
      return undefined;
    },
  });
}

function need<T>(value: T | null | undefined, field: string): T {
  if (value === undefined || value === null) throw new UserError("hf.configMissing", { field });
  return value;
}

/** Sliding-window layers: explicit layer_types, a pattern (Gemma 3: every n-th is global), or every other (Gemma 2). */
function slidingLayers(type: ModelType, f: Fields, layers: number): number[] {
  if (f.layer_types) {
    return f.layer_types.flatMap((t, i) => (t === "sliding_attention" ? [i] : []));
  }
  const all = [...Array(layers).keys()];
  if (type === "gemma2") return all.filter((i) => i % 2 === 0); // modeling_gemma2: not bool(layer_idx % 2)
  if (type === "gemma3_text") {
    const pattern = f.sliding_window_pattern ?? 6;
    return all.filter((i) => (i + 1) % pattern !== 0);
  }
  if (type === "mistral" || type === "phi3") return all; // one window for every layer when set
  if (type === "qwen2" || type === "qwen3" || type === "qwen3_moe") {
    // Qwen2/3 slide only when use_sliding_window, on the layers from max_window_layers on.
    if (!f.use_sliding_window) return [];
    return all.filter((i) => i >= (f.max_window_layers ?? layers));
  }
  return [];
}

function toArchitecture(type: ModelType, f: Fields): ArchitectureInput {
  const layers = f.num_hidden_layers;
  const heads = f.num_attention_heads;
  const hidden = f.hidden_size;
  const headDim = f.head_dim ?? hidden / heads;
  if (!Number.isInteger(headDim)) throw new UserError("params.headDim", { hidden, heads });
  const base: ArchitectureInput = {
    layers,
    hidden,
    heads,
    kvHeads: f.num_key_value_heads ?? heads,
    headDim,
    vocab: f.vocab_size,
    tiedEmbeddings: f.tie_word_embeddings ?? type.startsWith("gemma"),
  };
  if (f.intermediate_size) base.ffn = f.intermediate_size;
  if (f.mlp_bias) base.mlpBias = true;
  if (f.attention_bias) base.attentionBias = "all";
  const window = f.sliding_window;
  if (window) {
    const sliding = slidingLayers(type, f, layers);
    if (sliding.length > 0) {
      base.slidingWindow = window;
      base.slidingLayers = sliding;
    }
  }

  switch (type) {
    case "qwen2":
      // modeling_qwen2: q, k, v with bias, o without.
      return extended(base, { attentionBias: "qkv" });
    case "qwen3":
      return extended(base, { qkNorm: "perHead" });
    case "qwen3_moe":
      return extended(base, {
        qkNorm: "perHead",
        moe: {
          experts: need(f.num_experts, "num_experts"),
          topK: need(f.num_experts_per_tok, "num_experts_per_tok"),
          expertFfn: need(f.moe_intermediate_size, "moe_intermediate_size"),
          every: f.decoder_sparse_step ?? 1,
          denseLayerIndices: f.mlp_only_layers ?? [],
        },
      });
    case "mixtral":
      return extended(base, {
        moe: {
          experts: need(f.num_local_experts, "num_local_experts"),
          topK: need(f.num_experts_per_tok, "num_experts_per_tok"),
          expertFfn: need(f.intermediate_size, "intermediate_size"),
        },
      });
    case "gemma":
      return base;
    case "llama4_text": {
      // modeling_llama4: MoE layers (routed experts of intermediate_size, one shared expert of the
      // same width, a router) every interleave_moe_layer_step-th layer; the others a dense MLP of
      // intermediate_size_mlp. use_qk_norm is an L2 norm without weights.
      const experts = need(f.num_local_experts, "num_local_experts");
      const layersList = f.moe_layers;
      return extended(base, {
        ffn: f.intermediate_size_mlp ?? need(f.intermediate_size, "intermediate_size"),
        moe: {
          experts,
          topK: need(f.num_experts_per_tok, "num_experts_per_tok"),
          expertFfn: need(f.intermediate_size, "intermediate_size"),
          sharedExperts: 1,
          every: layersList ? 1 : (f.interleave_moe_layer_step ?? 1),
          denseLayerIndices: layersList
            ? [...Array(layers).keys()].filter((i) => !holdsLayer(layersList, i))
            : [],
        },
      });
    }
    case "gpt_oss":
      // modeling_gpt_oss: q, k, v, o with biases, a learned sink per head, a router with bias,
      // experts with biases (gate_up 2f + down h); alternating sliding/full layers (layer_types).
      return extended(base, {
        attentionBias: "all",
        attentionSinks: true,
        moe: {
          experts: need(f.num_local_experts, "num_local_experts"),
          topK: need(f.num_experts_per_tok ?? f.experts_per_token, "num_experts_per_tok"),
          expertFfn: need(f.intermediate_size, "intermediate_size"),
          routerBias: true,
          expertBias: true,
        },
      });
    case "gemma2":
      return extended(base, { normsPerLayer: 4 });
    case "gemma3_text":
      return extended(base, { normsPerLayer: 4, qkNorm: "perHead" });
    case "olmo2":
      return extended(base, { qkNorm: "full" });
    case "deepseek_v2":
    case "deepseek_v3": {
      const experts = f.n_routed_experts;
      return extended(base, {
        mla: extended(f.q_lora_rank ? { qLoraRank: f.q_lora_rank } : {}, {
          kvLoraRank: need(f.kv_lora_rank, "kv_lora_rank"),
          qkNopeHeadDim: need(f.qk_nope_head_dim, "qk_nope_head_dim"),
          qkRopeHeadDim: need(f.qk_rope_head_dim, "qk_rope_head_dim"),
          vHeadDim: need(f.v_head_dim, "v_head_dim"),
        }),
        ...(experts
          ? {
              moe: {
                experts,
                topK: need(f.num_experts_per_tok, "num_experts_per_tok"),
                expertFfn: need(f.moe_intermediate_size, "moe_intermediate_size"),
                sharedExperts: f.n_shared_experts ?? 0,
                firstDenseLayers: f.first_k_dense_replace ?? 0,
                every: f.moe_layer_freq ?? 1,
                // modeling_deepseek (V3): e_score_correction_bias exists for topk_method "noaux_tc".
                routerBias: f.topk_method === "noaux_tc",
              },
            }
          : {}),
        mtpModules: f.num_nextn_predict_layers ?? 0,
      });
    }
    default:
      // llama, mistral, phi3 (fused qkv_proj and gate_up_proj hold the same weights).
      return base;
  }
}
