import { DiscordAPIError, type Message, RESTJSONErrorCodes } from "discord.js";
import type { Ask } from "../../../app/answer.ts";
import { registry } from "../../../commands/registry.ts";
import {
  asChangeRefusal,
  askOfFollowUp,
  contextLostReply,
  followUpReply,
  notAnAnswerReply,
  repliedToGoneReply,
  startedOver,
} from "../../../conversation/answer.ts";
import {
  type FollowUp,
  followUpLine,
  isQuestionInThread,
  questionOfReply,
  readFollowUp,
} from "../../../conversation/followUp.ts";
import { type Question, questionText } from "../../../conversation/question.ts";
import { MemoryContextStore, questionOfValue } from "../../../conversation/store.ts";
import { isUserError } from "../../../core/errors.ts";
import { langOfScript, refusesTyped } from "../../../dispatch/respond.ts";
import type { Lang } from "../../../i18n/lang.ts";
import { text } from "../../../reply/build.ts";
import type { Reply } from "../../../reply/reply.ts";
import { serverOf } from "../asker.ts";
import { type CommandHandlerOptions, wantsPrivate } from "./command.ts";
import { isAnswerControl, messageWithControls } from "./component.ts";

/** The question an answer of the bot carries in its controls' custom_ids. */
function carriedContext(message: Message): string | undefined {
  for (const row of message.components) {
    if (!("components" in row)) continue;
    for (const component of row.components) {
      const id = "customId" in component ? component.customId : null;
      if (id && isAnswerControl(id)) return id.slice(3);
    }
  }
  return undefined;
}

/**
 * The bot's answer that `message` (one of the bot's replies with no controls, e.g. a refusal) is
 * the end of: the bot's message replied to, two steps up (the bot's reply → the person's reply it
 * answered → the answer), when it carries a question; else undefined. Two REST reads, only for a
 * reply to such a message.
 */
async function answerBefore(message: Message): Promise<Message | undefined> {
  const botId = message.client.user?.id;
  if (!message.reference?.messageId) return undefined;
  try {
    const asked = await message.fetchReference();
    if (asked.author.id === botId || !asked.reference?.messageId) return undefined;
    const answer = await asked.fetchReference();
    return answer.author.id === botId && carriedContext(answer) !== undefined ? answer : undefined;
  } catch {
    // Deleted on the way (Unknown Message): there is no answer to follow.
    return undefined;
  }
}

/**
 * The bot's own mention (`<@id>`, `<@!id>`) in a message's text: its address, taken out. Anyone
 * else's stays a word the reader skips and says so (taken out too, it was left out unsaid).
 */
const botMention = (botId: string): RegExp => new RegExp(`<@!?${botId}>`, "g");

/**
 * A message for the bot: a reply to one of its answers (`gpu=A100`, `gpus=2048`, `explain`), a
 * message that mentions it (`@flopsbot 70B 2T` in a channel, as on Slack), or any message in a
 * direct message with it. A reply to an answer re-answers the answer's question, carried in its
 * controls (or stored under a reference), with the change applied; a complete question starts
 * over; an answer whose context is gone gets "ask the whole question again" with the answer's
 * title as the last reading. Anything else is a new question (a mention alone: help). Every answer
 * is a reply to the message, pinging no one. Discord sends the content of a message that mentions
 * the bot (a reply pings it by default), and of a direct message, without the privileged Message
 * Content intent; a server message that does not mention the bot has no content and is passed over.
 */
