import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from "discord.js";
import { optionValueForm } from "../../../dispatch/normalize.ts";
import type { Complete, OptionSpec } from "../../../dispatch/options.ts";
import { commandOf, DISCORD_RULES } from "../definitions.ts";
import { clip } from "../limits.ts";

type Choice = APIApplicationCommandOptionChoice<string>;

/** Discord's choices: at most 25, each name within 100 characters. */
const toChoices = (complete: Complete, typed: string): Choice[] =>
  complete(typed, DISCORD_RULES.choices).map((c) => ({ name: clip(c.name, 100), value: c.value }));

/** The suggestions for the focused option of a `/flops` subcommand (none for free-text options). */
function suggestionsFor(subcommand: string | null, option: string, typed: string): Choice[] {
  const spec = subcommand ? (commandOf(subcommand)?.options[option] as OptionSpec | undefined) : undefined;
  if (!spec?.complete) return [];
  const listed = LIST.exec(typed);
  return listed ? listChoices(spec, listed[1] ?? "", listed[2] ?? "") : toChoices(spec.complete, typed);
}

/** A list being typed (`h100,a1`, `h100, mi3`): the items given, then the one being typed. */
const LIST = /^(.*,)\s*([^,]*)$/;

/**
 * The list with its last item completed (compute's `gpu:h100,a100` compares them): each choice is
 * the whole list, so picking one keeps the GPUs already typed. None where the option takes one value
 * (mfu's, cards' and serve's gpu), or past Discord's 100 characters.
 */
function listChoices(spec: OptionSpec, given: string, last: string): Choice[] {
  if (!spec.complete) return [];
  return spec
    .complete(last, DISCORD_RULES.choices)
    .map((c) => ({ name: clip(`${given} ${c.name}`, 100), value: `${given}${c.value}` }))
    .filter((c) => c.value.length <= 100 && spec.schema.safeParse(c.value).success);
}

/**
 * No choice's name or value is longer (Discord's limit): a longer typed value matches none, and is
 * not matched against the catalogs at all. Autocomplete is not rate-limited (it comes at every
 * keystroke), and fuzzy matching 6,000 typed characters took about 10 ms a request.
 */
export const MAX_TYPED = 100;

/** Autocomplete must be answered within 3 s and cannot be deferred: this is synchronous work, answered at once. */
export async function handleAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  // discord.js throws when no option is focused (Discord always marks one): nothing to suggest then.
  const focused = focusedOption(interaction);
  const typed = String(focused?.value ?? "");
  if (!focused || typed.length > MAX_TYPED) {
    await interaction.respond([]);
    return;
  }
  const subcommand = interaction.options.getSubcommand(false);
  // As the value is read once sent: what a Chinese or Japanese keyboard types (full-width `Ｈ１００`,
  // an ideographic space) is matched in its ASCII form.
  await interaction.respond(suggestionsFor(subcommand, focused.name, optionValueForm(typed)));
}

/** The option being typed, or undefined when the request marks none. */
function focusedOption(interaction: AutocompleteInteraction): { name: string; value: unknown } | undefined {
  try {
    return interaction.options.getFocused(true);
  } catch {
    return undefined;
  }
}
