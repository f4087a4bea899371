import { UserError } from "../core/errors.ts";
import { quantityOrUndefined } from "../core/quantity.ts";

/**
 * A price, share or time typed below zero (`-$2/h`, `$-2/h`, `-40%`, `-3days`): read.negative, its
 * fix the same without the sign. A bare size (`-70B`) is left to its option, which names itself,
 * unless `bare` (a word too many: `on -512 H100`).
 */
export function negativeValue(word: string, bare = false): UserError | undefined {
  const at = word.indexOf("-");
  if (at > 1 || (at === 1 && word.charAt(0) !== "$")) return undefined;
  const quantity = quantityOrUndefined(word);
  if (quantity === undefined || !(quantity.value < 0)) return undefined;
  if (!bare && !quantity.money && quantity.dimension === "none" && !word.endsWith("%")) return undefined;
  const fix = word.slice(0, at) + word.slice(at + 1);
  return new UserError("read.negative", { value: word, typo: word, fix });
}
