import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ask } from "../../src/app/answer.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import {
  ALL_COMMAND_NAMES,
  ALL_KEYS,
  BAD_VALUES,
  BUDGET_MS,
  COMMANDS,
  check,
  fuzz,
  GOOD_VALUES,
  NEAR_MISS_NUMBERS,
  newStats,
  spaceArb,
  UNICODE_LOOKALIKES,
  valueArb,
} from "./harness.ts";

/**
 * The text grammar (Slack, the terminal, Discord's free-text option) under generated input.
 * Every input must give a Reply, ok or error, with no NaN, Infinity or negative count in it,
 * within 50 ms. Together with options.test.ts: over 100,000 inputs a run.
 */
const stats = newStats();
const PLATFORMS = ["slack", "discord", "cli"] as const;
const LANGS: Lang[] = ["en", "zh-TW"];

const textAsk = (text: string, lang: Lang = "en", platform: Ask["platform"] = "cli"): Ask => ({
  platform,
  userId: "U0FUZZ",
  lang,
  text,
});

/** A line of the grammar: maybe `/flops`, maybe a command, then positional and key=value words. */
const sentenceArb = fc
  .tuple(
    fc.constantFrom("", "/flops ", "flops ", "/FLOPS "),
    fc.option(fc.constantFrom(...ALL_COMMAND_NAMES, "mdoel", "chinchila", "gpu", "hlep"), { nil: undefined }),
    fc.array(
      fc.oneof(
        valueArb,
        fc
          .tuple(fc.constantFrom(...ALL_KEYS, "foo", "GPU", "Gpu_Hours", "__proto__"), valueArb)
          .map(([key, value]) => `${key}=${value}`),
        fc.constantFrom("private", "explain", "lang=zh-TW", "lang=xx", "--private", "me"),
      ),
      { maxLength: 8 },
    ),
    fc.array(spaceArb, { minLength: 10, maxLength: 10 }),
    fc.constantFrom(...LANGS),
    fc.constantFrom(...PLATFORMS),
  )
  .map(([prefix, command, words, spaces, lang, platform]) => {
    const parts = command === undefined ? words : [command, ...words];
    const text = prefix + parts.map((w, i) => (i === 0 ? w : `${spaces[i % spaces.length]}${w}`)).join("");
    return textAsk(text, lang, platform);
  });

/** Real invocations, then broken one keystroke (or one word) at a time. */
const REAL_LINES = [
  ...COMMANDS.flatMap((c) => c.examples.map((e) => e)),
  "175B 300B",
  "mfu 671B 14.8T active=37B gpu=H800 gpu-hours=2.664M precision=fp8",
  "mfu 175B 300B gpu=A100 gpus=2048 days=21",
  "chinchilla budget=3.14e23",
  "cards 70B gpu=H100 mode=train precision=bf16 context=8k batch=1",
  "params transformer layers=96 d=12288 vocab=50257 ctx=2048",
  "params dense 784->128, dense 128->10",
  "model deepseek-v3",
  "gpus h100",
  "help mfu",
  "70B 1.4T gpu=H100 gpus=1024 price=$2.5/h mfu=40% explain",
];

type Mutation = (line: string, at: number, with_: string) => string;
const MUTATIONS: Mutation[] = [
  (line, at) => line.slice(0, at) + line.slice(at + 1),
  (line, at, w) => line.slice(0, at) + w + line.slice(at),
  (line, at, w) => line.slice(0, at) + w + line.slice(at + 1),
  (line, at) => line.slice(0, at) + line.slice(at, at + 1).repeat(3) + line.slice(at + 1),
  (line, at) => line.slice(0, at),
  (line, at) => line.slice(at),
  (line) => line.toUpperCase(),
  (line) => line.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  (line, _at, w) => line.replace(/ /g, w),
  (line) => line.split(" ").reverse().join(" "),
  (line) => `${line} ${line}`,
  (line, at, w) => line.replace(/[\d.]+[KMBTkmbt]?/, NEAR_MISS_NUMBERS[at % NEAR_MISS_NUMBERS.length] ?? w),
  (line, at) => line.replace(/=\S+/, `=${BAD_VALUES[at % BAD_VALUES.length]}`),
  (line) => line.replace(/=/g, " = "),
  (line) => line.replace(/ /g, ""),
];

