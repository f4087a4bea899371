import { trainingEnergy } from "../energy.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Energy and emissions: GPU-hours × board power × PUE, times grid intensity (Touvron et al. 2023, LLaMA §6, Table 15). */
export const ENERGY = defineFormulas({
  "energy.mwh": {
    id: "energy.mwh",
    symbolic: "GPU-h × W × PUE",
    substituted: "{gpuHours} × {W} W × {PUE}",
    evaluate: trainingEnergy,
    source: SOURCES.llama1,
    at: "§6, Table 15",
    explain: [],
  },
  "energy.co2": {
    id: "energy.co2",
    substituted: "MWh × {grid} t CO2eq/MWh",
    evaluate: trainingEnergy,
    source: SOURCES.llama1,
    at: "§6, Table 15",
    explain: [],
  },
});
