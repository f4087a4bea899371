import { EXPLANATIONS, type FormulaId, formulaById } from "../core/formulas/index.ts";
import type { Lang } from "../i18n/lang.ts";
import { text } from "../reply/build.ts";
import { formulaIds, formulaText } from "../reply/formula.ts";
import { say, showValue } from "../reply/localize.ts";
import type { Reply, Row, Text } from "../reply/reply.ts";

/** The formulas a reply used, by registry id, in the order its rows show them. */
export function formulasUsed(reply: Reply): FormulaId[] {
  return reply.rows.flatMap((row) => (row.formula ? formulaIds(row.formula) : []));
}

/** The explanation keys a row's formula uses, by the registry ids it draws. */
function explanationsOf(formula: Row["formula"]): string[] {
  const keys: string[] = [];
  if (formula)
    for (const id of formulaIds(formula)) for (const key of formulaById(id).explain) keys.push(key);
  return keys;
}

/**
 * The derivation of any reply, step by step: each row that has a formula becomes a numbered step
 * (its label, the formula with the numbers put in, the result), and the first step that uses a
 * constant is followed by what that constant means and where it comes from (its source is added
 * to the reply's). The derived rows are not shown again beside their steps; rows without a
 * formula (a GPU's name, a layout) stay.
 */
export function explainReply(reply: Reply, lang: Lang): Reply {
  return explainInPlace({ ...reply }, lang);
}

/**
 * `explainReply` on a reply object the caller owns (runCommand's own copy): its lists are
 * replaced, never changed, and its keys keep their places.
 */
export function explainInPlace(reply: Reply, lang: Lang): Reply {
  // One pass: the rows with a formula become steps, the others stay.
  const derived: Row[] = [];
  const kept: Row[] = [];
  for (const row of reply.rows) (row.formula ? derived : kept).push(row);
  if (derived.length === 0) {
    reply.notes = [...reply.notes, text("explain.none")];
    return reply;
  }
  const lines: Text[] = [...reply.notes, text("explain.title")];
  const explained = new Set<string>();
  const sources = [...reply.sources];
  for (let index = 0; index < derived.length; index++) {
    const row = derived[index] as Row;
    lines.push(
      text("explain.step", {
        step: index + 1,
        label: say(lang, row.label),
        formula: row.formula ? formulaText(row.formula, lang) : "",
        value: showValue(lang, row.value),
      }),
    );
    const uses = explanationsOf(row.formula);
    if (uses.length === 0) continue;
    for (const constant of EXPLANATIONS) {
      if (explained.has(constant.key) || !uses.includes(constant.key)) continue;
      explained.add(constant.key);
      lines.push(text(constant.key));
      if (constant.source && !sources.some((s) => s.url === constant.source?.url))
        sources.push(constant.source);
    }
  }
  reply.rows = kept;
  reply.notes = lines;
  reply.sources = sources;
  return reply;
}
