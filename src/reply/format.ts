import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";
import type { ValueKind } from "./reply.ts";

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

const formats = new Map<number, Intl.NumberFormat>();

/**
 * `toLocaleString` builds a new Intl.NumberFormat on every call (README, Performance); the same
 * formatter, built once per number of fraction digits, gives the same text.
 */
function numberFormat(fractionDigits: number): Intl.NumberFormat {
  let format = formats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits: fractionDigits });
    formats.set(fractionDigits, format);
  }
  return format;
}

/** Beyond these a number written out in digits is unreadable: it is shown as m × 10ⁿ instead. */
const WRITE_OUT_BELOW = 1e15;
const WRITE_OUT_FROM = 1e-4;
const unreadable = (value: number) =>
  value !== 0 && (Math.abs(value) >= WRITE_OUT_BELOW || Math.abs(value) < WRITE_OUT_FROM);

/** Three significant digits without trailing zeros: 3.50 → 3.5. */
export function significant(value: number, digits = 3): string {
  if (value === 0) return "0";
  // A whole number under 1,000 is already its own rounding to three or more digits, and its
  // shortest decimal has no grouping: its digits as they are (test/reply/format.fast.test.ts).
  if (digits >= 3 && Number.isInteger(value) && value < 1000 && value > -1000) return String(value);
  if (unreadable(value)) return scientific(value);
  if (digits === 3) {
    const quick = threeDigits(value);
    if (quick !== undefined) return quick;
  }
  const rounded = value.toPrecision(digits);
  // Written out (no exponent), at most 15 digits: the shortest decimal of that number is these
  // digits without their trailing zeros (no other decimal that short reads back as it), so no
  // parse and print is needed. Grouped from 1,000 up, as Intl groups en and zh-TW (1,080 TB, 6,140%).
  if (digits <= 15 && !rounded.includes("e")) {
    const plain = withoutTrailingZeros(rounded);
    const point = plain.indexOf(".");
    const sign = plain.charCodeAt(0) === 45 ? 1 : 0;
    return (point === -1 ? plain.length : point) - sign >= 4 ? withGrouping(plain) : plain;
  }
  const fixed = Number(rounded);
  // The shortest decimal of a number already rounded to `digits` is what Intl prints for it
  // (en-US), without building a formatter: a third of the time (test/reply/format.fast.test.ts).
  const plain = String(fixed);
  return fixed >= 1000 || fixed <= -1000 ? withGrouping(plain) : plain;
}

/**
 * `toPrecision(3)` without its trailing zeros, for 1 ≤ |value| < 999 (most numbers a reply
 * shows: 3.15, 1.4, 28.5), with a rounding by Math.round instead of toPrecision's exact decimal
 * conversion (the costliest step of localizing a reply). The scaled value (`value` × 1, 10 or
 * 100, within 1e-13 of the exact product) is rounded only when it is clearly away from a half,
 * where both roundings agree; near a half, undefined, and toPrecision decides
 * (test/reply/format.fast.test.ts holds it to Intl).
 */
function threeDigits(value: number): string | undefined {
  const abs = value < 0 ? -value : value;
  if (!(abs >= 1 && abs < 999)) return undefined;
  const decimals = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  const scaled = decimals === 2 ? abs * 100 : decimals === 1 ? abs * 10 : abs;
  const half = scaled - Math.floor(scaled) - 0.5;
  if (half > -1e-9 && half < 1e-9) return undefined;
  // 100 ≤ n ≤ 1,000: three digits (four when 9.996 rounds up to 10.00, the same number).
  const n = Math.round(scaled);
  let digits = String(n);
  let end = digits.length;
  const point = end - decimals;
  while (end > point && digits.charCodeAt(end - 1) === 48) end--;
  digits = end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  return value < 0 ? `-${digits}` : digits;
}

/**
 * A positive plain decimal (`12.345`) rounded half up to `digits` places, without the trailing
 * zeros Intl leaves off: `12.345` → `12.35` (2), `0.995` → `1` (2), `4.5` → `5` (0).
 */
function roundShortest(plain: string, digits: number): string {
  const point = plain.indexOf(".");
  if (point === -1 || plain.length - point - 1 <= digits) return plain;
  const cut = point + 1 + digits;
  let kept = plain.slice(0, digits === 0 ? point : cut);
  if (plain.charCodeAt(cut) >= 53) kept = roundedUp(kept);
  return digits === 0 ? kept : withoutTrailingZeros(kept);
}

