import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import type { RenderedReply } from "../../reply/localize.ts";
import { shortSourceTitle } from "../../reply/sources.ts";
import { width } from "./width.ts";
import { wrap } from "./wrap.ts";

/** Columns when the output is not a terminal (a pipe, a file) and no `--width` was given. */
export const DEFAULT_COLUMNS = 80;
/**
 * The columns to wrap to: `--width`, else the terminal's width, else 80. A terminal that reports
 * no width (0: a pty opened without a size, a serial console) is treated as a pipe, not as 0 columns.
 */
export const terminalColumns = (out: { isTTY?: boolean; columns?: number }, width?: number): number =>
  width ?? (out.isTTY && out.columns !== undefined && out.columns > 0 ? out.columns : DEFAULT_COLUMNS);

/** Narrower than this, nothing lines up; the layout stops shrinking. */
const MIN_COLUMNS = 40;

const pad = (s: string, to: number) => s + " ".repeat(Math.max(0, to - width(s)));

/**
 * Rows as aligned columns: `label  value  formula` when the line fits, otherwise the formula
 * on the lines below, indented; a label and value too wide for one line go on two.
 */
function rowLines(rows: RenderedReply["rows"], columns: number): string[] {
  // One very long label (a GPU's full name) must not push every other row onto two lines.
  const fitting = rows.filter((r) => width(r.label) <= Math.floor(columns * 0.45) && !r.value.includes("\n"));
  const labelWidth = Math.max(0, ...fitting.map((r) => width(r.label)));
  const valueWidth = Math.max(0, ...fitting.map((r) => width(r.value)));
  return rows.flatMap((row) => {
    // A value of several lines (a list under a heading): the label, then each line indented.
    if (row.value.includes("\n")) {
      return [
        ...wrap(row.label, columns, "  "),
        ...row.value.split("\n").flatMap((line) => wrap(line, columns, "    ", "      ")),
        ...(row.formula ? wrap(row.formula, columns, "      ") : []),
      ];
    }
    const aligned = width(row.label) <= labelWidth && 2 + labelWidth + 2 + width(row.value) <= columns;
    const head = aligned
      ? [`  ${pad(row.label, labelWidth)}  ${row.value}`]
      : [...wrap(row.label, columns, "  "), ...wrap(row.value, columns, "    ")];
    if (!row.formula) return head.map((l) => l.trimEnd());
    const oneLine = aligned
      ? `  ${pad(row.label, labelWidth)}  ${pad(row.value, valueWidth)}  ${row.formula}`
      : "";
    if (aligned && width(oneLine) <= columns) return [oneLine.trimEnd()];
    return [...head.map((l) => l.trimEnd()), ...wrap(row.formula, columns, "      ")];
  });
}

type Table = NonNullable<RenderedReply["table"]>;

/**
 * A table as aligned columns: the row labels on the left, a column per item. Columns that do not
 * fit the width go to a second block below, labels repeated; a column too wide even alone is
 * shown as its header and `label: value` lines.
 */
function tableLines(table: Table, columns: number): string[] {
  const labelWidth = Math.max(0, ...table.rows.map((r) => width(r.label)));
  const widths = table.columns.map((header, i) =>
    Math.max(width(header), ...table.rows.map((r) => width(r.cells[i] ?? ""))),
  );
  const groups: number[][] = [];
  for (const [i, w] of widths.entries()) {
    const group = groups.at(-1);
    const used = group ? 2 + labelWidth + group.reduce((sum, j) => sum + 2 + (widths[j] ?? 0), 0) : 0;
    if (group && used + 2 + w <= columns) group.push(i);
    else groups.push([i]);
  }
  const blocks = groups.map((group) => {
    const fits = 2 + labelWidth + 2 + (widths[group[0] ?? 0] ?? 0) <= columns;
    if (!fits) {
      return group.flatMap((i) => [
        ...wrap(table.columns[i] ?? "", columns, "  "),
        ...table.rows.flatMap((r) => wrap(`${r.label}: ${r.cells[i] ?? ""}`, columns, "    ", "      ")),
      ]);
    }
    const line = (label: string, cells: string[]) =>
      `  ${pad(label, labelWidth)}${group.map((i) => `  ${pad(cells[i] ?? "", widths[i] ?? 0)}`).join("")}`.trimEnd();
    const rule = `  ${" ".repeat(labelWidth)}${group.map((i) => `  ${"-".repeat(widths[i] ?? 0)}`).join("")}`;
    return [line("", table.columns), rule, ...table.rows.map((r) => line(r.label, r.cells))];
  });
  return blocks.flatMap((block, i) => (i === 0 ? block : ["", ...block]));
}

/** Under a table, the rows that carry a formula: `label: formula`, wrapped with a hanging indent. */
function formulaLines(reply: RenderedReply, lang: Lang, columns: number): string[] {
  const rows = reply.rows.filter((r) => r.formula);
  if (rows.length === 0) return [];
  return [
    ...wrap(t(lang, "table.formulas"), columns),
    ...rows.flatMap((r) => wrap(`${r.label}: ${r.formula}`, columns, "  ", "      ")),
  ];
}

/** Sources as short names with footnote numbers on one wrapped line, then `[n] URL` per source. */
function sourceLines(sources: RenderedReply["sources"], lang: Lang, columns: number): string[] {
  if (sources.length === 0) return [];
  const names = sources.map((s, i) => `${shortSourceTitle(s.title)} [${i + 1}]`).join(" · ");
  const label = `${t(lang, "text.sources")} `;
  return [
    ...wrap(names, columns, label, " ".repeat(width(label))),
    ...sources.map((s, i) => `[${i + 1}] ${s.url}`),
  ];
}

/**
 * A reply as plain text for a terminal `columns` wide (CJK characters count two): no line is
 * wider except one holding a URL. Sections in order, each a list of lines: title, error, rows
 * (or a table, then the rows' formulas), warnings, notes, sources (footnotes), hint.
 */
export function renderText(reply: RenderedReply, columns = DEFAULT_COLUMNS, lang: Lang = "en"): string {
  const cols = Math.max(MIN_COLUMNS, columns);
  const title = wrap(reply.title, cols);
  const sections: string[][] = [
    [...title, "=".repeat(Math.min(Math.max(...title.map(width)), cols))],
    reply.readAs ? wrap(reply.readAs, cols) : [],
    reply.error ? wrap(reply.error, cols, "✗ ", "  ") : [],
    reply.table ? ["", ...tableLines(reply.table, cols)] : rowLines(reply.rows, cols),
  ];
  const spaced = [
    reply.table ? formulaLines(reply, lang, cols) : [],
    reply.warnings.flatMap((w) => wrap(w, cols, "⚠ ", "  ")),
    reply.notes.flatMap((n) => wrap(n, cols, "· ", "  ")),
    sourceLines(reply.sources, lang, cols),
    reply.hint ? wrap(reply.hint, cols) : [],
  ];
  const lines = sections.flat();
  for (const section of spaced) if (section.length > 0) lines.push("", ...section);
  return `${lines.join("\n")}\n`;
}