export async function handleReplyMessage(message: Message, options: CommandHandlerOptions): Promise<void> {
  const botId = message.client.user?.id;
  // Bots (the bot itself included), webhooks and Discord's own notices (a pin, a join) ask nothing.
  if (message.author.bot || message.webhookId || message.system || !botId) return;
  const direct = message.guildId === null;
  // Only a message that mentions the bot is for it in a server (and only such a message has content
  // without the Message Content intent): any other is passed over before the message it answers is
  // fetched, so a busy server's replies cost no REST call each (Discord's limit is the bot's).
  if (!direct && !message.mentions.users.has(botId)) return;
  const text = message.content.replace(botMention(botId), " ").trim();
  const referenced = message.reference?.messageId ? await referenceOrGone(message) : undefined;
  // A reply to a message deleted since (its answer, or anyone's): a change has nothing to change and
  // is told so; a whole question (or the mention alone) is answered as any.
  if (referenced === "gone") {
    if (text && !isQuestionInThread(registry, text)) {
      // A whole question with a word the grammar refuses (`70Q 2T`) is refused for that word.
      const whole = await answerNew(message, text, options);
      const reply = refusesTyped(whole)
        ? whole
        : repliedToGoneReply(registry.defaultCommand.name, langOfScript(text, "en"));
      await replyWith(message, reply, undefined, { text, lang: reply.lang ?? "en" }, options);
      return;
    }
    await newQuestion(message, text || "help", options);
    return;
  }
  if (referenced?.author.id === botId) {
    if (text) await followUpOfAnswer(message, referenced, text, options);
    return;
  }
  await newQuestion(message, text || "help", options);
}

/** The message `message` replies to, or "gone" when Discord no longer has it (Unknown Message, 10008). */
async function referenceOrGone(message: Message): Promise<Message | "gone"> {
  try {
    return await message.fetchReference();
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return "gone";
    throw error;
  }
}

/** A new question in a message (a mention, a direct message): answered as a reply to it. */
async function newQuestion(message: Message, text: string, options: CommandHandlerOptions): Promise<void> {
  const userId = message.author.id;
  const reply = await answerNew(message, text, options);
  const question = reply.ok
    ? questionOfReply(registry, reply, text, { asker: userId, ...(reply.lang ? { lang: reply.lang } : {}) })
    : undefined;
  await replyWith(message, reply, question, { text, lang: NEW_QUESTION_LANG }, options);
}

/** A message tells no user's language: the one its text is written in, else English. */
const NEW_QUESTION_LANG: Lang = "en";

/** The answer to a message's text read as a question of its own. */
async function answerNew(message: Message, text: string, options: CommandHandlerOptions): Promise<Reply> {
  const answer = options.answer ?? options.answerer.answer;
  return answer({
    platform: "discord",
    userId: message.author.id,
    teamId: serverOf(message.guildId),
    lang: NEW_QUESTION_LANG,
    langFromText: true,
    text,
  });
}