/** A decimal without the zeros after its point that Intl and String leave off: `12.30` → `12.3`, `4.00` → `4`. */
function withoutTrailingZeros(decimal: string): string {
  if (!decimal.includes(".")) return decimal;
  let end = decimal.length;
  while (decimal.charCodeAt(end - 1) === 48) end--;
  if (decimal.charCodeAt(end - 1) === 46) end--;
  return decimal.slice(0, end);
}

/** One unit more in the last place of a decimal: `0.99` → `1.00`, `9` → `10`. */
function roundedUp(decimal: string): string {
  let out = "";
  for (let i = decimal.length - 1; i >= 0; i--) {
    const c = decimal[i] as string;
    if (c === ".") {
      out = c + out;
      continue;
    }
    if (c !== "9") return decimal.slice(0, i) + String.fromCharCode(c.charCodeAt(0) + 1) + out;
    out = `0${out}`;
  }
  return `1${out}`;
}

/**
 * `Number(value.toPrecision(digits))` (1–15 digits), without writing and reading a decimal for
 * whole numbers below 1e15 (175e9, 1.4e12: most counts): the remainder by the place to drop is
 * exact, and a half rounds up as toPrecision rounds it (test/reply/format.fast.test.ts). A
 * fraction to at most six digits (an energy in MWh, a ratio) goes by fractionRoundedTo.
 */
export function roundedTo(value: number, digits: number): number {
  if (!(Number.isInteger(value) && value > 0 && value < 1e15)) {
    return fractionRoundedTo(value, digits) ?? Number(value.toPrecision(digits));
  }
  let place = 1;
  const limit = 10 ** digits;
  for (let rest = value; rest >= limit; rest = Math.floor(rest / 10)) place *= 10;
  if (place === 1) return value;
  const dropped = value % place;
  const kept = value - dropped;
  return dropped * 2 >= place ? kept + place : kept;
}

/** 10^0 … 10^22: every one an exact double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `Number(value.toPrecision(digits))` for a positive value from 1e-6 to 1e15 and 1–6 digits,
 * without the decimal text: the value scaled to `digits` digits before the point (one product or
 * quotient by an exact power of ten, off by at most half a unit in its last place, under 1e-10
 * here) and rounded to a whole number n. n over the same power of ten is the double nearest
 * n·10^-k, which is what reading toPrecision's decimal gives. A scaled value within 1e-9 of a
 * half (where the scaling's error could tip the rounding) is left to toPrecision: undefined.
 */
function fractionRoundedTo(value: number, digits: number): number | undefined {
  if (!(value >= 1e-6 && value < 1e15 && digits >= 1 && digits <= 6)) return undefined;
  const shift = digits - 1 - Math.floor(Math.log10(value));
  if (shift > 22 || shift < -22) return undefined;
  const power = POWERS_OF_TEN[shift < 0 ? -shift : shift] as number;
  const scaled = shift < 0 ? value / power : value * power;
  // Outside [10^(digits-1), 10^digits) the logarithm's floor was off: toPrecision decides.
  if (!(scaled >= (POWERS_OF_TEN[digits - 1] as number) && scaled < (POWERS_OF_TEN[digits] as number)))
    return undefined;
  const below = Math.floor(scaled);
  if (Math.abs(scaled - below - 0.5) < 1e-9) return undefined;
  const n = scaled - below > 0.5 ? below + 1 : below;
  return shift < 0 ? n * power : n / power;
}

/**
 * `String(Number(value.toFixed(digits)))` (0–1 digits): below 1e14 that is at most 15 digits, so
 * its shortest decimal is toFixed's text without trailing zeros, with no parse and print.
 */
export function fixedShortest(value: number, digits: 0 | 1): string {
  if (value >= 0 && value < 1e14) return withoutTrailingZeros(value.toFixed(digits));
  return String(Number(value.toFixed(digits)));
}

/** Thousands separators in a plain decimal (`-1234567.5` → `-1,234,567.5`), as en-US groups them. */
function withGrouping(plain: string): string {
  const point = plain.indexOf(".");
  const end = point === -1 ? plain.length : point;
  const start = plain.startsWith("-") ? 1 : 0;
  const head = start + ((end - start) % 3 || 3);
  let out = plain.slice(0, head);
  for (let i = head; i < end; i += 3) out += `,${plain.slice(i, i + 3)}`;
  return out + plain.slice(end);
}

/**
 * A number with every digit it has, its whole part grouped by threes as en and zh-TW write it
 * (16000 → 16,000, 7.875 as it is); a number String() writes with an exponent is left so.
 */
