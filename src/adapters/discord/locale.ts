import type { Lang } from "../../i18n/lang.ts";

/** Discord's `zh-TW` locale reads Traditional Chinese; every other locale, English. */
export const langOfLocale = (locale: string | null | undefined): Lang =>
  locale === "zh-TW" ? "zh-TW" : "en";
