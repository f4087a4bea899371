import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JSON_TYPE, mentionEvent, postSigned, SIGNING_SECRET } from "./slack/helpers.ts";

/**
 * The real entry point (src/main.ts) in Slack HTTP mode, as a child process: fake tokens, the
 * Web API (auth.test, chat.postMessage) answered by a local stand-in. A signal while an answer
 * is under way (a mention's reply being posted) must let that answer reach Slack, then exit 0
 * within 10 s.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** A mention of `175B 300B`, as Slack posts it (signed when it is sent). */
const AT_START = mentionEvent("<@U0FLOPSBOT> 175B 300B", {
  eventId: "Ev0FLOPS0001",
  ts: "1700000000.000100",
});
const RESPONSE_DELAY_MS = 1_000;

interface StandIn {
  server: Server;
  url: string;
  responses: { at: number; body: Record<string, unknown> }[];
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

/** Slack's Web API: auth.test, and a chat.postMessage that takes a while to accept the answer. */
async function startStandIn(): Promise<StandIn> {
  const responses: StandIn["responses"] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.url?.startsWith("/api/auth.test")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          ok: true,
          url: "https://example.slack.com/",
          team: "Example",
          user: "flopsbot",
          team_id: "T0001",
          user_id: "U0FLOPSBOT",
          bot_id: "B0FLOPSBOT",
        }),
      );
      return;
    }
    if (req.url?.startsWith("/api/chat.postMessage")) {
      await new Promise((resolve) => setTimeout(resolve, RESPONSE_DELAY_MS));
      responses.push({ at: performance.now(), body: Object.fromEntries(new URLSearchParams(body)) });
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ ok: true, channel: "C2147483705", ts: "1700000000.000200" }));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, responses };
}

interface Bot {
  child: ChildProcess;
  port: number;
  logs: Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

async function startBot(standIn: StandIn): Promise<Bot> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["SLACK_APP_TOKEN", "DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "NODE_OPTIONS"])
    delete env[name];
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      ...env,
      SLACK_BOT_TOKEN: "xoxb-1-fake-token-for-tests",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${standIn.url}/api/`,
      PORT: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) => {
      child.once("exit", (code, signal) => resolve({ code, signal, at: performance.now() }));
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "slack listening (HTTP mode)") resolve(entry.port as number);
      } catch {
        // not a log line
      }
    });
    void exited.then(({ code }) =>
      reject(new Error(`the bot exited (${code}) before listening:\n${stderr}`)),
    );
  });
  return { child, port, logs, exited };
}

async function waitFor(url: string, status: number, deadlineMs = 30_000): Promise<Response> {
  const until = performance.now() + deadlineMs;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === status) return response;
    if (performance.now() > until) throw new Error(`${url} never answered ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(["SIGTERM", "SIGINT"] as const)("the bot in Slack HTTP mode on %s", (signal) => {
  let standIn: StandIn;
  let bot: Bot;

  beforeAll(async () => {
    standIn = await startStandIn();
    bot = await startBot(standIn);
  }, 90_000);

  afterAll(async () => {
    if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
    await new Promise<void>((resolve) => standIn.server.close(() => resolve()));
  });

  it("serves /healthz, and /readyz once Slack has started", async () => {
    const base = `http://127.0.0.1:${bot.port}`;
    expect(await (await waitFor(`${base}/healthz`, 200)).json()).toEqual({ ok: true });
    expect(await (await waitFor(`${base}/readyz`, 200)).json()).toEqual({
      ok: true,
      platforms: { slack: "ready" },
    });
  }, 60_000);

  it(`finishes the answer under way, then exits 0 within 10 s of ${signal}`, async () => {
    const ack = await postSigned(`http://127.0.0.1:${bot.port}/slack/events`, AT_START, JSON_TYPE);
    expect(ack.status).toBe(200);

    const sent = performance.now();
    bot.child.kill(signal);
    const exit = await Promise.race([
      bot.exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("still running 10 s after the signal")), 10_000),
      ),
    ]);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - sent).toBeLessThan(10_000);

    // The answer under way at the signal still reached Slack, in the mention's thread, before the exit.
    expect(standIn.responses).toHaveLength(1);
    const [response] = standIn.responses;
    expect(response?.body).toMatchObject({ channel: "C2147483705", thread_ts: "1700000000.000100" });
    expect(JSON.stringify(response?.body)).toContain("3.15 × 10²³ FLOP");
    expect(response?.at).toBeLessThan(exit.at);

    const messages = bot.logs.map((entry) => entry.msg);
    expect(messages).toContain("stopping: finishing the answers under way");
    expect(messages).toContain("stopped");
    expect(bot.logs.find((entry) => entry.msg === "answered")).toMatchObject({
      platform: "slack",
      command: "compute",
      userId: "U2147483697",
      outcome: "ok",
    });
    expect(JSON.stringify(bot.logs)).not.toContain("xoxb-1-fake-token-for-tests");
    expect(JSON.stringify(bot.logs)).not.toContain(SIGNING_SECRET);
  }, 30_000);
});
