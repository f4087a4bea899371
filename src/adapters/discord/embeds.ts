import { type APIEmbed, EmbedBuilder, escapeMarkdown, MessageFlags } from "discord.js";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { visibleControls } from "../../reply/controls.ts";
import { localize, type RenderedReply } from "../../reply/localize.ts";
import type { Reply } from "../../reply/reply.ts";
import { shortSourceTitle } from "../../reply/sources.ts";
import { type EmbedParts, type Field, LIMITS, packEmbeds, withinLimits } from "./limits.ts";

/** Discord's own palette: green for an answer, yellow when it carries warnings, red for an error. */
export const COLORS = { ok: 0x57f287, warning: 0xfee75c, error: 0xed4245 } as const;

/** What a handler sends: embeds, and the ephemeral flag for errors, help and private replies. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  flags?: MessageFlags.Ephemeral;
  /** Nothing in a reply may ping anyone, whatever the user typed. */
  allowedMentions: { parse: [] };
}

/**
 * Any text that may echo what the user typed is shown literally: no markdown, no masked links.
 * Numbered lists are left alone: they need "1. " with a space, and escaping them would turn
 * every value that starts a line ("3.15 × 10²³ FLOP") into "3\.15".
 */
const plain = (text: string): string =>
  inertMarkup(
    unlinked(escapeMarkdown(visibleControls(text), { maskedLink: true, heading: true, bulletedList: true })),
  );

/**
 * Discord's own markup in angle brackets (`<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`,
 * `<a:emoji:id>`, `<t:0:R>`) renders in an embed as a mention, a channel, a command, an emoji or a
 * date, though nothing pings; escapeMarkdown leaves it as it is. One quoted from the user (a skipped
 * `<@123>` in a public answer's notes, a refused `<t:0:R>`) gets a zero-width space after its `<`,
 * so it shows as typed. The bot writes no such markup of its own.
 */
