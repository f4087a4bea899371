import { describe, expect, it } from "vitest";
import { rendered } from "./helpers.ts";

const layoutFormula = (line: string) => rendered(line).rows.find((row) => row.label === "Layout")?.formula;

describe("a serving layout's rule says only what it was chosen by", () => {
  it("a bare size (no layers known): tensor parallel within a node of 8, no pipeline rule", () => {
    expect(layoutFormula("how many H100s to serve 70B")).toBe("t = 2^k ≤ 8");
  });

  it("Llama 3 70B (64 heads, 80 layers, its config.json): t divides the heads, p the layers", () => {
    expect(layoutFormula("does llama 3 70b fit on 2 H100")).toBe(
      "t = 2^k ≤ 8 dividing 64 heads; p dividing 80 layers",
    );
  });
});
