import type { App, MessageShortcut } from "@slack/bolt";
import { registry } from "../../../commands/registry.ts";
import { questionOfReply } from "../../../conversation/followUp.ts";
import { estimateReply, messageQuestion } from "../../estimate.ts";
import { interactiveMessage } from "../conversation.ts";
import { fromSlackText } from "../mrkdwn.ts";
import { type ListenerDeps, respondsToSlack, teamOf } from "./deps.ts";

/** The message shortcut's callback_id (slack/manifest.yml, "Estimate compute"). */
export const ESTIMATE_CALLBACK = "estimate_compute";

/**
 * "Estimate compute" on someone's message (a `message_action`): acknowledged at once, then the
 * message's text read as a question with the same reader as `/flops`, answered only to the
 * presser (response_url, ephemeral) with the reading shown and a Share in channel button.
 */
export function registerShortcuts(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: ESTIMATE_CALLBACK, type: "message_action" },
    async ({ ack, shortcut, body, respond }) => {
      await ack();
      if (!respondsToSlack(deps, body, "shortcut")) return;
      await deps.inflight.run(async () => {
        // The message's text as Slack sends it; a message without one (an attachment, a file) asks nothing.
        const typed = (shortcut.message as { text?: unknown } | undefined)?.text;
        const text = fromSlackText(messageQuestion(typeof typed === "string" ? typed : ""));
        const userId = shortcut.user.id;
        const teamId = teamOf(shortcut);
        const answered = await deps.answer({
          platform: "slack",
          userId,
          ...(teamId ? { teamId } : {}),
          lang: deps.lang,
          langFromText: true,
          text,
        });
        const reply = estimateReply(text, answered, deps.lang);
        const question = reply.ok ? questionOfReply(registry, reply, text, { asker: userId }) : undefined;
        const message = await interactiveMessage(
          deps,
          { ...reply, ephemeral: true },
          question && { ...question, private: true },
        );
        try {
          await respond({ ...message, response_type: "ephemeral" });
        } catch (err) {
          deps.logger.error({ err, source: "shortcut" }, "could not answer a message shortcut");
        }
      });
    },
  );
}
