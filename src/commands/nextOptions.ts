import { isGiven } from "../dispatch/tracked.ts";

/**
 * The `key=value` suggestions of a Next: line the asker has not given already, in order and space
 * separated (`rate=20 generate=256` after prompt=2k); "" when every one was given. Checking whether
 * an option was given does not count as reading it, so an unused one is still named in a note.
 */
export function notGiven(
  options: object,
  suggested: readonly (readonly [name: string, value: string])[],
): string {
  let out = "";
  for (const [name, value] of suggested) {
    if (isGiven(options, name)) continue;
    out = out === "" ? `${name}=${value}` : `${out} ${name}=${value}`;
  }
  return out;
}
