import { PassThrough } from "node:stream";
import { runConsole } from "../../src/adapters/cli/console.ts";
import { createTerminalAnswerer } from "../../src/app/lifecycle.ts";

/** Lines piped to the local console (not a terminal), in English: what it writes, and how many failed. */
export async function consoleOutput(
  input: string,
  json: boolean,
): Promise<{ out: string; failures: number }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c.toString()));
  stdin.end(input);
  const failures = await runConsole({
    answerer: createTerminalAnswerer(),
    input: stdin,
    output: stdout,
    lang: "en",
    json,
    interactive: false,
  });
  return { out: chunks.join(""), failures };
}
