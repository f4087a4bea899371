import { noTextReply } from "../conversation/answer.ts";
import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";

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

/**
 * The answer to *Estimate compute* on a message whose question read as `text`: a message with
 * nothing to read is refused as such (the command layer answers empty text with help); any other
 * reply, the rate limit's included, as it is.
 */
export function estimateReply(text: string, reply: Reply, lang: Lang): Reply {
  return text.trim() === "" && reply.ok && reply.command === "help" ? noTextReply(reply.lang ?? lang) : reply;
}
