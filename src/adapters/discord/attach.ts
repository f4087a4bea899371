import {
  AttachmentBuilder,
  type ChatInputCommandInteraction,
  Message,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
} from "discord.js";
import type { Logger } from "pino";
import { chartOf } from "../../charts/index.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Reply } from "../../reply/reply.ts";

/**
 * After the text reply: the chart the asker asked for (or pressed Chart for; `chart` in the form's
 * last field, or in a message read by Estimate compute), attached to that same interaction reply
 * (PATCH /webhooks/{app}/{token}/messages/@original, multipart with files[0]). The embeds are
 * already out, so the 3-second deadline is met however long the chart takes; a failure is logged.
 * A `chart` replied to an answer is answered by a message of the bot's, not an interaction: the PNG
 * is added to that message (PATCH /channels/{channel}/messages/{message}), its embeds kept.
 */
export async function attachChart(
  target:
    | ChatInputCommandInteraction
    | MessageComponentInteraction
    | ModalSubmitInteraction
    | MessageContextMenuCommandInteraction
    | Message,
  reply: Reply,
  lang: Lang,
  logger: Logger,
): Promise<void> {
  try {
    const chart = await chartOf(reply, lang);
    if (!chart) return;
    const files = [new AttachmentBuilder(chart.png, { name: chart.fileName })];
    if (target instanceof Message) await target.edit({ files });
    else await target.editReply({ files });
  } catch (err) {
    logger.error(
      {
        err,
        ...(target instanceof Message ? { messageId: target.id } : { interactionId: target.id }),
        command: reply.command,
      },
      "could not attach the chart",
    );
  }
}
