/**
 * Slack's text conventions both ways. Out: `&`, `<` and `>` are the only characters Slack wants
 * escaped in mrkdwn (docs.slack.dev, "Formatting message text": escaping); escaping them also
 * keeps anything a user typed (`<!channel>`, `<@U…>`) from turning into a ping or a link when it
 * is echoed back. In: Slack sends message text escaped the same way, with mentions and links
 * as `<@U123>`, `<#C123|name>`, `<https://…|label>`.
 */
// Three `includes` scans find the rare special character five times faster than a /[&<>]/ test
// (a regex call per string, for every label, value and formula of every answer).
const hasSpecial = (text: string): boolean => text.includes("&") || text.includes("<") || text.includes(">");

export const escapeMrkdwn = (text: string): string =>
  hasSpecial(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;

/** Bold; an asterisk inside would end it early, so it becomes the look-alike ∗ (U+2217). */
export function bold(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const escaped = escapeMrkdwn(trimmed);
  return `*${escaped.includes("*") ? escaped.replace(/\*/g, "∗") : escaped}*`;
}

/** Inline code; a backtick inside cannot close it early, so it becomes a look-alike. */
export function code(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const escaped = escapeMrkdwn(trimmed);
  return `\`${escaped.includes("`") ? escaped.replace(/`/g, "ˋ") : escaped}\``;
}

/** What a link's target cannot hold as it is: `&`, `<`, `>` and `|`. */
const linkUnsafe = (url: string): boolean => hasSpecial(url) || url.includes("|");

/** `<url|title>`; `|` and `>` cannot appear inside either part, so they are escaped or replaced. */
export function link(url: string, title: string): string {
  const target = linkUnsafe(url)
    ? url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C")
    : url;
  const label = escapeMrkdwn(title.trim() || url);
  return `<${target}|${label.includes("|") ? label.replace(/\|/g, "¦") : label}>`;
}

/** Slack's formatting marks (bold, italic, strikethrough, code) and the look-alike each becomes when inert. */
const LOOK_ALIKE: Readonly<Record<string, string>> = { "*": "∗", _: "ˍ", "~": "∼", "`": "ˋ" };
const HAS_MARK = /[*_~`]/;
/** A letter or digit of a word, around which Slack takes no mark as formatting (`6*175B*300B`, `model_type`). */
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Whether the mark at `at` could open a span: after a word's edge, before text (a code span: anywhere). */
const opens = (text: string, at: number): boolean =>
  !isSpace(text[at + 1]) && (text[at] === "`" || !isWordChar(text[at - 1]));
/** Whether the mark at `at` could close a span: after text, before a word's edge (a code span: anywhere). */
const closes = (text: string, at: number): boolean =>
  at > 0 && !isSpace(text[at - 1]) && (text[at] === "`" || !isWordChar(text[at + 1]));

/**
 * `text` (already escaped) with every mark that could pair up into Slack formatting (`*bold*`,
 * `_italic_`, `~struck~`, `` `code` ``) made a look-alike, so a typed word quoted in a reply (an
 * unknown GPU, a struck-through word left out) shows as typed instead of formatting the bot's
 * message. A mark inside a word or with nothing to pair with stays as it is: the bot's own
 * examples (`e.g. 6*175B*300B`, `N* = √(C/120)`) are unchanged and can still be copied.
 */
export function inertMarks(text: string): string {
  if (!HAS_MARK.test(text)) return text;
  // Per mark: where the first span could open, where the last could close.
  const firstOpen: Record<string, number> = {};
  const lastClose: Record<string, number> = {};
  for (let at = 0; at < text.length; at++) {
    const mark = text[at] as string;
    if (!(mark in LOOK_ALIKE)) continue;
    if (firstOpen[mark] === undefined && opens(text, at)) firstOpen[mark] = at;
    if (closes(text, at)) lastClose[mark] = at;
  }
  let out = "";
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const mark = text[at] as string;
    const look = LOOK_ALIKE[mark];
    if (look === undefined) continue;
    const open = firstOpen[mark];
    const close = lastClose[mark];
    if (open === undefined || close === undefined || close <= open) continue;
    const pairs = (at < close && opens(text, at)) || (at > open && closes(text, at));
    if (!pairs) continue;
    out += text.slice(from, at) + look;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The most of a Slack message the reader looks at; the grammar refuses lines far shorter. */
export const MAX_SLACK_TEXT = 4_000;

const UNESCAPE: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/** A user mention as Slack sends one (`@U0123`, `@W0123|ann`): its id. */
const USER_MENTION = /^@([UW][A-Z0-9]+)(?:\|.*)?$/s;
/** A channel mention as Slack sends one (`#C0123|ml-infra`): its id. Read as its label, `ml-infra` was refused as unknown. */
const CHANNEL_MENTION = /^#([CG][A-Z0-9]+)(?:\|.*)?$/s;

/** The message's address: the bot's user id (undefined when not known: every user mention is the address). */
export interface Address {
  botUserId: string | undefined;
}

/**
 * What one `<…>` entity reads as. The mention addressing the bot nothing; any other user mention
 * stays one `<@U…>` word, which the reader skips and says so, as on Discord and in the terminal
 * (dropped here, it was left out unsaid); so does a channel mention (`<#C…>`, as on Discord).
 * A labelled link reads as its label (what was typed: Slack links `arxiv.org` as
 * `<http://arxiv.org|arxiv.org>`), else its target.
 */
function entityText(content: string, address: Address | undefined): string {
  const mention = USER_MENTION.exec(content);
  if (mention) {
    const id = mention[1] as string;
    const addressing = address !== undefined && (address.botUserId === undefined || address.botUserId === id);
    return addressing ? " " : ` <@${id}> `;
  }
  const channel = CHANNEL_MENTION.exec(content);
  if (channel) return ` <#${channel[1]}> `;
  const bar = content.indexOf("|");
  if (bar !== -1) return content.slice(bar + 1);
  return content.startsWith("mailto:") ? content.slice("mailto:".length) : content;
}

/**
 * What the user typed, from Slack's message or slash-command text: in a message addressed to the
 * bot (`address`, an app mention), the bot's own mention removed; any other user or channel mention kept as
 * one word; other `<…>` entities replaced by their label or target; entities unescaped, spaces
 * collapsed. One pass over at most MAX_SLACK_TEXT characters: each
 * character is looked at a bounded number of times (a run of 40,000 `<` once cost 1.5 s in
 * backtracking regexes).
 */
export function fromSlackText(text: string, address?: Address): string {
  const input = text.length > MAX_SLACK_TEXT ? text.slice(0, MAX_SLACK_TEXT) : text;
  let out = "";
  let at = 0;
  while (at < input.length) {
    const open = input.indexOf("<", at);
    if (open === -1) {
      out += input.slice(at);
      break;
    }
    const close = input.indexOf(">", open + 1);
    if (close === -1) {
      // No entity can close after here: the rest is text.
      out += input.slice(at);
      break;
    }
    out += input.slice(at, open) + entityText(input.slice(open + 1, close), address);
    at = close + 1;
  }
  // Most questions have no entity to unescape: no regex pass for them.
  const unescaped = out.includes("&")
    ? out.replace(/&(?:lt|gt|amp);/g, (entity) => UNESCAPE[entity] ?? entity)
    : out;
  return unescaped.replace(/\s+/g, " ").trim();
}
