import type { Server } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/adapters/platform.ts";
import { closeServer, Health, portOf, SERVER_LIMITS, startHealthServer } from "../../src/app/health.ts";
import { createLogger } from "../../src/app/logger.ts";
import { createShutdown } from "../../src/app/shutdown.ts";

function fakePlatform(name: RunningPlatform["name"], ready = true) {
  const state = { ready, stopped: false };
  const platform: RunningPlatform = {
    name,
    ready: () => state.ready,
    stop: async () => {
      state.stopped = true;
    },
  };
  return { platform, state };
}

describe("readiness", () => {
  it("is 'starting' for a configured platform until it has started, then follows its ready()", () => {
    const health = new Health();
    health.expect(["slack", "discord"]);
    expect(health.readiness()).toEqual({ ok: false, platforms: { slack: "starting", discord: "starting" } });
    const slack = fakePlatform("slack");
    const discord = fakePlatform("discord", false);
    health.track(slack.platform);
    health.track(discord.platform);
    expect(health.readiness()).toEqual({ ok: false, platforms: { slack: "ready", discord: "not ready" } });
    discord.state.ready = true;
    expect(health.readiness()).toEqual({ ok: true, platforms: { slack: "ready", discord: "ready" } });
    health.beginStopping();
    expect(health.readiness()).toEqual({ ok: false, platforms: { slack: "stopping", discord: "stopping" } });
  });

  it("is not ready with no platform at all, or when ready() throws", () => {
    expect(new Health().readiness().ok).toBe(false);
    const health = new Health();
    health.track({
      name: "slack",
      ready: () => {
        throw new Error("socket gone");
      },
      stop: async () => {},
    });
    expect(health.readiness()).toEqual({ ok: false, platforms: { slack: "not ready" } });
  });
});

describe("the standalone health server (modes without Bolt's HTTP server)", () => {
  let server: Server | undefined;
  afterEach(async () => {
    if (server) await closeServer(server);
    server = undefined;
  });

  it("answers /healthz 200 always and /readyz 200 or 503 with each platform's state", async () => {
    const health = new Health();
    health.expect(["discord"]);
    server = await startHealthServer(0, health, "127.0.0.1");
    const base = `http://127.0.0.1:${portOf(server)}`;

    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ ok: true });

    const starting = await fetch(`${base}/readyz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ ok: false, platforms: { discord: "starting" } });

    health.track(fakePlatform("discord").platform);
    const ready = await fetch(`${base}/readyz?verbose=1`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("content-type")).toBe("application/json");
    expect(await ready.json()).toEqual({ ok: true, platforms: { discord: "ready" } });
  });

  it("answers other paths 404 and other methods 405", async () => {
    server = await startHealthServer(0, new Health(), "127.0.0.1");
    const base = `http://127.0.0.1:${portOf(server)}`;
    expect((await fetch(`${base}/slack/events`, { method: "POST" })).status).toBe(404);
    const post = await fetch(`${base}/healthz`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("answers HEAD as GET, without the body (a load balancer's check may use either)", async () => {
    server = await startHealthServer(0, new Health(), "127.0.0.1");
    const base = `http://127.0.0.1:${portOf(server)}`;
    const head = await fetch(`${base}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect((await fetch(`${base}/readyz`, { method: "HEAD" })).status).toBe(503);
  });
});

describe("the standalone health server against held connections", () => {
  it("closes a request that never finishes its headers after the header timeout (Node's default held it a minute)", async () => {
    const server = await startHealthServer(0, new Health(), "127.0.0.1");
    try {
      const socket = connect(portOf(server), "127.0.0.1");
      socket.on("error", () => undefined);
      socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
      const started = performance.now();
      const reply = await new Promise<string>((resolve) => {
        let text = "";
        socket.on("data", (c: Buffer) => {
          text += c.toString();
        });
        socket.on("close", () => resolve(text));
      });
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(performance.now() - started).toBeLessThan(
        SERVER_LIMITS.headersTimeoutMs + 3 * SERVER_LIMITS.checkIntervalMs,
      );
      expect(server.maxConnections).toBe(SERVER_LIMITS.maxConnections);
    } finally {
      await closeServer(server);
    }
  }, 20_000);
});

describe("graceful shutdown", () => {
  const logger = createLogger("silent");

  it("turns /readyz to 503, stops every platform, closes the server and exits 0", async () => {
    const health = new Health();
    const slack = fakePlatform("slack");
    const discord = fakePlatform("discord");
    health.track(slack.platform);
    health.track(discord.platform);
    const server = await startHealthServer(0, health, "127.0.0.1");
    const codes: number[] = [];
    const shutdown = createShutdown({
      platforms: [slack.platform, discord.platform],
      health,
      server,
      logger,
      exit: (code) => codes.push(code),
    });
    await shutdown("SIGTERM");
    expect(codes).toEqual([0]);
    expect([slack.state.stopped, discord.state.stopped]).toEqual([true, true]);
    expect(health.readiness().platforms).toEqual({ slack: "stopping", discord: "stopping" });
    expect(server.listening).toBe(false);
  });

  it("waits for a platform's in-flight answers before exiting", async () => {
    const order: string[] = [];
    let finish: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const platform: RunningPlatform = {
      name: "slack",
      ready: () => true,
      stop: async () => {
        await inFlight;
        order.push("stopped");
      },
    };
    const shutdown = createShutdown({
      platforms: [platform],
      health: new Health(),
      logger,
      exit: (code) => order.push(`exit ${code}`),
    });
    const done = shutdown("SIGINT");
    await Promise.resolve();
    order.push("answer posted");
    finish();
    await done;
    expect(order).toEqual(["answer posted", "stopped", "exit 0"]);
  });

  it("exits 1 when a stop hangs past the deadline, or at once on a second signal", async () => {
    const hung: RunningPlatform = { name: "discord", ready: () => true, stop: () => new Promise(() => {}) };
    const codes: number[] = [];
    const exited = new Promise<void>((resolve) => {
      const shutdown = createShutdown({
        platforms: [hung],
        health: new Health(),
        logger,
        timeoutMs: 20,
        exit: (code) => {
          codes.push(code);
          resolve();
        },
      });
      void shutdown("SIGTERM");
    });
    await exited;
    expect(codes).toEqual([1]);

    const second: number[] = [];
    const shutdown = createShutdown({
      platforms: [hung],
      health: new Health(),
      logger,
      timeoutMs: 3_600_000,
      exit: (c) => second.push(c),
    });
    void shutdown("SIGTERM");
    void shutdown("SIGTERM");
    expect(second).toEqual([1]);
  });

  it("exits 1 when a platform fails to stop", async () => {
    const broken: RunningPlatform = {
      name: "slack",
      ready: () => true,
      stop: async () => {
        throw new Error("close failed");
      },
    };
    const codes: number[] = [];
    await createShutdown({ platforms: [broken], health: new Health(), logger, exit: (c) => codes.push(c) })(
      "SIGTERM",
    );
    expect(codes).toEqual([1]);
  });
});
