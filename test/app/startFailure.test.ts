/**
 * A start that cannot reach Slack or Discord (no network, a wrong proxy) is a setting to check,
 * not a bug: one line naming the network error and what to check, never a stack trace.
 */
import { createServer } from "node:net";
import pino from "pino";
import { describe, expect, test } from "vitest";
import { main as register } from "../../src/adapters/discord/register.ts";
import { startDiscordWith } from "../../src/adapters/discord/start.ts";
import { ConfigError, loadConfig } from "../../src/app/config.ts";
import { startHealthServer } from "../../src/app/health.ts";
import { networkFailure, runEntry, startFailureMessage } from "../../src/app/lifecycle.ts";
import { APPLICATION_ID } from "../adapters/discord/payloads.ts";
import { testAnswerer } from "../support/answerer.ts";

const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMA.stand-in.token";

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What runEntry prints and the exit code, for a start that fails with `error`. */
async function entryOutput(error: unknown): Promise<{ text: string; code: number | undefined }> {
  const written: string[] = [];
  let code: number | undefined;
  runEntry(
    () => Promise.reject(error),
    { write: (s: string) => written.push(s) },
    (c) => {
      code = c;
    },
  );
  await expect.poll(() => code).toBeDefined();
  return { text: written.join(""), code };
}

const dnsFailure = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("getaddrinfo ENOTFOUND discord.com"), {
      code: "ENOTFOUND",
      syscall: "getaddrinfo",
    }),
  });

describe("a start that cannot reach its service", () => {
  test("fetch failed (the cause is the DNS error) is one line with the error and what to check", async () => {
    const { text, code } = await entryOutput(dnsFailure());
    expect(code).toBe(1);
    expect(text).toBe(
      "A network error: getaddrinfo ENOTFOUND discord.com. Check that this machine reaches Slack or Discord, or set SLACK_API_URL or DISCORD_API_URL to the proxy it goes through.\n",
    );
  });

  test("discord.js's login against a refused connection: one line, no stack", async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: api,
    });
    const error = await startDiscordWith(config, pino({ level: "silent" }), {
      answerer: testAnswerer(1000),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(networkFailure(error)).toMatch(/ECONNREFUSED 127\.0\.0\.1/);
    const { text } = await entryOutput(error);
    expect(text).toMatch(/^A network error: connect ECONNREFUSED 127\.0\.0\.1:\d+\. Check .*DISCORD_API_URL/);
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).not.toMatch(/\n\s+at /);
  });

  test("npm run discord:register against a refused connection: the same line, exit 1", async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const err: string[] = [];
    const code = await register(
      [],
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: api },
      { out: { write: () => true }, err: { write: (s: string) => err.push(s) } },
    );
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/^A network error: connect ECONNREFUSED 127\.0\.0\.1:\d+\. Check /);
  });

  test("a PORT already in use (the health server or Slack's): one line naming PORT, no stack", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const { port } = taken.address() as { port: number };
    try {
      const error = await startHealthServer(port).then(
        (server) => {
          server.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      const { text, code } = await entryOutput(error);
      expect(code).toBe(1);
      expect(text).toBe(
        `PORT: ${port} is already in use (another flopsbot, or another server). Stop it, or set PORT to a free port.\n`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    // A port below 1024 for a user without the privilege to open it.
    const denied = Object.assign(new Error("listen EACCES: permission denied 0.0.0.0:80"), {
      code: "EACCES",
      syscall: "listen",
      port: 80,
    });
    expect(startFailureMessage(denied)).toMatch(
      /^PORT: 80 is not allowed for this user .*Set PORT to 1024 or above/,
    );
  });

  test("a bad config is still its own message, and a bug still shows its stack", async () => {
    expect(startFailureMessage(new ConfigError("PORT: must be a whole number."))).toBe(
      "PORT: must be a whole number.",
    );
    const bug = new TypeError("cannot read properties of undefined");
    expect(networkFailure(bug)).toBeUndefined();
    const { text, code } = await entryOutput(bug);
    expect(code).toBe(1);
    expect(text).toContain("TypeError: cannot read properties of undefined\n    at ");
  });
});
