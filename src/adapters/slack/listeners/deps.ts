import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Ask } from "../../../app/answer.ts";
import type { Inflight } from "../../../app/inflight.ts";
import type { ContextStore } from "../../../conversation/store.ts";
import type { Lang } from "../../../i18n/lang.ts";
import type { Reply } from "../../../reply/reply.ts";
import type { EventDedupe } from "../../dedupe.ts";
import type { SlackMessage } from "../limits.ts";
import { responseUrlCheck, responseUrlOf } from "../responseUrl.ts";
import type { UploadTarget } from "../upload.ts";

/** A reply as Slack takes it: in the channel or only to the asker, Block Kit and a text fallback. */
export type SlackResponse = SlackMessage & { response_type: "ephemeral" | "in_channel" };

/**
 * What every listener needs: the workspace language, a logger (for Slack failures; answer()
 * logs the answers themselves), the in-flight tracker, and the command layer.
 */
export interface ListenerDeps {
  lang: Lang;
  logger: Logger;
  inflight: Inflight;
  answer: (ask: Ask) => Reply | Promise<Reply>;
  toMessage: (reply: Reply) => SlackResponse;
  /**
   * After the text: the chart the asker asked for, uploaded where the answer went (upload.ts);
   * `false` when Slack refused it (the asker is told privately); anything else, posted or nothing to post.
   */
  chart?: (client: webApi.WebClient, reply: Reply, target: UploadTarget) => Promise<unknown>;
  /** How long a slash command's answer may take to go back in the acknowledgement. */
  inlineAnswerMs?: number;
  /** Event ids already answered (Slack's retries, replays), shared by replicas with Redis. */
  dedupe: EventDedupe;
  /** Conversations: threads' last questions and questions too long for a button (src/conversation). */
  store?: ContextStore;
  /** Whether a response_url is Slack's (responseUrl.ts); the default knows Slack's hosts only. */
  isResponseUrl?: (url: unknown) => boolean;
  /**
   * Whom a mention's answer already told to slow down in the last minute: each notice is a Web API
   * call (a command's goes back in its acknowledgement), so a flood of mentions is told once.
   */
  limitSaid?: EventDedupe;
}

const slackOnly = responseUrlCheck();

/**
 * Whether `respond()` may post for this request: its response_url is Slack's. A request naming
 * any other URL is answered nowhere (and logged). Asked before any work, except by the slash
 * command, which asks only when its answer missed the inline acknowledgement (no URL used then).
 */
export function respondsToSlack(deps: ListenerDeps, body: unknown, source: string): boolean {
  if ((deps.isResponseUrl ?? slackOnly)(responseUrlOf(body))) return true;
  deps.logger.warn({ source }, "a response_url that is not Slack's: nothing posted");
  return false;
}

/**
 * The workspace a person asks from, the rate limit's team (app/rateLimit.ts): the payload's team,
 * or, in an Enterprise Grid org-wide install where an interactive payload's `team` is null, the
 * user's `team_id` (as the slash command's `team_id` names it), so one person's limit is one key
 * whether they type, press, submit a form or use a shortcut.
 */
export function teamOf(body: {
  team?: { id?: string } | null;
  user?: { team_id?: string } | null;
}): string | undefined {
  return body.team?.id || body.user?.team_id || undefined;
}
