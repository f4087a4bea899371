import { distance } from "fastest-levenshtein";

/** The candidates nearest to `input` (a typo's likely intent): prefix matches first, then by edit distance. */
export function nearest(input: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = input.toLowerCase();
  // A word of three letters or fewer is a typo of a name one edit away only (`foo` is no mistyped `tok`).
  const maxDistance = wanted.length <= 3 ? 1 : Math.max(2, Math.ceil(wanted.length / 2));
  const kept: { name: string; prefix: number; distance: number }[] = [];
  for (const name of candidates) {
    const lower = name.toLowerCase();
    const prefix = wanted.length > 0 && (lower.startsWith(wanted) || wanted.startsWith(lower)) ? 0 : 1;
    // The length difference is a lower bound on the edit distance: a far longer input (a pasted
    // paragraph) is no typo of a short name, and is not run through the quadratic distance.
    if (prefix === 1 && Math.abs(wanted.length - lower.length) > maxDistance) continue;
    const apart = distance(wanted, lower);
    // A name every letter of which would change is no typo of it (`gpu` is not a mistyped `p`).
    if (prefix === 0 || (apart <= maxDistance && apart < lower.length))
      kept.push({ name, prefix, distance: apart });
  }
  return kept
    .sort((a, b) => a.prefix - b.prefix || a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}

const numbersIn = (name: string): string[] => name.match(/\d+/g) ?? [];
const sortedDigits = (n: string) => [...n].sort().join("");

/**
 * A different number names a different thing (`mistral-7b` is not `mixtral-8x7b`, `gpt-4` is not
 * `gpt-3`): when the input has numbers, a candidate must carry as many, each the same digits (a
 * transposition such as 450 for 405 is still a typo).
 */
export function sameNumbers(input: string, candidate: string): boolean {
  const wanted = numbersIn(input);
  const offered = numbersIn(candidate);
  if (wanted.length === 0) return true;
  return (
    wanted.length === offered.length &&
    wanted.every((n, i) => sortedDigits(n) === sortedDigits(offered[i] ?? ""))
  );
}
