/**
 * Chinese questions refused on one word: 有哪些 80GB 的卡 (which cards have 80 GB) on 哪些, read as
 * params; 10的24次方 FLOP 預算下 最佳模型多大 (the best model under a 1e24 budget) on 下. Each is now
 * the English question's answer: `gpus 80gb`, and the budget's compute-optimal split.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("the catalog by memory, asked in Chinese", () => {
  it.each<[string, string]>([
    ["有哪些 80GB 的卡", "80gb"],
    ["有哪些 80GB 的 GPU", "80gb"],
    ["哪些 24G 顯卡", "24gb"],
  ])("%s: the GPU catalog filtered as `gpus %s`", (line, filter) => {
    const asked = answered(line, "zh-TW");
    expect(asked.command).toBe("gpus");
    expect(asked.readAs.filter).toBe(filter);
    // H100 SXM5 has 80 GB (NVIDIA datasheet); the RTX 4090 has 24 GB.
    const listed = asked.rendered.rows.map((row) => `${row.label} ${row.value}`).join("\n");
    expect(listed).toContain(filter === "80gb" ? "H100 SXM5 80GB · 80 GB" : "RTX 4090 24GB · 24 GB");
  });
});

describe("a budget said with 預算下", () => {
  it.each(["10的24次方 FLOP 預算下 最佳模型多大", "1e24 FLOP 預算下最佳模型"])(
    "%s: N* = √(C / 120) = 91.3B, D* = 20 · N* (Hoffmann et al. 2022)",
    (line) => {
      const { result } = answered(line, "zh-TW");
      expect(result.flops).toBeCloseTo(1e24, -20);
      const optimal = Math.sqrt(1e24 / 120);
      expect(result.params as number).toBeCloseTo(optimal, -8);
      expect(result.tokens as number).toBeCloseTo(20 * optimal, -9);
    },
  );
});
