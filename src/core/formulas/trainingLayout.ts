import { loraParams } from "../finetune.ts";
import { firstStageActivationBytes, firstStageShare, layoutMemory, searchLayout } from "../layout.ts";
import { defineFormulas } from "./types.ts";

/**
 * Activations per layer (Korthikanti et al. 2022, Table 2), one form per kernel and recomputation:
 * each is drawn three ways below (all layers, the fullest uneven stage, with the output layer). The
 * explanation of the constants follows the forms that show 34·s·b·h or 2·s·b·h.
 */
const PER_LAYER = {
  full: { per: "2·s·b·h + one layer recomputed", explain: ["explain.const.activations"] },
  unfusedSp: { per: "s·b·h·(34/t + 5·a·s/(h·t))", explain: [] },
  unfused: { per: "s·b·h·(10 + 24/t + 5·a·s/(h·t))", explain: [] },
  sp: { per: "34·s·b·h / t", explain: ["explain.const.activations"] },
  selective: { per: "s·b·h·(10 + 24/t)", explain: [] },
} as const;
/**
 * The same forms for a Llama-style layer (GQA, SwiGLU, RMSNorm, no dropout), derived term by term
 * beside memory.activationsGated (formulas/layout.ts); unfused attention without recomputation keeps
 * K and V repeated to the query heads and the softmax output.
 */
const PER_GATED_LAYER = {
  full: { per: "2·s·b·h + one Llama-style layer recomputed", explain: ["explain.const.activationsGated"] },
  unfusedSp: { per: "s·b·(8h + 8·n_q·d_h + 6·f + 2·n_q·s) / t", explain: [] },
  unfused: { per: "s·b·(8h + (8·n_q·d_h + 6·f + 2·n_q·s) / t)", explain: [] },
  sp: { per: "s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f) / t", explain: ["explain.const.activationsGated"] },
  selective: { per: "s·b·(8h + (4·n_q·d_h + 4·n_kv·d_h + 6·f) / t)", explain: [] },
} as const;
type PerLayer =
  | (typeof PER_LAYER)[keyof typeof PER_LAYER]
  | (typeof PER_GATED_LAYER)[keyof typeof PER_GATED_LAYER];
/** A gated layer's widths beside the GPT form's s, b, h, t. */
const GATED_WIDTHS = ", n_q {nq}, n_kv {nkv}, d_h {dh}, f {f}";
const widths = (id: string) => (id.startsWith("train.activationsGated") ? GATED_WIDTHS : "");

/** `L · … = L × (s 4,096, b 1, h 8,192, t 8)`: activations per GPU. */
const activations = (id: string, { per, explain }: PerLayer) => ({
  id,
  symbolic: `L · ${per}`,
  substituted: `{L} × (s {s}, b {b}, h {h}${widths(id)}, t {t})`,
  evaluate: firstStageActivationBytes,
  explain,
});

/**
 * The same on uneven pipeline stages: p micro-batches in flight for the fullest stage's ⌈L/p⌉ layers
 * (126 layers over 16 stages: 16 × 8 = 128 layers' worth, not 126).
 */
const onStage = (id: string, { per, explain }: PerLayer) => ({
  id,
  symbolic: `p·⌈L/p⌉ · ${per}`,
  substituted: `{p} × {stage} × (s {s}, b {b}, h {h}${widths(id)}, t {t})`,
  evaluate: firstStageActivationBytes,
  explain,
});

/**
 * A state's share on the fullest of uneven stages: its ⌈L/p⌉ of the L layers over t, plus the V·h
 * embedding over t when the vocabulary is known (share = (1 − e)·⌈L/p⌉/(L·t) + e/t).
 */
const stageShare = (id: string, state: string, explain: readonly string[] = []) => ({
  id,
  symbolic: `${state} · ((1 − e) · ⌈L/p⌉ / (L·t) + e / t)`,
  substituted: "{gb} GB × {share}{sharded}, ⌈L/p⌉ = ⌈{L}/{p}⌉ = {stage}, e = V·h / N = {e}",
  evaluate: firstStageShare,
  explain,
});
const stageShareNoVocab = (id: string, state: string, explain: readonly string[] = []) => ({
  id,
  symbolic: `${state} · ⌈L/p⌉ / (L·t)`,
  substituted: "{gb} GB × {share}{sharded}, ⌈L/p⌉ = ⌈{L}/{p}⌉ = {stage}",
  evaluate: firstStageShare,
  explain,
});

/**
 * The same with the output layer the first stage also holds when p = 1: 4·s·b·h/t·(1 + V/h)
 * (Korthikanti et al. 2022, §4.3), so the form adds up to the value shown.
 */
const withOutput = (id: string, { per, explain }: PerLayer) => ({
  id,
  symbolic: `L · ${per} + 4·s·b·h/t · (1 + V/h)`,
  substituted: `{L} × (s {s}, b {b}, h {h}${widths(id)}, t {t}) + output layer (V {V})`,
  evaluate: firstStageActivationBytes,
  explain,
});

