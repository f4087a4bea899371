import type { FactoryFunctionMap, MathJsInstance, MathNode } from "mathjs";
import { isDigitCode, isLetterCode } from "./chars.ts";
import { UserError } from "./errors.ts";
import { loadMathjsNumber } from "./mathjs.ts";
import { nearest } from "./suggest.ts";

/**
 * User text → number. mathjs does the arithmetic, but only on a syntax tree we have checked
 * node by node first (mathjs's security guidance: never evaluate untrusted text on a full
 * instance). The instance is built from mathjs's number-only build and holds its parser and
 * seven arithmetic functions: there is no `import`, `createUnit`, `evaluate`, `parse`, unit,
 * matrix or string function in it to reach, and the whitelist below refuses assignments,
 * function definitions and calls, property access, matrices, ranges, strings and every symbol
 * that is not a known multiplier or time unit. Time units are seconds in the scope; their
 * dimension (a duration, a rate) is worked out on the checked tree. The number-only build has
 * no BigNumber, Fraction, Complex, Unit or Matrix signatures to build at start
 * (README, Performance). It is loaded and built the first time a quantity is not one of the
 * quick shapes (mathjs.ts); `prepareQuantityParser` does it ahead of time.
 */
let instance: MathJsInstance | undefined;

function mathjs(): MathJsInstance {
  if (instance) return instance;
  const m = loadMathjsNumber();
  instance = m.create({
    parseDependencies: m.parseDependencies,
    addDependencies: m.addDependencies,
    subtractDependencies: m.subtractDependencies,
    multiplyDependencies: m.multiplyDependencies,
    divideDependencies: m.divideDependencies,
    powDependencies: m.powDependencies,
    unaryMinusDependencies: m.unaryMinusDependencies,
    unaryPlusDependencies: m.unaryPlusDependencies,
  } as FactoryFunctionMap);
  return instance;
}

/** Loads and builds the general parser now (a long-running bot, once it is ready), not on the first odd quantity. */
export const prepareQuantityParser = (): void => {
  mathjs();
};

export const MAX_QUANTITY_LENGTH = 200;

const ALLOWED_OPERATORS = new Set([
  "add",
  "subtract",
  "multiply",
  "divide",
  "pow",
  "unaryMinus",
  "unaryPlus",
]);

/** K/M/B(G)/T/P are case-insensitive multipliers: M is million, never milli or metres. */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  mil: 1e6,
  b: 1e9,
  g: 1e9,
  billion: 1e9,
  bn: 1e9,
  t: 1e12,
  trillion: 1e12,
  tn: 1e12,
  p: 1e15,
  quadrillion: 1e15,
};

/** Seconds per unit; a month is 1/12 of a Julian year (365.25 days), as in mathjs. */
const SECOND = 1;
const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

const TIME_UNITS: Record<string, number> = {
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: WEEK,
  wk: WEEK,
  wks: WEEK,
  week: WEEK,
  weeks: WEEK,
  mo: MONTH,
  mos: MONTH,
  month: MONTH,
  months: MONTH,
  y: YEAR,
  yr: YEAR,
  yrs: YEAR,
  year: YEAR,
  years: YEAR,
};

const scope = new Map<string, number>([...Object.entries(MULTIPLIERS), ...Object.entries(TIME_UNITS)]);
const KNOWN_WORDS = [...scope.keys()];

const CURRENCY = /\$|\bus\s*dollars?\b|\bdollars?\b|\busd\b/gi;
const MAYBE_MONEY = /[$d]/i;

export type Dimension = "none" | "time" | "perTime";
export interface Quantity {
  /** In base units: plain numbers as they are, time in seconds, rates per hour. */
  value: number;
  dimension: Dimension;
  /** A currency sign or word was present (`$2.5/h`, `2.5 usd/hour`). */
  money: boolean;
}

/** A checked tree, rebuilt from mathjs's own node classes, and the power of time it carries. */
interface Checked {
  node: MathNode;
  /** 0 for a plain number, 1 for a duration (seconds), -1 for a rate (per second). */
  time: number;
}

const mismatch = (text: string) => new UserError("quantity.unitMismatch", { text });

