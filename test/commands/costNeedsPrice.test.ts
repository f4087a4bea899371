import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const notesOf = (line: string) => ask(line).notes.map((n) => n.key);

// Cost = GPU-hours × price per GPU-hour; without a price there is no cost, and the answer says how to add one.
describe("a GPU plan without a price says how to get the cost", () => {
  it("how much does it cost to train llama 2 70b: no Cost row, and a note naming price=", () => {
    const line = "how much does it cost to train llama 2 70b";
    expect(result(line).costUsd).toBeUndefined();
    expect(notesOf(line)).toContain("note.costNeedsPrice");
    expect(said(line)).toContain("add one, e.g. price=$2/h");
    expect(said(line, "zh-TW")).toContain("請加上價格，例如 price=$2/h");
  });

  it("with price=$2/h the cost is GPU-hours × $2 (Llama 2 70B: 1,720,320 A100-hours, Touvron et al. 2023, Table 2) and no note", () => {
    const line = "llama-2-70b price=$2/h";
    const r = result(line);
    expect(r.costUsd).toBeCloseTo(r.gpuHours * 2, 6);
    expect(r.gpuHours).toBe(1_720_320);
    expect(notesOf(line)).not.toContain("note.costNeedsPrice");
  });

  it("without a GPU there is no plan, and no price note", () => {
    expect(notesOf("70B 2T")).not.toContain("note.costNeedsPrice");
  });
});
