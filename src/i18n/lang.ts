import { z } from "zod";

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
