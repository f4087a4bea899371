import type { Lang } from "../../i18n/lang.ts";

/** Discord's `zh-TW` locale reads Traditional Chinese; every other locale, English. */
export const langOfLocale = (locale: string | null | undefined): Lang =>
  locale === "zh-TW" ? "zh-TW" : "en";

/**
 * Whether the user's Discord locale names one of the bot's languages (English or zh-TW): otherwise
 * (zh-CN, ja, fr, …) English is only a default no one chose, and a question written in Chinese is
 * answered in zh-TW.
 */
export const localeChoosesLang = (locale: string | null | undefined): boolean =>
  locale === "zh-TW" || locale === "en-US" || locale === "en-GB";
