/**
 * The command layer in process, bundled like dist/: the fixed mix of 30 questions through
 * answer() (rate limiter on, a JSON log line per answer to /dev/null) and through the bare
 * command layer (respondToText), alternating rounds. Prints JSON: commands/s, p50, p99 (ms).
 */
import pino from "pino";
import { createAnswerer } from "../src/app/answer.ts";
import { createLogger } from "../src/app/logger.ts";
import { RateLimiter } from "../src/app/rateLimit.ts";
import { registry } from "../src/commands/registry.ts";
import { respondToText } from "../src/dispatch/respond.ts";
import { MIX } from "./inputs.ts";

const { answer } = createAnswerer({
  registry,
  limiter: new RateLimiter({ perMinute: 1e9 }),
  // Asynchronous like pino's default stdout destination, which the bot logs to (flushed on exit).
  logger: createLogger("info", pino.destination({ dest: "/dev/null", sync: false })),
});
const bare = (i: number) => respondToText(registry, MIX[i % MIX.length] ?? "", { lang: "en" });
const ours = (i: number) =>
  answer({ platform: "slack", userId: `U${i % 1000}`, lang: "en", text: MIX[i % MIX.length] ?? "" });

interface Round {
  perSecond: number;
  p50: number;
  p99: number;
}

function run(fn: (i: number) => unknown, n: number): Round {
  const latencies = new Float64Array(n);
  const begin = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    latencies[i] = performance.now() - t0;
  }
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort();
  const at = (p: number) => latencies[Math.min(n - 1, Math.floor(p * n))] ?? 0;
  return { perSecond: n / seconds, p50: at(0.5), p99: at(0.99) };
}

// `--quick` (the developer's loop): shorter rounds, same shape.
const quick = process.argv.includes("--quick");
const [warmUp, perRound, roundCount] = quick ? [1_000, 2_500, 2] : [5_000, 10_000, 3];
run(bare, warmUp);
run(ours, warmUp);
// Alternating rounds, so load from elsewhere on the machine falls on both alike; the best of each.
const rounds = { bare: [] as Round[], ours: [] as Round[] };
for (let round = 0; round < roundCount; round++) {
  rounds.bare.push(run(bare, perRound));
  rounds.ours.push(run(ours, perRound));
}
const best = (list: Round[]) => list.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
process.stdout.write(`${JSON.stringify({ bare: best(rounds.bare), ours: best(rounds.ours) })}\n`);
