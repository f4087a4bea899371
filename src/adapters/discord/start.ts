import { DiscordjsErrorCodes, Events } from "discord.js";
import type { Logger } from "pino";
import { type Config, ConfigError, WHERE_TO_GET } from "../../app/config.ts";
import type { RunningPlatform, StartPlatform } from "../platform.ts";
import { createDiscordClient, type DiscordClientOptions, drain } from "./client.ts";

/**
 * Logs the bot in over the gateway. `ready()` is the client's own ready state (false while it
 * reconnects); `stop()` stops taking interactions, lets the ones under way finish, and destroys
 * the client. Under the ShardingManager each process runs this for the shards it is given
 * (discord.js reads them from the environment the manager sets).
 */
export async function startDiscordWith(
  config: Config,
  logger: Logger,
  options: DiscordClientOptions,
): Promise<RunningPlatform> {
  if (!config.DISCORD_TOKEN) throw new Error("DISCORD_TOKEN is not set");
  const client = createDiscordClient(config, logger, options);
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
      "Discord connected",
    );
  });
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (error) {
    await client.destroy();
    // A token Discord refuses is a setting to fix: one line naming it, never a stack trace (an
    // unreachable Discord is one line too: runEntry names the network error).
    if ((error as { code?: unknown }).code !== DiscordjsErrorCodes.TokenInvalid) throw error;
    throw new ConfigError(
      `Discord did not accept DISCORD_TOKEN (${(error as Error).message}). Get it from ${WHERE_TO_GET.DISCORD_TOKEN}.`,
      { cause: error },
    );
  }
  let stopped = false;
  return {
    name: "discord",
    ready: () => !stopped && client.isReady(),
    async stop(deadlineMs) {
      if (stopped) return;
      stopped = true;
      const dropped = await drain(client, deadlineMs);
      if (dropped > 0)
        logger.warn({ dropped }, "Discord stopped with answers still pending: they were dropped");
      await client.destroy();
      logger.info("Discord disconnected");
    },
  };
}

export const startDiscord: StartPlatform = (config, logger, answerer) =>
  startDiscordWith(config, logger, { answerer });
