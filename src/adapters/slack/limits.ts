import type { types } from "@slack/bolt";
import { extended } from "../../core/extended.ts";
/**
 * Slack's message limits, and the functions that keep a reply inside them. An over-long reply is
 * shortened (text cut with "…", fields split over several sections, the least important blocks
 * dropped) instead of being refused by Slack with `invalid_blocks`.
 *
 * Block Kit reference (docs.slack.dev/reference/block-kit): a message holds at most 50 blocks; a
 * section's text at most 3,000 characters, its fields at most 10 of 2,000 characters each; a
 * header's plain text at most 150 characters; a context block at most 10 elements, each a text
 * object (at most 3,000 characters). chat.postMessage truncates `text` beyond 40,000 characters.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFieldText: 2000,
  sectionFields: 10,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3000,
  messageText: 40_000,
  /**
   * Not a documented limit: Slack also refuses a message whose blocks carry too much text in total
   * (`msg_blocks_too_long`, seen near 13,000 characters; Slack's staff cite 12,000 characters with
   * a buffer for the block containers, bolt-js issues 2509 and 2867). Kept well under.
   */
  blocksTextBudget: 11_000,
} as const;

export const ELLIPSIS = "…";

/** Block Kit's text object (@slack/types, re-exported by Bolt). */
export type TextObject = types.TextObject;

export type HeaderBlock = types.HeaderBlock;

/** Block Kit's section block as this adapter writes it: text or fields, no accessory. */
export type SectionBlock = Pick<types.SectionBlock, "type" | "text" | "fields">;

/** Block Kit's context block as this adapter writes it: text elements only (no images). */
export type ContextBlock = Omit<types.ContextBlock, "elements"> & { elements: TextObject[] };

export type Block = HeaderBlock | SectionBlock | ContextBlock;

export interface SlackMessage {
  blocks: Block[];
  /** Plain-text fallback: notifications, screen readers, clients without Block Kit. */
  text: string;
}

/** Slack counts characters; UTF-16 code units are never fewer than that, so they are the safe count. */
export const length = (text: string): number => text.length;

/** Cuts `text` to at most `max` characters, ending in "…"; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (length(text) <= max) return text;
  if (max <= 0) return "";
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Cuts mrkdwn to at most `max` characters without leaving a broken `&amp;` entity, a half
 * `<url|link>` or an unclosed `code` span behind.
 */
