import { type FormulaId, formulaById } from "../core/formulas/index.ts";
import type { Lang } from "../i18n/lang.ts";
import { CATALOGS, piecesOf } from "../i18n/translate.ts";
import { fixedShortest, formatValue, formulaNumber, grouped, roundedTo, signedPercent } from "./format.ts";
import type { FormulaInput, FormulaRef } from "./reply.ts";

/** How an input reads inside a formula: language-neutral short numbers (175B, 3.15e23, 2,048). */
export function inputText(input: FormulaInput | undefined, name: string, lang: Lang = "en"): string {
  if (input === undefined) throw new Error(`formula input {${name}} missing`);
  switch (input.kind) {
    case "text":
      return input.text;
    case "symbols":
      return symbolsOf(input.ref, lang);
    case "plain":
      return String(input.value);
    case "pct1bare":
      return fixedShortest(input.value * 100, 1);
    case "pct1":
      return `${fixedShortest(input.value * 100, 1)}%`;
    case "price":
      return `$${input.value}`;
    case "dollars":
      return `$${formulaNumber(input.value)}`;
    case "sig3":
      return formulaNumber(roundedTo(input.value, 3));
    case "sig4":
      return formulaNumber(roundedTo(input.value, 4));
    case "difference":
      return signedPercent(input.value);
    case "grouped":
      // Whole counts, every digit (as `toLocaleString("en-US")` writes them, without Intl per call).
      return Number.isInteger(input.value) && Math.abs(input.value) < 1e15
        ? grouped(input.value)
        : input.value.toLocaleString("en-US");
    case "fixed3":
      return input.value.toFixed(3);
    case "durationShort":
      return durationShort(input.value, lang);
    case "byteSize":
      return formatValue(lang, "bytes", input.value);
    default:
      return formulaNumber(input.value);
  }
}

/**
 * Seconds as a formula writes a time: days from two days up (`9.5 d`), else hours from two hours
 * (`5.2 h`), else minutes (`9.9 min`); a run of minutes is never `0.00688 d`.
 */
function durationShort(seconds: number, lang: Lang): string {
  const zh = lang === "zh-TW";
  if (seconds >= 2 * 86_400) return `${formulaNumber(roundedTo(seconds / 86_400, 3))}${zh ? " 天" : " d"}`;
  if (seconds >= 7_200) return `${formulaNumber(roundedTo(seconds / 3_600, 3))}${zh ? " 小時" : " h"}`;
  return `${formulaNumber(roundedTo(seconds / 60, 3))}${zh ? " 分鐘" : " min"}`;
}

function fillCut(parts: readonly string[], inputs: FormulaRef["inputs"], lang: Lang): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    out += i % 2 === 0 ? part : inputText(inputs[part], part, lang);
  }
  return out;
}

/**
 * A formula's templates cut into literal text and input names (odd indexes are names, as
 * message templates are cut), once per formula rather than looked up by text per row.
 */
interface CutFormula {
  symbolic: readonly string[] | undefined;
  substituted: readonly string[] | undefined;
  joiner: string;
}
const cutFormulas: Record<Lang, Map<FormulaId, CutFormula>> = { en: new Map(), "zh-TW": new Map() };

function cutFormula(id: FormulaId, lang: Lang): CutFormula {
  let found = cutFormulas[lang].get(id);
  if (!found) {
    const formula = formulaById(id);
    // Words in a template read in the reader's language (its catalog's template); symbols as they are.
    const catalog = CATALOGS[lang] as Record<string, string>;
    const symbolic = formula.symbolicKey === undefined ? formula.symbolic : catalog[formula.symbolicKey];
    const substituted =
      formula.substitutedKey === undefined ? formula.substituted : catalog[formula.substitutedKey];
    found = {
      symbolic: symbolic === undefined ? undefined : piecesOf(symbolic),
      substituted: substituted === undefined ? undefined : piecesOf(substituted),
      joiner: formula.joiner ?? " = ",
    };
    cutFormulas[lang].set(id, found);
  }
  return found;
}

/** A formula's symbols alone, its symbol inputs put in: `6N_active + 12·L·H·Q·T`. */
function symbolsOf(ref: FormulaRef, lang: Lang): string {
  const symbolic = cutFormula(ref.id, lang).symbolic;
  return symbolic === undefined ? "" : fillCut(symbolic, ref.inputs, lang);
}

/**
 * A formula reference as text: the symbols, ` = `, the inputs put in, then any fragments that
 * follow it (an MFU range). The one place a row's formula becomes a string, for every renderer.
 */
export function formulaText(ref: FormulaRef, lang: Lang = "en"): string {
  const formula = cutFormula(ref.id, lang);
  let out = formula.symbolic === undefined ? "" : fillCut(formula.symbolic, ref.inputs, lang);
  if (formula.substituted !== undefined && !ref.symbolsOnly) {
    out += `${out ? formula.joiner : ""}${fillCut(formula.substituted, ref.inputs, lang)}`;
  }
  // No empty list made for the many formulas without fragments after them.
  if (ref.after !== undefined) for (const next of ref.after) out += formulaText(next, lang);
  return out;
}

/** The ids of a formula reference and the fragments that follow it. */
export function formulaIds(ref: FormulaRef): FormulaId[] {
  const ids: FormulaId[] = [];
  collectIds(ref, ids);
  return ids;
}

/** formulaIds into one list (no array per input and fragment): the id, its inputs' symbols, then what follows. */
function collectIds(ref: FormulaRef, ids: FormulaId[]): void {
  ids.push(ref.id);
  for (const key in ref.inputs) {
    const input = ref.inputs[key] as FormulaInput;
    if (input.kind === "symbols") collectIds(input.ref, ids);
  }
  if (ref.after) for (const next of ref.after) collectIds(next, ids);
}
