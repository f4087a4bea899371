import type { AllMiddlewareArgs, App, SlackShortcut, ViewSubmitAction } from "@slack/bolt";
import { askOfQuestion } from "../../../conversation/answer.ts";
import { langSchema } from "../../../i18n/lang.ts";
import { interactiveMessage } from "../conversation.ts";
import { FORM_CALLBACK, formView, readForm } from "../views.ts";
import { type ListenerDeps, respondsToSlack, teamOf } from "./deps.ts";

/** `/flops form` (the slash command's text). */
export const isFormRequest = (text: string | undefined): boolean => /^\s*form\s*$/i.test(text ?? "");

/** Opens the form for a trigger (a slash command or a shortcut; valid for 3 seconds). */
export async function openForm(
  client: AllMiddlewareArgs["client"],
  triggerId: string,
  deps: ListenerDeps,
): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: formView(deps.lang) as never });
  } catch (err) {
    deps.logger.error({ err, source: "form" }, "could not open the form");
  }
}

/**
 * The form: the global shortcut (and `/flops form`, command.ts) opens it; a submission with bad
 * fields is answered `response_action: "errors"` (each message under its field, the modal stays
 * open); a good one closes it and answers in the chosen conversation (its response_url).
 */
export function registerForm(app: App, deps: ListenerDeps): void {
  app.shortcut<SlackShortcut>(
    { callback_id: FORM_CALLBACK, type: "shortcut" },
    async ({ ack, shortcut, client }) => {
      await ack();
      await openForm(client, shortcut.trigger_id, deps);
    },
  );

  app.view<ViewSubmitAction>(FORM_CALLBACK, async ({ ack, view, body, respond }) => {
    const chosen = langSchema.safeParse(view.private_metadata);
    const lang = chosen.success ? chosen.data : deps.lang;
    const read = readForm(view.state.values as never, lang, body.user.id);
    if ("errors" in read) {
      await ack({ response_action: "errors", errors: read.errors });
      return;
    }
    await ack();
    if (!respondsToSlack(deps, body, "form")) return;
    await deps.inflight.run(async () => {
      const reply = await deps.answer(
        askOfQuestion(read.question, "slack", body.user.id, lang, teamOf(body)),
      );
      const message = await interactiveMessage(deps, reply, read.question);
      try {
        await respond({ ...message, response_type: reply.ephemeral ? "ephemeral" : "in_channel" });
      } catch (err) {
        deps.logger.error({ err, source: "form" }, "could not answer the form");
      }
    });
  });
}
