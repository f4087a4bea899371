import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The formula registry (src/core/formulas) is the only place a formula's text exists: a command
 * that types one (`6 · N · D = …`, `⌈… / …⌉`, `√(C / 120)`) fails here. Comments are not read;
 * string and template literals are.
 */
const COMMANDS = new URL("../../src/commands/", import.meta.url).pathname;
const FORMULA_TEXT = /[·×√⌈Σ]| = /;

/** Text that looks like a formula and is not one. */
const NOT_FORMULAS: Record<string, RegExp> = {
  // A catalog line's separator: `H100 SXM · 80 GB · 3.35 TB/s · …`.
  "gpus.ts": /^( GB)? · $/,
  // How `128×` was read (the multiplication sign typed by the asker).
  "reader.ts": /^×$/,
  // A source's title (the seed article's reference [8]), cited, not computed.
  "forwardMfu.ts": /^Zhihu p\/16445683081 \(zh\), reference \[8\] of the seed article/,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The literal text pieces of a file's strings and templates, with their lines. */
function literals(path: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      add(node.head, node.head.text);
      for (const span of node.templateSpans) add(span.literal, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("commands type no formula", () => {
  const all = files(COMMANDS);

  it("finds formula text in no command", () => {
    const typed: string[] = [];
    for (const path of all) {
      const name = relative(COMMANDS, path);
      for (const { line, text } of literals(path)) {
        if (FORMULA_TEXT.test(text) && !NOT_FORMULAS[name]?.test(text))
          typed.push(`${name}:${line}: ${text}`);
      }
    }
    expect(typed).toEqual([]);
  });

  it("catches a typed formula (the scanner reads template pieces, not comments)", () => {
    const probe = join(COMMANDS, "compute.ts");
    expect(literals(probe).some(({ text }) => FORMULA_TEXT.test(text))).toBe(false);
    expect(FORMULA_TEXT.test("6 · N · D = 6 × ")).toBe(true);
    expect(FORMULA_TEXT.test("D / N = ")).toBe(true);
    expect(FORMULA_TEXT.test("gpu=h100,a100 price=$2.5/h,$1.5/h")).toBe(false);
  });
});
