import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import nock from "nock";
import { afterAll, beforeAll } from "vitest";
import { createSlackApp, type SlackAppOptions } from "../../../src/adapters/slack/app.ts";
import { type Config, loadConfig } from "../../../src/app/config.ts";
import { createLogger } from "../../../src/app/logger.ts";
import { testAnswerer } from "../../support/answerer.ts";

/** The signing secret of Slack's own worked example ("Verifying requests from Slack"). */
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const SLACK_API = "https://slack.test";
export const RESPONSE_HOST = "https://hooks.slack.com";
/** The bot's ids, and one answerer for the file (the default limit of 20 a minute per user), as an entry point builds it. */
export const BOT = { botId: "B0FLOPSBOT", botUserId: "U0FLOPSBOT", answerer: testAnswerer(20) } as const;

export const silentLogger = () => createLogger("silent");

/** A log destination that keeps every JSON line written to it, parsed, in `lines`. */
export function jsonLineSink(lines: Record<string, unknown>[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
}

export function slackConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    SLACK_BOT_TOKEN: "xoxb-1-test",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${SLACK_API}/api/`,
    PORT: "0",
    ...env,
  });
}

/** `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, as Slack signs. */
export function slackSignature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Where and when a mention was written; each default is Slack's own documentation example. */
export interface MentionAt {
  eventId?: string;
  user?: string;
  channel?: string;
  ts?: string;
  eventTs?: string;
  threadTs?: string;
  eventTime?: number;
}

/** An Events API `app_mention` as Slack posts it; `text` as Slack sends it, the bot's mention first. */
export function mentionEvent(text: string, at: MentionAt = {}): string {
  return JSON.stringify({
    token: "XXYYZZ",
    team_id: "T0001",
    api_app_id: "A0FLOPS",
    event: {
      type: "app_mention",
      user: at.user ?? "U2147483697",
      text,
      ts: at.ts ?? "1515449522.000016",
      channel: at.channel ?? "C2147483705",
      event_ts: at.eventTs ?? "1515449522000016",
      ...(at.threadTs ? { thread_ts: at.threadTs } : {}),
    },
    type: "event_callback",
    event_id: at.eventId ?? `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: at.eventTime ?? 1515449522,
    authorizations: [{ team_id: "T0001", user_id: BOT.botUserId, is_bot: true }],
  });
}

let asker = 0;

/** A slash-command body exactly as Slack posts it (application/x-www-form-urlencoded). */
export function slashCommandBody(
  text: string,
  responsePath: string,
  fields: Record<string, string> = {},
): string {
  asker += 1;
  return new URLSearchParams({
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    team_id: "T0001",
    team_domain: "example",
    channel_id: "C2147483705",
    channel_name: "ml-infra",
    // A new asker each time: answer() rate-limits each user (RATE_LIMIT_PER_MINUTE).
    user_id: `U21474${String(asker).padStart(5, "0")}`,
    user_name: "ada",
    command: "/flops",
    text,
    api_app_id: "A0FLOPS",
    is_enterprise_install: "false",
    response_url: `${RESPONSE_HOST}${responsePath}`,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    ...fields,
  }).toString();
}

export interface Signing {
  /** Seconds since the epoch put in X-Slack-Request-Timestamp (default: now). */
  timestamp?: number;
  secret?: string;
  /** Replace the signature header (undefined: computed); null leaves it out. */
  signature?: string | null;
}

export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  signing: Signing = {},
): Promise<Response> {
  const timestamp = signing.timestamp ?? nowSeconds();
  const signature =
    signing.signature === undefined ? slackSignature(body, timestamp, signing.secret) : signing.signature;
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "X-Slack-Request-Timestamp": String(timestamp),
  };
  if (signature !== null) headers["X-Slack-Signature"] = signature;
  return fetch(url, { method: "POST", headers, body });
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

let nextResponse = 0;

/**
 * A response_url on hooks.slack.com, intercepted: resolves with the JSON Slack would have been
 * sent there.
 */
export function interceptResponseUrl(kind: "commands" | "actions" = "commands"): {
  path: string;
  posted: Promise<Record<string, unknown>>;
} {
  nextResponse += 1;
  const path = `/${kind}/T0001/${1000 + nextResponse}/x${nextResponse}`;
  const posted = new Promise<Record<string, unknown>>((resolve) => {
    nock(RESPONSE_HOST)
      .post(path)
      .reply(200, (_uri, body) => {
        resolve(body as Record<string, unknown>);
        return "ok";
      });
  });
  return { path, posted };
}

export interface RunningTestApp {
  url: string;
  slack: ReturnType<typeof createSlackApp>;
  close(): Promise<void>;
}

/** The real Bolt app in HTTP mode on 127.0.0.1, a free port. */
export async function startHttpApp(
  config: Config = slackConfig(),
  options: SlackAppOptions = BOT,
): Promise<RunningTestApp> {
  const slack = createSlackApp(config, silentLogger(), options);
  if (slack.mode !== "http") throw new Error("expected HTTP mode");
  const server = await slack.receiver.start({ port: 0, host: "127.0.0.1" });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    slack,
    close: async () => {
      await slack.receiver.stop();
      await slack.inflight.idle(5000);
    },
  };
}

/**
 * The app of a test file over loopback: started before its tests with the network blocked except
 * loopback, stopped after them with nock reset. The object is filled in when the app has started.
 */
export function useHttpApp(config?: Config, options?: SlackAppOptions): RunningTestApp {
  const running = {} as RunningTestApp;
  beforeAll(async () => {
    onlyLoopback();
    Object.assign(running, await startHttpApp(config, options));
  });
  afterAll(async () => {
    await running.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  return running;
}

/** Blocks the network except loopback (the Bolt server under test). */
export function onlyLoopback(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/^127\.0\.0\.1(:\d+)?$/);
}

/** Every string inside a value (block texts, fields, elements). */
export function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsIn);
  return [];
}
