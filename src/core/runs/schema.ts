import * as z from "zod";
import type { MessageKey } from "../../i18n/keys.ts";
import { precisionSchema } from "../gpus.ts";

/** The shape of a published run's entry (src/core/runs/entries.ts), validated at load. */
const modelSourceSchema = z.object({ title: z.string().min(1), url: z.string().url() });
export type ModelSource = z.infer<typeof modelSourceSchema>;

/** A published number with where it comes from; `upTo` closes a published range (38–43%). */
const figureSchema = z.object({
  value: z.number().positive(),
  upTo: z.number().positive().optional(),
  source: modelSourceSchema,
});
export type Figure = z.infer<typeof figureSchema>;

const size = z.number().int().positive();

/** A message key of the English catalog: checked by the compiler in the entries below. */
const messageKey = z.custom<MessageKey>((value) => typeof value === "string" && value.length > 0);

/** GPT-style (Kaplan et al. 2020): gptParams, plus two features it does not model. */
const gptArchitectureSchema = z.object({
  kind: z.literal("gpt"),
  layers: size,
  width: size,
  heads: size,
  vocab: size,
  /** Rows of the learned position embedding; absent for ALiBi / relative positions. */
  positions: size.optional(),
  tiedHead: z.boolean().optional(),
  /** Transformer-XL relative positions (Dai et al. 2019): one h×h projection per layer (Gopher, Chinchilla). */
  relativePositions: z.boolean().optional(),
  /** A LayerNorm on the token embeddings, 2h (BLOOM's StableEmbedding). */
  embeddingNorm: z.boolean().optional(),
});

const moeSchema = z.object({
  experts: size,
  topK: size,
  sharedExperts: z.number().int().nonnegative().optional(),
  expertFfn: size,
  denseLayers: z.number().int().nonnegative().optional(),
});

/** Llama-style decoder (decoderParams), plus three features it does not model. */
const decoderArchitectureSchema = z.object({
  kind: z.literal("decoder"),
  layers: size,
  hidden: size,
  heads: size,
  kvHeads: size.optional(),
  headDim: size.optional(),
  ffn: size.optional(),
  vocab: size,
  tiedEmbeddings: z.boolean().optional(),
  moe: moeSchema.optional(),
  /** "plain": a two-matrix MLP, 2·h·ffn (Falcon), instead of the gated 3·h·ffn. */
  mlp: z.enum(["gated", "plain"]).optional(),
  /** LayerNorms with a bias: +h per norm (two per layer and the final one). */
  normBias: z.boolean().optional(),
  /** RMSNorm on queries and keys (OLMo 2): + (heads + kvHeads)·headDim per layer. */
  qkNorm: z.boolean().optional(),
  /**
   * Sliding-window attention as the config.json sets it: `width` tokens (sliding_window) on every
   * layer (Mistral 7B v0.1) or on the even layers 0, 2, 4, … with global attention between (Gemma 2,
   * modeling_gemma2: is_sliding = not layer_idx % 2), with the paper or config that says so.
   */
  slidingWindow: z
    .object({ width: size, layers: z.enum(["all", "even"]), source: modelSourceSchema })
    .optional(),
});

/** An architecture the parameter formulas do not model (DeepSeek's MLA): shape for display only. */
const unmodelledArchitectureSchema = z.object({
  kind: z.literal("unmodelled"),
  layers: size,
  hidden: size,
  heads: size,
  vocab: size,
  /** Message key saying why the count cannot be recomputed. */
  reason: messageKey,
});

export const architectureSchema = z.discriminatedUnion("kind", [
  gptArchitectureSchema,
  decoderArchitectureSchema,
  unmodelledArchitectureSchema,
]);
export type Architecture = z.infer<typeof architectureSchema>;

export const modelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  architecture: architectureSchema,
  architectureSource: modelSourceSchema,
  /** Training sequence length (pre-training). */
  context: size,
  /** The longest context the released model takes: max_position_embeddings of the config.json in architectureSource. */
  maxContext: size.optional(),
  hardware: z
    .object({
      /** A GPU catalog id (src/core/gpus.ts) when the accelerator is in the catalog. */
      gpu: z.string().optional(),
      /** The accelerator as the authors name it. */
      name: z.string().min(1),
    })
    .optional(),
  /** The precision the run's MFU is measured against (bf16 unless the hardware has none). */
  precision: precisionSchema,
  /**
   * The precision of the released weights where it is not that one (DeepSeek-V3: config.json's
   * quantization_config, fp8 e4m3 in 128×128 blocks): serving a preset says which it used.
   */
  releasedPrecision: precisionSchema.optional(),
  published: z.object({
    params: figureSchema,
    activeParams: figureSchema.optional(),
    tokens: figureSchema.optional(),
    flops: figureSchema.optional(),
    gpus: figureSchema.optional(),
    gpuHours: figureSchema.optional(),
    /** GPU-hours spent after pre-training (DeepSeek-R1's reinforcement learning); not in gpuHours or MFU. */
    postTrainingGpuHours: figureSchema.optional(),
    /** GPU-hours of long-context extension after pre-training (DeepSeek-V3 Table 1); not in gpuHours or MFU. */
    contextExtensionGpuHours: figureSchema.optional(),
    /** The training cost in US dollars the authors published, at their own price (DeepSeek-V3 Table 1). */
    costUsd: figureSchema.optional(),
    days: figureSchema.optional(),
    tokensPerSecond: figureSchema.optional(),
    achievedFlopsPerGpu: figureSchema.optional(),
    mfu: figureSchema.optional(),
    hfu: figureSchema.optional(),
    /** The energy method's own inputs where the authors published them: W per processor, PUE, kg CO2eq/kWh. */
    power: figureSchema.optional(),
    pue: figureSchema.optional(),
    grid: figureSchema.optional(),
  }),
  notes: z.array(messageKey).optional(),
});
export type Model = z.infer<typeof modelSchema>;
