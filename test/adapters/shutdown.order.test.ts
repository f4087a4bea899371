import { spawn } from "node:child_process";
import { Agent, createServer, request, type Server } from "node:http";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JSON_TYPE, mentionEvent, postSigned, SIGNING_SECRET } from "./slack/helpers.ts";

/**
 * Hole 5: the real entry point in Slack HTTP mode, stopped while a client holds a half-sent body
 * and Slack's Web API does not answer (an outage), with keep-alive clients still asking. In
 * order: /readyz 503 while serving for DRAIN_SECONDS, then stop accepting, close connections,
 * wait for the replies under way until shortly before the hard stop, log what was dropped, exit 0.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** A mention of `175B 300B`, as Slack posts it (signed when it is sent). */
const AT_START = mentionEvent("<@U0FLOPSBOT> 175B 300B", { eventId: "Ev0SHUTDOWN01" });
const DRAIN_SECONDS = 2;
const STOP_TIMEOUT_SECONDS = 8;

let slackApi: Server;
let apiUrl = "";

beforeAll(async () => {
  // auth.test answers; chat.postMessage never does (Slack's Web API is down).
  slackApi = createServer((req, res) => {
    if (req.url?.startsWith("/api/auth.test")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ ok: true, team_id: "T0001", user_id: "U0FLOPSBOT", bot_id: "B0FLOPSBOT" }));
    }
  });
  await new Promise<void>((resolve) => slackApi.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(slackApi.address() as { port: number }).port}/api/`;
});

afterAll(async () => {
  slackApi.closeAllConnections();
  await new Promise<void>((resolve) => slackApi.close(() => resolve()));
});

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(-1));
    req.end();
  });
}

describe("SIGTERM with a slow-body client, a Slack API outage and keep-alive clients", () => {
  it("drains with /readyz 503 while serving, drops the stuck reply with a log line, and exits 0 before the hard stop", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of [
      "SLACK_APP_TOKEN",
      "DISCORD_TOKEN",
      "DISCORD_APPLICATION_ID",
      "NODE_OPTIONS",
      "REDIS_URL",
    ])
      delete env[name];
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: {
        ...env,
        SLACK_BOT_TOKEN: "xoxb-1-fake-token-for-tests",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: apiUrl,
        PORT: "0",
        LOG_LEVEL: "info",
        DRAIN_SECONDS: String(DRAIN_SECONDS),
        STOP_TIMEOUT_SECONDS: String(STOP_TIMEOUT_SECONDS),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const logs: Record<string, unknown>[] = [];
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once("exit", (code) => resolve({ code, at: performance.now() })),
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
      void exited.then(({ code }) => reject(new Error(`the bot exited (${code}) before listening`)));
    });

    // A mention whose reply will never be accepted (the Web API hangs).
    const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, AT_START, JSON_TYPE);
    expect(ack.status).toBe(200);
    // A client that sends half a body and holds the connection.
    const slow = connect(port, "127.0.0.1");
    slow.on("error", () => undefined);
    slow.write(
      "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    );
    // Keep-alive clients, connected before the signal.
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    expect(await get(agent, port, "/readyz")).toBe(200);

    const sent = performance.now();
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // During the drain window: still serving on the same connections, /readyz says 503.
    const during = await Promise.all(
      Array.from({ length: 20 }, (_, i) => get(agent, port, i % 2 === 0 ? "/healthz" : "/readyz")),
    );
    expect(during.filter((_, i) => i % 2 === 0)).toEqual(Array(10).fill(200));
    expect(during.filter((_, i) => i % 2 === 1)).toEqual(Array(10).fill(503));

    const exit = await exited;
    agent.destroy();
    slow.destroy();
    expect(exit.code).toBe(0);
    const took = exit.at - sent;
    expect(took).toBeGreaterThanOrEqual(DRAIN_SECONDS * 1000);
    expect(took).toBeLessThan(STOP_TIMEOUT_SECONDS * 1000);
    const messages = logs.map((entry) => String(entry.msg));
    expect(messages).toContain("stopped");
    expect(messages.some((m) => m.includes("dropped"))).toBe(true);
    expect(logs.find((entry) => String(entry.msg).includes("dropped"))).toMatchObject({ dropped: 1 });
    expect(messages).not.toContain("stop took too long: exiting anyway");
  }, 40_000);
});
