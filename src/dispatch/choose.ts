import type { AnyCommand } from "./command.ts";
import { FILLER } from "./reader.ts";
import { findCommand, type Registry } from "./registry.ts";

/** The command a line names (or the default), and the words left for its options. */
export interface Choice {
  command: AnyCommand;
  /** The line named the command; otherwise it is the default, which another command may replace (read.ts). */
  explicit: boolean;
  /** The first word after the opening filler: a mistyped command name when nothing took it. */
  first: string | undefined;
  /** The words without the command's name. */
  rest: string[];
}

/**
 * Chooses the command, once per line. A question's opening words (`how long to train …`) are
 * skipped; a command word after them counts only when it is not itself an everyday word (`how
 * many gpus …` is not the GPU catalog). No words at all is `help`.
 */
export function chooseCommand(registry: Registry, words: readonly string[]): Choice {
  let start = 0;
  while (
    start < words.length - 1 &&
    isFiller(words[start] as string) &&
    !findCommand(registry, words[start] as string)
  )
    start++;
  const first = words[start];
  let command = first === undefined ? findCommand(registry, "help") : findCommand(registry, first);
  if (command && start > 0 && isFiller(first as string)) command = undefined;
  return command
    ? { command, explicit: true, first, rest: words.filter((_, i) => i !== start) }
    : { command: registry.defaultCommand, explicit: false, first, rest: [...words] };
}

const isFiller = (word: string) => {
  const lower = word.toLowerCase();
  return FILLER.has(
    PUNCTUATION.includes(lower.charAt(lower.length - 1)) ? lower.replace(/[?,!]+$/, "") : lower,
  );
};
const PUNCTUATION = "?,!";
