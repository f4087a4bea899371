import fc from "fast-check";
import type { Ask } from "../../src/app/answer.ts";
import { registry } from "../../src/commands/registry.ts";
import type { OptionSpec } from "../../src/dispatch/options.ts";
import { isMessageKey } from "../../src/i18n/translate.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply, Text } from "../../src/reply/reply.ts";
import { testAnswerer } from "../support/answerer.ts";

/** Chat platforms are rate limited per user; the fuzz sends far more than any person would. */
const { answer } = testAnswerer(1e12);

/** The one timing budget the issue sets: no single input may take this long to answer and render. */
export const BUDGET_MS = 50;

/**
 * Every option of every command under every name it answers to: the keys a user (text) or
 * Discord (a record) can send.
 */
export const COMMANDS = registry.commands.map((command) => ({
  name: command.name,
  names: [command.name, ...command.aliases],
  examples: command.examples,
  keys: Object.entries(command.options as Record<string, OptionSpec>).flatMap(([name, spec]) => [
    name,
    ...spec.aliases,
  ]),
}));
export const ALL_KEYS = [...new Set(COMMANDS.flatMap((c) => c.keys))];
export const ALL_COMMAND_NAMES = COMMANDS.flatMap((c) => c.names);

/** Inputs one keystroke away from a real number, and numbers no count can be. */
export const NEAR_MISS_NUMBERS = [
  "175BB",
  "175B300B",
  "1e999",
  "-1e999",
  "1e-999",
  "4.9e-324",
  "1e308*10",
  "10^308*10",
  "2^1024",
  "9^9^9^9",
  "-5B",
  "-0",
  "0",
  "0.0",
  "0/0",
  "1/0",
  "-1/0",
  "0^0",
  "(-1)^0.5",
  "(-8)^(1/3)",
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "inf",
  "1.7976931348623157e308",
  "1e300",
  "1e-300",
  "0x10",
  "0b101",
  "1_000",
  "1..2",
  "1.2.3",
  ".",
  "e",
  "1e",
  "e5",
  "5%",
  "%",
  "1000%",
  "$",
  "$$5",
  "$-2/h",
  "2/h/h",
  "-2 days",
  "0 days",
  "1e9 years",
  "175B days",
  "21 days/h",
  "1,2,3",
  "1,000,000,000,000",
  "175 billion billion",
  "3.15e23",
  "2048*21days",
  "2.664M",
  "8k",
  "99999999999999999999k",
  "00000000175",
  "+175B",
  "++1",
  "--1",
  "1--1",
  "( )",
  "()",
  "(1",
  "1)",
  "[1]",
  "{1}",
  "true",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "toString",
  "i",
  "pi",
  "e^710",
  "'1'",
  '"1"',
  "1 inch",
  "5 kg",
  "1 B",
  "2 bytes",
];

/** Digits, signs and spaces from other scripts that look like the ASCII ones. */
export const UNICODE_LOOKALIKES = [
  "１７５Ｂ",
  "１７５ｂ ３００Ｂ",
  "١٧٥",
  "۱۷۵B",
  "१७५B",
  "๑๗๕",
  "௧௭௫",
  "⑰⑤",
  "¹⁷⁵",
  "175Ｂ",
  "−5B",
  "–5B",
  "175\u00a0B",
  "175\u200bB",
  "1\u202e75B",
  "175B\ufeff",
  "ⅠⅤ",
  "𝟏𝟕𝟓B",
  "175٫5B",
  "175，000",
  "175。5B",
  "１.４Ｔ",
  "2⁴",
  "½",
  "∞",
  "1e３",
  "H１００",
  "Н100",
  "ＧＰＵ",
];

export const UNICODE_SPACES = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2003",
  "\u2009",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\u200b",
  "\ufeff",
];

export const GOOD_VALUES = [
  "175B",
  "300B",
  "1.4T",
  "70B",
  "37B",
  "2.664M",
  "2048",
  "21 days",
  "21d",
  "90h",
  "40%",
  "$2/h",
  "H100",
  "A100",
  "H800",
  "MI300X",
  "bf16",
  "fp8",
  "fp32",
  "int4",
  "train",
  "infer",
  "8k",
  "3",
  "96",
  "12288",
  "50257",
  "transformer",
  "decoder",
  "dense 784->128, dense 128->10",
  "conv 3x3 3->64",
  "lstm 128->256",
  "true",
  "false",
  "mfu",
];

export const BAD_VALUES = [
  ...NEAR_MISS_NUMBERS,
  ...UNICODE_LOOKALIKES,
  "",
  " ",
  "x",
  "H9000",
  "fp3",
  "=",
  "==",
];

