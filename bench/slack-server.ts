/**
 * One side of the Slack HTTP comparison, run as its own process so autocannon does not share its
 * event loop. `ours`: the real app (createSlackApp: signature check, /flops listener, answer(),
 * Block Kit in the acknowledgement, or response_url for a late answer) with answer() logging at
 * info to /dev/null. `bare`: a Bolt App on the same HTTPReceiver that acknowledges every /flops
 * with a fixed text. Prints {"port": n}.
 */
import { readFileSync } from "node:fs";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { createSlackApp } from "../src/adapters/slack/app.ts";
import { createAnswerer } from "../src/app/answer.ts";
import { loadConfig } from "../src/app/config.ts";
import { createLogger, logDestination } from "../src/app/logger.ts";
import { RateLimiter } from "../src/app/rateLimit.ts";
import { registry } from "../src/commands/registry.ts";

const [mode = "ours", signingSecret = "", apiUrl = ""] = process.argv.slice(2);
const bot = { botId: "B0BENCH", botUserId: "U0BENCH" };

async function startOurs(): Promise<number> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: apiUrl,
    PORT: "0",
  });
  // Every request is a different user; the limit is lifted so every one is computed.
  const answerer = createAnswerer({
    registry,
    limiter: new RateLimiter({ perMinute: 1e9 }),
    // The destination the bot logs to (logDestination), here to /dev/null.
    logger: createLogger("info", logDestination("/dev/null")),
  });
  const slack = createSlackApp(config, createLogger("silent"), { ...bot, answerer });
  if (slack.mode !== "http") throw new Error("expected HTTP mode");
  const server = await slack.receiver.start(0);
  return (server.address() as { port: number }).port;
}

async function startBare(): Promise<number> {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: "/slack/events",
    processBeforeResponse: false,
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    token: "xoxb-bench",
    receiver,
    logLevel: LogLevel.ERROR,
    ...bot,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command("/flops", async ({ ack }) => {
    await ack("Training compute: 3.15 × 10²³ FLOP");
  });
  const server = await receiver.start(0);
  return (server.address() as { port: number }).port;
}

const port = mode === "ours" ? await startOurs() : await startBare();
process.stdout.write(`${JSON.stringify({ port })}\n`);
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
/**
 * The main thread's time on a CPU in microseconds (Linux: the first field of its schedstat, in
 * nanoseconds), else undefined. The process's CPU time also counts V8's helper threads (the
 * optimizing compiler, the garbage collector's), which work beside the main one.
 */
function mainThreadCpuMicros(): number | undefined {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1000;
  } catch {
    return undefined;
  }
}

// run.ts reads this process's CPU time (and its main thread's) before and after a load, to get CPU per request.
process.on("SIGUSR2", () =>
  process.stdout.write(`${JSON.stringify({ cpu: process.cpuUsage(), mainCpu: mainThreadCpuMicros() })}\n`),
);
