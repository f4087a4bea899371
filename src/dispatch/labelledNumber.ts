import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";

/**
 * A whole number and the name of the option it sets, either way round (`32 layers`, `4096 hidden`,
 * `d_model 4096`, `32 layer`), in a command whose words are otherwise free text (params): that
 * option's `name=value`, and the two words it took. Only options that take a whole number, named by
 * a word of two letters or more (a one-letter alias, `h`, `k`, is too easily a layer list's word).
 */
export function labelledNumberAt(
  command: AnyCommand,
  words: readonly string[],
  i: number,
): { assigned: string; length: 2 } | undefined {
  const word = words[i] as string;
  const next = words[i + 1];
  if (next === undefined) return undefined;
  const [digits, label] = WHOLE_NUMBER.test(word)
    ? [word, next]
    : WHOLE_NUMBER.test(next)
      ? [next, word]
      : [];
  if (digits === undefined || label === undefined || label.length < 2) return undefined;
  const option = findOption(command, label) ?? findOption(command, pluralOf(label));
  if (!option || !NUMBER_KINDS.has(option[1].kind)) return undefined;
  return { assigned: `${option[0]}=${digits.replace(/,/g, "")}`, length: 2 };
}

/** Digits, grouped by commas or not (`4096`, `128,256`). */
const WHOLE_NUMBER = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const NUMBER_KINDS: ReadonlySet<string> = new Set(["integer", "count"]);
/** `layers` for `layer`: a label said as an adjective (`a 32 layer model`) names the option all the same. */
const pluralOf = (label: string): string => `${label}s`;
