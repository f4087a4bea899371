import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { lookupModel, mayStartModelName } from "../../src/core/runs/lookup.ts";

/** The words people type a run's name with (`llama 3.1 405B`, `deepseek v3`), and everyday ones. */
const nameWords = MODELS.flatMap((m) => [m.id, m.name, ...m.aliases]).flatMap((name) => name.split(/[\s-]+/));
const vocabulary = [
  ...new Set([
    ...nameWords,
    ...nameWords.map((w) => w.toUpperCase()),
    ..."how long to train a 13B model on 3T tokens with 128 H100s gpu=H100 70B 1.4T - . _".split(" "),
  ]),
];

describe("mayStartModelName (the reader's test before it looks up words run together)", () => {
  it("passes the first word of every run's id, name and alias, in any case", () => {
    for (const model of MODELS) {
      for (const name of [model.id, model.name, ...model.aliases]) {
        const first = name.split(/\s+/)[0] as string;
        expect(mayStartModelName(first), name).toBe(true);
        expect(mayStartModelName(first.toUpperCase()), name).toBe(true);
      }
    }
  });

  it("rules out the numbers and everyday words of a question", () => {
    for (const word of ["how", "13B", "3T", "tokens", "128", "1.4T", "gpu=H100"]) {
      expect(mayStartModelName(word), word).toBe(false);
    }
  });

  it("reads past separators before the first letter, and never rules out a word that is not plain ASCII", () => {
    // The normalized name drops dashes, dots and underscores (`-llama` is `llama`), so the first
    // character typed is not always the one that counts.
    expect(mayStartModelName("-llama")).toBe(true);
    expect(mayStartModelName("_GPT")).toBe(true);
    expect(mayStartModelName("-70b")).toBe(false);
    expect(mayStartModelName("70B中")).toBe(true);
    expect(mayStartModelName("訓練")).toBe(true);
    expect(mayStartModelName("-")).toBe(true);
  });

  it("never rules out a start from which two to four words run together name a run", () => {
    const ruledOut = vocabulary.filter((word) => !mayStartModelName(word));
    expect(ruledOut.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const first of ruledOut) {
      for (const second of vocabulary) {
        if (lookupModel(first + second)) found.push(`${first} ${second}`);
        for (const third of ["405B", "70b", "v3", "3", "1", "8x7b"]) {
          if (lookupModel(first + second + third)) found.push(`${first} ${second} ${third}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
