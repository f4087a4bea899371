import { text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/**
 * "Can I run it on the GPUs I have?": the cards a layout needs against the count the question gave
 * (`can i run llama-3-70b on 2 4090s`). Fits: a note. Too few: a warning naming what was needed and,
 * when known, what 4-bit weights would take instead.
 */
export function availableVerdict(input: {
  available: number;
  needed: number | undefined;
  gpu: string;
  /** The cards 4-bit weights (int4) would need, when serving at a wider precision does not fit. */
  needed4bit?: number | undefined;
}): { notes: Text[]; warnings: Text[]; fits: boolean } {
  const { available, needed, gpu, needed4bit } = input;
  if (needed !== undefined && needed <= available) {
    return { notes: [text("cards.availableFits", { available, needed, gpu })], warnings: [], fits: true };
  }
  const warnings: Text[] = [
    needed === undefined
      ? text("cards.availableNone", { available, gpu })
      : text("cards.availableTooFew", { available, needed, gpu }),
  ];
  if (needed4bit !== undefined && needed4bit <= available) {
    warnings.push(text("cards.available4bit", { available, needed: needed4bit, gpu }));
  }
  return { notes: [], warnings, fits: false };
}
