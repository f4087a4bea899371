/**
 * `npm run soak`: the real Slack HTTP app (bench/slack-server.ts, its own process) under a steady
 * 100 signed slash commands a second for 5 minutes, with a few hostile clients mixed in (unsigned
 * requests, `payload=null`, bodies over the cap). Reports the server's RSS at the start, its peak
 * and at the end, and how the requests were answered.
 *
 *   SOAK_SECONDS=30 npm run soak      a short run (default 300)
 *   SOAK_RATE=100                     requests a second (default 100)
 */
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { MIX } from "./inputs.ts";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const RATE = Number(process.env.SOAK_RATE ?? 100);
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** Resident set size of a process in MB, from /proc (Linux); ps elsewhere. */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

// The Web API and response_url: answered at once (late answers are rare; they still go here).
const sink = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"ok":true}');
  });
});
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
const sinkUrl = `http://127.0.0.1:${(sink.address() as { port: number }).port}`;

const child = spawn(
  process.execPath,
  ["--import", "tsx", "bench/slack-server.ts", "ours", SECRET, `${sinkUrl}/api/`],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const port = await new Promise<number>((resolve) => {
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", (line) =>
    resolve((JSON.parse(line) as { port: number }).port),
  );
});
const url = `http://127.0.0.1:${port}/slack/events`;
const pid = child.pid as number;

function signed(body: string, contentType: string): RequestInit {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return {
    method: "POST",
    body,
    headers: {
      "Content-Type": contentType,
      "X-Slack-Request-Timestamp": String(timestamp),
      "X-Slack-Signature": signature,
    },
  };
}

let sent = 0;
function nextRequest(): RequestInit {
  sent += 1;
  // One request in 50 is hostile: unsigned, payload=null (signed), or over the body cap.
  if (sent % 50 === 0) {
    const kind = (sent / 50) % 3;
    if (kind === 0) return { method: "POST", body: "text=175B", headers: { "Content-Type": "x" } };
    if (kind === 1) return signed("payload=null", "application/x-www-form-urlencoded");
    return signed(`text=${"x".repeat(100_000)}`, "application/x-www-form-urlencoded");
  }
  const body = new URLSearchParams({
    team_id: "T0SOAK",
    user_id: `U${sent % 5000}`,
    command: "/flops",
    text: MIX[sent % MIX.length] ?? "175B 300B",
    response_url: `${sinkUrl}/response/${sent}`,
  }).toString();
  return signed(body, "application/x-www-form-urlencoded");
}

// Let the server settle, then measure.
await new Promise((resolve) => setTimeout(resolve, 2_000));
const start = rssMb(pid);
let peak = start;
const statuses = new Map<string, number>();
const latencies: number[] = [];
let inFlight = 0;
const began = performance.now();
const total = SECONDS * RATE;
process.stderr.write(
  `soak: ${RATE} req/s for ${SECONDS} s against pid ${pid} (RSS ${start.toFixed(1)} MB)\n`,
);

await new Promise<void>((resolve) => {
  let issued = 0;
  const tick = setInterval(() => {
    // Catch up to the schedule: `RATE` a second from the start, whatever the timer jitter.
    const due = Math.min(total, Math.floor(((performance.now() - began) / 1000) * RATE));
    for (; issued < due; issued++) {
      inFlight += 1;
      const at = performance.now();
      fetch(url, nextRequest())
        .then(async (response) => {
          await response.arrayBuffer();
          return String(response.status);
        })
        .catch(() => "error")
        .then((status) => {
          latencies.push(performance.now() - at);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          inFlight -= 1;
          if (issued >= total && inFlight === 0) {
            clearInterval(tick);
            resolve();
          }
        });
    }
    peak = Math.max(peak, rssMb(pid));
  }, 10);
});

await new Promise((resolve) => setTimeout(resolve, 2_000));
const end = rssMb(pid);
peak = Math.max(peak, end);
latencies.sort((a, b) => a - b);
const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
const report = {
  seconds: SECONDS,
  ratePerSecond: RATE,
  requests: latencies.length,
  achievedPerSecond: Math.round((latencies.length / ((performance.now() - began) / 1000)) * 10) / 10,
  statuses: Object.fromEntries([...statuses].sort()),
  latencyMs: { p50: Math.round(p(0.5) * 10) / 10, p99: Math.round(p(0.99) * 10) / 10 },
  rssMb: {
    start: Math.round(start * 10) / 10,
    peak: Math.round(peak * 10) / 10,
    end: Math.round(end * 10) / 10,
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
child.kill("SIGTERM");
sink.close();
