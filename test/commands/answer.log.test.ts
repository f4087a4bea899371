import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { AnswerLine } from "../../src/app/answer.ts";
import { createLogger, infoLineWriter, logDestination } from "../../src/app/logger.ts";
import { testAnswerer } from "../support/answerer.ts";

/** pino writes each line to this stream, as it would to stdout. */
function capture(level = "info") {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void raw.push(line) });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const SECRETS = {
  SLACK_BOT_TOKEN: "xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx",
  SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
  SLACK_APP_TOKEN: "xapp-1-A0000000000-1111111111111-abcdef0123456789",
  DISCORD_TOKEN: "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB",
};

describe("one JSON log line per answered command", () => {
  it("records platform, command, user, latency and outcome for ok, error and limited answers", () => {
    const log = capture();
    let now = 0;
    const { answer } = testAnswerer(2, { logger: log.logger, clock: () => now });

    now = 0;
    answer({ platform: "slack", userId: "U024BE7LH", lang: "en", text: "175B 300B" });
    answer({ platform: "slack", userId: "U024BE7LH", lang: "en", text: "mfu 175BB" });
    answer({ platform: "slack", userId: "U024BE7LH", lang: "en", text: "chinchilla 70B" });
    answer({
      platform: "discord",
      userId: "80351110224678912",
      lang: "en",
      command: "chinchilla",
      options: { params: "70B" },
    });
    answer({ platform: "cli", userId: "local", lang: "en", text: "gpus h100" });

    const lines = log.lines();
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => [l.platform, l.command, l.userId, l.outcome, l.errorId])).toEqual([
      ["slack", "compute", "U024BE7LH", "ok", undefined],
      ["slack", "mfu", "U024BE7LH", "error", "quantity.unknownWord"],
      ["slack", "chinchilla", "U024BE7LH", "limited", "rate.limited"],
      ["discord", "chinchilla", "80351110224678912", "ok", undefined],
      ["cli", "gpus", "local", "ok", undefined],
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({ level: 30, service: "flopsbot", msg: "answered" });
      expect(typeof line.latencyMs).toBe("number");
      expect(line.latencyMs).toBeGreaterThanOrEqual(0);
      expect(typeof line.time).toBe("number");
    }
  });

  it("measures latency on the injected clock, in milliseconds", () => {
    const log = capture();
    const ticks = [1_000, 1_012.5];
    const { answer } = testAnswerer(20, { logger: log.logger, clock: () => ticks.shift() ?? 0 });
    // The terminal is not rate limited, so the clock is read only before and after.
    answer({ platform: "cli", userId: "U1", lang: "en", text: "help" });
    expect(log.lines()[0]?.latencyMs).toBe(12.5);
  });

  it("never writes what the user typed, so a pasted token stays out of the logs", () => {
    const log = capture("trace");
    const { answer } = testAnswerer(20, { logger: log.logger });
    answer({ platform: "slack", userId: "U1", lang: "en", text: `175B ${SECRETS.SLACK_BOT_TOKEN}` });
    answer({
      platform: "discord",
      userId: "2",
      lang: "en",
      command: "compute",
      options: { params: SECRETS.DISCORD_TOKEN, tokens: SECRETS.SLACK_SIGNING_SECRET },
    });
    const all = log.raw.join("");
    expect(log.raw).toHaveLength(2);
    for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
    expect(log.lines().map((l) => l.errorId)).toEqual(["read.unknownWord", "quantity.notAllowed"]);
  });

  it("writes nothing without a logger, and nothing below LOG_LEVEL", () => {
    const log = capture("warn");
    const { answer } = testAnswerer(20, { logger: log.logger });
    answer({ platform: "slack", userId: "U1", lang: "en", text: "175B 300B" });
    expect(log.raw).toEqual([]);
  });
});

describe("the logger redacts secrets wherever they are logged", () => {
  it("censors tokens, signing secrets, authorization headers and the config's secret variables", () => {
    const log = capture();
    log.logger.info(
      { token: SECRETS.SLACK_BOT_TOKEN, headers: { authorization: `Bearer ${SECRETS.SLACK_BOT_TOKEN}` } },
      "a",
    );
    log.logger.info(
      { client: { token: SECRETS.DISCORD_TOKEN }, signingSecret: SECRETS.SLACK_SIGNING_SECRET },
      "b",
    );
    log.logger.info({ config: { ...SECRETS, PORT: 3000 } }, "c");
    log.logger.info({ ...SECRETS }, "d");
    const all = log.raw.join("");
    for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
    expect(log.lines()[2]).toMatchObject({ config: { SLACK_BOT_TOKEN: "[redacted]", PORT: 3000 } });
  });
});

