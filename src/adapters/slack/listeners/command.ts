import type { App } from "@slack/bolt";
import { answer } from "../../../commands/answer.ts";
import { toSlackMessage } from "../blocks.ts";
import { fromSlackText } from "../mrkdwn.ts";
import type { ListenerDeps } from "./deps.ts";

/** `/flops`, and a renamed copy such as `/flops-staging` for a second app in one workspace. */
export const SLASH_COMMAND = /^\/flops(?:[-_][\w-]*)?$/;

/**
 * `/flops <text>`: acknowledge at once with an empty body (Slack waits 3 seconds), then answer
 * through response_url: in the channel, or only to the asker for errors, help and `private`.
 */
export function registerSlashCommand(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    await deps.inflight.run(async () => {
      const reply = answer({
        platform: "slack",
        userId: command.user_id,
        lang: deps.lang,
        text: fromSlackText(command.text ?? ""),
      });
      const message = toSlackMessage(reply, deps.lang);
      try {
        await respond({
          response_type: reply.ephemeral ? "ephemeral" : "in_channel",
          blocks: message.blocks,
          text: message.text,
        });
      } catch (err) {
        deps.logger.error(
          { err, source: "command", command: reply.command },
          "could not post to response_url",
        );
      }
    });
  });
}
