/**
 * The conversation store's own Redis connection, unreachable: one warning (its message, no stack),
 * not one at every reconnection attempt and every command, and one line when Redis is back;
 * follow-ups read as a lost context meanwhile.
 */
import { expect, test } from "vitest";
import { createLogger } from "../../src/app/logger.ts";
import { createContextStore } from "../../src/conversation/redis.ts";
import { jsonLineSink } from "../adapters/slack/helpers.ts";
import { startRedis } from "../support/redis.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("Redis down for seconds: logged once; back: logged once, and the store uses it again", async () => {
  // A port nothing listens on yet; the same port gets a redis-server later.
  const first = await startRedis();
  const port = first.port;
  await first.stop();
  const logged: Record<string, unknown>[] = [];
  const logger = createLogger("info", jsonLineSink(logged));
  const store = createContextStore(`redis://127.0.0.1:${port}`, logger);
  const question = { command: "compute", options: { params: "175B", tokens: "300B" } };
  for (let i = 0; i < 5; i++) {
    expect(await store.get(`k${i}`)).toBeUndefined();
    await store.set(`k${i}`, question);
  }
  // ioredis retries every 50, 100, … ms: many attempts in 2.5 s, each one an "error".
  await sleep(2_500);
  const down = logged.filter((l) => String(l.msg).startsWith("conversation store: Redis unreachable"));
  expect(down).toHaveLength(1);
  expect(logged.filter((l) => l.level === 40)).toHaveLength(1);
  expect(JSON.stringify(down[0])).not.toContain("    at ");

  const back = await startRedis(port);
  try {
    await expect
      .poll(() => logged.some((l) => l.msg === "conversation store: Redis reachable again"), {
        timeout: 10_000,
      })
      .toBe(true);
    await store.set("kept", question);
    expect(await store.get("kept")).toMatchObject({ command: "compute" });
  } finally {
    // The worker's other files run on: no connection left retrying a stopped server.
    (store as unknown as { redis: { disconnect(): void } }).redis.disconnect();
    await back.stop();
  }
}, 30_000);
