import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Answerer } from "../../app/answer.ts";
import { closingBrace } from "../../app/hub.ts";
import { extended } from "../../core/extended.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { withChartFileNote } from "./chartNote.ts";
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

/** What a question continued over several lines may hold in all (past it, it is answered as it stands). */
const MAX_CONTINUED = 8_192;

const CONFIG_OPENED = /\bconfig\s*[=:]\s*\{/i;

/**
 * Whether `text` holds a `config={` whose braces (outside JSON strings) are not all closed yet: a
 * pasted pretty-printed config.json continues on the next lines, which belong to the same
 * question. Only `config=`: any other line is one question, so a stray `{` in a batch never
 * takes the next lines with it.
 */
export function opensBraces(text: string): boolean {
  const match = CONFIG_OPENED.exec(text);
  return match !== null && closingBrace(text, match.index + match[0].length - 1) < 0;
}

/**
 * The local console: one command per line, with or without a leading `/flops`, until `exit` or
 * end of input; a line that opens a `{` it does not close (a pasted `config={`, pretty-printed)
 * goes on over the next lines until the braces close. With `json`, one JSON object per line (JSON Lines), a bad line giving its error
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
  let failures = 0;
  // Lines of a question not finished yet: a pasted config.json, pretty-printed, is one question.
  let pending: string | undefined;
  const terminal = interactive
    ? createInterface({ input, output, prompt: "flops> ", terminal: true })
    : undefined;
  if (terminal) {
    output.write(`${t(lang, "console.banner")}\n`);
    terminal.prompt();
    // Ctrl-C drops the line being typed (or a pasted config not closed yet), as a shell does; on an
    // empty prompt it ends the console. readline's own Ctrl-C ended it with the line half typed.
    terminal.on("SIGINT", () => {
      if (terminal.line === "" && pending === undefined) {
        terminal.close();
        return;
      }
      pending = undefined;
      terminal.write(null, { ctrl: true, name: "e" });
      output.write("^C\n");
      terminal.setPrompt("flops> ");
      terminal.write(null, { ctrl: true, name: "u" });
      terminal.prompt();
    });
  } else {
    notices?.write(`${t(lang, "console.banner")}\n`);
  }
  const answer = async (line: string) => {
    const reply = await answerer.answerWithHub(
      langFromText
        ? extended(TERMINAL_USER, { lang, langFromText, text: line })
        : extended(TERMINAL_USER, { lang, text: line }),
    );
    if (!reply.ok) failures++;
    const shown = withChartFileNote(reply);
    if (!output.write(renderForTerminal(shown, lang, json, columns))) await once(output, "drain");
  };
  for await (const raw of terminal ?? cappedLines(input)) {
    const text = pending === undefined ? raw : `${pending}\n${raw}`;
    if (opensBraces(text) && text.length <= MAX_CONTINUED) {
      pending = text;
      terminal?.setPrompt("...... ");
      terminal?.prompt();
      continue;
    }
    pending = undefined;
    terminal?.setPrompt("flops> ");
    const line = text.trim();
    if (EXIT_WORDS.has(line.toLowerCase())) break;
    if (line !== "") await answer(line);
    if (terminal) terminal.prompt();
  }
  // The input ended inside a question (a brace never closed): it is answered as it stands.
  if (pending !== undefined && pending.trim() !== "") await answer(pending.trim());
  terminal?.close();
  return failures;
}
