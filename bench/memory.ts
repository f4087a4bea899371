/**
 * Memory of the command layer as chat users load it: RSS and V8's used heap right after start
 * (the command layer imported, nothing answered yet), after one pass of the mix, after 10,000
 * commands and after 10,000 more (1,000 each with `--quick`). 500 users share each round (20 each
 * of 10,000, within the per-user limit); answers are logged at info to /dev/null. Bundled and run
 * with --expose-gc by run.ts. Prints JSON.
 */
import pino from "pino";
import { createAnswerer } from "../src/app/answer.ts";
import { createLogger } from "../src/app/logger.ts";
import { RateLimiter } from "../src/app/rateLimit.ts";
import { registry } from "../src/commands/registry.ts";
import { prepareQuantityParser } from "../src/core/quantity.ts";
import { localize } from "../src/reply/localize.ts";
import { MIX } from "./inputs.ts";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const sample = () => {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
};

const { answer } = createAnswerer({
  registry,
  limiter: new RateLimiter({ perMinute: 20 }),
  // Synchronous: the loop below never yields, so an asynchronous destination would hold every
  // line until the end and measure that backlog instead of the bot.
  logger: createLogger("info", pino.destination({ dest: "/dev/null", sync: true })),
});
// As the bot does right after it is ready (src/main.ts): the general quantity parser is built, so
// "right after start" holds it, as it did when mathjs loaded with the command layer.
prepareQuantityParser();
const atStart = sample();
for (const text of MIX) answer({ platform: "cli", userId: "warm-up", lang: "en", text });
const warm = sample();

const perRound = process.argv.includes("--quick") ? 1_000 : 10_000;
let limited = 0;
const oneRound = (round: number) => {
  for (let i = 0; i < perRound; i++) {
    const reply = answer({
      platform: i % 2 ? "slack" : "discord",
      userId: `U${round}-${i % 500}`,
      lang: i % 7 ? "en" : "zh-TW",
      text: MIX[i % MIX.length] ?? "",
    });
    if (reply.error?.key === "rate.limited") limited++;
    localize(reply, "en");
  }
  return sample();
};
const afterFirst = oneRound(1);
const afterSecond = oneRound(2);
process.stdout.write(`${JSON.stringify({ perRound, atStart, warm, afterFirst, afterSecond, limited })}\n`);
