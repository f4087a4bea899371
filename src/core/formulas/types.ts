import type { SOURCES } from "../sources.ts";

/** What a formula's explanation says and cites: a message key and, where there is one, a paper. */
export type SourceRef = (typeof SOURCES)[keyof typeof SOURCES];

/**
 * One formula, one object: how it reads in the paper's symbols, how its inputs are put in, the
 * core function that evaluates it, where it comes from, and which explanations `explain` adds.
 * Templates name their inputs in braces (`6 × {N} × {D}`); the reply layer formats them.
 */
export interface Formula {
  readonly id: string;
  /** The paper's symbols, the left-hand side: `6 · N · D`. Absent for a fragment. */
  readonly symbolic?: string;
  /** Between the symbols and the inputs put in: ` = ` unless said. */
  readonly joiner?: string;
  /** The inputs put in: `6 × {N} × {D}`. Absent where only the symbols are shown. */
  readonly substituted?: string;
  /** The core function that evaluates it (the math lives there, never here). */
  readonly evaluate?: (...args: never[]) => unknown;
  /** The paper, datasheet or config it comes from, and where in it. */
  readonly source?: SourceRef;
  readonly at?: string;
  /** The README formula table's row (its `quantity` cell) that states this formula. */
  readonly readme?: string;
  /**
   * Formulas whose templates hold words, not only symbols (`Σ over all cards`): the message keys
   * of the symbolic and substituted templates, in the reader's language (the English ones read as
   * `symbolic` and `substituted` do).
   */
  readonly symbolicKey?: string;
  readonly substitutedKey?: string;
  /** The constants it uses, as `explain.const.*` message keys (explained once per reply). */
  readonly explain: readonly string[];
}

/** Declares a formula area, keeping each entry's literal id. */
export const defineFormulas = <const T extends Record<string, Formula>>(formulas: T): T => formulas;
