import * as z from "zod";
import { rankByKeys } from "../core/catalog.ts";
import { isUserError, UserError } from "../core/errors.ts";
import {
  askedMostFirst,
  findGpu,
  GPU_CATALOG,
  GPUS,
  type Gpu,
  type Precision,
  precisionSchema,
  shortGpuName,
  vendorNamed,
} from "../core/gpus.ts";
import {
  evaluateQuantity,
  parseDuration,
  parseFraction,
  parseInteger,
  parsePositiveCount,
  parsePricePerHour,
  parseRatePerSecond,
} from "../core/quantity.ts";
import { MODEL_CATALOG } from "../core/runs/lookup.ts";
import { nearest } from "../core/suggest.ts";

/**
 * One declaration per option. Everything else is derived from it: the text grammar
 * (name, aliases, positional order), validation (the zod schema turns the text into a typed
 * value), help (description key `opt.<name>`, example), and Discord's option builders (kind, choices).
 */
export type OptionKind =
  | "count"
  | "integer"
  | "fraction"
  | "duration"
  | "price"
  | "gpu"
  | "precision"
  | "choice"
  | "text"
  | "model"
  | "flag";

export interface OptionSpec<T = unknown, R extends boolean = boolean> {
  kind: OptionKind;
  schema: z.ZodType<T, string>;
  required: R;
  aliases: readonly string[];
  positional: boolean;
  /** Takes every remaining positional word (free text such as a layer list). */
  rest: boolean;
  choices?: readonly string[];
  /** A valid value, shown in errors and help. */
  example: string;
  /** Up to `limit` suggestions for what was typed so far, best first (autocomplete); absent for free text. */
  complete?: Complete;
  /**
   * Needed unless one of these options is given (mfu's `params`, which `tflops=` does without):
   * optional to Discord and in the types, refused as missing by validate when none of them is typed.
   */
  requiredUnless?: readonly string[];
}

/** One suggestion: the name shown and the value it fills in. */
export interface Completion {
  name: string;
  value: string;
}

export type Complete = (typed: string, limit: number) => Completion[];

/**
 * A GPU for what was typed so far: exact and prefix matches first, then substring, then near-misses.
 * Nothing typed: the cards asked about most first; a vendor's name (`nvidia`, `amd`): its cards, so.
 */
const completeGpu: Complete = (typed, limit) => {
  const vendor = typed.trim() === "" ? undefined : vendorNamed(typed);
  const found =
    typed.trim() === ""
      ? askedMostFirst(GPUS)
      : vendor !== undefined
        ? askedMostFirst(GPUS.filter((gpu) => gpu.vendor === vendor))
        : GPU_CATALOG.complete(typed);
  return found.slice(0, limit).map((gpu) => ({ name: shortGpuName(gpu), value: gpu.id }));
};

/** A published run for what was typed so far, ranked like GPUs. */
const completeModel: Complete = (typed, limit) =>
  MODEL_CATALOG.complete(typed)
    .slice(0, limit)
    .map((model) => ({ name: model.name, value: model.id }));

/** A parameter count or a published run's name (`llama-3-70b` fills in its figures): runs for a word, none for digits. */
const completeRun: Complete = (typed, limit) => (/^\s*\d/.test(typed) ? [] : completeModel(typed, limit));

/** One of a declared list for what was typed so far, ranked like GPUs. */
export const completeFrom =
  (choices: readonly string[]): Complete =>
  (typed, limit) =>
    rankByKeys(typed.trim().toLowerCase(), choices, (c) => [c.toLowerCase()], true)
      .slice(0, limit)
      .map((c) => ({ name: c, value: c }));

interface Meta<R extends boolean> {
  required?: R;
  aliases?: readonly string[];
  positional?: boolean;
  rest?: boolean;
  example?: string;
  requiredUnless?: readonly string[];
}

/**
 * Runs a core parser inside zod, turning its UserError into an issue that keeps the id and values.
 * One transform that checks for text itself, not `z.string().transform(…)`: a pipe of two schemas
 * per option read, for the same issue (`invalid_type`, expected a string) when the value is not text.
 */
function fromParser<T>(parse: (text: string) => T): z.ZodType<T, string> {
  const schema = z.transform((text: string, ctx) => {
    if (typeof text !== "string") {
      ctx.addIssue({ expected: "string", code: "invalid_type", input: text });
      return z.NEVER;
    }
    try {
      return parse(text);
    } catch (error) {
      if (!isUserError(error)) throw error;
      ctx.addIssue({ code: "custom", message: error.id, params: error.params });
      return z.NEVER;
    }
  });
  parsers.set(schema, parse);
  return schema;
}

/** Each fromParser schema's core parser: on text, the schema's reading is the parser's, a UserError its one issue. */
const parsers = new WeakMap<z.ZodType, (text: string) => unknown>();

/**
 * Text, trimmed, not empty, then `then` of it when given; validate reads it as `then(text.trim())`
 * (kept in `texts`), without zod's pipe of checks and transform.
 */
