import { embedLength as apiEmbedLength } from "discord.js";

/**
 * Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
 * and functions that keep a message inside them. Lengths are counted in UTF-16 code units, as
 * discord.js's builders count them: never fewer than Discord's own count of characters.
 */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Characters in every title, description, field name and value, and footer of one message. */
  total: 6000,
  embeds: 10,
} as const;

const ELLIPSIS = "…";
/** An empty field name or value is refused; a zero-width space is the usual stand-in. */
const BLANK = "\u200b";

export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedParts {
  title?: string;
  description?: string;
  fields: Field[];
  footer?: string;
  color?: number;
}

/** `text` if it fits in `max`, else cut to `max` with a trailing ellipsis (never splitting a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, Math.max(0, end)).trimEnd()}${ELLIPSIS}`;
}

/** Like `clip`, but cuts at a word boundary when one is near the end (for descriptions people read whole). */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - ELLIPSIS.length + 1);
  const space = cut.lastIndexOf(" ");
  return space >= max * 0.6
    ? `${cut.slice(0, space).replace(/[\s,;:·(]+$/, "")}${ELLIPSIS}`
    : clip(text, max);
}

/** The backticks that open or close a code span (an escaped \` is text). */
const codeMarks = (text: string): number => text.match(/(?<!\\)`/g)?.length ?? 0;

/**
 * Like `clip`, for a field's value: a code span the cut leaves open (a formula longer than what is
 * left) is closed after the ellipsis, so it still shows as code and no backtick is left dangling.
 */
export function clipValue(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = clip(text, max - 1);
  return codeMarks(cut) % 2 === 1 ? `${cut}\`` : clip(text, max);
}

/** A field with a non-empty name and value, each within its limit. */
export function clipField(field: Field): Field {
  return {
    name: clip(field.name.trim() || BLANK, LIMITS.fieldName),
    value: clipValue(field.value.trim() || BLANK, LIMITS.fieldValue),
    ...(field.inline === undefined ? {} : { inline: field.inline }),
  };
}

/** The characters one embed counts toward the message total, as discord.js counts them. */
const embedLength = (embed: EmbedParts): number =>
  apiEmbedLength({
    title: embed.title,
    description: embed.description,
    fields: embed.fields,
    footer: embed.footer === undefined ? undefined : { text: embed.footer },
  });

export const totalLength = (embeds: readonly EmbedParts[]): number =>
  embeds.reduce((sum, embed) => sum + embedLength(embed), 0);

/** Every limit at once; the names of the ones broken (empty when the message is valid). */
export function brokenLimits(embeds: readonly EmbedParts[]): string[] {
  const broken: string[] = [];
  if (embeds.length > LIMITS.embeds) broken.push("embeds");
  if (totalLength(embeds) > LIMITS.total) broken.push("total");
  for (const embed of embeds) {
    if ((embed.title?.length ?? 0) > LIMITS.title) broken.push("title");
    if ((embed.description?.length ?? 0) > LIMITS.description) broken.push("description");
    if ((embed.footer?.length ?? 0) > LIMITS.footer) broken.push("footer");
    if (embed.fields.length > LIMITS.fields) broken.push("fields");
    for (const field of embed.fields) {
      if (field.name.length === 0 || field.name.length > LIMITS.fieldName) broken.push("fieldName");
      if (field.value.length === 0 || field.value.length > LIMITS.fieldValue) broken.push("fieldValue");
    }
  }
  return [...new Set(broken)];
}

export const withinLimits = (embeds: readonly EmbedParts[]): boolean => brokenLimits(embeds).length === 0;

export interface MessageDraft {
  title: string;
  description?: string;
  fields: Field[];
  footer?: string;
  color: number;
  /** The field that replaces the ones that do not fit: `more(n)` says how many were left out. */
  more: (count: number) => Field;
}

/**
 * Lays a draft out as embeds within every limit: the title and description on the first embed,
 * 25 fields per embed over at most 10 embeds, the footer on the last. When the 6,000-character
 * total or the 250 fields do not fit, trailing fields give way to one "…and N more" field; a
 * description too long for what is left is clipped last.
 */
export function packEmbeds(draft: MessageDraft): EmbedParts[] {
  const title = clip(draft.title.trim() || BLANK, LIMITS.title);
  const description = draft.description ? clip(draft.description, LIMITS.description) : undefined;
  const footer = draft.footer ? clip(draft.footer, LIMITS.footer) : undefined;
  let fields = draft.fields.map(clipField);

  const layout = (list: Field[], text: string | undefined): EmbedParts[] => {
    const chunks: Field[][] = [];
    for (let i = 0; i < list.length; i += LIMITS.fields) chunks.push(list.slice(i, i + LIMITS.fields));
    if (chunks.length === 0) chunks.push([]);
    return chunks.map((chunk, index) => ({
      ...(index === 0 ? { title } : {}),
      ...(index === 0 && text ? { description: text } : {}),
      fields: chunk,
      ...(index === chunks.length - 1 && footer ? { footer } : {}),
      color: draft.color,
    }));
  };

  let embeds = layout(fields, description);
  if (withinLimits(embeds)) return embeds;

  // Drop trailing fields until the rest plus one "more" field fits.
  const all = fields;
  for (let keep = Math.min(all.length - 1, LIMITS.fields * LIMITS.embeds - 1); keep >= 0; keep--) {
    fields = [...all.slice(0, keep), clipField(draft.more(all.length - keep))];
    embeds = layout(fields, description);
    if (withinLimits(embeds)) return embeds;
  }

  // Still too long with no rows at all: the description takes what is left.
  const withoutDescription = totalLength(layout(fields, undefined));
  const room = LIMITS.total - withoutDescription;
  embeds = layout(fields, description && room > 0 ? clip(description, room) : undefined);
  if (withinLimits(embeds)) return embeds;
  return layout([], undefined);
}