/** A word that is neither a multiplier nor a time unit (lower-cased), with the known words nearest to it. */
const unknownWord = (name: string) =>
  new UserError("quantity.unknownWord", {
    word: name,
    // Worked out when the message is written: the reader tries words as quantities and drops the error.
    get suggestions() {
      return nearest(name, KNOWN_WORDS).join(", ") || "K, M, B, T, days, hours";
    },
  });

/** A plain numeric constant, through parentheses and signs (`2`, `(-0.5)`), for exponents of units. */
function constantOf(node: MathNode): number | undefined {
  const n = node as unknown as {
    type: string;
    value?: unknown;
    content?: MathNode;
    fn?: string;
    args?: MathNode[];
  };
  if (n.type === "ConstantNode") return typeof n.value === "number" ? n.value : undefined;
  if (n.type === "ParenthesisNode" && n.content) return constantOf(n.content);
  if (n.type === "OperatorNode" && n.args?.length === 1 && n.args[0]) {
    const inner = constantOf(n.args[0]);
    if (inner === undefined) return undefined;
    return n.fn === "unaryMinus" ? -inner : n.fn === "unaryPlus" ? inner : undefined;
  }
  return undefined;
}

/** Whether a node has a number in it (`300`, `(300 B)`), not only words (`days`). */
function holdsNumber(node: MathNode): boolean {
  const n = node as unknown as { type: string; content?: MathNode; args?: MathNode[] };
  if (n.type === "ConstantNode") return true;
  if (n.content) return holdsNumber(n.content);
  return (n.args ?? []).some(holdsNumber);
}

function checkNode(node: MathNode, text: string): Checked {
  switch (node.type) {
    case "ConstantNode": {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== "number") throw new UserError("quantity.notAllowed", { text });
      return { node, time: 0 };
    }
    case "SymbolNode": {
      const name = (node as unknown as { name: string }).name.toLowerCase();
      if (!scope.has(name)) throw unknownWord(name);
      return { node: new (mathjs().SymbolNode)(name), time: Object.hasOwn(TIME_UNITS, name) ? 1 : 0 };
    }
    case "ParenthesisNode": {
      const inner = checkNode((node as unknown as { content: MathNode }).content, text);
      return { node: new (mathjs().ParenthesisNode)(inner.node), time: inner.time };
    }
    case "OperatorNode": {
      const op = node as unknown as { op: string; fn: string; args: MathNode[]; implicit: boolean };
      if (!ALLOWED_OPERATORS.has(op.fn)) throw new UserError("quantity.notAllowed", { text });
      const args = op.args.map((arg) => checkNode(arg, text));
      // Side by side, a number and its word multiply (`21 days`, `175 B`); two numbers (`175B 300B`,
      // pasted into one field) are two values, never their product (5.25e22).
      if (op.implicit && op.args.every(holdsNumber)) throw new UserError("quantity.twoNumbers", { text });
      const [a, b] = args;
      let time = a?.time ?? 0;
      if (op.fn === "add" || op.fn === "subtract") {
        if (a?.time !== b?.time) throw mismatch(text);
      } else if (op.fn === "multiply") {
        time = (a?.time ?? 0) + (b?.time ?? 0);
      } else if (op.fn === "divide") {
        time = (a?.time ?? 0) - (b?.time ?? 0);
      } else if (op.fn === "pow") {
        if (b?.time !== 0) throw mismatch(text);
        if (time !== 0) {
          const exponent = op.args[1] ? constantOf(op.args[1]) : undefined;
          if (exponent === undefined) throw mismatch(text);
          time *= exponent;
        }
      }
      const rebuilt = new (mathjs().OperatorNode)(
        op.op as never,
        op.fn as never,
        args.map((arg) => arg.node),
        op.implicit,
      );
      return { node: rebuilt, time };
    }
    default:
      throw new UserError("quantity.notAllowed", { text });
  }
}

function toQuantity(result: unknown, time: number, text: string, money: boolean): Quantity {
  if (typeof result !== "number") throw mismatch(text);
  if (time === 0) return finite(result, text, "none", money);
  if (time === 1) return finite(result, text, "time", money);
  if (time === -1) return finite(result * HOUR, text, "perTime", money);
  throw mismatch(text);
}

function finite(value: number, text: string, dimension: Dimension, money: boolean): Quantity {
  // NaN (`NaN`, `0/0`) is no number at all, not one too large.
  if (Number.isNaN(value)) throw new UserError("quantity.syntax", { text });
  if (!Number.isFinite(value)) throw new UserError("quantity.notFinite", { text });
  return { value, dimension, money };
}

