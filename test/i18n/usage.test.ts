import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import type { OptionSpec } from "../../src/dispatch/options.ts";
import { en } from "../../src/i18n/en.ts";

/**
 * Every catalog key is used somewhere, and every key the code names exists. Keys are found in
 * the source as string literals; keys built at run time (`cmd.${name}.summary`, `opt.${name}`,
 * `part.${id}`, `title.params.${kind}`) are derived from the declarations they come from.
 * The compiler also checks literal keys of text(), row(), t() and new UserError() (src/i18n/keys.ts);
 * this scan stays for what it cannot see: unused keys, and literals passed through a string-typed
 * helper (model.ts's textRow).
 */
const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const CATALOGS = new Set(["i18n/en.ts", "i18n/zh-TW.ts"]);

const sourceFiles = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.replaceAll("\\", "/"))
  .filter((file) => !CATALOGS.has(file))
  .map((file) => ({
    file,
    ast: ts.createSourceFile(file, readFileSync(`${SRC}${file}`, "utf8"), ts.ScriptTarget.ES2022, true),
  }));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const isPlainString = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** Every plain string literal in the files. */
function literals(files: typeof sourceFiles): Set<string> {
  const found = new Set<string>();
  for (const { ast } of files) walk(ast, (node) => isPlainString(node) && found.add(node.text));
  return found;
}

/** Templates such as `cmd.${name}.summary`, as [head, tail] around the one interpolation. */
function templates(files: typeof sourceFiles): { file: string; head: string; tail: string; text: string }[] {
  const found: { file: string; head: string; tail: string; text: string }[] = [];
  for (const { file, ast } of files) {
    walk(ast, (node) => {
      if (!ts.isTemplateExpression(node)) return;
      const tail = node.templateSpans.at(-1)?.literal.text ?? "";
      found.push({ file, head: node.head.text, tail, text: node.getText() });
    });
  }
  return found;
}

/** String values of `property: "..."` in the files (part ids, architecture kinds). */
function propertyValues(files: typeof sourceFiles, property: string): Set<string> {
  const found = new Set<string>();
  for (const { ast } of files) {
    walk(ast, (node) => {
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText() === property &&
        isPlainString(node.initializer)
      ) {
        found.add(node.initializer.text);
      }
    });
  }
  return found;
}

const filesUnder = (folder: string) => sourceFiles.filter(({ file }) => file.startsWith(folder));

/** Keys the code builds at run time, derived from what they are built from. */
function dynamicKeys(): Map<string, string[]> {
  const commands = registry.commands;
  return new Map([
    ["cmd.", commands.map((c) => `cmd.${c.name}.summary`)],
    [
      "opt.",
      commands.flatMap((c) =>
        Object.keys(c.options as Record<string, OptionSpec>).map((name) => `opt.${name}`),
      ),
    ],
    ["part.", [...propertyValues(filesUnder("core/params/"), "id")].map((id) => `part.${id}`)],
    [
      "title.params.",
      [...propertyValues(filesUnder("commands/params.ts"), "kind")].map((kind) => `title.params.${kind}`),
    ],
  ]);
}

/** The literal first argument of text(), row(), textRow(), new UserError() and the second of t(lang, ...). */
function referencedKeys(): { key: string; where: string }[] {
  const found: { key: string; where: string }[] = [];
  // A literal, or `cond ? "a" : "b"` (two keys); a template or a variable is not checked here.
  const keysOf = (node: ts.Node | undefined): string[] => {
    if (!node) return [];
    if (isPlainString(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
    if (ts.isConditionalExpression(node)) return [...keysOf(node.whenTrue), ...keysOf(node.whenFalse)];
    return [];
  };
  const collect = (arg: ts.Node | undefined, where: string) => {
    for (const key of keysOf(arg)) found.push({ key, where });
  };
  for (const { file, ast } of sourceFiles) {
    walk(ast, (node) => {
      const where = `${file}:${ast.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        if (name === "text" || name === "row" || name === "textRow") collect(node.arguments[0], where);
        if (name === "t") collect(node.arguments[1], where);
      }
      if (ts.isNewExpression(node) && node.expression.getText() === "UserError") {
        collect(node.arguments?.[0], where);
      }
    });
  }
  return found;
}

const keys = Object.keys(en);

function unusedKeys(candidates: readonly string[]): string[] {
  const used = literals(sourceFiles);
  const derived = dynamicKeys();
  for (const list of derived.values()) for (const key of list) used.add(key);
  // Other templates that build keys (e.g. `discord.lang.${lang}`): every key they can match counts as used.
  const patterns = templates(sourceFiles)
    .filter(({ head }) => /^[a-z][\w-]*(\.[\w-]+)*\.$/i.test(head) && !derived.has(head))
    .map(({ head, tail }) => new RegExp(`^${escapeRegExp(head)}[\\w-]+${escapeRegExp(tail)}$`));
  return candidates.filter((key) => !used.has(key) && !patterns.some((p) => p.test(key)));
}

describe("catalog keys and the code", () => {
  it("finds the code's keys (the scan itself works)", () => {
    const used = literals(sourceFiles);
    expect(used.has("row.trainingFlops")).toBe(true); // row("row.trainingFlops", ...) in compute.ts
    expect(used.has("mfu.impossible")).toBe(true); // a warning id in core/mfu.ts
    expect(referencedKeys().map((r) => r.key)).toEqual(
      expect.arrayContaining(["row.hardwareFlops", "row.modelFlops", "params.kvHeads", "unit.years"]),
    );
    const derived = dynamicKeys();
    expect(derived.get("part.")).toEqual(expect.arrayContaining(["part.attention", "part.routedExperts"]));
    expect(derived.get("title.params.")).toEqual(
      expect.arrayContaining(["title.params.gpt", "title.params.decoder", "title.params.network"]),
    );
    expect(derived.get("opt.")).toContain("opt.gpu-hours");
  });

  it("uses every key of en.ts somewhere in src", () => {
    expect(unusedKeys(["row.trainingFlops", "cmd.mfu.summary", "opt.gpu-hours", "row.noSuchRow"])).toEqual([
      "row.noSuchRow",
    ]);
    const unused = unusedKeys(keys);
    expect(unused, `keys no code uses: ${unused.join(", ")}`).toEqual([]);
  });

  it("every key named in text(), row(), textRow(), t() and new UserError() exists in en.ts", () => {
    const missing = referencedKeys()
      .filter(({ key }) => !Object.hasOwn(en, key))
      .map(({ key, where }) => `${where} ${key}`);
    expect(missing).toEqual([]);
  });

  it("every command has its summary, every option its description, every architecture its title", () => {
    const derived = dynamicKeys();
    const needed = [
      ...(derived.get("cmd.") ?? []),
      ...(derived.get("opt.") ?? []),
      ...(derived.get("title.params.") ?? []),
    ];
    expect(needed.filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });

  it("every part of a transformer or decoder count has its label", () => {
    // The parts params.ts shows as `part.<id>`: the GPT-style and Llama-style ones (dense, conv and
    // RNN parts only feed a network's per-layer totals, shown as part.layer).
    const files = [...filesUnder("core/params/transformer.ts"), ...filesUnder("core/params/decoder.ts")];
    const ids = [...propertyValues(files, "id")];
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.map((id) => `part.${id}`).filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
