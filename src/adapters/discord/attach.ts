import {
  AttachmentBuilder,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
} from "discord.js";
import type { Logger } from "pino";
import { chartOf } from "../../charts/index.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Reply } from "../../reply/reply.ts";

/**
 * After the text reply: the chart the asker asked for (or pressed Chart for), attached to that same interaction reply
 * (PATCH /webhooks/{app}/{token}/messages/@original, multipart with files[0]). The embeds are
 * already out, so the 3-second deadline is met however long the chart takes; a failure is logged.
 */
export async function attachChart(
  interaction: ChatInputCommandInteraction | MessageComponentInteraction,
  reply: Reply,
  lang: Lang,
  logger: Logger,
): Promise<void> {
  try {
    const chart = await chartOf(reply, lang);
    if (!chart) return;
    await interaction.editReply({ files: [new AttachmentBuilder(chart.png, { name: chart.fileName })] });
  } catch (err) {
    logger.error(
      { err, interactionId: interaction.id, command: reply.command },
      "could not attach the chart",
    );
  }
}