const NUMBER_WITH_WORD = /(\d[\d.]*(?:e[+-]?\d+)?)\s*([a-z]+)\b/gi;

/**
 * `300B` binds to its number before any operator: mathjs gives implicit multiplication the
 * precedence of `*`, so `3.15e23/300B` would otherwise read as `(3.15e23/300)·B`.
 */
function bindSuffixes(expression: string): string {
  return expression.replace(NUMBER_WITH_WORD, (whole, number: string, word: string) =>
    scope.has(word.toLowerCase()) ? `(${number} ${word})` : whole,
  );
}

/**
 * Each multiplier and time word (lower-cased, and upper-cased as `175B` is typed) with its factor
 * and dimension: one lookup for the quick path instead of lower-casing the word and asking the
 * scope and the time units in turn.
 */
const SUFFIXES = new Map<string, { factor: number; dimension: Dimension }>(
  [...scope.keys()].flatMap((name) => {
    const known = {
      factor: scope.get(name) as number,
      dimension: (Object.hasOwn(TIME_UNITS, name) ? "time" : "none") as Dimension,
    };
    return [
      [name, known],
      [name.toUpperCase(), known],
    ] as const;
  }),
);

/** A number, then one multiplier or time word, `/` and a time word, or `%` (`175B`, `21 days`, `2.5/h`, `45%`). */
const SIMPLE = /^(\d+(?:\.\d+)?)(?:e([+-]?\d+))?\s*(?:([a-z]+)|\/\s*([a-z]+)|(%))?$/i;

/**
 * The shapes nearly every question uses, evaluated without building a tree: the same operations
 * in the same order as mathjs on the parsed form (`175 * B`, `2.5 / h`, `45 / 100`), so the
 * result is the same number (a property test holds the two paths together). Anything else,
 * including every error, goes through the checked tree.
 */
function simpleQuantity(
  { plain, text, money }: Prepared,
  quiet = false,
): Quantity | typeof REFUSED | undefined {
  // The commonest shape (`175B`, `1024`, `2.664M`) is split without the pattern: the same parts.
  const end = sizeEnd(plain);
  if (end >= 0) {
    const digits = end === plain.length ? plain : plain.slice(0, end);
    const number = Number(digits);
    return end === plain.length
      ? finite(number, text, "none", money)
      : withWord(number, digits, plain.slice(end), text, money, quiet);
  }
  const match = SIMPLE.exec(plain);
  if (!match) return undefined;
  const [, digits, exponent, word, perWord, percent] = match;
  const number = Number(exponent === undefined ? digits : `${digits}e${exponent}`);
  if (percent) return finite(number / 100, text, "none", money);
  if (word !== undefined) return withWord(number, digits as string, word, text, money, quiet);
  if (perWord !== undefined) {
    const name = perWord.toLowerCase();
    if (!scope.has(name)) return refuseWord(digits, name, quiet);
    const seconds = TIME_UNITS[name];
    if (seconds === undefined || !Object.hasOwn(TIME_UNITS, name)) return undefined;
    return finite((number / seconds) * HOUR, text, "perTime", money);
  }
  return finite(number, text, "none", money);
}

/** A number times its multiplier or time word (`175B`, `21 days`); refused when the word is neither. */
function withWord(
  number: number,
  digits: string,
  word: string,
  text: string,
  money: boolean,
  quiet: boolean,
): Quantity | typeof REFUSED | undefined {
  const known = SUFFIXES.get(word) ?? SUFFIXES.get(word.toLowerCase());
  if (known === undefined) return refuseWord(digits, word.toLowerCase(), quiet);
  return finite(number * known.factor, text, known.dimension, money);
}

/**
 * Where the number of `plain` ends when it is digits, a decimal part at most and one letter at
 * most that is no exponent's `e` (`175B`, `1024`, `2.664M`), as SIMPLE splits it; -1 for any
 * other text (SIMPLE reads it).
 */
