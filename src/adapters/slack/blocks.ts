import { extended } from "../../core/extended.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { visibleControls } from "../../reply/controls.ts";
import { localize, type RenderedReply } from "../../reply/localize.ts";
import type { Reply, Source } from "../../reply/reply.ts";
import { shortSourceTitle } from "../../reply/sources.ts";
import {
  chunk,
  contextBlocks,
  fieldSections,
  fitParts,
  headerBlock,
  mrkdwn,
  type Part,
  type Piece,
  SLACK_LIMITS,
  type SlackMessage,
  type TextObject,
  textSections,
  truncateMrkdwn,
} from "./limits.ts";
import { bold, code, escapeMrkdwn, inertMarks, link } from "./mrkdwn.ts";

/** A Reply as a Slack message: Block Kit blocks plus the plain-text fallback. */
export function toSlackMessage(reply: Reply, fallback: Lang): SlackMessage {
  return renderSlack(localize(reply, fallback), reply.lang ?? fallback);
}

/** One row as a section field: the label bold, the value, the formula in code style. */
export function rowField(row: RenderedReply["rows"][number]): string {
  let field = bold(row.label);
  const value = escapeMrkdwn(row.value.trim());
  if (value !== "") field = field === "" ? value : `${field}\n${value}`;
  const formula = row.formula ? code(row.formula) : "";
  if (formula !== "") field = field === "" ? formula : `${field}\n${formula}`;
  return field;
}

type Table = NonNullable<RenderedReply["table"]>;

/**
 * A table as one section per row: the row's label as the section text and a field per column
 * (`*column*` over the value), so the columns sit side by side, two to a line.
 */
export function tableSections(table: Table): Part["pieces"] {
  return table.rows.flatMap((row) =>
    chunk(
      table.columns.map((column, i) => `${bold(column)}\n${escapeMrkdwn((row.cells[i] ?? "").trim())}`),
      SLACK_LIMITS.sectionFields,
    ).map((fields) => ({
      block: {
        type: "section" as const,
        text: mrkdwn(truncateMrkdwn(bold(row.label), SLACK_LIMITS.sectionText)),
        fields: fields.map((f) => mrkdwn(truncateMrkdwn(f, SLACK_LIMITS.sectionFieldText))),
      },
      items: 1,
    })),
  );
}

/** Under a table, the rows that carry a formula, as `*label*: `formula`` lines. */
export function formulaLines(reply: RenderedReply, lang: Lang): string[] {
  const rows = reply.rows.filter((r) => r.formula);
  if (rows.length === 0) return [];
  return [
    escapeMrkdwn(t(lang, "table.formulas")),
    ...rows.map((r) => `${bold(r.label)}: ${code(r.formula ?? "")}`),
  ];
}

/**
 * Header (the title), the error, the rows as section fields (10 a section) or the table (a
 * section per row, the formulas under it in a context block), the warnings in a
 * section (⚠), notes and sources (as links) in context blocks, the hint in the last context
 * block; fitted to Slack's limits (limits.ts).
 */
export function renderSlack(reply: RenderedReply, lang: Lang): SlackMessage {
  // Only the parts a reply has (fitParts passes over empty ones), each of one shape.
  const parts: Part[] = [new SlackPart([headerBlock(reply.title)], -1, false)];
  if (reply.readAs) parts.push(new SlackPart(asWritten(contextBlocks([quoting(reply.readAs)])), 0, false));
  if (reply.error)
    parts.push(new SlackPart(asWritten(textSections([`:x: ${quoting(reply.error)}`])), 0, false));
  if (reply.table) {
    parts.push(new SlackPart(tableSections(reply.table), 2, false));
    parts.push(new SlackPart(contextBlocks(formulaLines(reply, lang)), 3, false));
  } else if (reply.rows.length > 0)
    parts.push(new SlackPart(fieldSections(reply.rows.map(rowField)), 2, false));
  if (reply.warnings.length > 0)
    parts.push(
      new SlackPart(asWritten(textSections(reply.warnings.map((w) => `⚠ ${quoting(w)}`))), 0, false),
    );
  if (reply.notes.length > 0)
    parts.push(new SlackPart(asWritten(contextBlocks(reply.notes.map(quoting))), 3, false));
  if (reply.sources.length > 0) parts.push(new SlackPart(contextBlocks(sourceLine(reply)), 4, false));
  if (reply.hint) {
    const hint = quoting(reply.hint);
    // An error's hint is the correct example: keep it as visible as the error.
    parts.push(
      reply.error
        ? new SlackPart(textSections([hint]), 0, true)
        : new SlackPart(contextBlocks([hint]), 1, true),
    );
  }
  const blocks = fitParts(parts, (count) => escapeMrkdwn(t(lang, "slack.more", { count })));
  return { blocks, text: fallbackText(reply) };
}

