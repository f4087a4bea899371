import { distance } from "fastest-levenshtein";
import { nearest } from "../core/suggest.ts";
import type { AnyCommand } from "./command.ts";
import type { PresetSource } from "./presets.ts";

/** What dispatch needs to know about the commands: the list (src/commands/registry.ts builds it). */
export interface Registry {
  commands: readonly AnyCommand[];
  defaultCommand: AnyCommand;
  /** A word the default command takes in place of numbers (a model name), not a mistyped command. */
  acceptsWord?: (word: string) => boolean;
  /** False when no word `acceptsWord` takes can begin with this one (alone or run together with the next). */
  mayStartWord?: (word: string) => boolean;
  /** Model presets: any command takes a model name in place of the numbers it implies. */
  presets?: PresetSource;
}

export function findCommand(registry: Registry, name: string): AnyCommand | undefined {
  return commandIndex(registry.commands).get(name.toLowerCase());
}

const commandIndexes = new WeakMap<readonly AnyCommand[], { size: number; index: Map<string, AnyCommand> }>();

/** The list asked about last and its index: a line asks findCommand a dozen times about one list. */
let last: { commands: readonly AnyCommand[]; size: number; index: Map<string, AnyCommand> } | undefined;

/** Every command by its name and aliases, built once per list (the first command that claims a word wins). */
function commandIndex(commands: readonly AnyCommand[]): Map<string, AnyCommand> {
  if (last !== undefined && last.commands === commands && last.size === commands.length) return last.index;
  const known = commandIndexes.get(commands);
  if (known && known.size === commands.length) {
    last = { commands, size: known.size, index: known.index };
    return known.index;
  }
  const index = new Map<string, AnyCommand>();
  for (const command of commands) {
    for (const word of [command.name, ...command.aliases]) if (!index.has(word)) index.set(word, command);
  }
  commandIndexes.set(commands, { size: commands.length, index });
  last = { commands, size: commands.length, index };
  return index;
}

/** Only primary command names are offered for a mistyped one: an alias (`hfu`) is never a suggestion. */
const commandNames = (registry: Registry) => registry.commands.map((c) => c.name);

/** A mistyped command is close: one edit for short words, two for longer ones. */
export function closeCommands(registry: Registry, word: string): string[] {
  const limit = word.length <= 3 ? 1 : 2;
  return nearest(word, commandNames(registry)).filter((name) => distance(word.toLowerCase(), name) <= limit);
}
