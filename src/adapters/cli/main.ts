import process from "node:process";
import { prepareText } from "../../app/hub.ts";
import { registry } from "../../commands/registry.ts";
import { respondToText } from "../../dispatch/respond.ts";
import { parseCliArgs } from "./args.ts";
import { runConsole } from "./console.ts";
import { renderForTerminal } from "./render.ts";
import { DEFAULT_COLUMNS } from "./text.ts";

/** `--width`, else the terminal's width, else 80 (a pipe or a file). */
const columnsOf = (width: number | undefined): number =>
  width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? DEFAULT_COLUMNS;

/** Exit status for a reply that was an error: bad input. */
export const EXIT_BAD_INPUT = 2;

/**
 * `flops 175B 300B` answers once; `flops` with input piped in answers each line; `flops` in a
 * terminal opens the console. Exit 0 on success, 2 when any answer was an error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv, process.env);
  if (args.words.length > 0 || args.help) {
    const line = args.help ? "help" : await prepareText(args.words.join(" "));
    const reply = respondToText(registry, line, {
      lang: args.lang,
      ...(args.chart ? { chart: true } : {}),
    });
    process.stdout.write(renderForTerminal(reply, args.lang, args.json, columnsOf(args.width)));
    if (args.chart && reply.chart)
      await (await import("./chart.ts")).writeChart(reply, args.lang, args.chart);
    return reply.ok ? 0 : EXIT_BAD_INPUT;
  }
  const failures = await runConsole({
    input: process.stdin,
    output: process.stdout,
    lang: args.lang,
    json: args.json,
    columns: columnsOf(args.width),
    interactive: Boolean(process.stdin.isTTY),
    notices: process.stderr,
  });
  return failures > 0 ? EXIT_BAD_INPUT : 0;
}
