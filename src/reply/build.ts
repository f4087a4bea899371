import type { FormulaId } from "../core/formulas/index.ts";
import type { Notice } from "../core/notice.ts";
import type { KeyArg } from "../i18n/keys.ts";
import type { FormulaInput, FormulaRef, Reply, Row, Source, Table, Text, Value, ValueKind } from "./reply.ts";

export const text = <const K extends string>(key: K & KeyArg<K>, params?: Text["params"]): Text =>
  params ? { key, params } : { key };
export const fromNotice = (notice: Notice): Text => text(notice.id, notice.params);
export const value = (kind: ValueKind, amount: number): Value => ({ kind, value: amount });
/** A ratio of 100 or more shown whole and grouped (1,875 tokens a parameter, not 1880), under it to three figures. */
export const ratioKind = (amount: number): ValueKind => (Math.abs(amount) >= 100 ? "count" : "ratio");

/** A formula reference: the registry id and the inputs it puts in. */
export const formula = (
  id: FormulaId,
  inputs: Readonly<Record<string, FormulaInput>> = {},
  extra?: { symbolsOnly?: true; after?: readonly FormulaRef[] },
): FormulaRef => {
  const ref: FormulaRef = { id, inputs };
  if (extra === undefined) return ref;
  // Key by key, as the spread of `extra` put them: a spread per formula measured slower.
  if ("symbolsOnly" in extra) ref.symbolsOnly = extra.symbolsOnly as true;
  if ("after" in extra) ref.after = extra.after as readonly FormulaRef[];
  return ref;
};

/** A formula input: a typed number. */
export const input = (
  kind: Exclude<FormulaInput["kind"], "text" | "symbols">,
  amount: number,
): FormulaInput => ({
  kind,
  value: amount,
});

/** A symbol put into a formula's symbols (`N_active`, `6ND`). */
export const symbol = (name: string): FormulaInput => ({ kind: "text", text: name });

/** Another formula's symbols put into this one's (`D · (6N + 12·L·H·Q·T)`). */
export const symbols = (ref: FormulaRef): FormulaInput => ({ kind: "symbols", ref });

export function row<const K extends string>(
  label: K & KeyArg<K>,
  kind: ValueKind,
  amount: number,
  formula?: FormulaRef,
  params?: Text["params"],
): Row {
  const out: Row = { label: text<string>(label, params), value: value(kind, amount) };
  if (formula) out.formula = formula;
  return out;
}

export interface ReplyParts {
  command: string;
  title: Text;
  rows: Row[];
  table?: Table;
  result: Record<string, unknown>;
  notes?: Text[];
  warnings?: Text[];
  sources?: Source[];
  hint?: Text;
}

export function resultReply(parts: ReplyParts): Reply {
  // Key by key rather than a spread of `parts` (whose shapes differ by command): the same keys.
  const reply: Reply = {
    ok: true,
    ephemeral: false,
    notes: parts.notes ?? [],
    warnings: parts.warnings ?? [],
    sources: parts.sources ?? [],
    command: parts.command,
    title: parts.title,
    rows: parts.rows,
    result: parts.result,
  };
  if (parts.table !== undefined) reply.table = parts.table;
  if (parts.hint !== undefined) reply.hint = parts.hint;
  return reply;
}
