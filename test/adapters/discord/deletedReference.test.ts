/**
 * A mention replying to a message that was deleted since (the bot's answer removed by a moderator,
 * or anyone's message), driven through the real discord.js client against the stand-in: Discord's
 * gateway sends the reply with `referenced_message: null`, and fetching the reference is refused
 * with 10008 Unknown Message. The bot used to let that refusal end the handler (logged "could not
 * answer a reply"), so the person who asked heard nothing at all.
 */
import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiscordClient } from "../../../src/adapters/discord/client.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { joinGuild, replyTo } from "./replies.ts";
import { type StandIn, startStandIn } from "./standin.ts";

let standIn: StandIn;
let client: Client;

beforeAll(async () => {
  standIn = await startStandIn();
  client = createDiscordClient(loadConfig({}), pino({ level: "silent" }), {
    answerer: testAnswerer(),
    rest: { api: standIn.api },
    store: new MemoryContextStore(),
  });
  joinGuild(client);
});
afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

let counter = 0;

/** MESSAGE_CREATE: a reply pinging the bot to message `to`, which the stand-in does not have (deleted). */
async function replyToDeleted(content: string): Promise<{ embeds?: { title?: string }[]; flags?: number }> {
  counter += 1;
  const id = `13700000000000000${String(counter).padStart(2, "0")}`;
  const to = `13800000000000000${String(counter).padStart(2, "0")}`;
  expect(standIn.messages.has(to)).toBe(false);
  return (await replyTo(client, standIn, {
    id,
    to,
    author: "1300000000000007001",
    content,
    deleted: true,
  })) as {
    embeds?: { title?: string }[];
  };
}
const texts = (body: unknown) => JSON.stringify(body).replace(/\\n/g, "\n");

describe("a mention replying to a deleted message is answered", () => {
  test("a change (`gpus=2048`) is told the message it changes is gone, in a short message", async () => {
    const body = await replyToDeleted("gpus=2048");
    expect(body.embeds?.[0]?.title).toBe("The message you replied to was deleted");
    expect(texts(body)).toContain("Ask the whole question again");
    // Not "the bot restarted": nothing was lost by the bot.
    expect(texts(body)).not.toContain("restarted");
  });

  test("in the asker's language: 那 2048 張呢", async () => {
    const body = await replyToDeleted("那 2048 張呢");
    expect(body.embeds?.[0]?.title).toBe("你回覆的訊息已被刪除");
  });

  test("a whole question with a wrong word is refused for that word, not told the message is gone", async () => {
    const body = await replyToDeleted("70B 2T gpu=H1000");
    expect(texts(body)).toContain("I don't know the GPU “H1000”");
    expect(body.embeds?.[0]?.title).not.toBe("The message you replied to was deleted");
  });

  test("a whole question is answered as a question of its own: 6 × 70B × 2T = 8.4 × 10²³ FLOP", async () => {
    const body = await replyToDeleted("70B 2T gpu=H100");
    expect(texts(body)).toContain("Training compute: 70B parameters × 2T tokens");
    expect(texts(body)).toContain("8.4 × 10²³ FLOP");
  });
});
