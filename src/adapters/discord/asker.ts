import type { Ask } from "../../app/answer.ts";
import type { Lang } from "../../i18n/lang.ts";

/**
 * The server a person asks from, as the rate limit counts it: one limit per person and server,
 * whatever they press, submit or reply; direct messages count as one server.
 */
export const serverOf = (guildId: string | null): string => guildId ?? "dm";

/** A question typed as text by the person behind an interaction (a form, a message's context menu). */
export function textAsk(
  interaction: { user: { id: string }; guildId: string | null },
  lang: Lang,
  text: string,
): Ask {
  return {
    platform: "discord",
    userId: interaction.user.id,
    teamId: serverOf(interaction.guildId),
    lang,
    text,
  };
}
