import { describe, expect, it } from "vitest";
import { formatValue, scientific, shortScale, significant } from "../../src/reply/format.ts";

describe("numbers as people say them", () => {
  it("scientific notation with superscripts, carrying a rounded mantissa", () => {
    expect(scientific(3.15e23)).toBe("3.15 × 10²³");
    expect(scientific(9.999e23)).toBe("1 × 10²⁴");
    expect(scientific(1.5e-7)).toBe("1.5 × 10⁻⁷");
    expect(scientific(5e-324)).toBe("4.94 × 10⁻³²⁴");
  });

  it("short scale with K/M/B/T, scientific past it", () => {
    expect(shortScale(175e9)).toBe("175B");
    expect(shortScale(3.5e12)).toBe("3.5T");
    expect(shortScale(221_000)).toBe("221K");
    expect(shortScale(1e20)).toBe("1 × 10²⁰");
  });

  it("never writes out hundreds of digits", () => {
    expect(significant(1e300)).toBe("1 × 10³⁰⁰");
    expect(formatValue("en", "pfDays", 1e280)).toBe("≈ 1 × 10²⁸⁰ PF-days");
    // Llama 3 8B on 1B tokens: 6 × 8.03B × 1B / 8.64e19 = 0.558 PF-days, never rounded to 1.
    expect(formatValue("en", "pfDays", (6 * 8.03e9 * 1e9) / 8.64e19)).toBe("≈ 0.558 PF-days");
    expect(formatValue("en", "pfDays", 3640.2)).toBe("≈ 3,640 PF-days");
    expect(formatValue("en", "bytes", 1e-320)).not.toMatch(/NaN|Infinity/);
  });

  it("reads the figures of the seed article", () => {
    expect(formatValue("en", "flop", 3.15e23)).toBe("3.15 × 10²³ FLOP");
    expect(formatValue("en", "tokens", 3.5e12)).toBe("3.5T tokens");
    expect(formatValue("en", "percent", 0.3464)).toBe("34.6%");
    expect(formatValue("zh-TW", "params", 175e9)).toBe("175B (1,750 億)");
    expect(formatValue("en", "usd", 1_402_244)).toBe("$1.4M");
    expect(formatValue("en", "duration", 28.53 * 86_400)).toBe("28.5 days");
    expect(formatValue("en", "duration", 9 * 86_400)).toBe("9.0 days");
    expect(formatValue("zh-TW", "duration", 9 * 86_400)).toBe("9.0 天");
    expect(formatValue("en", "gpuHours", 221_000)).toBe("221K GPU-hours");
  });
});
