import { runArchitecture } from "../core/runArchitectures.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { cachedHubArchitecture } from "./hubPreset.ts";

/**
 * Whether the named model's layers are Llama-style for their activations: a dense gated MLP (SwiGLU),
 * two RMSNorms, no QK-norm, MoE or MLA. false for GPT-style runs and plain-MLP decoders (Falcon, MPT,
 * Nemotron-4), whose layers Korthikanti et al.'s count fits; undefined when no preset was used.
 */
export function llamaStyleOf(preset: { name: string } | undefined): boolean | undefined {
  if (!preset) return undefined;
  if (preset.name.includes("/")) {
    const a = cachedHubArchitecture(preset.name);
    if (!a) return false;
    return (
      (a.mlp ?? "gated") === "gated" &&
      !a.moe &&
      !a.mla &&
      (a.qkNorm ?? "none") === "none" &&
      (a.normsPerLayer ?? 2) === 2
    );
  }
  const model = lookupModel(preset.name);
  const arch = model?.architecture;
  if (arch?.kind === "decoder") {
    const exact = runArchitecture(model?.id ?? "")?.architecture;
    return (arch.mlp ?? "gated") === "gated" && !arch.moe && !arch.qkNorm && !exact?.mla;
  }
  return false;
}
