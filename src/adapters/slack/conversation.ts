import { hasChartInput } from "../../charts/data.ts";
import { registry } from "../../commands/registry.ts";
import {
  asChangeRefusal,
  askOfFollowUp,
  contextLostReply,
  followUpReply,
  mayActOn,
  notAnAnswerReply,
  privateThreadReply,
  startedOver,
  threadExample,
} from "../../conversation/answer.ts";
import {
  followUpLine,
  isQuestionInThread,
  questionOfReply,
  readFollowUp,
} from "../../conversation/followUp.ts";
import type { Question } from "../../conversation/question.ts";
import { rememberQuestion } from "../../conversation/recent.ts";
import { isUserError } from "../../core/errors.ts";
import { langOfScript, refusesTyped } from "../../dispatch/respond.ts";
import type { Reply } from "../../reply/reply.ts";
import { actionsBlock, type InteractiveBlock, withActions } from "./actionsBlock.ts";
import type { ListenerDeps, SlackResponse } from "./listeners/deps.ts";

export type InteractiveResponse = Omit<SlackResponse, "blocks"> & { blocks: InteractiveBlock[] };

/** Where a thread's last question is kept: one conversation per channel and thread. */
export const threadKey = (channel: string, threadTs: string): string => `slack:thread:${channel}:${threadTs}`;

/**
 * Where a thread whose question was private says so: its command and language, none of its options
 * (the thread keeps no private question), so a follow-up is told why there is nothing to change.
 */
const privateMarkKey = (key: string): string => `${key}:private`;

/**
 * Where a thread whose only answer carried no question (a refusal, help) says so: a follow-up there
 * is told there is nothing to change, never that the bot restarted.
 */
const noQuestionMarkKey = (key: string): string => `${key}:none`;

/** The answer as Slack takes it, with the buttons and menu under it when it answered a question. */
export async function interactiveMessage(
  deps: ListenerDeps,
  reply: Reply,
  question: Question | undefined,
): Promise<InteractiveResponse> {
  const message = deps.toMessage(reply);
  if (!reply.ok || !question || !deps.store) return message;
  // The App Home lists each user's last few questions (home.ts).
  if (question.asker) await rememberQuestion(deps.store, question.asker, question);
  // The buttons carry the question in the answer's language (actionsBlock).
  const lang = reply.lang ?? question.lang ?? deps.lang;
  const block = await actionsBlock(question, lang, deps.store, {
    // A chart is a file in the channel: none for a private answer.
    chart: deps.chart !== undefined && !reply.ephemeral && hasChartInput(reply),
  });
  return withActions(message, block);
}

export interface Turn {
  reply: Reply;
  /** The question answered (kept for the thread and carried by the buttons). */
  question?: Question;
  /** `chart` was asked for: the question whose chart to make. */
  chart?: boolean;
  /** `share that with the channel`: posted in the thread and to the channel (reply_broadcast). */
  broadcast?: boolean;
}

/**
 * A message in a conversation (a mention, in a thread or not): in a thread whose last question
 * is known, a change (`gpu=A100`, `gpus=2048`, `explain`) re-answers that question with it; a
 * complete question starts over; a change whose thread was forgotten (a restart, expiry) gets
 * "ask the whole question again". The question answered is kept for the next turn.
 */
