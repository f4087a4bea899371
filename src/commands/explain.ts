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
function explanationsOf(formula: Row["formula"]): (key: string) => boolean {
  const keys = new Set(formula ? formulaIds(formula).flatMap((id) => formulaById(id).explain) : []);
  return (key) => keys.has(key);
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
  const derived = reply.rows.filter((row) => row.formula);
  if (derived.length === 0) {
    reply.notes = [...reply.notes, text("explain.none")];
    return reply;
  }
  const lines: Text[] = [text("explain.title")];
  const explained = new Set<string>();
  const sources = [...reply.sources];
  derived.forEach((row, index) => {
    lines.push(
      text("explain.step", {
        step: index + 1,
        label: say(lang, row.label),
        formula: row.formula ? formulaText(row.formula) : "",
        value: showValue(lang, row.value),
      }),
    );
    const uses = explanationsOf(row.formula);
    for (const constant of EXPLANATIONS) {
      if (explained.has(constant.key) || !uses(constant.key)) continue;
      explained.add(constant.key);
      lines.push(text(constant.key));
      if (constant.source && !sources.some((s) => s.url === constant.source?.url))
        sources.push(constant.source);
    }
  });
  reply.rows = reply.rows.filter((row) => !row.formula);
  reply.notes = [...reply.notes, ...lines];
  reply.sources = sources;
  return reply;
}
