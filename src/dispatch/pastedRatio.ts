import { UserError } from "../core/errors.ts";
import { GPUS, type Gpu, type Precision } from "../core/gpus.ts";
import { quantityOrUndefined } from "../core/quantity.ts";
import { formulaNumber as f, roundedTo } from "../reply/format.ts";

/** A numerator this large is a count of FLOP (a training run's, 10¹⁸ and up), not of parameters. */
const FLOP_COUNT = 1e18;
/** A factor in this range is a peak in FLOP/s (1 TFLOP/s to 100 PFLOP/s), the denominator's rate. */
const PEAK_RANGE = [1e12, 1e17] as const;
const SECONDS_PER_HOUR = 3600;
/** The precisions a typed peak is matched at, training's first. */
const MATCHED_AT: readonly Precision[] = ["bf16", "fp16", "fp8"];

const plain = (text: string): number | undefined => {
  const quantity = quantityOrUndefined(text);
  return quantity?.dimension === "none" ? quantity.value : undefined;
};

/** `(a)` → `a`, when the parentheses enclose the whole text. */
function unwrapped(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("(") || !trimmed.endsWith(")")) return trimmed;
  let depth = 0;
  for (let i = 0; i < trimmed.length - 1; i++) {
    if (trimmed[i] === "(") depth++;
    else if (trimmed[i] === ")") depth--;
    if (depth === 0) return trimmed;
  }
  return trimmed.slice(1, -1).trim();
}

/** The text split at `sign` where no parenthesis is open. */
function splitOutside(text: string, sign: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (text[i] === sign && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim());
}

/** The first catalog GPU whose dense peak is `peak` (within 0.5%), and at which precision. */
function gpuOfPeak(peak: number): { gpu: Gpu; precision: Precision } | undefined {
  for (const precision of MATCHED_AT) {
    const gpu = GPUS.find((card) => {
      const tflops = card.peakTflops[precision];
      return tflops !== undefined && Math.abs(tflops * 1e12 - peak) <= 0.005 * peak;
    });
    if (gpu) return { gpu, precision };
  }
  return undefined;
}

/**
 * A parameter count typed as arithmetic that works out under 1,000 (`(6 * 14.8T * 671B) / (2664K *
 * 3600 * 989.4T)`, the seed's MFU of DeepSeek-V3 pasted): a ratio, refused as such. When it is a
 * model's FLOP over GPU-hours × 3600 × a catalog GPU's peak, the Try line asks mfu the same.
 */
export function ratioRefusal(typed: string, value: number): UserError | undefined {
  if (!/[*/()]/.test(typed)) return undefined;
  const halves = splitOutside(unwrapped(typed), "/");
  const numerator = halves.length === 2 ? plain(unwrapped(halves[0] as string)) : undefined;
  const percent = `${roundedTo(value * 100, 3)}%`;
  if (numerator === undefined || numerator < FLOP_COUNT) {
    return new UserError("plausible.paramsArithmetic", { value: typed, result: f(roundedTo(value, 3)) });
  }
  const result = f(roundedTo(value, 3));
  const asked = mfuLine(unwrapped(halves[0] as string), unwrapped(halves[1] as string));
  if (!asked) return new UserError("plausible.paramsRatio", { value: typed, result, percent });
  return new UserError("plausible.paramsRatioGpu", {
    value: typed,
    result,
    percent,
    peak: String(roundedTo(asked.peak / 1e12, 5)),
    gpu: asked.gpu,
    commandExample: asked.line,
  });
}

/**
 * `mfu <FLOP> FLOP gpu=… gpu-hours=…` from a denominator of GPU-hours × 3600 × peak, with the GPU
 * named and the peak typed, else undefined.
 */
function mfuLine(flop: string, denominator: string): { line: string; gpu: string; peak: number } | undefined {
  const factors = splitOutside(denominator, "*");
  const values = factors.map((factor) => plain(unwrapped(factor)));
  if (values.some((v) => v === undefined)) return undefined;
  const peakAt = values.findIndex((v) => (v as number) >= PEAK_RANGE[0] && (v as number) < PEAK_RANGE[1]);
  const hourAt = values.indexOf(SECONDS_PER_HOUR);
  if (peakAt < 0 || hourAt < 0 || factors.length !== 3) return undefined;
  const matched = gpuOfPeak(values[peakAt] as number);
  if (!matched) return undefined;
  const hours = factors.find((_, i) => i !== peakAt && i !== hourAt) as string;
  const precision = matched.precision === "bf16" ? "" : ` precision=${matched.precision}`;
  // The name people type (`H100`), as the catalog's first alias without a space.
  const name = (matched.gpu.aliases.find((alias) => !alias.includes(" ")) ?? matched.gpu.id).toUpperCase();
  const line = `mfu ${flop.replace(/\s+/g, "")} FLOP gpu=${name} gpu-hours=${unwrapped(hours).replace(/\s+/g, "")}${precision}`;
  return { line, gpu: name, peak: values[peakAt] as number };
}
