import { App, HTTPReceiver, ignoreSelf, SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import type { Answerer } from "../../app/answer.ts";
import type { Config } from "../../app/config.ts";
import { HEALTHZ_PATH, healthRoutes } from "../../app/health.ts";
import { createInflight, type Inflight } from "../../app/inflight.ts";
import { createContextStore } from "../../conversation/redis.ts";
import type { ContextStore } from "../../conversation/store.ts";
import { extended } from "../../core/extended.ts";
import { text } from "../../reply/build.ts";
import type { Reply } from "../../reply/reply.ts";
import { type EventDedupe, memoryDedupe } from "../dedupe.ts";
import { toSlackMessage } from "./blocks.ts";
import { type ActiveRequests, BODY_LIMIT, dispatchErrorHandler, hardenReceiver } from "./guard.ts";
import { registerHome, registerHomeActions } from "./home.ts";
import { registerActions } from "./listeners/actions.ts";
import { registerSlashCommand } from "./listeners/command.ts";
import type { ListenerDeps } from "./listeners/deps.ts";
import { registerForm } from "./listeners/form.ts";
import { registerMention } from "./listeners/mention.ts";
import { registerShortcuts } from "./listeners/shortcuts.ts";
import { boltLevel, boltLogger } from "./logger.ts";
import { responseUrlCheck } from "./responseUrl.ts";
import { hardenSocketReceiver } from "./socketGuard.ts";
import { uploadChart } from "./upload.ts";

/** Where Slack sends slash commands and events in HTTP mode (the app's Request URL path). */
export const EVENTS_PATH = "/slack/events";
export const HEALTH_PATH = HEALTHZ_PATH;
/** How long a mention's "slow down" is said once per person (the limit refills in a minute). */
const LIMIT_SAID_MS = 60_000;

export interface SlackAppOptions {
  /** The bot's ids (from auth.test at start), when Slack could be asked. */
  botId?: string;
  botUserId?: string;
  /** The app's one answerer (app/answer.ts): every listener answers through it. */
  answerer: Answerer;
  /** Replaces the answerer's answer (tests give a slow one to exercise the late path). */
  answer?: ListenerDeps["answer"];
  inlineAnswerMs?: number;
  /** Event ids already answered; shared through Redis by main.ts, in memory otherwise. */
  dedupe?: EventDedupe;
  /** Conversation context (default: Redis when REDIS_URL is set, else this process's memory). */
  store?: ContextStore;
  /** Posts an answer's chart (default: drawn and uploaded with Slack's file API, upload.ts). */
  chart?: ListenerDeps["chart"];
}

export type SlackApp =
  | { mode: "http"; app: App; receiver: HTTPReceiver; inflight: Inflight; requests: ActiveRequests }
  | { mode: "socket"; app: App; receiver: SocketModeReceiver; inflight: Inflight };

/**
 * The Bolt app with its listeners, not started. Socket Mode (no public URL) when
 * SLACK_APP_TOKEN is set; otherwise HTTP on PORT at /slack/events with GET /healthz, stateless,
 * so any number of replicas can sit behind a load balancer.
 */
export function createSlackApp(config: Config, logger: Logger, options: SlackAppOptions): SlackApp {
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error("SLACK_BOT_TOKEN is required to answer in Slack");
  const log = boltLogger(logger);
  const logLevel = boltLevel(logger.level);
  const inflight = createInflight();

  const socket = config.SLACK_APP_TOKEN
    ? new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN, logger: log, logLevel })
    : undefined;
  const http = socket
    ? undefined
    : new HTTPReceiver({
        signingSecret: requireSigningSecret(config),
        endpoints: EVENTS_PATH,
        port: config.PORT,
        // /readyz reports every platform of the process (src/app/health.ts).
        customRoutes: [...healthRoutes],
        logger: log,
        logLevel,
        // Acknowledge first and answer after: Slack's 3-second limit holds however slow the answer.
        processBeforeResponse: false,
        // Slack's requests are a few KB; the guard refuses bigger ones before Bolt reads them.
        bodyLimit: BODY_LIMIT,
        // The guard checks every request's signature (guard.ts) and hands Bolt only signed ones:
        // Bolt's own check would verify each one again.
        signatureVerification: false,
        // A request no route takes (404) is logged once a minute, not once a request (guard.ts).
        dispatchErrorHandler: dispatchErrorHandler(logger.child({ platform: "slack" })),
      });
  // Socket Mode's client fails outside any handler on an envelope with no payload object (socketGuard.ts).
  if (socket) hardenSocketReceiver(socket, logger.child({ platform: "slack" }));
  const dedupe = options.dedupe ?? memoryDedupe();
  const requests = http
    ? hardenReceiver(http, EVENTS_PATH, requireSigningSecret(config), logger.child({ platform: "slack" }), {
        replays: dedupe,
        boltLogger: log,
      })
    : undefined;

  // One workspace, one token: authorize answers from what we know, so Bolt never has to call
  // auth.test before it can acknowledge an event (DESIGN.md, "Known traps").
  const authorization = {
    botToken: token,
    ...(options.botId ? { botId: options.botId } : {}),
    ...(options.botUserId ? { botUserId: options.botUserId } : {}),
  };
  const app = new App({
    // A copy each time: Bolt writes the event's user and team onto what authorize returns, and
    // only where they are unset, so one shared object would give every later event the first
    // event's user in its context. Copied onto `{}` by assignment, not spread: on Node 20 a
    // spread's copy gets a new hidden class for every key added to it later (src/core/extended.ts).
    authorize: async () => Object.assign({}, authorization),
    receiver: socket ?? http,
    // No conversation store: nothing reads it, and its lookup builds an Error (with a stack) on
    // every event that has no stored state, which is every event.
    convoStore: false,
    // Bolt's filter of the app's own events runs after the `/flops` middleware (below), not
    // before it: a slash command is no event and passed through it untouched, one middleware
    // step (a copy of every listener argument) a request for nothing.
    ignoreSelf: false,
    logger: log,
    logLevel,
    ...(config.SLACK_API_URL ? { clientOptions: { slackApiUrl: withSlash(config.SLACK_API_URL) } } : {}),
  });

  const lang = config.DEFAULT_LANG;
  const deps: ListenerDeps = {
    lang,
    logger: logger.child({ platform: "slack" }),
    inflight,
    answer: options.answer ?? options.answerer.answerWithHub,
    dedupe,
    toMessage: (reply) => {
      // The keys in the order a spread of the message after response_type gave (the same JSON).
      const { blocks, text } = toSlackMessage(privateChartSaid(reply), lang);
      return { response_type: reply.ephemeral ? "ephemeral" : "in_channel", blocks, text };
    },
    chart:
      options.chart ?? ((client, reply, target) => uploadChart(client, reply, lang, target, deps.logger)),
    ...(options.inlineAnswerMs === undefined ? {} : { inlineAnswerMs: options.inlineAnswerMs }),
    store: options.store ?? createContextStore(config.REDIS_URL, logger),
    // Slack's hooks hosts, and the configured stand-in for Slack's API (tests, benchmarks, a proxy).
    isResponseUrl: responseUrlCheck(config.SLACK_API_URL),
    limitSaid: memoryDedupe(LIMIT_SAID_MS),
  };
  registerSlashCommand(app, deps);
  // Every other request: the app's own messages and events dropped, as Bolt does by default.
  app.use(ignoreSelf);
  registerMention(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerForm(app, deps);
  registerHome(app, deps);
  registerHomeActions(app, deps);
  app.error(async (error) => {
    deps.logger.error({ err: error }, "slack listener failed");
  });

  if (socket) return { mode: "socket", app, receiver: socket, inflight };
  if (!http || !requests) throw new Error("unreachable: no Slack receiver");
  return { mode: "http", app, receiver: http, inflight, requests };
}

/**
 * A chart is a file in the channel, so a private answer gets none (upload.ts): one that asked for
 * it (`/flops 70B 15T chart private`) says so, with the way to get it, instead of none coming unsaid.
 */
function privateChartSaid(reply: Reply): Reply {
  if (!reply.ok || !reply.chart || !reply.ephemeral) return reply;
  return extended(reply, { notes: [...reply.notes, text("conversation.chartPrivate")] });
}

function requireSigningSecret(config: Config): string {
  if (!config.SLACK_SIGNING_SECRET) throw new Error("SLACK_SIGNING_SECRET is required in HTTP mode");
  return config.SLACK_SIGNING_SECRET;
}

/** The Web API client joins method names onto the base URL, so it must end in a slash. */
export const withSlash = (url: string): string => (url.endsWith("/") ? url : `${url}/`);
