import process from "node:process";
import type { Writable } from "node:stream";
import { createTerminalAnswerer } from "../../app/lifecycle.ts";
import { VERSION_LINE } from "../../app/version.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { parseCliArgs } from "./args.ts";
import { withChartFileNote } from "./chartNote.ts";
import { runConsole, TERMINAL_USER } from "./console.ts";
import { renderForTerminal } from "./render.ts";
import { terminalColumns } from "./text.ts";

/** `--width`, else the terminal's width, else 80 (a pipe, a file, a terminal that reports none). */
const columnsOf = (width: number | undefined): number => terminalColumns(process.stdout, width);

/** Exit status for a reply that was an error, or a `--chart` file that cannot be written: bad input. */
export const EXIT_BAD_INPUT = 2;

/** What `npm start` with no platform tokens adds to the `flops` command it then is. */
export interface StartOptions {
  /** DEFAULT_LANG: the language when neither --lang nor the locale chooses one. */
  defaultLang?: Lang;
  /** Where the console's banner (how to connect Slack or Discord) goes when input is piped. */
  notices?: Writable;
}

/**
 * `flops 175B 300B` answers once; `flops` with input piped in answers each line; `flops` in a
 * terminal opens the console. Exit 0 on success, 2 when any answer was an error.
 */
export async function main(argv: readonly string[], start: StartOptions = {}): Promise<number> {
  const args = parseCliArgs(argv, process.env, start.defaultLang);
  if (args.bad) {
    const key = args.bad.flag === "--lang" ? "cli.badLang" : "cli.badWidth";
    process.stderr.write(`${t(args.lang, key, { value: args.bad.value })}\n`);
    return EXIT_BAD_INPUT;
  }
  // `flops --version`: the version, as any command line tool prints it, never a question read.
  if (args.version) {
    process.stdout.write(`${VERSION_LINE}\n`);
    return 0;
  }
  const answerer = createTerminalAnswerer();
  if (args.words.length > 0 || args.help) {
    const reply = await answerer.answerWithHub({
      ...TERMINAL_USER,
      lang: args.lang,
      ...(args.langChosen ? {} : { langFromText: true }),
      text: args.help ? "help" : args.words.join(" "),
      ...(args.chart ? { chart: true } : {}),
    });
    const shown = args.chart ? reply : withChartFileNote(reply);
    process.stdout.write(renderForTerminal(shown, args.lang, args.json, columnsOf(args.width)));
    const written =
      !(args.chart && reply.chart) ||
      (await (await import("./chart.ts")).writeChart(reply, args.lang, args.chart));
    return reply.ok && written ? 0 : EXIT_BAD_INPUT;
  }
  const failures = await runConsole({
    answerer,
    input: process.stdin,
    output: process.stdout,
    lang: args.lang,
    langFromText: !args.langChosen,
    json: args.json,
    columns: columnsOf(args.width),
    interactive: Boolean(process.stdin.isTTY),
    // No notice on stderr for piped lines to `flops`: a script's stderr is for errors, and `flops`
    // never answers in Slack or Discord, so the console's "how to connect them" is npm start's.
    ...(start.notices ? { notices: start.notices } : {}),
  });
  return failures > 0 ? EXIT_BAD_INPUT : 0;
}
