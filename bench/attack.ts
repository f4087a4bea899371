/**
 * `npx tsx bench/attack.ts [root]`: the attack run's hole 1, against the Slack HTTP app of the
 * checkout at `root` (default: this one), in its own process: 200 unsigned connections each
 * sending a body just under 4 MB and holding it open. Prints the server's RSS before, while the
 * bodies are held, and 3 s after they close, and whether a signed command was answered meanwhile.
 */
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { createInterface } from "node:readline";

const root = process.argv[2] ?? process.cwd();
const CONNECTIONS = Number(process.env.ATTACK_CONNECTIONS ?? 200);
const BODY = 4_000_000;
const SENT = 3_900_000;
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const child = spawn(
  process.execPath,
  ["--import", "tsx", "bench/slack-server.ts", "ours", SECRET, "http://127.0.0.1:9/api/"],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
);
const port = await new Promise<number>((resolve) => {
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", (line) =>
    resolve((JSON.parse(line) as { port: number }).port),
  );
});
const pid = child.pid as number;
await sleep(1_000);
const before = rssMb(pid);

const piece = Buffer.alloc(64 * 1024, "a");
const sockets: Socket[] = [];
for (let i = 0; i < CONNECTIONS; i++) {
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => undefined);
  socket.write(
    `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${BODY}\r\n\r\n`,
  );
  for (let sent = 0; sent < SENT; sent += piece.length) socket.write(piece);
  sockets.push(socket);
}
await sleep(5_000);
const body = new URLSearchParams({
  team_id: "T0",
  user_id: "U0",
  command: "/flops",
  text: "175B 300B",
}).toString();
const timestamp = Math.floor(Date.now() / 1000);
const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
const started = performance.now();
const answered = await fetch(`http://127.0.0.1:${port}/slack/events`, {
  method: "POST",
  body,
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Slack-Request-Timestamp": String(timestamp),
    "X-Slack-Signature": signature,
  },
  signal: AbortSignal.timeout(10_000),
}).then(
  async (r) =>
    `${r.status} in ${Math.round(performance.now() - started)} ms${(await r.text()).includes("3.15") ? ", with the answer" : ""}`,
  (e: Error) => `no answer (${e.name})`,
);
const held = rssMb(pid);
for (const socket of sockets) socket.destroy();
await sleep(3_000);
const after = rssMb(pid);
process.stdout.write(
  `${JSON.stringify({ connections: CONNECTIONS, rssMb: { before: Math.round(before), held: Math.round(held), afterClose: Math.round(after) }, signedCommand: answered })}\n`,
);
child.kill("SIGTERM");
