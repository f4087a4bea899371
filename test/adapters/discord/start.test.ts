/**
 * startDiscord for real: discord.js logs in against the stand-in (GET /gateway/bot names the
 * stand-in's gateway), identifies with no privileged intent, becomes ready on READY, answers
 * an INTERACTION_CREATE and a mention dispatched over the gateway through REST, and stops cleanly.
 */
import { GatewayIntentBits } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startDiscordWith } from "../../../src/adapters/discord/start.ts";
import { ConfigError, loadConfig } from "../../../src/app/config.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { APPLICATION_ID, CHANNEL_ID, chatInput, discordMessage, GUILD_ID, USER } from "./payloads.ts";
import { BOT_USER, type StandIn, startStandIn } from "./standin.ts";

const answerer = testAnswerer(10_000);

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.close());

const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMA.stand-in.token";

test("logs in, is ready after READY, answers over the gateway, and stops", async () => {
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: standIn.api,
  });
  const platform = await startDiscordWith(config, pino({ level: "silent" }), { answerer });
  expect(platform.name).toBe("discord");

  // The gateway URL came from the configured REST API, as discord.js asks GET /gateway/bot.
  const gatewayBot = await standIn.next((r) => r.path === "/api/v10/gateway/bot");
  expect(gatewayBot.headers.authorization).toBe(`Bot ${TOKEN}`);
  const identify = (await standIn.nextGateway((p) => p.op === 2)).d as { token: string; intents: number };
  expect(identify.token).toBe(TOKEN);
  // No privileged intent (MessageContent 32768, GuildMembers 2, GuildPresences 256): messages for
  // the bot (mentions, replies to its answers, DMs) carry their content without it.
  expect(identify.intents).toBe(
    GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
  );
  expect(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages).toBe(
    1 | 512 | 4096,
  );

  await expect.poll(() => platform.ready(), { timeout: 10_000 }).toBe(true);

  const raw = chatInput("compute", { params: "175B", tokens: "300B" });
  standIn.dispatch("INTERACTION_CREATE", raw);
  const callback = await standIn.next(
    (r) => r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  const body = callback.body as { type: number; data: { embeds: { fields: { value: string }[] }[] } };
  expect(body.type).toBe(4);
  expect(body.data.embeds[0]?.fields[0]?.value).toContain("3.15 × 10²³ FLOP");

  // `@flopsbot 175B 300B` in a channel, over the gateway: the server as GUILD_CREATE gives it, then
  // the message, answered as a reply to it.
  standIn.dispatch("GUILD_CREATE", {
    id: GUILD_ID,
    name: "ML",
    unavailable: false,
    channels: [{ id: CHANNEL_ID, type: 0, name: "ml-questions", guild_id: GUILD_ID }],
    threads: [],
    roles: [],
    members: [],
    emojis: [],
    stickers: [],
    features: [],
  });
  const mentionId = "1380000000000050001";
  standIn.dispatch(
    "MESSAGE_CREATE",
    discordMessage({
      id: mentionId,
      guild_id: GUILD_ID,
      author: USER,
      content: `<@${BOT_USER.id}> 175B 300B`,
      mentions: [BOT_USER],
    }),
  );
  const answered = await standIn.next(
    (r) =>
      r.method === "POST" &&
      r.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
      (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === mentionId,
  );
  expect(JSON.stringify(answered.body)).toContain("3.15 × 10²³ FLOP");

  await platform.stop();
  expect(platform.ready()).toBe(false);
  await expect.poll(() => standIn.gatewayConnections(), { timeout: 10_000 }).toBe(0);
  await platform.stop();
});

test("a token Discord refuses (401 on GET /gateway/bot) fails the start with one line naming DISCORD_TOKEN", async () => {
  const config = loadConfig({
    DISCORD_TOKEN: "not-a-token",
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: standIn.api,
  });
  const start = startDiscordWith(config, pino({ level: "silent" }), { answerer });
  await expect(start).rejects.toThrow(
    "Discord did not accept DISCORD_TOKEN (An invalid token was provided.). Get it from discord.com/developers/applications → your app → Bot → Reset Token.",
  );
  // A ConfigError: the start prints its message as one line, never a stack trace.
  await expect(start).rejects.toBeInstanceOf(ConfigError);
});