/**
 * The rows of a training or fine-tuning `cards` reply as they are drawn: LoRA adapters (Hu et al.
 * 2021), the t·p·d layout (Narayanan et al. 2021), ZeRO's sharded states (Rajbhandari et al. 2020,
 * §5; Adam 12 B per parameter, §3.1), activations per layer (Korthikanti et al. 2022, Table 2) and
 * usable memory (90% of the card, as vLLM's default).
 */
export const TRAINING_LAYOUT = defineFormulas({
  "lora.adaptersAll": {
    id: "lora.adaptersAll",
    symbolic: "L · r · (Σ d_in + d_out over q, k, v, o, gate, up, down)",
    substituted: "{L} × {r} × …",
    evaluate: loraParams,
    explain: [],
  },
  "lora.adaptersAttention": {
    id: "lora.adaptersAttention",
    symbolic: "L · r · ((h + n_q·d_h) · 2 + (h + n_kv·d_h) · 2)",
    substituted: "{L} × {r} × {width}",
    evaluate: loraParams,
    explain: [],
  },
  "train.cards": {
    id: "train.cards",
    symbolic: "t · p · d",
    substituted: "{tp} × {pp} × {dp} = {gpus}",
    evaluate: searchLayout,
    explain: [],
  },
  "train.weights": {
    id: "train.weights",
    substituted: "(2 B · N) / {split} = {gb} GB / {split}",
    evaluate: layoutMemory,
    explain: [],
  },
  "train.weightsLora": {
    id: "train.weightsLora",
    substituted: "({bytes} B · N + 2 B · N_adapters) / {split} = {gb} GB / {split}",
    evaluate: layoutMemory,
    explain: [],
  },
  "train.weightsQlora": {
    id: "train.weightsQlora",
    substituted: "({bits} bit · N + 2 B · N_adapters) / {split} = {gb} GB / {split}",
    evaluate: layoutMemory,
    explain: [],
  },
  // N_16 = V·h (tied) or 2·V·h (untied): the embedding and output head that bitsandbytes leaves in
  // bf16 (qloraUnquantized in core/finetune.ts); the rest in NF4 (Dettmers et al. 2023, §3).
  "train.weightsQloraKept": {
    id: "train.weightsQloraKept",
    substituted:
      "({bits} bit · (N − N_16) + 2 B · (N_16 + N_adapters)) / {split} = {gb} GB / {split}, N_16 = {kept}",
    evaluate: layoutMemory,
    explain: [],
  },
  // With pipeline stages the first holds its layers' share and the V·h input embedding split over t
  // (Narayanan et al. 2021, §2.2): share = (1 − e)/(t·p) + e/t, e = V·h/N.
  "train.weightsFirstStage": {
    id: "train.weightsFirstStage",
    symbolic: "2 B · N · ((1 − e) / (t·p) + e / t)",
    substituted: "{gb} GB × {share}{sharded}, e = V·h / N = {e}",
    evaluate: layoutMemory,
    explain: [],
  },
  // LoRA and QLoRA: the same share of their weights (frozen base plus bf16 adapters, in the bytes the
  // Weights row sums), the first stage holding the V·h input embedding over t.
  "train.weightsAdaptedFirstStage": {
    id: "train.weightsAdaptedFirstStage",
    symbolic: "weights · ((1 − e) / (t·p) + e / t)",
    substituted: "{gb} GB × {share}{sharded}, e = V·h / N = {e}",
    evaluate: layoutMemory,
    explain: [],
  },
  "train.gradientsFirstStage": {
    id: "train.gradientsFirstStage",
    symbolic: "gradients · ((1 − e) / (t·p) + e / t)",
    substituted: "{gb} GB × {share}{sharded}",
    evaluate: layoutMemory,
    explain: [],
  },
  "train.optimizerFirstStage": {
    id: "train.optimizerFirstStage",
    symbolic: "Adam 12 B · N_trainable · ((1 − e) / (t·p) + e / t)",
    substituted: "{gb} GB × {share}{sharded}",
    evaluate: layoutMemory,
    explain: ["explain.const.adam"],
  },
  "train.weightsStage": stageShare("train.weightsStage", "weights"),
  "train.gradientsStage": stageShare("train.gradientsStage", "gradients"),
  "train.optimizerStage": stageShare("train.optimizerStage", "Adam 12 B · N_trainable", [
    "explain.const.adam",
  ]),
  "train.weightsStageNoVocab": stageShareNoVocab("train.weightsStageNoVocab", "weights"),
  "train.gradientsStageNoVocab": stageShareNoVocab("train.gradientsStageNoVocab", "gradients"),
  "train.optimizerStageNoVocab": stageShareNoVocab("train.optimizerStageNoVocab", "Adam 12 B · N_trainable", [
    "explain.const.adam",
  ]),
  "train.gradients": { id: "train.gradients", substituted: "gradients / (t·p)", explain: [] },
  "train.gradientsSharded": { id: "train.gradientsSharded", substituted: "gradients / (t·p·d)", explain: [] },
  "train.optimizer": {
    id: "train.optimizer",
    substituted: "Adam 12 B · N_trainable / (t·p)",
    explain: ["explain.const.adam"],
  },
  "train.optimizerSharded": {
    id: "train.optimizerSharded",
    substituted: "Adam 12 B · N_trainable / (t·p·d)",
    explain: ["explain.const.adam"],
  },
  "train.activationsFull": activations("train.activationsFull", PER_LAYER.full),
  "train.activationsUnfusedSp": activations("train.activationsUnfusedSp", PER_LAYER.unfusedSp),
  "train.activationsUnfused": activations("train.activationsUnfused", PER_LAYER.unfused),
  "train.activationsSp": activations("train.activationsSp", PER_LAYER.sp),
  "train.activationsSelective": activations("train.activationsSelective", PER_LAYER.selective),
  "train.activationsFullStage": onStage("train.activationsFullStage", PER_LAYER.full),
  "train.activationsUnfusedSpStage": onStage("train.activationsUnfusedSpStage", PER_LAYER.unfusedSp),
  "train.activationsUnfusedStage": onStage("train.activationsUnfusedStage", PER_LAYER.unfused),
  "train.activationsSpStage": onStage("train.activationsSpStage", PER_LAYER.sp),
  "train.activationsSelectiveStage": onStage("train.activationsSelectiveStage", PER_LAYER.selective),
  "train.activationsFullOut": withOutput("train.activationsFullOut", PER_LAYER.full),
  "train.activationsUnfusedSpOut": withOutput("train.activationsUnfusedSpOut", PER_LAYER.unfusedSp),
  "train.activationsUnfusedOut": withOutput("train.activationsUnfusedOut", PER_LAYER.unfused),
  "train.activationsSpOut": withOutput("train.activationsSpOut", PER_LAYER.sp),
  "train.activationsSelectiveOut": withOutput("train.activationsSelectiveOut", PER_LAYER.selective),
  "train.activationsGatedFull": activations("train.activationsGatedFull", PER_GATED_LAYER.full),
  "train.activationsGatedUnfusedSp": activations(
    "train.activationsGatedUnfusedSp",
    PER_GATED_LAYER.unfusedSp,
  ),
  "train.activationsGatedUnfused": activations("train.activationsGatedUnfused", PER_GATED_LAYER.unfused),
  "train.activationsGatedSp": activations("train.activationsGatedSp", PER_GATED_LAYER.sp),
  "train.activationsGatedSelective": activations(
    "train.activationsGatedSelective",
    PER_GATED_LAYER.selective,
  ),
  "train.activationsGatedFullStage": onStage("train.activationsGatedFullStage", PER_GATED_LAYER.full),
  "train.activationsGatedUnfusedSpStage": onStage(
    "train.activationsGatedUnfusedSpStage",
    PER_GATED_LAYER.unfusedSp,
  ),
  "train.activationsGatedUnfusedStage": onStage(
    "train.activationsGatedUnfusedStage",
    PER_GATED_LAYER.unfused,
  ),
  "train.activationsGatedSpStage": onStage("train.activationsGatedSpStage", PER_GATED_LAYER.sp),
  "train.activationsGatedSelectiveStage": onStage(
    "train.activationsGatedSelectiveStage",
    PER_GATED_LAYER.selective,
  ),
  "train.activationsGatedFullOut": withOutput("train.activationsGatedFullOut", PER_GATED_LAYER.full),
  "train.activationsGatedUnfusedSpOut": withOutput(
    "train.activationsGatedUnfusedSpOut",
    PER_GATED_LAYER.unfusedSp,
  ),
  "train.activationsGatedUnfusedOut": withOutput("train.activationsGatedUnfusedOut", PER_GATED_LAYER.unfused),
  "train.activationsGatedSpOut": withOutput("train.activationsGatedSpOut", PER_GATED_LAYER.sp),
  "train.activationsGatedSelectiveOut": withOutput(
    "train.activationsGatedSelectiveOut",
    PER_GATED_LAYER.selective,
  ),
  "train.gatherBuffer": {
    id: "train.gatherBuffer",
    // The weights in their stored precision: 2 B · N in bf16, 4.127 bits · N for QLoRA's NF4 base.
    substituted: "2 layers × weights / (L · t) = 2 × {weights} GB / ({L} × {t})",
    evaluate: layoutMemory,
    explain: [],
  },
  "train.perGpu": {
    id: "train.perGpu",
    symbolic: "Σ",
    substituted: "{total} GB ≤ {fraction} × {memory} GB = {usable} GB",
    evaluate: layoutMemory,
    explain: ["explain.const.usable"],
  },
  "train.leastActivations": {
    id: "train.leastActivations",
    substituted: "least over layouts (t {tp}, recompute={recompute}): {gb} GB vs {usable} GB usable",
    evaluate: firstStageActivationBytes,
    explain: [],
  },
  "train.oneCardFits": {
    id: "train.oneCardFits",
    substituted: "{gb} ≤ {usable} ✓ (recompute={recompute}, s {s}, b {b})",
    evaluate: layoutMemory,
    explain: [],
  },
  "train.oneCardTooBig": {
    id: "train.oneCardTooBig",
    substituted: "{gb} > {usable} ✗ (recompute={recompute}, s {s}, b {b})",
    evaluate: layoutMemory,
    explain: [],
  },
});
