/**
 * Discord only, one process: the entry each shard process runs under `npm run discord:shard`
 * (discord.js passes the shard ids and count in the environment), and usable on its own.
 * `npm start` remains the way to run Slack and Discord together.
 */
import { ConfigError, discordConfigured, WHERE_TO_GET } from "../../app/config.ts";
import { health } from "../../app/health.ts";
import { loadSettings, runEntry, startServices } from "../../app/lifecycle.ts";
import { createShutdown, onStopSignals } from "../../app/shutdown.ts";
import { startDiscord } from "./start.ts";

async function run(): Promise<void> {
  const { config, logger } = loadSettings();
  if (!discordConfigured(config)) {
    throw new ConfigError(`DISCORD_TOKEN: is required. Get it from ${WHERE_TO_GET.DISCORD_TOKEN}.`);
  }
  // A user's commands from one server always reach the same shard; with REDIS_URL the limit is
  // shared anyway (Slack and Discord replicas alike).
  const { state, answerer } = await startServices(config, logger);
  const discord = await startDiscord(config, logger, answerer);
  // The same stop as `npm start`: a gateway that never answers the close exits 1 at STOP_TIMEOUT_SECONDS.
  onStopSignals(
    createShutdown({
      platforms: [discord],
      health,
      logger,
      timeoutMs: config.STOP_TIMEOUT_SECONDS * 1000,
      release: () => state.close(),
    }),
  );
}

runEntry(run);
