import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Answerer } from "../../app/answer.ts";
import { type Config, ConfigError, WHERE_TO_GET } from "../../app/config.ts";
import { STOP_DEADLINE_MS } from "../../app/inflight.ts";
import type { RunningPlatform, StartPlatform } from "../platform.ts";
import { createSlackApp, EVENTS_PATH, HEALTH_PATH, type SlackAppOptions, withSlash } from "./app.ts";
import { fetchOverHttp } from "./httpFetch.ts";
import { boltLevel, boltLogger } from "./logger.ts";

/** How long requests already being answered get before every connection is closed. */
export const REQUESTS_GRACE_MS = 2_000;

export interface RunningSlack extends RunningPlatform {
  mode: "http" | "socket";
  /** The port HTTP mode listens on (PORT=0 picks a free one). */
  port?: number;
}

export interface StartSlackOptions {
  /** The app's one answerer (app/answer.ts). */
  answerer: Answerer;
  /** The interface HTTP mode listens on; every interface when unset. */
  host?: string;
  /** Event ids already answered, shared between replicas (state.ts); in memory when unset. */
  dedupe?: SlackAppOptions["dedupe"];
}

/** Starts Slack: checks the bot token, then Socket Mode or HTTP mode (app.ts). */
export const startSlack: StartPlatform = (config, logger, answerer) =>
  startSlackApp(config, logger, { answerer });

export async function startSlackApp(
  config: Config,
  logger: Logger,
  options: StartSlackOptions,
): Promise<RunningSlack> {
  const log = logger.child({ platform: "slack" });
  const identity = await whoAmI(config, logger);
  const slack = createSlackApp(config, logger, {
    ...identity,
    answerer: options.answerer,
    ...(options.dedupe ? { dedupe: options.dedupe } : {}),
  });
  let connected = false;
  let stopping = false;
  let port: number | undefined;
  let server: Server | undefined;

  if (slack.mode === "socket") {
    const client = slack.receiver.client;
    client.on("connected", () => {
      connected = true;
    });
    client.on("reconnecting", () => {
      connected = false;
    });
    client.on("disconnected", () => {
      connected = false;
    });
    await slack.receiver.start();
    connected = true;
    log.info({ mode: "socket" }, "slack connected (Socket Mode)");
  } else {
    server = await slack.receiver.start(
      options.host === undefined ? config.PORT : { port: config.PORT, host: options.host },
    );
    port = (server.address() as AddressInfo | null)?.port;
    connected = true;
    log.info({ mode: "http", port, events: EVENTS_PATH, health: HEALTH_PATH }, "slack listening (HTTP mode)");
  }

  return {
    name: "slack",
    mode: slack.mode,
    ...(port === undefined ? {} : { port }),
    ready: () => connected && !stopping,
    async stop(deadlineMs = STOP_DEADLINE_MS) {
      if (stopping) return;
      stopping = true;
      const started = performance.now();
      if (slack.mode === "http" && server) {
        // Stop accepting; idle keep-alive connections go now, busy ones when their request is answered.
        const closed = slack.receiver.stop().catch(() => undefined);
        server.closeIdleConnections();
        await slack.requests.settled(Math.min(REQUESTS_GRACE_MS, deadlineMs / 2));
        // A client still sending a body (or never finishing one) does not hold the stop.
        const cut = slack.requests.size;
        server.closeAllConnections();
        await closed;
        if (cut > 0) log.warn({ requests: cut }, "closed connections with requests still unfinished");
      } else {
        await slack.receiver.stop();
      }
      const left = Math.max(0, deadlineMs - (performance.now() - started));
      const drained = await slack.inflight.idle(left);
      if (!drained) {
        log.warn({ dropped: slack.inflight.size }, "stopped with answers still pending: they were dropped");
      }
      log.info("slack stopped");
    },
  };
}

/**
 * The bot's ids from auth.test, asked once at start: a token Slack refuses fails here with a
 * clear message instead of on the first event. When Slack cannot be reached (a network error,
 * not a refusal) the bot starts anyway: commands need no ids, and Slack may be reachable later.
 */
export async function whoAmI(
  config: Config,
  logger: Logger,
): Promise<Pick<SlackAppOptions, "botId" | "botUserId">> {
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    logger: boltLogger(logger),
    logLevel: boltLevel(logger.level),
    retryConfig: { retries: 1, maxTimeout: 1_000 },
    timeout: 5_000,
    fetch: fetchOverHttp,
    ...(config.SLACK_API_URL ? { slackApiUrl: withSlash(config.SLACK_API_URL) } : {}),
  });
  try {
    const result = await client.auth.test();
    return {
      ...(result.bot_id ? { botId: result.bot_id } : {}),
      ...(result.user_id ? { botUserId: result.user_id } : {}),
    };
  } catch (error) {
    const refused = (error as { code?: string }).code === webApi.ErrorCode.PlatformError;
    const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    if (!refused) {
      logger.warn({ platform: "slack", err: error }, "could not reach Slack's auth.test; starting anyway");
      return {};
    }
    // A ConfigError: the start prints its one line, not a stack trace.
    throw new ConfigError(
      `Slack did not accept SLACK_BOT_TOKEN (${code}). Get it from ${WHERE_TO_GET.SLACK_BOT_TOKEN}.`,
      { cause: error },
    );
  }
}
