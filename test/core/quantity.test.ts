import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import {
  evaluateQuantity,
  parseCount,
  parseDuration,
  parseFraction,
  parseInteger,
  parsePricePerHour,
  parseRatePerSecond,
} from "../../src/core/quantity.ts";

const errorId = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error.id;
    throw error;
  }
  throw new Error("expected a UserError");
};

describe("parseCount", () => {
  it.each([
    ["175B", 175e9],
    ["175b", 175e9],
    ["1.4T", 1.4e12],
    ["2664K", 2_664_000],
    ["2.664M", 2_664_000],
    ["7e9", 7e9],
    ["3.15e23", 3.15e23],
    ["175 billion", 175e9],
    ["1.5 trillion", 1.5e12],
    ["6*175B*300B", 3.15e23],
    ["14.8T", 14.8e12],
    ["1G", 1e9],
    ["2P", 2e15],
    ["(1+2)*3", 9],
    ["1,000", 1000],
    ["3.15e23/300B", 1.05e12],
    ["1/2B", 5e-10],
    ["2 * 3 billion", 6e9],
  ])("%s = %d", (text, expected) => {
    expect(parseCount(text)).toBeCloseTo(expected, 0);
    expect(parseCount(text) / expected).toBeCloseTo(1, 12);
  });

  it("reads M as million, never milli or metres", () => {
    expect(parseCount("7M")).toBe(7e6);
    expect(parseCount("7m")).toBe(7e6);
  });

  it("refuses negatives, units and garbage with a stable error id", () => {
    expect(errorId(() => parseCount("-5B"))).toBe("quantity.negative");
    expect(errorId(() => parseCount("21 days"))).toBe("quantity.unitMismatch");
    expect(errorId(() => parseCount("175BB"))).toBe("quantity.unknownWord");
    expect(errorId(() => parseCount("1e999"))).toBe("quantity.notFinite");
    expect(errorId(() => parseCount("9^9^9^9"))).toBe("quantity.notFinite");
    expect(errorId(() => parseCount(""))).toBe("quantity.empty");
    expect(errorId(() => parseCount("1+"))).toBe("quantity.syntax");
    expect(errorId(() => parseCount("1".repeat(201)))).toBe("quantity.tooLong");
  });

  it("suggests the nearest known word for a typo", () => {
    try {
      parseCount("175 bilion");
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).params.suggestions).toContain("billion");
    }
  });
});

describe("evaluateQuantity is locked down", () => {
  it.each([
    "import({x: 1})",
    'createUnit("foo")',
    'evaluate("1+1")',
    'parse("1")',
    'compile("1")',
    "f(x) = x",
    "a = 1",
    "[1, 2]",
    '"text"',
    "cos.constructor",
    "x.__proto__",
    "1:1e9",
    "zeros(1e9)",
    "10 % 3",
    "true",
  ])("%s is refused", (text) => {
    expect(() => evaluateQuantity(text)).toThrow(UserError);
  });
});

describe("durations, rates and fractions", () => {
  it.each([
    ["21 days", 21 * 86_400],
    ["21d", 21 * 86_400],
    ["3.5 weeks", 3.5 * 7 * 86_400],
    ["90h", 90 * 3600],
    ["2048*21days", 2048 * 21 * 86_400],
  ])("%s is %d seconds", (text, seconds) => {
    expect(parseDuration(text, 86_400)).toBeCloseTo(seconds, 3);
  });

  it("reads a bare duration in the given default unit", () => {
    expect(parseDuration("21", 86_400)).toBe(21 * 86_400);
    expect(errorId(() => parseDuration("0", 86_400))).toBe("quantity.negative");
    expect(errorId(() => parseDuration("$2/h", 86_400))).toBe("quantity.unitMismatch");
  });

  it.each([
    ["$2.5/h", 2.5],
    ["2.5 usd/hour", 2.5],
    ["$60/day", 2.5],
    ["2.5", 2.5],
  ])("%s is %d USD per GPU-hour", (text, price) => {
    expect(parsePricePerHour(text)).toBeCloseTo(price, 10);
    expect(evaluateQuantity("$2.5/h").money).toBe(true);
  });

  it("refuses a duration or a negative as a price", () => {
    expect(errorId(() => parsePricePerHour("3 days"))).toBe("quantity.unitMismatch");
    expect(errorId(() => parsePricePerHour("-2"))).toBe("quantity.negative");
  });

  it.each([
    ["40%", 0.4],
    ["0.4", 0.4],
    ["40", 0.4],
  ])("fraction %s = %d", (text, value) => {
    expect(parseFraction(text)).toBeCloseTo(value, 12);
  });

  it("a fraction above 100% or at zero is refused (an MFU cannot exceed the peak)", () => {
    expect(errorId(() => parseFraction("150%"))).toBe("quantity.notFraction");
    expect(errorId(() => parseFraction("0"))).toBe("quantity.notFraction");
    expect(errorId(() => parseFraction("101"))).toBe("quantity.notFraction");
    expect(parseFraction("100%")).toBe(1);
  });

  it("integers are whole and positive", () => {
    expect(parseInteger("2048")).toBe(2048);
    expect(parseInteger("2K")).toBe(2000);
    expect(errorId(() => parseInteger("1.5"))).toBe("quantity.notInteger");
    expect(errorId(() => parseInteger("0"))).toBe("quantity.notInteger");
  });
});

describe("request rates and grouped numbers", () => {
  it.each([
    ["5", 5],
    ["5/s", 5],
    ["300/min", 5],
    ["18000/h", 5],
    ["18000/hour", 5],
    ["5rps", 5],
    ["5 qps", 5],
    ["5 req/s", 5],
    ["300 requests/min", 5],
    ["0.5/s", 0.5],
    ["1.2k/min", 20],
  ])("%s is %d requests per second", (text, perSecond) => {
    expect(parseRatePerSecond(text)).toBeCloseTo(perSecond, 12);
  });

  it("refuses a duration, zero and a negative rate", () => {
    expect(errorId(() => parseRatePerSecond("5 days"))).toBe("quantity.unitMismatch");
    expect(errorId(() => parseRatePerSecond("0/s"))).toBe("quantity.notPositive");
    expect(errorId(() => parseRatePerSecond("-5/min"))).toBe("quantity.notPositive");
  });

  it.each([
    ["1,024", 1024],
    ["2,048*21days", 2048 * 21 * 86_400],
    ["1,000,000", 1e6],
  ])("%s groups digits by three", (text, value) => {
    expect(evaluateQuantity(text).value).toBe(value);
  });

  it.each(["175B 300B", "2048 21days", "(175B)(300B)", "2B 2"])(
    "%s is two numbers side by side, never their product",
    (text) => {
      expect(errorId(() => evaluateQuantity(text))).toBe("quantity.twoNumbers");
    },
  );

  it.each([
    ["21 days", 21 * 86_400],
    ["175 B", 175e9],
    ["1.5 trillion", 1.5e12],
  ])("%s, a number and its word side by side, is one value", (text, value) => {
    expect(evaluateQuantity(text).value).toBe(value);
  });

  it.each(["1,02", "1,0245", "1234,567", "1,024,5"])("%s is no number (never guessed)", (text) => {
    expect(errorId(() => evaluateQuantity(text))).toBe("quantity.syntax");
  });
});
