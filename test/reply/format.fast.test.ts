import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fixedShortest,
  formulaNumber,
  grouped,
  roundedTo,
  scientific,
  significant,
} from "../../src/reply/format.ts";

/** The oracle: what Intl's en-US formatter prints, grouped from 1,000 up as it groups by default. */
const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-US", options);
const bySignificant = (value: number, digits: number): string =>
  intl({ maximumSignificantDigits: digits }).format(Number(value.toPrecision(digits)));
const byFraction = (value: number, digits: number): string =>
  intl({ maximumFractionDigits: digits }).format(value);

/** Numbers as the bot meets them: magnitudes it writes out in digits (1e-4 up to 1e15), both signs, and ties. */
const readable = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((v) => Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15),
  fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).filter((v) => v !== 0),
  fc.constantFrom(0.125, -0.125, 2.5, 0.995, 1.005, 9999.5, 99_950, 999.95, 1e-4, 175e9, 3.15e23 / 1e9),
);

describe("number formatting without a formatter per call", () => {
  it("prints significant digits exactly as Intl does", () => {
    fc.assert(
      fc.property(readable, fc.integer({ min: 1, max: 6 }), (value, digits) => {
        expect(significant(value, digits)).toBe(bySignificant(value, digits));
      }),
      { numRuns: 20_000 },
    );
  });

  it("prints three significant digits between 1 and 999 (its quick path) as Intl does, ties and carries included", () => {
    // Doubles of every size in the range, and decimals with three or four digits (ties at the
    // digit dropped: 2.675, 1.005, 99.95), both signs.
    const quick = fc.oneof(
      fc.double({ min: 1, max: 999, noNaN: true }),
      fc
        .tuple(fc.integer({ min: 1000, max: 999_000 }), fc.integer({ min: 0, max: 3 }))
        .map(([n, k]) => n / 10 ** k),
    );
    fc.assert(
      fc.property(quick, fc.boolean(), (value, negative) => {
        const signed = negative ? -value : value;
        expect(significant(signed)).toBe(bySignificant(signed, 3));
      }),
      { numRuns: 10_000 },
    );
    for (const value of [1, 1.005, 2.675, 9.995, 9.9951, 99.95, 99.949_999, 998.5, 998.999, 3.15, 1.4, 2.5])
      expect(significant(value)).toBe(bySignificant(value, 3));
    expect(significant(9.996)).toBe("10");
    expect(significant(3.149)).toBe("3.15");
    expect(significant(-28.55)).toBe(bySignificant(-28.55, 3));
  });

  it("groups whole numbers and rounds fractions exactly as Intl does", () => {
    fc.assert(
      fc.property(readable, fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(grouped(value, digits)).toBe(byFraction(value, digits));
      }),
      { numRuns: 20_000 },
    );
  });

  it("rounds fractions as Intl does at the edges: ties on the shortest decimal, carries, signs of zero, exponent forms", () => {
    const edges = [
      1.005, 2.675, 1.045, 0.5, 1.5, 2.5, -2.5, 99.999, 999_999.9996, 0.0049999, -0.001, -0, 1e-7, -1e-7,
      5e-7,
    ];
    for (const value of edges) {
      for (const digits of [0, 1, 2, 3]) expect(grouped(value, digits)).toBe(byFraction(value, digits));
    }
    // Intl rounds 1.005's shortest decimal, not its binary value (toFixed gives 1.00).
    expect(grouped(1.005, 2)).toBe("1.01");
    expect(grouped(-0.001, 2)).toBe("-0");
  });

  it("prints whole numbers under 1,000 (its quick path) as Intl does, for every number of digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 1, max: 6 }), (value, digits) => {
        expect(significant(value, digits)).toBe(value === 0 ? "0" : bySignificant(value, digits));
      }),
      { numRuns: 5_000 },
    );
    // Below three digits the quick path does not apply: 175 to two digits is 180.
    expect(significant(175, 2)).toBe("180");
    expect(significant(-0)).toBe("0");
  });

  it("rounds decimal ties and tiny fractions as Intl does, to fraction and to significant digits", () => {
    // n / 10^k has a short decimal ending in 5 often: ties at every place Intl rounds to.
    const decimals = fc
      .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 7 }))
      .map(([n, k]) => n / 10 ** k);
    const tiny = fc.double({ min: 1e-7, max: 1e-3, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(decimals, tiny), fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(grouped(value, digits)).toBe(byFraction(value, digits));
        // Below 1e-4 significant() writes m × 10ⁿ by design; above, digits as Intl prints them.
        if (value >= 1e-4) {
          expect(significant(value, digits + 1)).toBe(bySignificant(value, digits + 1));
          expect(significant(value * 1000, digits + 3)).toBe(bySignificant(value * 1000, digits + 3));
        }
      }),
      { numRuns: 20_000 },
    );
    expect(grouped(0.995, 2)).toBe("1");
    expect(grouped(99_999.5)).toBe("100,000");
    expect(grouped(12.5)).toBe("13");
  });

  it("prints scientific mantissas and exponents as before", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        // The oracle: scientific() as it was, mantissa and exponent each read as a number and printed.
        const [mantissa = "0", exponent = "0"] = value.toExponential(2).split("e");
        const power = [...String(Number(exponent))].map((c) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(c)] ?? "⁻").join("");
        expect(scientific(value)).toBe(value === 0 ? "0" : `${significant(Number(mantissa))} × 10${power}`);
      }),
      { numRuns: 20_000 },
    );
  });

  it("writes formula exponents as the two replaces did", () => {
    const byReplace = (value: number) =>
      value
        .toExponential(2)
        .replace(/\.?0+e/, "e")
        .replace("e+", "e");
    const exponents = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 1e18, max: 1e30, noNaN: true }),
      fc
        .tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -30, max: 30 }))
        .map(([m, e]) => m * 10 ** e),
    );
    fc.assert(
      fc.property(exponents, (value) => {
        // formulaNumber writes the exponent form for these; everything else is another path.
        if (Math.abs(value) >= 1e18 || (Math.abs(value) < 1e-3 && value !== 0 && !Number.isInteger(value))) {
          expect(formulaNumber(value)).toBe(byReplace(value));
        }
      }),
      { numRuns: 20_000 },
    );
    expect(formulaNumber(3.15e23)).toBe("3.15e23");
    expect(formulaNumber(3e23)).toBe("3e23");
    expect(formulaNumber(3.1e-5)).toBe("3.1e-5");
  });

  it("rounds whole numbers to significant digits as toPrecision does", () => {
    const wholes = fc.oneof(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.double({ min: 1, max: 1e15, noNaN: true }).map(Math.floor),
      fc
        .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 10 }))
        .map(([m, e]) => m * 10 ** e),
      fc.double({ min: -1e16, max: 1e16, noNaN: true }),
      fc.constantFrom(0, -0, 99_950, 1_005, 1_015, 1e15, 175e9, 1.4e12, 2_664_000),
    );
    fc.assert(
      fc.property(wholes, fc.integer({ min: 1, max: 15 }), (value, digits) => {
        expect(roundedTo(value, digits)).toBe(Number(value.toPrecision(digits)));
      }),
      { numRuns: 20_000 },
    );
  });

  it("rounds fractions to significant digits as toPrecision does, ties and powers of ten included", () => {
    // Energies in MWh, tonnes of CO2, ratios and shares (1e-6 up to 1e15), decimals with a tie
    // at the digit dropped (2.675, 0.0125), and values a hair either side of a power of ten.
    const fractions = fc.oneof(
      fc.double({ min: 1e-7, max: 2e15, noNaN: true }),
      fc
        .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 12 }))
        .map(([m, e]) => m / 10 ** e),
      fc
        .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 12 }))
        .map(([m, e]) => (m + 0.5) / 10 ** e),
      fc
        .tuple(
          fc.constantFrom(1, 0.9999999999999999, 1.0000000000000002, 9.9995),
          fc.integer({ min: -7, max: 14 }),
        )
        .map(([m, e]) => m * 10 ** e),
      fc.constantFrom(2.675, 1.005, 0.0125, 2.4485, 12.3455, 0.99995),
    );
    fc.assert(
      fc.property(fractions, fc.integer({ min: 1, max: 7 }), (value, digits) => {
        expect(roundedTo(value, digits)).toBe(Number(value.toPrecision(digits)));
      }),
      { numRuns: 50_000 },
    );
  });

  it("prints a percentage to one decimal as reading toFixed back as a number did", () => {
    const percents = fc.oneof(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.double({ noNaN: true }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 0.05, 0.25, 0.45, 99.95, 1e14, 1e21),
    );
    fc.assert(
      fc.property(percents, fc.constantFrom(0 as const, 1 as const), (value, digits) => {
        expect(fixedShortest(value, digits)).toBe(String(Number(value.toFixed(digits))));
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads the bot's everyday figures", () => {
    expect(significant(175)).toBe("175");
    expect(significant(3.5)).toBe("3.5");
    expect(significant(12_345)).toBe("12,300");
    expect(significant(-12_345)).toBe("-12,300");
    // Four-digit figures are grouped too, as en and zh-TW both write them (6,140%, 1,080 TB).
    for (const lang of ["en-US", "zh-TW"]) {
      expect(significant(6140.5)).toBe(
        new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 }).format(6140),
      );
      expect(significant(2025.5, 4)).toBe(new Intl.NumberFormat(lang).format(2026));
    }
    expect(significant(1234)).toBe("1,230");
    expect(grouped(1_024)).toBe("1,024");
    expect(grouped(2_664_000)).toBe("2,664,000");
    expect(grouped(0.995, 2)).toBe("1");
  });
});
