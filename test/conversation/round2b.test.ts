/**
 * A serving question after a training answer in a thread: the same model served, never the training
 * answer again with `serve` named as not used. Serving weights in bf16 take 2 bytes per parameter
 * (Pope et al. 2022); an H100 SXM5 holds 80 GB (NVIDIA datasheet), so 70B's 140 GB of weights need
 * more than one card: TP 4 is the smallest power of two whose share (35 GB) fits with the overhead.
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import { renderForTerminal } from "../../src/adapters/cli/render.ts";
import { converse, type Turn } from "../../src/adapters/slack/conversation.ts";
import type { ListenerDeps } from "../../src/adapters/slack/listeners/deps.ts";
import type { Ask } from "../../src/app/answer.ts";
import { MemoryContextStore } from "../../src/conversation/store.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { testAnswerer } from "../support/answerer.ts";

/** One Slack thread: each call is a mention in it; returns the reply as text and the turn. */
function thread(lang: Lang = "en") {
  const answerer = testAnswerer();
  const deps = {
    lang,
    store: new MemoryContextStore(),
    answer: (ask: Ask) => answerer.answerWithHub(ask),
    logger: pino({ level: "silent" }),
    inflight: {},
    dedupe: {},
    toMessage: () => {
      throw new Error("not used by converse");
    },
  } as unknown as ListenerDeps;
  return async (line: string): Promise<{ text: string; turn: Turn }> => {
    const turn = await converse(deps, { key: "slack:thread:C1:1.1", inThread: true, userId: "U1" }, line);
    return { text: renderForTerminal(turn.reply, turn.reply.lang ?? lang, false, 200), turn };
  };
}

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
