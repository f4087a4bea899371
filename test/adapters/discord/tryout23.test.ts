import { describe, expect, test } from "vitest";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { chatInput, guildMember, USER } from "./payloads.ts";
import { joinGuild, replyTo as replyToBot, storeBotMessage } from "./replies.ts";

interface Callback {
  type: number;
  data?: { embeds?: unknown[]; components?: unknown[] };
}

const bot = useBotAgainstStandIn(
  { answerer: testAnswerer(1_000), store: new MemoryContextStore() },
  joinGuild,
);

const texts = (body: Callback) =>
  JSON.stringify(body.data?.embeds ?? [])
    .replace(/\\n/g, "\n")
    .replace(/\\"/g, '"');

/** `/flops compute …` by `asker`; the answer is then a message of the bot's in the channel (its id). */
async function ask(asker: string, values: Record<string, string>): Promise<string> {
  const raw = { ...chatInput("compute", values), member: guildMember({ ...USER, id: asker }) };
  (
    bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
  const request = await bot.standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  const body = request.body as Callback;
  const id = `13623000000000000${asker.slice(-2)}`;
  storeBotMessage(bot.standIn, id, body.data);
  return id;
}

let replies = 0;
/** A user's reply to the bot's message `to`, which pings the bot. */
async function replyTo(to: string, author: string, content: string): Promise<Callback> {
  replies += 1;
  const id = `13723000000000000${String(replies).padStart(2, "0")}`;
  const body = await replyToBot(bot.client, bot.standIn, { id, to, author, content });
  return { type: 0, data: body as Callback["data"] };
}

describe("a reply that is a whole question said as a change", () => {
  test("`what about 7B on 1T` keeps the answer's 512 × H100 (it started over with no GPU)", async () => {
    const asker = "1300000000000023001";
    const first = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const more = await replyTo(first, asker, "what about 7B on 1T");
    expect(4.2e22 / (512 * 989.4e12 * 0.4) / 86_400).toBeCloseTo(2.4, 2);
    expect(texts(more)).toContain("2.4 days");
    expect(texts(more)).toContain("compute params=7B tokens=1T gpu=H100 gpus=512");
  });

  test("`and llama 3 405b?` starts over with the run's own figures and says the answer's question is not carried over", async () => {
    const asker = "1300000000000023002";
    const first = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const run = await replyTo(first, asker, "and llama 3 405b?");
    // Llama 3 405B: 16,384 H100 (Llama 3 paper).
    expect(texts(run)).toContain("16,384 × H100");
    expect(texts(run)).toContain("not carried over");
  });
});
