import type { App } from "@slack/bolt";
import { extended } from "../../../core/extended.ts";
import { converse, interactiveMessage, threadKey } from "../conversation.ts";
import { fromSlackText } from "../mrkdwn.ts";
import { chartMissing, chartNotPosted } from "../upload.ts";
import type { ListenerDeps } from "./deps.ts";

/**
 * `@flopsbot 175B 300B`: the mention removed, the rest read as the text grammar, the answer
 * posted in the message's thread. Errors, help and `private` answers go to the asker alone
 * (chat.postEphemeral): in the thread when the mention was in one, else in the channel, where the
 * asker is looking (Slack shows an ephemeral message in a thread only once the thread exists, so
 * one under a mention with no replies would never be seen).
 */
export function registerMention(app: App, deps: ListenerDeps): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    // Slack's retries (whatever their reason) and replayed requests: answered once per event id,
    // across replicas. A retry after a timeout is answered when its first delivery never reached
    // the bot (a proxy's timeout, a replica going down), and dropped here when it was answered.
    if (body.event_id && !(await deps.dedupe.first(`slack:${body.event_id}`))) {
      deps.logger.debug({ source: "mention", eventId: body.event_id }, "skipped an event already answered");
      return;
    }
    await deps.inflight.run(async () => {
      const thread_ts = event.thread_ts ?? event.ts;
      // In a thread where flopsbot answered, a change alone re-answers the last question (conversation.ts).
      const turn = await converse(
        deps,
        {
          key: threadKey(event.channel, thread_ts),
          inThread: event.thread_ts !== undefined,
          userId: event.user ?? "",
          ...(body.team_id ? { teamId: body.team_id } : {}),
        },
        // The bot's mention is the address; anyone else's is a word the reader says it skipped.
        fromSlackText(event.text, { botUserId: context.botUserId ?? body.authorizations?.[0]?.user_id }),
      );
      const { reply } = turn;
      // Limited: said once a minute to the person, then nothing (no Web API call a mention in a flood).
      if (
        reply.error?.key === "rate.limited" &&
        deps.limitSaid &&
        !(await deps.limitSaid.first(`slack:limited:${body.team_id ?? ""}:${event.user ?? ""}`))
      )
        return;
      // Only its asker may see an error, help or a private answer: a mention with no user (a bot's,
      // a workflow's) has no one to show it to, and it is never posted for everyone instead.
      if (reply.ephemeral && !event.user) {
        deps.logger.debug(
          { source: "mention", command: reply.command },
          "a private reply with no one to show it to",
        );
        return;
      }
      const { blocks, text } = await interactiveMessage(deps, reply, turn.question);
      try {
        if (reply.ephemeral && event.user) {
          await client.chat.postEphemeral({
            channel: event.channel,
            user: event.user,
            ...(event.thread_ts === undefined ? {} : { thread_ts: event.thread_ts }),
            blocks,
            text,
          });
        } else {
          await client.chat.postMessage({
            channel: event.channel,
            thread_ts,
            // `share that with the channel`: the thread's answer shown in the channel too.
            reply_broadcast: turn.broadcast === true && event.thread_ts !== undefined,
            blocks,
            text,
            unfurl_links: false,
            unfurl_media: false,
          });
        }
      } catch (err) {
        deps.logger.error({ err, source: "mention", command: reply.command }, "could not post the answer");
        return;
      }
      // A `chart` follow-up asks for the last question's chart.
      const charted = turn.chart ? extended(reply, { chart: true }) : reply;
      const posted = await deps.chart?.(client, charted, { channel: event.channel, thread_ts });
      // Refused (the app installed without files:write): the asker is told, in the thread, privately.
      if (chartMissing(posted) && event.user) {
        const notice = deps.toMessage(chartNotPosted(charted, posted));
        await client.chat
          .postEphemeral({
            channel: event.channel,
            user: event.user,
            thread_ts,
            blocks: notice.blocks,
            text: notice.text,
          })
          .catch((err: unknown) =>
            deps.logger.error({ err, source: "mention" }, "could not say the chart was refused"),
          );
      }
    });
  });
}
