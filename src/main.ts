import type { Server } from "node:http";
import process from "node:process";
import { runConsole } from "./adapters/cli/console.ts";
import { health, startHealthServer } from "./adapters/health.ts";
import type { RunningPlatform } from "./adapters/platform.ts";
import { createShutdown, onStopSignals } from "./adapters/shutdown.ts";
import { configureAnswer } from "./commands/answer.ts";
import { ConfigError, discordConfigured, loadConfig, loadEnvFile, slackConfigured } from "./config.ts";
import { langFromLocaleEnv } from "./i18n/lang.ts";
import { createLogger } from "./logger.ts";

/**
 * `npm start`: Slack and/or Discord when their tokens are configured (both can run in one
 * process); with no tokens, the local console so anyone can try the bot.
 */
async function start(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  configureAnswer({ rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, logger });
  const platforms: RunningPlatform[] = [];
  const configured: RunningPlatform["name"][] = [];
  if (slackConfigured(config)) configured.push("slack");
  if (discordConfigured(config)) configured.push("discord");
  if (configured.length > 0) {
    // /healthz and /readyz: on Bolt's own server in Slack HTTP mode, otherwise on a small one.
    health.expect(configured);
    const slackHttp = slackConfigured(config) && !config.SLACK_APP_TOKEN;
    const server: Server | undefined = slackHttp ? undefined : await startHealthServer(config.PORT);
    onStopSignals(createShutdown({ platforms, health, logger, ...(server ? { server } : {}) }));
  }
  if (slackConfigured(config)) {
    const { startSlack } = await import("./adapters/slack/start.ts");
    const slack = await startSlack(config, logger);
    platforms.push(slack);
    health.track(slack);
  }
  if (discordConfigured(config)) {
    const { startDiscord } = await import("./adapters/discord/start.ts");
    const discord = await startDiscord(config, logger);
    platforms.push(discord);
    health.track(discord);
  }
  if (platforms.length > 0) {
    logger.info({ platforms: platforms.map((p) => p.name) }, "flopsbot is running");
    return;
  }
  const lang = langFromLocaleEnv(process.env) ?? config.DEFAULT_LANG;
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
