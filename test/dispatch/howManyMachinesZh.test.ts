/**
 * llama-3-405b 要幾台 DGX H100 才能推論？ (how many DGX H100 to serve it) lost 幾台 (台 is filler), so
 * the DGX's count of 1 joined the model's name: "I don't know the run llama-3-405b 1", with an unrelated
 * Try line. 幾台 / 多少台 now ask the count, as `how many DGX H100` does.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("幾台 (how many machines)", () => {
  it.each(["llama-3-405b 要幾台 DGX H100 才能推論？", "llama-3-405b 推論需要多少台 DGX H100"])(
    "%s: Llama 3 405B served on H100, as `how many DGX H100 to serve llama-3-405b`",
    (line) => {
      const asked = answered(line, "zh-TW");
      const english = answered("how many DGX H100 to serve llama-3-405b");
      expect(asked.command).toBe("cards");
      expect(asked.result.params).toBe(english.result.params);
      expect(asked.result.cards).toBe(english.result.cards);
      // 406B × 2 B = 812 GB of bf16 weights (Llama 3 405B, 405.8B parameters): past one node of 8 × 72 GB.
      expect(asked.result.cards as number).toBeGreaterThan(8);
    },
  );
});
