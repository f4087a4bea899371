import { runArchitecture } from "../core/runArchitectures.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { cachedHubArchitecture } from "./hubPreset.ts";

/** A model's token embedding: V × h, and whether the output head shares it (tied). */
export interface PresetEmbedding {
  vocab: number;
  hidden: number;
  tied: boolean;
}

/**
 * The token embedding of the model a preset named: a published run's catalog entry (GPT-style runs
 * tie the head unless the entry says otherwise, decoders do not; an MLA run its config.json) or a
 * Hub model's config.json (vocab_size, hidden_size, tie_word_embeddings). undefined when no preset
 * was used or the entry does not say whether the head is tied.
 */
export function embeddingOf(preset: { name: string } | undefined): PresetEmbedding | undefined {
  if (!preset) return undefined;
  if (preset.name.includes("/")) {
    const a = cachedHubArchitecture(preset.name);
    if (!a) return undefined;
    return { vocab: a.vocab, hidden: a.hidden, tied: a.tiedEmbeddings ?? false };
  }
  const model = lookupModel(preset.name);
  const arch = model?.architecture;
  if (arch?.kind === "gpt") return { vocab: arch.vocab, hidden: arch.width, tied: arch.tiedHead ?? true };
  if (arch?.kind === "decoder")
    return { vocab: arch.vocab, hidden: arch.hidden, tied: arch.tiedEmbeddings ?? false };
  const exact = model ? runArchitecture(model.id)?.architecture : undefined;
  return exact
    ? { vocab: exact.vocab, hidden: exact.hidden, tied: exact.tiedEmbeddings ?? false }
    : undefined;
}

/** Whether the named model ties its output head to the token embedding (embeddingOf). */
export const tiedOf = (preset: { name: string } | undefined): boolean | undefined =>
  embeddingOf(preset)?.tied;
