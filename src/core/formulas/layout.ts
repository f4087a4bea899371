import { activationBytesPerLayer, layoutMemory, searchLayout } from "../layout.ts";
import { trainingMemory } from "../memory.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Training memory and layouts: ZeRO (Rajbhandari et al. 2020), activations (Korthikanti et al. 2022), Megatron-LM. */
export const LAYOUT = defineFormulas({
  "memory.adam": {
    id: "memory.adam",
    symbolic: "16 B/param (2 + 2 + 12)",
    evaluate: trainingMemory,
    source: SOURCES.zero2020,
    at: "§3.1 (K = 12)",
    readme: "training memory",
    explain: ["explain.const.adam"],
  },
  "memory.activations": {
    id: "memory.activations",
    symbolic: "s·b·h·(34 + 5·a·s/h)",
    evaluate: activationBytesPerLayer,
    source: SOURCES.korthikanti2022,
    at: "§4, Table 2",
    readme: "activations",
    explain: ["explain.const.activations"],
  },
  "layout.modelStates": {
    id: "layout.modelStates",
    symbolic: "× 1/(t·p)",
    evaluate: layoutMemory,
    source: SOURCES.narayanan2021,
    at: "§2",
    readme: "layout memory per GPU",
    explain: [],
  },
  "layout.gpus": {
    id: "layout.gpus",
    symbolic: "t·p·d",
    evaluate: searchLayout,
    source: SOURCES.narayanan2021,
    at: "§2",
    readme: "cards",
    explain: [],
  },
});
