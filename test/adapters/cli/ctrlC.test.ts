/**
 * Ctrl-C in the console, as a shell takes it: a line half typed (or a pasted config.json not
 * closed yet) is dropped and the prompt comes back; on an empty prompt it ends the console. It
 * ended the console with the line half typed, and the newcomer's next question went nowhere.
 */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../../src/adapters/cli/console.ts";
import { createTerminalAnswerer } from "../../../src/app/lifecycle.ts";

const CTRL_C = "\u0003";

/** Keys typed into an interactive console, one chunk at a time; what it wrote once it ended. */
async function typed(keys: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  const ended = runConsole({
    answerer: createTerminalAnswerer(),
    input,
    output,
    lang: "en",
    json: false,
    columns: 80,
    interactive: true,
  });
  for (const key of keys) {
    input.write(key);
    // Each key is read before the next, as from a keyboard.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const failures = await ended;
  expect(failures).toBe(0);
  return chunks.join("");
}

describe("Ctrl-C in the console", () => {
  it("drops a half-typed line, answers the next (6 · 7B · 1T = 4.2e22 FLOP), and ends on an empty prompt", async () => {
    const out = await typed(["175B 30", CTRL_C, "7B 1T\r", CTRL_C]);
    expect(out).toContain("^C");
    expect(out).toContain("Read as: 7B parameters · 1T tokens");
    expect(out).toContain("4.2 × 10²² FLOP");
    expect(out).not.toContain("175B 307B");
  });

  it("drops a pasted config.json not closed yet: the next line is a question of its own", async () => {
    const out = await typed(['params config={\r  "model_type": "llama",\r', CTRL_C, "70B 2T\r", CTRL_C]);
    expect(out).toContain("Read as: 70B parameters · 2T tokens");
    expect(out).not.toContain("config.json (llama)");
  });
});
