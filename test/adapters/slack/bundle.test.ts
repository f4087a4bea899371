import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackApiStandIn } from "../../support/slackApi.ts";

/**
 * What `npm start` runs in Slack HTTP mode: the bundle in dist/ (built by `npm ci`), with Bolt and
 * its CommonJS dependencies inside it. A signed slash command is answered in the acknowledgement;
 * a forged one is refused. Slack's Web API (auth.test at start) is a local stand-in.
 */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SECRET = "0f4e7c3a9b2d5e8f1a6c4b7d9e2f5a8c";
let api: Server;
let bot: ChildProcess;
let port = 0;

beforeAll(async () => {
  const standIn = await startSlackApiStandIn();
  api = standIn.server;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["SLACK_APP_TOKEN", "DISCORD_TOKEN", "NODE_OPTIONS"]) delete env[name];
  bot = spawn(process.execPath, ["dist/main.js"], {
    cwd: ROOT,
    env: {
      ...env,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.url,
      PORT: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: bot.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const entry = JSON.parse(line) as { port?: number };
      if (typeof entry.port === "number") resolve(entry.port);
    });
    bot.once("exit", (code) => reject(new Error(`dist/main.js exited ${code}`)));
  });
}, 30_000);

afterAll(() => {
  bot?.kill("SIGKILL");
  api?.close();
});

function slashCommand(text: string, sign: (base: string) => string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const body = new URLSearchParams({
    team_id: "T0001",
    channel_id: "C0001",
    user_id: "U0001",
    command: "/flops",
    text,
    response_url: "http://127.0.0.1:1/respond",
    trigger_id: "1.2.3",
  }).toString();
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": sign(`v0:${timestamp}:${body}`),
    },
  });
}

const hmac = (base: string) => `v0=${createHmac("sha256", SECRET).update(base).digest("hex")}`;

describe("the bundle npm start runs, in Slack HTTP mode", () => {
  it("answers a signed /flops 175B 300B in the acknowledgement (GPT-3: 3.15 × 10²³ FLOP)", async () => {
    const response = await slashCommand("175B 300B", hmac);
    expect(response.status).toBe(200);
    const message = (await response.json()) as { response_type: string; blocks: unknown[] };
    expect(message.response_type).toBe("in_channel");
    expect(JSON.stringify(message.blocks)).toContain("3.15 × 10²³ FLOP");
  });

  it("refuses a forged signature with 401", async () => {
    const response = await slashCommand("175B 300B", () => `v0=${"0".repeat(64)}`);
    expect(response.status).toBe(401);
  });
});
