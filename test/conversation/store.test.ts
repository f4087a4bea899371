/** The context store: bounded and expiring in memory, shared through a real redis-server. */
import { type ChildProcess, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeQuestion, type Question } from "../../src/conversation/question.ts";
import {
  contextValue,
  MemoryContextStore,
  questionOfValue,
  RedisContextStore,
} from "../../src/conversation/store.ts";

const question: Question = { command: "compute", options: { params: "70B", tokens: "15T", gpu: "H100" } };

describe("MemoryContextStore", () => {
  it("forgets an entry after its time to live", async () => {
    let now = 0;
    const store = new MemoryContextStore({ ttlMs: 1000, now: () => now });
    await store.set("a", question);
    now = 999;
    expect(await store.get("a")).toEqual(question);
    now = 1000;
    expect(await store.get("a")).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the least recently used first", async () => {
    const store = new MemoryContextStore({ maxEntries: 2 });
    await store.set("a", question);
    await store.set("b", question);
    await store.get("a");
    await store.set("c", question);
    expect(store.size).toBe(2);
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toEqual(question);
  });
});

describe("contextValue on and past a limit", () => {
  const inline = encodeQuestion(question);
  it("inline when the prefix and the encoded question fit exactly", async () => {
    const store = new MemoryContextStore();
    expect(await contextValue(question, inline.length + 3, store, "fx:")).toBe(inline);
  });
  it("a reference one character past, which reads back from the store (and not from another)", async () => {
    const store = new MemoryContextStore();
    const ref = await contextValue(question, inline.length + 2, store, "fx:");
    expect(ref).toMatch(/^#[0-9a-f]{16}$/);
    expect(`fx:${ref}`.length).toBeLessThanOrEqual(100);
    expect(await questionOfValue(ref, store)).toEqual(question);
    expect(await questionOfValue(ref, new MemoryContextStore())).toBeUndefined();
  });
  it("takes the encoding a caller already made (one encoding for every button), and stores the question past the limit", async () => {
    const store = new MemoryContextStore();
    expect(await contextValue(question, inline.length, store, "", inline)).toBe(inline);
    const ref = await contextValue(question, inline.length - 1, store, "", inline);
    expect(ref).toMatch(/^#[0-9a-f]{16}$/);
    expect(await questionOfValue(ref, store)).toEqual(question);
  });
});

describe("RedisContextStore (a real redis-server)", () => {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let server: ChildProcess | undefined;
  let redis: Redis;

  beforeAll(async () => {
    server = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    redis = new Redis({ port, host: "127.0.0.1", lazyConnect: true, retryStrategy: () => 50 });
    // Refused while the server starts; the loop below retries.
    redis.on("error", () => {});
    for (let i = 0; i < 100; i++) {
      try {
        await redis.connect();
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  afterAll(async () => {
    redis.disconnect();
    server?.kill();
  });

  it("is shared by every replica (a second connection reads what the first wrote) and expires", async () => {
    const other = new Redis({ port, host: "127.0.0.1" });
    try {
      const writer = new RedisContextStore(redis, 300);
      const reader = new RedisContextStore(other, 300);
      await writer.set("slack:thread:C1:1.0", question);
      expect(await reader.get("slack:thread:C1:1.0")).toEqual(question);
      expect(await redis.pttl("flopsbot:ctx:slack:thread:C1:1.0")).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 400));
      expect(await reader.get("slack:thread:C1:1.0")).toBeUndefined();
    } finally {
      other.disconnect();
    }
  });

  it("Redis unreachable reads as a lost context, never a crash", async () => {
    const down = new Redis({
      port: 1,
      host: "127.0.0.1",
      lazyConnect: true,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    down.on("error", () => {});
    const errors: unknown[] = [];
    const store = new RedisContextStore(down, 1000, (e) => errors.push(e));
    await store.set("k", question);
    expect(await store.get("k")).toBeUndefined();
    expect(errors.length).toBe(2);
    down.disconnect();
  });
});
