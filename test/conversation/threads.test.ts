/**
 * Slack threads as a meeting uses them, driven through the real conversation code (`converse()`
 * with a context store and the real answerer) and rendered as a person reads the reply.
 * Numbers: 6·N·D (Kaplan et al. 2020 §2.1) at 40% MFU on dense bf16 peaks (NVIDIA datasheets):
 * 70B × 15T on 512 H100 (989.4 TFLOP/s) → 360 days.
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
    answer: (ask: Ask) => answerer.answer(ask),
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

describe("a thread keeps its language", () => {
  it("a Chinese question in an English workspace: follow-ups and refusals answer in zh-TW", async () => {
    const say = thread("en");
    const first = await say("用 512 張 H100 訓練 70B 15T token");
    expect(first.text).toContain("訓練時間");
    expect(first.turn.question?.lang).toBe("zh-TW");
    const h200 = await say("換成 H200");
    expect(h200.turn.reply.lang).toBe("zh-TW");
    expect(h200.text).toContain("追問 (gpu=H200)");
    expect(h200.text).not.toContain("Follow-up");
    const refused = await say("gpus=lots");
    expect(refused.turn.reply.ok).toBe(false);
    expect(refused.turn.reply.lang).toBe("zh-TW");
  });
});