/**
 * A text that may quote what the user typed (the reading, the error, warnings, notes, the hint):
 * escaped, and no typed mark left to format the bot's message (mrkdwn.ts, inertMarks). The bot
 * writes no formatting of its own in these (Discord shows them with all markdown escaped).
 */
const quoting = (text: string): string => inertMarks(escapeMrkdwn(visibleControls(text)));

/** A part of a Slack message (limits.ts's Part), every one with the same fields. */
class SlackPart implements Part {
  constructor(
    readonly pieces: Piece[],
    readonly drop: number,
    readonly last: boolean,
  ) {}
}

/**
 * What Slack would turn into a link or a mention by itself: a URL (`https://…`), `www.…` or a bare
 * domain (`evil.example/login`), and a typed `@here`, `@channel`, `@everyone`, `@name` or
 * `#channel` (a text object without `verbatim` has "certain mentions automatically parsed" and
 * "conversation names link-ified", Block Kit reference). User text quoted in a reply (a pasted
 * config, a misread word) must become neither a live link under the bot's name nor a ping.
 */
export const linkLike = (text: string): boolean =>
  LINK_OR_DOMAIN.test(text) || ((text.includes("@") || text.includes("#")) && MENTION.test(text));

/**
 * A URL, `www.` or a bare domain. Written without the `u` flag, which made the scan of every note
 * about six times slower; what `/iu` adds to these ASCII classes is spelled out instead: the long
 * s (U+017F) and the Kelvin sign (U+212A) fold to `s` and `k`, so they count as letters of
 * `[a-z]` and as word characters before `www.` (a test holds it to the `/iu` pattern).
 */
const LINK_OR_DOMAIN = /:\/\/|(?<![\w\u017f\u212a])www\.|[a-z0-9\u017f\u212a-]\.[a-z\u017f\u212a]{2,}/i;
/** A mention or channel name: `@` or `#` before any letter, digit or `_` (`@here`, `#general`, `@小明`). */
const MENTION = /[@#][\p{L}\p{N}_]/u;

const shownAsWritten = (text: TextObject): TextObject =>
  text.type === "mrkdwn" && linkLike(text.text) ? extended(text, { verbatim: true }) : text;

/**
 * Pieces that may quote the user, with `verbatim: true` on each text that holds something
 * link-like: Slack then skips its automatic linking (URLs, channel names, mentions) there, and
 * still shows the bot's own `<url|label>` links (Block Kit reference: text object, `verbatim`).
 * Text without anything link-like is left as it was.
 */
function asWritten(pieces: Piece[]): Piece[] {
  for (const piece of pieces) {
    const block = piece.block;
    if (block.type === "context") block.elements = block.elements.map(shownAsWritten);
    else if (block.type === "section" && block.text) block.text = shownAsWritten(block.text);
  }
  return pieces;
}

/**
 * A source's short linked name. Sources are the catalog's and the GPU table's objects, the same
 * ones answer after answer: each link is written once per source (and again if its text changed).
 */
const links = new WeakMap<Source, { title: string; url: string; link: string }>();
function sourceLink(source: Source): string {
  const known = links.get(source);
  if (known && known.title === source.title && known.url === source.url) return known.link;
  const written = link(source.url, shortSourceTitle(source.title));
  links.set(source, { title: source.title, url: source.url, link: written });
  return written;
}

/** Sources as short linked names on one line (the full titles stay in JSON); a list if that is too long. */
export function sourceLine(reply: RenderedReply): string[] {
  if (reply.sources.length === 0) return [];
  const linked = reply.sources.map(sourceLink);
  const line = linked.join(" · ");
  return line.length <= SLACK_LIMITS.contextElementText ? [line] : linked;
}

/** What notifications and clients without Block Kit show: title, error, rows, warnings, hint. */
export function fallbackText(reply: RenderedReply): string {
  // The lines joined with newlines as they are written (no array of lines to join).
  let text = reply.title;
  if (reply.readAs) text += `\n${reply.readAs}`;
  if (reply.error) text += `\n${reply.error}`;
  const table = reply.table;
  if (table) {
    for (const row of table.rows) {
      text += `\n${row.label}: `;
      for (let i = 0; i < row.cells.length; i++)
        text += `${i > 0 ? " · " : ""}${table.columns[i]} ${row.cells[i]}`;
    }
  } else {
    for (const row of reply.rows) text += row.label ? `\n${row.label}: ${row.value}` : `\n${row.value}`;
  }
  for (const warning of reply.warnings) text += `\n⚠ ${warning}`;
  if (reply.error && reply.hint) text += `\n${reply.hint}`;
  // Escaping is character by character, so the joined lines are escaped at once.
  return truncateMrkdwn(escapeMrkdwn(visibleControls(text)), SLACK_LIMITS.messageText);
}
