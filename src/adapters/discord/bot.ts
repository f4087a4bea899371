/**
 * Discord only, one process: the entry each shard process runs under `npm run discord:shard`
 * (discord.js passes the shard ids and count in the environment), and usable on its own.
 * `npm start` remains the way to run Slack and Discord together.
 */
import process from "node:process";
import { ConfigError, discordConfigured, loadConfig, loadEnvFile, WHERE_TO_GET } from "../../app/config.ts";
import { createAppAnswerer, runEntry } from "../../app/lifecycle.ts";
import { createLogger } from "../../app/logger.ts";
import { installProcessHandlers } from "../../app/process.ts";
import { createSharedState } from "../state.ts";
import { startDiscord } from "./start.ts";

async function run(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  if (!discordConfigured(config)) {
    throw new ConfigError(`DISCORD_TOKEN: is required. Get it from ${WHERE_TO_GET.DISCORD_TOKEN}.`);
  }
  const logger = createLogger(config.LOG_LEVEL);
  installProcessHandlers(logger);
  // A user's commands from one server always reach the same shard; with REDIS_URL the limit is
  // shared anyway (Slack and Discord replicas alike).
  const state = createSharedState(config, logger);
  const discord = await startDiscord(config, logger, createAppAnswerer(config, logger, state.limiter));
  const timeoutMs = config.STOP_TIMEOUT_SECONDS * 1000;
  const stop = () => {
    // A gateway that never answers the close must not keep the process (or its shard) alive.
    setTimeout(() => process.exit(1), timeoutMs).unref();
    discord
      .stop(Math.max(0, timeoutMs - 1000))
      .then(() => state.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

runEntry(run);
