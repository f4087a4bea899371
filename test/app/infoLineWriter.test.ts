import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerLine } from "../../src/app/answer.ts";
import { createLogger, infoLineWriter, numberJson, stringJson } from "../../src/app/logger.ts";

/** A logger as the bot makes one (createLogger), writing its lines here. */
function capture(level = "info") {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

/** The line with its time set to 0 (pino's and the writer's clocks are read a moment apart). */
const atZero = (line: string) => line.replace(/^(\{"level":\d+,"time":)\d+,/, "$10,");

describe("infoLineWriter", () => {
  it("writes the answer line pino writes for the same fields and message, byte for byte", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      // Latencies as logAnswer rounds them: whole thousandths of a millisecond.
      fc.nat({ max: 10_000_000 }).map((n) => n / 1000),
      fc.constantFrom(Number.NaN, Infinity, -0),
    );
    fc.assert(
      fc.property(
        text,
        text,
        number,
        text,
        fc.option(text, { nil: undefined }),
        (command, userId, ms, outcome, errorId) => {
          const { logger, lines } = capture();
          const child = logger.child({ platform: "slack" });
          const fields = new AnswerLine(command, userId, ms, outcome, errorId);
          child.info(fields, "answered");
          infoLineWriter<AnswerLine>(child, "answered")(fields);
          expect(lines).toHaveLength(2);
          expect(atZero(lines[1] as string)).toBe(atZero(lines[0] as string));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("passes the line through the logger's secret redaction, as pino does", () => {
    const { logger, lines } = capture();
    infoLineWriter<{ userId: string }>(logger, "answered")({ userId: "xoxb-1111-2222-abcdef" });
    expect(lines[0]).toContain('"userId":"[redacted]"');
    expect(lines[0]).not.toContain("xoxb-1111");
  });

  it("writes nothing while the logger is above info", () => {
    const { logger, lines } = capture("warn");
    infoLineWriter<{ userId: string }>(logger, "answered")({ userId: "U1" });
    expect(lines).toEqual([]);
  });
});

describe("the line's value encoders", () => {
  it("write a number as String does (null when not finite), thousandths above all", () => {
    const thousandths = fc.oneof(
      fc.nat({ max: 1_000_000 }),
      fc.integer({ min: 0, max: 1e15 }),
      fc.integer({ min: -1e6, max: 0 }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          thousandths.map((n) => n / 1000),
          fc.double(),
        ),
        (value) => {
          expect(numberJson(value)).toBe(Number.isFinite(value) ? String(value) : "null");
        },
      ),
      { numRuns: 20_000 },
    );
    // Every latency of the first second, to the µs, and the edges of the shortcut.
    const differing: number[] = [];
    for (let n = 0; n <= 1_000_000; n += 1) if (numberJson(n / 1000) !== String(n / 1000)) differing.push(n);
    expect(differing).toEqual([]);
    for (const value of [1e12 - 0.001, 1e12, 999_999_999_999.999, 2 ** 53, 1e-7, 0.0005, -0])
      expect(numberJson(value)).toBe(String(value));
  });

  it("write a string as JSON.stringify does", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })),
        (value) => {
          expect(stringJson(value)).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 20_000 },
    );
    for (const value of ['a"b', "a\\b", "\u007f", "\u001f", "\ud800", "U0123ABC"])
      expect(stringJson(value)).toBe(JSON.stringify(value));
  });
});
