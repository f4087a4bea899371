import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPLANATIONS, FORMULAS, type Formula, type FormulaId } from "../../src/core/formulas/index.ts";
import { en } from "../../src/i18n/en.ts";
import { formula, input, symbol, symbols } from "../../src/reply/build.ts";
import { formulaIds, formulaText } from "../../src/reply/formula.ts";

const all = Object.entries(FORMULAS) as [FormulaId, Formula][];

describe("the formula registry", () => {
  it("keys every formula by its own id, with a template or symbols, explanations that exist", () => {
    const keys = new Set(EXPLANATIONS.map((e) => e.key));
    for (const [id, f] of all) {
      expect(f.id, id).toBe(id);
      expect(f.symbolic ?? f.substituted, id).toBeTruthy();
      for (const key of f.explain) {
        expect(keys.has(key), `${id}: ${key}`).toBe(true);
        expect(Object.hasOwn(en, key), `${id}: ${key}`).toBe(true);
      }
    }
  });

  it("draws GPT-3's 6·N·D with the numbers put in, and evaluates it with the core function (Brown et al. 2020, Table D.1: 3.14e23)", () => {
    const ref = formula("training.flops", { N: input("params", 175e9), D: input("tokens", 300e9) });
    expect(formulaText(ref)).toBe("6 · N · D = 6 × 175B × 300B");
    const evaluate = FORMULAS["training.flops"].evaluate as (n: number, d: number) => number;
    expect(evaluate(175e9, 300e9) / 3.14e23).toBeCloseTo(1, 2);
  });

  it("draws the Chinchilla loss with the fit's own constants (Hoffmann et al. 2022, §3.3: 1.69, 406.4, 410.7, 0.34, 0.28)", () => {
    const fit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
    const ref = formula(
      "chinchilla.loss",
      Object.fromEntries(Object.entries(fit).map(([k, v]) => [k, input("plain", v)])),
    );
    expect(formulaText(ref)).toBe("E + A/N^α + B/D^β (1.69, 406.4, 410.7, 0.34, 0.28)");
  });

  it("nests symbols and fragments, and lists every id a row used (for explain)", () => {
    const perToken = formula("perToken.attention", { n: symbol("N_active") });
    const ref = formula(
      "mfu.workRun",
      { perToken: symbols(perToken), D: input("tokens", 14.8e12), flopsPerToken: input("flop", 2.5e11) },
      { after: [formula("range.point", { MFU: input("pct1", 0.4) })] },
    );
    expect(formulaText(ref)).toBe("D · (6N_active + 12·L·H·Q·T) = 14.8T × 250B (point: MFU 40%)");
    expect(formulaIds(ref)).toEqual(["mfu.workRun", "perToken.attention", "range.point"]);
  });

  it("fails loudly when a reference misses an input its template names", () => {
    expect(() => formulaText(formula("training.flops", { N: input("params", 1) }))).toThrow(/\{D\}/);
  });
});

/** The README's formula table: `| quantity | formula | source |` rows under "The formulas and their sources". */
function readmeTable(): { quantity: string; formula: string; source: string }[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const start = readme.indexOf("## The formulas and their sources");
  const lines = readme.slice(start).split("\n").slice(1);
  const rows: { quantity: string; formula: string; source: string }[] = [];
  for (const line of lines.slice(lines.findIndex((l) => l.startsWith("|")))) {
    if (!line.startsWith("|")) break;
    const [quantity = "", formulaCell = "", source = ""] = line
      .slice(1, -1)
      .split(" | ")
      .map((c) => c.trim());
    if (quantity === "quantity" || quantity.startsWith("---")) continue;
    rows.push({ quantity, formula: formulaCell, source });
  }
  return rows;
}

const squeeze = (text: string) => text.replace(/[\s`]/g, "");
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the README's formula table and the registry", () => {
  const table = readmeTable();
  const tagged = all.filter(([, f]) => f.readme !== undefined);

  it("reads the table (24 rows)", () => {
    expect(table.length).toBe(24);
  });

  it("has a registry formula for every row, and every tagged formula names a row", () => {
    const quantities = new Set(table.map((r) => r.quantity));
    for (const row of table) {
      expect(
        tagged.some(([, f]) => f.readme === row.quantity),
        `README row "${row.quantity}" has no registry formula`,
      ).toBe(true);
    }
    for (const [id, f] of tagged)
      expect(quantities.has(f.readme as string), `${id} → ${f.readme}`).toBe(true);
  });

  it("shows each formula's symbols in its row, and cites its source there", () => {
    for (const [id, f] of tagged) {
      const row = table.find((r) => r.quantity === f.readme);
      if (!row) continue;
      // A symbol slot (`{n}`: N or N_active) matches any symbol.
      const pattern = new RegExp(
        squeeze(f.symbolic ?? "")
          .split(/\{\w+\}/)
          .map(literal)
          .join("[^|]+?"),
      );
      expect(squeeze(row.formula), `${id}: ${f.symbolic}`).toMatch(pattern);
      if (f.source) {
        const [author = "", short = ""] = f.source.title.split(", ");
        const surname = author.split(" ")[0] ?? "";
        expect(
          row.source.includes(surname) || row.source.includes(short),
          `${id}: README cites "${row.source}", registry ${f.source.title}`,
        ).toBe(true);
      }
    }
  });
});
