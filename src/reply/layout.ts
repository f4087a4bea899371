import type { LayoutChoice } from "../core/layout.ts";
import { grouped } from "./format.ts";

/** A layout found on a card, language-neutral: `TP 8 × PP 2 × DP 1, ZeRO-1, recompute=full, batch=1: 16 × H100 SXM`. */
export function layoutSummary(choice: LayoutChoice, gpuName: string): string {
  const { tp, pp, dp, zero, recompute, microBatch } = choice.layout;
  // Counts grouped as the rest of the reply writes them (1,600 × AMD Instinct MI300X).
  return `TP ${grouped(tp)} × PP ${grouped(pp)} × DP ${grouped(dp)}, ZeRO-${zero}, recompute=${recompute}, batch=${grouped(microBatch)}: ${grouped(choice.memory.gpus)} × ${gpuName}`;
}
