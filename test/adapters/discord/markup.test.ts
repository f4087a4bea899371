/**
 * Discord's markup in angle brackets typed into a question and quoted back. An embed renders
 * `<@id>` as a user, `<@&id>` as a role, `<#id>` as a channel, `<t:0:R>` as a date and
 * `<:name:id>` as an emoji (nothing pings: allowed_mentions is empty, and embeds never ping), so
 * a quoted one would show in the bot's answer as something the user did not type. The real
 * discord.js client against the local stand-in; the exact callback body Discord would get.
 */
import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiscordClient } from "../../../src/adapters/discord/client.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { chatInput } from "./payloads.ts";
import { type Recorded, type StandIn, startStandIn } from "./standin.ts";

type Raw = ReturnType<typeof chatInput>;
interface Callback {
  type: number;
  data: {
    flags?: number;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  };
}

let standIn: StandIn;
let client: Client;
beforeAll(async () => {
  standIn = await startStandIn();
  client = createDiscordClient(loadConfig({}), pino({ level: "silent" }), {
    answerer: testAnswerer(10_000),
    rest: { api: standIn.api },
  });
});
afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

async function callback(raw: Raw): Promise<Callback> {
  (
    client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
  const request = await standIn.next(
    (r: Recorded) =>
      r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  return request.body as Callback;
}

/** Every text of the embeds Discord parses for markup (title, description, fields). */
const texts = (body: Callback): string[] =>
  (body.data.embeds ?? []).flatMap((e) => [
    e.title ?? "",
    e.description ?? "",
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);

/** Discord's angle-bracket markup: a user, role, channel, slash command, emoji or timestamp. */
const LIVE_MARKUP = /<(?:@[!&]?\d+|#\d+|\/[\w -]+:\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?)>/;

describe("Discord markup typed into /flops query is quoted as typed, never rendered", () => {
  test.each([
    ["a user", "<@130000000000000077>"],
    ["a role", "<@&130000000000000088>"],
    ["a channel", "<#130000000000000099>"],
  ])("%s skipped in a public answer (the note quotes it)", async (_kind, markup) => {
    const body = await callback(chatInput("query", { text: `175B 300B ${markup}` }));
    // Public: 6 × 175B × 300B = 3.15e23 FLOP (Kaplan et al. 2020 §2.1), with a note that it was skipped.
    expect(body.data.flags).toBeUndefined();
    const description = body.data.embeds?.[0]?.description ?? "";
    expect(description).toContain("Skipped “");
    expect(description.replace(/\u200b/g, "")).toContain(markup);
    expect(texts(body).filter((text) => LIVE_MARKUP.test(text))).toEqual([]);
  });

  test.each([
    ["a timestamp", "<t:0:R>"],
    ["a custom emoji", "<:pepe:130000000000000066>"],
    ["a slash command", "</flops:130000000000000004>"],
  ])("%s refused, privately, and quoted as typed", async (_kind, markup) => {
    const body = await callback(chatInput("query", { text: `175B 300B ${markup}` }));
    expect(body.data.flags).toBe(64);
    const description = body.data.embeds?.[0]?.description ?? "";
    expect(description.replace(/\u200b/g, "")).toContain(`“${markup}”`);
    expect(texts(body).filter((text) => LIVE_MARKUP.test(text))).toEqual([]);
  });

  test("a GPU option holding a role: the refusal quotes it inert", async () => {
    const body = await callback(
      chatInput("compute", { params: "175B", tokens: "300B", gpu: "<@&130000000000000088>" }),
    );
    expect(body.data.flags).toBe(64);
    expect(texts(body).filter((text) => LIVE_MARKUP.test(text))).toEqual([]);
  });
});