function sizeEnd(plain: string): number {
  const length = plain.length;
  let i = 0;
  while (i < length && isDigitCode(plain.charCodeAt(i))) i++;
  if (i === 0) return -1;
  if (i < length && plain.charCodeAt(i) === POINT) {
    let j = i + 1;
    while (j < length && isDigitCode(plain.charCodeAt(j))) j++;
    if (j === i + 1) return -1;
    i = j;
  }
  if (i === length) return length;
  const last = plain.charCodeAt(i);
  return i === length - 1 && isLetterCode(last) && last !== LOWER_E && last !== UPPER_E ? i : -1;
}
const [POINT, UPPER_E, LOWER_E] = [46, 69, 101];

/**
 * Words mathjs does not read as a symbol (lower-cased): its named operators and constants, and
 * names on Object.prototype, which it may look up as properties. A number before one of them
 * goes through the checked tree, which refuses it in its own way.
 */
const NOT_SYMBOLS = new Set([
  ...["mod", "to", "in", "and", "xor", "or", "not", "true", "false", "null", "undefined", "nan", "infinity"],
  ...Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase()),
]);

/**
 * A number and a word that is no multiplier or time unit (`175BB`, `2.5/xyz`): mathjs reads the
 * word as a symbol (`175·BB`) and the checked tree refuses it as unknown, so the quick path
 * refuses it the same way without building the tree. `0x…`, `0b…` and `0o…` are mathjs's
 * hexadecimal, binary and octal numbers, and go through the tree.
 */
function refuseWord(digits: string | undefined, name: string, quiet: boolean): typeof REFUSED | undefined {
  if (NOT_SYMBOLS.has(name) || (digits === "0" && /^[box]/.test(name))) return undefined;
  if (quiet) return REFUSED;
  throw unknownWord(name);
}

/** The quick path's refusal when the caller only wants to know there is no quantity. */
const REFUSED = Symbol("refused");

interface Prepared {
  /** As typed, trimmed (for messages). */
  text: string;
  /** Without the currency sign or word. */
  plain: string;
  money: boolean;
}

function prepare(input: string): Prepared {
  const text = input.trim();
  if (text.length === 0) throw new UserError("quantity.empty");
  if (text.length > MAX_QUANTITY_LENGTH) {
    throw new UserError("quantity.tooLong", { length: text.length, max: MAX_QUANTITY_LENGTH });
  }
  // Every currency sign or word holds a `$` or a `d`: most text holds neither and is not searched.
  const money = MAYBE_MONEY.test(text) && CURRENCY.test(text);
  CURRENCY.lastIndex = 0;
  return { text, money, plain: money ? text.replace(CURRENCY, " ").trim() : text };
}

/** Evaluates user text (`175B`, `2048*21days`, `$2.5/h`, `40%`) to a number with its dimension. */
export function evaluateQuantity(input: string): Quantity {
  const prepared = prepare(input);
  return (simpleQuantity(prepared) as Quantity | undefined) ?? evaluateTree(prepared);
}

/**
 * evaluateQuantity's value, or undefined wherever it throws (the reader tries words as quantities
 * and drops the errors): a word the quick path refuses builds no error to drop.
 */
export function quantityOrUndefined(input: string): Quantity | undefined {
  try {
    const prepared = prepare(input);
    const quick = simpleQuantity(prepared, true);
    if (quick === REFUSED) return undefined;
    return quick ?? evaluateTree(prepared);
  } catch {
    return undefined;
  }
}

/** The general path alone, always through the checked tree (tests hold the quick path to it). */
export const evaluateQuantityByTree = (input: string): Quantity => evaluateTree(prepare(input));

/**
 * A number in groups of three (`1,024`, `2,048,000`): one to three digits, then `,ddd` groups, with
 * no digit, point or comma right before or after. Any other comma (`1,02`, `1,0245`) stays, and
 * mathjs refuses it: it is never guessed into a number.
 */
const GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])/g;
const ungroup = (digits: string) => digits.replace(/,/g, "");

/** mathjs parses, every node is checked, then the checked tree is evaluated. */
function evaluateTree({ plain, text, money }: Prepared): Quantity {
  const expression = bindSuffixes(plain.includes(",") ? plain.replace(GROUPED, ungroup) : plain);
  let tree: MathNode;
  try {
    tree = mathjs().parse(expression);
  } catch {
    throw new UserError("quantity.syntax", { text });
  }
  const checked = checkNode(tree, text);
  let result: unknown;
  try {
    result = checked.node.compile().evaluate(new Map(scope));
  } catch {
    throw new UserError("quantity.unitMismatch", { text });
  }
  return toQuantity(result, checked.time, text, money);
}

