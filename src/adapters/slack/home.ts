import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { registry } from "../../commands/registry.ts";
import { askOfQuestion } from "../../conversation/answer.ts";
import { decodeQuestion, encodeQuestion, questionText } from "../../conversation/question.ts";
import { recentQuestions } from "../../conversation/recent.ts";
import { t } from "../../i18n/translate.ts";
import { ACTION, INTERACTIVE_LIMITS } from "./actionsBlock.ts";
import { interactiveMessage } from "./conversation.ts";
import { truncate } from "./limits.ts";
import { type ListenerDeps, teamOf } from "./listeners/deps.ts";
import { code } from "./mrkdwn.ts";

/**
 * The App Home tab: examples (each command's first, from its declaration), the grammar in
 * short, and the user's last few questions as buttons that answer them again (in the app's
 * messages). Published on every `app_home_opened`.
 */
export function registerHome(app: App, deps: ListenerDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const recent = deps.store ? await recentQuestions(deps.store, event.user) : [];
    const lang = deps.lang;
    const examples = registry.commands
      .filter((c) => c.name !== "help")
      .map((c) => `• ${code(`/flops ${c.examples[0] ?? c.name}`)}`)
      .join("\n");
    const asks = recent
      .map((q) => ({ q, value: encodeQuestion(q) }))
      .filter(({ value }) => value.length <= INTERACTIVE_LIMITS.buttonValue);
    const blocks = [
      { type: "header", text: { type: "plain_text", text: t(lang, "conversation.home.title"), emoji: true } },
      {
        type: "section",
        text: { type: "mrkdwn", text: `*${t(lang, "conversation.home.examples")}*\n${examples}` },
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${t(lang, "conversation.home.grammar")}*\n${code("/flops [command] <params> <tokens> [key=value …] [explain] [private] [lang=zh-TW]")}\n${t(lang, "conversation.home.followUps")}`,
        },
      },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${t(lang, "conversation.home.recent")}*${asks.length === 0 ? `\n${t(lang, "conversation.home.none")}` : ""}`,
        },
      },
      ...(asks.length > 0
        ? [
            {
              type: "actions",
              block_id: "flops_recent",
              elements: asks.map(({ q, value }, i) => ({
                type: "button",
                action_id: `${ACTION.ask}_${i}`,
                text: {
                  type: "plain_text",
                  text: truncate(questionText(q), INTERACTIVE_LIMITS.buttonText),
                  emoji: true,
                },
                value,
              })),
            },
          ]
        : []),
    ];
    try {
      await client.views.publish({ user_id: event.user, view: { type: "home", blocks } as never });
    } catch (err) {
      deps.logger.error({ err, source: "home" }, "could not publish the App Home");
    }
  });
}

/** A recent question's button on the App Home: answered again in the app's messages with the user. */
export function registerHomeActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: /^flops_ask_\d+$/ },
    async ({ ack, action, body, client }) => {
      await ack();
      const question = decodeQuestion(action.value ?? "");
      if (!question) return;
      await deps.inflight.run(async () => {
        // The person's one rate limit: in an org-wide install the press's `team` is null and the
        // workspace is the user's (deps.ts), as for every other press.
        const reply = await deps.answer(
          askOfQuestion(question, "slack", body.user.id, deps.lang, teamOf(body)),
        );
        const { blocks, text } = await interactiveMessage(deps, reply, question);
        try {
          await client.chat.postMessage({ channel: body.user.id, blocks: blocks as never, text });
        } catch (err) {
          deps.logger.error({ err, source: "home" }, "could not answer a recent question");
        }
      });
    },
  );
}
