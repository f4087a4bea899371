import { ARCHITECTURE, RUN_COUNT } from "./architecture.ts";
import { CHINCHILLA } from "./chinchilla.ts";
import { ENERGY } from "./energy.ts";
import { FINETUNE } from "./finetune.ts";
import { FORWARD } from "./forward.ts";
import { LAYOUT } from "./layout.ts";
import { MEMORY } from "./memory.ts";
import { MFU } from "./mfu.ts";
import { PARAMS } from "./params.ts";
import { PLANNING } from "./planning.ts";
import { RUNS } from "./runs.ts";
import { SERVING, SERVING_ROWS } from "./serving.ts";
import { TRAINING } from "./training.ts";
import { TRAINING_LAYOUT } from "./trainingLayout.ts";
import type { Formula } from "./types.ts";
import { USAGE } from "./usage.ts";

export { EXPLANATIONS } from "./explanations.ts";
export type { Formula, SourceRef } from "./types.ts";

/** Every formula a reply can show, by id: the only place a formula's text exists. */
export const FORMULAS = {
  ...TRAINING,
  ...CHINCHILLA,
  ...PLANNING,
  ...MEMORY,
  ...ENERGY,
  ...MFU,
  ...PARAMS,
  ...LAYOUT,
  ...FINETUNE,
  ...SERVING,
  ...SERVING_ROWS,
  ...RUNS,
  ...FORWARD,
  ...ARCHITECTURE,
  ...RUN_COUNT,
  ...TRAINING_LAYOUT,
  ...USAGE,
} as const;

export type FormulaId = keyof typeof FORMULAS;

export const formulaById = (id: FormulaId): Formula => FORMULAS[id];
