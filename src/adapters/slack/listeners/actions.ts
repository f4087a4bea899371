import { createHash } from "node:crypto";
import type { App, BlockAction, ButtonAction, StaticSelectAction } from "@slack/bolt";
import {
  askOfQuestion,
  contextLostReply,
  mayActOn,
  notYours,
  withChanges,
} from "../../../conversation/answer.ts";
import { otherLang, type Question } from "../../../conversation/question.ts";
import { questionOfValue } from "../../../conversation/store.ts";
import { langOfScript } from "../../../dispatch/respond.ts";
import { text } from "../../../reply/build.ts";
import type { Reply } from "../../../reply/reply.ts";
import { ACTION, BLOCK_PREFIX } from "../actionsBlock.ts";
import { interactiveMessage, threadKey } from "../conversation.ts";
import { chartMissing, chartNotPosted } from "../upload.ts";
import { type ListenerDeps, respondsToSlack, teamOf } from "./deps.ts";

const ACTIONS = new RegExp(`^(${Object.values(ACTION).join("|")})$`);

/** What a press asks for: the question changed by it, and what changed. */
function pressed(action: ButtonAction | StaticSelectAction, question: Question, lang: string) {
  switch (action.action_id) {
    case ACTION.gpu: {
      const gpu = (action as Partial<StaticSelectAction>).selected_option?.value;
      // A menu press with no card chosen (or not as text) changes nothing.
      if (typeof gpu !== "string") return { question, changes: [] };
      return { question: { ...question, options: { ...question.options, gpu } }, changes: [`gpu=${gpu}`] };
    }
    case ACTION.explain:
      return { question: { ...question, explain: true }, changes: ["explain"] };
    case ACTION.lang: {
      const to = otherLang(question.lang ?? (lang === "zh-TW" ? "zh-TW" : "en"));
      return { question: { ...question, lang: to }, changes: [`lang=${to}`] };
    }
    case ACTION.share: {
      const { private: _private, ...shared } = question;
      return { question: shared, changes: [] };
    }
    default:
      return { question, changes: [] };
  }
}

/** The title (header block) of the answer a button was under; Slack sends no message for an ephemeral one. */
function answerTitle(body: BlockAction): string | undefined {
  const blocks = (body.message as { blocks?: unknown } | undefined)?.blocks;
  if (!Array.isArray(blocks)) return undefined;
  const header = blocks.find(
    (block): block is { text?: { text?: unknown } } =>
      typeof block === "object" && block !== null && block.type === "header",
  );
  const title = typeof header?.text === "object" && header.text !== null ? header.text.text : undefined;
  return typeof title === "string" && title.trim() !== "" ? title : undefined;
}

/** What a press carries as text (its question, or a reference to it); anything else carries nothing. */
const asText = (value: unknown): string => (typeof value === "string" ? value : "");

/** One private message's Share button: its message (channel and ts) and the question it carries. */
function shareKey(body: BlockAction, carried: string): string {
  const container = body.container as { message_ts?: string; channel_id?: string } | undefined;
  const digest = createHash("sha256").update(carried).digest("base64url");
  return `slack:share:${container?.channel_id ?? body.channel?.id ?? ""}:${container?.message_ts ?? ""}:${body.user.id}:${digest}`;
}

/**
 * The thread the pressed message is in, if any: a public message's own `thread_ts`, else the
 * container's (Slack sends no message for an ephemeral one, only where it is).
 */
function threadOf(body: BlockAction): string | undefined {
  const container = body.container as { thread_ts?: unknown } | undefined;
  const threadTs = body.message?.thread_ts ?? container?.thread_ts;
  return typeof threadTs === "string" && threadTs !== "" ? threadTs : undefined;
}

/**
 * The asker changed the thread's last answer in place (another GPU, Explain, the other language):
 * the thread's next follow-up changes what that answer now shows, not the question it replaced. A
 * press under an older answer of the thread, or a private one, leaves the thread's question as it is.
 */
async function keepInThread(
  deps: ListenerDeps,
  body: BlockAction,
  was: Question,
  now: Question,
): Promise<void> {
  const threadTs = (body.message as { thread_ts?: string } | undefined)?.thread_ts;
  const channel = body.channel?.id;
  if (!deps.store || !threadTs || !channel || now.private) return;
  const key = threadKey(channel, threadTs);
  const kept = await deps.store.get(key);
  if (kept && sameQuestion(kept, was)) await deps.store.set(key, now);
}

