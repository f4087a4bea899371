import { distance } from "fastest-levenshtein";

/**
 * The edits a slip of the fingers makes in a word of `length` letters (the shorter of the typed word
 * and the name): one up to four letters, two up to eight, three beyond. A bound on the shorter word, as
 * two edits to a three-letter name change most of it (`lots` is no mistyped `mos`).
 */
export const typoEdits = (length: number): number => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The edits from `a` to `b`, two letters next to each other swapped counting one (`dyas` is one slip
 * from `days`, two in a plain edit distance); `undefined` once it is sure to pass `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const apart = distance(a, b);
  if (apart <= limit || apart > limit * 2) return apart <= limit ? apart : undefined;
  // Between the bound and twice it: swaps may bring it under (each counts two in `distance`), if
  // there is a swap (without one, the count below is `distance`'s).
  if (!hasSwap(a, b)) return undefined;
  let before: number[] = [];
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j++) previous.push(j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  const swapped = previous[b.length] as number;
  return swapped <= limit ? swapped : undefined;
}

/** Whether two letters next to each other in `a` stand swapped next to each other in `b`. */
function hasSwap(a: string, b: string): boolean {
  for (let i = 1; i < a.length; i++) {
    const first = a.charCodeAt(i - 1);
    const second = a.charCodeAt(i);
    for (let j = 1; j < b.length; j++) {
      if (b.charCodeAt(j - 1) === second && b.charCodeAt(j) === first) return true;
    }
  }
  return false;
}

/**
 * The candidates nearest to `input` (a typo's likely intent): prefix matches first, then by edit
 * distance. A prefix is what was typed so far (`mon` of `month`), or a name of three letters or more
 * typed with more after it (`hours` in `hoursly`), or a short name with one letter more (`bb` of `b`):
 * never a one- or two-letter name in a longer word (`banana` is no `b`). A near name is a plausible slip: within `typoEdits` of the shorter word.
 */
export function nearest(input: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = input.toLowerCase();
  // The input with every letter O read as the digit 0 (lookAlike), made once for every name.
  const zeroed = wanted.includes("o") ? wanted.replace(/o/g, "0") : undefined;
  const kept: { name: string; prefix: number; distance: number }[] = [];
  for (const name of candidates) {
    const lower = name.toLowerCase();
    const prefix =
      wanted.length > 0 &&
      (lower.startsWith(wanted) ||
        ((lower.length >= 3 || wanted.length === lower.length + 1) && wanted.startsWith(lower)))
        ? 0
        : 1;
    if (prefix === 0) {
      kept.push({ name, prefix, distance: Math.abs(wanted.length - lower.length) });
      continue;
    }
    // The length difference is a lower bound on the edit distance: a far longer input (a pasted
    // paragraph) is no typo of a short name, and is not run through the quadratic distance.
    const edits = typoEdits(Math.min(wanted.length, lower.length));
    const apart = typoDistance(wanted, lower, edits) ?? lookAlike(zeroed, lower, edits);
    // A name every letter of which would change is no typo of it (`gpu` is not a mistyped `p`).
    if (apart !== undefined && apart < lower.length) kept.push({ name, prefix, distance: apart });
  }
  return kept
    .sort((a, b) => a.prefix - b.prefix || a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}

/**
 * The letter O typed for the digit 0 in a name with digits (`H1OO` for `h100`): one slip however
 * many O's, then the edits left; `undefined` when that is no closer. `zeroed` is the typed word with
 * its O's read as 0 (undefined without an O); reading them so changes no length, so a name whose
 * length is already too far from it is passed over first.
 */
function lookAlike(zeroed: string | undefined, name: string, edits: number): number | undefined {
  if (zeroed === undefined || Math.abs(zeroed.length - name.length) > edits - 1 || !/\d/.test(name))
    return undefined;
  const rest = typoDistance(zeroed, name.includes("o") ? name.replace(/o/g, "0") : name, edits - 1);
  return rest === undefined ? undefined : rest + 1;
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
  if (wanted.length === 0) return true;
  const offered = numbersIn(candidate);
  return (
    wanted.length === offered.length &&
    wanted.every((n, i) => sortedDigits(n) === sortedDigits(offered[i] ?? ""))
  );
}
