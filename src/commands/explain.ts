import { EXPLANATIONS, type FormulaId, formulaById } from "../core/formulas/index.ts";
import { lowestBit } from "../dispatch/validate.ts";
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

/** Each constant's place in EXPLANATIONS (the first where a key is listed twice), a bit of one integer. */
const PLACES: ReadonlyMap<string, number> = new Map(
  EXPLANATIONS.map(({ key }, place) => [key, place] as const).reverse(),
);
if (EXPLANATIONS.length > 32) throw new Error("explain keeps its constants as bits of one 32-bit integer");

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
  // The constants already explained, and those a step uses, as bits by place in EXPLANATIONS:
  // walked from the lowest, in the order they are listed there (not a pass over all of them per step).
  let explained = 0;
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
    let uses = 0;
    for (const key of explanationsOf(row.formula)) {
      const place = PLACES.get(key);
      if (place !== undefined) uses |= 1 << place;
    }
    uses &= ~explained;
    explained |= uses;
    for (; uses !== 0; uses &= uses - 1) {
      const constant = EXPLANATIONS[lowestBit(uses)] as (typeof EXPLANATIONS)[number];
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
