import type { Server } from "node:http";
import process from "node:process";
import { main as answerInTerminal } from "./adapters/cli/main.ts";
import type { RunningPlatform } from "./adapters/platform.ts";
import { discordConfigured, slackConfigured } from "./app/config.ts";
import { health, startHealthServer } from "./app/health.ts";
import { loadSettings, runEntry, startServices } from "./app/lifecycle.ts";
import { installCliHandlers } from "./app/process.ts";
import { createShutdown, onStopSignals } from "./app/shutdown.ts";
import { VERSION_LINE } from "./app/version.ts";
import { prepareQuantityParser } from "./core/quantity.ts";
import { type Lang, langFromLocaleEnv } from "./i18n/lang.ts";
import { t } from "./i18n/translate.ts";

/**
 * `npm start`: Slack and/or Discord when their tokens are configured (both can run in one
 * process); with no tokens, the local console so anyone can try the bot.
 */
async function start(): Promise<void> {
  // `npm start -- --help`: what the start does and where its settings go, before any is read.
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(`${t(langFromLocaleEnv(process.env) ?? "en", "console.startHelp")}\n`);
    return;
  }
  if (process.argv.includes("--version")) {
    process.stdout.write(`${VERSION_LINE}\n`);
    return;
  }
  const { config, logger } = loadSettings();
  const configured: RunningPlatform["name"][] = [];
  if (slackConfigured(config)) configured.push("slack");
  if (discordConfigured(config)) configured.push("discord");
  if (configured.length === 0) return runConsoleHere(config.DEFAULT_LANG);
  const { state, answerer } = await startServices(config, logger);
  const platforms: RunningPlatform[] = [];
  // /healthz and /readyz: on Bolt's own server in Slack HTTP mode, otherwise on a small one.
  health.expect(configured);
  const slackHttp = slackConfigured(config) && !config.SLACK_APP_TOKEN;
  const server: Server | undefined = slackHttp ? undefined : await startHealthServer(config.PORT);
  onStopSignals(
    createShutdown({
      platforms,
      health,
      logger,
      drainMs: config.DRAIN_SECONDS * 1000,
      timeoutMs: config.STOP_TIMEOUT_SECONDS * 1000,
      release: () => state.close(),
      ...(server ? { server } : {}),
    }),
  );
  if (slackConfigured(config)) {
    const { startSlackApp } = await import("./adapters/slack/start.ts");
    const slack = await startSlackApp(config, logger, { answerer, dedupe: state.dedupe });
    platforms.push(slack);
    health.track(slack);
  }
  if (discordConfigured(config)) {
    const { startDiscord } = await import("./adapters/discord/start.ts");
    const discord = await startDiscord(config, logger, answerer);
    platforms.push(discord);
    health.track(discord);
  }
  logger.info({ platforms: platforms.map((p) => p.name) }, "flopsbot is running");
  // Ready first; then the general quantity parser is built, so the first odd quantity
  // (`6*175e9`) is answered as fast as the rest (src/core/mathjs.ts).
  setImmediate(prepareQuantityParser);
}

/**
 * No tokens: the local console, so anyone can try the bot. It is the `flops` command, flags and
 * all (`--lang zh-TW`, `--width N`, a question after `--` answered once, a Chinese line answered in
 * zh-TW when no language was chosen), with the banner saying how to connect the platforms.
 */
async function runConsoleHere(defaultLang: Lang): Promise<void> {
  installCliHandlers();
  process.exitCode = await answerInTerminal(process.argv.slice(2), { defaultLang, notices: process.stderr });
}

runEntry(start);
