import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply } from "../../src/reply/reply.ts";

export const ask = (line: string, lang: Lang = "en"): Reply => respondToText(registry, line, { lang });

export const rendered = (line: string, lang: Lang = "en") => localize(ask(line, lang), lang);

/** The whole rendered reply as one string, for "does the answer say X" checks. */
export const said = (line: string, lang: Lang = "en"): string => JSON.stringify(rendered(line, lang));

export const json = (line: string) =>
  toJson(ask(line), "en") as { ok: boolean; result: Record<string, number> };

// biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields; tests read them directly.
type Result = Record<string, any>;

export const result = (line: string): Result => {
  const reply = ask(line);
  if (!reply.ok) throw new Error(`expected ${line} to succeed: ${said(line)}`);
  return reply.result as Result;
};
