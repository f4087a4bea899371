import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from "discord.js";
import type { OptionSpec } from "../../../commands/options.ts";
import { rankByKeys } from "../../../core/catalog.ts";
import { GPU_CATALOG, shortGpuName } from "../../../core/gpus.ts";
import { MODEL_CATALOG } from "../../../core/models.ts";
import { commandOf, DISCORD_RULES } from "../definitions.ts";
import { clip } from "../limits.ts";

type Choice = APIApplicationCommandOptionChoice<string>;

/** GPU choices for what was typed so far: exact and prefix matches first, then substring, then fuzzy. */
export function gpuChoices(typed: string): Choice[] {
  return GPU_CATALOG.complete(typed)
    .slice(0, DISCORD_RULES.choices)
    .map((gpu) => ({ name: clip(shortGpuName(gpu), 100), value: gpu.id }));
}

/** Published runs for what was typed so far, ranked like GPUs. */
export function modelChoices(typed: string): Choice[] {
  return MODEL_CATALOG.complete(typed)
    .slice(0, DISCORD_RULES.choices)
    .map((model) => ({ name: clip(model.name, 100), value: model.id }));
}

/** An option's declared choices for what was typed so far. */
export function listedChoices(typed: string, choices: readonly string[]): Choice[] {
  return rankByKeys(typed.trim().toLowerCase(), choices, (c) => [c.toLowerCase()], true)
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
