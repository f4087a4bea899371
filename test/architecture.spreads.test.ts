import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The code every answer runs through copies objects with `extended`, never with a literal that
 * starts with a spread and goes on (`{ ...reply, chart: true }`): on Node 20 such a literal gets
 * a new hidden class on every call once its function is optimized, 1–3 µs each and a missed
 * inline cache at every later read of the copy (src/core/extended.ts; README, Performance).
 * Module-level literals run once and may spread. The adapters' replies to buttons and Discord
 * interactions are typed by Bolt and discord.js and wait on the network; they are left as written.
 */
const SRC = new URL("../src/", import.meta.url).pathname;
const ANSWER_PATH = ["core", "dispatch", "commands", "reply", "conversation", "app", "charts", "hf", "i18n"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** `file:line: literal` for each literal inside a function that starts with a spread and has more after it. */
function spreadsThenMore(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean) => {
    const inside = inFunction || ts.isFunctionLike(node);
    if (
      inside &&
      ts.isObjectLiteralExpression(node) &&
      node.properties.length > 1 &&
      node.properties[0] !== undefined &&
      ts.isSpreadAssignment(node.properties[0])
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${relative(SRC, path)}:${line}: ${node.getText().replace(/\s+/g, " ").slice(0, 80)}`);
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, false);
  return found;
}

describe("object copies on the answer path", () => {
  it("finds the pattern it forbids (the scan itself works)", () => {
    const sample = join(SRC, "core/extended.ts");
    expect(spreadsThenMore(sample)).toEqual([expect.stringContaining("{ ...base, ...more }")]);
  });

  it("no function of the command layer or the app starts a literal with a spread and goes on", () => {
    const found = ANSWER_PATH.flatMap((dir) => files(join(SRC, dir)))
      .filter((path) => !path.endsWith("core/extended.ts"))
      .flatMap(spreadsThenMore);
    expect(found).toEqual([]);
  });
});
