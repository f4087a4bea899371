import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";

describe("round2b: `how many cards to serve it` after a training answer serves the thread's model", () => {
  it.each(["how many cards to serve it", "and to serve it?", "部署要幾張卡", "how many GPUs to serve this"])(
    "`%s` after 70B 2T on 512 H100 → cards 70B gpu=H100 mode=infer",
    async (line) => {
      const say = thread();
      await say("70B 2T gpu=H100 gpus=512");
      const more = await say(line);
      expect(more.turn.reply.ok, more.text).toBe(true);
      expect(more.turn.reply.command).toBe("cards");
      expect(more.turn.question).toMatchObject({
        command: "cards",
        options: { params: "70B", gpu: "H100", mode: "infer" },
      });
      expect(more.text).not.toMatch(/Not used/);
      // 70B × 2 B = 140 GB of bf16 weights, 10% runtime overhead, 72 GB usable of 80 GB (vLLM's 0.9):
      // t ≥ 140 × 1.1 / 72 = 2.14, the next power of two 4.
      const least = (70e9 * 2 * 1.1) / 72e9;
      expect(2 ** Math.ceil(Math.log2(least))).toBe(4);
      expect((more.turn.reply.result as { cards: number }).cards).toBe(4);
    },
  );

  it("a published run's thread serves that run on its GPU", async () => {
    const say = thread();
    await say("llama-3-70b gpu=H100 gpus=1024");
    const more = await say("how many GPUs to serve it");
    expect(more.turn.reply.ok, more.text).toBe(true);
    expect(more.turn.question).toMatchObject({ command: "cards", options: { gpu: "H100", mode: "infer" } });
  });
});
