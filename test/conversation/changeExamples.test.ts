import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";

/** The changes a refused follow-up shows as its example (`e.g. gpu=A100 · gpus=1024; …`). */
const exampleOf = (text: string): string[] => {
  const example = /e\.g\. (.+?); a whole question starts over/.exec(text)?.[1];
  if (!example) throw new Error(`no example in: ${text}`);
  return example.split(" · ");
};

describe("a refused follow-up's example is a change its thread takes", () => {
  // `model gpt-3` and `gpus h100` showed `e.g. gpu=H100`, itself refused in those threads (“I don't
  // know the run “gpu=H100””); a layer list showed `layers=48`, which it does not use.
  it.each([
    ["model gpt-3", "GPT-3 175B"],
    ["model palm", "PaLM 540B"],
    ["gpus h100", "H100 SXM5 80GB"],
    ["params dense 784->128, dense 128->10", "100,480"],
    ["params transformer layers=96 d=12288 vocab=50257 ctx=2048", "GPT-style"],
    ["70B 15T gpu=H100 gpus=512", "70B parameters"],
    ["cards 70B gpu=H100 mode=train", "70B parameters"],
  ])("after `%s`, each change the refusal names is answered and used", async (question, shown) => {
    const ask = thread();
    expect((await ask(question)).text).toContain(shown);
    const refused = await ask("xyzzy");
    expect(refused.turn.reply.ok).toBe(false);
    for (const change of exampleOf(refused.text)) {
      const say = thread();
      await say(question);
      const more = await say(change);
      expect(more.turn.reply.ok, `${change}: ${more.text}`).toBe(true);
      expect(more.text).not.toContain("Not used");
    }
  });
});
