import { describe, expect, it } from "vitest";
import { ask, result } from "../commands/helpers.ts";

/**
 * Papers write a layout as `TP8 PP16` (Llama Team 2024, Table 4: Llama 3 405B on 16,384 H100 with
 * TP 8, CP, PP 16, DP); typed that way it is cards' tp= and pp=, not an unknown word.
 */
describe("TP8 PP16 as typed in a layout", () => {
  it("reads Llama 3 405B's TP8 PP16 as tp=8 pp=16: the fullest of the 126 layers' stages holds 8", () => {
    const reply = ask("cards llama-3-405b gpu=H100 mode=train TP8 PP16");
    expect(reply.ok).toBe(true);
    const { layout } = result("cards llama-3-405b gpu=H100 mode=train TP8 PP16");
    expect(layout.tp).toBe(8);
    expect(layout.pp).toBe(16);
  });

  it("`train 70B on 64 H100 with TP-8 PP4 DP2` is the cards answer with that layout, on all 64", () => {
    const reply = ask("train 70B on 64 H100 with TP-8 PP4 DP2");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    const { layout } = result("train 70B on 64 H100 with TP-8 PP4 DP2");
    expect([layout.tp, layout.pp, layout.dp, layout.gpus]).toEqual([8, 4, 2, 64]);
  });

  it("a word that only looks like one (`tp8x`) is still refused, not guessed", () => {
    expect(ask("cards 70B gpu=H100 mode=train tp8x").ok).toBe(false);
  });
});
