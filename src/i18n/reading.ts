import { chineseReading } from "../reply/format.ts";

const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12, P: 1e15 };

/** A count as the commands print it ("175B", "3.5T", "12,288") back to a number; anything else is undefined. */
export function readShortScale(text: string): number | undefined {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([KMBGTP])?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, digits = "", suffix] = match;
  return Number(digits.replace(/,/g, "")) * (suffix ? (SCALE[suffix.toUpperCase()] ?? 1) : 1);
}

/** "175B" → "175B (1,750 億)", "3.5T" → "3.5T (3.5 兆)"; text that is not such a count is returned as is. */
export function withChineseReading(text: string): string {
  const value = readShortScale(text);
  const reading = value === undefined ? undefined : chineseReading(value);
  return reading ? `${text} (${reading})` : text;
}
