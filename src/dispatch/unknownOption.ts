import { UserError } from "../core/errors.ts";
import { nearest } from "../core/suggest.ts";
import { normalizeKey } from "./findOption.ts";

/**
 * The error for `key=` (as typed) that names no option of `/flops <command>`: the names and aliases
 * nearest to `wanted` (the key as options are matched), or when none is near, the command's option
 * names (never an empty "Did you mean").
 */
export function unknownOptionError(
  command: string,
  key: string,
  wanted: string,
  candidates: readonly string[],
  names: readonly string[],
): UserError {
  // `tp=8`, `dp=128` to a command with no layout (cards and serve have one): the nearest key (tdp,
  // d) would read the degree as watts or a width.
  if (LAYOUT_KEYS.has(wanted) && !candidates.some((name) => LAYOUT_KEYS.has(normalizeKey(name))))
    return new UserError("args.layoutKey", { key, command, commandExample: LAYOUT_EXAMPLE });
  // Never "Did you mean tied?" for `tied`: a name as typed is no suggestion.
  const suggestions = nearest(wanted, candidates).filter(
    (name) => normalizeKey(name) !== normalizeKey(wanted),
  );
  return suggestions.length > 0
    ? new UserError("args.unknownKey", { key, command, suggestions: suggestions.join(", ") })
    : new UserError("args.unknownKeyNoSuggestion", { key, command, list: names.join(", ") });
}

/** Keys of a parallel layout (cards' tp=, pp=, dp=, zero= and their aliases), as options are matched. */
const LAYOUT_KEYS: ReadonlySet<string> = new Set(
  ["tp", "pp", "dp", "zero", "zero-stage", "tensor-parallel", "pipeline-parallel", "data-parallel"].map(
    normalizeKey,
  ),
);
export const LAYOUT_EXAMPLE = "cards 70B gpu=H100 mode=train tp=8 pp=2";
