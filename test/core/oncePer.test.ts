import { describe, expect, it } from "vitest";
import { oncePer } from "../../src/core/oncePer.ts";
import { estimateRun } from "../../src/core/runs/analysis.ts";
import { lookupModel } from "../../src/core/runs/lookup.ts";

describe("oncePer", () => {
  it("works a value out once per object, false and undefined included, and apart for each object", () => {
    const calls: object[] = [];
    const derive = oncePer((key: { n: number }) => {
      calls.push(key);
      return key.n > 1 ? key.n * 2 : key.n === 1 ? false : undefined;
    });
    const [a, b, c] = [{ n: 3 }, { n: 1 }, { n: 0 }];
    expect([derive(a), derive(b), derive(c), derive(a), derive(b), derive(c)]).toEqual([
      6,
      false,
      undefined,
      6,
      false,
      undefined,
    ]);
    expect(calls).toEqual([a, b, c]);
  });

  it("gives a catalog run the same estimate object each time (GPT-3: 175B parameters, 300B tokens)", () => {
    const gpt3 = lookupModel("gpt-3");
    if (!gpt3) throw new Error("GPT-3 is in the run catalog");
    expect(gpt3.published.params.value).toBe(175e9);
    expect(estimateRun(gpt3)).toBe(estimateRun(gpt3));
  });
});
