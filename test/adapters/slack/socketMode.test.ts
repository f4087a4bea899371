/**
 * Socket Mode for real: Bolt's SocketModeReceiver (SLACK_APP_TOKEN set) asks apps.connections.open
 * (intercepted with nock) for its WebSocket URL, which names a WebSocket server on 127.0.0.1 that
 * stands in for Slack: it says hello, sends envelopes as Slack does, and records the
 * acknowledgements (`{envelope_id, payload}`) the app sends back.
 */
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { createSlackApp } from "../../../src/adapters/slack/app.ts";
import { envelopeProblem } from "../../../src/adapters/slack/socketGuard.ts";
import {
  BOT,
  mentionEvent,
  onlyLoopback,
  SLACK_API,
  silentLogger,
  slackConfig,
  slashCommandBody,
} from "./helpers.ts";

interface Ack {
  envelope_id: string;
  payload?: { blocks?: unknown[]; text?: string; response_type?: string };
}

let server: WebSocketServer;
let socket: WebSocket | undefined;
const acks: Ack[] = [];
const posted: Record<string, string>[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let slack: Extract<ReturnType<typeof createSlackApp>, { mode: "socket" }>;

beforeAll(async () => {
  onlyLoopback();
  process.on("unhandledRejection", onRejection);
  server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  server.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => acks.push(JSON.parse(data.toString()) as Ack));
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "applink-stand-in", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0FLOPS" },
      }),
    );
  });
  nock("https://slack.com")
    .persist()
    .post("/api/apps.connections.open")
    .reply(200, { ok: true, url: `ws://127.0.0.1:${port}/link/?ticket=stand-in` });
  nock(SLACK_API)
    .persist()
    .post("/api/chat.postMessage")
    .reply(200, (_uri, body) => {
      posted.push(Object.fromEntries(new URLSearchParams(String(body))));
      return { ok: true, channel: "C2147483705", ts: "1515449523.000017" };
    });
  const made = createSlackApp(
    slackConfig({ SLACK_APP_TOKEN: "xapp-1-A0FLOPS-1-stand-in" }),
    silentLogger(),
    BOT,
  );
  if (made.mode !== "socket") throw new Error("expected Socket Mode with SLACK_APP_TOKEN");
  slack = made;
  // The client is ready once it has read the hello.
  const connected = new Promise<void>((resolve) => slack.receiver.client.once("connected", () => resolve()));
  await slack.receiver.start();
  await connected;
});

afterAll(async () => {
  await slack.receiver.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  process.off("unhandledRejection", onRejection);
  nock.cleanAll();
  nock.enableNetConnect();
});

const send = (envelope: unknown) =>
  socket?.send(typeof envelope === "string" ? envelope : JSON.stringify(envelope));
const ackOf = (id: string) => expect.poll(() => acks.find((a) => a.envelope_id === id), { timeout: 5_000 });

describe("Socket Mode envelopes", () => {
  it("a slash command is acknowledged with its answer as the ack's payload", async () => {
    const command = Object.fromEntries(
      new URLSearchParams(slashCommandBody("175B 300B", "/commands/T0001/x")),
    );
    send({
      envelope_id: "env-command",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: command,
    });
    await ackOf("env-command").toBeDefined();
    const ack = acks.find((a) => a.envelope_id === "env-command");
    expect(ack?.payload?.response_type).toBe("in_channel");
    // 6 × 175B × 300B = 3.15 × 10²³ FLOP (Kaplan et al. 2020 §2.1).
    expect(JSON.stringify(ack?.payload?.blocks)).toContain("3.15 × 10²³ FLOP");
  });

  it("a mention is acknowledged at once and answered in its thread", async () => {
    const event = JSON.parse(mentionEvent("<@U0FLOPSBOT> chinchilla 70B", { eventId: "EvSOCKET1" }));
    send({
      envelope_id: "env-mention",
      type: "events_api",
      accepts_response_payload: false,
      payload: event,
      retry_attempt: 0,
      retry_reason: "",
    });
    await ackOf("env-mention").toBeDefined();
    // 20 tokens a parameter × 70B = 1.4T tokens (Hoffmann et al. 2022).
    await expect
      .poll(() => posted.find((p) => p.text?.includes("1.4T tokens")), { timeout: 5_000 })
      .toBeDefined();
  });

  it("an envelope with no payload object is acknowledged (not sent again) and fails nothing", async () => {
    send({
      envelope_id: "env-null-event",
      type: "events_api",
      accepts_response_payload: false,
      payload: null,
    });
    send({
      envelope_id: "env-no-event",
      type: "events_api",
      accepts_response_payload: false,
      payload: { type: "event_callback" },
    });
    send({
      envelope_id: "env-null-command",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: null,
    });
    send({ envelope_id: "env-list", type: "interactive", accepts_response_payload: true, payload: [1, 2] });
    send("null");
    send("[]");
    send("not json at all");
    for (const id of ["env-null-event", "env-no-event", "env-null-command", "env-list"])
      await ackOf(id).toEqual({ envelope_id: id, payload: {} });
    // Still serving: the next command is answered.
    const command = Object.fromEntries(
      new URLSearchParams(slashCommandBody("chinchilla 70B", "/commands/T0001/y")),
    );
    send({
      envelope_id: "env-after",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: command,
    });
    await ackOf("env-after").toBeDefined();
    expect(JSON.stringify(acks.find((a) => a.envelope_id === "env-after")?.payload)).toContain("1.4T tokens");
    expect(rejections).toEqual([]);
  });
});

describe("envelopeProblem", () => {
  it("passes Slack's own envelopes and control messages, and text the client ignores", () => {
    expect(envelopeProblem('{"type":"hello"}')).toBeUndefined();
    expect(envelopeProblem('{"type":"disconnect","reason":"refresh_requested"}')).toBeUndefined();
    expect(
      envelopeProblem('{"envelope_id":"e","type":"events_api","payload":{"event":{"type":"app_mention"}}}'),
    ).toBeUndefined();
    expect(
      envelopeProblem('{"envelope_id":"e","type":"slash_commands","payload":{"command":"/flops"}}'),
    ).toBeUndefined();
    expect(envelopeProblem("not json")).toBeUndefined();
  });

  it("names what is wrong, with the id to acknowledge", () => {
    expect(envelopeProblem("null")).toEqual({ problem: "envelope is not a JSON object" });
    expect(envelopeProblem('{"envelope_id":"e","type":"interactive","payload":"x"}')).toEqual({
      problem: "payload is not a JSON object",
      envelopeId: "e",
    });
    expect(envelopeProblem('{"envelope_id":"e","type":"events_api","payload":{"event":null}}')).toEqual({
      problem: "an events_api payload with no event object",
      envelopeId: "e",
    });
  });
});
