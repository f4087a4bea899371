import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

describe("compute: the cards that hold the training state, as whole nodes a cluster runs", () => {
  it("405B on H100: 16 B × 405B = 6,480 GB over 72 GB usable is 90 cards, run as 96 (12 nodes of 8), as cards' layout gives", () => {
    const r = result("405B 15T gpu=H100 gpus=16384");
    // ZeRO §3.1: mixed-precision Adam keeps 16 B a parameter; 90% of 80 GB usable.
    expect(r.cards).toBe(Math.ceil((16 * 405e9) / (0.9 * 80e9)));
    expect(r.cards).toBe(90);
    expect(r.cardsWholeNodes).toBe(96);
    const text = said("405B 15T gpu=H100 gpus=16384");
    expect(text).toContain("8 × ⌈90 / 8⌉ = 12 nodes of 8");
    // The cards command's training layout for the same model and GPU counts the same 96.
    expect(result("cards 405B gpu=H100 mode=train").cards).toBe(r.cardsWholeNodes);
  });

  it("a count already in whole nodes (70B on H100: 1,120 GB / 72 GB = 16) or within one node gets no second row", () => {
    const big = result("70B 1.4T gpu=H100 gpus=1024");
    expect(big.cards).toBe(16);
    expect(big.cardsWholeNodes).toBeUndefined();
    expect(said("70B 1.4T gpu=H100 gpus=1024")).not.toContain("whole nodes of 8");
    // 7B: 112 GB over 72 GB usable is 2 H100s, one server.
    const small = result("7B 2T gpu=H100 gpus=64");
    expect(small.cards).toBe(2);
    expect(small.cardsWholeNodes).toBeUndefined();
  });
});
