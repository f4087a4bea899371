import { MODEL_SHARE_WITH_RECOMPUTE } from "../core/mfu.ts";
import { input, text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

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
