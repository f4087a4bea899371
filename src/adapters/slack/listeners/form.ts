import type { AllMiddlewareArgs, App, SlackShortcut, ViewSubmitAction } from "@slack/bolt";
import { askOfQuestion } from "../../../conversation/answer.ts";
import { extended } from "../../../core/extended.ts";
import { type Lang, langSchema, resolveLang } from "../../../i18n/lang.ts";
import { text } from "../../../reply/build.ts";
import type { Reply } from "../../../reply/reply.ts";
import { interactiveMessage } from "../conversation.ts";
import { FORM_CALLBACK, formView, readForm } from "../views.ts";
import { type ListenerDeps, respondsToSlack, teamOf } from "./deps.ts";

const FORM_REQUEST = /^\s*(?:form(?:\s+lang=(\S+))?|lang=(\S+)\s+form)\s*$/i;

/**
 * `/flops form`, and `/flops form lang=zh-TW` (either order) for the form in a language other than
 * the workspace's (the slash command's text): the form's language; or, for a `lang=` the bot does
 * not speak, the text the grammar refuses it from (`lang=fr`: "“fr” is not a language I speak");
 * undefined when the text asks for something else.
 */
export function formRequest(
  text: string | undefined,
  fallback: Lang,
): { lang: Lang } | { refuse: string } | undefined {
  const match = FORM_REQUEST.exec(text ?? "");
  if (!match) return undefined;
  const asked = match[1] ?? match[2];
  if (asked === undefined) return { lang: fallback };
  // The grammar's own reading of `lang=` (respond.ts), so a tag it speaks (`zh-Hant`, `en-US`) opens the form.
  const lang = resolveLang(asked);
  return lang ? { lang } : { refuse: `lang=${asked}` };
}

/**
 * `/flops form lang=fr` refused as the grammar refuses `lang=fr`, but as a refusal of the form with
 * the form's own example to copy: the grammar's is help's title and `Try: /flops help`, no form.
 * Any other reply (the rate limit's) is left as it is.
 */
export const formRefusal = (reply: Reply): Reply =>
  reply.error?.key !== "args.badLang"
    ? reply
    : extended(reply, {
        title: text("error.title"),
        hint: text("error.example", { example: "/flops form lang=zh-TW" }),
      });

/** Opens the form for a trigger (a slash command or a shortcut; valid for 3 seconds). */
export async function openForm(
  client: AllMiddlewareArgs["client"],
  triggerId: string,
  deps: ListenerDeps,
  lang: Lang = deps.lang,
): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: formView(lang) as never });
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
    // A submission without its fields' state reads as an empty form: each required field says so.
    const values = (view as { state?: { values?: unknown } | null }).state?.values;
    const read = readForm(
      (typeof values === "object" && values !== null ? values : {}) as never,
      lang,
      body.user.id,
    );
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
