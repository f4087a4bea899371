import { describe, expect, it } from "vitest";
import { ask, result } from "../commands/helpers.ts";

/**
 * 全參數訓練 / 全量訓練 (training every parameter) is training, as 訓練 is; 全 is no count. The plan
 * is 6ND (Kaplan et al. 2020): 70B at Chinchilla's 20 tokens a parameter, 1.4T, is 5.88e23 FLOP; the
 * memory, mixed-precision Adam's 16 B a parameter (Rajbhandari et al. 2020, §3.1).
 */
describe("全參數訓練 and 全量訓練 read as training", () => {
  it.each(["全參數訓練 70B 要幾張 H100", "70B 全量訓練 要幾張 H100", "全參訓練 70B 要幾張 H100"])(
    "%s: 6 × 70B × 1.4T = 5.88e23 FLOP",
    (line) => {
      expect(ask(line, "zh-TW").ok).toBe(true);
      expect(result(line).flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
    },
  );

  it("用 H100 全參數訓練 llama-3-70b 需要多少記憶體: cards in mode train, 16 B × 70.6B of states", () => {
    const r = result("用 H100 全參數訓練 llama-3-70b 需要多少記憶體");
    expect(r.mode).toBe("train");
    expect(r.layout.gpus % 8).toBe(0);
  });
});