export function truncateMrkdwn(text: string, max: number): string {
  if (length(text) <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const repair = (cut: string): string => {
    let out = cut;
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
    out = out.replace(/&[a-z]*$/, "");
    const open = out.lastIndexOf("<");
    if (open > out.lastIndexOf(">")) out = out.slice(0, open);
    return out.trimEnd();
  };
  const balanced = (t: string) => (t.match(/`/g) ?? []).length % 2 === 0;
  const cut = repair(text.slice(0, max - ELLIPSIS.length));
  if (balanced(cut)) return `${cut}${ELLIPSIS}`;
  // An open code span: close it after the ellipsis, one character shorter.
  const shorter = repair(cut.slice(0, -1));
  return balanced(shorter) ? `${shorter}${ELLIPSIS}` : `${shorter}${ELLIPSIS}\``;
}

/** Groups `items` into chunks of at most `size` (fields per section, elements per context block). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** A block and how many things (rows, notes, sources) it shows, for the "…and N more" line. */
export interface Piece {
  block: Block;
  items: number;
}

/**
 * Joins lines with newlines into as few texts as possible, each at most `max` characters; a
 * single line longer than `max` is cut. Each text says how many lines it holds.
 */
export function packLines(lines: readonly string[], max: number): { text: string; count: number }[] {
  const texts: { text: string; count: number }[] = [];
  // The text being filled and its line count (0: none yet), as locals rather than an object a line.
  let text = "";
  let count = 0;
  for (const raw of lines) {
    const line = truncateMrkdwn(raw, max);
    if (line === "") continue;
    if (count > 0 && length(text) + 1 + length(line) <= max) {
      text = `${text}\n${line}`;
      count += 1;
    } else {
      if (count > 0) texts.push({ text, count });
      text = line;
      count = 1;
    }
  }
  if (count > 0) texts.push({ text, count });
  return texts;
}

export const mrkdwn = (text: string): TextObject => ({ type: "mrkdwn", text });

/** A section per 10 fields, each field cut to 2,000 characters. */
export function fieldSections(fields: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let group: TextObject[] = [];
  for (const field of fields) {
    const text = truncateMrkdwn(field, SLACK_LIMITS.sectionFieldText);
    if (text === "") continue;
    if (group.length === SLACK_LIMITS.sectionFields) {
      pieces.push({ block: { type: "section", fields: group }, items: group.length });
      group = [];
    }
    group.push(mrkdwn(text));
  }
  if (group.length > 0) pieces.push({ block: { type: "section", fields: group }, items: group.length });
  return pieces;
}

/** A single line as packLines packs it (cut to `max`; "" when nothing is left); undefined for any other number of lines. */
const oneLine = (lines: readonly string[], max: number): string | undefined =>
  lines.length === 1 ? truncateMrkdwn(lines[0] as string, max) : undefined;

/** Sections holding `lines`, packed up to 3,000 characters each. */
export function textSections(lines: readonly string[]): Piece[] {
  if (lines.length === 0) return [];
  const line = oneLine(lines, SLACK_LIMITS.sectionText);
  if (line !== undefined)
    return line === "" ? [] : [{ block: { type: "section", text: mrkdwn(line) }, items: 1 }];
  return packLines(lines, SLACK_LIMITS.sectionText).map(({ text, count }) => ({
    block: { type: "section", text: mrkdwn(text) },
    items: count,
  }));
}

/** Context blocks holding `lines`, packed into elements of 3,000 characters, 10 elements a block. */
export function contextBlocks(lines: readonly string[]): Piece[] {
  if (lines.length === 0) return [];
  const line = oneLine(lines, SLACK_LIMITS.contextElementText);
  if (line !== undefined)
    return line === "" ? [] : [{ block: { type: "context", elements: [mrkdwn(line)] }, items: 1 }];
  const packed = packLines(lines, SLACK_LIMITS.contextElementText);
  return chunk(packed, SLACK_LIMITS.contextElements).map((group) => ({
    block: { type: "context", elements: group.map((p) => mrkdwn(p.text)) },
    items: group.reduce((sum, p) => sum + p.count, 0),
  }));
}

export function headerBlock(title: string): Piece {
  const text = truncate(title.trim(), SLACK_LIMITS.headerText) || ELLIPSIS;
  return { block: { type: "header", text: { type: "plain_text", text, emoji: true } }, items: 0 };
}

/** Every text a block carries. */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "header":
      return [block.text.text];
    case "section":
      return [...(block.text ? [block.text.text] : []), ...(block.fields ?? []).map((f) => f.text)];
    case "context":
      return block.elements.map((e) => e.text);
    default:
      // An actions block (buttons and menus, actionsBlock.ts) has its own limits there.
      return [];
  }
}

/** The characters of every text a block carries (blockTexts' lengths, without the arrays). */
export function blockTextLength(block: Block): number {
  let sum = 0;
  switch (block.type) {
    case "header":
      return length(block.text.text);
    case "section":
      if (block.text) sum += length(block.text.text);
      if (block.fields) for (const field of block.fields) sum += length(field.text);
      return sum;
    case "context":
      for (const element of block.elements) sum += length(element.text);
      return sum;
    default:
      return 0;
  }
}

export function blocksTextLength(blocks: readonly Block[]): number {
  let sum = 0;
  for (const block of blocks) sum += blockTextLength(block);
  return sum;
}

/**
 * A part of a reply, in reading order. `drop` ranks what goes first when the message is too big:
 * the highest rank first, the last block of a part first; 0 only when nothing else is left
 * (warnings, the error); below 0 never (the title). `last` keeps a part at the very end (the hint)
 * with the "…and N more" line before it.
 */
export interface Part {
  pieces: Piece[];
  drop: number;
  last?: boolean;
}

/**
 * The blocks of `parts`, inside Slack's block count and total text budget: drops the
 * lowest-ranked blocks and says how many things were left out with one `more(count)` line.
 */
export function fitParts(parts: readonly Part[], more: (count: number) => string): Block[] {
  // Most replies fit as they are: their blocks in order, the `last` parts at the end.
  let count = 0;
  let text = 0;
  let lastBefore = false;
  for (const part of parts) {
    if (part.pieces.length === 0) continue;
    if (part.last) lastBefore = true;
    else if (lastBefore) {
      count = Number.POSITIVE_INFINITY;
      break;
    }
    count += part.pieces.length;
    for (const piece of part.pieces) text += blockTextLength(piece.block);
  }
  if (count <= SLACK_LIMITS.blocksPerMessage && text <= SLACK_LIMITS.blocksTextBudget) {
    const blocks: Block[] = [];
    for (const part of parts) for (const piece of part.pieces) blocks.push(piece.block);
    return blocks;
  }
  const kept = parts.map((p) => extended(p, { pieces: [...p.pieces] })).filter((p) => p.pieces.length > 0);
  let omitted = 0;
  const assemble = (): Block[] => {
    const marker = omitted > 0 ? contextBlocks([more(omitted)]).map((p) => p.block) : [];
    const body = kept.filter((p) => !p.last).flatMap((p) => p.pieces.map((x) => x.block));
    const tail = kept.filter((p) => p.last).flatMap((p) => p.pieces.map((x) => x.block));
    return [...body, ...marker, ...tail];
  };
  const fits = (blocks: Block[]) =>
    blocks.length <= SLACK_LIMITS.blocksPerMessage &&
    blocksTextLength(blocks) <= SLACK_LIMITS.blocksTextBudget;

  let blocks = assemble();
  while (!fits(blocks)) {
    const rank = Math.max(...kept.map((p) => p.drop));
    if (rank < 0) break;
    let index = kept.length - 1;
    while (index >= 0 && kept[index]?.drop !== rank) index -= 1;
    const part = kept[index];
    const piece = part?.pieces.pop();
    if (!part || !piece) break;
    omitted += piece.items;
    if (part.pieces.length === 0) kept.splice(index, 1);
    blocks = assemble();
  }
  return blocks.slice(0, SLACK_LIMITS.blocksPerMessage);
}
