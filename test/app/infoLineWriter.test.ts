import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerLine } from "../../src/app/answer.ts";
import { createLogger, infoLineWriter } from "../../src/app/logger.ts";

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
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -0));
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
