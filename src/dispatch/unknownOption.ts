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
  // Never "Did you mean tied?" for `tied`: a name as typed is no suggestion.
  const suggestions = nearest(wanted, candidates).filter(
    (name) => normalizeKey(name) !== normalizeKey(wanted),
  );
  return suggestions.length > 0
    ? new UserError("args.unknownKey", { key, command, suggestions: suggestions.join(", ") })
    : new UserError("args.unknownKeyNoSuggestion", { key, command, list: names.join(", ") });
}
