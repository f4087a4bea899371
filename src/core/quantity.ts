import {
  addDependencies,
  create,
  divideDependencies,
  type FactoryFunctionMap,
  type MathNode,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  subtractDependencies,
  type Unit,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
} from "mathjs";
import { UserError } from "./errors.ts";
import { nearest } from "./suggest.ts";

/**
 * User text → number. mathjs does the arithmetic, but only on a syntax tree we have checked
 * node by node first (mathjs's security guidance: never evaluate untrusted text on a full
 * instance). The instance holds arithmetic and units only: there is no `import`, `createUnit`,
 * `evaluate`, `parse`, matrix or string function in it to reach, and the whitelist below
 * refuses assignments, function definitions and calls, property access, matrices, ranges,
 * strings and every symbol that is not a known multiplier or time unit.
 */
const math = create({
  parseDependencies,
  unitDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  powDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} as FactoryFunctionMap);

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
  p: 1e15,
  quadrillion: 1e15,
};

const TIME_UNITS: Record<string, string> = {
  s: "second",
  sec: "second",
  secs: "second",
  second: "second",
  seconds: "second",
  min: "minute",
  mins: "minute",
  minute: "minute",
  minutes: "minute",
  h: "hour",
  hr: "hour",
  hrs: "hour",
  hour: "hour",
  hours: "hour",
  d: "day",
  day: "day",
  days: "day",
  w: "week",
  wk: "week",
  wks: "week",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  y: "year",
  yr: "year",
  year: "year",
  years: "year",
};

const scope = new Map<string, number | Unit>([
  ...Object.entries(MULTIPLIERS),
  ...Object.entries(TIME_UNITS).map(([word, unit]) => [word, math.unit(1, unit)] as [string, Unit]),
]);
const KNOWN_WORDS = [...scope.keys()];

const CURRENCY = /\$|\bus\s*dollars?\b|\bdollars?\b|\busd\b/gi;

export type Dimension = "none" | "time" | "perTime";
export interface Quantity {
  /** In base units: plain numbers as they are, time in seconds, rates per hour. */
  value: number;
  dimension: Dimension;
  /** A currency sign or word was present (`$2.5/h`, `2.5 usd/hour`). */
  money: boolean;
}

function checkNode(node: MathNode, text: string): MathNode {
  switch (node.type) {
    case "ConstantNode": {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== "number") throw new UserError("quantity.notAllowed", { text });
      return node;
    }
    case "SymbolNode": {
      const name = (node as unknown as { name: string }).name.toLowerCase();
      if (!scope.has(name)) {
        throw new UserError("quantity.unknownWord", {
          word: name,
          suggestions: nearest(name, KNOWN_WORDS).join(", ") || "K, M, B, T, days, hours",
        });
      }
      return new math.SymbolNode(name);
    }
    case "ParenthesisNode":
      return new math.ParenthesisNode(checkNode((node as unknown as { content: MathNode }).content, text));
    case "OperatorNode": {
      const op = node as unknown as { op: string; fn: string; args: MathNode[]; implicit: boolean };
      if (!ALLOWED_OPERATORS.has(op.fn)) throw new UserError("quantity.notAllowed", { text });
      return new math.OperatorNode(
        op.op as never,
        op.fn as never,
        op.args.map((arg) => checkNode(arg, text)),
        op.implicit,
      );
    }
    default:
      throw new UserError("quantity.notAllowed", { text });
  }
}

function toQuantity(result: unknown, text: string, money: boolean): Quantity {
  if (typeof result === "number") {
    if (!Number.isFinite(result)) throw new UserError("quantity.notFinite", { text });
    return { value: result, dimension: "none", money };
  }
  if (result instanceof math.Unit) {
    const unit = result as Unit;
    const dimensions = (unit as unknown as { dimensions?: number[] }).dimensions;
    // mathjs base dimensions: index 2 is TIME; a rate is time^-1, a duration time^1.
    const timePower = dimensions?.[2] ?? 0;
    const onlyTime = dimensions?.every((power, index) => index === 2 || power === 0) ?? false;
    if (onlyTime && timePower === 1) return finite(unit.toNumber("second"), text, "time", money);
    if (onlyTime && timePower === -1) return finite(unit.toNumber("hour^-1"), text, "perTime", money);
  }
  throw new UserError("quantity.unitMismatch", { text });
}

function finite(value: number, text: string, dimension: Dimension, money: boolean): Quantity {
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

/** Evaluates user text (`175B`, `2048*21days`, `$2.5/h`, `40%`) to a number with its dimension. */
export function evaluateQuantity(input: string): Quantity {
  const text = input.trim();
  if (text.length === 0) throw new UserError("quantity.empty");
  if (text.length > MAX_QUANTITY_LENGTH) {
    throw new UserError("quantity.tooLong", { length: text.length, max: MAX_QUANTITY_LENGTH });
  }
  const money = CURRENCY.test(text);
  CURRENCY.lastIndex = 0;
  const expression = bindSuffixes(text.replace(CURRENCY, " ").replace(/,(?=\d{3}\b)/g, ""));
  let tree: MathNode;
  try {
    tree = math.parse(expression);
  } catch {
    throw new UserError("quantity.syntax", { text });
  }
  const checked = checkNode(tree, text);
  let result: unknown;
  try {
    result = checked.compile().evaluate(new Map(scope));
  } catch {
    throw new UserError("quantity.unitMismatch", { text });
  }
  return toQuantity(result, text, money);
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

/** A fraction: `40%` or `0.4`; a bare number in (1, 100] is read as a percentage (`mfu=40`). */
export function parseFraction(text: string): number {
  const value = parseCount(text);
  return value > 1 && value <= 100 ? value / 100 : value;
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
