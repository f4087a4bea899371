import { cardsNeeded, ruleOfThumbBytes, trainingMemory } from "../memory.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Memory and cards: mixed-precision Adam 16 B per parameter (Rajbhandari et al. 2020, ZeRO §3.1), 90% usable (vLLM). */
export const MEMORY = defineFormulas({
  "memory.trainCards": {
    id: "memory.trainCards",
    symbolic: "⌈16 B · N / (0.9 × {memoryGB} GB)⌉",
    substituted: "⌈{total} GB / {usable} GB⌉",
    evaluate: cardsNeeded,
    source: SOURCES.zero2020,
    at: "§3.1",
    explain: ["explain.const.adam", "explain.const.usable"],
  },
  // The seed article's rule of thumb: training ≈ 4× the weights, inference ≈ 2.5× (RULE_OF_THUMB).
  "memory.ruleOfThumb": {
    id: "memory.ruleOfThumb",
    symbolic: "{k} × weights",
    substituted: "{k} × {N} × {bytes} B",
    evaluate: ruleOfThumbBytes,
    readme: "rule of thumb",
    explain: [],
  },
  "memory.summedOverCards": {
    id: "memory.summedOverCards",
    symbolic: "Σ over all cards",
    symbolicKey: "formula.memory.summedOverCards",
    explain: [],
  },
  "memory.totalOverCards": {
    id: "memory.totalOverCards",
    symbolic: "weights + gradients + optimizer states, summed over all cards",
    symbolicKey: "formula.memory.totalOverCards",
    evaluate: trainingMemory,
    source: SOURCES.zero2020,
    at: "§3.1",
    explain: [],
  },
  "memory.cardsFor": {
    id: "memory.cardsFor",
    substituted: "⌈{total} GB / {usable} GB⌉",
    evaluate: cardsNeeded,
    explain: [],
  },
});
