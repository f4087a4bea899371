/**
 * Discord only, one process: the entry each shard process runs under `npm run discord:shard`
 * (discord.js passes the shard ids and count in the environment), and usable on its own.
 * `npm start` remains the way to run Slack and Discord together.
 */
import process from "node:process";
import { configureAnswer } from "../../commands/answer.ts";
import { ConfigError, discordConfigured, loadConfig, loadEnvFile, WHERE_TO_GET } from "../../config.ts";
import { createLogger } from "../../logger.ts";
import { startDiscord } from "./start.ts";

const STOP_TIMEOUT_MS = 10_000;

async function run(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  if (!discordConfigured(config)) {
    throw new ConfigError(`DISCORD_TOKEN: is required. Get it from ${WHERE_TO_GET.DISCORD_TOKEN}.`);
  }
  const logger = createLogger(config.LOG_LEVEL);
  // Per process: a user's commands from one server always reach the same shard.
  configureAnswer({ rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, logger });
  const discord = await startDiscord(config, logger);
  const stop = () => {
    // A gateway that never answers the close must not keep the process (or its shard) alive.
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
    discord.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

run().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