/** A reply to one of the bot's answers: a change of its question, or a question of its own. */
async function followUpOfAnswer(
  message: Message,
  referenced: Message,
  text: string,
  options: CommandHandlerOptions,
): Promise<void> {
  const store = options.store ?? new MemoryContextStore();
  const userId = message.author.id;
  // The server, as for a typed command: a reply counts against the person's one rate limit.
  const teamId = serverOf(message.guildId);
  const answer = options.answer ?? options.answerer.answer;
  const run = (ask: Ask) => answer({ ...ask, teamId });
  // A reply to the bot's refusal of a follow-up (`gpu=H1000` → "unknown GPU" → `gpu=H100`) follows
  // up on the answer that follow-up replied to: the refusal carries no question of its own.
  const answered = carriedContext(referenced) === undefined ? await answerBefore(referenced) : undefined;
  const carried = carriedContext(answered ?? referenced);
  const previous = carried ? await questionOfValue(carried, store) : undefined;
  // A message tells no user's language: the thread's, else the one the text is written in.
  const lang = previous?.lang ?? "en";

  // Read as a change of the answer's question first (`what about 7B on 1T` is one); a whole
  // question of its own starts over.
  let followUp: FollowUp | undefined;
  if (previous) {
    try {
      followUp = readFollowUp(registry, previous, text);
    } catch (error) {
      // Left undefined: refused below with the last question's example.
      if (!isUserError(error)) throw error;
    }
  }

  let reply: Reply;
  let question: Question | undefined;
  const whole = () => run({ platform: "discord", userId, lang, langFromText: true, text });
  // With no question to change, a whole question with a word the grammar refuses (`70Q 2T`) is
  // refused for that word, not told there is nothing to change (or that its question is gone).
  const refused = previous || isQuestionInThread(registry, text) ? undefined : await whole();
  if (refused && refusesTyped(refused)) {
    reply = refused;
  } else if (previous ? followUp?.kind === "new" : isQuestionInThread(registry, text)) {
    const answered = await whole();
    reply = previous ? startedOver(answered, previous) : answered;
    question = reply.ok
      ? questionOfReply(registry, reply, text, { asker: userId, ...(reply.lang ? { lang: reply.lang } : {}) })
      : undefined;
  } else if (!previous && !carried) {
    // Never an answer (an error, help, a list): nothing was lost.
    reply = notAnAnswerReply(registry.defaultCommand.name, langOfScript(text, lang), "discord");
  } else if (!previous) {
    reply = contextLostReply(
      registry.defaultCommand.name,
      langOfScript(text, lang),
      referenced.embeds[0]?.title ?? undefined,
    );
  } else if (followUp && followUp.kind !== "new") {
    question = followUp.question;
    // A reply is in the channel already: `share that` answers again there, said so.
    reply = followUpReply(await run(askOfFollowUp(followUp, "discord", userId, lang)), followUp);
  } else {
    // Read with the last question's command, so the error shows that command's example.
    const again = {
      platform: "discord" as const,
      userId,
      lang,
      text: followUpLine(registry, previous, text),
    };
    reply = asChangeRefusal(await run(again), previous);
  }
  await replyWith(message, reply, question, { text, lang }, { ...options, store });
}

/** The answer as a reply to the message, with its controls, pinging no one; its chart after it. */
async function replyWith(
  message: Message,
  answered: Reply,
  answeredQuestion: Question | undefined,
  { text, lang }: { text: string; lang: Lang },
  options: CommandHandlerOptions,
): Promise<void> {
  let reply = answered;
  let question = answeredQuestion;
  // A message's reply cannot be ephemeral: an answer asked for `private` is not posted in the
  // channel; the reply says how to ask for it privately (the question to paste, private: True).
  // A direct message is private already: answered there.
  const userId = message.author.id;
  if (
    message.guildId !== null &&
    reply.ok &&
    (question?.private === true || wantsPrivate({ platform: "discord", userId, lang, text }))
  ) {
    reply = privateInReply(reply, question);
    question = undefined;
  }
  // Limited: said once a minute to the person, then nothing (a flood of mentions gets no flood of replies).
  if (
    reply.error?.key === "rate.limited" &&
    options.limitSaid &&
    !(await options.limitSaid.first(`discord:limited:${serverOf(message.guildId)}:${userId}`))
  )
    return;
  const store = options.store ?? new MemoryContextStore();
  const { flags: _flags, ...sent } = await messageWithControls(reply, question, { ...options, store, lang });
  const posted = await message.reply({ ...sent, allowedMentions: { parse: [], repliedUser: false } });
  // `chart` (or a question with the word chart in it): the PNG follows the text, on the same reply.
  if (reply.ok && reply.chart) await options.chart?.(reply, posted);
}

/** What a reply asking for `private` gets instead of its answer, in the answer's language. */
function privateInReply(answered: Reply, question: Question | undefined): Reply {
  const asked = question ? questionText({ ...question, private: false }) : "70B 15T gpu=H100";
  return {
    ok: false,
    command: answered.command,
    title: text("discord.replyPrivateTitle"),
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: text("discord.replyPrivate"),
    hint: text("error.example", { example: `/flops query text:${asked} private:True` }),
    ...(answered.lang ? { lang: answered.lang } : {}),
  };
}
