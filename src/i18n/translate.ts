import type { ErrorParams } from "../core/errors.ts";
import { en, type MessageKey } from "./en.ts";
import type { KeyArg } from "./keys.ts";
import type { Lang } from "./lang.ts";
import { ZH_TW_READINGS, zhTW } from "./zh-TW.ts";

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, "zh-TW": zhTW };

/**
 * Per language, the placeholders of a message that show a count with its everyday reading
 * (175B → 175B (1,750 億)); added by src/reply where the value is a typed number.
 */
export const READINGS: Record<Lang, Partial<Record<MessageKey, readonly string[]>>> = {
  en: {},
  "zh-TW": ZH_TW_READINGS,
};

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The message for `key` in `lang`, with `{name}` placeholders filled in. */
export function t<const K extends string>(lang: Lang, key: K & KeyArg<K>, params: ErrorParams = {}): string {
  const known = isMessageKey(key);
  const template = known ? CATALOGS[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
