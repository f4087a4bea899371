/**
 * Shared state between replicas (issue 12, "Many replicas"): two app instances, each with its own
 * connection to one real redis-server, share one rate limit and one set of answered events; with
 * Redis stopped mid-run both keep answering from memory and say so once.
 */
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackApp } from "../../src/adapters/slack/app.ts";
import { createSharedState, type SharedState } from "../../src/adapters/state.ts";
import { createLogger } from "../../src/app/logger.ts";
import { rateLimitKey } from "../../src/app/rateLimit.ts";
import { type RedisServer, startRedis } from "../support/redis.ts";
import {
  BOT,
  JSON_TYPE,
  jsonLineSink,
  mentionEvent,
  onlyLoopback,
  postSigned,
  SLACK_API,
  silentLogger,
  slackConfig,
} from "./slack/helpers.ts";

let redis: RedisServer;
const logged: Record<string, unknown>[] = [];
const logger = createLogger("info", jsonLineSink(logged));

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);

afterAll(async () => {
  await redis.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ready(state: SharedState): Promise<void> {
  // Commands fail fast (to memory) until the connection is ready.
  for (let i = 0; i < 100 && !state.connected(); i++) await sleep(50);
  expect(state.connected()).toBe(true);
}

describe("two replicas, one redis-server", () => {
  it("share one rate limit: 3 a minute in all, whichever replica is asked", async () => {
    const config = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: 3 };
    const a = createSharedState(config, logger);
    const b = createSharedState(config, logger);
    await Promise.all([ready(a), ready(b)]);
    const key = rateLimitKey("slack", "T0001", `U${Date.now()}`);
    const waits = [
      await a.limiter?.take(key),
      await b.limiter?.take(key),
      await a.limiter?.take(key),
      await b.limiter?.take(key),
      await a.limiter?.take(key),
    ];
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    // Refused on both, with the time until the 60-second window ends.
    for (const wait of waits.slice(3)) {
      expect(wait).toBeGreaterThan(50_000);
      expect(wait).toBeLessThanOrEqual(60_000);
    }
    // Another user of the same team, and the same user id in another team, have their own limits.
    expect(await b.limiter?.take(rateLimitKey("slack", "T0001", "U0OTHER"))).toBe(0);
    expect(await b.limiter?.take(rateLimitKey("slack", "T0002", key.split(":")[2] ?? ""))).toBe(0);
    await Promise.all([a.close(), b.close()]);
  });

  it("share one set of answered events: a mention delivered to both replicas is posted once", async () => {
    onlyLoopback();
    let posted = 0;
    nock(SLACK_API)
      .post("/api/chat.postMessage")
      .times(4)
      .reply(200, () => {
        posted += 1;
        return { ok: true, channel: "C2147483705", ts: "1515449523.000017" };
      });
    const states = [
      createSharedState({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: 20 }, logger),
      createSharedState({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: 20 }, logger),
    ];
    await Promise.all(states.map(ready));
    const apps = states.map((state) =>
      createSlackApp(slackConfig(), silentLogger(), { ...BOT, dedupe: state.dedupe }),
    );
    const urls: string[] = [];
    for (const app of apps) {
      if (app.mode !== "http") throw new Error("expected HTTP mode");
      const server = await app.receiver.start({ port: 0, host: "127.0.0.1" });
      urls.push(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
    }
    const body = mentionEvent(`<@${BOT.botUserId}> 175B 300B`, { eventId: `Ev0SHARED${Date.now()}` });
    const statuses = await Promise.all(urls.map((url) => postSigned(`${url}/slack/events`, body, JSON_TYPE)));
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    await sleep(800);
    expect(posted).toBe(1);
    for (const app of apps) if (app.mode === "http") await app.receiver.stop();
    await Promise.all(states.map((s) => s.close()));
    nock.cleanAll();
    nock.enableNetConnect();
  });
});

describe("Redis stopped mid-run", () => {
  it("keeps answering from memory, logs it once, and uses Redis again when it is back", async () => {
    const own = await startRedis();
    const state = createSharedState({ REDIS_URL: own.url, RATE_LIMIT_PER_MINUTE: 2 }, logger);
    await ready(state);
    const key = rateLimitKey("discord", "1300000000000000002", "1300000000000000001");
    expect(await state.limiter?.take(key)).toBe(0);
    const port = own.port;
    await own.stop();
    const start = logged.length;
    const started = performance.now();
    // The in-memory bucket of this process answers: 2 a minute, so the second is allowed and the third refused.
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) waits.push((await state.limiter?.take(key)) ?? -1);
    expect(waits[0]).toBe(0);
    expect(waits[1]).toBe(0);
    expect(waits[2]).toBeGreaterThan(0);
    expect(await state.dedupe.first("Ev0DOWN1")).toBe(true);
    expect(await state.dedupe.first("Ev0DOWN1")).toBe(false);
    // Without waiting for Redis: every call failed fast.
    expect(performance.now() - started).toBeLessThan(2_000);
    await sleep(500);
    const down = logged.slice(start).filter((l) => String(l.msg).startsWith("redis unreachable"));
    expect(down).toHaveLength(1);
    // Redis back on the same port: the limiter uses it again (a fresh window for this key).
    const back = await startRedis(port);
    for (let i = 0; i < 60 && !logged.some((l) => String(l.msg).startsWith("redis reachable again")); i++) {
      await sleep(100);
    }
    expect(logged.some((l) => String(l.msg).startsWith("redis reachable again"))).toBe(true);
    expect(await state.limiter?.take(rateLimitKey("discord", "g", "fresh-user"))).toBe(0);
    await state.close();
    await back.stop();
  }, 30_000);
});
