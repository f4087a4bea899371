import type { MessageKey } from "./en.ts";

export type { MessageKey };

/**
 * A message key as code names it, checked by the compiler against the English catalog:
 * - a literal (`"row.trainingFlops"`, or `cond ? "a" : "b"`) must be a key of en.ts;
 * - a template (`compare.row.${key}`) must match at least one key, so its prefix is checked;
 * - a plain `string` (a key held in data, such as a run's notes) passes: the catalog tests check those.
 * Literal keys cost one union membership test; only templates look through the catalog. A wrong key
 * reads "Argument of type '"row.trainingFlop"' is not assignable to parameter of type 'never'".
 * Use as `<const K extends string>(key: K & KeyArg<K>)` (const: a template keeps its literal parts).
 */
export type KeyArg<K extends string> = K extends MessageKey
  ? K
  : string extends K
    ? K
    : [Extract<MessageKey, K>] extends [never]
      ? MessageKey
      : K;
