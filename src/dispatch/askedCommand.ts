import type { AnyCommand } from "./command.ts";
import { FILLER } from "./reader.ts";
import { findCommand, type Registry } from "./registry.ts";

/** The word without the `?`, `,`, `!`, `:` and `;` that end it (most words have none: no pattern run then). */
export function withoutEndPunctuation(word: string): string {
  return END_PUNCTUATION.includes(word.charAt(word.length - 1)) ? word.replace(/[?,!:;]+$/, "") : word;
}
const END_PUNCTUATION = "?,!:;";

/**
 * The command a word asks for when it names one as a question (`… MFU`, `how much memory`): not
 * the default command nor help, and no everyday word or run's name (`… chinchilla` is the run).
 * `name` is the word without its end punctuation.
 */
export function askedCommand(registry: Registry, name: string): AnyCommand | undefined {
  const command = findCommand(registry, name);
  if (
    !command ||
    command === registry.defaultCommand ||
    command === findCommand(registry, "help") ||
    FILLER.has(name.toLowerCase()) ||
    registry.acceptsWord?.(name)
  )
    return undefined;
  return command;
}
