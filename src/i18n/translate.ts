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

/**
 * A template split once into literal text (even places) and placeholder names (odd places): the
 * catalog's messages and the formula registry's templates (reply/formula.ts) alike.
 */
const pieces = new Map<string, readonly string[]>();

export function piecesOf(template: string): readonly string[] {
  let split = pieces.get(template);
  if (!split) {
    split = template.split(/\{(\w+)\}/);
    // Catalog and formula templates are few and fixed; past 4,096 (text that is no key) none is kept.
    if (pieces.size < 4096) pieces.set(template, split);
  }
  return split;
}

/**
 * Per language, each catalog message as `t` uses it, looked up once per key: the text itself when
 * it has no placeholder, else its pieces. Keyed by message key only, so it holds at most the
 * catalog (test/i18n/translate.fast.test.ts checks it gives what the catalog lookup gives).
 */
const compiled: Record<Lang, Map<string, string | readonly string[]>> = { en: new Map(), "zh-TW": new Map() };

export function compiledOf(lang: Lang, key: string): string | readonly string[] {
  const byKey = compiled[lang];
  let entry = byKey.get(key);
  if (entry === undefined) {
    const template = isMessageKey(key) ? CATALOGS[lang][key] : key;
    entry = template.includes("{") ? piecesOf(template) : template;
    if (isMessageKey(key)) byKey.set(key, entry);
  }
  return entry;
}

/** The message for `key` in `lang`, with `{name}` placeholders filled in. */
export function t<const K extends string>(lang: Lang, key: K & KeyArg<K>, params: ErrorParams = {}): string {
  const split = compiledOf(lang, key);
  // Most labels have no placeholder: nothing to fill.
  if (typeof split === "string") return split;
  let out = split[0] ?? "";
  for (let i = 1; i < split.length; i += 2) {
    const name = split[i] as string;
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + (split[i + 1] ?? "");
  }
  return out;
}
