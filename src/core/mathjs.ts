import type * as MathNumber from "mathjs/number";
import { requireBundled } from "./bundled.ts";

/** What quantity.ts builds its instance from: mathjs's number-only build. */
export type MathjsNumber = Pick<
  typeof MathNumber,
  | "create"
  | "parseDependencies"
  | "addDependencies"
  | "subtractDependencies"
  | "multiplyDependencies"
  | "divideDependencies"
  | "powDependencies"
  | "unaryMinusDependencies"
  | "unaryPlusDependencies"
>;

/**
 * mathjs's number-only build, loaded the first time a quantity needs the general parser
 * (`6*175e9`, `2048*21 days`): the quick path in quantity.ts reads nearly every question without
 * it, and loading it is a tenth of a cold start (README, Performance). The bundle in dist/ ships
 * it pre-bundled beside its chunks (scripts/build.mjs); from the sources it is the package's own
 * CommonJS build. Both are the same mathjs version, so the numbers are the same.
 */
export function loadMathjsNumber(): MathjsNumber {
  return requireBundled<MathjsNumber>("mathjs-number.cjs", "mathjs/number");
}
