/**
 * Requests Slack would never send, on the real Bolt app over loopback: an unreadable request
 * target, and signed bodies whose fields have the wrong shape (the signing secret leaked, a proxy
 * rewriting bodies, a client bug). Each must be refused with a 4xx at once or answered, never a
 * 500, never a listener throwing before its acknowledgement (Bolt's 404 after three seconds).
 */
import { connect } from "node:net";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  JSON_TYPE,
  postSigned,
  RESPONSE_HOST,
  SLACK_API,
  slackConfig,
  slashCommandBody,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const app = useHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });

afterEach(() => {
  nock.cleanAll();
});

const events = () => `${app.url}/slack/events`;
const payloadForm = (payload: unknown) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** The status and how long the server took to give it. */
async function timed(request: Promise<Response>): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await request;
  await response.text();
  return { status: response.status, ms: performance.now() - started };
}

/** What `posted` resolves with, or a failure after `ms` (an answer never posted). */
function within<T>(posted: Promise<T>, ms = 3_000): Promise<T> {
  return Promise.race([
    posted,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`nothing posted in ${ms} ms`)), ms)),
  ]);
}

/** The first line of the server's answer to a raw request. */
function rawStatusLine(request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(app.url).port), "127.0.0.1");
    let text = "";
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\r\n")) socket.destroy();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(text.split("\r\n", 1)[0] ?? ""));
    socket.write(request);
  });
}

const QUESTION = "_c=compute&params=175B&tokens=300B&_l=en&_u=U0PRESSER";
const USER = { id: "U0PRESSER", username: "ada", team_id: "T0001" };

/** A block_actions payload as Slack posts it, with `fields` over it. */
const blockActions = (responseUrl: string, fields: Record<string, unknown> = {}) => ({
  type: "block_actions",
  user: USER,
  api_app_id: "A0FLOPS",
  token: "XXYYZZ",
  container: { type: "message", message_ts: "1515449522.000016", channel_id: "C2147483705" },
  trigger_id: "13345224609.738474920.8088930838d88f008e0",
  team: { id: "T0001", domain: "example" },
  channel: { id: "C2147483705", name: "ml-infra" },
  message: { type: "message", ts: "1515449522.000016", blocks: [] },
  response_url: responseUrl,
  actions: [{ type: "button", action_id: "flops_explain", block_id: `flops_q:${QUESTION}`, value: QUESTION }],
  ...fields,
});

describe("Slack's app_rate_limited event (more than 30,000 events a workspace in an hour)", () => {
  it("is acknowledged at once with 200, not held three seconds and answered 404 as no listener's", async () => {
    // Slack's example ("Rate limits": Events API): the team and the minute its events are dropped for.
    const body = JSON.stringify({
      token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
      type: "app_rate_limited",
      team_id: "T0001",
      minute_rate_limited: 1518467820,
      api_app_id: "A0FLOPS",
    });
    const { status, ms } = await timed(postSigned(events(), body, JSON_TYPE));
    expect(status).toBe(200);
    expect(ms).toBeLessThan(1_000);
  });
});

describe("a request target no URL can be read from", () => {
  it.each(["GET //%%% HTTP/1.1", "POST //%%% HTTP/1.1"])(
    "%s is refused with 400 (Bolt answered 500), and the app answers on",
    async (line) => {
      expect(await rawStatusLine(`${line}\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n`)).toBe(
        "HTTP/1.1 400 Bad Request",
      );
      const answered = await postSigned(events(), slashCommandBody("175B 300B", "/commands/T0001/x"), FORM);
      expect(answered.status).toBe(200);
      expect(await answered.text()).toContain("3.15 × 10²³ FLOP");
    },
  );
});

