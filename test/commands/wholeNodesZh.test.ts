import { describe, expect, it } from "vitest";
import { rendered, result } from "./helpers.ts";

/**
 * A deadline's GPUs as whole nodes of 8 (DGX/HGX H100: 8 GPUs a server): 70B × 2T = 8.4e23 FLOP in
 * 30 days at 40% MFU on H100 (989.4 TFLOP/s bf16 dense) is ⌈8.4e23 / (2.592e6 s × 989.4e12 × 0.4)⌉
 * = 819 GPUs, 8 × ⌈819 / 8⌉ = 824 = 103 nodes. The formula's words are the reader's language.
 */
const nodesFormula = (line: string, lang: "en" | "zh-TW") =>
  rendered(line, lang).rows.find((row) => row.formula?.includes("⌈GPUs / 8⌉"))?.formula ?? "";

describe("whole nodes of 8 in a deadline's plan, in both languages", () => {
  const line = "70B 2T in 30 days how many H100";
  it("819 GPUs → 824 = 103 nodes", () => {
    expect(Math.ceil(8.4e23 / (30 * 86_400 * 989.4e12 * 0.4))).toBe(819);
    expect(result(line).gpusWholeNodes).toBe(824);
    expect(nodesFormula(line, "en")).toBe("8 · ⌈GPUs / 8⌉ = 8 × ⌈819 / 8⌉ = 103 nodes of 8");
  });
  it("in Traditional Chinese the nodes are 個 8 卡節點, not English words", () => {
    const zh = nodesFormula("70B 2T 要在 30 天內完成需要幾張 H100", "zh-TW");
    expect(zh).toBe("8 · ⌈GPUs / 8⌉ = 8 × ⌈819 / 8⌉ = 103 個 8 卡節點");
    expect(zh).not.toContain("nodes of");
  });
});
