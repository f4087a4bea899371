import type { Gpu } from "../core/gpus.ts";
import { text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/**
 * "Can I run it on the GPUs I have?": the cards a layout needs against the count the question gave
 * (`can i run llama-3-70b on 2 4090s`). Fits: a note. Too few: a warning naming what was needed and,
 * when known, what 4-bit weights would take instead (or that even they would not fit).
 */
export function availableVerdict(input: {
  available: number;
  needed: number | undefined;
  gpu: string;
  /** The cards 4-bit weights (int4) would need, when serving at a wider precision does not fit. */
  needed4bit?: number | undefined;
  /** The cards fp8 weights would need, on a GPU with fp8 tensor cores, when 16-bit weights do not fit. */
  neededFp8?: number | undefined;
}): { notes: Text[]; warnings: Text[]; fits: boolean } {
  const { available, needed, gpu, needed4bit, neededFp8 } = input;
  if (needed !== undefined && needed <= available) {
    return { notes: [text("cards.availableFits", { available, needed, gpu })], warnings: [], fits: true };
  }
  const warnings: Text[] = [
    needed === undefined
      ? text("cards.availableNone", { available, gpu })
      : text("cards.availableTooFew", { available, needed, gpu }),
  ];
  // fp8 first: the smaller step down, computed natively where the GPU has fp8 tensor cores.
  if (neededFp8 !== undefined && neededFp8 <= available) {
    warnings.push(text("cards.availableFp8", { available, needed: neededFp8, gpu }));
  }
  if (needed4bit !== undefined && needed4bit <= available) {
    warnings.push(text("cards.available4bit", { available, needed: needed4bit, gpu }));
  } else if (needed4bit !== undefined) {
    // Not even the smallest weights fit: said, so "48 needed in bf16" is not read as a precision to change.
    warnings.push(text("cards.available4bitShort", { available, needed: needed4bit, gpu }));
  }
  return { notes: [], warnings, fits: false };
}

/** Whether fp8 weights are a step down worth naming: 16- or 32-bit weights on a GPU with an fp8 dense peak. */
export const fp8Helps = (gpu: Gpu, precision: string): boolean =>
  gpu.peakTflops.fp8 !== undefined && WIDER_THAN_FP8.has(precision);
const WIDER_THAN_FP8 = new Set(["bf16", "fp16", "fp32", "tf32"]);