/** The same question asked (its language aside: the buttons carry the answer's). */
const sameQuestion = (a: Question, b: Question): boolean =>
  a.command === b.command &&
  Boolean(a.explain) === Boolean(b.explain) &&
  JSON.stringify(a.options) === JSON.stringify(b.options);

/**
 * The buttons and menu under an answer (Block Kit `block_actions`). Acknowledged at once, then:
 * the GPU menu, Explain and the language toggle re-answer in place (response_url,
 * replace_original) for the asker, or privately for anyone else who presses them on a public
 * answer; Share in channel posts the private answer in the channel and removes the private
 * copy; Chart hands the answer to the charts module. Every press goes through the command
 * layer, so it is rate-limited like a command. A question whose stored context is gone gets
 * "ask the whole question again".
 */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction | StaticSelectAction>>(
    { action_id: ACTIONS },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      if (!respondsToSlack(deps, body, "action")) return;
      const presser = body.user.id;
      await deps.inflight.run(async () => {
        const carried =
          action.type === "static_select"
            ? asText(action.block_id).slice(BLOCK_PREFIX.length)
            : asText((action as ButtonAction).value);
        const question = deps.store && carried ? await questionOfValue(carried, deps.store) : undefined;
        const privately = async (reply: Reply) =>
          respond({ ...deps.toMessage(reply), response_type: "ephemeral", replace_original: false });
        try {
          if (!question) {
            // The answer's title is the last reading, and its script the asker's language (a
            // Chinese answer's lost question is told so in Chinese, as on Discord).
            const title = answerTitle(body);
            await privately(
              contextLostReply("compute", title ? langOfScript(title, deps.lang) : deps.lang, title),
            );
            return;
          }
          if (!mayActOn(question, presser)) {
            await privately(notYours(question));
            return;
          }
          // A private answer is shared once: a double click (two presses of one button) posts one copy.
          if (action.action_id === ACTION.share && !(await deps.dedupe.first(shareKey(body, carried))))
            return;
          const change = pressed(action, question, deps.lang);
          const asked = change.question;
          const reply = withChanges(
            await deps.answer(askOfQuestion(asked, "slack", presser, deps.lang, teamOf(body))),
            asked,
            change.changes,
          );
          if (!reply.ok) {
            await privately(reply);
            return;
          }
          if (action.action_id === ACTION.chart) {
            // A chart is a file in the channel: never for a private answer, and posted only by its
            // asker; anyone else gets the answer privately, saying so.
            if (question.private || (question.asker !== undefined && question.asker !== presser)) {
              const why = question.private ? "conversation.chartPrivate" : "conversation.chartOthers";
              await privately({ ...reply, notes: [...reply.notes, text(why)] });
              return;
            }
            const channel = body.channel?.id;
            if (deps.chart && channel) {
              const threadTs = body.message?.thread_ts ?? body.message?.ts;
              const posted = await deps.chart(
                client,
                { ...reply, chart: true },
                { channel, ...(threadTs ? { thread_ts: threadTs } : {}) },
              );
              // Refused (a channel the bot was never invited to, where a slash command answered): said privately.
              if (chartMissing(posted)) await privately(chartNotPosted(reply, posted));
            }
            return;
          }
          const message = await interactiveMessage(deps, reply, asked);
          if (action.action_id === ACTION.share) {
            // A private answer in a thread is shared in that thread, where it was asked: a response_url
            // message without thread_ts lands in the channel itself, away from the conversation.
            const threadTs = threadOf(body);
            // Shared in the thread, it is the thread's last answer: the next follow-up changes it.
            const channel = body.channel?.id;
            if (threadTs && channel && deps.store) await deps.store.set(threadKey(channel, threadTs), asked);
            await respond({
              ...message,
              response_type: "in_channel",
              replace_original: false,
              ...(threadTs ? { thread_ts: threadTs } : {}),
            });
            await respond({ delete_original: true });
            return;
          }
          const own = question.asker === undefined || question.asker === presser;
          if (own) {
            await respond({ ...message, replace_original: true });
            await keepInThread(deps, body, question, asked);
          } else await respond({ ...message, response_type: "ephemeral", replace_original: false });
        } catch (err) {
          deps.logger.error({ err, source: "action", action: action.action_id }, "could not answer a button");
        }
      });
    },
  );
}