export function groupedAsWritten(value: number): string {
  const plain = String(value);
  return plain.includes("e") || !Number.isFinite(value) ? plain : withGrouping(plain);
}

/** 3.15e23 → "3.15 × 10²³". */
export function scientific(value: number): string {
  if (value === 0) return "0";
  // toExponential rounds the mantissa and carries into the exponent, even for subnormal numbers.
  const written = value.toExponential(2);
  const e = written.indexOf("e");
  if (e === -1) return `${significant(Number(written))} × 10⁰`;
  // The mantissa (`3.10`) has two decimals and lies in [1, 10): its three-digit rounding is
  // itself, so significant() would print it without trailing zeros; the exponent (`+23`, `-5`)
  // has no leading zeros, so reading it as a number only drops the `+`
  // (test/reply/format.fast.test.ts).
  let power = "";
  for (let i = written.charCodeAt(e + 1) === 43 ? e + 2 : e + 1; i < written.length; i++) {
    const c = written[i] as string;
    power += SUPERSCRIPT[c] ?? c;
  }
  return `${withoutTrailingZeros(written.slice(0, e))} × 10${power}`;
}

const SHORT_SCALE: [number, string][] = [
  [1e15, "P"],
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** Where each scale starts: a value that rounds to 1,000 of the next smaller scale (999.5K → 1M). */
const SHORT_SCALE_FROM = SHORT_SCALE.map(([size]) => size * 0.9995);

/** 175e9 → "175B", 3.5e12 → "3.5T", 221_000 → "221K" (M is million). */
export function shortScale(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e18) return scientific(value);
  // By index over the scales and their starts worked out once (no pair taken apart per scale).
  for (let i = 0; i < SHORT_SCALE.length; i++) {
    if (abs >= (SHORT_SCALE_FROM[i] as number)) {
      const [size, suffix] = SHORT_SCALE[i] as [number, string];
      return `${significant(value / size)}${suffix}`;
    }
  }
  return significant(value);
}

export function grouped(value: number, fractionDigits = 0): string {
  if (unreadable(value) && Math.abs(value) >= 1) return scientific(value);
  // A whole number is its own shortest decimal; anything to round is rounded as Intl rounds.
  if (Number.isInteger(value) && !Object.is(value, -0)) return withGrouping(String(value));
  // Intl rounds the shortest decimal of the number (0.995 → 1 at two places, where toFixed sees
  // 0.99499…), half away from zero: the same rounding on String(value)'s digits gives its text,
  // without Intl (its first use loads ICU's number data, a tenth of the `flops` command's cold
  // start; README, Performance). A negative number keeps its sign when it rounds to zero (-0.001 → -0).
  const abs = Math.abs(value);
  if (abs >= 1e-6 && abs < 1e15) {
    const body = withGrouping(roundShortest(String(abs), fractionDigits));
    return value < 0 ? `-${body}` : body;
  }
  return numberFormat(fractionDigits).format(value);
}

/**
 * The everyday Chinese reading: 1.75e11 → "1,750 億", 3.5e12 → "3.5 兆". Rounded to the same three
 * significant digits as the short form beside it, so "1.23B" reads "12.3 億", never "12.35 億".
 */
export function chineseReading(value: number): string | undefined {
  const rounded = roundedTo(value, 3);
  // 1,000 兆 and up: grouped like 億 and 萬 (the three digits are already rounded above).
  if (rounded >= 1e15) return `${grouped(rounded / 1e12)} 兆`;
  if (rounded >= 1e12) return `${significant(rounded / 1e12)} 兆`;
  if (rounded >= 1e8) return `${grouped(rounded / 1e8, 2)} 億`;
  if (rounded >= 1e4) return `${grouped(rounded / 1e4, 2)} 萬`;
  return undefined;
}

function withReading(lang: Lang, short: string, value: number): string {
  const reading = lang === "zh-TW" ? chineseReading(value) : undefined;
  return reading ? `${short} (${reading})` : short;
}

/** One decimal below 100 (9.0 days, 28.5 days), whole numbers above (120 days). */
const amount = (n: number): string => (n < 100 ? n.toFixed(1) : grouped(n));

function duration(lang: Lang, seconds: number): string {
  const hours = seconds / 3600;
  const days = hours / 24;
  if (days >= 365) return t(lang, "unit.years", { n: amount(days / 365.25) });
  if (hours >= 48) return t(lang, "unit.days", { n: amount(days) });
  if (seconds >= 7200) return t(lang, "unit.hours", { n: amount(hours) });
  if (seconds >= 120) return t(lang, "unit.minutes", { n: amount(seconds / 60) });
  if (seconds > 0 && seconds < 1) return t(lang, "unit.milliseconds", { n: amount(seconds * 1000) });
  return t(lang, "unit.seconds", { n: amount(seconds) });
}

