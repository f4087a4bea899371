import type { Message } from "discord.js";
import type { Ask } from "../../../app/answer.ts";
import { registry } from "../../../commands/registry.ts";
import {
  asChangeRefusal,
  askOfFollowUp,
  contextLostReply,
  followUpReply,
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
import { langOfScript } from "../../../dispatch/respond.ts";
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
 * A reply to one of the bot's answers (`gpu=A100`, `gpus=2048`, `explain`): the answer's
 * question, carried in its controls (or stored under a reference), re-answered with the change
 * applied, as a reply to the reply. A complete question starts over. An answer whose context is
 * gone gets "ask the whole question again" with the answer's title as the last reading. Discord
 * sends the content of a message that mentions the bot (a reply pings it by default) without
 * the privileged Message Content intent.
 */
export async function handleReplyMessage(message: Message, options: CommandHandlerOptions): Promise<void> {
  const botId = message.client.user?.id;
  if (message.author.bot || !botId || !message.reference?.messageId) return;
  // Only a reply that mentions the bot is for it (and only such a message has content without the
  // Message Content intent): any other reply between people is passed over before the message it
  // answers is fetched, so a busy server's replies cost no REST call each (Discord's limit is the bot's).
  if (!message.mentions.users.has(botId)) return;
  const text = message.content.replace(/<@!?\d+>/g, " ").trim();
  if (!text) return;
  const referenced = await message.fetchReference();
  if (referenced.author.id !== botId) return;
  const store = options.store ?? new MemoryContextStore();
  const userId = message.author.id;
  // The server, as for a typed command: a reply counts against the person's one rate limit.
  const teamId = serverOf(message.guildId);
  const answer = options.answer ?? options.answerer.answer;
  const run = (ask: Ask) => answer({ ...ask, teamId });
  const carried = carriedContext(referenced);
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
  if (previous ? followUp?.kind === "new" : isQuestionInThread(registry, text)) {
    const answered = await run({ platform: "discord", userId, lang, langFromText: true, text });
    reply = previous ? startedOver(answered, previous) : answered;
    question = reply.ok
      ? questionOfReply(registry, reply, text, { asker: userId, ...(reply.lang ? { lang: reply.lang } : {}) })
      : undefined;
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
  // A message's reply cannot be ephemeral: an answer asked for `private` is not posted in the
  // channel; the reply says how to ask for it privately (the question to paste, private: True).
  if (reply.ok && (question?.private === true || wantsPrivate({ platform: "discord", userId, lang, text }))) {
    reply = privateInReply(reply, question);
    question = undefined;
  }
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
