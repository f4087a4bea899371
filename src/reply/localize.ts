import type { Lang } from "../i18n/lang.ts";
import { compiledOf, READINGS } from "../i18n/translate.ts";
import { chineseReading, formatValue, groupedAsWritten, showsAsShortScale } from "./format.ts";
import { formulaText, inputText } from "./formula.ts";
import { readAsJson, readAsLine } from "./readAs.ts";
import type { Reply, Source, Text, TextParam, Value } from "./reply.ts";

/** A Reply in one language, ready for a renderer: every string final, every number formatted. */
export interface RenderedReply {
  ok: boolean;
  ephemeral: boolean;
  command: string;
  title: string;
  /** How the question was read (`Read as: …`), for answers. */
  readAs?: string;
  /** The error message, for error replies. */
  error?: string;
  rows: { label: string; value: string; formula?: string }[];
  /** One column per item; when present, renderers draw it and list only the rows' formulas. */
  table?: { columns: string[]; rows: { label: string; cells: string[] }[] };
  warnings: string[];
  notes: string[];
  sources: Source[];
  hint?: string;
}

/**
 * Placeholders whose value is a list the reader joined with `, ` (read.severalSizes' `7B, 13B`):
 * joined as the language lists things (zh-TW: 7B、13B).
 */
const LISTS: ReadonlySet<string> = new Set(["sizes"]);

/** A comma between digits that groups them (`32,768`), not one that lists (`h100,a100`): 3 digits after it. */
const GROUPING = /(?<=\d),(?=\d{3}(?!\d))/g;

/**
 * A message's typed value as text for `lang` (see say), with the everyday reading where `readings` names it.
 * A bare number reads grouped in prose (`on the 16,000 GPUs given`) but ungrouped where the text
 * before it ends in `=` (`batch=1000`, `prompt=32768`): an option to copy back into a question.
 */
function paramText(
  param: TextParam,
  name: string,
  readings: readonly string[] | undefined,
  before: string,
  listJoin: string,
): string {
  const option = before.endsWith("=");
  if (typeof param === "number") return option ? String(param) : groupedAsWritten(param);
  if (typeof param !== "object") return LISTS.has(name) ? param.split(", ").join(listJoin) : param;
  const shown = inputText(param, name);
  if (option) return shown.replace(GROUPING, "");
  const reading =
    readings?.includes(name) && "value" in param && showsAsShortScale(param.value)
      ? chineseReading(param.value)
      : undefined;
  return reading ? `${shown} (${reading})` : shown;
}

/**
 * A message in `lang` with its values filled in (as `t` fills them), the typed ones as text:
 * numbers as short numbers (175B), with the everyday reading beside them where the language's
 * catalog asks for it (zh-TW: 175B (1,750 億)), bare numbers grouped outside `key=` text. Each placeholder's value is written straight into
 * the message, not first into a record of texts per message.
 */
export function say(lang: Lang, text: Text): string {
  const split = compiledOf(lang, text.key);
  // Most labels have no placeholder: nothing to fill.
  if (typeof split === "string") return split;
  const params = text.params ?? NO_PARAMS;
  let readings: readonly string[] | undefined | null = null;
  let out = split[0] ?? "";
  for (let i = 1; i < split.length; i += 2) {
    const name = split[i] as string;
    let shown: string;
    if (Object.hasOwn(params, name)) {
      const param = params[name] as TextParam;
      if (typeof param === "object" && readings === null) {
        // The readings of a language are message keys' own (the catalog's large record is not searched).
        const byKey = READINGS[lang] as Record<string, readonly string[] | undefined>;
        readings = Object.hasOwn(byKey, text.key) ? byKey[text.key] : undefined;
      }
      const listJoin = LISTS.has(name) ? (compiledOf(lang, "list.join") as string) : ", ";
      shown = paramText(param, name, readings ?? undefined, split[i - 1] as string, listJoin);
    } else shown = `{${name}}`;
    out += shown + (split[i + 1] ?? "");
  }
  return out;
}

const NO_PARAMS: NonNullable<Text["params"]> = {};

export function showValue(lang: Lang, value: Value): string {
  if (value.kind === "text") return value.text;
  if (value.kind === "message") return say(lang, value.text);
  return formatValue(lang, value.kind, value.value);
}

export function localize(reply: Reply, fallback: Lang): RenderedReply {
  const lang = reply.lang ?? fallback;
  // Help's reading (`topic cards`) says nothing its title does not.
  const readAs = reply.readAs && reply.command !== "help" ? readAsLine(lang, reply.readAs) : undefined;
  // Built by assignment in the order the spreads gave (the same keys, the same JSON): object
  // spreads of conditional parts cost a temporary object and a copy each, for every reply.
  const out = {
    ok: reply.ok,
    ephemeral: reply.ephemeral,
    command: reply.command,
    title: say(lang, reply.title),
  } as RenderedReply;
  if (readAs) out.readAs = readAs;
  if (reply.error) out.error = say(lang, reply.error);
  const rows: RenderedReply["rows"] = [];
  for (const row of reply.rows) {
    const label = say(lang, row.label);
    const value = showValue(lang, row.value);
    // One literal either way (the same keys in the same order), not a key added to each row.
    rows.push(row.formula ? { label, value, formula: formulaText(row.formula, lang) } : { label, value });
  }
  out.rows = rows;
  if (reply.table) {
    out.table = {
      columns: reply.table.columns.map((c) => say(lang, c)),
      rows: reply.table.rows.map((r) => ({
        label: say(lang, r.label),
        cells: r.cells.map((c) => showValue(lang, c)),
      })),
    };
  }
  out.warnings = reply.warnings.map((w) => say(lang, w));
  out.notes = reply.notes.map((n) => say(lang, n));
  out.sources = reply.sources;
  if (reply.hint) out.hint = say(lang, reply.hint);
  return out;
}

/** The JSON contract: `{ ok, command, result, readAs, warnings }` or `{ ok: false, error }`. */
export function toJson(reply: Reply, fallback: Lang): Record<string, unknown> {
  const lang = reply.lang ?? fallback;
  if (!reply.ok) {
    const hint = reply.hint ? ` ${say(lang, reply.hint)}` : "";
    return {
      ok: false,
      command: reply.command,
      error: `${reply.error ? say(lang, reply.error) : ""}${hint}`,
    };
  }
  return {
    ok: true,
    command: reply.command,
    result: reply.result ?? {},
    ...(reply.readAs ? { readAs: readAsJson(reply.readAs) } : {}),
    warnings: reply.warnings.map((w) => say(lang, w)),
  };
}
