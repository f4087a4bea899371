/**
 * What *Estimate compute* reads of someone's message: the message without what addresses people
 * (mentions of users, roles, channels, `@everyone`/`@here` on Discord, `<!channel>` on Slack, and
 * a `cc` before them), so "…with 512 H100s, cc <@U123>" reads like "…with 512 H100s".
 */
const MENTIONS = /<[@!#][^<>\s]*>|@(?:everyone|here)\b/g;
const CC = /(?:^|\s)cc:?(?=\s|$)/gi;

export function messageQuestion(text: string): string {
  if (!text.includes("<") && !text.includes("@") && !/cc/i.test(text)) return text.trim();
  return text.replace(MENTIONS, " ").replace(CC, " ").replace(/\s+/g, " ").trim();
}