const inertMarkup = (text: string): string =>
  text.includes("<") ? text.replace(/<(?=[@#/:]|[at]:)/gi, "<\u200b") : text;

/**
 * Discord turns any `scheme://…` in an embed's text into a live link; one quoted from the user (a
 * pasted config, a misread word) gets a zero-width space after its colon, so it shows as typed and
 * is no link. The bot's own links are masked links, written by `link` below.
 */
const unlinked = (text: string): string =>
  text.includes("://") ? text.replace(/([a-z][a-z0-9+.-]*):\/\//gi, "$1:\u200b//") : text;

/** Inline code cannot contain a backtick; formulas never should, but user text might. */
const code = (text: string): string => `\`${text.replace(/`/g, "ˋ")}\``;

/** A masked link; a `)` or a space would end the URL early, so they are percent-encoded. */
const link = (title: string, url: string): string =>
  `[${plain(title)}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;

export const colorOf = (reply: RenderedReply): number =>
  !reply.ok ? COLORS.error : reply.warnings.length > 0 ? COLORS.warning : COLORS.ok;

function rowFields(reply: RenderedReply, withFormulas: boolean): Field[] {
  return reply.rows.map((row) => ({
    name: plain(row.label),
    value: plain(row.value) + (withFormulas && row.formula ? `\n${code(row.formula)}` : ""),
    inline: false,
  }));
}

/**
 * A table as inline fields, one per column (Discord lays inline fields out side by side, up to
 * three a line): the column's header as the name, `label: **value**` a line per row.
 */
function tableFields(table: NonNullable<RenderedReply["table"]>): Field[] {
  return table.columns.map((column, i) => ({
    name: plain(column),
    value: table.rows
      .map((row) => `${plain(row.label)}: **${plain((row.cells[i] ?? "").trim())}**`)
      .join("\n"),
    inline: true,
  }));
}

/** Under a table, the rows' formulas (`label: `formula``), packed into as few fields as fit. */
function formulaFields(reply: RenderedReply, lang: Lang): Field[] {
  const name = plain(t(lang, "table.formulas"));
  const fields: Field[] = [];
  for (const row of reply.rows) {
    if (!row.formula) continue;
    const line = `${plain(row.label)}: ${code(row.formula)}`;
    const last = fields.at(-1);
    if (last && last.value.length + 1 + line.length <= LIMITS.fieldValue) last.value += `\n${line}`;
    else fields.push({ name, value: line, inline: false });
  }
  return fields;
}

/** The table and its formulas where the reply has one, else a field per row. */
function bodyFields(reply: RenderedReply, lang: Lang, withFormulas: boolean): Field[] {
  if (!reply.table) return rowFields(reply, withFormulas);
  return [...tableFields(reply.table), ...(withFormulas ? formulaFields(reply, lang) : [])];
}

/** Short linked source names on one line, packed into as few fields as their 1,024-character limit allows. */
function sourceFields(reply: RenderedReply, lang: Lang, withLinks: boolean): Field[] {
  const name = t(lang, "discord.sources");
  const lines = reply.sources.map((s) => {
    const title = shortSourceTitle(s.title);
    return withLinks ? link(title, s.url) : plain(title);
  });
  const fields: Field[] = [];
  for (const line of lines) {
    const last = fields.at(-1);
    if (last && last.value.length + 3 + line.length <= LIMITS.fieldValue) last.value += ` · ${line}`;
    else fields.push({ name, value: line, inline: false });
  }
  return fields;
}

function description(reply: RenderedReply): string {
  const lines = [
    ...(reply.readAs ? [plain(reply.readAs)] : []),
    ...(reply.error ? [`✗ ${plain(reply.error)}`] : []),
    ...reply.warnings.map((w) => `⚠ ${plain(w)}`),
    ...reply.notes.map((n) => `· ${plain(n)}`),
    ...(!reply.ok && reply.hint ? ["", plain(reply.hint)] : []),
  ];
  return lines.join("\n").trim();
}

/**
 * A rendered reply as embeds within Discord's limits. The richest form that fits wins; when it
 * does not, it degrades in order of what matters least: source links become titles, then the
 * formulas go, then trailing rows give way to an "…and N more" field (limits.ts).
 */
export function toEmbeds(rendered: RenderedReply, lang: Lang): EmbedParts[] {
  const base = {
    title: plain(rendered.title),
    description: description(rendered),
    ...(rendered.ok && rendered.hint ? { footer: rendered.hint } : {}),
    color: colorOf(rendered),
    more: (count: number): Field => ({ name: "…", value: plain(t(lang, "discord.more", { count })) }),
  };
  const variants: [formulas: boolean, links: boolean][] = [
    [true, true],
    [true, false],
    [false, false],
  ];
  for (const [formulas, links] of variants) {
    const embeds = packEmbeds({
      ...base,
      fields: [...bodyFields(rendered, lang, formulas), ...sourceFields(rendered, lang, links)],
    });
    const dropped = embeds.some((e) => e.fields.some((f) => f.name === "…"));
    if (!dropped && withinLimits(embeds)) return embeds;
  }
  return packEmbeds({
    ...base,
    fields: [...bodyFields(rendered, lang, false), ...sourceFields(rendered, lang, false)],
  });
}

/** Built with discord.js's EmbedBuilder, which validates each embed's limits again. */
export function buildEmbed(parts: EmbedParts): APIEmbed {
  const embed = new EmbedBuilder();
  if (parts.title) embed.setTitle(parts.title);
  if (parts.description) embed.setDescription(parts.description);
  if (parts.fields.length > 0) embed.addFields(parts.fields);
  if (parts.footer) embed.setFooter({ text: parts.footer });
  if (parts.color !== undefined) embed.setColor(parts.color);
  return embed.toJSON();
}

/** A Reply as the message a handler sends: embeds in the reply's language, ephemeral when it must be. */
export function toDiscordMessage(reply: Reply, lang: Lang): DiscordMessage {
  const rendered = localize(reply, lang);
  return {
    embeds: toEmbeds(rendered, reply.lang ?? lang).map(buildEmbed),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: { parse: [] },
  };
}
