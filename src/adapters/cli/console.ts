import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { prepareText } from "../../commands/hub.ts";
import { registry } from "../../commands/registry.ts";
import { respondToText } from "../../commands/respond.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { renderForTerminal } from "./render.ts";

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  lang: Lang;
  json: boolean;
  /** Columns to wrap text to (80 when not given). */
  columns?: number;
  /** An interactive terminal gets the banner and the `flops> ` prompt; a pipe gets only answers. */
  interactive: boolean;
  /** Where a piped console says how to connect the platforms (stderr, so stdout stays clean for scripts). */
  notices?: Writable;
}

const EXIT_WORDS = new Set(["exit", "quit", ":q", "/exit"]);

/**
 * The local console: one command per line, with or without a leading `/flops`, until `exit` or
 * end of input. With `json`, one JSON object per line (JSON Lines), a bad line giving its error
 * object without stopping the rest. Resolves with the number of lines that were errors.
 */
export async function runConsole({
  input,
  output,
  lang,
  json,
  columns,
  interactive,
  notices,
}: ConsoleOptions): Promise<number> {
  const lines = createInterface({
    input,
    ...(interactive ? { output, prompt: "flops> " } : {}),
    terminal: interactive,
  });
  if (interactive) {
    output.write(`${t(lang, "console.banner")}\n`);
    lines.prompt();
  } else {
    notices?.write(`${t(lang, "console.banner")}\n`);
  }
  let failures = 0;
  for await (const raw of lines) {
    const line = raw.trim();
    if (EXIT_WORDS.has(line.toLowerCase())) break;
    if (line !== "") {
      const reply = respondToText(registry, await prepareText(line), { lang });
      if (!reply.ok) failures++;
      output.write(renderForTerminal(reply, lang, json, columns));
    }
    if (interactive) lines.prompt();
  }
  lines.close();
  return failures;
}
