/**
 * The command layer in process, bundled like dist/: the fixed mix of questions through
 * answer() (rate limiter on, a JSON log line per answer to /dev/null) and through the bare
 * command layer (respondToText), alternating chunks of 300. Prints JSON: commands/s, p50, p99 (ms),
 * and (not with --quick) the same for the next 45,000 commands as `later` (with their count).
 */
import { createAnswerer } from "../src/app/answer.ts";
import { createLogger, logDestination } from "../src/app/logger.ts";
import { RateLimiter } from "../src/app/rateLimit.ts";
import { registry } from "../src/commands/registry.ts";
import { respondToText } from "../src/dispatch/respond.ts";
import { MIX } from "./inputs.ts";

const { answer } = createAnswerer({
  registry,
  limiter: new RateLimiter({ perMinute: 1e9 }),
  // The destination the bot logs to (logDestination), here to /dev/null.
  logger: createLogger("info", logDestination("/dev/null")),
});
const bare = (i: number) => respondToText(registry, MIX[i % MIX.length] ?? "", { lang: "en" });
const ours = (i: number) =>
  answer({ platform: "slack", userId: `U${i % 1000}`, lang: "en", text: MIX[i % MIX.length] ?? "" });

interface Round {
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * The two sides take turns a few hundred commands at a time, each chunk followed by a turn of
 * the event loop (as a bot's loop turns between requests: log lines are written then), so that
 * JIT, GC and load from elsewhere fall on both alike; a side's time is the sum of its chunks.
 */
const CHUNK = 300;
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function alternate(n: number): Promise<{ bare: Round; ours: Round }> {
  const sides = { bare, ours };
  const latencies = { bare: new Float64Array(n), ours: new Float64Array(n) };
  const total = { bare: 0, ours: 0 };
  for (let from = 0; from < n; from += CHUNK) {
    for (const side of ["bare", "ours"] as const) {
      const begin = performance.now();
      for (let i = from; i < Math.min(n, from + CHUNK); i++) {
        const t0 = performance.now();
        sides[side](i);
        latencies[side][i] = performance.now() - t0;
      }
      await turn();
      total[side] += performance.now() - begin;
    }
  }
  const round = (side: "bare" | "ours"): Round => {
    const sorted = latencies[side].sort();
    const at = (p: number) => sorted[Math.min(n - 1, Math.floor(p * n))] ?? 0;
    return { perSecond: n / (total[side] / 1000), p50: at(0.5), p99: at(0.99) };
  };
  return { bare: round("bare"), ours: round("ours") };
}

// `--quick` (the developer's loop): fewer commands, same shape.
const quick = process.argv.includes("--quick");
const [warmUp, measured] = quick ? [600, 3_000] : [6_000, 45_000];
await alternate(warmUp);
const line: Record<string, unknown> = await alternate(measured);
// The full run then measures as many again, to show how much of the mean above is V8 still
// optimizing the code (it compiles a function once it has run hot) rather than the code itself.
if (!quick) line.later = Object.assign(await alternate(measured), { commands: measured });
process.stdout.write(`${JSON.stringify(line)}\n`);
