import { expect } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply } from "../../src/reply/reply.ts";

/** A line through the real command layer, as the terminal and the chat adapters send it. */
export const ask = (line: string, lang: Lang = "en"): Reply => respondToText(registry, line, { lang });

/** A refusal: its key and what the asker sees (the error and its Try line); private to the asker. */
export const errorOf = (line: string, lang: Lang = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, line).toBe(false);
  expect(reply.ephemeral, line).toBe(true);
  const rendered = localize(reply, lang);
  return { key: reply.error?.key, text: `${rendered.error ?? ""} ${rendered.hint ?? ""}` };
};

/**
 * An answer as a reading test checks it: the JSON contract (command, readAs, result), the notes and
 * warnings as the asker reads them (one text), the rendered reply and the reply itself.
 */
export const answered = (line: string, lang: Lang = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, `${line}: ${JSON.stringify(toJson(reply, "en"))}`).toBe(true);
  const json = toJson(reply, "en") as {
    command: string;
    readAs: Record<string, unknown> & { assumed?: string[] };
    result: Record<string, unknown>;
  };
  const rendered = localize(reply, lang);
  const notes = [...rendered.notes, ...rendered.warnings].join("\n");
  return { ...json, notes, rendered, reply };
};
