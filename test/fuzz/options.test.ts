import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ask } from "../../src/app/answer.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import {
  ALL_KEYS,
  BAD_VALUES,
  BUDGET_MS,
  COMMANDS,
  check,
  fuzz,
  GOOD_VALUES,
  newStats,
  valueArb,
} from "./harness.ts";

/**
 * Command options as Discord sends them: a command name and a Record<string, string> that no
 * grammar has seen. Same rules as the text fuzz: a Reply every time, no NaN, Infinity or
 * negative count, under 50 ms each.
 */
const stats = newStats();
const LANGS: Lang[] = ["en", "zh-TW"];

/** `Object.fromEntries` makes own properties, so `__proto__` and `constructor` arrive as keys. */
const optionsAsk = (
  command: string,
  entries: [string, string][],
  extra: { lang?: Lang; explain?: boolean; private?: boolean } = {},
): Ask => ({
  platform: "discord",
  userId: "123456789012345678",
  lang: extra.lang ?? "en",
  command,
  options: Object.fromEntries(entries),
  ...(extra.explain === undefined ? {} : { explain: extra.explain }),
  ...(extra.private === undefined ? {} : { private: extra.private }),
});

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALL_KEYS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "__proto__",
      "constructor",
      "prototype",
      "toString",
      "hasOwnProperty",
      "",
      " ",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const recordArb = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...COMMANDS.flatMap((c) => c.names)) },
      { weight: 1, arbitrary: fc.constantFrom("", "nope", "__proto__", "constructor", "HELP", "Mfu") },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
    ),
    fc.array(fc.tuple(keyArb, valueArb), { maxLength: 8 }),
    fc.record({
      lang: fc.constantFrom(...LANGS),
      explain: fc.option(fc.boolean(), { nil: undefined }),
      private: fc.option(fc.boolean(), { nil: undefined }),
    }),
  )
  .map(([command, entries, extra]) => optionsAsk(command, entries, extra));

/** A command's own keys, each with a value that fits or nearly fits. */
const validShapeArb = fc
  .constantFrom(...COMMANDS)
  .chain((command) =>
    fc.tuple(
      fc.constant(command.name),
      fc.uniqueArray(
        fc.tuple(fc.constantFrom(...command.keys), fc.oneof(fc.constantFrom(...GOOD_VALUES), valueArb)),
        { maxLength: 6, selector: ([key]) => key },
      ),
    ),
  )
  .map(([command, entries]) => optionsAsk(command, entries));

// Each property runs thousands of inputs: a slow or shared machine needs more than the default 20 s.
describe("command options as Discord sends them, under fuzzing", { timeout: 90_000 }, () => {
  it("answers 15,000 random records: any command name, any keys (__proto__ too), any values", () => {
    fuzz(recordArb, (ask) => ask, 15_000, stats);
  });

  it("answers 12,000 records with a command's own keys and good or nearly good values", () => {
    fuzz(validShapeArb, (ask) => ask, 12_000, stats);
  });

  it("answers every key of every command with every bad value, alone and beside a valid call", () => {
    const before = stats.inputs;
    const base: Record<string, [string, string][]> = {
      compute: [
        ["params", "175B"],
        ["tokens", "300B"],
      ],
      mfu: [
        ["params", "671B"],
        ["tokens", "14.8T"],
        ["gpu", "H800"],
        ["gpu-hours", "2.664M"],
      ],
      chinchilla: [["params", "70B"]],
      cards: [
        ["params", "70B"],
        ["gpu", "H100"],
      ],
    };
    for (const command of COMMANDS) {
      for (const key of command.keys) {
        for (const value of BAD_VALUES) {
          check(optionsAsk(command.name, [[key, value]]), stats);
          check(
            optionsAsk(command.name, [...(base[command.name] ?? []), [key, value]], { lang: "zh-TW" }),
            stats,
          );
        }
      }
    }
    expect(stats.inputs - before).toBeGreaterThan(10_000);
  });

  it("answers values of 10,000 characters and deeply nested parentheses in every key", () => {
    const longValue = fc.oneof(
      fc
        .constantFrom("9", "(", "1+", "dense 1->1, ", "１", "\u3000", "B")
        .map((s) => s.repeat(Math.ceil(10_000 / s.length)).slice(0, 10_000)),
      fc.string({ minLength: 10_000, maxLength: 10_000 }),
      fc.integer({ min: 1, max: 5_000 }).map((n) => `${"(".repeat(n)}175B${")".repeat(n)}`),
      fc.integer({ min: 1, max: 2_000 }).map((n) => `${"(".repeat(n)}dense 1->1${")".repeat(n)}`),
    );
    const arb = fc
      .constantFrom(...COMMANDS)
      .chain((command) =>
        fc.tuple(fc.constant(command.name), fc.constantFrom(...command.keys, "spec", "text"), longValue),
      );
    fuzz(arb, ([command, key, value]) => optionsAsk(command, [[key, value]]), 1_000, stats);
  });

  it(`answered every input above within ${BUDGET_MS} ms`, () => {
    expect(stats.inputs).toBeGreaterThan(45_000);
    expect(stats.okReplies).toBeGreaterThan(1_000);
    console.info(
      `${stats.inputs} inputs, ${stats.okReplies} ok, slowest ${stats.maxMs.toFixed(1)} ms: ${stats.slowest}`,
    );
    expect(stats.maxMs, `slowest: ${stats.slowest}`).toBeLessThan(BUDGET_MS);
  });
});
