import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";

/** 6ND / (512 × 989.4 TFLOP/s × 40%) for 70B on 15T tokens: 6.3e24 / 2.03e17 s = 360 days (H100 SXM5 datasheet, bf16 dense). */
describe("a thread's follow-up that asks for the answer's language by its tag", () => {
  it.each(["in zh-TW", "answer in zh-TW", "in zh_tw"])(
    "`%s` re-answers the thread's question in Traditional Chinese, the numbers unchanged",
    async (line) => {
      const say = thread();
      await say("70B 15T gpu=H100 gpus=512");
      // It was refused: “I don't know what “zh-TW” changes in the thread's /flops compute.”
      const more = await say(line);
      expect(more.turn.reply.ok).toBe(true);
      expect(more.turn.reply.lang).toBe("zh-TW");
      expect(more.text).toContain("追問 (lang=zh-TW)");
      expect(more.text).toMatch(/訓練時間\s+360 天/);
    },
  );
});
