import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateQuantity, quantityOrUndefined } from "../../src/core/quantity.ts";

/** evaluateQuantity's value, or undefined where it throws: what the reader needs to know of a word. */
function expected(text: string) {
  try {
    return evaluateQuantity(text);
  } catch {
    return undefined;
  }
}

describe("quantityOrUndefined", () => {
  it("is evaluateQuantity's value where it has one and undefined where it refuses", () => {
    // GPT-3's 300B tokens (Brown et al. 2020, Table D.1), Llama 3's 54 days (Meta 2024, §3.3.4), a price and typos.
    expect(quantityOrUndefined("300B")).toEqual({ value: 300e9, dimension: "none", money: false });
    expect(quantityOrUndefined("54 days")).toEqual({ value: 54 * 86_400, dimension: "time", money: false });
    expect(quantityOrUndefined("$2.5/h")).toEqual({ value: 2.5, dimension: "perTime", money: true });
    for (const typo of ["175BB", "2.5/xyz", "", "1e999", "70B days", "0xZZ", "abc", "(", "175 constructor"]) {
      expect(quantityOrUndefined(typo), typo).toEqual(expected(typo));
    }
    expect(quantityOrUndefined("175BB")).toBeUndefined();
  });

  it("agrees with evaluateQuantity on any number followed by any word", () => {
    const word = fc.stringMatching(/^[a-zA-Z%$/]{0,6}$/);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e30, noNaN: true }), word, fc.boolean(), (n, w, space) => {
        const text = `${n}${space ? " " : ""}${w}`;
        expect(quantityOrUndefined(text)).toEqual(expected(text));
      }),
      { numRuns: 2000 },
    );
  });
});
