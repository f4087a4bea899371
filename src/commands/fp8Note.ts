import type { Gpu } from "../core/gpus.ts";
import { FP8_PUBLISHED, FP8_PUBLISHED_SPEEDUP } from "../core/planning.ts";
import { input, text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/**
 * At fp8 a run does not get twice the bf16 speed: both dense peaks, and the speed-up a published
 * fp8 training run measured (Fujii et al. 2024: 415 → 570 TFLOP/s per H100).
 */
export function fp8SpeedupNote(gpu: Pick<Gpu, "peakTflops">, fp8PeakFlops: number): Text {
  const bf16 = gpu.peakTflops.bf16;
  return text("note.fp8Speedup", {
    fp8: input("flopRate", fp8PeakFlops),
    bf16: bf16 === undefined ? "—" : input("flopRate", bf16 * 1e12),
    speedup: FP8_PUBLISHED_SPEEDUP.toFixed(2),
    from: FP8_PUBLISHED.bf16Tflops,
    to: FP8_PUBLISHED.fp8Tflops,
  });
}
