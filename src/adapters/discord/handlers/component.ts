import { ComponentType, type MessageComponentInteraction, MessageFlags } from "discord.js";
import { chartInput } from "../../../charts/data.ts";
import {
  askOfQuestion,
  contextLostReply,
  mayActOn,
  notYours,
  withChanges,
} from "../../../conversation/answer.ts";
import { otherLang, type Question } from "../../../conversation/question.ts";
import { MemoryContextStore, questionOfValue } from "../../../conversation/store.ts";
import { langOfScript } from "../../../dispatch/respond.ts";
import type { Reply } from "../../../reply/reply.ts";
import { memoryDedupe } from "../../dedupe.ts";
import { serverOf } from "../asker.ts";
import { answerComponents, CONTROL, type Row } from "../components.ts";
import { toDiscordMessage } from "../embeds.ts";
import { langOfLocale, localeChoosesLang } from "../locale.ts";
import type { CommandHandlerOptions } from "./command.ts";

const PREFIXES = Object.values(CONTROL) as string[];

/** Whether a component interaction is one of the controls under an answer. */
export const isAnswerControl = (customId: string): boolean => PREFIXES.includes(customId.slice(0, 3));

/** Private answers already shared, by message id (a message's presses all reach the shard of its server). */
const sharedMessages = memoryDedupe();

/** A message's rows of controls without the Share button (rows left empty are dropped). */
function withoutShare(rows: MessageComponentInteraction["message"]["components"]): Row[] {
  const kept: Row[] = [];
  for (const row of rows) {
    const json = row.toJSON() as Row;
    if (json.type !== ComponentType.ActionRow) continue;
    const components = json.components.filter(
      (component) => !("custom_id" in component && component.custom_id.startsWith(CONTROL.share)),
    );
    if (components.length > 0) kept.push({ ...json, components });
  }
  return kept;
}

/** A reply with its controls, as a message Discord takes. */
export async function messageWithControls(
  reply: Reply,
  question: Question | undefined,
  fallback: CommandHandlerOptions & { lang: Question["lang"] },
) {
  const lang = reply.lang ?? fallback.lang ?? "en";
  const message = toDiscordMessage(reply, lang);
  if (!reply.ok || !question || !fallback.store) return message;
  const components = await answerComponents({ ...question, lang }, lang, fallback.store, {
    chart: fallback.chart !== undefined && chartInput(reply) !== undefined,
  });
  return { ...message, components };
}

/**
 * A press on the controls under an answer (MESSAGE_COMPONENT): the GPU menu, Explain and the
 * language toggle update the answer in place for its asker (type 7, UPDATE_MESSAGE, which is
 * the acknowledgement itself) or answer privately anyone else; Share in channel posts a private
 * answer publicly. Rate-limited like a command (it goes through the command layer); a question
 * whose stored context is gone gets "ask the whole question again".
 */
