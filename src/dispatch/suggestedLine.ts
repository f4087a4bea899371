/**
 * A refusal's Try line from a fix it names: the word suggested in the blamed one's place, a name
 * near the words typed, or a key renamed. Each takes `answers`, whether a line is answered.
 */
import type { UserError } from "../core/errors.ts";
import { GPU_CATALOG } from "../core/gpus.ts";
import { suggestModels } from "../core/runs/lookup.ts";
import { withoutEndPunctuation } from "./askedCommand.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";

/** Refusals that blame one word (or a number's suffix) and suggest what it may have meant. */
const SUGGESTS_FOR: Readonly<Record<string, string>> = {
  "args.unknownCommand": "command",
  "args.badChoice": "value",
  "quantity.unknownWord": "word",
};

/**
 * The line with the blamed word replaced by the first suggestion that is answered: as a word
 * (`chinchila`), a key's value (`mode=trian`) or a number's suffix (`70BB` → `70B`), in the case typed.
 */
export function withSuggestion(
  words: readonly string[],
  error: UserError,
  answers: (line: string) => boolean,
): string | undefined {
  const param = SUGGESTS_FOR[error.id];
  const blamed = param === undefined ? undefined : error.params[param];
  const { suggestions } = error.params;
  if (typeof blamed !== "string" || blamed === "" || typeof suggestions !== "string") return undefined;
  const lower = blamed.toLowerCase();
  const suffixed = new RegExp(
    `^(\\d[\\d.]*)${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([,.;:?!]?)$`,
    "i",
  );
  for (const suggestion of suggestions.split(", ")) {
    const cased = (typed: string) => (typed === typed.toUpperCase() ? suggestion.toUpperCase() : suggestion);
    const fixed = words.map((word) => {
      const plain = withoutEndPunctuation(word);
      if (plain.toLowerCase() === lower) return cased(plain) + word.slice(plain.length);
      if (word.toLowerCase().endsWith(`=${lower}`)) return word.slice(0, -blamed.length) + suggestion;
      // A suffix is replaced by a suffix (`70BB` → `70B`), never by a word (`175Q` → `175QUADRILLION`).
      const number = suggestion.length <= 2 ? suffixed.exec(word) : null;
      if (number)
        return `${number[1]}${cased(word.slice(number[1]?.length, word.length - (number[2]?.length ?? 0)))}${number[2]}`;
      return word;
    });
    const line = fixed.join(" ");
    if (line === words.join(" ")) continue;
    if (answers(line)) return line;
  }
  return undefined;
}

/**
 * `words` with those from `at` (two for a GPU, up to three for a run) replaced by the one GPU or run
 * their text is near (`RTX 4090x` → `RTX 4090`, `lama 3 70b` → llama-3-70b), the first line answered.
 */
export function withNearName(
  words: readonly string[],
  at: number,
  answers: (line: string) => boolean,
): string | undefined {
  const answered = (line: string) => (answers(line) ? line : undefined);
  const typed = words[at] as string;
  const pair = words.slice(at, at + 2);
  const gpu = pair.length === 2 ? GPU_CATALOG.suggest(pair.join(" "))[0] : undefined;
  const spaced = gpu?.aliases.find((alias) => alias.split(" ").length === 2);
  if (spaced !== undefined && spaced !== pair.join(" ").toLowerCase()) {
    const name = typed === typed.toUpperCase() ? spaced.toUpperCase() : spaced;
    const line = answered([...words.slice(0, at), name, ...words.slice(at + 2)].join(" "));
    if (line !== undefined) return line;
  }
  for (let length = Math.min(3, words.length - at); length >= 2; length--) {
    const runs = suggestModels(words.slice(at, at + length).join(" "));
    if (runs.length !== 1) continue;
    const line = answered([...words.slice(0, at), runs[0], ...words.slice(at + length)].join(" "));
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * `words` with the key of `key=value` renamed to an option the key begins (`c=2048` → `ctx=2048`),
 * in the command's order, the first line answered; undefined when none is.
 */
export function withKeyRenamed(
  command: AnyCommand,
  words: readonly string[],
  value: string,
  answers: (line: string) => boolean,
): string | undefined {
  const at = words.findIndex((word) => word.toLowerCase().endsWith(`=${value.toLowerCase()}`));
  const word = words[at];
  if (word === undefined) return undefined;
  const key = word.slice(0, word.indexOf("=")).toLowerCase();
  const own = findOption(command, key)?.[0];
  for (const [name, spec] of command.optionList) {
    if (name === own || ![name, ...spec.aliases].some((alias) => alias.startsWith(key))) continue;
    const renamed = words
      .map((other, i) => (i === at ? `${name}=${word.slice(key.length + 1)}` : other))
      .join(" ");
    if (answers(renamed)) return renamed;
  }
  return undefined;
}
