import { runArchitecture } from "../core/runArchitectures.ts";
import { isMoe } from "../core/runs/analysis.ts";
import type { Model } from "../core/runs/schema.ts";

/**
 * Raw option text by canonical option name, in priority order, for commands that take a model
 * name in place of numbers. A null value means "this model has none": it stops a later key that
 * names the same option (`positions` before `ctx`: a model without learned positions must not
 * turn its training context into position embeddings in `params`).
 */
export type PresetValues = readonly (readonly [string, string | null])[];

/** Keys that are alternative ways to give one input: a user value for one drops the preset's others. */
export const PRESET_ALTERNATIVES: readonly (readonly string[])[] = [
  ["gpu-hours", "days", "tokens-per-second"],
];

/**
 * A typed option that plans the user's own run drops the published figures it would contradict
 * (one way: the published values never drop typed ones). `mfu=` is the user's planned MFU: the
 * published GPU-hours, days and throughput measure the published run's MFU instead, so time and
 * cost follow the typed MFU. `gpus=` with the published GPU-hours spreads them over those GPUs; the
 * published days (on the published GPU count) would contradict it.
 */
export const PRESET_OVERRIDES: readonly (readonly [string, readonly string[]])[] = [
  ["mfu", ["gpu-hours", "days", "tokens-per-second"]],
  ["gpus", ["days"]],
];

const str = (value: number): string => String(value);

/**
 * What `params` counts this run as: the GPT formula (with Transformer-XL relative positions for
 * Gopher and Chinchilla), the decoder formula, or the run itself by id when only the exact
 * architecture path expresses it (MLA in src/core/runArchitectures.ts; Falcon's plain MLP).
 */
function paramsCommandSpec(model: Model): string | undefined {
  const arch = model.architecture;
  if (arch.kind === "gpt") return "transformer";
  if (arch.kind === "decoder") return arch.mlp === "plain" ? model.id : "decoder";
  // An unmodelled run too: `params` then says why it is not counted (params.runUnmodelled).
  return model.id;
}

export function modelPreset(model: Model): PresetValues {
  const p = model.published;
  const values: [string, string | null][] = [["params", str(p.params.value)]];
  const add = (key: string, value: number | string | undefined) => {
    if (value !== undefined) values.push([key, typeof value === "number" ? str(value) : value]);
  };
  add("active", p.activeParams?.value);
  if (isMoe(model)) add("moe", "true");
  add("tokens", p.tokens?.value);
  add("gpu", model.hardware?.gpu);
  add("gpus", p.gpus?.value);
  add("gpu-hours", p.gpuHours?.value);
  add("days", p.days?.value);
  add("tokens-per-second", p.tokensPerSecond?.value);
  add("mfu", p.mfu?.value);
  add("power", p.power?.value);
  add("pue", p.pue?.value);
  add("grid", p.grid?.value);
  add("precision", model.precision);

  const arch = model.architecture;
  if (arch.kind === "gpt") {
    add("spec", paramsCommandSpec(model));
    if (arch.relativePositions) add("relative-positions", "true");
    add("layers", arch.layers);
    add("hidden", arch.width);
    add("heads", arch.heads);
    add("kv-heads", arch.heads);
    add("head-dim", arch.width / arch.heads);
    add("vocab", arch.vocab);
    add("tied", String(arch.tiedHead ?? true));
    values.push(["positions", arch.positions === undefined ? null : str(arch.positions)]);
    add("ctx", model.context);
  } else if (arch.kind === "decoder") {
    add("spec", paramsCommandSpec(model));
    add("layers", arch.layers);
    add("hidden", arch.hidden);
    add("heads", arch.heads);
    add("kv-heads", arch.kvHeads ?? arch.heads);
    add("head-dim", arch.headDim ?? arch.hidden / arch.heads);
    add("ffn", arch.ffn);
    add("vocab", arch.vocab);
    add("tied", String(arch.tiedEmbeddings ?? false));
    if (arch.moe) {
      add("experts", arch.moe.experts);
      add("top-k", arch.moe.topK);
      add("shared-experts", arch.moe.sharedExperts || undefined);
      add("expert-ffn", arch.moe.expertFfn);
      add("dense-layers", arch.moe.denseLayers || undefined);
    }
    values.push(["positions", null]);
    add("ctx", model.context);
  } else {
    // No shape that a formula could misuse; the vocabulary alone lets `params` say it has no spec.
    add("spec", paramsCommandSpec(model));
    const run = runArchitecture(model.id);
    if (run) {
      add("arch", model.id);
      add("ctx", model.context);
      // Serving reads only the routed experts (DeepSeek-V3 config.json: n_routed_experts 256, top-8).
      add("experts", run.architecture.moe?.experts);
      add("top-k", run.architecture.moe?.topK);
      // MLA caches kv_lora_rank + qk_rope_head_dim values per token and layer (DeepSeek-V2 §2.1), not 2·n_kv·d_head.
      const mla = run.architecture.mla;
      if (mla) add("layers", run.architecture.layers);
      if (mla) add("kv-latent", mla.kvLoraRank + mla.qkRopeHeadDim);
      // Grouped-query attention (gpt-oss config.json: 8 KV heads of 64): the cache is 2·n_kv·d_head per layer.
      if (!mla) {
        add("layers", run.architecture.layers);
        add("kv-heads", run.architecture.kvHeads);
        add("head-dim", run.architecture.headDim);
      }
    }
    add("vocab", arch.vocab);
  }
  return values;
}
