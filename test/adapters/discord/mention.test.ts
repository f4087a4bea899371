/**
 * `@flopsbot 70B 15T` in a channel, and questions sent to the bot in a direct message, on the real
 * discord.js client: MESSAGE_CREATE as the gateway delivers it (through discord.js's own message
 * action, which builds the Message and its mentions, and a partial DM channel), answered as a reply
 * on a local stand-in for Discord's REST API. Numbers: 6 × 70B × 15T = 6.3 × 10²⁴ FLOP (Kaplan et
 * al. 2020 §2.1) on 512 H100 SXM (989.4 TFLOP/s dense bf16, NVIDIA datasheet) at 40% MFU: 360
 * days; on 2048: 90.0 days. Chinchilla (Hoffmann et al. 2022): 20 tokens a parameter, 70B → 1.4T.
 */
import type { Client } from "discord.js";
import { describe, expect, test } from "vitest";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { CHANNEL_ID, discordMessage, GUILD_ID, USER } from "./payloads.ts";
import { joinGuild, replyTo } from "./replies.ts";
import { BOT_USER, type Recorded } from "./standin.ts";

/** Three questions a minute per person, so the limit is reached in a test. */
const LIMIT = 3;
const bot = useBotAgainstStandIn(
  { answerer: testAnswerer(LIMIT), store: new MemoryContextStore() },
  joinGuild,
);

const DM_CHANNEL = "1300000000000000777";

interface Sent {
  content?: string;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  components?: { components?: { custom_id?: string }[] }[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id?: string };
  flags?: number;
}

const texts = (body: Sent): string =>
  JSON.stringify([body.content ?? "", ...(body.embeds ?? []).map((e) => [e.title, e.description, e.fields])]);

let next = 0;
const messageId = () => `13800000000000${String(++next).padStart(5, "0")}`;

/** The gateway's MESSAGE_CREATE handed to discord.js's own action (what the WebSocket shard does with it). */
function deliver(client: Client, data: Record<string, unknown>): void {
  (
    client as unknown as { actions: { MessageCreate: { handle(data: unknown): void } } }
  ).actions.MessageCreate.handle(data);
}

/** A server message by `author` (mentioning the bot when its content does, as Discord lists mentions). */
function channelMessage(id: string, author: string, content: string, extra: Record<string, unknown> = {}) {
  return discordMessage({
    id,
    guild_id: GUILD_ID,
    author: { ...USER, id: author },
    content,
    mentions: content.includes(`<@${BOT_USER.id}>`) ? [BOT_USER] : [],
    ...extra,
  });
}

const postedIn = (channel: string, to: string) => (r: Recorded) =>
  r.method === "POST" &&
  r.path === `/api/v10/channels/${channel}/messages` &&
  (r.body as Sent).message_reference?.message_id === to;

/** Sends a mention and resolves with the bot's reply to it. */
async function mention(author: string, content: string, extra: Record<string, unknown> = {}): Promise<Sent> {
  const id = messageId();
  const answered = bot.standIn.next(postedIn(CHANNEL_ID, id));
  deliver(bot.client, channelMessage(id, author, content, extra));
  return (await answered).body as Sent;
}

/** Whether anything was posted in reply to `id` within a short wait (the handler runs at once). */
async function anyReplyTo(channel: string, id: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return bot.standIn.requests.some(postedIn(channel, id));
}

