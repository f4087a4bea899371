import { oncePer } from "../core/oncePer.ts";
import type { Choice } from "./choose.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { LineLookups, type Reading, readsShapes, readWords } from "./reader.ts";
import type { Registry } from "./registry.ts";

/**
 * Reads the words for the chosen command. When the line named no command and the default
 * cannot place every word, the first other command that reads the whole line answers instead.
 */
export function readChoice(registry: Registry, choice: Choice): { command: AnyCommand; reading: Reading } {
  let command = choice.command;
  const lookups = new LineLookups();
  let reading = read(registry, command, choice.rest, lookups);
  if (!choice.explicit && (reading.unplaced.length > 0 || hasUnknownKey(command, reading.words))) {
    for (const other of registry.commands) {
      if (other === command || !readsShapes(other)) continue;
      try {
        const alternative = read(registry, other, choice.rest, lookups, true);
        // Every word placed, and no more positional numbers than it has slots (`70B 1.4T int4`
        // is no cards question: cards has no slot for the tokens).
        if (alternative.unplaced.length === 0 && positionalsFit(other, alternative.words)) {
          command = other;
          reading = alternative;
          break;
        }
      } catch {
        // this command cannot read the line either
      }
    }
  }
  return { command, reading };
}

/** Whether the positional numbers (words with no `=` that start with a digit) fit the command's positional slots. */
function positionalsFit(command: AnyCommand, words: readonly string[]): boolean {
  let positional = 0;
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (code >= 48 && code <= 57 && word.indexOf("=") <= 0) positional++;
  }
  return positional <= positionalSlots(command);
}
const positionalSlots = oncePer(
  (command: AnyCommand): number => command.optionList.filter(([, spec]) => spec.positional).length,
);

/** A `key=value` word whose key this command does not declare (`tokens/s=1M` in compute): another may. */
function hasUnknownKey(command: AnyCommand, words: readonly string[]): boolean {
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals > 0 && !findOption(command, word.slice(0, equals))) return true;
  }
  return false;
}

/** Its positional options are all numbers (compute, mfu, chinchilla, cards), so a stray name is a mistake. */
export const takesNumbers = oncePer((command: AnyCommand): boolean => {
  const slots = command.optionList.filter(([, spec]) => spec.positional).map(([, spec]) => spec);
  return slots.length > 0 && slots.every((spec) => spec.kind === "count" || spec.kind === "integer");
});

function read(
  registry: Registry,
  command: AnyCommand,
  words: readonly string[],
  lookups: LineLookups,
  wholeLineOnly = false,
): Reading {
  const models = registry.acceptsWord;
  return readWords(
    command,
    words,
    models
      ? { isModel: models, mayStartModel: registry.mayStartWord, lookups, wholeLineOnly }
      : { lookups, wholeLineOnly },
  );
}
