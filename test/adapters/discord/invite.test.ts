/**
 * The invite URL in the README asks for what the bot's own calls need. A reply to a reply is a
 * channel message of the bot's (POST /channels/{c}/messages): in a thread Discord checks Send
 * Messages in Threads, not Send Messages (50013 Missing Permissions otherwise), and the chart
 * added to that reply (PATCH with files) needs Attach Files. Driven over the loopback stand-in:
 * a follow-up in a thread is answered there, with the chart attached, by exactly these calls.
 */
import { readFileSync } from "node:fs";
import { ChannelType, PermissionFlagsBits } from "discord.js";
import { describe, expect, test } from "vitest";
import { INVITE_PERMISSIONS, invitePermissions } from "../../../src/adapters/discord/register.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { CHANNEL_ID, chatInput, discordMessage, GUILD_ID, USER } from "./payloads.ts";
import { joinGuild } from "./replies.ts";
import { BOT_USER, type Recorded } from "./standin.ts";

const THREAD_ID = "1300000000000032050";

const bot = useBotAgainstStandIn(
  { answerer: testAnswerer(1_000), store: new MemoryContextStore() },
  (client) => {
    joinGuild(client);
    // A public thread under the channel, as GUILD_CREATE or THREAD_CREATE gives it (Guilds intent).
    const internal = client as unknown as { channels: { _add(data: unknown, guild: unknown): unknown } };
    internal.channels._add(
      {
        id: THREAD_ID,
        type: ChannelType.PublicThread,
        guild_id: GUILD_ID,
        parent_id: CHANNEL_ID,
        name: "70B run",
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: "2025-01-01T00:00:00.000000+00:00",
          locked: false,
        },
      },
      client.guilds.cache.get(GUILD_ID),
    );
  },
);

const readmeInvite = (): string => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  const url = /https:\/\/discord\.com\/oauth2\/authorize\?\S+/.exec(readme)?.[0];
  if (!url) throw new Error("no invite URL in the README");
  return new URL(url).searchParams.get("permissions") ?? "";
};

describe("the invite's permissions", () => {
  test("the README's URL asks for the adapter's permissions, Send Messages in Threads and Attach Files among them", () => {
    expect(readmeInvite()).toBe(invitePermissions());
    const asked = BigInt(readmeInvite());
    for (const bit of [
      PermissionFlagsBits.SendMessages,
      PermissionFlagsBits.SendMessagesInThreads,
      PermissionFlagsBits.EmbedLinks,
      PermissionFlagsBits.AttachFiles,
      PermissionFlagsBits.ReadMessageHistory,
    ]) {
      expect(asked & bit).toBe(bit);
    }
    expect(Object.keys(INVITE_PERMISSIONS)).toHaveLength(5);
  });

  test("a follow-up in a thread is answered in the thread, and `chart` adds the PNG to that reply", async () => {
    const raw = chatInput("compute", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    (
      bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
    ).actions.InteractionCreate.handle(raw);
    const answered = await bot.standIn.next((r) => r.path.endsWith(`/${raw.token}/callback`));
    const answer = (answered.body as { data: { embeds: unknown[]; components: unknown[] } }).data;
    const answerId = "1350000000000032001";
    bot.standIn.messages.set(
      answerId,
      discordMessage({
        id: answerId,
        channel_id: THREAD_ID,
        author: BOT_USER,
        embeds: answer.embeds,
        components: answer.components,
      }),
    );
    const replyId = "1360000000000032001";
    const isThreadPost = (r: Recorded) =>
      r.method === "POST" && r.path === `/api/v10/channels/${THREAD_ID}/messages`;
    (
      bot.client as unknown as { actions: { MessageCreate: { handle(data: unknown): void } } }
    ).actions.MessageCreate.handle({
      ...discordMessage({
        id: replyId,
        type: 19,
        channel_id: THREAD_ID,
        guild_id: GUILD_ID,
        author: USER,
        content: `<@${BOT_USER.id}> chart`,
        mentions: [BOT_USER],
      }),
      message_reference: { type: 0, message_id: answerId, channel_id: THREAD_ID, guild_id: GUILD_ID },
      referenced_message: bot.standIn.messages.get(answerId),
    });
    const posted = await bot.standIn.next(isThreadPost);
    // 6 × 70B × 15T FLOP on 512 H100 at 40% MFU: 360 days (Kaplan et al. 2020 §2.1).
    expect(JSON.stringify(posted.body)).toContain("360 days");
    const edit = await bot.standIn.next(
      (r) => r.method === "PATCH" && r.path.startsWith(`/api/v10/channels/${THREAD_ID}/messages/`),
    );
    expect(String(edit.headers["content-type"])).toContain("multipart/form-data");
  });
});
