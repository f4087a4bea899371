import { createRequire } from "node:module";
import { connect } from "node:net";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSlackApp } from "../../../src/adapters/slack/app.ts";
import type { Ask } from "../../../src/app/answer.ts";
import { createLogger } from "../../../src/app/logger.ts";
import {
  BOT,
  FORM,
  JSON_TYPE,
  jsonLineSink,
  mentionEvent,
  nowSeconds,
  onlyLoopback,
  postSigned,
  SIGNING_SECRET,
  slackConfig,
  slackSignature,
  slashCommandBody,
} from "./helpers.ts";

/**
 * Bolt's HTTPReceiver runs with its signature check off: the guard in front of it (guard.ts) is
 * the one check. Every request here goes to the real app on 127.0.0.1; a request that is not
 * signed must be refused with 401 (Bolt's answer) and never reach the app, nor be answered. With
 * the guard's check removed, every refusal below would reach the app and be answered.
 */
let url: string;
let port: number;
let stop: () => Promise<void>;
/** Requests the receiver handed to the app, and questions answered. */
let handled = 0;
const asked: string[] = [];
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  onlyLoopback();
  const sink = jsonLineSink(logLines);
  const slack = createSlackApp(slackConfig(), createLogger("info", sink), {
    ...BOT,
    answer: async (ask: Ask) => {
      asked.push("text" in ask ? ask.text : ask.command);
      return BOT.answerer.answerWithHub(ask);
    },
  });
  if (slack.mode !== "http") throw new Error("expected HTTP mode");
  const { app } = slack;
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    handled += 1;
    return processEvent(event);
  };
  const server = await slack.receiver.start({ port: 0, host: "127.0.0.1" });
  port = (server.address() as { port: number }).port;
  url = `http://127.0.0.1:${port}/slack/events`;
  stop = () => slack.receiver.stop();
});

afterAll(async () => {
  await stop();
  nock.cleanAll();
  nock.enableNetConnect();
});

const command = (text = "175B 300B") => slashCommandBody(text, "/commands/T0001/never/called");

/** Sends `request` (request line, headers and body) on a new connection; resolves with the raw response. */
function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (/\r\n\r\n/.test(text)) socket.end();
    });
    socket.on("close", () => resolve(text));
    socket.on("error", () => resolve(text));
    socket.write(request);
  });
}

/** Expects `send` to be refused with 401 and nothing of it to reach the app. */
async function refusedUnsigned(send: () => Promise<number>): Promise<void> {
  const [before, answered] = [handled, asked.length];
  expect(await send()).toBe(401);
  expect(handled).toBe(before);
  expect(asked.length).toBe(answered);
}

