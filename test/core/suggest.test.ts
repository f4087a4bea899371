import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearest, typoDistance, typoEdits } from "../../src/core/suggest.ts";

/**
 * The edit distance written out in full: insertions, deletions and substitutions, and with `swaps`
 * two neighbouring letters swapped counting one (the optimal string alignment distance).
 */
function editDistance(a: string, b: string, swaps: boolean): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        (d[i] as number[])[j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[i - 1]?.[j] as number) + 1,
        (d[i]?.[j - 1] as number) + 1,
        (d[i - 1]?.[j - 1] as number) + cost,
      );
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[i - 2]?.[j - 2] as number) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return d[a.length]?.[b.length] as number;
}

describe("typoDistance", () => {
  it("is the edit distance within the limit, else the swap-counting one within it, else undefined", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdo01"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const plain = editDistance(a, b, false);
        const swapped = editDistance(a, b, true);
        const expected = plain <= limit ? plain : swapped <= limit ? swapped : undefined;
        expect(typoDistance(a, b, limit)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it("counts a swap of two letters as one slip (`dyas` for days), two letters changed as two", () => {
    expect(typoDistance("dyas", "days", 1)).toBe(1);
    expect(typoDistance("dxzs", "days", 1)).toBeUndefined();
    expect(typoDistance("dxzs", "days", 2)).toBe(2);
  });
});

/** typoDistance as its contract reads, from the distances written out. */
function typoReference(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const plain = editDistance(a, b, false);
  if (plain <= limit) return plain;
  const swapped = editDistance(a, b, true);
  return swapped <= limit ? swapped : undefined;
}

/** nearest as its comment reads: prefixes first, then slips within typoEdits, O typed for 0 one slip. */
function nearestReference(input: string, candidates: readonly string[], limit = 3): string[] {
  const typed = input.toLowerCase();
  const ranked: { name: string; prefix: number; distance: number }[] = [];
  for (const name of candidates) {
    const lower = name.toLowerCase();
    // What was typed so far; a name of three letters or more typed with more after it; a short
    // name with one letter more.
    const typedSoFar = typed !== "" && lower.startsWith(typed);
    const nameThenMore =
      typed !== "" && typed.startsWith(lower) && (lower.length >= 3 || typed.length - lower.length === 1);
    if (typedSoFar || nameThenMore) {
      ranked.push({ name, prefix: 0, distance: Math.abs(typed.length - lower.length) });
      continue;
    }
    const edits = typoEdits(Math.min(typed.length, lower.length));
    let apart = typoReference(typed, lower, edits);
    if (apart === undefined && typed.includes("o") && /\d/.test(lower)) {
      const rest = typoReference(typed.replace(/o/g, "0"), lower.replace(/o/g, "0"), edits - 1);
      apart = rest === undefined ? undefined : rest + 1;
    }
    if (apart !== undefined && apart < lower.length) ranked.push({ name, prefix: 1, distance: apart });
  }
  return ranked
    .sort((a, b) => a.prefix - b.prefix || a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}

describe("nearest", () => {
  it("is the nearest names as their rules read, for any word and names (O and 0 among their letters)", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abhoO0129-"), maxLength: 8 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (input, names) => {
        expect(nearest(input, names)).toEqual(nearestReference(input, names));
      }),
      { numRuns: 5_000 },
    );
  });

  it("offers the multipliers a doubled one is near (`bb`: b, then bn), and nothing for a far word", () => {
    const known = ["K", "M", "B", "T", "bn", "days", "hours", "weeks", "months"];
    expect(nearest("bb", known)).toEqual(["B", "bn"]);
    expect(nearest("dyas", known)).toEqual(["days"]);
    expect(nearest("zzzzzz", known)).toEqual([]);
  });
});
