import type { RenderedReply } from "../../reply/localize.ts";

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns: CJK ideographs and full-width forms take two. */
export const width = (s: string): number => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

/** A reply as aligned plain text for a terminal. */
export function renderText(reply: RenderedReply): string {
  const lines = [reply.title, "=".repeat(Math.min(width(reply.title), 72))];
  if (reply.readAs) lines.push(reply.readAs);
  if (reply.error) lines.push(`✗ ${reply.error}`);
  const labelWidth = Math.max(0, ...reply.rows.map((r) => width(r.label)));
  const valueWidth = Math.max(0, ...reply.rows.map((r) => width(r.value)));
  for (const row of reply.rows) {
    const label = row.label + " ".repeat(labelWidth - width(row.label));
    const value = row.value + " ".repeat(valueWidth - width(row.value));
    lines.push(`  ${label}  ${value}${row.formula ? `  ${row.formula}` : ""}`.trimEnd());
  }
  if (reply.warnings.length > 0) lines.push("", ...reply.warnings.map((w) => `⚠ ${w}`));
  if (reply.notes.length > 0) lines.push("", ...reply.notes.map((n) => `· ${n}`));
  if (reply.sources.length > 0) lines.push("", ...reply.sources.map((s) => `[${s.title}] ${s.url}`));
  if (reply.hint) lines.push("", reply.hint);
  return `${lines.join("\n")}\n`;
}
