import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  Locale,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import { t } from "../../i18n/translate.ts";

/** The message context-menu command (right-click a message → Apps → Estimate compute). */
export const ESTIMATE_COMMAND = "Estimate compute";

/** Its registration body: a MESSAGE command (type 3), named in Traditional Chinese for zh-TW users. */
export function estimateCommandDefinition(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(ESTIMATE_COMMAND)
    .setNameLocalizations({ [Locale.ChineseTW]: t("zh-TW", "conversation.estimate") })
    .setType(ApplicationCommandType.Message)
    .toJSON();
}