const mutatedArb = fc
  .tuple(
    fc.constantFrom(...REAL_LINES),
    fc.array(
      fc.tuple(
        fc.nat(MUTATIONS.length - 1),
        fc.nat(200),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 3 }),
          spaceArb,
          fc.constantFrom("=", "(", ")", "^", "*"),
        ),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.constantFrom(...LANGS),
  )
  .map(([line, steps, lang]) => {
    let text = line;
    for (const [m, at, w] of steps) text = MUTATIONS[m]?.(text, at % (text.length + 1), w) ?? text;
    return textAsk(text, lang);
  });

// Each property runs thousands of inputs: a slow or shared machine needs more than the default 20 s.
describe("the text grammar under fuzzing", { timeout: 90_000 }, () => {
  it("answers 20,000 random strings (ASCII, any code point, graphemes) with a Reply", () => {
    const arb = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom(..."0123456789.,eE+-*/^()%$ KMBTkmbtdh=xX_>") as fc.Arbitrary<string>,
        maxLength: 40,
      }),
    );
    fuzz(arb, (text) => textAsk(text), 20_000, stats);
  });

  it("answers 20,000 grammar-shaped lines: commands, keys, good, bad and foreign values, any spaces", () => {
    fuzz(sentenceArb, (ask) => ask, 20_000, stats);
  });

  it("answers 12,000 real commands after random mutations", () => {
    fuzz(mutatedArb, (ask) => ask, 12_000, stats);
  });

  it("answers every near-miss number and unicode lookalike in every slot of every command", () => {
    const before = stats.inputs;
    for (const command of COMMANDS) {
      for (const value of [...NEAR_MISS_NUMBERS, ...UNICODE_LOOKALIKES]) {
        check(textAsk(`${command.name} ${value}`), stats);
        check(textAsk(`${command.name} 175B ${value}`), stats);
        check(textAsk(`${command.name} ${value} lang=zh-TW`), stats);
      }
      for (const space of [" ", "\u00a0", "\u3000", "\u2003", "\t"]) {
        for (const example of command.examples) check(textAsk(example.replace(/ /g, space)), stats);
      }
    }
    expect(stats.inputs - before).toBeGreaterThan(1500);
  });

  it("answers every key of every command with every bad value (and a good one)", () => {
    const before = stats.inputs;
    for (const command of COMMANDS) {
      for (const key of command.keys) {
        for (const value of [...BAD_VALUES, ...GOOD_VALUES.slice(0, 4)]) {
          check(textAsk(`${command.name} ${key}=${value}`), stats);
        }
      }
    }
    expect(stats.inputs - before).toBeGreaterThan(5000);
  });

  it("answers 1,000 inputs of 10,000 characters and deeply nested parentheses", () => {
    const longArb = fc.oneof(
      fc
        .constantFrom("175B ", "(", "1+", "gpu=H100 ", "x", "１", " ", "\u3000", "=", "dense 1->1, ")
        .map((s) => s.repeat(Math.ceil(10_000 / s.length)).slice(0, 10_000)),
      fc.string({ minLength: 10_000, maxLength: 10_000 }),
      fc.integer({ min: 1, max: 5_000 }).map((n) => `${"(".repeat(n)}175B${")".repeat(n)} 300B`),
      fc.integer({ min: 1, max: 1_000 }).map((n) => `params ${"(".repeat(n)}dense 1->1${")".repeat(n)}`),
      fc.integer({ min: 1, max: 98 }).map((n) => `${"(".repeat(n)}175B${")".repeat(n)} 300B`),
      fc.integer({ min: 1, max: 300 }).map((n) => `175B ${"-".repeat(n)}300B`),
    );
    fuzz(longArb, (text) => textAsk(text), 1_000, stats);
  });

  it(`answered every input above within ${BUDGET_MS} ms`, () => {
    // The one timing assertion the issue asks for: the slowest input (measured again when slow,
    // so a garbage-collection pause is not taken for a slow path).
    expect(stats.inputs).toBeGreaterThan(60_000);
    expect(stats.okReplies).toBeGreaterThan(1_000);
    console.info(
      `${stats.inputs} inputs, ${stats.okReplies} ok, slowest ${stats.maxMs.toFixed(1)} ms: ${stats.slowest}`,
    );
    expect(stats.maxMs, `slowest: ${stats.slowest}`).toBeLessThan(BUDGET_MS);
  });
});
