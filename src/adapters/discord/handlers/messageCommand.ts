import { type MessageContextMenuCommandInteraction, MessageFlags } from "discord.js";
import { registry } from "../../../commands/registry.ts";
import { questionOfReply } from "../../../conversation/followUp.ts";
import { estimateReply, messageQuestion } from "../../estimate.ts";
import { answeredLang, textAsk } from "../asker.ts";
import { attachChart } from "../attach.ts";
import type { CommandHandlerOptions } from "./command.ts";
import { messageWithControls } from "./component.ts";

/**
 * "Estimate compute" on someone's message: its text read as a question (the same reader as
 * `/flops`), answered only to the presser, with the reading shown and a Share in channel button.
 */
export async function handleEstimateCommand(
  interaction: MessageContextMenuCommandInteraction,
  options: CommandHandlerOptions,
): Promise<void> {
  const text = messageQuestion(interaction.targetMessage.content);
  const run = options.answer ?? options.answerer.answer;
  const ask = textAsk(interaction, text);
  const reply = estimateReply(text, await run(ask), ask.lang);
  const lang = answeredLang(reply, ask);
  const question = reply.ok
    ? questionOfReply(registry, reply, text, { lang, asker: interaction.user.id })
    : undefined;
  const message = await messageWithControls(
    { ...reply, ephemeral: true },
    question && { ...question, private: true },
    {
      ...options,
      lang,
    },
  );
  await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
  // A message that asks for a chart (`… chart`) gets it after the answer, on the same private reply.
  await attachChart(interaction, reply, lang, options.logger);
}
