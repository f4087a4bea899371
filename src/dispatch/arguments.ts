import { UserError } from "../core/errors.ts";
import { oncePer } from "../core/oncePer.ts";
import { quantityOrUndefined } from "../core/quantity.ts";
import type { AnyCommand } from "./command.ts";
import { findOption, normalizeKey } from "./findOption.ts";
import { negativeValue } from "./negative.ts";
import type { OptionSpec } from "./options.ts";
import { unknownOptionError } from "./unknownOption.ts";
/**
 * Positional words fill positional options in declaration order, from slot `firstSlot` (1 when a
 * model name took the first), skipping those already given by `key=value` (`70B params 15T` is
 * 70B parameters and 15T tokens); `key=value` sets any option. An option given twice with two
 * values (`gpu=H100 gpu=A100`, `3 days 4 days`) is refused, not read as the last one.
 */
export function parseArguments(
  command: AnyCommand,
  words: readonly string[],
  firstSlot = 0,
): Record<string, string> {
  const raw: Record<string, string> = {};
  const entries = command.optionList;
  const positional = positionalOptions(command);
  let next = firstSlot;
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals > 0) {
      const key = word.slice(0, equals);
      const value = unquoted(word.slice(equals + 1).trim());
      const found = findOption(command, key);
      const rest = positional[next]?.[1].rest ? positional[next] : undefined;
      if (!found && rest) {
        raw[rest[0]] = raw[rest[0]] ? `${raw[rest[0]]} ${word}` : word;
        continue;
      }
      if (!found && command.name === "mfu" && normalizeKey(key) === "mfu") {
        // An MFU given to the command that works it out: the plan at that MFU is compute's.
        throw new UserError("mfu.planAtMfu", { value, example: asCompute(words, firstSlot) });
      }
      if (!found) {
        throw unknownOptionError(
          command.name,
          key,
          normalizeKey(key),
          entries.flatMap(([name, spec]) => [name, ...spec.aliases]),
          entries.map(([name]) => name),
        );
      }
      if (value === "")
        throw new UserError("args.emptyValue", { key: found[0], example: `${found[0]}=${found[1].example}` });
      const before = raw[found[0]];
      // Names and units are read without regard to case: `gpu=H100 gpu=h100` gives one value.
      if (before !== undefined && before.toLowerCase() !== value.toLowerCase())
        throw new UserError("args.twice", { option: found[0], first: before, second: value });
      raw[found[0]] = value;
      continue;
    }
    const flag = findOption(command, word);
    // A flag's name is the flag, also after free text has begun (`params decoder … tied`).
    const restSlot = positional[next]?.[1].rest ? positional[next] : undefined;
    if (flag && flag[1].kind === "flag" && (!restSlot || raw[restSlot[0]] !== undefined)) {
      raw[flag[0]] = "true";
      continue;
    }
    // A slot already given by key=value (the reader puts those first) is not filled again.
    let slot = positional[next];
    while (slot && !slot[1].rest && raw[slot[0]] !== undefined) slot = positional[++next];
    if (!slot) throw extraWord(command, raw, positional, word, words);
    if (slot[1].rest) {
      raw[slot[0]] = raw[slot[0]] ? `${raw[slot[0]]} ${word}` : word;
      continue;
    }
    raw[slot[0]] = word;
    next++;
  }
  return raw;
}

/**
 * The words of a question as compute takes them: the numbers first, then `key=value`. When a
 * model name took the first slot (`firstSlot` 1) it is not among them: `…` marks its place.
 */
function asCompute(words: readonly string[], firstSlot: number): string {
  const numbers = words.filter((word) => word.indexOf("=") <= 0);
  const options = words.filter((word) => word.indexOf("=") > 0);
  return [...(firstSlot > 0 ? ["<model>"] : []), ...numbers, ...options].join(" ");
}

/** The positional options in declaration order, listed once per command (its specs never change). */
const positionalOptions = oncePer((command: AnyCommand): readonly (readonly [string, OptionSpec])[] =>
  command.optionList.filter(([, spec]) => spec.positional),
);

/**
 * One word too many: when an earlier word that is no number took a number's place (`<!channel>`,
 * `*bold*` before `70B 2T`), that word is the mistake, not the last number; otherwise the extra one.
 */
function extraWord(
  command: AnyCommand,
  raw: Record<string, string>,
  positional: readonly (readonly [string, OptionSpec])[],
  word: string,
  words: readonly string[],
): UserError {
  for (const [name, spec] of positional) {
    const value = raw[name];
    if (value === undefined || (spec.kind !== "count" && spec.kind !== "integer")) continue;
    if (quantityOrUndefined(value) === undefined) {
      return new UserError("read.unknownWord", {
        word: value,
        command: command.name,
        example: command.examples[0] ?? "",
      });
    }
  }
  // `on -512 H100`: a count below zero, said so with the sign dropped in the Try line.
  const negative = word.includes("-") ? negativeValue(word, true) : undefined;
  if (negative) return negative;
  const sizes = severalSizes(raw, word, words);
  if (sizes) return sizes;
  return new UserError("args.extra", { value: word, command: command.name });
}

/** A model size in billions or millions (`13B`, `350M`; the reader took off a mark that ended it). */
const MODEL_SIZE = /^\d+(?:\.\d+)?[bm]$/i;
const TOKEN_COUNT = /^\d+(?:\.\d+)?t$/i;

/**
 * Model sizes listed where one is read (`7B and 13B on 2T tokens`, `7B, 13B, 70B on 1T`): several
 * questions, one a line (the sizes, and those after the first for the Try line). Two sizes before
 * the tokens (`671B 37B 14.8T`): a mixture of experts' total and active parameters (active= sets
 * them), or two models. Otherwise undefined: the word is extra.
 */
function severalSizes(
  raw: Record<string, string>,
  word: string,
  words: readonly string[],
): UserError | undefined {
  const params = raw.params;
  if (params === undefined || !MODEL_SIZE.test(params)) return undefined;
  const sizes = words.filter((typed) => typed.indexOf("=") <= 0 && MODEL_SIZE.test(typed));
  const tokensKeyed = words.some((typed) => typed.startsWith("tokens="));
  // With the tokens labelled (`on 2T tokens`), no size can be the tokens (`175B 300B 20B` may be).
  if (MODEL_SIZE.test(word) && tokensKeyed)
    return new UserError("read.severalSizes", { sizes: sizes.join(", "), others: sizes.slice(1).join(",") });
  const tokens = raw.tokens;
  if (tokens !== undefined && MODEL_SIZE.test(tokens) && sizes.length === 2 && TOKEN_COUNT.test(word))
    return new UserError("read.sizesBeforeTokens", {
      sizes: sizes.join(", "),
      typo: tokens,
      fix: `active=${tokens}`,
    });
  return undefined;
}

/** `gpu="H100"`, `gpu='H100'` (smart quotes and 「」 are plain ones by now, normalize.ts): the value inside. */
function unquoted(value: string): string {
  return QUOTES.includes(value.charAt(0)) || QUOTES.includes(value.charAt(value.length - 1))
    ? value.replace(QUOTED, "")
    : value;
}
const QUOTES = "\"'`";
const QUOTED = /^["'`]+|["'`]+$/g;
