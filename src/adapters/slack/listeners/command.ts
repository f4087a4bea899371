import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { endOfTurn } from "../../../app/endOfTurn.ts";
import { registry } from "../../../commands/registry.ts";
import { questionOfReply } from "../../../conversation/followUp.ts";
import type { Reply } from "../../../reply/reply.ts";
import { interactiveMessage } from "../conversation.ts";
import { fromSlackText } from "../mrkdwn.ts";
import { chartMissing, chartNotPosted } from "../upload.ts";
import { type ListenerDeps, respondsToSlack } from "./deps.ts";
import { formRefusal, formRequest, openForm } from "./form.ts";

/** `/flops`, and a renamed copy such as `/flops-staging` for a second app in one workspace. */
export const SLASH_COMMAND = /^\/flops(?:[-_][\w-]*)?$/;

/** An answer ready within this time goes back in the acknowledgement itself. */
export const INLINE_ANSWER_MS = 1_500;

const late = Symbol("late");

/**
 * `/flops <text>`: Slack waits 3 seconds for the acknowledgement. An answer ready within
 * INLINE_ANSWER_MS (every answer, in practice: the command layer takes well under a
 * millisecond) is the acknowledgement's body, one round trip as Slack recommends. One that is
 * not is acknowledged empty at once and posted to response_url when it is ready. In the
 * channel, or only to the asker for errors, help and `private`.
 */
export function registerSlashCommand(app: App, deps: ListenerDeps): void {
  const listener = slashCommandListener(deps);
  // Most requests are `/flops`: answered from a global middleware, ahead of Bolt's listener
  // dispatch, which runs every registered listener's matchers on every request (seven listeners
  // for the other kinds, each a few microseconds of middleware for nothing). The match is Bolt's
  // own for app.command(SLASH_COMMAND); anything else goes on to the listeners.
  app.use(async (args) => {
    if (isSlashCommand(args)) {
      await listener(args);
      return;
    }
    await args.next();
  });
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** What Bolt's app.command(SLASH_COMMAND) matches: a slash command whose name fits. */
export const isSlashCommand = (args: AnyMiddlewareArgs & AllMiddlewareArgs): args is CommandArgs =>
  "command" in args && !!args.command && SLASH_COMMAND.test(args.command.command);

function slashCommandListener(deps: ListenerDeps): (args: CommandArgs) => Promise<void> {
  return async ({ command, ack, respond, client }) => {
    const form = formRequest(command.text, deps.lang);
    if (form && "lang" in form) {
      // `/flops form`: the form opens in a modal (views.ts), the acknowledgement stays empty.
      await ack();
      await openForm(client, command.trigger_id, deps, form.lang);
      return;
    }
    // `/flops form lang=fr`: the language is what is wrong, and the grammar says so.
    const text = form ? form.refuse : fromSlackText(command.text ?? "");
    // The commands that arrived in this turn are answered together, once it has read them all.
    await endOfTurn();
    const asked = Promise.resolve(
      deps.answer({
        platform: "slack",
        userId: command.user_id,
        teamId: command.team_id,
        lang: deps.lang,
        // Slack tells no user's language: the workspace default is no one's choice (respond.ts).
        langFromText: true,
        text,
      }),
    );
    const answered = form ? asked.then(formRefusal) : asked;
    // The buttons under an answer carry its question (conversation.ts); a refusal has none.
    let replied: Reply | undefined;
    const message = answered.then((reply) => {
      replied = reply;
      return interactiveMessage(
        deps,
        reply,
        reply.ok ? questionOfReply(registry, reply, text, { asker: command.user_id }) : undefined,
      );
    });
    // Text first: the chart is drawn and uploaded only once the answer is out, and only when the
    // asker asked for one (most answers: nothing to run or to track). Called once the message is
    // made, so the reply is known by then. A slash command works in a channel the bot is not in,
    // where Slack refuses the file: the asker is told so, privately, instead of nothing coming.
    const chartAfter = () =>
      deps.chart && replied?.chart
        ? deps.inflight.run(async () => {
            const answered = replied as Reply;
            const posted = await deps.chart?.(client, answered, { channel: command.channel_id });
            if (!chartMissing(posted) || !respondsToSlack(deps, command, "chart")) return;
            try {
              await respond({
                ...deps.toMessage(chartNotPosted(answered, posted)),
                response_type: "ephemeral",
                replace_original: false,
              });
            } catch (err) {
              deps.logger.error({ err, source: "chart" }, "could not post to response_url");
            }
          })
        : undefined;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<typeof late>((resolve) => {
      timer = setTimeout(() => resolve(late), deps.inlineAnswerMs ?? INLINE_ANSWER_MS);
    });
    const first = await Promise.race([message, deadline]);
    clearTimeout(timer);
    if (first !== late) {
      await ack(first);
      void chartAfter();
      return;
    }
    await ack();
    if (!respondsToSlack(deps, command, "command")) return;
    await deps.inflight.run(async () => {
      const ready = await message;
      try {
        await respond(ready);
      } catch (err) {
        deps.logger.error({ err, source: "command" }, "could not post to response_url");
      }
    });
    await chartAfter();
  };
}
