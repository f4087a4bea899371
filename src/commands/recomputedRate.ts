import { input, text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/**
 * The share of a logged rate that is model FLOP when the tool counted the recomputed forward pass:
 * Narayanan et al. 2021 (Megatron-LM) count 96·B·s·l·h² a step, forward, backward (2×) and the
 * recomputed forward, where the model's own work is 72·B·s·l·h² (eq. 3 and the text after it).
 */
export const MODEL_SHARE_WITH_RECOMPUTE = 3 / 4;

/**
 * Beside an achieved TFLOP/s read as model FLOP: a rate logged with full recomputation counted is
 * hardware FLOP (HFU), whose MFU is 3/4 of it; said with the figure, never assumed either way.
 */
export function recomputedNote(mfu: number): Text {
  return text("note.achievedRecompute", {
    mfu: input("pct1", mfu),
    model: input("pct1", mfu * MODEL_SHARE_WITH_RECOMPUTE),
  });
}