export async function converse(
  deps: ListenerDeps,
  where: { key: string; inThread: boolean; userId: string; teamId?: string },
  text: string,
): Promise<Turn> {
  const store = deps.store;
  const kept = store && where.inThread ? await store.get(where.key) : undefined;
  // A private question is its asker's alone: no one else's follow-up re-answers it (or shows it).
  const previous = kept && mayActOn(kept, where.userId) ? kept : undefined;
  if (previous) {
    try {
      const followUp = readFollowUp(registry, previous, text);
      if (followUp.kind !== "new") {
        const reply = await deps.answer(
          askOfFollowUp(followUp, "slack", where.userId, deps.lang, where.teamId),
        );
        if (reply.ok && followUp.kind === "changed" && !followUp.question.private)
          await store?.set(where.key, followUp.question);
        return {
          reply: followUpReply(reply, followUp),
          question: followUp.question,
          ...(followUp.kind === "chart" ? { chart: true } : {}),
          ...(followUp.kind === "share" ? { broadcast: true } : {}),
        };
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      // Read with the last question's command, so the error shows that command's example.
      const reply = await deps.answer({
        platform: "slack",
        userId: where.userId,
        ...(where.teamId ? { teamId: where.teamId } : {}),
        lang: previous.lang ?? deps.lang,
        text: followUpLine(registry, previous, text),
      });
      return { reply: asChangeRefusal(reply, previous) };
    }
  }
  const ask = {
    platform: "slack" as const,
    userId: where.userId,
    ...(where.teamId ? { teamId: where.teamId } : {}),
    // A whole question in a thread answers in the thread's language (as a Discord reply does),
    // unless its text chooses (lang=, or written in Chinese); elsewhere the workspace's.
    lang: kept?.lang ?? deps.lang,
    // Slack tells no user's language: the workspace default is no one's choice (respond.ts).
    langFromText: true,
    text,
  };
  // A change in a thread with no question of the asker's to change (a restart, expiry, a refusal).
  const lostChange = !previous && where.inThread && text.trim() !== "" && !isQuestionInThread(registry, text);
  // Unless it is a whole question with a word the grammar refuses (`70Q 2T`, `70B 15T gpu=H1000`):
  // its refusal says what was wrong, where "the question is gone" (or "nothing to change") said
  // nothing of it. Only text whose refusal asks for more (`gpu=A100` alone) is a change.
  const whole = lostChange && store ? await deps.answer(ask) : undefined;
  const refused = whole && refusesTyped(whole) ? whole : undefined;
  if (lostChange && store && !refused) {
    // Slack tells no user's language: the follow-up's own script tells it (respond.ts), else the
    // language the private question was answered in.
    const mark = kept ? undefined : await store.get(privateMarkKey(where.key));
    // The thread's command is known from its mark: its example is the whole question to ask.
    if (mark) {
      const lang = langOfScript(text, mark.lang ?? deps.lang);
      return { reply: privateThreadReply(mark.command, lang, threadExample(registry, mark.command)) };
    }
    const none = kept ? undefined : await store.get(noQuestionMarkKey(where.key));
    if (none) {
      const lang = langOfScript(text, none.lang ?? deps.lang);
      return { reply: notAnAnswerReply(none.command, lang, "slack", threadExample(registry, none.command)) };
    }
    return { reply: contextLostReply(registry.defaultCommand.name, langOfScript(text, deps.lang)) };
  }
  const answered = refused ?? (await deps.answer(ask));
  // A whole question in a thread says which question it does not change.
  const reply = previous ? startedOver(answered, previous) : answered;
  // The thread keeps the language it was answered in (read from the text when the workspace's
  // default is no one's choice): its follow-ups and refusals answer in it too.
  const question = reply.ok
    ? questionOfReply(registry, reply, text, {
        asker: where.userId,
        ...(reply.lang ? { lang: reply.lang } : {}),
      })
    : undefined;
  // The thread keeps the question everyone saw: a private one, answered to its asker alone, is
  // not the thread's (its own buttons carry it), so the next follow-up in the thread is not read against it.
  if (question && store && !question.private) await store.set(where.key, question);
  // A thread with no public question marks that its question was private: what it was, never.
  else if (question?.private && store && !kept)
    await store.set(privateMarkKey(where.key), {
      command: question.command,
      options: {},
      private: true,
      ...(question.lang ? { lang: question.lang } : {}),
    });
  // A thread whose answer was a refusal or help: nothing to change there, and none was lost.
  else if (!question && store && !kept)
    await store.set(noQuestionMarkKey(where.key), {
      command: reply.command,
      options: {},
      ...(reply.lang ? { lang: reply.lang } : {}),
    });
  return question ? { reply, question } : { reply };
}