describe("the default destination (logDestination)", () => {
  it("writes every line of a burst whole and in order, multi-byte text included", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "flopsbot-log-")), "bot.log");
    const logger = createLogger("info", logDestination(file));
    // One synchronous burst, as answers arrive within one turn of the event loop: the lines wait
    // behind the first write, well past sonic-boom's 16 KB per write.
    for (let i = 0; i < 2_000; i++) logger.info({ i, userId: `U${i}`, note: "訓練 130億 參數" }, "answered");
    // Asynchronous: the lines reach the file over the next turns of the event loop.
    const written = () => readFileSync(file, "utf8").split("\n").length - 1;
    for (let waited = 0; written() < 2_000 && waited < 5_000; waited += 10) await setTimeout(10);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(2_000);
    const parsed = lines.map((line) => JSON.parse(line) as { i: number; note: string; msg: string });
    expect(parsed.map((line) => line.i)).toEqual(Array.from({ length: 2_000 }, (_, i) => i));
    expect(parsed.every((line) => line.note === "訓練 130億 參數" && line.msg === "answered")).toBe(true);
  });

  it("writes answer lines, built at the end of their turn, in their place among the others and as pino writes them", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "flopsbot-log-")), "bot.log");
    const logger = createLogger("info", logDestination(file));
    const child = logger.child({ platform: "slack" });
    const writeAnswer = infoLineWriter<AnswerLine>(child, "answered");
    for (let i = 0; i < 6; i++) {
      const fields = new AnswerLine(
        "flops",
        `U${i}`,
        i / 1000,
        i % 3 === 0 ? "error" : "ok",
        i % 3 === 0 ? "args.missing" : undefined,
      );
      // Lines pino writes itself between them (a warning, the same fields through pino).
      if (i % 2 === 0) logger.warn({ i }, "between");
      writeAnswer(fields);
      child.info(fields, "answered");
    }
    // The file is opened asynchronously too.
    const written = () => (existsSync(file) ? readFileSync(file, "utf8").split("\n").length - 1 : 0);
    for (let waited = 0; written() < 15 && waited < 5_000; waited += 10) await setTimeout(10);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(
      Array.from({ length: 6 }, (_, i) => [
        ...(i % 2 === 0 ? ["between"] : []),
        "answered",
        "answered",
      ]).flat(),
    );
    // Each built line is the line pino wrote for the same fields right after it (times set to 0).
    const atZero = (line: string) => line.replace(/"time":\d+/, '"time":0');
    const answers = lines.filter((line) => line.includes('"answered"'));
    for (let i = 0; i < answers.length; i += 2)
      expect(atZero(answers[i] as string)).toBe(atZero(answers[i + 1] as string));
    expect(JSON.parse(answers[0] as string)).toMatchObject({
      platform: "slack",
      userId: "U0",
      outcome: "error",
      errorId: "args.missing",
    });
  });

  it("writes the lines of the last turn when the process exits in that turn (the stop paths call process.exit)", () => {
    const dir = mkdtempSync(join(tmpdir(), "flopsbot-log-"));
    const file = join(dir, "bot.log");
    const script = join(dir, "exit.mjs");
    const logger = pathToFileURL(join(import.meta.dirname, "../../src/app/logger.ts")).href;
    // The file is open after the first turn; then, as shutdown.ts and process.ts do, a last line
    // and process.exit in the same turn, with no turn left for the lines to be handed over.
    writeFileSync(
      script,
      `import { createLogger, infoLineWriter, logDestination } from ${JSON.stringify(logger)};
const logger = createLogger("info", logDestination(${JSON.stringify(file)}));
setTimeout(() => {
  for (let i = 0; i < 300; i++) logger.info({ i }, "answered");
  // An answer line too, built when the lines are handed over (here, on exit).
  infoLineWriter(logger, "answered")({ i: 300 });
  logger.info({ signal: "SIGTERM" }, "stopped");
  process.exit(0);
}, 100);
`,
    );
    const child = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" });
    expect(child.status).toBe(0);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(302);
    expect(JSON.parse(lines[299] ?? "")).toMatchObject({ i: 299, msg: "answered" });
    expect(JSON.parse(lines[300] ?? "")).toMatchObject({ i: 300, msg: "answered" });
    expect(JSON.parse(lines[301] ?? "")).toMatchObject({ signal: "SIGTERM", msg: "stopped" });
  });
});