/** A value a user might type: good, nearly good, foreign digits, or anything at all. */
export const valueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GOOD_VALUES) },
  { weight: 4, arbitrary: fc.constantFrom(...BAD_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({ noNaN: false }), fc.constantFrom("", "K", "M", "B", "T", "P", " days", "h", "%"))
      .map(([n, suffix]) => `${n}${suffix}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `${"(".repeat(n)}1${")".repeat(n)}`) },
);

export const spaceArb = fc.constantFrom(...UNICODE_SPACES);

// ---------------------------------------------------------------------------------------------
// The checks every reply must pass.

export interface Stats {
  inputs: number;
  okReplies: number;
  maxMs: number;
  slowest: string;
}

export const newStats = (): Stats => ({ inputs: 0, okReplies: 0, maxMs: 0, slowest: "" });

const FORBIDDEN_TEXT = /NaN|Infinity|∞|undefined|\[object /;
const ECHO_OF_BAD_NUMBER = /nan|inf|∞|undefined|object/i;

class FuzzFailure extends Error {
  override name = "FuzzFailure";
}

function fail(message: string, ask: Ask, detail?: unknown): never {
  throw new FuzzFailure(
    `${message}\n  input: ${JSON.stringify(ask).slice(0, 500)}${
      detail === undefined ? "" : `\n  got: ${JSON.stringify(detail).slice(0, 800)}`
    }`,
  );
}

/** Every number in a value (a reply's result, a message's params), with where it was. */
function numbersIn(value: unknown, path: string, out: [string, number][]): [string, number][] {
  if (typeof value === "number") out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) numbersIn(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  }
  return out;
}

function checkText(text: Text | undefined, where: string, ask: Ask): void {
  if (!text) return;
  if (!isMessageKey(text.key)) fail(`${where}: “${text.key}” is not a message key`, ask, text);
  for (const [path, n] of numbersIn(text.params ?? {}, where, [])) {
    if (!Number.isFinite(n) || n < 0) fail(`${path} is ${n}`, ask, text);
  }
}

/** A count, size, time or price: always a finite number at or above zero. */
function checkReply(reply: Reply, ask: Ask): void {
  if (typeof reply.ok !== "boolean" || typeof reply.command !== "string") fail("not a Reply", ask, reply);
  if (reply.internalError !== undefined) {
    fail(`an internal error escaped a command: ${String(reply.internalError)}`, ask);
  }
  if (!reply.ok) {
    if (!reply.error) fail("an error reply without an error", ask, reply);
    if (!reply.ephemeral) fail("an error reply that everyone sees", ask, reply);
  }
  checkText(reply.title, "title", ask);
  checkText(reply.error, "error", ask);
  checkText(reply.hint, "hint", ask);
  for (const note of [...reply.notes, ...reply.warnings]) checkText(note, "note", ask);
  for (const row of reply.rows) {
    checkText(row.label, "row label", ask);
    if (row.value.kind === "message") checkText(row.value.text, "row value", ask);
    else if (row.value.kind !== "text" && !(Number.isFinite(row.value.value) && row.value.value >= 0)) {
      fail(`row ${row.label.key} is ${row.value.value}`, ask, row);
    }
  }
  for (const [path, n] of numbersIn(reply.result ?? {}, "result", [])) {
    if (!Number.isFinite(n) || n < 0) fail(`${path} is ${n}`, ask, reply.result);
  }
}

function checkRendered(reply: Reply, ask: Ask): void {
  const lang = reply.lang ?? ask.lang;
  const shown = JSON.stringify([localize(reply, lang), toJson(reply, lang)]);
  // A reply may quote the user's own text back ("“NaN” is not a number"); only text the bot
  // wrote itself must be free of NaN, Infinity and placeholders left unfilled.
  // Read as the bot reads it: full-width digits and signs are digits and signs (NFKC), and the
  // zero-width characters are dropped (`-\u200b0` is a typed minus that the bot echoes as `-0`).
  const input = ("text" in ask ? ask.text : JSON.stringify(ask.options) + ask.command)
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\ufeff]/g, "");
  if (!ECHO_OF_BAD_NUMBER.test(input) && FORBIDDEN_TEXT.test(shown)) {
    fail(`the rendered reply says ${FORBIDDEN_TEXT.exec(shown)?.[0]}`, ask, shown);
  }
  if (!/[{}]/.test(input) && /\{\w+\}/.test(shown)) fail("a placeholder was left unfilled", ask, shown);
  // A signed difference from a published figure (`−0.03% vs published`, 比公開值 −0.1%) is meant to be signed.
  const unsigned = shown
    .replace(/\\"/g, '"')
    .replace(/[-−+]\d+(?:\.\d+)?% vs published/g, "")
    .replace(/比公開值 [-−+]\d+(?:\.\d+)?%/g, "");
  if (/(^|[\s(“"=×])[-−]\d/.test(unsigned) && !/[-−]\s*\d|[-−]$/.test(input)) {
    fail("the rendered reply shows a negative number", ask, shown);
  }
}

/** Answers, renders and checks one input; a slow one is measured again to tell a pause from a slow path. */
export function check(ask: Ask, stats: Stats): void {
  let best = Number.POSITIVE_INFINITY;
  let reply: Reply | undefined;
  for (let attempt = 0; attempt < 3 && best >= BUDGET_MS; attempt++) {
    const started = performance.now();
    try {
      reply = answer(ask);
      const lang = reply.lang ?? ask.lang;
      JSON.stringify(localize(reply, lang));
      JSON.stringify(toJson(reply, lang));
    } catch (error) {
      fail(`threw ${String((error as Error)?.stack ?? error)}`, ask);
    }
    best = Math.min(best, performance.now() - started);
  }
  if (!reply) fail("no reply", ask);
  stats.inputs++;
  if (reply.ok) stats.okReplies++;
  if (best > stats.maxMs) {
    stats.maxMs = best;
    stats.slowest = JSON.stringify(ask).slice(0, 200);
  }
  checkReply(reply, ask);
  checkRendered(reply, ask);
}

/** Runs `runs` generated inputs through `check`, stopping at (and shrinking) the first failure. */
export function fuzz<T>(arb: fc.Arbitrary<T>, toAsk: (value: T) => Ask, runs: number, stats: Stats): void {
  fc.assert(
    fc.property(arb, (value) => {
      check(toAsk(value), stats);
    }),
    { numRuns: runs },
  );
}
