import * as z from "zod";
import { lookupModel } from "../core/runs/lookup.ts";
import { type Lang, langSchema } from "../i18n/lang.ts";

/**
 * A question as the command layer takes it, kept between turns of a conversation: the command,
 * its options as typed text (option name → value), and the delivery flags. Stored in a button's
 * value or custom_id when it fits, otherwise in the context store (store.ts).
 */
export const questionSchema = z.object({
  command: z.string().min(1).max(32),
  options: z.record(z.string().min(1).max(40), z.string().max(400)),
  explain: z.boolean().optional(),
  lang: langSchema.optional(),
  private: z.boolean().optional(),
  /** Who asked: a private answer's buttons act only for them. */
  asker: z.string().max(40).optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** Reserved keys of the encoded form; option names never start with `_`. */
const RESERVED = { command: "_c", explain: "_x", lang: "_l", private: "_p", asker: "_u" } as const;

/**
 * One name or value as URLSearchParams writes it (application/x-www-form-urlencoded): letters,
 * digits and `*-._` as they are, a space as `+`, anything else percent-encoded as UTF-8.
 * encodeURIComponent differs only in leaving `!'()~` as they are and writing a space as `%20`.
 */
const formEncode = (text: string): string =>
  /^[\w.*-]*$/.test(text)
    ? text
    : encodeURIComponent(text).replace(/[!'()~]|%20/g, (c) =>
        c === "%20" ? "+" : `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      );

/**
 * A compact, URL-encoded form (`_c=compute&params=70B&tokens=15T&gpu=H100`), as URLSearchParams
 * writes it, without building one (a URLSearchParams costs several microseconds an answer).
 * `lang`: the question's language as it would be in `{ ...question, lang }`, without the copy.
 */
export function encodeQuestion(question: Question, lang: Lang | undefined = question.lang): string {
  let out = `${RESERVED.command}=${formEncode(question.command)}`;
  try {
    for (const name of Object.keys(question.options)) {
      // An option named like a reserved key would replace it in URLSearchParams: its way, below.
      if (name.startsWith("_")) return searchParamsOf(question, lang);
      out += `&${formEncode(name)}=${formEncode(question.options[name] as string)}`;
    }
    if (question.explain) out += `&${RESERVED.explain}=1`;
    if (lang) out += `&${RESERVED.lang}=${formEncode(lang)}`;
    if (question.private) out += `&${RESERVED.private}=1`;
    if (question.asker) out += `&${RESERVED.asker}=${formEncode(question.asker)}`;
  } catch {
    // A lone surrogate (encodeURIComponent refuses it; URLSearchParams writes U+FFFD).
    return searchParamsOf(question, lang);
  }
  return out;
}

function searchParamsOf(question: Question, lang: Lang | undefined): string {
  const params = new URLSearchParams({ [RESERVED.command]: question.command });
  for (const [name, value] of Object.entries(question.options)) params.set(name, value);
  if (question.explain) params.set(RESERVED.explain, "1");
  if (lang) params.set(RESERVED.lang, lang);
  if (question.private) params.set(RESERVED.private, "1");
  if (question.asker) params.set(RESERVED.asker, question.asker);
  return params.toString();
}

/** The inverse of encodeQuestion; undefined for anything that is not one (a forged value). */
export function decodeQuestion(encoded: string): Question | undefined {
  const params = new URLSearchParams(encoded);
  const options: Record<string, string> = {};
  for (const [key, value] of params) if (!key.startsWith("_")) options[key] = value;
  const parsed = questionSchema.safeParse({
    command: params.get(RESERVED.command) ?? "",
    options,
    ...(params.get(RESERVED.explain) === "1" ? { explain: true } : {}),
    ...(params.has(RESERVED.lang) ? { lang: params.get(RESERVED.lang) } : {}),
    ...(params.get(RESERVED.private) === "1" ? { private: true } : {}),
    ...(params.has(RESERVED.asker) ? { asker: params.get(RESERVED.asker) } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/** The question in the text grammar, as a reading people can copy (`compute params=70B tokens=15T gpu=H100`). */
export function questionText(question: Question): string {
  // A model kept by its name (`llama-3-70b`, `hf:Qwen/Qwen3-8B`) is typed bare, as the grammar
  // reads one (`params=llama-3-70b` would be read as a number).
  const models: string[] = [];
  const options: string[] = [];
  for (const [name, value] of Object.entries(question.options)) {
    // A layer list (`dense 784->128, dense 128->10`) is read bare; its spaces are part of it.
    if (isModelWord(value) || (name === "spec" && /\s/.test(value))) models.push(value);
    else options.push(/\s/.test(value) ? `${name}=${value.replace(/\s+/g, "")}` : `${name}=${value}`);
  }
  return [question.command, ...models, ...options, ...(question.explain ? ["explain"] : [])].join(" ");
}

/** A published run's id or a Hub model, as a conversation keeps a model (followUp.ts). */
const isModelWord = (value: string): boolean => value.startsWith("hf:") || lookupModel(value)?.id === value;

/** The other language, for the language toggle. */
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh-TW" : "en");
