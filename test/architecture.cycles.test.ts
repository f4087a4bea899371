import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * No module in src imports itself back through others (a value import; `import type` is erased).
 * The last cycle, i18n/translate → reply/format → i18n/translate, came from formatting numbers
 * into strings in the commands and parsing them back for zh-TW; numbers now stay typed until
 * src/reply draws them.
 */
const SRC = new URL("../src/", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Each file's relative value imports (static `import … from` and `export … from`, not `import type`). */
function valueImports(path: string): string[] {
  const source = readFileSync(path, "utf8");
  const found: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)"/gms)) {
    if (!m[1] && m[2]) found.push(resolve(dirname(path), m[2]));
  }
  return found;
}

/** Groups of files that reach each other (Tarjan's strongly connected components, size > 1). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w) group.push(w);
      } while (w && w !== v);
      if (group.length > 1) found.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("src's import graph", () => {
  const all = files(SRC);
  const graph = new Map(all.map((f) => [f, valueImports(f).filter((d) => all.includes(d))]));

  it("reads the imports it checks (the scan sees the app's own entry point)", () => {
    expect(graph.get(join(SRC, "main.ts"))?.length).toBeGreaterThan(2);
  });

  it("has no cycles", () => {
    expect(cycles(graph).map((group) => group.map((f) => relative(SRC, f)).sort())).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const a = join(SRC, "a.ts");
    const b = join(SRC, "b.ts");
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toHaveLength(1);
  });
});
