import pino from "pino";
import { renderForTerminal } from "../../src/adapters/cli/render.ts";
import { converse, type Turn } from "../../src/adapters/slack/conversation.ts";
import type { ListenerDeps } from "../../src/adapters/slack/listeners/deps.ts";
import type { Ask } from "../../src/app/answer.ts";
import { MemoryContextStore } from "../../src/conversation/store.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { testAnswerer } from "./answerer.ts";

/** One Slack thread: each call is a mention in it; returns the reply as text and the turn. */
export function thread(lang: Lang = "en") {
  const answerer = testAnswerer();
  const deps = {
    lang,
    store: new MemoryContextStore(),
    // As the Slack app answers: the Hub step first (`hf:` fetched, a pasted config squeezed).
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
