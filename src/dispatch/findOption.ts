import { isDigitCode, isLowerLetterCode } from "../core/chars.ts";
import { oncePer } from "../core/oncePer.ts";
import type { AnyCommand } from "./command.ts";
import type { OptionSpec } from "./options.ts";

export const normalizeKey = (key: string): string => key.trim().toLowerCase().replace(/_/g, "-");

/** Finds an option by its name or alias (case-, dash- and underscore-insensitive). */
export function findOption(command: AnyCommand, key: string): [string, OptionSpec] | undefined {
  // A question asks one command about its words again and again: its index is kept at hand.
  if (command !== lastCommand) {
    lastIndex = optionIndex(command);
    lastDigitNames = digitNamesOf(command);
    lastCommand = command;
  }
  // A declared name or alias as written (`gpu-hours`) is found without squashing it.
  const found = lastIndex.get(key);
  if (found !== undefined) return found;
  // A number (`70B`, the word asked about most) names no option when none begins with a digit:
  // its squashed form begins with that digit too, and no lower-cased copy of it is made.
  if (!lastDigitNames && isDigitCode(key.charCodeAt(0))) return undefined;
  return lastIndex.get(squash(key));
}

let lastCommand: AnyCommand | undefined;
let lastIndex: Map<string, [string, OptionSpec]> = new Map();
let lastDigitNames = false;

/**
 * Whether some name in a command's index begins with a digit, once per command: a line read by
 * several commands in turn (read.ts) switches command often.
 */
const digitNamesOf = oncePer((command: AnyCommand): boolean => {
  for (const name of optionIndex(command).keys()) if (isDigitCode(name.charCodeAt(0))) return true;
  return false;
});

/** The key's lower-case letters and digits only: most keys already are, and are returned as they are. */
function squash(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isLowerLetterCode(c) || isDigitCode(c))) {
      const lower = s.trim().toLowerCase();
      // Most keys that are not already squashed (`70B`, `gpu=h100`) have no dash or underscore to drop.
      return lower.includes("-") || lower.includes("_") ? lower.replace(/[-_]/g, "") : lower;
    }
  }
  return s;
}
/**
 * Every name and alias of a command's options, squashed, built once per command (the first declared
 * wins); each name and alias also as written, to what its squashed form finds.
 */
const optionIndex = oncePer((command: AnyCommand): Map<string, [string, OptionSpec]> => {
  const index = new Map<string, [string, OptionSpec]>();
  for (const entry of command.optionList) {
    for (const name of [entry[0], ...entry[1].aliases]) {
      if (!index.has(squash(name))) index.set(squash(name), entry);
    }
  }
  for (const [name, spec] of command.optionList) {
    for (const written of [name, ...spec.aliases]) {
      const found = index.get(squash(written));
      if (found && !index.has(written)) index.set(written, found);
    }
  }
  return index;
});
