import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from "discord.js";
import { distance } from "fastest-levenshtein";
import { GPUS, type Gpu, normalizeGpuName, shortGpuName } from "../../../core/gpus.ts";
import { MODELS, modelKeys, normalizeModelName } from "../../../core/models.ts";
import type { OptionSpec } from "../../../dispatch/options.ts";
import { commandOf, DISCORD_RULES } from "../definitions.ts";
import { clip } from "../limits.ts";

type Choice = APIApplicationCommandOptionChoice<string>;

/** How well `query` matches `key`: 0 exact, 1 prefix, 2 substring, 3 subsequence, 4 near-typo; lower is better. */
interface Match {
  rank: number;
  /** Within a rank: the subsequence's span or the edit distance. */
  score: number;
}

/** The span of the shortest window of `key` holding the letters of `query` in order, or undefined. */
function subsequenceSpan(query: string, key: string): number | undefined {
  let best: number | undefined;
  for (
    let start = key.indexOf(query[0] ?? "");
    start !== -1;
    start = key.indexOf(query[0] ?? "", start + 1)
  ) {
    let at = start;
    for (const char of query.slice(1)) {
      at = key.indexOf(char, at + 1);
      if (at === -1) break;
    }
    if (at === -1) break;
    const span = at - start + 1;
    if (best === undefined || span < best) best = span;
  }
  return best;
}

export function matchKey(query: string, key: string): Match | undefined {
  if (key === query) return { rank: 0, score: 0 };
  if (key.startsWith(query)) return { rank: 1, score: 0 };
  const at = key.indexOf(query);
  if (at !== -1) return { rank: 2, score: at };
  const span = subsequenceSpan(query, key);
  if (span !== undefined) return { rank: 3, score: span };
  // A typo in what was typed so far: compare with the key's start of the same length.
  if (query.length >= 3) {
    const typos = distance(query, key.slice(0, query.length));
    if (typos <= Math.floor(query.length / 3)) return { rank: 4, score: typos };
  }
  return undefined;
}

const better = (a: Match, b: Match) => a.rank - b.rank || a.score - b.score;

/** Ranks candidates by their best-matching key; ties keep the given order. Empty query: all of them. */
export function rank<T>(query: string, candidates: readonly T[], keysOf: (c: T) => string[]): T[] {
  if (query === "") return [...candidates];
  const scored: { item: T; match: Match; order: number }[] = [];
  candidates.forEach((item, order) => {
    let best: Match | undefined;
    for (const key of keysOf(item)) {
      const match = matchKey(query, key);
      if (match && (!best || better(match, best) < 0)) best = match;
    }
    if (best) scored.push({ item, match: best, order });
  });
  scored.sort((a, b) => better(a.match, b.match) || a.order - b.order);
  return scored.map((s) => s.item);
}

const gpuKeys = (gpu: Gpu): string[] => [
  ...new Set([gpu.id, gpu.name, shortGpuName(gpu), ...gpu.aliases].map(normalizeGpuName)),
];

/** GPU choices for what was typed so far: exact and prefix matches first, then substring, then fuzzy. */
export function gpuChoices(typed: string): Choice[] {
  return rank(normalizeGpuName(typed), GPUS, gpuKeys)
    .slice(0, DISCORD_RULES.choices)
    .map((gpu) => ({ name: clip(shortGpuName(gpu), 100), value: gpu.id }));
}

/** Published runs for what was typed so far, ranked like GPUs. */
export function modelChoices(typed: string): Choice[] {
  return rank(normalizeModelName(typed), MODELS, modelKeys)
    .slice(0, DISCORD_RULES.choices)
    .map((model) => ({ name: clip(model.name, 100), value: model.id }));
}

/** An option's declared choices for what was typed so far. */
export function listedChoices(typed: string, choices: readonly string[]): Choice[] {
  return rank(typed.trim().toLowerCase(), choices, (c) => [c.toLowerCase()])
    .slice(0, DISCORD_RULES.choices)
    .map((c) => ({ name: c, value: c }));
}

/** The suggestions for the focused option of a `/flops` subcommand (none for free-text options). */
export function suggestionsFor(subcommand: string | null, option: string, typed: string): Choice[] {
  const spec = subcommand ? (commandOf(subcommand)?.options[option] as OptionSpec | undefined) : undefined;
  if (!spec) return [];
  if (spec.kind === "gpu") return gpuChoices(typed);
  if (spec.kind === "model") return modelChoices(typed);
  if (spec.choices) return listedChoices(typed, spec.choices);
  return [];
}

/** Autocomplete must be answered within 3 s and cannot be deferred: this is synchronous work, answered at once. */
export async function handleAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const subcommand = interaction.options.getSubcommand(false);
  await interaction.respond(suggestionsFor(subcommand, focused.name, String(focused.value)));
}
