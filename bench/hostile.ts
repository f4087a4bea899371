/**
 * `npx tsx bench/hostile.ts [root]`: hole 4's worst cases against the checkout at `root` (default:
 * this one), the fastest of 5 runs each in ms: Slack's text reader on 40,000 '<', and a Discord
 * option of 6,000 characters answered and rendered (echoed in the error, escaped, fuzzy-matched).
 */
import { resolve } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const { fromSlackText } = (await import(`${root}/src/adapters/slack/mrkdwn.ts`)) as {
  fromSlackText: (text: string) => string;
};
const { toDiscordMessage } = (await import(`${root}/src/adapters/discord/embeds.ts`)) as {
  toDiscordMessage: (reply: unknown, lang: string) => unknown;
};
const { RateLimiter } = (await import(`${root}/src/app/rateLimit.ts`)) as {
  RateLimiter: new (options: { perMinute: number }) => unknown;
};
const { createAnswerer } = (await import(`${root}/src/app/answer.ts`)) as {
  createAnswerer: (deps: Record<string, unknown>) => { answer: (ask: Record<string, unknown>) => unknown };
};
const { registry } = (await import(`${root}/src/commands/registry.ts`)) as { registry: unknown };
const { answer } = createAnswerer({ registry, limiter: new RateLimiter({ perMinute: 1e9 }) });

const fastest = (work: () => void): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return Math.round(best * 100) / 100;
};

const typed = "_*".repeat(3000);
const results: Record<string, number> = {
  "slack: 40,000 '<'": fastest(() => fromSlackText("<".repeat(40_000))),
};
const cases: [string, Record<string, string>][] = [
  ["compute", { params: "175B", tokens: "300B", precision: typed }],
  ["cards", { params: "70B", gpu: typed }],
  ["model", { name: typed }],
];
for (const [command, options] of cases) {
  results[`discord: ${command} with a 6,000-character option`] = fastest(() =>
    toDiscordMessage(answer({ platform: "discord", userId: "1", lang: "en", command, options }), "en"),
  );
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
