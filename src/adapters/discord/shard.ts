/**
 * `npm run discord:shard`: discord.js's ShardingManager, for a bot in thousands of servers
 * (Discord requires sharding from 2,500 guilds; it recommends about 1,000 per shard). It spawns
 * ONE PROCESS PER SHARD, each running `bot.ts` (or the built `bot.js`), and asks Discord how
 * many shards to use (`totalShards: "auto"`, from GET /gateway/bot). The bot is stateless, so
 * shards need nothing from each other.
 */
import process from "node:process";
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type ShardingManagerOptions } from "discord.js";
import { type Config, ConfigError, WHERE_TO_GET } from "../../app/config.ts";
import { loadSettings, runEntry } from "../../app/lifecycle.ts";
import { installProcessHandlers } from "../../app/process.ts";

/** The shard entry next to this file: `bot.ts` run through tsx, or `bot.js` once built. */
export function shardEntry(here: string = fileURLToPath(import.meta.url)): {
  file: string;
  execArgv: string[];
} {
  const built = here.endsWith(".js");
  return {
    file: here.replace(/shard\.(ts|js)$/, built ? "bot.js" : "bot.ts"),
    execArgv: built ? [] : ["--import", "tsx"],
  };
}

/**
 * "auto" asks discord.com for the recommended count; when DISCORD_API_URL points elsewhere
 * (a proxy), the count is read from that API's GET /gateway/bot instead, as the shards will.
 */
export async function shardCount(config: Config): Promise<number | "auto"> {
  if (!config.DISCORD_API_URL || !config.DISCORD_TOKEN) return "auto";
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return gateway.shards;
}

export function shardingOptions(config: Config, totalShards: number | "auto"): ShardingManagerOptions {
  const entry = shardEntry();
  return {
    token: config.DISCORD_TOKEN as string,
    totalShards,
    mode: "process",
    execArgv: entry.execArgv,
    respawn: true,
  };
}

async function run(): Promise<void> {
  const { config, logger } = loadSettings();
  if (!config.DISCORD_TOKEN) {
    throw new ConfigError(`DISCORD_TOKEN: is required. Get it from ${WHERE_TO_GET.DISCORD_TOKEN}.`);
  }
  installProcessHandlers(logger);
  const manager = new ShardingManager(shardEntry().file, shardingOptions(config, await shardCount(config)));
  manager.on("shardCreate", (shard) => logger.info({ shardId: shard.id }, "Discord shard spawned"));
  await manager.spawn();
  logger.info({ shards: manager.totalShards }, "Discord shards running");
}

const invoked = process.argv[1] ? fileURLToPath(import.meta.url) === process.argv[1] : false;
if (invoked) {
  runEntry(run);
}
