import process from "node:process";
import { runConsole } from "./adapters/cli/console.ts";
import type { RunningPlatform } from "./adapters/platform.ts";
import { ConfigError, discordConfigured, loadConfig, slackConfigured } from "./config.ts";
import { resolveLang } from "./i18n/lang.ts";
import { createLogger } from "./logger.ts";

/**
 * `npm start`: Slack and/or Discord when their tokens are configured (both can run in one
 * process); with no tokens, the local console so anyone can try the bot.
 */
async function start(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const platforms: RunningPlatform[] = [];
  if (slackConfigured(config)) {
    const { startSlack } = await import("./adapters/slack/start.ts");
    platforms.push(await startSlack(config, logger));
  }
  if (discordConfigured(config)) {
    const { startDiscord } = await import("./adapters/discord/start.ts");
    platforms.push(await startDiscord(config, logger));
  }
  if (platforms.length > 0) {
    logger.info({ platforms: platforms.map((p) => p.name) }, "flopsbot is running");
    return;
  }
  const lang = resolveLang(process.env.LC_ALL) ?? resolveLang(process.env.LANG) ?? config.DEFAULT_LANG;
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    lang,
    json: process.argv.includes("--json"),
    interactive: Boolean(process.stdin.isTTY),
    notices: process.stderr,
  });
}

start().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