function trimmedText(then?: (text: string) => string): z.ZodType<string, string> {
  const trimmed = z.string().trim().min(1);
  const schema = then ? trimmed.transform(then) : trimmed;
  texts.set(schema, then);
  return schema;
}
const texts = new WeakMap<z.ZodType, ((text: string) => string) | undefined>();

/** Whether an option's schema is trimmedText's: on text, its value is the text trimmed, an empty one its one issue. */
export const isTrimmedText = (schema: z.ZodType): boolean => texts.has(schema);

/** What trimmedText's schema does to the trimmed text after its checks, if anything. */
export const textThen = (schema: z.ZodType): ((text: string) => string) | undefined => texts.get(schema);

/** The core parser inside an option's schema, when it is one fromParser made (validate runs it on text directly). */
export const parserOf = (schema: z.ZodType): ((text: string) => unknown) | undefined => parsers.get(schema);

function option<T, R extends boolean = false>(
  kind: OptionKind,
  schema: z.ZodType<T, string>,
  defaultExample: string,
  meta: Meta<R> = {},
  choices?: readonly string[],
  complete: Complete | undefined = choices && completeFrom(choices),
): OptionSpec<T, R> {
  return {
    kind,
    schema,
    required: (meta.required ?? false) as R,
    aliases: meta.aliases ?? [],
    positional: meta.positional ?? false,
    rest: meta.rest ?? false,
    example: meta.example ?? defaultExample,
    ...(choices ? { choices } : {}),
    ...(complete ? { complete } : {}),
    ...(meta.requiredUnless ? { requiredUnless: meta.requiredUnless } : {}),
  };
}

/** Whether an option is needed with these options typed: required, or required unless others none of which is typed. */
export function neededWith(spec: OptionSpec, raw: Readonly<Record<string, string>>): boolean {
  if (spec.required) return true;
  return spec.requiredUnless?.every((other) => raw[other] === undefined) === true;
}

const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_HOUR = 3_600;
const FLAG_TRUE = new Set(["", "true", "yes", "on", "1"]);
const FLAG_FALSE = new Set(["false", "no", "off", "0"]);

export const opt = {
  /** Above zero: parameters, tokens, budgets. */
  size: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("count", fromParser(parsePositiveCount), "175B", meta),
  /** A model's parameter count, or in its place a published run's name (autocompleted on Discord). */
  params: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("count", fromParser(parsePositiveCount), "175B", meta, undefined, completeRun),
  /** A request rate in requests per second: `5`, `5/s`, `300/min`, `18000/h`, `5rps`. */
  rate: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("count", fromParser(parseRatePerSecond), "10", meta),
  /**
   * A compute budget: FLOP (`1e24`), or money (`$1M`, `1M usd`) kept as dollars, never read as FLOP;
   * the command turns dollars into GPU-hours with a price.
   */
  budget: <const R extends boolean = false>(meta?: Meta<R>) =>
    option<Budget, R>("count", fromParser(parseBudget), "1e25", meta),
  /** A context length: `8k` is 8,192 tokens, as model cards write it; other values as counts. */
  context: <const R extends boolean = false>(meta?: Meta<R>) =>
    option(
      "integer",
      fromParser((text) => {
        const k = /^\s*(\d+)\s*k\s*$/i.exec(text);
        return k ? Number(k[1]) * 1024 : parseInteger(text);
      }),
      "8k",
      meta,
    ),
  integer: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("integer", fromParser(parseInteger), "96", meta),
  fraction: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("fraction", fromParser(parseFraction), "40%", meta),
  /** A wall time; a bare number is in days. */
  days: <const R extends boolean = false>(meta?: Meta<R>) =>
    option(
      "duration",
      fromParser((text) => parseDuration(text, SECONDS_PER_DAY)),
      // Shown after `days=`: the unit once (`days=21d`, not `days=21 days`).
      "21d",
      meta,
    ),
  /** A short wall time (a training step); a bare number is in seconds (`17`, `17s`, `0.5 min`). */
  seconds: <const R extends boolean = false>(meta?: Meta<R>) =>
    option(
      "duration",
      fromParser((text) => parseDuration(text, 1)),
      "17s",
      meta,
    ),
  /** GPU time; a bare number is in GPU-hours (`2.664M`, `2048*21days`). */
  gpuHours: <const R extends boolean = false>(meta?: Meta<R>) =>
    option(
      "duration",
      fromParser((text) => parseDuration(text, SECONDS_PER_HOUR) / SECONDS_PER_HOUR),
      "2.664M",
      meta,
    ),
  price: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("price", fromParser(parsePricePerHour), "$2.5/h", meta),
  /** One GPU or several, comma-separated (`h100,a100,mi300x`): compared side by side. */
  gpuList: <const R extends boolean = false>(meta?: Meta<R>) =>
    option<Gpu[], R>(
      "gpu",
      fromParser((text) => listItems(text).map(findGpu)),
      "H100",
      meta,
      undefined,
      completeGpu,
    ),
  /** One price per GPU-hour, or one per GPU of a list in the same order (`$2.5/h,$1.8/h`). */
  priceList: <const R extends boolean = false>(meta?: Meta<R>) =>
    option<number[], R>(
      "price",
      fromParser((text) => listItems(text).map(parsePricePerHour)),
      "$2.5/h",
      meta,
    ),
  /** One GPU; a list (`h100,a100`) is refused with the command that compares several (compute). */
  gpu: <const R extends boolean = false>(meta?: Meta<R>) =>
    option<Gpu, R>("gpu", fromParser(oneGpu), "H100", meta, undefined, completeGpu),
  precision: <const R extends boolean = false>(
    meta?: Meta<R>,
    choices: readonly Precision[] = precisionSchema.options,
  ) =>
    option<Precision, R>(
      "precision",
      fromParser((text) => choice(text.toLowerCase(), choices) as Precision),
      "bf16",
      meta,
      choices,
    ),
  choice: <const C extends readonly string[], const R extends boolean = false>(choices: C, meta?: Meta<R>) =>
    option<C[number], R>(
      "choice",
      fromParser((text) => choice(text.toLowerCase(), choices)),
      choices[0] ?? "",
      meta,
      choices,
    ),
  /** A published run's name (autocompleted on Discord). */
  model: <const R extends boolean = false>(meta?: Meta<R>) =>
    option("model", trimmedText(), "deepseek-v3", meta, undefined, completeModel),
  /** Free text, trimmed; `then` rewrites it after the checks (compare's names without `vs`). */
  text: <const R extends boolean = false>(meta?: Meta<R>, then?: (text: string) => string) =>
    option("text", trimmedText(then), "", meta),
  flag: <const R extends boolean = false>(meta?: Meta<R>) =>
    option(
      "flag",
      fromParser((text) => {
        const value = text.trim().toLowerCase();
        if (FLAG_TRUE.has(value)) return true;
        if (FLAG_FALSE.has(value)) return false;
        return choice(value, ["true", "false"]) === "true";
      }),
      "true",
      meta,
      ["true", "false"],
    ),
};

