/**
 * A config.json pasted into the console as it is printed (one key a line) is one question, as it
 * is in Slack: the lines of an open `config={` go on until its braces close. Every other line is
 * still a question of its own.
 */

import { describe, expect, it } from "vitest";
import { opensBraces } from "../../../src/adapters/cli/console.ts";
import { consoleOutput } from "../../support/console.ts";

const LLAMA_3_8B = `params config={
  "model_type": "llama",
  "hidden_size": 4096,
  "intermediate_size": 14336,
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "vocab_size": 128256,
  "rope_scaling": { "factor": 8.0, "rope_type": "llama3" },
  "bos_token": "{",
  "tie_word_embeddings": false
}`;

async function answers(
  input: string,
): Promise<{ lines: { ok: boolean; result?: { total?: number } }[]; failures: number }> {
  const { out, failures } = await consoleOutput(input, true);
  const lines = out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  return { lines, failures };
}

describe("a pasted, pretty-printed config.json in the console", () => {
  it("is one question: Llama 3 8B's 8,030,261,248, then the next line answered on its own", async () => {
    const { lines, failures } = await answers(`${LLAMA_3_8B}\n175B 300B\n`);
    expect(lines.map((l) => l.ok)).toEqual([true, true]);
    expect(lines[0]?.result?.total).toBe(8_030_261_248);
    expect(failures).toBe(0);
  });

  it("pasted with no command named, it is counted by params (compute refused config= as no option of its own)", async () => {
    // The newcomer pastes config.json as it is, or as the Hub's offline error says: "Paste its config.json with config=".
    const bare = LLAMA_3_8B.replace(/^params /, "");
    const { lines, failures } = await answers(`${bare}\n`);
    expect(lines[0]).toMatchObject({ ok: true, command: "params" });
    expect(lines[0]?.result?.total).toBe(8_030_261_248);
    expect(failures).toBe(0);
    // A command named still decides: cards has no config= and says so.
    const { lines: named } = await answers(`cards ${bare.replace(/\s+/g, " ")} gpu=H100\n`);
    expect(named[0]).toMatchObject({ ok: false, command: "cards" });
  });

  it("a config never closed is answered once at the end of input, as the error it is", async () => {
    const { lines, failures } = await answers('175B 300B\nparams config={\n  "model_type": "llama",\n');
    expect(lines.map((l) => l.ok)).toEqual([true, false]);
    expect(failures).toBe(1);
  });

  it("only config= goes on: a stray { elsewhere does not take the next lines with it", async () => {
    expect(opensBraces("175B {300B")).toBe(false);
    expect(opensBraces("params config={")).toBe(true);
    expect(opensBraces('params config={"a": "}"')).toBe(true);
    expect(opensBraces('params config={"a": 1}')).toBe(false);
    const { lines } = await answers("175B {300B\n70B 1.4T\n");
    expect(lines.map((l) => l.ok)).toEqual([false, true]);
  });
});