function plainNumber(text: string, quantity: Quantity): number {
  if (quantity.dimension !== "none") throw new UserError("quantity.unitMismatch", { text });
  return quantity.value;
}

/** A count (parameters, tokens, GPUs, layers): finite and not negative. */
export function parseCount(text: string): number {
  const value = plainNumber(text, evaluateQuantity(text));
  if (value < 0) throw new UserError("quantity.negative", { text });
  return value;
}

/** A size that must be above zero (parameters, tokens, a budget). */
export function parsePositiveCount(text: string): number {
  const value = parseCount(text);
  if (value <= 0) throw new UserError("quantity.notPositive", { text });
  return value;
}

/** A whole, positive count (GPUs, layers, heads). */
export function parseInteger(text: string): number {
  const value = parseCount(text);
  if (!Number.isInteger(value) || value < 1) throw new UserError("quantity.notInteger", { text });
  return value;
}

/** A fraction in (0, 1]: `40%` or `0.4`; a bare number in (1, 100] is read as a percentage (`mfu=40`). */
export function parseFraction(text: string): number {
  const value = parseCount(text);
  const fraction = !text.includes("%") && value > 1 && value <= 100 ? value / 100 : value;
  if (fraction <= 0 || fraction > 1) throw new UserError("quantity.notFraction", { text });
  return fraction;
}

/** A duration in seconds: `21 days`, `21d`, `90h`; a bare number is in `defaultUnit` (seconds per unit). */
export function parseDuration(text: string, defaultUnitSeconds: number): number {
  const quantity = evaluateQuantity(text);
  if (quantity.dimension === "perTime") throw new UserError("quantity.unitMismatch", { text });
  const seconds = quantity.dimension === "time" ? quantity.value : quantity.value * defaultUnitSeconds;
  if (seconds <= 0) throw new UserError("quantity.negative", { text });
  return seconds;
}

/** A price per GPU-hour in USD: `$2.5/h`, `2.5 usd/hour`, `2.5`. */
export function parsePricePerHour(text: string): number {
  const quantity = evaluateQuantity(text);
  if (quantity.dimension === "time") throw new UserError("quantity.unitMismatch", { text });
  if (quantity.value < 0) throw new UserError("quantity.negative", { text });
  return quantity.value;
}

/** A multiplier or unit word that belongs to the number before it (`175 billion`, `21 days`). */
export const isQuantityWord = (word: string): boolean => scope.has(word.toLowerCase());

/** Seconds in one time unit word (`day`, `Hours`, `min`), or undefined for any other word. */
export function timeUnitSeconds(word: string): number | undefined {
  const name = word.toLowerCase();
  return Object.hasOwn(TIME_UNITS, name) ? TIME_UNITS[name] : undefined;
}

/** `5rps`, `5 qps` → `5/s`; `300 req/min`, `5 requests/s` → `300/min`, `5/s` (the request word dropped). */
// No leading \s*: unanchored, it would rescan every run of spaces from each of its places (quadratic).
const REQUEST_WORD = /(?:req|reqs|requests?|quer(?:y|ies))\s*(?=\/)/i;

/**
 * A request rate in requests per second: a bare number is per second (`5`), and a rate with a time
 * unit is converted (`300/min` and `18000/h` are 5/s; `5rps`, `5 req/s` too). A duration is refused.
 */
export function parseRatePerSecond(text: string): number {
  const trimmed = text.trim();
  // `5rps`, `5 qps`: the unit's three letters last (a suffix test: a regex for it rescans spaces).
  const unit = trimmed.slice(-3).toLowerCase();
  const plain =
    unit === "rps" || unit === "qps" ? `${trimmed.slice(0, -3)}/s` : trimmed.replace(REQUEST_WORD, "");
  const quantity = evaluateQuantity(plain);
  if (quantity.dimension === "time") throw new UserError("quantity.unitMismatch", { text });
  // Rates come back per hour (Quantity): per second is that over 3,600.
  const value = quantity.dimension === "perTime" ? quantity.value / HOUR : quantity.value;
  if (value <= 0) throw new UserError("quantity.notPositive", { text });
  return value;
}