export async function handleComponent(
  interaction: MessageComponentInteraction,
  options: CommandHandlerOptions,
): Promise<void> {
  const store = options.store ?? new MemoryContextStore();
  const control = interaction.customId.slice(0, 3);
  const presser = interaction.user.id;
  const fallbackLang = langOfLocale(interaction.locale);
  const question = await questionOfValue(interaction.customId.slice(3), store);
  const privately = (reply: Reply) =>
    interaction.reply({ ...toDiscordMessage(reply, fallbackLang), flags: MessageFlags.Ephemeral });
  if (!question) {
    // The answer's title is the last reading; a locale the bot does not speak (ja, zh-CN) chose
    // nothing, so the answer's own script tells its language (a Chinese answer: told in Chinese).
    const title = interaction.message.embeds[0]?.title ?? undefined;
    const lang =
      title && !localeChoosesLang(interaction.locale) ? langOfScript(title, fallbackLang) : fallbackLang;
    await privately(contextLostReply("compute", lang, title));
    return;
  }
  // An error to someone other than the asker is theirs to read: in the language their Discord
  // locale chose (zh-TW, English), not the answer's; a locale the bot does not speak keeps the answer's.
  const own = question.asker === undefined || question.asker === presser;
  const toPresser = (reply: Reply): Reply =>
    own || !localeChoosesLang(interaction.locale) ? reply : { ...reply, lang: fallbackLang };
  if (!mayActOn(question, presser)) {
    await privately(toPresser(notYours(question)));
    return;
  }
  // A private answer is shared once: a second press (a double click, a client that still shows
  // the button) is acknowledged and posts nothing.
  const shareKey = `discord:share:${interaction.message.id}`;
  if (control === CONTROL.share && !(await sharedMessages.first(shareKey))) {
    await interaction.deferUpdate();
    return;
  }
  let asked: Question = question;
  let changes: string[] = [];
  if (control === CONTROL.gpu && interaction.isStringSelectMenu()) {
    const gpu = interaction.values[0] ?? "";
    asked = { ...question, options: { ...question.options, gpu } };
    changes = [`gpu=${gpu}`];
  } else if (control === CONTROL.explain) {
    asked = { ...question, explain: true };
    changes = ["explain"];
  } else if (control === CONTROL.lang) {
    const to = otherLang(question.lang ?? fallbackLang);
    asked = { ...question, lang: to };
    changes = [`lang=${to}`];
  } else if (control === CONTROL.share) {
    const { private: _private, ...shared } = question;
    asked = shared;
  }
  const run = options.answer ?? options.answerer.answer;
  const reply = withChanges(
    // The server, as for a typed command: a press counts against the presser's one limit.
    await run(askOfQuestion(asked, "discord", presser, fallbackLang, serverOf(interaction.guildId))),
    asked,
    changes,
  );
  if (!reply.ok) {
    await privately(toPresser(reply));
    return;
  }
  // Anyone else's copy is theirs: its controls carry them as its asker, so their presses change their
  // copy in place (each press had posted them yet another private copy).
  const mine: Question = own ? asked : { ...asked, asker: presser };
  const copy = () => messageWithControls(reply, mine, { ...options, store, lang: asked.lang });
  if (control === CONTROL.chart) {
    // The asker's answer gets its chart attached in place. Anyone else gets their own private
    // copy: the answer (with its reading) at once, then the PNG added to it, as `/flops … chart`
    // does; a chart that fails leaves them the answer, not a "thinking…" that never ends.
    if (own) await interaction.deferUpdate();
    else await interaction.reply({ ...(await copy()), flags: MessageFlags.Ephemeral });
    await options.chart?.({ ...reply, chart: true }, interaction);
    return;
  }
  const message = await copy();
  if (control === CONTROL.share) {
    const { flags: _flags, ...shared } = message;
    // The private copy loses its Share button (UPDATE_MESSAGE, the acknowledgement), then the
    // public copy follows. When Discord refuses either (5xx, 429 past its retries), nothing was
    // shared: the press counts for nothing and the private copy gets its Share button back.
    let updated = false;
    try {
      await interaction.update({ components: withoutShare(interaction.message.components) });
      updated = true;
      await interaction.followUp(shared);
    } catch (error) {
      sharedMessages.forget(shareKey);
      if (updated) {
        await interaction
          .editReply({ components: interaction.message.components.map((row) => row.toJSON() as Row) })
          .catch(() => undefined);
      }
      throw error;
    }
    return;
  }
  if (!own) {
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    return;
  }
  // A chart attached to the answer (`chart`, or Chart pressed) was drawn for the question the press
  // changed: an edit that names no attachments keeps it, under the new numbers (A100's time over
  // H100's bars, an English chart under a Chinese answer). It goes with the edit, and the changed
  // question's chart follows it, as Chart attaches one.
  const charted = interaction.message.attachments.size > 0;
  await interaction.update({
    embeds: message.embeds,
    components: "components" in message ? message.components : [],
    ...(charted ? { attachments: [] } : {}),
  });
  if (charted) await options.chart?.({ ...reply, chart: true }, interaction);
}
