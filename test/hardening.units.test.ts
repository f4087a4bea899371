import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrubLibraryMessage } from "../src/adapters/slack/logger.ts";
import { ConfigError, loadConfig } from "../src/app/config.ts";
import { createLogger, redactSecrets, SECRET_PATTERNS, WarningLimiter } from "../src/app/logger.ts";
import { installCliHandlers, installProcessHandlers, MAX_UNCAUGHT_PER_MINUTE } from "../src/app/process.ts";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger("info", sink) };
}

describe("new configuration (issue 12)", () => {
  it("defaults: no Redis, a 3 s drain window, a 9 s hard stop", () => {
    const config = loadConfig({});
    expect([config.REDIS_URL, config.DRAIN_SECONDS, config.STOP_TIMEOUT_SECONDS]).toEqual([undefined, 3, 9]);
    expect(loadConfig({ REDIS_URL: "rediss://cache.internal:6380/0" }).REDIS_URL).toBe(
      "rediss://cache.internal:6380/0",
    );
  });

  it.each([
    [{ REDIS_URL: "http://cache:6379" }, "REDIS_URL: must be a redis:// or rediss:// URL"],
    [{ DRAIN_SECONDS: "soon" }, "DRAIN_SECONDS: must be a whole number"],
    [{ DRAIN_SECONDS: "10" }, "DRAIN_SECONDS: must be shorter than STOP_TIMEOUT_SECONDS (9)"],
    [{ STOP_TIMEOUT_SECONDS: "0" }, "STOP_TIMEOUT_SECONDS:"],
  ])("a bad value names its variable: %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("secrets in any log line (hole 3)", () => {
  it("redacts Discord interaction and webhook tokens and Slack tokens wherever they stand", () => {
    const line = redactSecrets(
      "POST https://discord.com/api/v10/interactions/1310000000000000001/aW50ZXJhY3Rpb246MTMx0Q/callback; " +
        "PATCH /webhooks/1300000000000000000/tok_en-1.x/messages/%40original; typed xoxb-123-abc and xapp-1-A0-99; " +
        '{"token":"abc","interaction_token":"def"}',
    );
    expect(line).toBe(
      "POST https://discord.com/api/v10/interactions/1310000000000000001/[redacted]/callback; " +
        "PATCH /webhooks/1300000000000000000/[redacted]/messages/%40original; typed [redacted] and [redacted]; " +
        '{"token":"[redacted]","interaction_token":"[redacted]"}',
    );
  });

  it("redacts exactly what the six patterns redact, though most lines skip them after one scan", () => {
    const everyPattern = (text: string) =>
      SECRET_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
    // Lines built from pieces of secrets and near-misses, so that matches, partial matches and
    // clean lines are all common.
    const piece = fc.constantFrom(
      "/interactions/",
      "/webhooks/",
      "131",
      "/",
      "aW50ZXJhY3Rpb24",
      "xoxb-",
      "xox",
      "b-",
      "xapp-",
      '"token"',
      '"interaction_token"',
      ":",
      ' "',
      "abc",
      " ",
      '"',
      "x",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 12 }), (pieces) => {
        const line = pieces.join("");
        expect(redactSecrets(line)).toBe(everyPattern(line));
      }),
      { numRuns: 3000 },
    );
  });

  it("runs on every line the logger writes, including error messages and request bodies", () => {
    const { lines, logger } = capture();
    const err = Object.assign(new Error("refused /interactions/1/SECRETTOKEN/callback"), {
      requestBody: { json: { content: "user text" } },
    });
    logger.error({ err, body: "payload=xyz" }, "xoxp-1-2-3 in a message");
    const text = JSON.stringify(lines);
    expect(text).not.toContain("SECRETTOKEN");
    expect(text).not.toContain("user text");
    expect(text).not.toContain("payload=xyz");
    expect(text).not.toContain("xoxp-1-2-3");
  });
});

describe("library messages and repeated warnings (hole 7)", () => {
  it("drops bodies from library messages", () => {
    expect(scrubLibraryMessage('{"event":{"text":"secret"}}')).toBe("[body omitted]");
    expect(scrubLibraryMessage("ack() call begins (body: {text: secret})")).toBe(
      "ack() call begins (body: [omitted]",
    );
    expect(scrubLibraryMessage("Malformed request body: Unexpected token 's', \"secret\"")).toBe(
      "Malformed request body: [omitted]",
    );
    expect(scrubLibraryMessage("x".repeat(1000)).length).toBeLessThanOrEqual(301);
  });

  it("admits one warning per kind a minute, then says how many were suppressed", () => {
    let now = 0;
    const limiter = new WarningLimiter(60_000, () => now);
    const admitted = Array.from({ length: 100 }, () => limiter.admit("unsigned"));
    expect(admitted.filter((a) => a !== undefined)).toEqual([0]);
    expect(limiter.admit("malformed")).toBe(0);
    now = 60_000;
    expect(limiter.admit("unsigned")).toBe(99);
  });
});

describe("process-wide handlers (hole 2)", () => {
  it("log an unhandled rejection or an uncaught exception and keep serving, until they keep coming", () => {
    const { lines, logger } = capture();
    const proc = new EventEmitter();
    const codes: number[] = [];
    installProcessHandlers(
      logger,
      proc,
      (code) => codes.push(code),
      () => 0,
    );
    proc.emit("unhandledRejection", new Error("at /interactions/1/TOKEN1/callback"));
    proc.emit("uncaughtException", new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    expect(codes).toEqual([]);
    expect(lines.map((l) => l.msg)).toEqual([
      "unhandled rejection: logged, still serving",
      "uncaught exception: logged, still serving",
    ]);
    expect(JSON.stringify(lines)).not.toContain("TOKEN1");
    for (let i = 0; i < MAX_UNCAUGHT_PER_MINUTE; i++) proc.emit("uncaughtException", new Error("again"));
    expect(codes).toEqual([1]);
  });

  it("the terminal prints one line and exits 1", () => {
    const proc = new EventEmitter();
    let out = "";
    const codes: number[] = [];
    const stderr = new Writable({
      write(chunk, _encoding, done) {
        out += chunk.toString();
        done();
      },
    });
    installCliHandlers(proc, stderr, (code) => codes.push(code));
    proc.emit("unhandledRejection", new Error("boom xoxb-9-9"));
    expect(out).toBe("flops: internal error: boom [redacted]\n");
    expect(codes).toEqual([1]);
  });
});
