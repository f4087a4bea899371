import { describe, expect, it } from "vitest";
import { ask, result, said } from "../commands/helpers.ts";

/**
 * `how many nodes` asks for a count; it is no node count left unsaid (`70B 2T on an H100 node`,
 * which is still refused: a node of how many GPUs?). A deadline's plan answers it in whole nodes of
 * 8 (DGX/HGX H100: 8 GPUs a server): 70B × 2T in 30 days at 40% MFU on H100 (989.4 TFLOP/s) is
 * ⌈8.4e23 / (2.592e6 s × 989.4e12 × 0.4)⌉ = 819 GPUs = 824 in 103 nodes.
 */
describe("how many nodes, in English and Traditional Chinese", () => {
  it.each([
    "how many H100 nodes for 70B 2T in 30 days",
    "how many nodes of H100 for 70B 2T in 30 days",
    "訓練 70B 2T 30 天內完成 需要幾個 H100 節點",
    "70B 2T 在 30 天內 要幾台 H100 節點",
  ])("%s: the deadline's GPUs, 819, as 103 nodes of 8", (line) => {
    expect(ask(line).ok).toBe(true);
    const r = result(line);
    expect(r.gpus).toBe(819);
    expect(r.gpusWholeNodes).toBe(824);
    expect(r.nodes).toBe(103);
  });

  it("without a deadline: the training compute, with the note that the count asked is the cards command's", () => {
    expect(ask("how many nodes to train 70B on H100").ok).toBe(true);
    expect(said("how many nodes to train 70B on H100")).toContain("You asked how many nodes");
    expect(said("how many nodes to train 70B on H100")).toContain("/flops cards 70B gpu=H100 mode=train");
    expect(said("訓練 405B 要幾台 H100 伺服器", "zh-TW")).toContain("你問了需要幾張 H100");
    expect(said("訓練 405B 要多少台機器", "zh-TW")).not.toContain("nodes");
  });

  it("a node of an unsaid size is still refused", () => {
    expect(ask("70B 2T on an H100 node").ok).toBe(false);
    expect(said("70B 2T on an H100 node")).toContain("A node of how many GPUs?");
  });
});
