import { distance } from "fastest-levenshtein";

/** The candidates nearest to `input` (a typo's likely intent): prefix matches first, then by edit distance. */
export function nearest(input: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = input.toLowerCase();
  const maxDistance = Math.max(2, Math.ceil(wanted.length / 2));
  return candidates
    .map((name) => {
      const lower = name.toLowerCase();
      const prefix = wanted.length > 0 && (lower.startsWith(wanted) || wanted.startsWith(lower)) ? 0 : 1;
      return { name, prefix, distance: distance(wanted, lower) };
    })
    .filter((c) => c.prefix === 0 || c.distance <= maxDistance)
    .sort((a, b) => a.prefix - b.prefix || a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}