function bytes(value: number): string {
  if (value >= 1e12) return `${significant(value / 1e12)} TB`;
  if (value >= 1e9) return `${significant(value / 1e9)} GB`;
  if (value >= 1e6) return `${significant(value / 1e6)} MB`;
  if (value >= 1e3) return `${significant(value / 1e3)} KB`;
  return `${significant(value)} B`;
}

/**
 * An amount of dollars; `cents` writes cents below $10 as two places, as a price list does ($1.10,
 * not $1.1), for a cost; a price typed per GPU-hour is echoed as typed ($2/GPU-hour).
 */
function usd(value: number, cents = false): string {
  // Under a cent (a million tokens of a small model's serving): its first figures, never $0.
  if (value > 0 && value < 0.01) return `$${significant(value, 2)}`;
  if (value >= 10_000) return `$${shortScale(value)}`;
  if (value >= 10) return `$${grouped(value)}`;
  return cents ? `$${twoPlaces(grouped(value, 2))}` : `$${grouped(value, 2)}`;
}

/** A decimal rounded to at most two places, written with exactly two: 1 → 1.00, 1.1 → 1.10. */
function twoPlaces(decimal: string): string {
  const point = decimal.indexOf(".");
  if (point < 0) return `${decimal}.00`;
  return decimal.padEnd(point + 3, "0");
}

/** A number as people say it, in the reader's language. */
export function formatValue(lang: Lang, kind: ValueKind, value: number): string {
  switch (kind) {
    case "flop":
      return `${scientific(value)} FLOP`;
    case "flopRate":
      return value >= 1e15
        ? `${significant(value / 1e15, 4)} PFLOP/s`
        : `${significant(value / 1e12, 4)} TFLOP/s`;
    case "pfDays":
      // Under 100 a whole number hides most of the figure (0.558 PF-days is not `≈ 1`).
      return `≈ ${value < 100 ? significant(value) : grouped(value)} PF-days`;
    case "params":
      return withReading(lang, shortScale(value), value);
    case "tokens":
      return withReading(lang, t(lang, "unit.tokens", { n: shortScale(value) }), value);
    case "count":
      return grouped(value);
    case "ratio":
      return significant(value);
    case "percent":
      return `${significant(value * 100)}%`;
    case "duration":
      return duration(lang, value);
    case "gpuHours":
      return t(lang, "unit.gpuHours", { n: shortScale(value) });
    case "usd":
      return usd(value, true);
    case "usdPerHour":
      return t(lang, "unit.perGpuHour", { price: usd(value) });
    case "bytes":
      return bytes(value);
    case "bandwidth":
      return `${significant(value / 1e12)} TB/s`;
    case "loss":
      return value.toFixed(3);
  }
}

/** A relative difference (ours / published − 1) as `+0.3%`, `−1.2%`; two decimals below 0.05%. */
export function signedPercent(relative: number): string {
  const diff = relative * 100;
  const digits = Math.abs(diff) < 0.05 ? 2 : 1;
  const shown = Math.abs(diff).toFixed(digits);
  return `${diff < 0 && Number(shown) !== 0 ? "−" : "+"}${shown}%`;
}

const exponentForm = (value: number) =>
  !(Number.isInteger(value) && Math.abs(value) < 100_000) &&
  (Math.abs(value) >= 1e18 || (Math.abs(value) < 1e-3 && value !== 0));

/** Whether `formulaNumber` shows it as a count (175B, 2,048), not in exponent form (3.15e23). */
export const showsAsShortScale = (value: number): boolean => value >= 0 && !exponentForm(value);

/** Language-neutral short numbers for formulas: 175B, 3.15e23, 2,048. */
export function formulaNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 100_000) return grouped(value);
  if (exponentForm(value)) {
    // 3.10e+23 → 3.1e23, 3.00e-5 → 3e-5: the mantissa without its trailing zeros, no `+`.
    const written = value.toExponential(2);
    const e = written.indexOf("e");
    const sign = written.charCodeAt(e + 1) === 43 ? e + 2 : e + 1;
    return `${withoutTrailingZeros(written.slice(0, e))}e${written.slice(sign)}`;
  }
  return shortScale(value);
}
