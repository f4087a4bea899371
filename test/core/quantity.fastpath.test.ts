import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import { evaluateQuantity, evaluateQuantityByTree } from "../../src/core/quantity.ts";

/** The outcome of one path: the quantity, or the error id and values it refused with. */
function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UserError) return { error: error.id, params: error.params };
    throw error;
  }
}

const viaTree = (text: string) => outcome(() => evaluateQuantityByTree(text));

const words = [
  "",
  "B",
  "b",
  "T",
  "k",
  "M",
  "billion",
  "bn",
  "P",
  "h",
  "hours",
  "days",
  "d",
  "w",
  "months",
  "y",
  "s",
  "min",
  "x",
  "e",
  "mb",
  "%",
  // Not multipliers or units: refused as unknown words, or (mathjs's own words, `0x…`) read by mathjs.
  "BB",
  "bb",
  "xyz",
  "ab",
  "o",
  "mod",
  "to",
  "in",
  "not",
  "true",
  "null",
  "NaN",
  "Infinity",
  "constructor",
  "toString",
];
const numbers = fc.oneof(
  fc.integer({ min: 0, max: 1e6 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => String(n)),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: -30, max: 320 })).map(([m, e]) => `${m}e${e}`),
  fc.constantFrom("5.", ".5", "0.1", "1.4", "2.664", "3.14e23", "1e", "0x10"),
);
const shapes = fc
  .tuple(
    fc.constantFrom("", "$"),
    numbers,
    fc.constantFrom("", " "),
    fc.constantFrom(...words),
    fc.constantFrom("", "/h", "/hour", " / day", "/x", "/bb", "/k", "/mod", "/constructor"),
  )
  .map(([currency, number, space, word, per]) => `${currency}${number}${space}${word}${per}`);

describe("the quick path for simple quantities", () => {
  it("gives exactly what the checked mathjs tree gives, error or value, for number-word shapes", () => {
    fc.assert(
      fc.property(shapes, (text) => {
        expect(outcome(() => evaluateQuantity(text))).toEqual(viaTree(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the published figures the reader sees most", () => {
    expect(evaluateQuantity("175B")).toEqual({ value: 175e9, dimension: "none", money: false });
    expect(evaluateQuantity("14.8T").value).toBe(14.8e12);
    expect(evaluateQuantity("2.664M").value).toBe(2.664e6);
    expect(evaluateQuantity("$2.5/h")).toEqual({ value: 2.5, dimension: "perTime", money: true });
    expect(evaluateQuantity("45%").value).toBe(0.45);
    expect(evaluateQuantity("54 days")).toEqual({ value: 54 * 86_400, dimension: "time", money: false });
    // A doubled suffix is an unknown word, with the known words nearest to it.
    expect(outcome(() => evaluateQuantity("175BB"))).toEqual({
      error: "quantity.unknownWord",
      params: { word: "bb", suggestions: "b, bn" },
    });
  });
});