/**
 * One GPU by name. A comma-separated list of GPUs is not a misspelt name: each is looked up (an
 * unknown one is named on its own) and the answer says this option takes one, and which command
 * takes several.
 */
function oneGpu(text: string): Gpu {
  const items = listItems(text);
  if (items.length < 2) return findGpu(text);
  const gpus = items.map(findGpu);
  throw new UserError("gpu.oneOnly", {
    count: gpus.length,
    gpus: gpus.map(shortGpuName).join(", "),
    first: items[0] as string,
    list: items.join(","),
  });
}

/** A budget in dollars (`$1M`): money, to be turned into GPU-hours by a price. */
export interface MoneyBudget {
  usd: number;
}
export type Budget = number | MoneyBudget;

/** FLOP, or dollars when the text carries a currency sign or word. */
function parseBudget(text: string): Budget {
  // The checks of parsePositiveCount, on one evaluation.
  const quantity = evaluateQuantity(text);
  if (quantity.dimension !== "none") throw new UserError("quantity.unitMismatch", { text });
  if (quantity.value < 0) throw new UserError("quantity.negative", { text });
  if (quantity.value <= 0) throw new UserError("quantity.notPositive", { text });
  return quantity.money ? { usd: quantity.value } : quantity.value;
}

/** The items of a comma-separated list, trimmed; a single value is a list of one. */
function listItems(text: string): string[] {
  // Nearly always one value: no split, no trimmed copies.
  if (!text.includes(",")) return [text];
  const items = text.split(",").map((item) => item.trim());
  return items.length > 1 ? items.filter((item) => item !== "") : [text];
}

/** Everyday words for a choice (`mode=training`, `mode=inference`): the choice, where it is one. */
const CHOICE_ALIASES: ReadonlyMap<string, string> = new Map([
  ["training", "train"],
  ["pretrain", "train"],
  ["pretraining", "train"],
  ["inference", "infer"],
  ["inferencing", "infer"],
  ["serve", "infer"],
  ["serving", "infer"],
  ["finetune", "full"],
  ["fine-tune", "full"],
  ["finetuning", "full"],
  ["fine-tuning", "full"],
]);

function choice<C extends string>(text: string, choices: readonly C[]): C {
  const found = choices.find((c) => c.toLowerCase() === text);
  if (found) return found;
  const alias = CHOICE_ALIASES.get(text);
  const aliased = alias === undefined ? undefined : choices.find((c) => c === alias);
  if (aliased) return aliased;
  const suggestions = nearest(text, choices)
    .filter((c) => c.toLowerCase() !== text)
    .join(", ");
  // Nothing near: the choices are listed already, without the first three as a "Did you mean".
  throw suggestions === ""
    ? new UserError("args.badChoiceNoSuggestion", { value: text, choices: choices.join(", ") })
    : new UserError("args.badChoice", { value: text, choices: choices.join(", "), suggestions });
}

// biome-ignore lint/suspicious/noExplicitAny: any keeps each option's own value type and requiredness when inferred.
export type Options = Record<string, OptionSpec<any, any>>;

/** The typed arguments a command's handler receives, derived from its option schemas. */
export type ArgsOf<O extends Options> = {
  [K in keyof O]: O[K] extends OptionSpec<infer T, true>
    ? T
    : (O[K] extends OptionSpec<infer T, boolean> ? T : never) | undefined;
};
