import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extended } from "../../src/core/extended.ts";

describe("extended", () => {
  it("copies as `{ ...base, ...more }` does: the same keys, values and order", () => {
    const record = fc.dictionary(
      fc.string({ maxLength: 6 }),
      fc.oneof(fc.string(), fc.integer(), fc.boolean()),
    );
    fc.assert(
      fc.property(record, record, (base, more) => {
        const copy = extended(base, more);
        const spread = { ...base, ...more };
        expect(Object.entries(copy)).toEqual(Object.entries(spread));
        expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
        expect(copy).not.toBe(base);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps an own `__proto__` key a key, never the copy's prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "gpu": "h100"}') as object;
    for (const copy of [extended(parsed, { mode: "infer" }), extended({ mode: "infer" }, parsed)]) {
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect((copy as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    }
  });

  it("gives every copy made by optimized code the same hidden class (the reason it exists)", () => {
    // Run in a child with V8's natives syntax: the copies of a hot function, after V8 optimized it.
    const module = new URL("../../src/core/extended.ts", import.meta.url).href;
    const script = `
      const { extended } = await import(${JSON.stringify(module)});
      const made = () => { const o = {}; for (const k of ["params", "layers", "hidden", "heads", "vocab", "context"]) o[k] = "1"; return o; };
      const hot = (f) => extended(f, { gpu: "h100", mode: "infer" });
      let previous, same = true;
      for (let i = 0; i < 200000; i++) { const copy = hot(made()); if (i > 150000 && !%HaveSameMap(copy, previous)) same = false; previous = copy; }
      process.stdout.write(String(same));`;
    const out = execFileSync(
      process.execPath,
      ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", script],
      { encoding: "utf8" },
    );
    expect(out).toBe("true");
  });
});