describe("signed bodies with fields Bolt reads before any listener, in the wrong shape", () => {
  const url = `${RESPONSE_HOST}/actions/T0001/1/never`;
  const cases: [string, string, string][] = [
    ["a button press with no user", payloadForm(blockActions(url, { user: undefined })), FORM],
    ["a button press whose user is null", payloadForm(blockActions(url, { user: null })), FORM],
    ["a button press whose actions are null", payloadForm(blockActions(url, { actions: null })), FORM],
    ["a button press whose action is null", payloadForm(blockActions(url, { actions: [null] })), FORM],
    [
      "a button press whose action_id is an object",
      payloadForm(blockActions(url, { actions: [{ type: "button", action_id: { a: 1 }, value: QUESTION }] })),
      FORM,
    ],
    ["a button press whose channel is null", payloadForm(blockActions(url, { channel: null })), FORM],
    [
      "a form submission with no user",
      payloadForm({ type: "view_submission", team: { id: "T0001" }, view: { callback_id: "flops_form" } }),
      FORM,
    ],
    [
      "a form submission whose view is null",
      payloadForm({ type: "view_submission", team: { id: "T0001" }, user: USER, view: null }),
      FORM,
    ],
    ...(
      [
        ["null", null],
        ["a string", "app_mention"],
        ["a mention whose channel is null", { type: "app_mention", user: "U1", text: "x", channel: null }],
        ["a mention whose channel is a number", { type: "app_mention", user: "U1", text: "x", channel: 5 }],
        ["a mention whose item is null", { type: "app_mention", user: "U1", text: "x", item: null }],
        ["a mention whose user is null", { type: "app_mention", user: null, text: "x", channel: "C1" }],
      ] as const
    ).map(
      ([name, event]) =>
        [
          `an event that is ${name}`,
          JSON.stringify({ type: "event_callback", team_id: "T0001", event_id: `Ev${name.length}`, event }),
          JSON_TYPE,
        ] as [string, string, string],
    ),
    [
      "an event whose first authorization is null",
      JSON.stringify({
        type: "event_callback",
        team_id: "T0001",
        event_id: "Ev0AUTHNULL",
        authorizations: [null],
        event: { type: "app_mention", user: "U1", text: "x", channel: "C1", ts: "1.2" },
      }),
      JSON_TYPE,
    ],
    // A repeated form key reads as a list: the rate limit's `user_id.toLowerCase()` threw before the acknowledgement.
    ["a slash command with its user_id twice", `${slashCommandBody("175B 300B", "/c/x")}&user_id=U2`, FORM],
    ["a slash command with its text twice", `${slashCommandBody("175B 300B", "/c/x")}&text=1B`, FORM],
    ["a slash command with no user_id", JSON.stringify({ command: "/flops", text: "175B 300B" }), JSON_TYPE],
  ];

  it.each(cases)("%s is refused with 400 at once, and the app answers on", async (_name, body, type) => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const { status, ms } = await timed(postSigned(events(), body, type));
      expect(status).toBe(400);
      expect(ms).toBeLessThan(1_000);
      expect(rejections).toEqual([]);
      const answered = await postSigned(events(), slashCommandBody("175B 300B", "/commands/T0001/x"), FORM);
      expect(answered.status).toBe(200);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });

  it("the same requests in Slack's shapes are still taken (an app_mention with a channel object, a press with team null)", async () => {
    nock(SLACK_API).post("/api/chat.postMessage").reply(200, { ok: true, ts: "1.3" });
    const mention = JSON.stringify({
      type: "event_callback",
      team_id: "T0001",
      event_id: "Ev0SHAPEOK1",
      authorizations: [{ team_id: "T0001", user_id: BOT.botUserId, is_bot: true }],
      event: {
        type: "app_mention",
        user: "U1",
        text: `<@${BOT.botUserId}> 175B 300B`,
        channel: "C1",
        ts: "1.2",
      },
    });
    expect((await timed(postSigned(events(), mention, JSON_TYPE))).status).toBe(200);
    const { path, posted } = interceptResponseUrl("actions");
    const press = payloadForm(blockActions(`${RESPONSE_HOST}${path}`, { team: null }));
    expect((await timed(postSigned(events(), press, FORM))).status).toBe(200);
    expect(textsIn(await posted).join("\n")).toContain("3.15 × 10²³ FLOP");
  });
});

describe("signed interactive payloads whose values are not what the app wrote", () => {
  const form = (values: unknown, responseUrl: string) =>
    payloadForm({
      type: "view_submission",
      team: { id: "T0001" },
      user: USER,
      view: {
        callback_id: "flops_form",
        private_metadata: "en",
        ...(values === undefined ? {} : { state: values }),
      },
      response_urls: [{ block_id: "where", action_id: "value", channel_id: "C1", response_url: responseUrl }],
    });

  it.each([
    ["no state", undefined],
    ["a null state", null],
    ["fields whose values are objects", { values: { params: { value: { type: "x", value: { a: 1 } } } } }],
  ])(
    "a form submission with %s is answered at once with the form's own errors (it went unacknowledged)",
    async (_name, state) => {
      const started = performance.now();
      const response = await postSigned(
        events(),
        form(state, `${RESPONSE_HOST}/actions/T0001/2/never`),
        FORM,
      );
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000);
      const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe("errors");
      expect(body.errors.params).toMatch(/70B/);
    },
  );

  it("a GPU menu pick with no option chosen re-answers the question instead of posting nothing", async () => {
    const { path, posted } = interceptResponseUrl("actions");
    const press = blockActions(`${RESPONSE_HOST}${path}`, {
      actions: [
        { type: "static_select", action_id: "flops_gpu", block_id: `flops_q:${QUESTION}`, action_ts: "1" },
      ],
    });
    expect((await postSigned(events(), payloadForm(press), FORM)).status).toBe(200);
    expect(textsIn(await within(posted)).join("\n")).toContain("3.15 × 10²³ FLOP");
  });

  it("a press on a message whose blocks are not a list is told its question is gone, not left unanswered", async () => {
    const { path, posted } = interceptResponseUrl("actions");
    const press = blockActions(`${RESPONSE_HOST}${path}`, {
      message: { type: "message", ts: "1.1", blocks: "x" },
      actions: [{ type: "button", action_id: "flops_explain", block_id: "b", value: "forged" }],
    });
    expect((await postSigned(events(), payloadForm(press), FORM)).status).toBe(200);
    const reply = await within(posted);
    expect(reply.response_type).toBe("ephemeral");
    expect(textsIn(reply).join("\n")).toMatch(/Ask the whole question again/);
  });

  it("Estimate compute with no message in the payload answers the presser privately, not nothing", async () => {
    const { path, posted } = interceptResponseUrl("actions");
    const shortcut = {
      type: "message_action",
      callback_id: "estimate_compute",
      trigger_id: "1",
      user: USER,
      team: { id: "T0001" },
      channel: { id: "C1" },
      response_url: `${RESPONSE_HOST}${path}`,
    };
    expect((await postSigned(events(), payloadForm(shortcut), FORM)).status).toBe(200);
    expect((await within(posted)).response_type).toBe("ephemeral");
  });
});
