/**
 * Where `respond()` posts, on the real Bolt app over loopback (signed requests, Slack's hooks host
 * intercepted): only to a response_url of Slack's. A signed request (the signing secret leaked, a
 * proxy rewriting bodies) naming any other URL must not make the bot POST there: each case is sent
 * once with a URL on a loopback listener, which must get nothing, and once with Slack's, which
 * must get the answer (so the payloads themselves are ones the app answers).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { responseUrlCheck } from "../../../src/adapters/slack/responseUrl.ts";
import type { Ask } from "../../../src/app/answer.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import type { Reply } from "../../../src/reply/reply.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  onlyLoopback,
  postSigned,
  RESPONSE_HOST,
  type RunningTestApp,
  slackConfig,
  slashCommandBody,
  startHttpApp,
  textsIn,
} from "./helpers.ts";

let app: RunningTestApp;
let elsewhere: Server;
let elsewhereUrl: string;
const hits: string[] = [];

beforeAll(async () => {
  onlyLoopback();
  elsewhere = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    res.end("ok");
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  // An answer that takes 150 ms, past the 50 ms a slash command's answer may take to ride in the
  // acknowledgement: a slash command's answer goes to its response_url too.
  const slow = (ask: Ask) =>
    new Promise<Reply>((resolve) => setTimeout(() => resolve(BOT.answerer.answer(ask)), 150));
  app = await startHttpApp(slackConfig(), {
    ...BOT,
    answer: slow,
    inlineAnswerMs: 50,
    store: new MemoryContextStore(),
  });
});

afterAll(async () => {
  await app.close();
  await new Promise((resolve) => elsewhere.close(resolve));
  nock.cleanAll();
  nock.enableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each request's own action_ts or view hash: the app answers a replayed one once. */
let hook = 0;

/** A response_url on Slack's hooks host (an action's): resolves with the first JSON posted there. */
function slackHook(): { url: string; posted: Promise<Record<string, unknown>> } {
  const { path, posted } = interceptResponseUrl("actions");
  return { url: `${RESPONSE_HOST}${path}`, posted };
}

const payloadForm = (payload: unknown) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** An answer's Explain button, from a question asked with a response_url of Slack's. */
async function explainButton(): Promise<{ block_id: string; value: string }> {
  const first = slackHook();
  await postSigned(
    `${app.url}/slack/events`,
    slashCommandBody("70B 15T gpu=H100 gpus=512", first.url.slice(RESPONSE_HOST.length)),
    FORM,
  );
  const answer = (await first.posted) as {
    blocks: { type: string; block_id?: string; elements?: unknown[] }[];
  };
  const block = answer.blocks.find((b) => b.type === "actions") as {
    block_id: string;
    elements: { action_id: string; value?: string }[];
  };
  const button = block.elements.find((e) => e.action_id === "flops_explain");
  return { block_id: block.block_id, value: button?.value ?? "" };
}

const requests: Record<string, (url: string) => Promise<string>> = {
  "a slash command answered late": async (url) =>
    slashCommandBody("175B 300B", "/unused", { response_url: url }),
  "a button press (block_actions)": async (url) => {
    const button = await explainButton();
    return payloadForm({
      type: "block_actions",
      user: { id: "U0RESPOND1", username: "ada", name: "ada", team_id: "T0001" },
      team: { id: "T0001", domain: "example" },
      channel: { id: "C2147483705", name: "ml-infra" },
      container: { type: "message", message_ts: "1700000000.000100", channel_id: "C2147483705" },
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
      response_url: url,
      actions: [
        {
          type: "button",
          action_id: "flops_explain",
          block_id: button.block_id,
          value: button.value,
          action_ts: `1700000001.${String(++hook).padStart(6, "0")}`,
        },
      ],
    });
  },
  "Estimate compute on a message (message_action)": async (url) =>
    payloadForm({
      type: "message_action",
      callback_id: "estimate_compute",
      action_ts: `1700000200.${String(++hook).padStart(6, "0")}`,
      team: { id: "T0001", domain: "example" },
      user: { id: "U0RESPOND2", username: "grace", team_id: "T0001", name: "grace" },
      channel: { id: "C2147483705", name: "ml-infra" },
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
      response_url: url,
      message_ts: "1700000150.000001",
      message: {
        type: "message",
        user: "U0SOMEONE",
        ts: "1700000150.000001",
        text: "175B params on 300B tokens",
      },
    }),
  "a submitted form (view_submission, response_urls)": async (url) =>
    payloadForm({
      type: "view_submission",
      team: { id: "T0001", domain: "example" },
      user: { id: "U0RESPOND3", username: "ada", name: "ada", team_id: "T0001" },
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
      view: {
        id: "V0FORM",
        type: "modal",
        callback_id: "flops_form",
        private_metadata: "en",
        hash: `1700000300.${++hook}`,
        state: {
          values: {
            params: { value: { type: "plain_text_input", value: "175B" } },
            tokens: { value: { type: "plain_text_input", value: "300B" } },
          },
        },
      },
      response_urls: [
        { block_id: "where", action_id: "value", channel_id: "C2147483705", response_url: url },
      ],
    }),
};

describe("respond() posts only to Slack's response_url", () => {
  it.each(Object.keys(requests))(
    "%s: a URL elsewhere gets nothing; Slack's gets the answer",
    async (name) => {
      const make = requests[name] as (url: string) => Promise<string>;
      hits.length = 0;
      for (const target of [`${elsewhereUrl}/internal/admin`, "http://hooks.slack.com.evil.example/x"]) {
        const response = await postSigned(`${app.url}/slack/events`, await make(target), FORM);
        expect(response.status).toBe(200);
      }
      await sleep(600);
      expect(hits).toEqual([]);

      const slack = slackHook();
      const response = await postSigned(`${app.url}/slack/events`, await make(slack.url), FORM);
      expect(response.status).toBe(200);
      // 6 × 175B × 300B = 3.15e23 FLOP (Kaplan et al. 2020 §2.1); the press answers 70B × 15T: 6.3e24.
      expect(textsIn((await slack.posted).blocks).join("\n")).toMatch(/3\.15 × 10²³ FLOP|6\.3 × 10²⁴ FLOP/);
    },
  );
});

describe("responseUrlCheck", () => {
  it("knows Slack's hooks hosts over HTTPS, and the configured stand-in's origin, and nothing else", () => {
    const slackOnly = responseUrlCheck();
    for (const url of [
      "https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN",
      "https://hooks.slack.com/actions/T0001/1/x",
      "https://hooks.slack-gov.com/actions/T0001/1/x",
      "https://HOOKS.SLACK.COM/actions/T0001/1/x",
    ])
      expect(slackOnly(url), url).toBe(true);
    for (const url of [
      "http://hooks.slack.com/actions/T0001/1/x",
      "https://hooks.slack.com:8443/actions/x",
      "https://hooks.slack.com.evil.example/x",
      "https://evil.example/hooks.slack.com/",
      "https://user:pw@hooks.slack.com/x",
      "https://hooks.slack.com@evil.example/x",
      "http://127.0.0.1:3000/x",
      "http://169.254.169.254/latest/meta-data/",
      "file:///etc/passwd",
      "not a url",
      "",
      undefined,
      ["https://hooks.slack.com/x"],
    ])
      expect(slackOnly(url), String(url)).toBe(false);
    const standIn = responseUrlCheck("http://127.0.0.1:4100/api/");
    expect(standIn("http://127.0.0.1:4100/respond")).toBe(true);
    expect(standIn("http://127.0.0.1:4101/respond")).toBe(false);
  });
});
