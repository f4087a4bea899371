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
  // Typed by a person (`lang=中文`, `lang=english`): the language's name, in either language.
  return LANG_NAMES.get(tag);
}

const LANG_NAMES: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ["中文", "zh-TW"],
  ["繁中", "zh-TW"],
  ["繁體中文", "zh-TW"],
  ["正體中文", "zh-TW"],
  ["chinese", "zh-TW"],
  ["英文", "en"],
  ["english", "en"],
]);

/** POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides (`LC_ALL=C` means no Chinese). */
export function langFromLocaleEnv(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
