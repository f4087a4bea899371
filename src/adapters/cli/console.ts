import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Answerer } from "../../app/answer.ts";
import { extended } from "../../core/extended.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { cappedLines } from "./lines.ts";
import { renderForTerminal } from "./render.ts";

export interface ConsoleOptions {
  /** The app's one answerer (app/answer.ts): the terminal answers through it like every adapter. */
  answerer: Answerer;
  input: Readable;
  output: Writable;
  lang: Lang;
  /** `lang` is a default no one chose: a line written in Chinese is answered in zh-TW. */
  langFromText?: boolean;
  json: boolean;
  /** Columns to wrap text to (80 when not given). */
  columns?: number;
  /** An interactive terminal gets the banner and the `flops> ` prompt; a pipe gets only answers. */
  interactive: boolean;
  /** Where a piped console says how to connect the platforms (stderr, so stdout stays clean for scripts). */
  notices?: Writable;
}

/** Who asks in the terminal: the local user (the terminal is never rate limited). */
export const TERMINAL_USER = { platform: "cli", userId: "local" } as const;

const EXIT_WORDS = new Set(["exit", "quit", ":q", "/exit"]);

/**
 * The local console: one command per line, with or without a leading `/flops`, until `exit` or
 * end of input. With `json`, one JSON object per line (JSON Lines), a bad line giving its error
 * object without stopping the rest. Resolves with the number of lines that were errors.
 * Piped input is read with a cap on each line (lines.ts); output waits for a slow reader
 * (back-pressure), so neither side piles up in memory.
 */
export async function runConsole({
  answerer,
  input,
  output,
  lang,
  langFromText = false,
  json,
  columns,
  interactive,
  notices,
}: ConsoleOptions): Promise<number> {
  const terminal = interactive
    ? createInterface({ input, output, prompt: "flops> ", terminal: true })
    : undefined;
  if (terminal) {
    output.write(`${t(lang, "console.banner")}\n`);
    terminal.prompt();
  } else {
    notices?.write(`${t(lang, "console.banner")}\n`);
  }
  let failures = 0;
  for await (const raw of terminal ?? cappedLines(input)) {
    const line = raw.trim();
    if (EXIT_WORDS.has(line.toLowerCase())) break;
    if (line !== "") {
      const reply = await answerer.answerWithHub(
        langFromText
          ? extended(TERMINAL_USER, { lang, langFromText, text: line })
          : extended(TERMINAL_USER, { lang, text: line }),
      );
      if (!reply.ok) failures++;
      if (!output.write(renderForTerminal(reply, lang, json, columns))) await once(output, "drain");
    }
    if (terminal) terminal.prompt();
  }
  terminal?.close();
  return failures;
}
