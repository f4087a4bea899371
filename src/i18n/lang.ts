import * as z from "zod";

export const LANGS = ["en", "zh-TW"] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** `zh-TW`, `zh_TW.UTF-8`, `zh-Hant`, `zh-HK` read as Traditional Chinese; anything else is English. */
export function resolveLang(input: string | undefined | null): Lang | undefined {
  if (!input) return undefined;
  const tag = input.trim().toLowerCase().replace(/_/g, "-");
  if (/^zh-(tw|hant|hk|mo)\b/.test(tag)) return "zh-TW";
  if (/^en\b/.test(tag)) return "en";
  return undefined;
}

/** POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides (`LC_ALL=C` means no Chinese). */
export function langFromLocaleEnv(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