describe("@flopsbot in a channel (a message mentioning the bot)", () => {
  test("is answered as a reply to the message, with the answer's controls, pinging no one", async () => {
    const body = await mention("1300000000000040001", `<@${BOT_USER.id}> 70B 15T gpu=H100 gpus=512`);
    expect(texts(body)).toContain("360 days");
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.flags ?? 0).toBe(0);
    // The GPU menu and buttons, so a reply to this answer can follow up on it.
    const ids = (body.components ?? []).flatMap((row) => row.components ?? []).map((c) => c.custom_id);
    expect(ids.some((id) => id?.startsWith("fg:"))).toBe(true);
  });

  test("the mention may stand anywhere in the message, as Slack's app_mention", async () => {
    const body = await mention("1300000000000040002", `hey <@${BOT_USER.id}> chinchilla 70B`);
    expect(texts(body)).toContain("1.4T tokens");
  });

  test("a question written in Chinese is answered in Chinese", async () => {
    const body = await mention(
      "1300000000000040003",
      `<@${BOT_USER.id}> 70B 模型 15T token 512 張 H100 要多久`,
    );
    expect(texts(body)).toContain("360 天");
  });

  test("the mention alone gets help; a question it cannot read gets the error with an example", async () => {
    const help = await mention("1300000000000040004", `<@${BOT_USER.id}>`);
    expect(texts(help)).toContain("/flops");
    const refused = await mention("1300000000000040005", `<@${BOT_USER.id}> 175Q`);
    expect(texts(refused)).toContain(t("en", "error.example", { example: "" }).trim());
    expect(refused.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("@everyone in the question pings no one: the reply allows no mentions", async () => {
    const body = await mention(
      "1300000000000040006",
      `<@${BOT_USER.id}> @everyone 70B 15T gpu=H100 gpus=512`,
    );
    expect(body.allowed_mentions?.parse).toEqual([]);
  });

  test("another person's mention is said skipped, not dropped unsaid; the bot's own (also `<@!id>`) is the address", async () => {
    const other = "1300000000000099999";
    const body = await mention(
      "1300000000000040016",
      `<@!${BOT_USER.id}> 70B 15T gpu=H100 gpus=512 <@${other}>`,
      { mentions: [BOT_USER] },
    );
    expect(texts(body)).toContain("360 days");
    // The note names the mention (quoted back inert) and says why it was skipped.
    const why = t("en", "read.link", { word: "" }).split(": ")[1] ?? "";
    expect(why.length).toBeGreaterThan(10);
    expect(texts(body)).toContain(why.slice(0, 30));
    expect(texts(body)).toContain(other);
    expect(texts(body)).not.toContain(BOT_USER.id);
    expect(body.allowed_mentions?.parse).toEqual([]);
  });

  test("Discord markup in the question (a role, a channel, a timestamp) is quoted back inert", async () => {
    const body = await mention(
      "1300000000000040016",
      `<@${BOT_USER.id}> 70B <@&1300000000000000555> <#${CHANNEL_ID}> <t:0:R>`,
    );
    const said = (body.embeds ?? []).flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]);
    expect(said.join("\n")).toContain("t:0:R");
    expect(said.filter((text) => /<(?:@[!&]?\d+|#\d+|t:-?\d+(?::[tTdDfFR])?)>/.test(text))).toEqual([]);
  });

  test("a reply to a person's message that mentions the bot is a question of its own", async () => {
    const theirs = messageId();
    bot.standIn.messages.set(
      theirs,
      channelMessage(theirs, "1300000000000040099", "how long would 70B take?"),
    );
    const body = await mention("1300000000000040007", `<@${BOT_USER.id}> 70B 15T gpu=H100 gpus=512`, {
      type: 19,
      message_reference: { type: 0, message_id: theirs, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
    });
    expect(texts(body)).toContain("360 days");
  });

  test("a reply to the mention's answer follows up on it (gpus=2048: 90.0 days)", async () => {
    const asker = "1300000000000040008";
    const first = await mention(asker, `<@${BOT_USER.id}> 70B 15T gpu=H100 gpus=512`);
    const answerId = [...bot.standIn.messages.entries()].find(
      ([, m]) => JSON.stringify((m as { embeds?: unknown }).embeds) === JSON.stringify(first.embeds),
    )?.[0];
    if (!answerId) throw new Error("the answer was not stored");
    const more = (await replyTo(bot.client, bot.standIn, {
      id: messageId(),
      to: answerId,
      author: asker,
      content: "gpus=2048",
    })) as Sent;
    expect(texts(more)).toContain("90.0 days");
  });

  test("nothing for a message that does not mention the bot, nor for a bot's or a webhook's that does", async () => {
    const plain = messageId();
    deliver(bot.client, channelMessage(plain, "1300000000000040009", ""));
    const fromBot = messageId();
    deliver(
      bot.client,
      discordMessage({
        id: fromBot,
        guild_id: GUILD_ID,
        author: { ...USER, id: "1300000000000040010", bot: true },
        content: `<@${BOT_USER.id}> 70B 15T`,
        mentions: [BOT_USER],
      }),
    );
    const fromWebhook = messageId();
    deliver(
      bot.client,
      channelMessage(fromWebhook, "1300000000000040011", `<@${BOT_USER.id}> 70B 15T`, {
        webhook_id: "1300000000000040012",
      }),
    );
    expect(await anyReplyTo(CHANNEL_ID, plain)).toBe(false);
    expect(await anyReplyTo(CHANNEL_ID, fromBot)).toBe(false);
    expect(await anyReplyTo(CHANNEL_ID, fromWebhook)).toBe(false);
  });

  test(`rate-limited like a command (${LIMIT} a minute here): told once, then not answered at all`, async () => {
    const asker = "1300000000000040013";
    for (let i = 0; i < LIMIT; i++) {
      const body = await mention(asker, `<@${BOT_USER.id}> chinchilla 70B`);
      expect(texts(body)).toContain("1.4T tokens");
    }
    const limited = await mention(asker, `<@${BOT_USER.id}> chinchilla 70B`);
    expect(texts(limited)).toContain(t("en", "rate.title"));
    expect(texts(limited)).not.toContain("1.4T tokens");
    const again = messageId();
    deliver(bot.client, channelMessage(again, asker, `<@${BOT_USER.id}> chinchilla 70B`));
    expect(await anyReplyTo(CHANNEL_ID, again)).toBe(false);
    // Someone else in the channel is answered as before.
    const other = await mention("1300000000000040014", `<@${BOT_USER.id}> chinchilla 70B`);
    expect(texts(other)).toContain("1.4T tokens");
  });
});

describe("a direct message to the bot", () => {
  /** A DM from `author` saying `content`, as the gateway delivers it; resolves with the bot's reply. */
  async function direct(author: string, content: string): Promise<Sent> {
    const id = messageId();
    const answered = bot.standIn.next(postedIn(DM_CHANNEL, id));
    deliver(
      bot.client,
      discordMessage({
        id,
        channel_id: DM_CHANNEL,
        // Discord names a DM's channel type in MESSAGE_CREATE; discord.js makes the channel from it.
        channel_type: 1,
        author: { ...USER, id: author },
        content,
      }),
    );
    return (await answered).body as Sent;
  }

  test("is answered without a mention, as a reply in the DM (discord.js makes the uncached DM channel)", async () => {
    const body = await direct("1300000000000040015", "70B 15T gpu=H100 gpus=512");
    expect(texts(body)).toContain("360 days");
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("`private` is answered there: a DM is private already (in a channel it is refused, pointed at /flops)", async () => {
    const body = await direct("1300000000000040017", "70B 15T gpu=H100 gpus=512 private");
    expect(texts(body)).toContain("360 days");
    expect(texts(body)).not.toContain(t("en", "discord.replyPrivateTitle"));
    const inChannel = await mention(
      "1300000000000040017",
      `<@${BOT_USER.id}> 70B 15T gpu=H100 gpus=512 private`,
    );
    expect(texts(inChannel)).toContain(t("en", "discord.replyPrivateTitle"));
    expect(texts(inChannel)).not.toContain("360 days");
  });
});

describe("a reply to one of the bot's messages that carries no question", () => {
  /** The user's reply `id` to the bot's message `to`, stored as Discord keeps it (so a later reply can walk back through it). */
  async function replyAndKeep(
    to: string,
    author: string,
    content: string,
  ): Promise<{ id: string; body: Sent }> {
    const id = messageId();
    const body = (await replyTo(bot.client, bot.standIn, { id, to, author, content })) as Sent;
    bot.standIn.messages.set(
      id,
      channelMessage(id, author, `<@${BOT_USER.id}> ${content}`, {
        type: 19,
        message_reference: { type: 0, message_id: to, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
      }),
    );
    return { id, body };
  }
  /** The id of the bot's message stored last (its latest reply). */
  const lastBotMessage = () =>
    [...bot.standIn.messages.keys()].filter((k) => k.startsWith("135")).at(-1) ?? "";

  test("a correction replied to the refusal of a follow-up changes the answer that follow-up replied to", async () => {
    const asker = "1300000000000041001";
    await mention(asker, `<@${BOT_USER.id}> 70B 15T gpu=H100 gpus=512`);
    const answer = lastBotMessage();
    const { body: refused } = await replyAndKeep(answer, asker, "gpu=H1000");
    expect(texts(refused)).toContain("H1000");
    const refusal = lastBotMessage();
    expect(refusal).not.toBe(answer);
    const { body: fixed } = await replyAndKeep(refusal, asker, "gpu=A100");
    // 6 × 70B × 15T on 512 A100 SXM (312 TFLOP/s dense bf16) at 40% MFU: 9.86 × 10⁷ s = 3.1 years.
    expect(texts(fixed)).toContain("3.1 years");
    expect(texts(fixed)).toContain("gpu=A100");
  });

  test("a change replied to help is told there is no question there, not that the bot restarted", async () => {
    const asker = "1300000000000041002";
    await mention(asker, `<@${BOT_USER.id}>`);
    const { body } = await replyAndKeep(lastBotMessage(), asker, "gpu=A100");
    expect(texts(body)).toContain(t("en", "conversation.notAnswerTitle"));
    expect(texts(body)).not.toContain("restarted");
    // Discord's way on is a reply to an answer (Slack's is a reply in its thread).
    expect(texts(body)).toContain("Reply to an answer");
    expect(texts(body)).not.toContain("thread");
    // Help asks no question: the general whole question, not `/flops help`.
    expect(texts(body)).toContain("/flops 70B 15T gpu=H100 gpus=512");
  });
});