describe("the guard is the signature check (Bolt's own is off)", () => {
  it("a signed command is answered, in the acknowledgement", async () => {
    const response = await postSigned(url, command(), FORM);
    expect(response.status).toBe(200);
    // GPT-3's 175B parameters and 300B tokens (Brown et al. 2020, Table D.1): 6ND = 3.15e23 FLOP.
    expect(await response.text()).toContain("3.15 × 10²³ FLOP");
  });

  it.each([
    ["no signature", { signature: null }],
    ["another secret's signature", { secret: "not-the-signing-secret" }],
    ["a short hash", { signature: "v0=deadbeef" }],
    ["only the version", { signature: "v0=" }],
    ["no version", { signature: "0".repeat(64) }],
  ] as const)("refuses %s with 401", async (_name, signing) => {
    await refusedUnsigned(async () => (await postSigned(url, command(), FORM, signing)).status);
  });

  it("refuses the right hash under another version (v1=) or in capitals", async () => {
    const timestamp = nowSeconds();
    const body = command();
    const hash = slackSignature(body, timestamp).slice("v0=".length);
    for (const signature of [`v1=${hash}`, `v0=${hash.toUpperCase()}`]) {
      await refusedUnsigned(async () => (await postSigned(url, body, FORM, { timestamp, signature })).status);
    }
  });

  it("refuses a signed body changed after signing, and a mention signed for another body", async () => {
    const timestamp = nowSeconds();
    const body = command();
    const signature = slackSignature(body, timestamp);
    const tampered = body.replace("175B", "999B");
    await refusedUnsigned(
      async () => (await postSigned(url, tampered, FORM, { timestamp, signature })).status,
    );
    const mention = mentionEvent(`<@${BOT.botUserId}> 175B 300B`);
    await refusedUnsigned(
      async () =>
        (await postSigned(url, mention, JSON_TYPE, { timestamp, signature: slackSignature("{}", timestamp) }))
          .status,
    );
  });

  it("refuses a signature over a timestamp 301 s old, a missing timestamp or one that is not a number", async () => {
    await refusedUnsigned(
      async () => (await postSigned(url, command(), FORM, { timestamp: nowSeconds() - 301 })).status,
    );
    const body = command();
    const signature = slackSignature(body, nowSeconds());
    await refusedUnsigned(async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": FORM, "X-Slack-Signature": signature },
        body,
      });
      return response.status;
    });
    await refusedUnsigned(async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": FORM,
          "X-Slack-Signature": signature,
          "X-Slack-Request-Timestamp": "soon",
        },
        body,
      });
      return response.status;
    });
  });

  it("refuses a timestamp spelled another way (hex, a fraction, a sign), though the signature is its number's", async () => {
    const now = nowSeconds();
    for (const spelled of [`0x${now.toString(16)}`, `${now}.0`, `+${now}`, `${now}e0`, `0${now}`]) {
      // Signed over the number as Slack writes it: Slack signs the header as sent, and sends digits.
      const body = command();
      const signature = slackSignature(body, now);
      await refusedUnsigned(async () => {
        const response = await fetch(url, {
          method: "POST",
          headers: {
            "Content-Type": FORM,
            "X-Slack-Signature": signature,
            "X-Slack-Request-Timestamp": spelled,
          },
          body,
        });
        return response.status;
      });
    }
  });

  it("refuses an unsigned request however its target spells the events path", async () => {
    const body = command();
    for (const target of [
      "/slack/events?retry=1",
      "http://127.0.0.1/slack/events",
      "/slack/./events",
      "/slack/x/../events",
    ]) {
      await refusedUnsigned(async () => {
        const response = await raw(
          `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${FORM}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
        return Number(/^HTTP\/1\.1 (\d+)/.exec(response)?.[1]);
      });
    }
  });

  it("logs a refusal as Bolt did, with Bolt's reason", async () => {
    await postSigned(url, command(), FORM, { signature: null });
    await postSigned(url, command(), FORM, { secret: "not-the-signing-secret" });
    const messages = logLines.filter((l) => l.level === 40).map((l) => String(l.msg));
    expect(messages).toContain(
      "Failed to parse and verify the request data: Failed to verify authenticity: header x-slack-signature did not have the expected type (received undefined, expected string)",
    );
    expect(messages).toContain(
      "Failed to parse and verify the request data: Failed to verify authenticity: signature mismatch",
    );
  });
});

describe("an unsigned request costs one HMAC of its body", () => {
  it("Bolt's reason for the log is found without hashing a 60 KB body again (Bolt's check hashed it a second time)", async () => {
    // Bolt (CommonJS) reads createHmac from node:crypto's exports on each call.
    const crypto = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
    const real = crypto.createHmac;
    let hashed = 0;
    const spy = vi.spyOn(crypto, "createHmac").mockImplementation((...args: Parameters<typeof real>) => {
      const hmac = real(...args);
      const update = hmac.update.bind(hmac);
      hmac.update = ((data: string | Buffer) => {
        hashed += Buffer.byteLength(data);
        return update(data);
      }) as typeof hmac.update;
      return hmac;
    });
    try {
      const body = command(`175B 300B ${"x".repeat(60 * 1024)}`);
      await refusedUnsigned(
        async () => (await postSigned(url, body, FORM, { secret: "not-the-signing-secret" })).status,
      );
    } finally {
      spy.mockRestore();
    }
    // Bolt's own check hashes only its timestamp line and the two 64-character hashes now.
    expect(hashed).toBeLessThan(1024);
  });
});

describe("Slack's SSL check, the one request Slack does not sign", () => {
  it("is answered 200 with no body, and nothing reaches the app", async () => {
    const before = handled;
    const response = await postSigned(url, "ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", FORM, {
      signature: null,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    // Bolt answers the check itself: no event for the app.
    expect(handled).toBe(before);
  });

  it("carries nothing in: a payload or a command beside ssl_check=1 is dropped unread", async () => {
    const [before, answered] = [handled, asked.length];
    const smuggled = [
      `ssl_check=1&${command()}`,
      `ssl_check=1&payload=${encodeURIComponent(JSON.stringify({ type: "shortcut", callback_id: "x" }))}`,
      `ssl%5Fcheck=1&${command()}`,
    ];
    for (const body of smuggled) {
      const response = await postSigned(url, body, FORM, { signature: null });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("");
    }
    expect(handled).toBe(before);
    expect(asked.length).toBe(answered);
  });
});

describe("replays", () => {
  it("a captured command sent again with text after a second '=' in its signature is not answered twice", async () => {
    // Bolt reads `v0=<hash>=anything` as `v0=<hash>`: the same signature, so the same request.
    const timestamp = nowSeconds();
    const body = command("70B 1.4T");
    const signature = slackSignature(body, timestamp);
    const answered = asked.length;
    const first = await postSigned(url, body, FORM, { timestamp, signature });
    const again = await postSigned(url, body, FORM, { timestamp, signature: `${signature}=again` });
    expect([first.status, again.status]).toEqual([200, 200]);
    // Chinchilla, 70B parameters on 1.4T tokens (Hoffmann et al. 2022, Table 3): 6ND = 5.88e23 FLOP.
    expect(await first.text()).toContain("5.88 × 10²³ FLOP");
    expect(await again.text()).toBe("");
    expect(asked.length).toBe(answered + 1);
  });
});

describe("signedWith", () => {
  it("accepts Slack's worked example and nothing else", async () => {
    const { signedWith } = await import("../../../src/adapters/slack/guard.ts");
    const { IncomingMessage } = await import("node:http");
    const { Socket } = await import("node:net");
    // Slack's "Verifying requests from Slack" example: this secret, timestamp and body sign to this.
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const example = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    const request = (signature: string, timestamp: string) => {
      const req = new IncomingMessage(new Socket());
      req.headers = { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp };
      return req;
    };
    const secret = "8f742231b10e8888abcd99yyyzzz85a5";
    expect(secret).toBe(SIGNING_SECRET);
    const realNow = Date.now;
    Date.now = () => 1531420618 * 1000 + 60_000;
    try {
      expect(signedWith(request(example, "1531420618"), body, secret)).toBe(example);
      expect(signedWith(request(`${example}=x`, "1531420618"), body, secret)).toBe(example);
      expect(signedWith(request(example, "1531420619"), body, secret)).toBeUndefined();
      expect(signedWith(request(example, "1531420618"), `${body}&x=1`, secret)).toBeUndefined();
      expect(signedWith(request(example, "1531420618"), body, "another")).toBeUndefined();
      expect(signedWith(request(example.replace("v0", "v1"), "1531420618"), body, secret)).toBeUndefined();
      // Six minutes later the same request is stale (Bolt's rule: at most five minutes old).
      Date.now = () => (1531420618 + 301) * 1000;
      expect(signedWith(request(example, "1531420618"), body, secret)).toBeUndefined();
    } finally {
      Date.now = realNow;
    }
  });
});
