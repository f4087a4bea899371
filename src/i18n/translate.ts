import type { ErrorParams } from "../core/errors.ts";
import { en, type MessageKey } from "./en.ts";
import type { Lang } from "./lang.ts";
import { zhTW } from "./zh-TW.ts";

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, "zh-TW": zhTW };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The message for `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: string, params: ErrorParams = {}): string {
  const template = isMessageKey(key) ? CATALOGS[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
