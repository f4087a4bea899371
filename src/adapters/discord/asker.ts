import type { Ask } from "../../app/answer.ts";
import type { Lang } from "../../i18n/lang.ts";
import { langOfLocale, localeChoosesLang } from "./locale.ts";

/**
 * The server a person asks from, as the rate limit counts it: one limit per person and server,
 * whatever they press, submit or reply; direct messages count as one server.
 */
export const serverOf = (guildId: string | null): string => guildId ?? "dm";

/**
 * A question typed as text by the person behind an interaction (a form, a message's context menu),
 * in the language of their Discord locale. As for `/flops query`: a locale that names none of the
 * bot's languages (ja, zh-CN, …) chose nothing, so a question written in Chinese is answered in
 * Chinese.
 */
export function textAsk(
  interaction: { user: { id: string }; guildId: string | null; locale: string },
  text: string,
): Ask {
  return {
    platform: "discord",
    userId: interaction.user.id,
    teamId: serverOf(interaction.guildId),
    lang: langOfLocale(interaction.locale),
    text,
    ...(localeChoosesLang(interaction.locale) ? {} : { langFromText: true }),
  };
}

/** The language an answer to a text ask came in: the reply's own, else the ask's. */
export const answeredLang = (reply: { lang?: Lang }, ask: Ask): Lang => reply.lang ?? ask.lang;
