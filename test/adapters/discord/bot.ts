import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll } from "vitest";
import { createDiscordClient, type DiscordClientOptions } from "../../../src/adapters/discord/client.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { type StandIn, startStandIn } from "./standin.ts";

/** The bot's discord.js client against its own stand-in for Discord. */
export interface BotAgainstStandIn {
  readonly client: Client;
  readonly standIn: StandIn;
}

/**
 * The bot (the real discord.js client, its REST calls to a fresh local stand-in for Discord) for
 * one test file: made before its tests, `ready` run on it (joinGuild), destroyed after them.
 */
export function useBotAgainstStandIn(
  options: Omit<DiscordClientOptions, "rest">,
  ready?: (client: Client) => void,
): BotAgainstStandIn {
  let standIn: StandIn | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    standIn = await startStandIn();
    client = createDiscordClient(loadConfig({}), pino({ level: "silent" }), {
      ...options,
      rest: { api: standIn.api },
    });
    ready?.(client);
  });
  afterAll(async () => {
    await client?.destroy();
    await standIn?.close();
  });
  const made = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the bot is made in beforeAll: use it inside a test");
    return value;
  };
  return {
    get client() {
      return made(client);
    },
    get standIn() {
      return made(standIn);
    },
  };
}
