import { readHfConfig } from "../core/params/hfConfig.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { cachedHubModel } from "../hf/hub.ts";

/**
 * Whether the model a preset named ties its output head to the token embedding: a published run's
 * catalog entry (GPT-style runs tie unless the entry says otherwise, decoders do not) or a Hub
 * model's config.json (tie_word_embeddings). undefined when no preset was used or it is not known.
 */
export function tiedOf(preset: { name: string } | undefined): boolean | undefined {
  if (!preset) return undefined;
  if (preset.name.includes("/")) {
    const cached = cachedHubModel(preset.name);
    return cached?.ok ? readHfConfig(cached.model.config).architecture.tiedEmbeddings : undefined;
  }
  const arch = lookupModel(preset.name)?.architecture;
  if (arch?.kind === "gpt") return arch.tiedHead ?? true;
  if (arch?.kind === "decoder") return arch.tiedEmbeddings ?? false;
  return undefined;
}
