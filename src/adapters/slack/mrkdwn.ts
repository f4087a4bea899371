/**
 * Slack's text conventions both ways. Out: `&`, `<` and `>` are the only characters Slack wants
 * escaped in mrkdwn (docs.slack.dev, "Formatting message text": escaping); escaping them also
 * keeps anything a user typed (`<!channel>`, `<@U…>`) from turning into a ping or a link when it
 * is echoed back. In: Slack sends message text escaped the same way, with mentions and links
 * as `<@U123>`, `<#C123|name>`, `<https://…|label>`.
 */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Bold; an asterisk inside would end it early, so it becomes the look-alike ∗ (U+2217). */
export const bold = (text: string): string =>
  text.trim() === "" ? "" : `*${escapeMrkdwn(text.trim()).replace(/\*/g, "∗")}*`;

/** Inline code; a backtick inside cannot close it early, so it becomes a look-alike. */
export const code = (text: string): string =>
  text.trim() === "" ? "" : `\`${escapeMrkdwn(text.trim()).replace(/`/g, "ˋ")}\``;

/** `<url|title>`; `|` and `>` cannot appear inside either part, so they are escaped or replaced. */
export function link(url: string, title: string): string {
  const target = url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
  const label = escapeMrkdwn(title.trim() || url).replace(/\|/g, "¦");
  return `<${target}|${label}>`;
}

/**
 * What the user typed, from Slack's message or slash-command text: mentions of users
 * (`<@U0123>`, `<@U0123|ann>`) removed, other `<…>` entities replaced by their label or target,
 * entities unescaped, spaces collapsed.
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<([^>|]*)\|([^>]*)>/g, (_, _target: string, label: string) => label)
    .replace(/<([^>]*)>/g, (_, target: string) => target.replace(/^mailto:/, ""))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
