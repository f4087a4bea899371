import type { LayoutChoice } from "../core/layout.ts";

/** A layout found on a card, language-neutral: `TP 8 × PP 2 × DP 1, ZeRO-1, recompute=full, batch=1: 16 × H100 SXM`. */
export function layoutSummary(choice: LayoutChoice, gpuName: string): string {
  const { tp, pp, dp, zero, recompute, microBatch } = choice.layout;
  return `TP ${tp} × PP ${pp} × DP ${dp}, ZeRO-${zero}, recompute=${recompute}, batch=${microBatch}: ${choice.memory.gpus} × ${gpuName}`;
}
