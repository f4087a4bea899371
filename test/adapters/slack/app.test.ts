import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSlackApp } from "../../../src/adapters/slack/app.ts";
import type { SlackMessage } from "../../../src/adapters/slack/limits.ts";
import type { Ask } from "../../../src/app/answer.ts";
import type { Reply } from "../../../src/reply/reply.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  JSON_TYPE,
  mentionEvent,
  nowSeconds,
  onlyLoopback,
  postSigned,
  type RunningTestApp,
  SLACK_API,
  silentLogger,
  slackConfig,
  slashCommandBody,
  startHttpApp,
  textsIn,
} from "./helpers.ts";
import { limitViolations } from "./violations.ts";

let server: RunningTestApp;
/** Requests that reached Bolt's middleware (i.e. passed signature verification). */
let handled = 0;

beforeAll(async () => {
  onlyLoopback();
  server = await startHttpApp();
  // Counted where the receiver hands a verified request to the app (a middleware added here would
  // not see `/flops`, which the app answers from its own first middleware).
  const { app } = server.slack;
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    handled += 1;
    return processEvent(event);
  };
});

afterAll(async () => {
  await server.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

afterEach(() => {
  expect(nock.pendingMocks().filter((m) => !m.includes("/commands/T0001/"))).toEqual([]);
});

/** Sends `/flops <text>` as Slack would and returns the ack and the answer it carries. */
async function slash(text: string) {
  const ack = await postSigned(
    `${server.url}/slack/events`,
    slashCommandBody(text, "/commands/T0001/unused"),
    FORM,
  );
  const ackBody = await ack.text();
  const posted = JSON.parse(ackBody) as SlackMessage & { response_type: string };
  return { ack, ackBody, posted };
}

describe("/flops over HTTP (real Bolt app, signed requests)", () => {
  it("answers 175B 300B in the channel with Block Kit, in the acknowledgement itself", async () => {
    const before = handled;
    const { ack, posted } = await slash("175B 300B");
    expect(handled).toBe(before + 1);
    expect(ack.status).toBe(200);
    expect(ack.headers.get("content-type")).toContain("application/json");
    expect(posted.response_type).toBe("in_channel");
    expect(posted.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Training compute: 175B parameters × 300B tokens", emoji: true },
    });
    const fields = textsIn(posted.blocks);
    expect(fields).toContain("*Training compute (6ND)*\n3.15 × 10²³ FLOP\n`6 · N · D = 6 × 175B × 300B`");
    expect(fields.join("\n")).toContain("<https://arxiv.org/abs/2001.08361|Kaplan et al. 2020");
    expect(posted.text).toContain("Training compute (6ND): 3.15 × 10²³ FLOP");
    expect(limitViolations(posted)).toEqual([]);
  });

  it("shows the impossible MFU of DeepSeek-V3 counted by its 671B total as a visible warning", async () => {
    const { posted } = await slash("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M");
    expect(posted.response_type).toBe("in_channel");
    const warning = posted.blocks.find((b) => b.type === "section" && b.text?.text.startsWith("⚠ ")) as {
      text: { text: string };
    };
    expect(warning.text.text).toMatch(/^⚠ MFU \d+% is impossible/);
    expect(warning.text.text).toContain("a MoE counted by its total parameters");
  });

  it("sends an error only to the asker, with a correct example to copy", async () => {
    const { ack, posted } = await slash("175Q 300B");
    expect(ack.status).toBe(200);
    expect(posted.response_type).toBe("ephemeral");
    expect(posted.blocks[0]).toMatchObject({ type: "header", text: { text: "I can't compute that" } });
    const texts = textsIn(posted.blocks);
    expect(texts.some((t) => t.startsWith(":x: I don't know “q” in a number."))).toBe(true);
    expect(texts).toContain("Try: /flops 175B 300B");
  });

  it.each(["175B 300B private", "me 175B 300B"])("answers %s only to the asker", async (text) => {
    const { posted } = await slash(text);
    expect(posted.response_type).toBe("ephemeral");
    expect(textsIn(posted.blocks).join("\n")).toContain("3.15 × 10²³ FLOP");
  });

  it("sends help only to the asker", async () => {
    const { posted } = await slash("help");
    expect(posted.response_type).toBe("ephemeral");
    expect(posted.blocks[0]).toMatchObject({
      text: { text: "flopsbot: training compute, MFU and GPU counts" },
    });
  });

  it("answers in Traditional Chinese with lang=zh-TW", async () => {
    const { posted } = await slash("175B 300B lang=zh-TW");
    expect(posted.response_type).toBe("in_channel");
    const header = posted.blocks[0] as { text: { text: string } };
    expect(header.text.text).toBe("訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token");
    expect(textsIn(posted.blocks)).toContain(
      "*訓練算力 (6ND)*\n3.15 × 10²³ FLOP\n`6 · N · D = 6 × 175B × 300B`",
    );
  });

  it("answers a question written in Chinese in Traditional Chinese (Slack tells no user's language)", async () => {
    const { posted } = await slash("用 512 張 H100 訓練 70B 要幾天");
    // 6 × 70B × 1.4T = 5.88e23 FLOP (C = 6ND, Kaplan et al. 2020 §2.1; D = 20·N, Hoffmann et al. 2022).
    expect((posted.blocks[0] as { text: { text: string } }).text.text).toBe(
      "訓練算力：70B (700 億) 參數 × 1.4T (1.4 兆) token",
    );
    // lang= in the text is the user's choice.
    const chosen = await slash("用 512 張 H100 訓練 70B 要幾天 lang=en");
    expect((chosen.posted.blocks[0] as { text: { text: string } }).text.text).toBe(
      "Training compute: 70B parameters × 1.4T tokens",
    );
  });

  it("answers a renamed copy (/flops-staging) the same way, and leaves other apps' commands to their listeners", async () => {
    const staging = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("175B 300B", "/commands/T0001/unused", { command: "/flops-staging" }),
      FORM,
    );
    const posted = (await staging.json()) as SlackMessage;
    expect(posted.blocks[0]).toMatchObject({
      text: { text: "Training compute: 175B parameters × 300B tokens" },
    });
    // `/flops` is answered from the app's first middleware; any other command goes on to Bolt's listeners.
    server.slack.app.command("/weather", async ({ ack, command }) => {
      await ack(`weather for ${command.text}`);
    });
    const other = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("Taipei", "/commands/T0001/unused", { command: "/weather" }),
      FORM,
    );
    expect(await other.text()).toBe("weather for Taipei");
  });

  it("answers Slack's url_verification challenge", async () => {
    const body = JSON.stringify({
      token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const response = await postSigned(`${server.url}/slack/events`, body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });
});

describe("requests Slack did not sign are refused (401) before any handler runs", () => {
  const body = () => slashCommandBody("175B 300B", "/commands/T0001/never/called");

  it.each([
    ["a wrong signature (another secret)", { secret: "not-the-signing-secret" }],
    ["a missing signature", { signature: null }],
    ["a malformed signature", { signature: "v0=deadbeef" }],
    ["a timestamp one second past five minutes old", { timestamp: nowSeconds() - 301 }],
  ] as const)("%s", async (_name, signing) => {
    const before = handled;
    const response = await postSigned(`${server.url}/slack/events`, body(), FORM, signing);
    expect(response.status).toBe(401);
    expect(handled).toBe(before);
  });

  it("a body changed after signing", async () => {
    const timestamp = nowSeconds();
    const { slackSignature } = await import("./helpers.ts");
    const signature = slackSignature(body(), timestamp);
    const before = handled;
    const tampered = body().replace("175B", "999B");
    const response = await postSigned(`${server.url}/slack/events`, tampered, FORM, { timestamp, signature });
    expect(response.status).toBe(401);
    expect(handled).toBe(before);
  });
});

describe("health", () => {
  it("GET /healthz answers 200 {ok: true}", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ ok: true });
  });

  it("HEAD /healthz answers 200 with no body; any other method on a health path 405 with Allow, as the standalone server does (Bolt answered 404)", async () => {
    const head = await fetch(`${server.url}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      for (const path of ["/healthz", "/readyz"]) {
        const response = await fetch(`${server.url}${path}`, { method });
        expect([method, path, response.status]).toEqual([method, path, 405]);
        expect(response.headers.get("allow")).toBe("GET, HEAD");
      }
    }
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });
});

/** Intercepts one Web API method; resolves with its arguments and the Authorization header. */
function interceptWebApi(method: string) {
  return new Promise<{ args: Record<string, unknown>; authorization: string | undefined }>((resolve) => {
    nock(SLACK_API)
      .post(`/api/${method}`)
      .reply(200, function (_uri, body) {
        const args =
          typeof body === "string"
            ? Object.fromEntries(new URLSearchParams(body))
            : (body as Record<string, unknown>);
        resolve({ args, authorization: this.req.headers.authorization });
        return { ok: true, channel: "C2147483705", ts: "1515449523.000017" };
      });
  });
}

const parseBlocks = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

describe("@flopsbot mentions (Events API)", () => {
  it("strips the mention and answers in the message's thread with chat.postMessage", async () => {
    const call = interceptWebApi("chat.postMessage");
    const response = await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT> 175B 300B"),
      JSON_TYPE,
    );
    expect(response.status).toBe(200);
    const { args, authorization } = await call;
    expect(authorization).toBe("Bearer xoxb-1-test");
    expect(args.channel).toBe("C2147483705");
    expect(args.thread_ts).toBe("1515449522.000016");
    expect(String(args.text)).toContain("3.15 × 10²³ FLOP");
    expect(textsIn(parseBlocks(args.blocks)).join("\n")).toContain("3.15 × 10²³ FLOP");
  });

  it("answers a mention inside a thread in that thread", async () => {
    const call = interceptWebApi("chat.postMessage");
    await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT|flopsbot> chinchilla 175B", { threadTs: "1515449000.000001" }),
      JSON_TYPE,
    );
    const { args } = await call;
    expect(args.thread_ts).toBe("1515449000.000001");
    expect(textsIn(parseBlocks(args.blocks)).join("\n")).toContain("3.5T tokens");
  });

  it("reads Slack's escaped text (dense 784-&gt;128) as the grammar expects", async () => {
    const call = interceptWebApi("chat.postMessage");
    await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT> params dense 784-&gt;128, dense 128-&gt;10"),
      JSON_TYPE,
    );
    const { args } = await call;
    // 784·128 + 128 + 128·10 + 10 = 101,770 (the classic MNIST MLP).
    expect(textsIn(parseBlocks(args.blocks))).toContain("*Total parameters*\n101,770\n`Σ = 102K`");
  });

  it("ignores a mention the app wrote itself (Bolt's ignoreSelf, after the /flops middleware)", async () => {
    const call = interceptWebApi("chat.postMessage");
    const own = await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT> 175B 300B", { user: BOT.botUserId }),
      JSON_TYPE,
    );
    expect(own.status).toBe(200);
    await postSigned(`${server.url}/slack/events`, mentionEvent("<@U0FLOPSBOT> chinchilla 70B"), JSON_TYPE);
    // The one answer posted is the second mention's: 20 tokens a parameter × 70B = 1.4T tokens
    // (Hoffmann et al. 2022); the app's own mention (6 × 175B × 300B = 3.15e23 FLOP) got none.
    const { args } = await call;
    expect(String(args.text)).toContain("1.4T tokens");
    expect(String(args.text)).not.toContain("3.15 × 10²³");
  });

  it("sends a top-level mention's error only to the asker, in the channel, not under the mention (chat.postEphemeral)", async () => {
    const call = interceptWebApi("chat.postEphemeral");
    await postSigned(`${server.url}/slack/events`, mentionEvent("<@U0FLOPSBOT> 175Q"), JSON_TYPE);
    const { args } = await call;
    expect(args.user).toBe("U2147483697");
    expect(args.channel).toBe("C2147483705");
    // Slack shows an ephemeral message in a thread only when the thread already exists: one under
    // a mention with no replies would never be seen.
    expect(args).not.toHaveProperty("thread_ts");
    expect(textsIn(parseBlocks(args.blocks))).toContain("Try: /flops 175B 300B");
  });

  it("sends a mention's error inside a thread only to the asker, in that thread", async () => {
    const call = interceptWebApi("chat.postEphemeral");
    await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT> 175Q", { threadTs: "1515449000.000001", ts: "1515449530.000001" }),
      JSON_TYPE,
    );
    const { args } = await call;
    expect(args.user).toBe("U2147483697");
    expect(args.thread_ts).toBe("1515449000.000001");
    expect(textsIn(parseBlocks(args.blocks)).join("\n")).toContain("I can't compute");
  });

  it("posts no error or private answer for everyone when the mention has no user to show it to (a bot's, a workflow's)", async () => {
    const posts: string[] = [];
    nock(SLACK_API)
      .persist()
      .post(/\/api\/chat\.post(Message|Ephemeral)$/)
      .reply(200, (uri, body) => {
        posts.push(`${uri} ${String(body)}`);
        return { ok: true, channel: "C2147483705", ts: "1515449523.000017", message_ts: "1515449523.000017" };
      });
    const userless = (text: string, ts: string) => {
      const body = JSON.parse(mentionEvent(text, { ts })) as { event: Record<string, unknown> };
      delete body.event.user;
      body.event.bot_id = "B0WORKFLOW";
      return JSON.stringify(body);
    };
    try {
      await postSigned(
        `${server.url}/slack/events`,
        userless("<@U0FLOPSBOT> 175Q", "1515449540.000001"),
        JSON_TYPE,
      );
      await postSigned(
        `${server.url}/slack/events`,
        userless("<@U0FLOPSBOT> 175B 300B private", "1515449540.000002"),
        JSON_TYPE,
      );
      await postSigned(
        `${server.url}/slack/events`,
        userless("<@U0FLOPSBOT> chinchilla 70B", "1515449540.000003"),
        JSON_TYPE,
      );
      // The public answer is posted (20 × 70B = 1.4T tokens); the error and the private answer are not.
      await expect.poll(() => posts.length, { timeout: 5_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(posts).toHaveLength(1);
      expect(posts[0]).toContain("chat.postMessage");
      expect(decodeURIComponent(posts[0] ?? "")).toContain("1.4T tokens");
    } finally {
      nock.cleanAll();
    }
  });

  it("sends a top-level `private` answer to the asker in the channel, where it is seen", async () => {
    const call = interceptWebApi("chat.postEphemeral");
    await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT> 175B 300B private", { user: "U0PRIVATE01" }),
      JSON_TYPE,
    );
    const { args } = await call;
    expect(args.user).toBe("U0PRIVATE01");
    expect(args).not.toHaveProperty("thread_ts");
    expect(String(args.text)).toContain("3.15 × 10²³ FLOP");
  });
});

describe("building the app", () => {
  it("uses HTTP mode (HTTPReceiver) without SLACK_APP_TOKEN", () => {
    const slack = createSlackApp(slackConfig(), silentLogger(), BOT);
    expect(slack.mode).toBe("http");
    expect(slack.receiver).toBeInstanceOf(HTTPReceiver);
  });

  it("uses Socket Mode (SocketModeReceiver) with SLACK_APP_TOKEN, without connecting", () => {
    const slack = createSlackApp(
      slackConfig({ SLACK_APP_TOKEN: "xapp-1-A0FLOPS-1-abcdef" }),
      silentLogger(),
      BOT,
    );
    expect(slack.mode).toBe("socket");
    expect(slack.receiver).toBeInstanceOf(SocketModeReceiver);
    expect(slack.receiver).not.toBeInstanceOf(HTTPReceiver);
  });

  it("refuses to build without a bot token", () => {
    const config = { ...slackConfig(), SLACK_BOT_TOKEN: undefined };
    expect(() => createSlackApp(config, silentLogger(), { answerer: BOT.answerer })).toThrow(
      /SLACK_BOT_TOKEN/,
    );
  });
});

describe("without the bot's ids (Slack was unreachable at start)", () => {
  it("acknowledges and answers the first command without calling auth.test", async () => {
    const authTest = nock(SLACK_API).post("/api/auth.test").reply(200, { ok: true });
    const bare = await startHttpApp(slackConfig(), { answerer: BOT.answerer });
    try {
      const ack = await postSigned(
        `${bare.url}/slack/events`,
        slashCommandBody("chinchilla 175B", "/commands/T0001/unused"),
        FORM,
      );
      expect(ack.status).toBe(200);
      const posted = (await ack.json()) as SlackMessage;
      expect(textsIn(posted.blocks).join("\n")).toContain("3.5T tokens");
      expect(authTest.isDone()).toBe(false);
    } finally {
      nock.cleanAll();
      await bare.close();
    }
  });
});

describe("an answer that is not ready in time", () => {
  it("is acknowledged empty at once, then posted to response_url", async () => {
    const slow = (ask: Ask) =>
      new Promise<Reply>((resolve) => setTimeout(() => resolve(BOT.answerer.answer(ask)), 300));
    const late = await startHttpApp(slackConfig(), { ...BOT, answer: slow, inlineAnswerMs: 50 });
    try {
      const hook = interceptResponseUrl();
      const sent = performance.now();
      const ack = await postSigned(
        `${late.url}/slack/events`,
        slashCommandBody("175B 300B", hook.path),
        FORM,
      );
      expect(ack.status).toBe(200);
      expect(await ack.text()).toBe("");
      const acknowledgedAfter = performance.now() - sent;
      const posted = (await hook.posted) as unknown as SlackMessage & { response_type: string };
      expect(posted.response_type).toBe("in_channel");
      expect(textsIn(posted.blocks).join("\n")).toContain("3.15 × 10²³ FLOP");
      expect(acknowledgedAfter).toBeLessThan(performance.now() - sent);
    } finally {
      await late.close();
    }
  });
});
