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
  // `gpus=8` to cards or serve: the GPUs the asker has are `available=` there (the count compute
  // plans with); the nearest name, `gpu`, would take the count for a GPU's name and drop it.
  const counted = GPU_COUNT_KEYS.has(wanted) && candidates.includes("available");
  // Never "Did you mean tied?" for `tied`: a name as typed is no suggestion.
  const suggestions = counted
    ? ["available"]
    : nearest(wanted, candidates).filter((name) => normalizeKey(name) !== normalizeKey(wanted));
  return suggestions.length > 0
    ? new UserError("args.unknownKey", { key, command, suggestions: suggestions.join(", ") })
    : new UserError("args.unknownKeyNoSuggestion", { key, command, list: names.join(", ") });
}

/** Keys that count GPUs (compute's `gpus=` and its aliases), as options are matched. */
const GPU_COUNT_KEYS: ReadonlySet<string> = new Set(
  ["gpus", "n-gpus", "num-gpus", "gpu-count"].map(normalizeKey),
);

/** Keys of a parallel layout (cards' tp=, pp=, dp=, zero= and their aliases), as options are matched. */
const LAYOUT_KEYS: ReadonlySet<string> = new Set(
  ["tp", "pp", "dp", "zero", "zero-stage", "tensor-parallel", "pipeline-parallel", "data-parallel"].map(
    normalizeKey,
  ),
);
export const LAYOUT_EXAMPLE = "cards 70B gpu=H100 mode=train tp=8 pp=2";
