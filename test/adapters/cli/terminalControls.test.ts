import { describe, expect, it } from "vitest";
import { renderForTerminal } from "../../../src/adapters/cli/render.ts";
import { registry } from "../../../src/commands/registry.ts";
import { respondToText } from "../../../src/dispatch/respond.ts";
import { visibleControls } from "../../../src/reply/controls.ts";
import { consoleOutput } from "../../support/console.ts";

const shown = (line: string) =>
  renderForTerminal(respondToText(registry, line, { lang: "en" }), "en", false, 80);

describe("the terminal never writes a control character a question typed", () => {
  it.each([
    ["\u001b[31mRED 1T", "␛[31mRED"],
    ["70B\u0007 1T", "70B␇"],
    ["hello\u0000 1T", "hello␀"],
    ["\u001b]52;c;cHduZWQ=\u0007 1T", "␛]52;c;cHduZWQ"],
  ])(
    "%j: refused, the word quoted as %s (no escape sequence, bell or NUL reaches the terminal)",
    (line, quoted) => {
      const text = shown(line);
      expect(text).toContain(quoted);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be left
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    },
  );

  it("newlines and tabs stay; DEL and C1 controls become ␡ and �", () => {
    expect(visibleControls("a\tb\nc\u007fd\u009be")).toBe("a\tb\nc␡d\ufffde");
  });

  it("an answer without control characters is unchanged", () => {
    const text = shown("175B 300B");
    expect(visibleControls(text)).toBe(text);
    expect(text).toContain("3.15 × 10²³ FLOP");
  });
});

describe("--json never writes a control character a question typed either", () => {
  /** Lines piped to the console with --json: what it writes. */
  async function jsonLines(input: string): Promise<string> {
    return (await consoleOutput(input, true)).out;
  }

  it("C1 controls (CSI U+009B, OSC U+009D, ST U+009C) and DEL are escaped as \\u00XX: the same JSON", async () => {
    const out = await jsonLines("175B 300B gpu=\u009d0;owned\u009c\nmodel \u009b2J\u007f\n");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be left
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const [gpu, model] = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { ok: boolean; error: string });
    expect(gpu?.ok).toBe(false);
    expect(gpu?.error).toContain("\u009d0;owned\u009c");
    expect(model?.error).toContain("\u009b2J");
    expect(out).toContain("\\u009d0;owned\\u009c");
  });
});
