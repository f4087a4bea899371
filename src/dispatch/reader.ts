import { isDigitCode, isDigits } from "../core/chars.ts";
import { UserError } from "../core/errors.ts";
import { type FlopUnit, flopUnit } from "../core/flopUnits.ts";
import { GPU_CATALOG, GPUS, mayStartGpuName } from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";
import { quantityOrUndefined, timeUnitSeconds } from "../core/quantity.ts";
import { lookupModel, suggestModels } from "../core/runs/lookup.ts";
import { GPUS_PER_NODE } from "../core/training.ts";
import { input as formulaInput, text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";
import { tokensOfBatch, withBatchTimesSteps } from "./batchSteps.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { labelledNumberAt } from "./labelledNumber.ts";
import { negativeValue } from "./negative.ts";
import {
  DEADLINE_DATE,
  dateOfMarker,
  MONTH_OF_YEAR,
  PER_MILLION_TOKENS_WORD,
  TOKENS_PER_PARAM,
} from "./normalize.ts";
import type { OptionSpec } from "./options.ts";

/**
 * The forgiving reader: words typed the way people type them (`512 H100s`, `at 45% MFU`, `in 30
 * days`, `7B params`, `1e24 FLOPs`, `llama 3.1 405B`) become the `key=value` words of the strict
 * grammar. Every shape is mapped onto an option the command DECLARES (by kind, name or alias),
 * never onto a fixed list, so an option a command gains later is read the same way. A word that
 * fits nothing the command declares is returned as unplaced, never dropped.
 */
export interface Reading {
  /** `key=value` words first, then positional words in the order typed. */
  words: string[];
  /** How a word was read when the reading is not the obvious one (shown with the reply). */
  notes: Text[];
  /** Words this command has no option for (another command may; otherwise a note names them). */
  unplaced: string[];
}

/** Words that carry no value: skipped, never blamed. */
/** Petaflop/s-days, the unit of OpenAI's compute tables (Brown et al. 2020, Table D.1). */
const PF_DAYS: ReadonlySet<string> = new Set(
  "pf-days pf-day petaflop-days petaflop/s-days pfs-days".split(" "),
);

export const FILLER = new Set([
  ..."how long many much would will could can should it its take takes taking to the a an of on with at for in into"
    .split(" ")
    .concat(
      ..."need needs needed do does did i we you is are be what whats what's which model models run runs running".split(
        " ",
      ),
    ),
  ..."using use by and from over via please about if my our ? - — @ gpu gpus card cards chip chips accelerators hardware total".split(
    " ",
  ),
  ..."params param parameters parameter tokens token flops flop compute cost costs time size x".split(" "),
  // A judgement asked of the numbers (`is 55% MFU realistic`, `how big a model`): the answer gives it.
  ..."realistic reasonable achievable feasible good big biggest largest best overkill enough".split(" "),
  ..."possible plausible doable attainable".split(" "),
  // A run's published figure questioned (`is DeepSeek's GPU-hour claim plausible?`): the answer checks it.
  ..."claim claims claimed reported".split(" "),
  // Doubt said as an adverb (`did DeepSeek-V3 really use only 2.788M H800 hours`, `could it have been
  // trained in …`): the answer checks the figure all the same.
  ..."really actually truly only just been".split(" "),
  // A rate said as measured (`we measure 3,500 tokens/s per GPU`): the number is what is read.
  ..."measure measured measuring observe observed".split(" "),
  // Tokens per parameter judged (`how overtrained is llama 3 8b`, `is gpt-3 undertrained`): the
  // answer's ratio against Chinchilla's 20 says it.
  ..."overtrained over-trained undertrained under-trained".split(" "),
  // A budget said as a sentence (`I have $1M …, what is the biggest compute-optimal model`).
  ..."have has optimal compute-optimal chinchilla-optimal that this number amount afford".split(" "),
  // A count said of what it counts (`token count of 2T`, `gpu count 512`, `optimal token count for 70B`).
  "count",
  // The same said as an adverb, and a past run asked about (`what was the MFU of PaLM`).
  ..."optimally compute-optimally chinchilla-optimally was were let see saw seen".split(" "),
  // A request's verb and its object (`show me the chart`, `tell me the cost`, `give me 70B 2T`):
  // `me` after one of them is no private flag (flags.ts).
  ..."show tell give display me".split(" "),
  // A past run's verb (`what was the MFU if 2048 A100 ran 30 days for 70B 1.4T`, `… took 20 days`).
  ..."ran took used".split(" "),
  // A definition asked (`what does MFU mean`, `how is MFU computed`): the explanation answers it.
  ..."mean means meaning computed calculated defined work works".split(" "),
  // A comparison asked (`H100 vs A100, which is faster`): the answer side by side gives it.
  ..."faster slower cheaper better".split(" "),
  // Speed asked (`how fast is llama 3 70b decode on H100`, `how fast can 1024 H100 train 70B`): the
  // answer's time or tokens/s gives it.
  ..."fast speed".split(" "),
  // The formula's own name (`what is 6ND for 7B and 1T tokens`): what compute computes.
  "6nd",
  // The optimizer every training answer already assumes (mixed-precision Adam, 16 B a parameter).
  ..."adam adamw".split(" "),
  // Conversations: a follow-up's filler (`same but fp8`, `now for a month`, `ok so what if …`).
  ..."same but now then instead so ok okay set change switch make get got reach reached hit".split(" "),
  // Prices as they are now (`on H100s today at $2.50/hr`): the price typed is the one used.
  ..."today currently nowadays".split(" "),
  // Slack shorthand and chat asides: `… 50 days -> mfu`, `train from scratch`, `something like 70B`.
  ..."-> => → scratch like finish finished done complete completed".split(" "),
  // Chat shorthand around a question (`hey …`, `hi, 7B 1T …`, 你好, `7B 1T 8xA100 how long?? pls`, `… thx`,
  // `w/ 1024 H100s` for `with`, `how much $$` for the cost): no value in any of them. A greeting alone
  // asks for help (choose.ts).
  ..."hey hi hello 你好 您好 哈囉 嗨".split(" "),
  ..."pls plz thx thanks ty lol w/ $$ $$$ anyone know knows napkin math".split(" "),
  // Thinking aloud (`hmm what if we had 256 of them`, `um, on A100?`).
  ..."hmm hmmm hm um umm uh had".split(" "),
  // A wish said as a sentence (`I want to serve llama 3 70b on H100`, `we'd like to finetune 7B`): as `need`.
  ..."want wants wanted wanna like plan planning trying something".split(" "),
  // What is at hand said as a sentence (`given 64 H100 for 1 week`, `assuming 45% mfu`, `I can spend $2M`).
  ..."given assuming assume suppose spend spending".split(" "),
  ..."i'd we'd i'm we're i'll we'll".split(" "),
  // What a memory is asked as (`memory requirements for 70B`, `vram usage of llama 3 8b`, `memory footprint`).
  ..."requirement requirements required usage footprint".split(" "),
  // An estimate asked for as such (`rough compute for a 70B`, `sanity check: 7B 1T …`): every answer is one.
  ..."rough roughly approx approximately ballpark estimate quick sanity check".split(" "),
  // The unit of the compute asked for (`gpt-3 in PF-days`): the answer gives FLOP and PF-days.
  ...PF_DAYS,
  // Energy and emissions asked (`carbon footprint of training 70B on 2T`, `70B 2T on H100 co2`): rows of
  // compute's answer on a GPU (`carbon 0.3` before a number is still grid=, read before the filler).
  ..."energy emissions emission carbon co2 co2e co2eq kwh mwh".split(" "),
  // Renting or buying the GPUs (`if we rent 256 H200 for 6 weeks`, `what does 1e24 flops buy`, `get us`):
  // the plan's price per GPU-hour is what says what they cost.
  ..."rent rents rented renting buy buys bought us".split(" "),
]);
/**
 * `budget=…` for `amount` of a FLOP unit (`3640 PF-days`, `10 ZFLOP`, `1 exaFLOP-day`, typed
 * `typed`), with the note that shows the product. A rate (`1e24 FLOP/s`) is no amount: refused.
 */
function flopUnitBudget(
  command: AnyCommand,
  budget: string | undefined,
  amount: string,
  unit: FlopUnit,
  typed: string,
  notes: Text[],
): string {
  if (unit.rate) {
    throw new UserError("read.flopRate", {
      value: typed,
      example: command.examples.find((line) => /budget=|flops=/.test(line)) ?? "chinchilla budget=3.14e23",
    });
  }
  if (budget === undefined) {
    if (unit.day && unit.power === 15)
      throw new UserError("read.pfDaysNotHere", { value: typed, example: command.examples[0] ?? "" });
    throw new UserError("read.flopNotHere", { value: typed, example: command.examples[0] ?? "" });
  }
  const value = (quantityOrUndefined(amount)?.value ?? Number.NaN) * unit.flop;
  const flop = formulaInput("sig3", value);
  if (unit.day && unit.power === 15) notes.push(text("read.pfDays", { typed, flop }));
  else if (unit.day)
    notes.push(
      text("read.flopDays", {
        typed,
        flop,
        rate: formulaInput("sig3", 10 ** unit.power),
        day: formulaInput("sig3", unit.flop),
      }),
    );
  else notes.push(text("read.flopUnit", { typed, flop, one: formulaInput("sig3", unit.flop) }));
  // In powers of ten (`5e17`): a refusal of the budget quotes it.
  return `${budget}=${value.toExponential().replace("e+", "e")}`;
}

/** Words that only say a command trains (compute) when the command has no mode to set. */
const TRAIN_WORDS = new Set(["train", "training", "trained", "pretrain", "pretraining", "adam", "adamw"]);

/**
 * Verbs of tokens passing through training (`how many tokens can 1024 H100 process in 30 days`,
 * `chew through`, `consume`, 處理): in a line that asks about tokens they say what `train` says.
 */
const TOKEN_VERBS = new Set(
  "process processes processed processing consume consumed consuming ingest ingested chew chewed through achieve achieves achieved sustain sustained".split(
    " ",
  ),
);
/**
 * Whether a line names tokens (`tokens`, `token`), so a verb of TOKEN_VERBS is training; a rate of
 * them (`tokens/s`) only where MFU is asked (`we process 1.2M tokens/s on 512 H100, what's our mfu`):
 * elsewhere a rate may be serving's (`we process 5000 tokens/s serving 70B`, refused for serve).
 */
const namesTokens = (lowered: readonly string[], asksMfu: boolean) =>
  lowered.some((word) => word === "tokens" || word === "token") ||
  (asksMfu && lowered.some((word) => word.startsWith("tokens/")));

/** A precision or quantization word → the canonical precision; `quantized` ones get a note. */
const PRECISIONS: Record<string, string> = {
  bf16: "bf16",
  bfloat16: "bf16",
  fp16: "fp16",
  float16: "fp16",
  // "half" alone is no precision (`in half the time`): only `half precision` (fp16 after normalize) is.
  "half-precision": "fp16",
  fp32: "fp32",
  float32: "fp32",
  tf32: "tf32",
  fp8: "fp8",
  float8: "fp8",
  // FP8's two formats (Micikevicius et al. 2022): `fp8 e4m3` is one precision, fp8.
  e4m3: "fp8",
  e5m2: "fp8",
  int8: "int8",
  "8bit": "int8",
  "8-bit": "int8",
  int4: "int4",
  "4bit": "int4",
  "4-bit": "int4",
  fp4: "fp4",
  awq: "int4",
  gptq: "int4",
  nf4: "int4",
};
const QUANTIZATION_NAMES = new Set(["awq", "gptq", "nf4"]);

/** A word that may be a GGUF quantization: it starts with q or iq, or is gguf or ggml (a look at its first letters). */
const mayBeGguf = (lower: string): boolean => {
  const first = lower.charCodeAt(0);
  return (
    first === 113 ||
    (first === 105 && lower.charCodeAt(1) === 113) ||
    (first === 103 && (lower === "gguf" || lower === "ggml"))
  );
};
/** llama.cpp's quantization types (Q4_0, Q4_K_M, Q5_K_S, Q8_0, IQ3_XS, …) and the file formats. */
const GGUF_QUANT = /^(?:i?q[1-8](?:_[0-9a-z]+)+|i?q[1-8]k(?:[sml]|xs|xxs)?|gguf|ggml)$/;
/**
 * The refusal of a GGUF word: a quantization type names its nominal bits and the nearest precision
 * taken (int4 up to 5 bits, int8 from 6), in a line that answers the memory question with it; the
 * file format's name (`gguf`) says it is no precision.
 */
function ggufRefusal(word: string, lower: string, command: AnyCommand | undefined): UserError {
  const file = lower === "gguf" || lower === "ggml";
  const bits = Number(/\d/.exec(lower)?.[0] ?? "4");
  const near = file || bits <= 5 ? 4 : 8;
  const example =
    command?.name === "serve"
      ? `serve llama-3-8b gpu=RTX4090 precision=int${near}`
      : `cards 70B gpu=RTX4090 mode=infer precision=int${near}`;
  return file
    ? new UserError("read.ggufFile", { word, example })
    : new UserError("read.ggufQuant", { word, bits, near, example });
}

/** Mode words → the choice they name; a command whose choices hold the word itself gets it as typed. */
const MODES: Record<string, string> = {
  train: "train",
  training: "train",
  pretrain: "train",
  pretraining: "train",
  serve: "infer",
  serving: "infer",
  inference: "infer",
  infer: "infer",
  deploy: "infer",
  deployment: "infer",
  // The optimizer a training run's states are counted by (`does 13B fit on one H100 with adam`).
  adam: "train",
  adamw: "train",
  lora: "lora",
  qlora: "qlora",
  // Fine-tuning without LoRA named is full fine-tuning (cards' mode=full).
  finetune: "full",
  finetuning: "full",
  "fine-tune": "full",
  "fine-tuning": "full",
  "fine-tuned": "full",
  sft: "full",
};

/**
 * Serving engines by name (`Llama 3 70B 用 vLLM 在 8 張 H100 上每秒幾個 token`): serving, said in a
 * note, since the estimate is the engine's bound (memory bandwidth, compute, 90% usable memory as
 * vLLM's default), not one engine's kernels.
 */
export const SERVING_ENGINES: ReadonlySet<string> = new Set(
  "vllm sglang tgi tensorrt-llm trt-llm tensorrt lmdeploy ollama llama.cpp llamacpp exllama exllamav2 mlc-llm".split(
    " ",
  ),
);

/** The second word of a mode typed as two (`fine tune`, `kv cache`): the mode it names with the first. */
const TWO_WORD_MODES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    "fine",
    new Map([
      ["tune", "finetune"],
      ["tuning", "finetune"],
      ["tuned", "finetune"],
    ]),
  ],
  // The KV cache is what serving holds (`kv cache for llama-2-70b at 32k context`).
  ["kv", new Map([["cache", "inference"]])],
]);

/** Words after `full` that name fine-tuning (`full fine-tune`, `full fine tuning`). */
const FINE_TUNE_AFTER_FULL = new Set([
  "finetune",
  "finetuning",
  "fine-tune",
  "fine-tuning",
  "fine-tuned",
  "fine",
  "sft",
]);

/** How specific a mode is: LoRA beats fine-tuning beats training (`train 70B with lora` is LoRA), never serving. */
const MODE_RANK: ReadonlyMap<string, number> = new Map([
  ["train", 0],
  ["full", 1],
  ["lora", 2],
  ["qlora", 2],
]);

/** A GPU count sets gpus (a plan's GPUs) or, in cards, the GPUs the asker has (`on 2 4090s`). */
const GPU_COUNT = ["gpus", "available"];

/** A unit word after a number names the option it sets (looked up among the command's names and aliases). */
const UNIT_WORDS: Record<string, string[]> = {
  params: ["params"],
  param: ["params"],
  parameters: ["params"],
  parameter: ["params"],
  tokens: ["tokens"],
  token: ["tokens"],
  tok: ["tokens"],
  toks: ["tokens"],
  flops: ["flops", "budget"],
  flop: ["flops", "budget"],
  gpus: GPU_COUNT,
  gpu: GPU_COUNT,
  cards: GPU_COUNT,
  card: GPU_COUNT,
  // TPUs are counted in chips (PaLM: 6144 TPU v4 chips), any accelerator as one.
  chips: GPU_COUNT,
  chip: GPU_COUNT,
  accelerators: GPU_COUNT,
  accelerator: GPU_COUNT,
  "gpu-hours": ["gpu-hours"],
  "gpu-hrs": ["gpu-hours"],
  activated: ["active"],
  "tok/s": ["tokens-per-second"],
  "tokens/s": ["tokens-per-second"],
  "tokens/sec": ["tokens-per-second"],
  "tok/sec": ["tokens-per-second"],
  active: ["active"],
  layers: ["layers"],
  heads: ["heads"],
};

/** The noun after `active` (`37B active params`): part of that label. */
const PARAMS_NOUNS: ReadonlySet<string> = new Set(["params", "param", "parameters", "parameter"]);

/** Words that sit between a number and what it counts; never an option's label. */
const PREPOSITIONS = new Set(["on", "at", "for", "in", "to", "with", "of", "by", "from", "over", "within"]);

/** Whether `how many` comes within the three words before position i (`how many H100 nodes`). */
function asksHowMany(lowered: readonly string[], i: number): boolean {
  for (let k = Math.max(1, i - 3); k < i; k++) {
    if (lowered[k] === "many" && lowered[k - 1] === "how") return true;
  }
  return false;
}

/** Words that lead into a batch (`with a global batch of …`): left out with it. */
const BEFORE_BATCH: ReadonlySet<string> = new Set(["with", "a", "at", "and", "using", "of"]);

/** The line as typed without the batch in tokens from `start` to `end` (and the words leading into it). */
function withoutBatch(
  command: AnyCommand,
  words: readonly string[],
  lowered: readonly string[],
  start: number,
  end: number,
): string {
  let from = start;
  while (from > 0 && BEFORE_BATCH.has(lowered[from - 1] ?? "")) from -= 1;
  const rest = [...words.slice(0, from), ...words.slice(end)].join(" ");
  const line = rest === "" ? (command.examples[0] ?? "") : rest;
  return command.name === "compute" || line.startsWith(`${command.name} `) ? line : `${command.name} ${line}`;
}

/** Options counted in tokens that take thousands as model cards write them (`8k context`, `2k prompt`). */
const THOUSANDS_OF_TOKENS: ReadonlySet<string> = new Set(["context", "prompt", "generate"]);

const TOKEN_WORDS: ReadonlySet<string> = new Set(["token", "tokens"]);
/** A batch asked for with no number (`max batch size`, `maximum concurrency`). */
const BATCH_WORDS: ReadonlySet<string> = new Set(["batch", "concurrency"]);

/** The labels that say utilization, not MFU by name: read as MFU, and said so. */
const UTILIZATION: ReadonlySet<string> = new Set(["utilization", "utilisation", "util"]);
/** The MFU label beside a percentage (`45% MFU`, `MFU 45%`). */
export const PERCENT_LABELS: ReadonlySet<string> = new Set(["mfu", "hfu", ...UTILIZATION]);
/** A context length after `max batch at`: `4k`, `4096`, `32K`. */
const CONTEXT_AT = /^\d+(?:\.\d+)?k$|^\d{3,6}$/i;
/** The word that may follow it: `at 4k context`, `at 4096 tokens`. */
const CONTEXT_UNITS: ReadonlySet<string> = new Set(["context", "ctx", "tokens", "token"]);

/** In a command that declares a compute budget, a bare number this large is one (Chinchilla budgets are ~1e20–1e26). */
export const BUDGET_MAGNITUDE = 1e18;

/** A table's own entry only: `__proto__` or `constructor` typed by a user names nothing (a Map has no inherited keys). */
const lookup = <T>(table: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(table));
const PRECISION_WORDS = lookup(PRECISIONS);
const MODE_WORDS = lookup(MODES);
const UNITS = lookup(UNIT_WORDS);

/** A time unit, a rate or money in a word: the only numbers worth evaluating as durations or prices. */
const UNIT_OR_MONEY =
  /[$/]|usd|dollar|\d\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\b/i;

const NUMBERISH = /^[$+]?\.?\d/;
/** A budget's value after `budget of`: money as one word by now (`$500k`, `500k dollars`), or FLOP in powers of ten (`1e24`). */
const BUDGET_VALUE = /^\$|dollars?$|usd$|^\d+(?:\.\d+)?e\d+$/i;
/** A wall time as one word by now (`2 weeks`, `3 days,`): never a price's value. */
const WALL_TIME =
  /^\d+(?:\.\d+)?\s?(?:d|days?|w|wks?|weeks?|months?|mo|y|yrs?|years?|h|hrs?|hours?)[,:;?!]?$/i;
/** A number with no unit or multiplier (`45`, `0.45`): what a percent's label after it may take. */
const PLAIN_NUMBER = /^\d*\.?\d+$/;
/** Words between an option's label and its value (`MFU of 45%`, `price is $2/h`). */
const LINK_WORDS: ReadonlySet<string> = new Set(["of", "is", "at", "="]);
/** An MFU (or any percent) typed as a range: `30-50%`, `30%-50%`, `30–50%`. */
const PERCENT_RANGE = /^(\d+(?:\.\d+)?)%?[-–~](\d+(?:\.\d+)?)%$/;
/** A number with at most a size suffix (`175B`, `1e24`): not a count, a duration or a price. */
const BARE_NUMBER = /^[\d.]+(?:e[+-]?\d+)?[kmbtp]?$/i;
/** One factor of a product: a number with at most a size suffix (`70B`, `6`, `1e3`). */
const PRODUCT_FACTOR = /^\s*[\d.]+(?:e[+-]?\d+)?\s*([kmbtp])?\s*$/i;
/**
 * A product of two or more suffixed sizes, with any bare factors (`70B * 15T`, `70B*15T`,
 * `6*175B*300B`): a size times a size is compute (6·N·D), never a parameter count.
 */
function isSizeProduct(word: string): boolean {
  if (!word.includes("*")) return false;
  let sizes = 0;
  for (const factor of word.split("*")) {
    const match = PRODUCT_FACTOR.exec(factor);
    if (!match) return false;
    if (match[1] !== undefined) sizes += 1;
  }
  return sizes >= 2;
}

const entries = (command: AnyCommand) => command.optionList;
const startsWithDigit = (word: string) => isDigitCode(word.charCodeAt(0));

/** A count glued to what it counts: `512xH100`, `8x A100`, `8*H100`. */
const GLUED_COUNT = /^(\d+)\s*[x*]\s*(.*)$/i;
/** Whether GLUED_COUNT can match: digits, then an `x`, a `*` or a space (most numbers end in a digit or a suffix). */
function mayBeGlued(word: string): boolean {
  let i = 0;
  while (i < word.length && isDigitCode(word.charCodeAt(i))) i++;
  if (i === 0 || i === word.length) return false;
  const after = word.charAt(i);
  return after === "x" || after === "X" || after === "*" || after.trim() === "";
}

/** A GPU with its count after it: `h100x8`, `H100*8`, `H100 * 8` (one word). */
const GPU_THEN_COUNT = /^(.*[a-z0-9])\s*[x*]\s*(\d+)$/i;
/** Whether GPU_THEN_COUNT can match: a digit last, and an `x` or `*` in the word. */
const mayBeGpuThenCount = (word: string) =>
  isDigitCode(word.charCodeAt(word.length - 1)) &&
  (word.includes("x") || word.includes("X") || word.includes("*"));

/** A count of nodes (`16 nodes`), with the GPUs per node glued on when typed with `*` (`nodes * 8`). */
const NODE_WORD = /^(?:nodes?|servers?|machines?|hosts?|dgx)(?:\s*[*x]\s*(\d+))?$/i;
/** Words between a node count and the GPUs per node: `16 nodes of 8 H100`, `16 nodes x 8 H100`. */
const PER_NODE_JOINS = new Set(["of", "x", "*", "with", "each"]);

/** A request rate's unit after its number: `5 req/s`, `300 requests/min`, `5 rps`. */
const RATE_UNIT =
  /^(?:rps|qps|(?:req|reqs|requests?|quer(?:y|ies))\/(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?))$/i;
/** The same glued to the number: `5rps`, `300req/min`. */
const GLUED_RATE =
  /^\d+(?:\.\d+)?\s*(?:rps|qps|(?:req|reqs|requests?)\/(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?))$/i;
/** The request word of `5 requests per minute`. */
const REQUEST_WORDS = new Set(["req", "reqs", "request", "requests", "queries"]);

/** One part of a duration in two or more parts: `3 days`, `4 hours`, `2wk`. */
const DURATION_PART = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i;

/** A whole number in thousands (`32k context`), as model cards write context lengths. */
const WHOLE_THOUSANDS = /^\d+k$/i;
/**
 * A count of GPUs in thousands, whole or not (`16k`, `2.5k`), or with a power of ten: `1e4` and
 * `1.6e4` are what 1 萬 and 1.6 萬 become (normalize.ts), as 1 萬張 H100 is typed.
 */
const THOUSANDS = /^(\d+(?:\.\d+)?)(?:(k)|m|e([1-9]))$/i;
/**
 * `16k` → `16000`, `2.5k` → `2500`, `1e4` → `10000`, `10M` → `10000000`: the count as digits, when it
 * is a whole number of GPUs (a count in millions is read, then warned about as no cluster that large exists).
 */
function thousandsCount(word: string): string | undefined {
  const match = THOUSANDS.exec(word);
  if (!match) return undefined;
  const count = Number(match[1]) * (match[3] !== undefined ? 10 ** Number(match[3]) : match[2] ? 1000 : 1e6);
  const whole = Math.round(count);
  return whole >= 1 && Math.abs(count - whole) < 1e-6 ? String(whole) : undefined;
}

/**
 * `16k`, `8K` GPUs as papers write 16,384 and 8,192 (Llama 3 Herd, Table 4: "16K H100"): the
 * power-of-two count they may mean (read as thousands all the same, and said), else undefined.
 */
function binaryThousands(word: string): number | undefined {
  const match = /^(\d+)k$/i.exec(word);
  const n = match ? Number(match[1]) : 0;
  return n >= 2 && (n & (n - 1)) === 0 ? n * 1024 : undefined;
}

/**
 * The note that a count in thousands may have meant its power of two (binaryThousands), with the
 * command's own option for it to type (`gpus=16384`; cards' and serve's `available=16384`).
 */
function binaryThousandsNote(word: string, count: string, option: string, notes: Text[]): void {
  const binary = binaryThousands(word);
  if (binary !== undefined)
    notes.push(
      text("read.thousandsBinary", {
        word,
        count: formulaInput("count", Number(count)),
        binary: formulaInput("count", binary),
        typed: `${option}=${binary}`,
      }),
    );
}

/** The note a training plan's `flops per token` leaves, for respond.ts to fill with 6·N. */
export const TRAINING_FLOPS_PER_TOKEN_ASKED = "read.trainingFlopsPerToken";

/** A price per GPU-hour as the reader sees one (`price=$2/h`, `$2/h`, normalize.ts). */
const isPriceWord = (lower: string): boolean =>
  lower.startsWith("price=") || (lower.startsWith("$") && lower.includes("/h"));
/** A currency sign other than the dollar's, anywhere in a word (`€2/h`, `price=£2/h`). */
const CURRENCY_SIGN = /[€£¥￥₩₹]/;
/**
 * Another country's dollar (`NT$80/h`, `A$3/h`, `price=HK$20/h`, `C$`, `S$`, `NZ$`, `R$`, `MX$`): no
 * US dollar, refused as another currency is (`US$` is read as `$`, normalize.ts).
 */
const OTHER_DOLLAR = /(?:^|=)(?:nt|a|au|c|ca|hk|s|sg|nz|r|mx)\$\d/;
/** A currency other than the dollar, by its code or name, alone or after an amount (`2eur/h`, `cny`). */
const CURRENCY_WORD =
  /^(?:[\d.,]+[kmb]?)?(?:eur|euros?|gbp|pounds?|jpy|yen|cny|rmb|yuan|twd|ntd|krw|inr|rupees?)(?:\/\S*)?$/;
const PERCENT = /^(\d+(?:\.\d+)?)%$/;
/** A fraction between 0 and 1 (`0.45`, `.45`): an MFU after `at` in a plan. */
const FRACTION_OF_ONE = /^0?\.\d+$/;
/** `0.45` as a percent, 45, without the float's tail (0.57 × 100 is 56.99999999999999). */
const roundedPercent = (fraction: string) => Math.round(Number(fraction) * 1e6) / 1e4;
const DECIMAL = /^(\d+(?:\.\d+)?)$/;

/** The first option whose name or alias is one of `names`. */
function named(command: AnyCommand, names: readonly string[]): string | undefined {
  for (const name of names) {
    const found = findOption(command, name);
    if (found) return found[0];
  }
  return undefined;
}

const ofKind = (command: AnyCommand, kind: OptionSpec["kind"]) =>
  entries(command).filter(([, spec]) => spec.kind === kind);

/** The option a budget (FLOP) sets, when the command declares one. */
export const budgetOption = (command: AnyCommand) => staticsOf(command).budget;

/** Whether the reader applies: commands whose positionals are free text (params, gpus, compare) read literally. */
export function readsShapes(command: AnyCommand): boolean {
  return staticsOf(command).shapes;
}

/** What the reader needs from a command's option specs, worked out once per command (they never change). */
interface CommandStatics {
  shapes: boolean;
  /** The option a GPU name sets, and the one its count sets. */
  gpu: string | undefined;
  gpus: string | undefined;
  /** The option a percentage sets. */
  percent: string | undefined;
  budget: string | undefined;
  tokens: string | undefined;
  duration: string | undefined;
  price: string | undefined;
  /** The option a request rate sets (`serve`). */
  rate: string | undefined;
  /** The option GPU time sets (`30.84M H100 hours`). */
  gpuHours: string | undefined;
  /** The context length's option (`serve … at 8k`). */
  context: string | undefined;
  /** The ZeRO stage's option (cards). */
  zero: string | undefined;
  /** The option a count of users in flight sets (`1000 concurrent users`: serve's batch, alias concurrency). */
  concurrency: string | undefined;
  /** Options a precision word may set, best first by `precisionOption`. */
  precisions: [string, OptionSpec][];
  /** Filler words (lower-cased) that no step before the filler step reads here: skipped at once. */
  filler: ReadonlySet<string>;
}

const staticsOf = oncePer(
  (command: AnyCommand): CommandStatics => ({
    shapes: !entries(command).some(([, spec]) => spec.positional && (spec.rest || spec.kind === "text")),
    gpu: ofKind(command, "gpu")[0]?.[0],
    gpus: named(command, GPU_COUNT),
    percent: named(command, ["mfu"]) ?? ofKind(command, "fraction")[0]?.[0],
    budget: named(command, ["flops", "budget", "compute"]),
    tokens: named(command, ["tokens"]),
    // The wall-time option: one named days or time, else the only duration the command takes.
    duration: named(command, ["days", "time", "deadline"]) ?? ofKind(command, "duration")[0]?.[0],
    price: ofKind(command, "price")[0]?.[0],
    rate: named(command, ["rate"]),
    gpuHours: named(command, ["gpu-hours"]),
    context: named(command, ["context"]),
    zero: named(command, ["zero"]),
    concurrency: findOption(command, "concurrency")?.[0],
    precisions: entries(command).filter(
      ([name, spec]) =>
        spec.kind === "precision" ||
        (spec.kind === "choice" && (name === "precision" || spec.aliases.includes("dtype"))),
    ),
    filler: new Set([...FILLER].filter((word) => onlyFiller(word) && !findOption(command, word))),
  }),
);

/**
 * Whether a filler word (lower-cased) is read as nothing else by any step of `readWords` before
 * the filler step, whatever its case as typed and the words around it: no number, count sign,
 * precision, mode, run or month, and no GPU name begins with it (every GPU lookup lower-cases
 * the words). The command's own options are left out by `staticsOf`.
 */
function onlyFiller(word: string): boolean {
  return (
    !NUMBERISH.test(word) &&
    !isDigitCode(word.charCodeAt(0)) &&
    !SIGN_FIRST.has(word.charAt(0)) &&
    !PRECISION_WORDS.has(word) &&
    !MODE_WORDS.has(word) &&
    !TWO_WORD_MODES.has(word) &&
    !TRAIN_WORDS.has(word) &&
    !RUN_WORDS.has(word) &&
    word !== "enough" &&
    !word.startsWith(MONTH_OF_YEAR) &&
    !mayStartGpuName(word)
  );
}

interface GpuWords {
  text: string;
  length: number;
}

/** What is known of one words array of a line, whichever command reads it. */
interface WordsFacts {
  /** By start index. */
  gpus: (GpuWords | null)[];
  models: number[];
  lower: readonly string[] | undefined;
  loneNumber: boolean | undefined;
  runServes: boolean | undefined;
}

function gpuAt(words: readonly string[], i: number): GpuWords | undefined {
  // Most words begin no GPU name: one set lookup instead of six catalog lookups.
  const first = words[i];
  if (first === undefined || !mayStartGpuName(first)) return undefined;
  const runs = wordRuns(words, i, mayRunOn(words, i) ? Math.min(3, words.length - i) : 1);
  for (let n = runs.length; n >= 1; n--) {
    const joined = runs[n - 1] as string;
    // One word that is a number or a size (`128`, `70B`) names no GPU, unless the catalog's name of
    // a card is those digits (`4090`, `3090`: the GeForce RTX); two or more words hold a space.
    if (n === 1 && isDigits(joined) && !isDigitsGpu(joined)) continue;
    if (n === 1 && (joined.length < 2 || joined.includes("="))) continue;
    if (n === 1 && !isDigits(joined) && /^\d+(\.\d+)?[kmbtp]?$/i.test(joined)) continue;
    // A name of a catalog GPU (an exact lookup, never a fuzzy match), as typed or without a plural s.
    if (GPU_CATALOG.find(joined)) return { text: joined, length: n };
    const singular = withoutPluralS(joined);
    if (singular !== joined && GPU_CATALOG.find(singular)) return { text: singular, length: n };
    // The plural on the name before its memory size: `A100s 80gb`.
    const first = words[i] as string;
    if (n > 1 && withoutPluralS(first) !== first) {
      const named = `${withoutPluralS(first)}${joined.slice(first.length)}`;
      if (GPU_CATALOG.find(named)) return { text: named, length: n };
    }
  }
  return undefined;
}

/** A word with a slash after its first character that is no `key=value` (`price=$2/h` is a price). */
/** A word that may join GPUs: by slashes (`H100/A100`), by commas (`H100,A100`), or end in one (`H100,`). */
const mayBeSlashedGpus = (word: string): boolean =>
  (word.indexOf("/") > 0 || word.indexOf(",") >= 0) && !word.includes("=");

/**
 * GPUs joined by slashes or commas (`H100/A100 specs`, `70B 15T H100/A100`, `on 512 H100, H200`) as
 * the same GPUs joined by `vs`, which every command reads; the words as they are when no word joins
 * catalog GPUs so.
 */
export function slashedGpusApart(words: string[]): string[] {
  if (!words.some(mayBeSlashedGpus)) return words;
  // Commas join GPUs only in a line with numbers (a plan on each): a list of names alone is the
  // catalog's question, whose filter takes the commas as typed (`gpus h100, mi300x`).
  const planned = words.some((word) => isDigitCode(word.charCodeAt(0)));
  return words.flatMap((word, at) => {
    if (!mayBeSlashedGpus(word)) return [word];
    if (!word.includes("/") && !planned) return [word];
    // `H100, H200` (`H100 , H200`): a GPU, its comma, and another GPU's name next.
    if (word.endsWith(",") && word.indexOf(",") === word.length - 1) {
      const gpu = word === "," ? words[at - 1] : word.slice(0, -1);
      const joins = gpu !== undefined && isCatalogGpu(gpu) && startsGpu(words, at + 1);
      if (!joins) return [word];
      return word === "," ? ["vs"] : [gpu, "vs"];
    }
    // Spaced (`H100 / A100`, one word by now) as glued.
    const parts = word.split(/[/,]/).map((part) => part.trim());
    const named = parts.every((part) => part !== "" && isCatalogGpu(part));
    return named ? parts.flatMap((part, i) => (i === 0 ? [part] : ["vs", part])) : [word];
  });
}
/** Whether a GPU's name begins at `i`, alone or joined to the next by a slash or comma (`H200,B200`). */
const startsGpu = (words: readonly string[], i: number): boolean =>
  gpuAt(words, i) !== undefined || isCatalogGpu((words[i] ?? "").split(/[/,]/)[0] ?? "");
const isCatalogGpu = (name: string): boolean =>
  GPU_CATALOG.find(name) !== undefined || GPU_CATALOG.find(withoutPluralS(name)) !== undefined;

/**
 * A count of GPUs grouped in threes with spaces (`10 000 H100`, `16 384 GPUs`), as SI style and
 * many locales write it: one number. Only before a GPU or a GPU count word, where two numbers in a
 * row would mean nothing else; the words as they are otherwise (most lines: no three-digit word).
 */
export function spaceGroupedApart(words: string[]): string[] {
  if (!words.some(isThreeDigits)) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    let end = i + 1;
    if (GROUP_LEAD.test(word)) while (isThreeDigits(words[end] ?? "")) end++;
    const counted =
      end > i + 1 &&
      (UNITS.get((words[end] ?? "").toLowerCase()) === GPU_COUNT || gpuAt(words, end) !== undefined);
    if (!counted) {
      out.push(word);
      continue;
    }
    out.push(words.slice(i, end).join(""));
    i = end - 1;
  }
  return out;
}
/**
 * A card's memory said before its name (`a 40GB A100`, `2 40 GB A100s`) as the catalog writes it,
 * after the name (`A100 40GB`), when the catalog has that card: else the 80GB A100 was read and the
 * size left unused. A size the card named has anyway is its name's (`a 24GB 4090`). The words as
 * they are otherwise (most lines: no memory size; a size no such card has, left to be blamed).
 */
export function memoryBeforeGpuAfter(words: string[]): string[] {
  if (!words.some((word) => MEMORY_FIRST.test(word) || MEMORY_UNITS.has(word.toLowerCase()))) return words;
  const out = [...words];
  // The question's mark stays last (`on one 40GB A100?`).
  const plain = words.map((word) => word.replace(/[?,!]+$/, ""));
  const lowered = plain.map((word) => word.toLowerCase());
  for (let i = 0; i < out.length; i++) {
    const size = memoryAt(lowered, i);
    if (!size) continue;
    const at = i + size.length;
    const gpu = gpuAt(plain, at);
    if (!gpu) continue;
    if (GPU_CATALOG.find(`${withoutPluralS(gpu.text)} ${size.gb}gb`)) {
      const last = out[at + gpu.length - 1] as string;
      const mark = last.slice(plain[at + gpu.length - 1]?.length);
      const named = [...plain.slice(at, at + gpu.length), `${plain.slice(i, at).join("")}${mark}`];
      out.splice(i, size.length + gpu.length, ...named);
      // `a 24GB 4090`: the card named has that memory, which its name in the reading says.
    } else if (GPU_CATALOG.find(gpu.text)?.memoryGB === size.gb) out.splice(i, size.length);
    else continue;
    i += gpu.length - 1;
  }
  return out;
}
/** A memory size in one word, as `memoryAt` reads it (`40GB`, `80gib`), whatever its case. */
const MEMORY_FIRST = /^\d+(?:\.\d+)?(?:gb|gib)$/i;

const isThreeDigits = (word: string): boolean => word.length === 3 && /^\d{3}$/.test(word);
/** The first group of a number grouped in threes: one to three digits, no leading zero. */
const GROUP_LEAD = /^[1-9]\d{0,2}$/;

/**
 * Whether a GPU name of two or more words can begin with the words at `i` and `i + 1` (`H100 SXM`,
 * or `A100s 80gb` without the plural s): no longer run can be a name when no name begins with the
 * two (`H100 how long`), so one set lookup stands in for the catalog lookups of every longer run.
 */
function mayRunOn(words: readonly string[], i: number): boolean {
  const first = words[i] as string;
  const second = words[i + 1];
  if (second === undefined) return false;
  const singular = withoutPluralS(first);
  return (
    mayStartGpuName(`${first} ${second}`) || (singular !== first && mayStartGpuName(`${singular} ${second}`))
  );
}

/** The first `count` words from `i` joined by spaces: one word, then two, then three. */
function wordRuns(words: readonly string[], i: number, count: number): string[] {
  const runs = [words[i] as string];
  for (let n = 1; n < count; n++) runs.push(`${runs[n - 1]} ${words[i + n]}`);
  return runs;
}

/** Catalog names that are digits only (`4090`, `3090`, `5090`: the GeForce RTX cards), made when first asked. */
let digitsGpuNames: ReadonlySet<string> | undefined;
/** Whether the digits are a GPU's catalog name (`4090`), so a bare `4090` is the card, never 4,090 parameters. */
export function isDigitsGpu(word: string): boolean {
  digitsGpuNames ??= new Set(
    GPU_CATALOG.items.flatMap((gpu) => [gpu.id, gpu.name, ...gpu.aliases]).filter((name) => isDigits(name)),
  );
  return digitsGpuNames.has(word);
}

/** `4090`, `4090s`: digits, with a plural s at most (a whole-word catalog check follows). */
const mayBeDigitsGpu = (word: string) => isDigits(withoutPluralS(word)) && isDigitsGpu(withoutPluralS(word));
/** The catalog's full name of a GPU found by `gpuAt`. */
const gpuName = (typed: string) => GPU_CATALOG.find(typed)?.name ?? typed;

const withoutPluralS = (text: string) =>
  text.endsWith("s") || text.endsWith("S") ? text.slice(0, -1) : text;

/**
 * What the words alone say, whatever the command: where a GPU name starts and which words name a
 * published run. A line the default command cannot read is read again by each other command
 * (read.ts); these lookups are made once per line and kept here for the next reading.
 */
export class LineLookups {
  // Made when first needed: most lines never use some of them.
  #gpus: Map<string, GpuWords | undefined> | undefined;
  #quantities: Map<string, ReturnType<typeof quantityOf>> | undefined;
  /** Per words array of this line (the same array for every reading; one or two of them): results by start index. */
  readonly #byWords: { words: readonly string[]; facts: WordsFacts }[] = [];
  #input: readonly string[] | undefined;
  #cleaned: string[] | undefined;

  /** The words a reading of `input` that reads shapes sees: quotes and trailing `?,!` stripped, empties dropped. */
  cleanWords(input: readonly string[]): string[] {
    if (this.#input !== input || this.#cleaned === undefined) {
      this.#input = input;
      this.#cleaned = input.map(cleanWord).filter(Boolean);
    }
    return this.#cleaned;
  }

  #of(words: readonly string[]): WordsFacts {
    for (const known of this.#byWords) if (known.words === words) return known.facts;
    const facts: WordsFacts = {
      gpus: [],
      models: [],
      lower: undefined,
      loneNumber: undefined,
      runServes: undefined,
    };
    this.#byWords.push({ words, facts });
    return facts;
  }

  /** The words lower-cased, made once per words array of this line. */
  lowerOf(words: readonly string[]): readonly string[] {
    const facts = this.#of(words);
    facts.lower ??= words.map((w) => w.toLowerCase());
    return facts.lower;
  }

  /** Whether exactly one word is a bare number (`175B`, `1e24`). */
  loneNumber(words: readonly string[]): boolean {
    const facts = this.#of(words);
    facts.loneNumber ??= countBareNumbers(words) === 1;
    return facts.loneNumber;
  }

  /** Whether `run` asks about serving here (`can i run llama-3-70b on 2 4090s`): see runServes. */
  runServes(words: readonly string[]): boolean {
    const facts = this.#of(words);
    facts.runServes ??= runServes(this.lowerOf(words));
    return facts.runServes;
  }

  /** The GPU named by the words from `i` (up to three of them). */
  gpuAt(words: readonly string[], i: number): GpuWords | undefined {
    const known = this.#of(words).gpus;
    const cached = known[i];
    if (cached !== undefined) return cached ?? undefined;
    const found = gpuAt(words, i);
    known[i] = found ?? null;
    return found;
  }

  /**
   * How many words from `i` (two to four) run together name a published run, by `isModel`; 0 for
   * none, and 0 without asking when `mayStart` says no run's name begins with the word.
   */
  modelAt(
    words: readonly string[],
    i: number,
    isModel: (word: string) => boolean,
    mayStart: ((word: string) => boolean) | undefined,
  ): number {
    const known = this.#of(words).models;
    const cached = known[i];
    if (cached !== undefined) return cached;
    let joined = 0;
    if (mayStart && !mayStart(words[i] as string)) {
      known[i] = joined;
      return joined;
    }
    for (let n = Math.min(4, words.length - i); n >= 2; n--) {
      if (isModel(words.slice(i, i + n).join(""))) {
        joined = n;
        break;
      }
    }
    known[i] = joined;
    return joined;
  }

  /** A word as a quantity, evaluated once per line however many commands read it. */
  quantityOf(word: string): ReturnType<typeof quantityOf> {
    this.#quantities ??= new Map();
    if (this.#quantities.has(word)) return this.#quantities.get(word);
    const quantity = quantityOf(word);
    this.#quantities.set(word, quantity);
    return quantity;
  }

  /** The GPU named by the words from `i` of an array made for one reading only (not kept by index). */
  gpuAtOnce(words: readonly string[], i: number): GpuWords | undefined {
    const key = words.slice(i, i + 3).join("\u0000");
    this.#gpus ??= new Map();
    if (this.#gpus.has(key)) return this.#gpus.get(key);
    const found = gpuAt(words, i);
    this.#gpus.set(key, found);
    return found;
  }
}

/** A model size as a list's item (`7B`, `13B,`). */
const LISTED_SIZE = /^\d+(?:\.\d+)?[bm],?$/i;
/** Words that join a list's items (`7B, 13B and 70B`, `7B or 13B`; 7B 和 13B as typed, before normalize.ts reads 和 as and). */
export const SIZE_LIST_JOINERS: ReadonlySet<string> = new Set(["or", "或", "and", "&", "和"]);
const ALTERNATIVES: ReadonlySet<string> = new Set(["or", "或"]);

/**
 * Model sizes typed as a list: two and more joined by `or` (`7B or 13B`), or three and more set
 * apart by commas (`7B, 13B and 70B`; `175B, 300B` is N and D, `175B 300B 20B` one word too many):
 * read.severalSizes, with the sizes after the first for the Try line to drop. Else undefined.
 */
function sizesListed(input: readonly string[]): UserError | undefined {
  for (let start = 0; start < input.length; start++) {
    if (!LISTED_SIZE.test(input[start] as string)) continue;
    const sizes: string[] = [];
    let comma = false;
    let alternative = false;
    let end = start;
    for (; end < input.length; end++) {
      const word = input[end] as string;
      if (LISTED_SIZE.test(word)) {
        sizes.push(word.replace(/,$/, ""));
        comma ||= word.endsWith(",");
        continue;
      }
      const lower = word.toLowerCase();
      if (!SIZE_LIST_JOINERS.has(lower) || !LISTED_SIZE.test(input[end + 1] ?? "")) break;
      alternative ||= ALTERNATIVES.has(lower);
    }
    if ((alternative && sizes.length > 1) || (comma && sizes.length > 2))
      return new UserError("read.severalSizes", {
        sizes: sizes.join(", "),
        others: sizes.slice(1).join(","),
      });
    start = end;
  }
  return undefined;
}

/** Words after a number that say it counts tokens or parameters (`300B tokens`, `7B params`). */
const SAYS_WHAT_IT_COUNTS = /^(?:tokens?|toks?|params?|parameters?|tokens?,|參數|token)$/i;

/**
 * Two model sizes joined as a list (`7B, 13B`, `7B and 13B`, 7B 和 13B) with neither labelled: read as
 * N and D (`175B, 300B` is GPT-3's), but they may be two models, so the reading is said. The pair as
 * typed, or undefined.
 */
function sizesPaired(input: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < input.length; i++) {
    const first = input[i] as string;
    if (!LISTED_SIZE.test(first)) continue;
    const joiner = first.endsWith(",") ? "" : (input[i + 1] as string).toLowerCase();
    if (joiner !== "" && !PAIR_JOINERS.has(joiner)) continue;
    const at = joiner === "" ? i + 1 : i + 2;
    const second = input[at];
    if (second === undefined || !/^\d+(?:\.\d+)?[bm]$/i.test(second)) continue;
    if (SAYS_WHAT_IT_COUNTS.test(input[at + 1] ?? "")) return undefined;
    return input.slice(i, at + 1).join(" ");
  }
  return undefined;
}
const PAIR_JOINERS: ReadonlySet<string> = new Set(["and", "&", "和"]);

/** Words between two precisions compared (`bf16 vs fp8`; 和 and 跟 are `and` by now, 比 is `vs`). */
const VERSUS = new Set(["vs", "vs.", "versus", "or", "and"]);

/** The weights asked about (`70b fp16 weights size`), and the commands whose answers size them. */
const WEIGHT_WORDS: ReadonlySet<string> = new Set(["weights", "weight"]);
const WEIGHTS_ANSWERED: ReadonlySet<string> = new Set(["cards", "serve"]);

/** Words asking whether a model fits in memory (a serving question unless training is said). */
export const FIT_WORDS: ReadonlySet<string> = new Set(["fit", "fits", "fitting"]);
/** `run` a model (or whether it fits): serving it, unless the line says something of training (runServes). */
const RUN_WORDS: ReadonlySet<string> = new Set(["run", "running", ...FIT_WORDS]);
/** Whether a word of these names a GPU (`8 H100`, `512xH100`); asked of a line that says `enough`. */
function namesGpu(words: readonly string[], lookups: LineLookups): boolean {
  for (let i = 0; i < words.length; i++) {
    if (lookups.gpuAt(words, i)) return true;
    const glued = /^\d+[x*](.+)$/i.exec(words[i] as string)?.[1];
    if (glued && lookups.gpuAtOnce([glued], 0)) return true;
  }
  return false;
}
/** Words that make `run` a training run: a training or fine-tuning mode, tokens, time, MFU, cost. */
const TRAINING_CUES = new Set([
  ...Object.keys(MODES).filter((word) => MODES[word] !== "infer"),
  ..."tokens token tok toks long time days day hours hour weeks week months month years year mfu hfu cost price budget gpu-hours flops".split(
    " ",
  ),
  // What shards a training run's states (`tp 8 pp 2 zero 1, does it fit`): no serving has them.
  ..."zero zero-1 zero-2 zero-3 zero1 zero2 zero3 fsdp deepspeed".split(" "),
]);
/** A size with its multiplier (`70B`, `2T`): two of them are parameters and tokens, a training run. */
const SUFFIXED_SIZE = /^\d+(?:\.\d+)?[kmbtp]$/i;
/**
 * A size in billions or trillions (`300B`, `1.4T`): parameters or tokens, never a percent, a price
 * per GPU-hour or a count of GPUs.
 */
export const BILLIONS_OR_TRILLIONS = /^\d+(?:\.\d+)?[bt]$/i;

/**
 * Whether `run` in these (lower-cased) words asks to serve a model: no word of training (a mode,
 * tokens, a time, MFU, a price), no `%`, `$` or time unit in a word, and at most one size (`70B 2T`
 * is a run on 2T tokens). One pass, made only for a line that says `run`.
 */
export function runServes(lowered: readonly string[]): boolean {
  let sizes = 0;
  for (const word of lowered) {
    const equals = word.indexOf("=");
    if (equals > 0) {
      // `gpu=4090` says nothing of training; `tokens=2T`, `days=30`, `mode=train` do.
      if (TRAINING_CUES.has(word.slice(0, equals)) || TRAINING_CUES.has(word.slice(equals + 1))) return false;
      continue;
    }
    // A word holding a space is a number with its unit (`30 days`, `2048 * 21 days`).
    if (TRAINING_CUES.has(word) || word.includes("%") || word.includes("$") || word.includes(" "))
      return false;
    if (SUFFIXED_SIZE.test(word) && ++sizes > 1) return false;
  }
  return true;
}

/** How many words are bare numbers, counted up to two (enough for `loneNumber`). */
function countBareNumbers(words: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < words.length && count < 2; i++) if (BARE_NUMBER.test(words[i] as string)) count++;
  return count;
}

function cleanWord(typed: string): string {
  const w =
    QUOTES.includes(typed.charAt(0)) || QUOTES_OR_END.includes(typed.charAt(typed.length - 1))
      ? typed
          .replace(/^["'`]+|["'`]+$/g, "")
          .replace(typed.charCodeAt(0) === 58 ? /[?,!]+$/ : /[?,!:;]+$/, "")
      : typed;
  // A word in brackets (`(fp8)`, `(bf16)`) is the word: an aside's brackets carry nothing.
  if (w.charCodeAt(0) === 40 && BRACKETED_WORD.test(w)) return w.slice(1, -1);
  // A count in groups of three (`1,024`, `2,048`) is that number; any other comma (`1,02`) stays as typed.
  return w.includes(",") && GROUPED_COUNT.test(w) ? w.replace(/,/g, "") : w;
}
/** One word of letters, digits and dashes in round brackets (never an expression: `(2048*21)`). */
const BRACKETED_WORD = /^\([a-z][\w.-]*\)$/i;
/**
 * Digits in groups of three: `1,024`, `1,000,000`, with a multiplier as DeepSeek-V3's table writes
 * GPU-hours (`2,788K`) (never `1,02`, `1,0245` or a list `8,16`).
 */
const GROUPED_COUNT = /^\d{1,3}(?:,\d{3})+[kmbt]?$/i;
/** Digits and commas only (a grouped count is made plain before this is asked). */
const MISGROUPED = /^\d+(?:,\d*)+$/;
const CHINESE_MULTIPLIER = /[萬万億亿兆]/;
const QUOTES = "\"'`";
/** A release's version after a family's name (`llama 3`, `qwen 2.5`). */
const RELEASE_VERSION = /^\d(?:\.\d)?$/;
/** A release's version after a run's name: `2`, `3.5`, `v4`, `V2.5`. */
const RELEASE_AFTER_NAME = /^v?\d(?:\.\d)?$/i;

/** An option named by `word` that a number before it sets: a flag (`moe`, `recompute`) takes none (`100B moe`). */
const takesValueAfter = (command: AnyCommand, word: string): boolean => {
  const option = findOption(command, word);
  return option !== undefined && option[1].kind !== "flag";
};

/** The word at `at` says what the number before it counts: a unit (`gpus`, `tokens`) or a GPU. */
const countedAfter = (
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  lookups: LineLookups,
) => at < words.length && (UNITS.has(lowered[at] as string) || lookups.gpuAt(words, at) !== undefined);

/** `palm 2`: no such run; the run named first, then any of that release's family. */
function unknownRelease(name: string, version: string): UserError {
  const query = `${name} ${version}`;
  const named = lookupModel(name)?.id;
  const suggestions = [...new Set([...(named ? [named] : []), ...suggestModels(query)])].slice(0, 3);
  return new UserError("model.unknown", { query, suggestions: suggestions.join(", ") });
}

/** …and the end punctuation of a word: `?`, `,`, `!`, and `:` or `;` (`21 days: mfu?`) unless a `:rocket:` shortcode's. */
const QUOTES_OR_END = "\"'`?,!:;";

/** What a word evaluates to as a quantity (a duration, a price, a budget), or undefined. */
function quantityOf(word: string) {
  // Plain digits are neither a duration, a price nor a budget-sized number: no need to evaluate.
  if (/^\d{1,18}(\.\d+)?$/.test(word)) return undefined;
  return quantityOrUndefined(word);
}

export interface ReaderContext {
  /** A word (or words run together) that names a published run. */
  isModel?: (word: string) => boolean;
  /** False when no run's name can begin with this word (so `isModel` need not be asked). */
  mayStartModel?: (word: string) => boolean;
  /** The line's lookups so far, when several commands read the same line. */
  lookups?: LineLookups;
  /** Only a reading that places every word is wanted: stop at the first unplaced one. */
  wholeLineOnly?: boolean;
  /** The line named the command (`train 70B …`, 訓練 70B …): its words are all for it. */
  named?: boolean;
}

/** Reads `words` (after the command word) for `command`; throws UserError where no reading makes sense. */
export function readWords(
  command: AnyCommand,
  input: readonly string[],
  context: ReaderContext = {},
): Reading {
  const known = staticsOf(command);
  const shapes = known.shapes;
  const lookups = context.lookups ?? new LineLookups();
  const notes: Text[] = [];
  // `batch 3.2M tokens … 93750 steps`: the tokens seen, D = B · S (C = 6NBS, Kaplan et al. 2020),
  // read before any option's label takes `batch` or `step` (mfu's batch-tokens= and step-time=).
  const cleaned = shapes ? lookups.cleanWords(input) : input;
  const words: readonly string[] =
    findOption(command, "tokens") !== undefined
      ? withBatchTimesSteps(cleaned, lookups.lowerOf(cleaned), notes)
      : cleaned;
  const assigned: string[] = [];
  const positional: string[] = [];
  const unplaced: string[] = [];
  const set = (option: string | undefined, value: string, typed: string): boolean => {
    if (option === undefined) {
      unplaced.push(typed);
      return false;
    }
    assigned.push(`${option}=${value}`);
    return true;
  };

  const lowered = lookups.lowerOf(words);
  // `7B or 13B on 2T tokens`, `7B, 13B, 70B`: model sizes listed are several questions, refused as
  // such (never 7B parameters on 13B tokens, nor `or` or the third size an unknown word).
  const listed = sizesListed(input);
  if (listed) throw listed;

  const stop = context.wholeLineOnly === true;
  /** `on a 4090`: one GPU, unless the line gives the count too (`on an H100 node with 8 GPUs`). */
  let oneGpu = false;
  /** `node` with no count of nodes before it (`a node of H100s`). */
  let loneNode: string | undefined;
  // `a 100B MoE with 10B active`: a mixture of experts said, its active size asked of the line.
  let moe: string | undefined;
  /** A memory size standing for a GPU in cards (`does a 13B fit in 24GB`): its GB and the words typed. */
  let memory: { gb: number; typed: string; count?: string | undefined; plural?: boolean } | undefined;
  /** A deadline said as a date (`by end of Q2`), as typed. */
  let date: string | undefined;
  /** Tokens per parameter typed as a ratio (`100 tokens per parameter`): the number. */
  let ratio: string | undefined;
  for (let i = 0; i < words.length && !(stop && unplaced.length > 0); i++) {
    const word = words[i] as string;
    const lower = lowered[i] as string;
    const next = lowered[i + 1];
    // The words before, read as `next` is: an array read at -1 is a property lookup of "-1" on it and
    // its prototypes in V8 (tens of times an element's read), and this loop asks at every word.
    const previous = i > 0 ? lowered[i - 1] : undefined;
    const beforePrevious = i > 1 ? lowered[i - 2] : undefined;

    // `chinchilla optimal` is the rule (20 tokens per parameter), not the Chinchilla run's figures.
    if (lower === "chinchilla" && (next === "optimal" || next === "optimally")) {
      i++;
      continue;
    }
    // A published run by its spoken name: `llama 3.1 405B`, `deepseek v3`, `GPT 3`.
    if (context.isModel && !word.includes("=")) {
      const joined = lookups.modelAt(words, i, context.isModel, context.mayStartModel);
      if (joined > 0) {
        positional.push(words.slice(i, i + joined).join("-"));
        i += joined - 1;
        continue;
      }
      // `palm 2`, `deepseek v4`, `palm 2 mfu`: a release of a run's family that the catalog does not
      // hold, refused as an unknown run (PaLM 2 is no PaLM 540B on 2 tokens or at 2% MFU, DeepSeek-V4
      // no DeepSeek-V3 on TPU v4). A count of something after it is read as typed (`palm 2 gpus`).
      if (
        next !== undefined &&
        RELEASE_AFTER_NAME.test(next) &&
        context.isModel(lower) &&
        !countedAfter(words, lowered, i + 2, lookups)
      )
        throw unknownRelease(lower, next);
    }
    if (!shapes) {
      // `32 layers 4096 hidden` in params: the options those numbers set, not a list of layers.
      const labelled =
        startsWithDigit(word) || startsWithDigit(words[i + 1] ?? "")
          ? labelledNumberAt(command, words, i)
          : undefined;
      if (labelled) {
        assigned.push(labelled.assigned);
        i += labelled.length - 1;
        continue;
      }
      positional.push(word);
      continue;
    }
    // A llama.cpp GGUF quantization (`q4_k_m`, `Q8_0`, `iq3_xs`, `gguf`): refused, never read as int4 or
    // int8: its blocks carry scales (more bits per weight than its name), a mix that depends on the model.
    if (mayBeGguf(lower) && GGUF_QUANT.test(lower)) throw ggufRefusal(word, lower, command);
    // `13B on a 16GB A100`, `A100 16GB`: a memory beside a GPU no card of that name has (every one the
    // catalog has was joined to the name, or read as it), refused, never the 80GB card read instead.
    if (isDigitCode(lower.charCodeAt(0))) {
      const size = memoryAt(lowered, i);
      const card = size
        ? (lookups.gpuAt(words, i + size.length) ?? gpuEndingAt(words, i, lookups))
        : undefined;
      if (size && card) refuseMemoryOfGpu(card.text, size.gb, words, i, size.length);
    }
    // A price in another currency (`€2/h`, `¥15/h`, `2 euros/h`, 每小時 15 人民幣): refused as such,
    // never read as dollars (no exchange rate is assumed).
    if (
      CURRENCY_SIGN.test(word) ||
      CURRENCY_WORD.test(lower) ||
      (lower.includes("$") && OTHER_DOLLAR.test(lower))
    ) {
      throw new UserError("read.currency", { word, option: "price" });
    }
    // A price per node (normalize.ts marks `$16/h per node` as `$16/h/node`): refused, with the price
    // per GPU-hour of a node of 8, never read as one GPU's (the cost would be 8 times too high).
    if (lower.endsWith("/h/node") && NODE_PRICE.test(lower)) {
      if (command.name === "compute") throw nodePriceRefusal(command, words, i);
      // A command that reads no plan's cost (serve, mfu): the price as typed, named as not used.
      if (known.price !== undefined)
        assigned.push(`${known.price}=${word.slice(word.indexOf("$"), -"/node".length)}`);
      else unplaced.push(word);
      continue;
    }

    if (word.indexOf("=") > 0) {
      const keyed = paperSymbol(command, word);
      const equals = keyed.indexOf("=");
      const keyOption = findOption(command, keyed.slice(0, equals));
      // Another command trying the line reads it only with options it declares (`rate=20` is serve's, not cards').
      const value = keyed.slice(equals + 1);
      // `budget=3640 PF-days`, `budget=10 ZFLOP`: the budget in that unit (below), never its number in FLOP.
      const unit = next === undefined ? undefined : flopUnit(next);
      if (keyOption && keyOption[0] === known.budget && unit !== undefined) {
        i += 1;
        assigned.push(flopUnitBudget(command, keyOption[0], value, unit, `${word} ${words[i]}`, notes));
        continue;
      }
      if (stop && !keyOption) unplaced.push(word);
      else assigned.push(keyed);
      if (keyOption?.[1].kind === "price") perHourNote(value, lookups, notes);
      continue;
    }
    // `how`, `to`, `with`: filler that no step below reads as anything else; `a`/`an` before a GPU is one.
    // `how big is llama 3 405b in bf16`, `how large …`: the weights' memory asked (meeting.ts chose cards), said so.
    if (previous === "how" && (lower === "big" || lower === "large") && command.name === "cards") {
      // `how big is the kv cache …`: the cache's rows answer it, not the weights'.
      const kv = lowered.some(
        (other) => other === "kv" || other.startsWith("kv-") || other.startsWith("kvcache"),
      );
      notes.push(text(kv ? "read.sizeAsKv" : "read.sizeAsWeights", { typed: `${words[i - 1]} ${word}` }));
      continue;
    }
    if (known.filler.has(lower)) {
      const one =
        (lower === "an" || lower === "a") && known.gpus !== undefined
          ? oneGpuAt(words, lowered, i, lookups)
          : undefined;
      if (one) {
        i = readOneGpu(one, known, set, notes, i);
        oneGpu = true;
      }
      continue;
    }

    // GPU time as papers write it: `30.84M H100 hours`, `30.84M H100-hours`, `2.788M H800 GPU hours`,
    // `30.84M gpu hours` (before a count: `1,082,990 A100 hours` is hours, not 1,082,990 A100s).
    const hours = startsWithDigit(word) ? gpuHoursAt(words, lowered, i, lookups) : undefined;
    if (hours) {
      if (hours.gpu) set(known.gpu, hours.gpu, hours.gpu);
      if (set(known.gpuHours, hours.value, words.slice(i, i + hours.length).join(" ")))
        notes.push(
          text(hours.perUnit === 1 ? "read.gpuHours" : "read.gpuTimeUnit", {
            per: formulaInput("sig4", hours.perUnit),
            typed: words.slice(i, i + hours.length).join(" "),
            // `3084e4` (3084 萬) said as a short number, 30.84M; digits grouped (1,082,990); anything else as typed.
            value: hours.value.includes("e")
              ? formulaInput("sig4", Number(hours.value))
              : /^\d+(\.\d+)?$/.test(hours.value)
                ? Number(hours.value)
                : hours.value,
          }),
        );
      i += hours.length - 1;
      continue;
    }
    // A count before its GPU with the sign first (`x8 H100`), or in thousands (`16k H100` is 16,000 GPUs).
    const signed = word.length > 1 && SIGN_FIRST.has(lower.charAt(0)) && isDigits(word.slice(1));
    const thousands = !signed && known.gpus !== undefined ? thousandsCount(word) : undefined;
    if (signed || thousands) {
      const gpu = lookups.gpuAt(words, i + 1);
      if (gpu) {
        const count = signed ? word.slice(1) : (thousands as string);
        set(known.gpu, gpu.text, gpu.text);
        if (set(known.gpus, count, word)) binaryThousandsNote(word, count, known.gpus as string, notes);
        i += gpu.length;
        continue;
      }
    }
    // Experts times their size (`8x7B`, `8 x 7B`) is no count of GPUs and no parameter count: never guessed.
    const timesNext = next === "x" || next === "*";
    if (mayBeGlued(word) || (timesNext && isDigits(word)))
      expertsTimesSize(word, timesNext ? words[i + 2] : undefined, context.isModel);
    // GPUs with counts: `512xH100`, `8x A100`, `512 x H100`, `512 H100s`, `on 256 A100`.
    const glued = mayBeGlued(word) ? GLUED_COUNT.exec(word) : null;
    if (glued?.[1] !== undefined) {
      const gpu = glued[2]
        ? lookups.gpuAtOnce([glued[2], ...words.slice(i + 1)], 0)
        : lookups.gpuAt(words, i + 1);
      if (gpu) {
        set(known.gpu, gpu.text, gpu.text);
        set(known.gpus, glued[1], `${glued[1]}×`);
        i += glued[2] ? gpu.length - 1 : gpu.length;
        continue;
      }
    }
    // `on 1.5 H100`: GPUs come whole; said so, with the whole count that holds it to try.
    if (known.gpus !== undefined && FRACTIONAL_COUNT.test(word)) {
      const gpu = lookups.gpuAt(words, i + 1);
      if (gpu && !UNITS.has(lowered[i + 1 + gpu.length] ?? "")) {
        const whole = String(Math.max(1, Math.ceil(Number(word))));
        throw new UserError("read.gpuCountWhole", { value: word, typo: word, fix: whole });
      }
    }
    if (isDigits(word)) {
      const gap = next === "x" || next === "*" ? 1 : 0;
      const gpu = lookups.gpuAt(words, i + 1 + gap);
      // `8 H100 nodes`: nodes of how many GPUs each? Never a guessed node size (as `8 nodes of H100`).
      if (gpu && NODE_WORD.test(lowered[i + 1 + gap + gpu.length] ?? "") && known.gpus !== undefined) {
        // The Try line is the message's own example on the asker's GPU: 8 GPUs a node (DGX/HGX).
        const typed = words.slice(i, i + 2 + gap + gpu.length).join(" ");
        const named = words.slice(i + 1 + gap, i + 1 + gap + gpu.length).join(" ");
        throw new UserError("read.nodesWithoutCount", {
          nodes: word,
          typo: typed,
          fix: `${word} nodes of 8 ${named}`,
        });
      }
      if (gpu && !UNITS.get(next ?? "")) {
        const versus = versusGpuAt(command, words, lowered, i + 1 + gap + gpu.length, word, lookups);
        set(known.gpu, versus ? `${gpu.text},${versus.text}` : gpu.text, gpu.text);
        if (mayBeDigitsGpu(gpu.text))
          notes.push(text("read.digitsGpu", { word: gpu.text, gpu: gpuName(gpu.text) }));
        set(known.gpus, word, `${word}×`);
        i += gap + gpu.length + (versus?.length ?? 0);
        continue;
      }
      // Nodes of GPUs: `16 nodes of 8 H100`, `16 nodes x 8 H100`, `16 nodes × 8xH100` (128 GPUs, with a note).
      const nodes = next !== undefined && known.gpus ? nodesAt(words, lowered, i, lookups) : undefined;
      if (nodes === null) {
        // `8 H100 1 node`: the GPU count was given; the nodes only say how they are spread.
        const given = givenCount(assigned, known.gpus);
        if (given === undefined || given % Number(word) !== 0 || Number(word) < 1) {
          throw new UserError("read.nodesWithoutCount", { nodes: word });
        }
        notes.push(text("read.nodesOfGiven", { gpus: given, nodes: word, perNode: given / Number(word) }));
        i += 1;
        continue;
      }
      if (nodes) {
        if (nodes.gpu) set(known.gpu, nodes.gpu, nodes.gpu);
        set(known.gpus, String(nodes.gpus), `${nodes.gpus}×`);
        // `4 DGX H100` (normalize.ts: `4 dgx of 8 H100`): said as DGX systems, not nodes.
        const key = lowered[i + 1] === "dgx" ? "read.dgx" : "read.nodes";
        notes.push(text(key, { nodes: word, perNode: nodes.perNode, gpus: nodes.gpus }));
        i = nodes.end - 1;
        continue;
      }
    }
    // A GPU with its count after it in one word: `h100x8`, `H100*8`.
    const gpuThenCount = mayBeGpuThenCount(word) ? GPU_THEN_COUNT.exec(word) : null;
    if (gpuThenCount?.[1] !== undefined && gpuThenCount[2] !== undefined) {
      const gpu = lookups.gpuAtOnce([gpuThenCount[1]], 0);
      if (gpu) {
        set(known.gpu, gpu.text, gpu.text);
        set(known.gpus, gpuThenCount[2], `×${gpuThenCount[2]}`);
        continue;
      }
    }

    // `ZeRO-3`, `zero3`: the stage in one word, as DeepSpeed's papers write it, where a command shards by it.
    const stage = lower.startsWith("zero") ? ZERO_STAGE_WORD.exec(lower)?.[1] : undefined;
    if (stage !== undefined && known.zero !== undefined) {
      assigned.push(`${known.zero}=${stage}`);
      continue;
    }
    // `TP8`, `PP16`, `DP4`: a parallel size in one word, as papers write layouts (Llama 3 405B: TP8 PP16).
    const parallel = PARALLEL_SIZE_WORD.exec(lower);
    const parallelOption = parallel?.[1] ? findOption(command, parallel[1])?.[0] : undefined;
    if (parallel?.[2] !== undefined && parallelOption !== undefined) {
      assigned.push(`${parallelOption}=${parallel[2]}`);
      continue;
    }
    // A flag of the command (`moe`, `recompute`) and `label value` (`gpus 512`, `mfu 45%`).
    const option =
      lower.length > 1 && !startsWithDigit(lower) && !PREPOSITIONS.has(lower)
        ? findOption(command, lower)
        : undefined;
    if (option?.[1].kind === "flag") {
      assigned.push(`${option[0]}=true`);
      continue;
    }
    // `how many GPU 30 days` (幾張卡 … 30 天內): the label after `many` is what is asked, no label.
    // `active params 10B` (啟用參數 10B): the label in two words, then its value.
    if (
      option?.[0] === "active" &&
      PARAMS_NOUNS.has(next ?? "") &&
      NUMBERISH.test(words[i + 2] ?? "") &&
      // A value before it is its own label's (`params 671B active params 37B`), else active's (`37B active`).
      (!NUMBERISH.test(previous ?? "") || PARAMS_NOUNS.has(lowered[i - 2] ?? ""))
    ) {
      assigned.push(`${option[0]}=${words[i + 2]}`);
      i += 2;
      continue;
    }
    // `H100 flops 70B 2T`: a size in billions or trillions after `flops` is the model's, no FLOP count
    // (one is a power of ten, `flops 3.8e25`; 70B FLOP is a second of one GPU).
    // `budget 100k H100-hours`, 預算 1000 H100-days: a budget of GPU time, which the number's own
    // reading below takes as GPU-hours (as the label, a FLOP budget of 100k).
    if (
      option &&
      option[0] === known.budget &&
      startsWithDigit(next ?? "") &&
      gpuHoursAt(words, lowered, i + 1, lookups)
    )
      continue;
    if (
      option &&
      next !== undefined &&
      NUMBERISH.test(next) &&
      previous !== "many" &&
      !(option[0] === known.budget && BILLIONS_OR_TRILLIONS.test(next))
    ) {
      // `MFU 30-50%`: a range, refused as `30-50% MFU` is.
      if (option[0] === known.percent && PERCENT_RANGE.test(next))
        throw percentRange(command, words, lowered, i + 1, i + 2, i);
      assigned.push(`${option[0]}=${stripPercentSpace(words[i + 1] as string, words[i + 2])}`);
      i += words[i + 2] === "%" ? 2 : 1;
      continue;
    }
    // `MFU of 45%`, `mfu is 0.45`, `a batch of 16`, `a budget of $500k`: the label, a link word, then
    // its value; only a fraction's label, the batch's, or the budget's before money or FLOP (`cost of 70B …`,
    // `time of …` are no price or duration of 70B).
    const linked = words[i + 2];
    // `max batch at 4k` asks the largest batch (at a 4k context), never sets a batch of 4,000.
    const asked = previous === "max" || previous === "maximum";
    if (
      !asked &&
      (option?.[1].kind === "fraction" ||
        (option !== undefined && option[0] === known.concurrency) ||
        (option !== undefined && option[0] === known.budget && BUDGET_VALUE.test(linked ?? ""))) &&
      next !== undefined &&
      LINK_WORDS.has(next) &&
      linked !== undefined &&
      NUMBERISH.test(linked)
    ) {
      assigned.push(`${option[0]}=${stripPercentSpace(linked, words[i + 3])}`);
      i += words[i + 3] === "%" ? 3 : 2;
      continue;
    }
    // `1T tokens for 2 epochs`, `500B x 3 epochs`: the tokens seen are the tokens times the epochs
    // (D in 6ND counts every pass), read so and said; with no tokens typed before, left unplaced.
    if ((lower === "epochs" || lower === "epoch") && known.tokens !== undefined) {
      // The count before, past filler (`2 個 epoch`).
      let at = i - 1;
      while (at > 0 && known.filler.has(lowered[at] as string)) at--;
      const count = positional.at(-1);
      if (count === undefined || !isDigits(count) || lowered[at] !== count.toLowerCase()) {
        unplaced.push(word);
        continue;
      }
      positional.pop();
      const keyed = assigned.findIndex((item) => item.startsWith(`${known.tokens}=`));
      const sizes = positional.filter((value) => SUFFIXED_SIZE.test(value));
      const tokens =
        keyed >= 0
          ? assigned[keyed]?.slice(known.tokens.length + 1)
          : sizes.length >= 2
            ? sizes.at(-1)
            : undefined;
      if (tokens === undefined) throw new UserError("read.epochsNeedTokens", { epochs: count });
      if (keyed >= 0) assigned[keyed] = `${known.tokens}=${tokens}*${count}`;
      else positional[positional.lastIndexOf(tokens)] = `${tokens}*${count}`;
      notes.push(text("read.epochs", { tokens, epochs: count }));
      continue;
    }
    // `flops per token` (normalize.ts): the inference FLOP of a token, a row of the serving memory
    // answer, said in a note; elsewhere, or beside a training word, unplaced (for cards, or refused).
    if (lower === "flops-per-token") {
      if (command.name === "cards" && !lowered.some((other) => TRAIN_WORDS.has(other)))
        notes.push(text("read.flopsPerToken", { typed: word }));
      // `training flops per token for 70B`, `train 70B flops per token` (training said or named): 6·N a token, said with its value
      // once the size is known (respond.ts fills it from the answer's parameters).
      else if (
        command.name === "compute" &&
        (context.named === true || lowered.some((other) => TRAIN_WORDS.has(other)))
      )
        notes.push(text(TRAINING_FLOPS_PER_TOKEN_ASKED, { typed: word }));
      else unplaced.push(word);
      continue;
    }
    // `TTFT`, `time to first token`: one prompt's prefill time, a row of serve's answer (no
    // queueing), said in a note; a command with no prompt leaves it unplaced, for serve.
    // `latency` (延遲): serving's per-token time and a request's, rows of serve's answer, said in a
    // note; a command with no prompt leaves it unplaced, for serve.
    if (lower === "latency" || lower === "latency?") {
      if (findOption(command, "prompt")) notes.push(text("read.latencyAsked", { typed: word }));
      else unplaced.push(word);
      continue;
    }
    if (lower === "ttft" || lower === "ttft?") {
      if (findOption(command, "prompt")) notes.push(text("read.ttftAsked", { typed: word }));
      else unplaced.push(word);
      continue;
    }
    // `cost per million tokens` (normalize.ts marks it): a row of serve's answer at a price, said in a
    // note; a command that serves nothing leaves it unplaced, so a line that named no command goes to serve.
    if (lower === PER_MILLION_TOKENS_WORD) {
      if (known.price !== undefined && findOption(command, "generate"))
        // With a price typed the rows are there: the note names them, not how to get them.
        notes.push(
          text(lowered.some(isPriceWord) ? "read.costPerMillionAskedPriced" : "read.costPerMillionAsked"),
        );
      else unplaced.push(word);
      continue;
    }
    // `max batch size`, `maximum concurrency` with no number: the largest batch that fits, which
    // serve's answer gives as a row (`max` and `size` are filler), said in a note. A command with
    // no batch leaves the words unplaced, so a line that named no command goes to serve.
    // `max batch`, `maximum concurrency`: the word asks, the batch word's note says so (a cap on
    // anything else, `max 8 GPUs`, is not read).
    if (
      (lower === "max" || lower === "maximum") &&
      (BATCH_WORDS.has(next ?? "") || usersAskedAt(lowered, i + 1) > 0)
    )
      continue;
    // `how many users can I serve`, `max concurrent users`, `how many concurrent requests`: the users
    // at once asked, with no count: the largest batch, as `max batch` is.
    const usersAsked = usersAskedAt(lowered, i);
    if (usersAsked > 0) {
      const typed = words.slice(i, i + usersAsked).join(" ");
      if (known.concurrency !== undefined) notes.push(text("read.maxBatchAsked", { typed }));
      else unplaced.push(typed);
      i += usersAsked - 1;
      continue;
    }
    // `batch 4M tokens`, `global batch of 4M tokens`, `global batch size 4M tokens`: a batch counted in
    // tokens. mfu takes one (batch-tokens=, the tokens of a step beside its step time); no other
    // command has a number it changes (a plan's time is 6·N·D / (GPUs × peak × MFU) whatever the
    // batch), so there it is refused by name, with the line without it, never read as sequences.
    if (lower === "batch" || lower === "global") {
      const at = tokensOfBatch(lowered, i);
      if (at !== undefined) {
        const typed = words.slice(i, at + 2).join(" ");
        const option = findOption(command, "batch-tokens")?.[0];
        if (option !== undefined) {
          set(option, words[at] as string, typed);
          i = at + 1;
          continue;
        }
        const example = withoutBatch(command, words, lowered, i, at + 2);
        throw new UserError("read.batchTokens", {
          typed,
          command: command.name,
          example,
          commandExample: example,
        });
      }
    }
    // `batch size 32` is batch=32 (serve's batch, or cards' sequences at once: `llama-3-8b 上下文 32k
    // batch size 64 需要多少記憶體`); `4M token batch` is a batch of tokens, no count of sequences.
    if (BATCH_WORDS.has(lower) && next === "size" && NUMBERISH.test(lowered[i + 2] ?? "")) {
      const batch =
        known.concurrency ?? (findOption(command, "batch")?.[0] === "batch" ? "batch" : undefined);
      set(batch, words[i + 2] as string, words.slice(i, i + 3).join(" "));
      i += 2;
      continue;
    }
    const tokensBefore = TOKEN_WORDS.has(previous ?? "") && NUMBERISH.test(beforePrevious ?? "");
    if (
      BATCH_WORDS.has(lower) &&
      !NUMBERISH.test(next ?? "") &&
      !NUMBERISH.test(previous ?? "") &&
      !tokensBefore
    ) {
      const size = next === "size" ? 1 : 0;
      const typed = words.slice(i, i + 1 + size).join(" ");
      if (known.concurrency !== undefined) notes.push(text("read.maxBatchAsked", { typed }));
      else unplaced.push(typed);
      i += size;
      // `max batch at 4k`, `max batch size at 4096 tokens`: the context the largest batch is asked at.
      const at = words[i + 2];
      if (
        known.concurrency !== undefined &&
        known.context !== undefined &&
        lowered[i + 1] === "at" &&
        at !== undefined &&
        CONTEXT_AT.test(at)
      ) {
        set(known.context, at, at);
        notes.push(text("read.thousandsAsContext", { word: at }));
        i += 2;
        if (CONTEXT_UNITS.has(lowered[i + 1] ?? "")) i += 1;
      }
      continue;
    }

    // Precision and quantization words.
    const precision = PRECISION_WORDS.get(lower);
    if (precision) {
      const target = precisionOption(command, precision);
      // `bf16 vs fp8`, `bf16 和 fp8`: two precisions are two answers, each asked on its own line.
      const join = VERSUS.has(next ?? "") ? 1 : 0;
      const other = PRECISION_WORDS.get(lowered[i + 1 + join] ?? "");
      if (target && other && other !== precision) {
        const ask = (value: string) =>
          [...words.slice(0, i), `${target}=${value}`, ...words.slice(i + 2 + join)].join(" ");
        const prefix = command === undefined ? "" : `${command.name} `;
        throw new UserError("read.twoPrecisions", {
          first: precision,
          second: other,
          one: `${prefix}${ask(precision)}`,
          other: `${prefix}${ask(other)}`,
          corrected: `${prefix}${ask(other)}`,
        });
      }
      // A storage format no precision option of this command takes (`int4` in compute, whose peaks
      // are tensor-core formats) is left unplaced, so a line that named no command goes to one
      // that holds it (`70B on a single H100 in int4` is cards), never refused as `int8` meant.
      if (!acceptsPrecision(command, precision)) {
        unplaced.push(word);
        continue;
      }
      if (set(target, precision, word) && QUANTIZATION_NAMES.has(lower)) {
        notes.push(text("read.quantization", { word, precision }));
      }
      continue;
    }

    // Mode words: set a mode the command declares; `train` in a training command says nothing new.
    // `full fine-tune`, `full fine tuning`, `full sft`: the fine-tuning word after it names mode=full.
    if (lower === "full" && next !== undefined && FINE_TUNE_AFTER_FULL.has(next)) continue;
    // A serving engine's name: serving (cards' mode=infer), and a note that the engine changes nothing.
    // A command that serves nothing leaves it unplaced (a training plan is refused, pointed at serve: read.ts).
    if (SERVING_ENGINES.has(lower)) {
      const target = modeOption(command, "serving", "infer");
      if (target) setMode(assigned, target);
      if (target || command.name === "serve") notes.push(text("read.servingEngine", { word }));
      else unplaced.push(word);
      continue;
    }
    const twoWords = TWO_WORD_MODES.get(lower)?.get(next ?? "");
    const modeWord = twoWords ?? lower;
    const mode = MODE_WORDS.get(modeWord);
    if (mode) {
      const target = modeOption(command, modeWord, mode);
      if (target) setMode(assigned, target);
      else if (!TRAIN_WORDS.has(lower)) unplaced.push(twoWords ? `${word} ${words[i + 1]}` : word);
      if (twoWords) i += 1;
      continue;
    }

    // GPU time asked, with no number before it (a number is read above as GPU-hours): `how many
    // A100 hours for GPT-3`, `GPT-3 要幾個 A100 天`, `how many GPU-hours`. The GPU is read and the
    // unit is what the answer gives (its GPU-hours row), said in a note.
    const askedTime =
      known.gpu !== undefined && !startsWithDigit(word) ? gpuTimeAskedAt(lowered, i, lookups) : undefined;
    if (askedTime) {
      if (askedTime.gpu) set(known.gpu, askedTime.gpu, askedTime.gpu);
      notes.push(text("read.gpuTimeAsked", { typed: words.slice(i, i + askedTime.length).join(" ") }));
      i += askedTime.length - 1;
      continue;
    }
    // A GPU name on its own; a word that starts like a number is read as one below instead, but for
    // a card whose name is digits (`on a 4090`: an RTX 4090, not 4,090 parameters).
    const numberish = NUMBERISH.test(word);
    const digitsGpu = numberish && mayBeDigitsGpu(word) ? lookups.gpuAt(words, i) : undefined;
    const gpu = digitsGpu ?? (numberish ? undefined : lookups.gpuAt(words, i));
    if (gpu) {
      // The count before the first GPU, if one was given (`512 gpus H100 vs 1024 gpus H100`).
      const versus = GPU_VERSUS.has(lowered[i + gpu.length] ?? "")
        ? versusGpuAt(
            command,
            words,
            lowered,
            i + gpu.length,
            givenCount(assigned, known.gpus)?.toString(),
            lookups,
          )
        : undefined;
      set(known.gpu, versus ? `${gpu.text},${versus.text}` : gpu.text, gpu.text);
      if (digitsGpu) notes.push(text("read.digitsGpu", { word, gpu: gpuName(gpu.text) }));
      // `H100 and 1024 A100`: the one count typed is both GPUs' (side by side at one count), said.
      if (versus?.count !== undefined && set(known.gpus, versus.count, `${versus.count}×`))
        notes.push(
          text("read.countOfBoth", {
            count: Number(versus.count),
            first: gpu.text,
            second: versus.text,
          }),
        );
      i += gpu.length - 1 + (versus?.length ?? 0);
      // Its count after it: `H100 x 8`, `H100 512` (a whole number that counts nothing else).
      const count = known.gpus
        ? countAfterGpu(words, lowered, i + 1, lookups, THOUSANDS_AFTER_GPU.has(command.name))
        : undefined;
      if (count) {
        set(known.gpus, count.count, `×${count.count}`);
        i += count.length;
      }
      continue;
    }

    // `on one 4090`, `a single H100`, and `a` where a GPU name may begin with it (`A100`): one GPU.
    if (!numberish && known.gpus !== undefined && ONE_GPU_WORDS.has(lower)) {
      const one = oneGpuAt(words, lowered, i, lookups);
      if (one) {
        i = readOneGpu(one, known, set, notes, i);
        oneGpu = true;
        continue;
      }
    }
    // `by end of Q1`, `before March`, 年底前: a date, whose length of time needs today's date (never
    // guessed); read after the line (a length typed beside it is the plan's: `by end of Q2, we have
    // 90 days`), else refused with the line on a length typed in its place (normalize.ts marks it).
    if (lower.startsWith(DEADLINE_DATE)) {
      date ??= dateOfMarker(lower);
      continue;
    }
    // `7B at 100 tokens per parameter` (normalize.ts marks it): tokens = ratio × N, once the size is read.
    if (lower.startsWith(TOKENS_PER_PARAM)) {
      ratio ??= lower.slice(TOKENS_PER_PARAM.length);
      continue;
    }
    // 三月 is March, not three months (三個月): never guessed (normalize.ts marks it).
    if (lower.startsWith(MONTH_OF_YEAR)) {
      const month = Number(lower.slice(MONTH_OF_YEAR.length));
      const numeral = CHINESE_MONTHS[month] ?? "";
      throw new UserError("read.monthName", {
        value: `${numeral}月`,
        suggestion: `${numeral}個月`,
        month: MONTH_NAMES[month] ?? "",
      });
    }
    // `can i run llama-3-70b on 2 4090s`: running a model with nothing of training said is serving it;
    // so is a GPU count `enough` for a model (`is 8 H100 enough for 70B`), a GPU named.
    if (
      (RUN_WORDS.has(lower) || (lower === "enough" && namesGpu(words, lookups))) &&
      lookups.runServes(words)
    ) {
      const target = modeOption(command, "infer", "infer");
      if (target) {
        setMode(assigned, target);
        notes.push(text("read.runAsServing", { word }));
      } else unplaced.push(word);
      continue;
    }
    // `does 70B fit on 8 H100 for training`: whether it fits is what the training memory answers.
    if (FIT_WORDS.has(lower) && command.name === "cards") continue;
    // `llama 3 70b weights in fp8`, `serve 70b with fp8 weights`: the weights' memory is what cards
    // and serve answer (their precision is the weights'); elsewhere the word is left unplaced.
    if (WEIGHT_WORDS.has(lower)) {
      if (!WEIGHTS_ANSWERED.has(command.name)) unplaced.push(word);
      continue;
    }
    // `7B on one 24 GB card`, `a single 80GB gpu`: one card of that memory, as `a 24 GB card` is,
    // which cards reads (another command leaves the word for it).
    if (ONE_GPU_WORDS.has(lower) && memory === undefined && memoryAt(lowered, i + 1) !== undefined) {
      if (command.name !== "cards" || known.gpu === undefined) unplaced.push(word);
      continue;
    }
    // `does a 13B fit in 24GB`, `70B in 80 GB?`: a card's memory with no GPU named, read after the line.
    if (command.name === "cards" && known.gpu !== undefined && isDigitCode(lower.charCodeAt(0))) {
      const size = memoryAt(lowered, i);
      if (size && memory === undefined) {
        // `4 80GB cards`: the count just before is the number of those cards.
        const before = i > 0 ? words[i - 1] : undefined;
        const count =
          before !== undefined && isDigits(before) && positional.at(-1) === before
            ? positional.pop()
            : undefined;
        // `80gb cards`, `how many 24gb gpus`: cards of that memory, none counted (never one).
        const plural = PLURAL_CARDS.has(lowered[i + size.length] ?? "");
        memory = { gb: size.gb, typed: words.slice(i, i + size.length).join(" "), count, plural };
        i += size.length - 1;
        continue;
      }
    }
    // Only where 6·N_active·D is the answer (compute, mfu): memory holds every expert either way.
    if (MOE_WORDS.has(lower) && known.tokens !== undefined && findOption(command, "active")) {
      moe = word;
      continue;
    }
    // `7B 1T on 8 H100 in hours`, `how long in days is …`: the unit the time is asked in, no value.
    if (
      previous === "in" &&
      ASKED_UNITS.has(lower) &&
      known.duration !== undefined &&
      !startsWithDigit(beforePrevious ?? "")
    ) {
      notes.push(text("read.unitAsked", { typed: `${words[i - 1]} ${word}` }));
      continue;
    }
    if (FILLER.has(lower) || (TRAIN_WORDS.has(lower) && !mode)) continue;
    // `7B & 13B`: two sizes joined as by `and` (a filler), read as `and` is (sizesPaired, severalSizes).
    if (lower === "&" && LISTED_SIZE.test(previous ?? "") && LISTED_SIZE.test(lowered[i + 1] ?? "")) continue;
    // `70B training memory on 8 H100` in cards: the command's own name asks for what it answers.
    if (command.aliases.includes(lower)) continue;
    if (TOKEN_VERBS.has(lower) && namesTokens(lowered, command.name === "mfu")) continue;
    // `a node of H100s`, `an H100 node`: where the GPUs are, when a count is given too (`an H100
    // node with 8 GPUs`); else refused after the line, as nodes of an unsaid size are.
    // `how many nodes`, `how many H100 nodes`: the count is what is asked, not a count left unsaid;
    // the reply's GPUs come in whole nodes of 8 (cards and deadlines say them).
    if (known.gpus !== undefined && (lower === "node" || lower === "nodes")) {
      if (!asksHowMany(lowered, i)) loneNode = word;
      continue;
    }
    // A link or a mention (`<https://…>`, `<#C1>`, `<@U1>`, `https://…`) carries no value: skipped, and said so.
    if ((word.charCodeAt(0) === 60 || lower.startsWith("http")) && MARKUP_OR_URL.test(word)) {
      notes.push(text("read.link", { word }));
      continue;
    }
    // An emoji (`🚀`, `👍🏽`) or Slack's `:rocket:` carries no value: skipped, and said so.
    if (mayBeEmoji(word) && EMOJI_ONLY.test(word)) {
      notes.push(text("read.emoji", { word }));
      continue;
    }

    // `70B/2T/512xH100`, `7B/13B/70B`: values joined by slashes, which read as a division.
    if (numberish && word.indexOf("/") > 0 && isDigitCode(word.charCodeAt(0))) slashedValues(word);
    if (numberish) {
      // Digits with a comma that are no groups of three (`1,02`, `1,0245`, `8,16`): never guessed.
      if (word.includes(",") && MISGROUPED.test(word)) {
        throw new UserError("read.badGrouping", { value: word });
      }
      // 萬, 億 or 兆 still in a word: parts written together that make no one number (1萬4億,
      // 1兆14000億), kept as typed by normalize.ts; never guessed, nor read as two numbers.
      if (CHINESE_MULTIPLIER.test(word)) throw new UserError("read.chineseNumber", { value: word });
      // A decimal comma before a size (`1,5T`): suggest the point, never guess which was meant.
      if (word.includes(",") && DECIMAL_COMMA.test(word)) {
        throw new UserError("read.decimalComma", { value: word, suggestion: word.replace(",", ".") });
      }
      // A request rate: `5 req/s`, `300 requests/min`, `5rps`, `5 requests per minute`.
      // A command with no rate leaves it unplaced, so a line that names none goes to the one that has it (serve).
      const rate = rateAt(words, lowered, i);
      if (rate) {
        set(known.rate, rate.value, `${words.slice(i, i + rate.length).join(" ")}`);
        i += rate.length - 1;
        continue;
      }
      // `1000 users`, `500 concurrent users`: that many conversations in flight at once, the
      // batch (concurrency) of a command that serves; said in a note, as a reading that is not plain.
      // A command with no batch leaves them unplaced, so a line that named no command goes to serve.
      const users = usersAt(lowered, i);
      if (users > 0) {
        const typed = words.slice(i, i + users).join(" ");
        if (set(known.concurrency, word, typed))
          notes.push(text("read.usersAsBatch", { typed, batch: Number(word) }));
        i += users - 1;
        continue;
      }
      // `30-50% MFU`: a range is no one value; without mfu= the answer spans 30–50% already.
      if (known.percent !== undefined && word.endsWith("%") && PERCENT_RANGE.test(word)) {
        const label = PERCENT_LABELS.has(next ?? "") ? 1 : 0;
        throw percentRange(command, words, lowered, i, i + 1 + label);
      }
      // `45%`, `45 %`, with MFU before or after.
      const percent =
        (word.endsWith("%") ? PERCENT.exec(word) : null) ?? (next === "%" ? DECIMAL.exec(word) : null);
      if (percent) {
        const skip = next === "%" ? 1 : 0;
        const label = lowered[i + 1 + skip];
        const target = known.percent;
        set(target, `${percent[1]}%`, `${percent[1]}%`);
        // `45% utilization`: read as the MFU (model FLOPs utilization), said; never GPU utilization
        // (nvidia-smi's busy time), which `45% GPU utilization` names and is not read.
        if (label !== undefined && UTILIZATION.has(label))
          notes.push(text("read.utilizationAsMfu", { typed: `${percent[1]}% ${words[i + 1 + skip]}` }));
        i += skip + (label && PERCENT_LABELS.has(label) ? 1 : 0);
        continue;
      }
      // `at 0.45` in a plan, with no label after it: a fraction of the dense peak is the MFU, as `at 45%`
      // is, said in a note; it was a token count (`gpt-3 on 1000 H100s at 0.45`: 0.45 tokens, 0.0 ms)
      // or a word refused (`70B 2T 512 H100 at 0.45`, its Try line without the MFU).
      if (
        previous === "at" &&
        known.percent === "mfu" &&
        FRACTION_OF_ONE.test(word) &&
        !PERCENT_LABELS.has(next ?? "") &&
        !hasAssigned(assigned, known.percent)
      ) {
        set(known.percent, word, word);
        notes.push(
          text("read.fractionAsMfu", {
            typed: `${words[i - 1]} ${word}`,
            percent: formulaInput("percent", roundedPercent(word)),
          }),
        );
        continue;
      }
      // `3640 PF-days` (GPT-3's, Brown et al. 2020, Table D.1), `10 ZFLOP`, `1 exaFLOP-day`: a compute
      // budget in that unit, said in a note; refused where no budget is read (never a size), and as a
      // rate (`1e24 FLOP/s`).
      const ofFlop = next === undefined || !BARE_NUMBER.test(word) ? undefined : flopUnit(next);
      if (ofFlop !== undefined) {
        assigned.push(flopUnitBudget(command, known.budget, word, ofFlop, `${word} ${words[i + 1]}`, notes));
        i += 1;
        continue;
      }
      // `7B params`, `2T tokens`, `1e24 FLOPs`, `8 GPUs`, `2.664M gpu-hours` (a number next is no unit).
      // After `at`, an option's name with a number after it labels that number (`at 128k batch 4`:
      // the context, then the batch), never this one.
      const labelsNext = previous === "at" && NUMBERISH.test(words[i + 2] ?? "");
      const unit =
        next === undefined || startsWithDigit(next)
          ? undefined
          : (UNITS.get(next) ??
            (!PREPOSITIONS.has(next) && !labelsNext && takesValueAfter(command, next) ? [next] : undefined));
      // `2T mfu 45%`, `$2/h mfu 40%`: a size or a price is never the MFU's value; the label reads the one after it.
      // `405B 15T cost on H100`: a size in billions or trillions is no price either (`cost` asks the
      // answer's cost; it read price=15T, refused beside `$2/h` as a price given twice).
      // `70B 2T deadline 6 weeks`: a size is no wall time either, and `for 2 weeks cost at $2/h` a
      // wall time is no price (each read price=2 weeks or days=2T, refused as given twice).
      const labelled = unit === undefined ? undefined : named(command, unit);
      // `Llama 3 MFU`, `llama 3 的 MFU`: a release's version after a family's name is no MFU of 3. A
      // run's own name before it (`palm 2 mfu`, `deepseek 3 mfu`) is read as that run, the number as typed.
      const misfit =
        unit !== undefined &&
        ((known.percent !== undefined &&
          labelled === known.percent &&
          (!PLAIN_NUMBER.test(word) ||
            (RELEASE_VERSION.test(word) &&
              previous !== undefined &&
              /^[a-z]+$/.test(previous) &&
              context.mayStartModel?.(previous) === true &&
              context.isModel?.(previous) !== true))) ||
          (command.options[labelled ?? ""]?.kind === "price" &&
            (BILLIONS_OR_TRILLIONS.test(word) || WALL_TIME.test(word))) ||
          (labelled !== undefined && labelled === known.duration && BILLIONS_OR_TRILLIONS.test(word)));
      if (unit && next !== undefined && !misfit) {
        const target = named(command, unit);
        const wholeOnly = target !== undefined && command.options[target]?.kind === "integer";
        const isContext = THOUSANDS_OF_TOKENS.has(target ?? "") || next === "context" || next === "ctx";
        // `2.5k GPUs`, `16k gpus`: a count of GPUs in thousands.
        const inThousands =
          wholeOnly && !isContext && target === known.gpus ? thousandsCount(word) : undefined;
        if (inThousands !== undefined) {
          if (set(target, inThousands, `${word} ${words[i + 1]}`))
            binaryThousandsNote(word, inThousands, target as string, notes);
          i += 1;
          continue;
        }
        if (wholeOnly && !isDigits(word) && !(isContext && WHOLE_THOUSANDS.test(word))) {
          positional.push(word);
          continue;
        }
        // `7B 2T flops`, 7B 2T 的 FLOPs: the FLOPs asked of 7B on 2T tokens, never a budget of 2e12
        // FLOP (no training budget is below BUDGET_MAGNITUDE): the size stays a positional value.
        // Not a size in P (`500P FLOPs`, 5e17): peta is how FLOP are counted, never tokens.
        if (
          unit.includes("budget") &&
          SUFFIXED_SIZE.test(word) &&
          (word.charCodeAt(word.length - 1) | 0x20) !== 112 &&
          (quantityOrUndefined(word)?.value ?? 0) < BUDGET_MAGNITUDE
        ) {
          positional.push(word);
          i += 1;
          continue;
        }
        if (target === undefined && unit.includes("budget")) {
          throw new UserError("read.noBudget", {
            value: word,
            command: command.name,
            example: command.examples[0] ?? "",
          });
        }
        set(target, word, `${word} ${words[i + 1]}`);
        // `1e24 FLOP budget`: the word budget after the unit says what the number already set; so
        // does `params` after `37B active` (370億啟用參數), never a label of the number after it.
        i +=
          (unit.includes("budget") && lowered[i + 2] === "budget") ||
          (unit[0] === "active" && PARAMS_NOUNS.has(lowered[i + 2] ?? ""))
            ? 2
            : 1;
        continue;
      }
      // `serve llama 3 8b on H100 at 8k`: a whole number of thousands after `at`, where no GPUs are
      // counted in thousands and the model is named (before it, or after: `kv cache at 8k on llama 3
      // 70b`), is the context, as model cards write it (`8k`). Right after a GPU (`H100 8k`) it may be
      // a count: left unread, never guessed.
      if (
        known.context !== undefined &&
        previous === "at" &&
        !THOUSANDS_AFTER_GPU.has(command.name) &&
        (positional.length > 0 ||
          assigned.some((w) => w.startsWith("params=")) ||
          modelNamedAfter(words, lowered, i, context, lookups)) &&
        WHOLE_THOUSANDS.test(word) &&
        !assigned.some((w) => w.startsWith(`${known.context}=`))
      ) {
        set(known.context, word, word);
        notes.push(text("read.thousandsAsContext", { word }));
        continue;
      }
      // `70B * 15T`, `6*175B*300B`: a product of sizes is a compute budget, never a parameter count.
      if (isSizeProduct(word)) {
        // mfu's model-flops= is a run's model FLOP as published, never a budget a product stands for.
        const budget = command.name === "mfu" ? undefined : known.budget;
        if (!budget) {
          throw new UserError("read.product", { value: word, example: command.examples[0] ?? "" });
        }
        assigned.push(`${budget}=${word}`);
        notes.push(text("read.asBudget", { value: word }));
        continue;
      }
      // Only words that can be a duration, a price or (where the command takes one) a budget are evaluated.
      const budget = known.budget;
      const quantity =
        UNIT_OR_MONEY.test(word) ||
        (budget && mayBeBudget(word, positional.length === 0 && lookups.loneNumber(words)))
          ? lookups.quantityOf(word)
          : undefined;
      if (quantity?.dimension === "time") {
        // A duration in parts, largest unit first (`3 days 4 hours`, `1 week 2 days`): their sum.
        const parts = durationParts(words, lowered, i);
        if (set(known.duration, parts.value, parts.value) && parts.end > i + 1) {
          // The sum shown to three digits (Read as rounds it to one decimal): `3 days 4 hours` is 3.17 days.
          notes.push(
            parts.seconds >= 2 * DAY_SECONDS
              ? text("read.durationSum", {
                  parts: parts.value,
                  days: formulaInput("sig3", parts.seconds / DAY_SECONDS),
                })
              : text("read.durationSumHours", {
                  parts: parts.value,
                  hours: formulaInput("sig3", parts.seconds / 3600),
                }),
          );
        }
        i = parts.end - 1;
        continue;
      }
      // Dollars with no per-time, past any price per GPU-hour (`I have $1M at $2/h on H100`): a
      // dollar budget, as `budget $1M` is (compute divides it by the price).
      if (quantity?.money && quantity.dimension === "none" && quantity.value >= DOLLAR_BUDGET && budget) {
        assigned.push(`${budget}=${word}`);
        notes.push(text("read.dollarBudget", { value: formulaInput("dollars", quantity.value) }));
        continue;
      }
      if (quantity && (quantity.dimension === "perTime" || quantity.money)) {
        // A rate with no currency where there is a request rate to set (`serve … 5/s`) is that rate
        // (serve's price is always in dollars: `$2/h`).
        const rate = !quantity.money ? known.rate : undefined;
        if (set(rate ?? known.price, word, word) && rate === undefined) perHourNote(word, lookups, notes);
        continue;
      }
      // Magnitude tells meaning only for a lone number (`chinchilla 1e24`): with two, they are N and D.
      if (
        quantity &&
        budget &&
        quantity.value >= BUDGET_MAGNITUDE &&
        positional.length === 0 &&
        lookups.loneNumber(words)
      ) {
        assigned.push(`${budget}=${word}`);
        notes.push(text("read.asBudget", { value: word }));
        continue;
      }
    }
    // `at -$2/h`, `-40% mfu`, `-3 days`: a price, share or time below zero, said so (never an
    // unknown word whose Try line drops it and answers on an assumed value).
    if (word.includes("-")) {
      const negative = negativeValue(word);
      if (negative) throw negative;
    }
    positional.push(word);
  }
  // `B200 instead: 70B 2T 1024`: a bare whole number after the size and tokens, with a GPU named and
  // no count of them, is that count (as `70B 2T B200 1024` reads it), said in a note.
  const third = positional[2];
  if (
    positional.length === 3 &&
    third !== undefined &&
    isDigits(third) &&
    known.gpus !== undefined &&
    known.gpu !== undefined &&
    command.name === "compute" &&
    hasAssigned(assigned, known.gpu) &&
    !hasAssigned(assigned, known.gpus)
  ) {
    positional.pop();
    assigned.push(`${known.gpus}=${third}`);
    notes.push(text("read.bareCountAsGpus", { value: third }));
  }
  // `fit in 24GB`: one card of that memory; `4 80GB cards`: that many (the verdict is on them).
  if (
    memory !== undefined &&
    known.gpu !== undefined &&
    memoryAsGpu(memory, known.gpu, assigned, notes, unplaced, words)
  ) {
    if (memory.count === undefined) {
      if (!memory.plural) oneGpu = true;
    } else if (known.gpus !== undefined && givenCount(assigned, known.gpus) === undefined)
      assigned.push(`${known.gpus}=${memory.count}`);
    else unplaced.push(memory.count);
  }
  // A MoE with no active size and no run to fill one in: 6N of its total would be read as dense.
  const activeOption = moe === undefined ? undefined : findOption(command, "active")?.[0];
  if (
    moe !== undefined &&
    !hasAssigned(assigned, activeOption) &&
    !positional.some((word) => context.isModel?.(word))
  ) {
    const example = moeExample(command, words, moe);
    throw new UserError("read.moeNeedsActive", { word: moe, example, corrected: example });
  }
  if (date !== undefined) deadlineDateRead(date, hasAssigned(assigned, known.duration), notes);
  if (ratio !== undefined) tokensOfRatio(ratio, known.tokens, assigned, positional, notes, unplaced);
  if (loneNode !== undefined && givenCount(assigned, known.gpus) === undefined)
    throw new UserError("read.nodeWithoutCount", { word: loneNode });
  if (oneGpu && known.gpus !== undefined && !hasAssigned(assigned, known.gpus))
    assigned.push(`${known.gpus}=1`);
  // `70B on 64 H100 with tp 8 pp 2 zero 1`: a ZeRO stage shards a training run's states, so the
  // memory asked is training's, never serving's (where the stage would go unused).
  const target = hasAssigned(assigned, known.zero) ? modeOption(command, "train", "train") : undefined;
  if (target && !hasAssigned(assigned, target[0])) setMode(assigned, target);
  // `7B, 13B`, `7B and 13B`: two sizes read as N and D, said so (they may be two models).
  const pair = positional.length >= 2 ? sizesPaired(input) : undefined;
  if (pair !== undefined) notes.push(text("read.sizesAsParamsAndTokens", { typed: pair }));
  return { words: [...assigned, ...positional], notes, unplaced };
}

/**
 * Values joined by slashes (`70B/2T/512xH100`, `7B/13B/70B`), every part a size, a GPU or a count
 * of GPUs: refused before the division they would read as. Several model sizes are several
 * questions (one a line, the first to try); other values are tried apart. Two sizes alone
 * (`70b/15t`) are left to the size check, which offers them apart.
 */
/**
 * `7B at 100 tokens per parameter`: the tokens, ratio × N, said in a note, when the size is typed as
 * a number and no tokens are; else the ratio is named as not used (never read as 100 tokens).
 */
function tokensOfRatio(
  ratio: string,
  tokensOption: string | undefined,
  assigned: string[],
  positional: string[],
  notes: Text[],
  unplaced: string[],
): void {
  const typed = `${ratio} tokens per parameter`;
  const paramsTyped =
    assigned.find((word) => word.startsWith("params="))?.slice("params=".length) ??
    (positional.length === 1 && SIZE.test(positional[0] as string) ? positional[0] : undefined);
  const params = paramsTyped === undefined ? undefined : quantityOrUndefined(paramsTyped);
  if (tokensOption === undefined || hasAssigned(assigned, tokensOption) || params?.dimension !== "none") {
    unplaced.push(typed);
    return;
  }
  const tokens = Number(ratio) * params.value;
  assigned.push(`${tokensOption}=${tokens}`);
  notes.push(
    text("read.tokensPerParamRatio", {
      ratio: formulaInput("sig3", Number(ratio)),
      params: formulaInput("params", params.value),
      tokens: formulaInput("tokens", tokens),
    }),
  );
}

/**
 * A deadline said as a date: with a length of time typed too (`by end of Q2, we have 90 days`) the
 * plan runs on that length, said in a note; alone it is refused, with a length to type in its place.
 */
function deadlineDateRead(date: string, lengthTyped: boolean, notes: Text[]): void {
  if (lengthTyped) {
    notes.push(text("read.deadlineDateBesideLength", { value: date }));
    return;
  }
  throw new UserError("read.deadlineDate", {
    value: date,
    typo: date,
    fix: CJK.test(date) ? "3 個月內" : "in 3 months",
  });
}

function slashedValues(word: string): void {
  // Spaced (`7B / 13B / 70B`, one word by now) as glued.
  const parts = word.split("/").map((part) => part.trim());
  if (!parts.every(isSlashedValue)) return;
  const models = parts.filter((part) => MODEL_SIZE_PART.test(part));
  if (models.length >= 2) {
    throw new UserError("read.slashedSizes", { value: word, typo: word, fix: models[0] as string });
  }
  if (parts.length >= 3 || !parts.every((part) => SIZE_PART.test(part))) {
    throw new UserError("read.slashedValues", { value: word, typo: word, fix: parts.join(" ") });
  }
}
const SIZE_PART = /^\d+(?:\.\d+)?[kmbt]$/i;
const MODEL_SIZE_PART = /^\d+(?:\.\d+)?[bm]$/i;
const GPU_COUNT_PART = /^\d+[x×*](.+)$/i;
function isSlashedValue(part: string): boolean {
  if (SIZE_PART.test(part)) return true;
  const gpu = GPU_COUNT_PART.exec(part)?.[1] ?? part;
  return (
    gpu !== "" && (GPU_CATALOG.find(gpu) !== undefined || GPU_CATALOG.find(withoutPluralS(gpu)) !== undefined)
  );
}

/** The GPU whose name's words end just before `i` (`A100` in `A100 16GB`), or undefined. */
function gpuEndingAt(words: readonly string[], i: number, lookups: LineLookups): GpuWords | undefined {
  for (let from = i - 1; from >= Math.max(0, i - 3); from--) {
    const gpu = lookups.gpuAt(words, from);
    if (gpu?.length === i - from) return gpu;
  }
  return undefined;
}

/**
 * Throws when no card named `name` has `gb` of memory (`a 16GB A100`: the catalog's A100s have 40
 * and 80 GB), naming the sizes it has and the card of the nearest size at least as large.
 */
function refuseMemoryOfGpu(
  name: string,
  gb: number,
  words: readonly string[],
  at: number,
  length: number,
): void {
  const named = GPU_CATALOG.find(name);
  if (!named || named.memoryGB === gb || GPU_CATALOG.find(`${name} ${gb}gb`)) return;
  const sizes = [
    ...new Set(
      [named.memoryGB, ...GPUS.map((gpu) => gpu.memoryGB)].filter(
        (size) => GPU_CATALOG.find(`${name} ${size}gb`) || size === named.memoryGB,
      ),
    ),
  ].sort((a, b) => a - b);
  const nearest = sizes.find((size) => size >= gb) ?? (sizes.at(-1) as number);
  const card = GPU_CATALOG.find(`${name} ${nearest}gb`) ?? named;
  const typed = words.slice(at, at + length).join(" ");
  // The Try line is the asker's own with that size in place of the one typed (respond.ts).
  throw new UserError("read.noSuchMemory", {
    typed,
    gpu: name,
    sizes: sizes.join(", "),
    example: `gpu=${card.id}`,
    typo: typed,
    fix: `${nearest}GB`,
  });
}

/** Units a time is asked in (`in hours`): the answer's time row gives it. */
const ASKED_UNITS: ReadonlySet<string> = new Set(
  "days day hours hour hrs weeks week months month minutes mins".split(" "),
);

/** A memory size at `i` (`24GB`, `24 GB`, `80gib`): its GB and the words it took. */
function memoryAt(lowered: readonly string[], i: number): { gb: number; length: number } | undefined {
  const word = lowered[i] as string;
  const joined = MEMORY_SIZE.exec(word);
  if (joined) return { gb: Number(joined[1]), length: 1 };
  const next = lowered[i + 1];
  return next !== undefined && MEMORY_UNITS.has(next) && DECIMAL_ONLY.test(word)
    ? { gb: Number(word), length: 2 }
    : undefined;
}
const MEMORY_SIZE = /^(\d+(?:\.\d+)?)(?:gb|gib)$/;
/** Cards of a memory said in the plural (`80gb cards`): how many is not said. */
const PLURAL_CARDS: ReadonlySet<string> = new Set(["cards", "gpus", "cards,", "gpus,", "cards?", "gpus?"]);
const MEMORY_UNITS: ReadonlySet<string> = new Set(["gb", "gib"]);
const DECIMAL_ONLY = /^\d+(?:\.\d+)?$/;
/** A count of GPUs with a fraction (`1.5`, `.5`): no count of GPUs. */
const FRACTIONAL_COUNT = /^\d*\.\d+$/;

/**
 * A memory size with no GPU named (`does a 13B fit in 24GB`): the first catalog GPU of exactly that
 * memory, said in a note (whether weights fit depends on the memory only); refused when no GPU of
 * the catalog has it. With a GPU named, the size is left unplaced (named as not used). Whether
 * a GPU was read from it.
 */
function memoryAsGpu(
  memory: { gb: number; typed: string },
  option: string,
  assigned: string[],
  notes: Text[],
  unplaced: string[],
  words: readonly string[],
): boolean {
  if (hasAssigned(assigned, option)) {
    unplaced.push(memory.typed);
    return false;
  }
  const gpu = GPUS.find((one) => one.memoryGB === memory.gb);
  if (gpu === undefined) {
    const sizes = [...new Set(GPUS.map((one) => one.memoryGB))].sort((a, b) => a - b);
    const larger = GPUS.filter((one) => one.memoryGB > memory.gb).sort((a, b) => a.memoryGB - b.memoryGB)[0];
    const line = words.join(" ").replace(memory.typed, `gpu=${larger?.id ?? "h100-sxm"}`);
    throw new UserError("read.memoryNoGpu", {
      typed: memory.typed,
      sizes: sizes.map((gb) => `${gb} GB`).join(", "),
      corrected: `cards ${line}`,
    });
  }
  assigned.push(`${option}=${gpu.id}`);
  notes.push(text("read.memoryAsGpu", { typed: memory.typed, gpu: gpu.name }));
  return true;
}

/**
 * The refusal of a percent range at `at` (`30-50% MFU`): its ends, and the line without the range,
 * its label (from `labelAt`, or up to `end`) and a link word before it (`at 35–45% mfu`) to try.
 */
function percentRange(
  command: AnyCommand,
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  end: number,
  labelAt = at,
): UserError {
  const [, low, high] = PERCENT_RANGE.exec(words[at] as string) ?? [];
  const from = LINK_WORDS.has(lowered[labelAt - 1] ?? "") ? labelAt - 1 : labelAt;
  const rest = [...words.slice(0, from), ...words.slice(end)].join(" ");
  return new UserError("read.percentRange", {
    value: words[at] as string,
    low: `${low}%`,
    high: `${high}%`,
    corrected: `${command.name} ${rest}`,
  });
}

/** Words between two GPUs set side by side (`H100 vs A100`, `H100 and A100`, `H100 or A100`). */
const GPU_VERSUS: ReadonlySet<string> = new Set(["vs", "vs.", "versus", "and", "or", "&"]);

/**
 * The GPU after `vs` at `at`, right after a GPU name (`H100 vs A100`, `512 H100 vs 512 A100`): its
 * name and how many words it takes with `vs`. Another count of GPUs (`512 H100 vs 1024 H100`) is
 * two questions: refused with the first half as the Try line. A count only on the second (`H100 and
 * 1024 A100`) is the count of both, as one before the first is (`1024 H100 and A100`): returned as
 * `count`, for the caller to set and say. Asked only right after a GPU name.
 */
function versusGpuAt(
  command: AnyCommand,
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  count: string | undefined,
  lookups: LineLookups,
): (GpuWords & { count?: string }) | undefined {
  if (!GPU_VERSUS.has(lowered[at] ?? "")) return undefined;
  const gpu = lookups.gpuAt(words, at + 1);
  if (gpu) return furtherVersus(words, lowered, at, { text: gpu.text, length: gpu.length + 1 }, lookups);
  const other = words[at + 1];
  // `vs 1024 H100`, or `vs 1024 gpus H100` (`1024 張 H100`).
  const unit = UNITS.get(lowered[at + 2] ?? "") === GPU_COUNT ? 1 : 0;
  const counted = other !== undefined && isDigits(other) ? lookups.gpuAt(words, at + 2 + unit) : undefined;
  if (other === undefined || !counted) return undefined;
  const second = { text: counted.text, length: counted.length + 2 + unit };
  if (other === count) return furtherVersus(words, lowered, at, second, lookups);
  if (count === undefined) {
    const further = furtherVersus(words, lowered, at, second, lookups);
    return { text: further.text, length: further.length, count: other };
  }
  const first = [...words.slice(0, at), ...words.slice(at + 2 + unit + counted.length)].join(" ");
  throw new UserError("read.twoGpuCounts", {
    first: count === undefined ? (words[at - 1] ?? "") : `${count} ${words[at - 1] ?? ""}`,
    second: `${other} ${counted.text}`,
    corrected: `${command.name} ${first}`,
  });
}

/**
 * The GPUs set beside a pair after it (`H100 vs A100 vs MI300X`, `H100, A100 and MI300X` is read
 * by the list), each named plainly after its own `vs`: added to `found` (the second GPU, from `at`).
 */
function furtherVersus(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  found: GpuWords,
  lookups: LineLookups,
): GpuWords {
  let end = at + found.length;
  let text = found.text;
  while (GPU_VERSUS.has(lowered[end] ?? "")) {
    const next = lookups.gpuAt(words, end + 1);
    if (!next) break;
    text += `,${next.text}`;
    end += 1 + next.length;
  }
  return end === at + found.length ? found : { text, length: end - at };
}

/** The words that count one GPU before its name: `a 4090`, `an H100`, `one H100`, `a single H100`. */
const ONE_GPU_WORDS: ReadonlySet<string> = new Set(["a", "an", "one", "single"]);

/**
 * The GPU after `a`, `an`, `one` or `single` at `at` (`single` may follow the first: `a single
 * H100`): its name and how many words after `at` it takes. Asked only of those words.
 */
function oneGpuAt(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  lookups: LineLookups,
): GpuWords | undefined {
  if (!ONE_GPU_WORDS.has(lowered[at] as string)) return undefined;
  const skip = lowered[at + 1] === "single" && lowered[at] !== "single" ? 1 : 0;
  const gpu = lookups.gpuAt(words, at + 1 + skip);
  return gpu ? { text: gpu.text, length: gpu.length + skip } : undefined;
}

/** Sets the GPU found by `oneGpuAt` (its count of 1 is set after the line, when no other count was given); the index of its last word. */
function readOneGpu(
  one: GpuWords,
  known: CommandStatics,
  set: (option: string | undefined, value: string, typed: string) => boolean,
  notes: Text[],
  at: number,
): number {
  set(known.gpu, one.text, one.text);
  if (mayBeDigitsGpu(one.text))
    notes.push(text("read.digitsGpu", { word: one.text, gpu: gpuName(one.text) }));
  return at + one.length;
}

/**
 * Slack markup left as one word (`<https://…>`, `<#C1>`, `<@U1>`), or a bare URL. Not `<!channel>`
 * nor other markup, which are blamed as typed (words.test.ts).
 */
const MARKUP_OR_URL = /^(?:<(?:https?:\/\/|mailto:|#|@)[^<>\s]+>|https?:\/\/\S+)$/i;
/** Emoji and their joiners, skin tones and variation selectors only; or a Slack shortcode (`:rocket:`). */
const EMOJI_ONLY =
  /^(?:(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\ufe0f|\u20e3|\u200d)+|:[a-z0-9_+-]+:)$/u;
/** Whether `word` may be EMOJI_ONLY: a shortcode's colon or a character past U+2000 first (one look). */
const mayBeEmoji = (word: string) => {
  const c = word.charCodeAt(0);
  return c === 58 || c > 0x2000;
};

/**
 * Commands where `1k` right after a GPU counts GPUs (`70b 15t h100 1k`). Not serve or cards,
 * where `8k` after a GPU may be a context length.
 */
const THOUSANDS_AFTER_GPU: ReadonlySet<string> = new Set(["compute", "mfu"]);
/** Words after `8k` that make it a context length (`H100 8k context`), never a GPU count. */
const CONTEXT_WORDS: ReadonlySet<string> = new Set(["context", "ctx", "seq", "sequence", "seq-len"]);

/**
 * Plain dollars from this up are a budget, never a price per GPU-hour (clouds charge $0.1–$20 per
 * GPU-hour; an 8-GPU node under $200).
 */
const DOLLAR_BUDGET = 1000;

/** ZeRO's stage in one word (`zero-3`, `zero3`), lower-cased. */
const ZERO_STAGE_WORD = /^zero-?([0-3])[?,!]*$/;
/** `tp8`, `pp16`, `dp-4` (lower-cased): the parallelism and its size. */
const PARALLEL_SIZE_WORD = /^(tp|pp|dp)-?(\d{1,6})[?,!]*$/;

/** The line without the MoE word, with an active size to fill in (`100B 5T active=10B`). */
function moeExample(command: AnyCommand, words: readonly string[], moe: string): string {
  const line = `${words.filter((word) => word !== moe).join(" ")} active=10B`;
  return command.name === "compute" ? line : `${command.name} ${line}`;
}
/** A mixture of experts said as such (`MoE`, `mixture-of-experts`). */
const MOE_WORDS: ReadonlySet<string> = new Set(["moe", "mixture-of-experts", "sparse-moe"]);

/** A unit of GPU time asked for after a GPU (`A100 hours`, `H100 days`, `H100-hours`). */
const ASKED_TIME_UNITS = new Set(["hours", "hour", "hrs", "hr", "days", "day"]);
/** GPU time asked in one word, no GPU named (`GPU-hours`, `gpu-days`). */
const ASKED_GPU_TIME = new Set([
  ..."gpu-hours gpu-hour gpu-hrs gpu-days gpu-day".split(" "),
  // TPUs are counted in chip-hours (PaLM: 6144 TPU v4 chips for 1200 hours).
  ..."tpu-hours tpu-hour tpu-days chip-hours chip-hour".split(" "),
]);
/** The accelerator said by its kind before its time (`GPU hours`, `TPU hours`, `chip hours`). */
const ACCELERATOR_WORDS: ReadonlySet<string> = new Set(["gpu", "tpu", "chip"]);

/**
 * GPU time asked at `at` with no number (`A100 hours`, which tokenize glued; `H100-days`;
 * `GPU-hours`; `gpu hours`): the GPU named, if one was, and how many words it takes.
 */
function gpuTimeAskedAt(
  lowered: readonly string[],
  at: number,
  lookups: LineLookups,
): { gpu: string | undefined; length: number } | undefined {
  const word = lowered[at] as string;
  if (ASKED_GPU_TIME.has(word)) return { gpu: undefined, length: 1 };
  if (ACCELERATOR_WORDS.has(word) && ASKED_TIME_UNITS.has(lowered[at + 1] ?? ""))
    return { gpu: undefined, length: 2 };
  const space = word.indexOf(" ");
  const dash = word.lastIndexOf("-");
  const cut = space > 0 ? space : dash;
  if (cut <= 0 || !ASKED_TIME_UNITS.has(word.slice(cut + 1))) return undefined;
  const gpu = lookups.gpuAtOnce([word.slice(0, cut)], 0);
  return gpu ? { gpu: gpu.text, length: 1 } : undefined;
}

/** A number and its multiplier word (`1.7 million`), as tokenize glues them. */
const SPELLED_MULTIPLIER = /^(\d+(?:\.\d+)?) (thousand|million|billion)$/i;
const MULTIPLIER_LETTERS: Record<string, string> = { thousand: "K", million: "M", billion: "B" };
/** A number of GPU-hours: digits with a multiplier at most (`30.84M`, `1082990`, `3084e4` for 3084 萬). */
const HOURS_NUMBER = /^\d+(?:\.\d+)?(?:[kmb]|e\d{1,2})?$/i;
/** The hours word after a GPU or `gpu` (`H100 hours`, `GPU hours`, `GPU-hours`). */
const HOURS_WORDS = new Set(["hours", "hour", "hrs", "hr", "h", "gpu-hours", "gpu-hrs", "gpu-hour"]);
/** Longer units of GPU time after a GPU or `gpu` (`1000 H100 days`, `GPU years`): hours in one, as HOURS_SUFFIXES. */
const LONGER_TIME_WORDS: ReadonlyMap<string, number> = new Map([
  ...["days", "day"].map((unit) => [unit, 24] as const),
  ...["weeks", "week"].map((unit) => [unit, 7 * 24] as const),
  ...["months", "month"].map((unit) => [unit, (365.25 * 24) / 12] as const),
  ...["years", "year", "yrs"].map((unit) => [unit, 365.25 * 24] as const),
]);
/** Hours in one of the GPU-time unit `unit` (`hours` 1, `days` 24), or undefined for a word of no such unit. */
const hoursPer = (unit: string): number | undefined =>
  HOURS_WORDS.has(unit) ? 1 : LONGER_TIME_WORDS.get(unit);
/**
 * A GPU's time in one word, with the hours in one of its unit: `H100-hours`, `A100-hrs`,
 * `H100-days`, `GPU-years`. A year is 365.25 days and a month a twelfth of it, as quantity.ts counts.
 */
const HOURS_SUFFIXES: readonly (readonly [string, number])[] = [
  ...["-hours", "-hour", "-hrs"].map((suffix) => [suffix, 1] as const),
  ...["-days", "-day"].map((suffix) => [suffix, 24] as const),
  ...["-weeks", "-week"].map((suffix) => [suffix, 7 * 24] as const),
  ...["-months", "-month"].map((suffix) => [suffix, (365.25 * 24) / 12] as const),
  ...["-years", "-year", "-yrs"].map((suffix) => [suffix, 365.25 * 24] as const),
];

/**
 * GPU time from `at` (a number), as model cards and papers write it: `30.84M H100 hours`, `30.84M
 * H100-hours`, `2.788M H800 GPU hours`, `30.84M gpu hours`. A GPU or the word gpu must come first:
 * `30 hours` alone is wall time. The GPU named, when one was, and how many words were read.
 */
function gpuHoursAt(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  lookups: LineLookups,
): { value: string; gpu: string | undefined; length: number; perUnit: number } | undefined {
  const typed = words[at] as string;
  const next = lowered[at + 1];
  if (next === undefined) return undefined;
  // `1.7 million A100 hours` (tokenize glued the multiplier word): `1.7M`.
  const spelled = typed.includes(" ") ? SPELLED_MULTIPLIER.exec(typed) : null;
  const value = spelled ? `${spelled[1]}${MULTIPLIER_LETTERS[(spelled[2] as string).toLowerCase()]}` : typed;
  if (!HOURS_NUMBER.test(value)) return undefined;
  // `H100-hours`, `H100-days`, `GPU-years`: the GPU and its time in one word, in GPU-hours
  // (`1000 H100-days` was read as a model of 1,000 parameters).
  // Every suffix starts with a dash: most words have none to look for.
  for (const [suffix, perUnit] of next.includes("-") ? HOURS_SUFFIXES : []) {
    if (!next.endsWith(suffix) || next.length === suffix.length) continue;
    const name = (words[at + 1] as string).slice(0, -suffix.length);
    const hours = perUnit === 1 ? value : inHours(value, perUnit);
    if (ACCELERATOR_WORDS.has(name.toLowerCase()))
      return { value: hours, gpu: undefined, length: 2, perUnit };
    const gpu = lookups.gpuAtOnce([name], 0);
    return gpu ? { value: hours, gpu: gpu.text, length: 2, perUnit } : undefined;
  }
  // `H100 hours`: tokenize glued the unit to the name that ends in a digit.
  const space = next.indexOf(" ");
  if (space > 0) {
    // `1000 H100 days` (as `1000 H100-days`) was read as a model of 1,000 parameters.
    const perUnit = hoursPer(next.slice(space + 1));
    if (perUnit === undefined) return undefined;
    const gpu = lookups.gpuAtOnce([(words[at + 1] as string).slice(0, space)], 0);
    const hours = perUnit === 1 ? value : inHours(value, perUnit);
    return gpu ? { value: hours, gpu: gpu.text, length: 2, perUnit } : undefined;
  }
  // The hours word comes at most five words on (a GPU name of three words, then `gpu`): without
  // one there, no GPU need be looked up (`175B 300B`, `13B 1T gpu=MI300X`).
  if (!hoursWordWithin(lowered, at + 1, at + 5)) return undefined;
  let j = at + 1;
  const gpu = lookups.gpuAt(words, j);
  if (gpu) j += gpu.length;
  const saidGpu = ACCELERATOR_WORDS.has(lowered[j] ?? "");
  if (saidGpu) j++;
  const unit = lowered[j];
  const perUnit = unit === undefined ? undefined : hoursPer(unit);
  if ((gpu === undefined && !saidGpu) || perUnit === undefined) return undefined;
  const hours = perUnit === 1 ? value : inHours(value, perUnit);
  return { value: hours, gpu: gpu?.text, length: j + 1 - at, perUnit };
}

/** `value` (`1000`, `1.5k`) of a unit of `perUnit` hours, in hours as a number in powers of ten (`2.4e4`). */
const inHours = (value: string, perUnit: number): string =>
  ((quantityOrUndefined(value)?.value ?? Number.NaN) * perUnit).toExponential().replace("e+", "e");

/** Whether one of the words from `from` to `to` (both included) is an hours word. */
function hoursWordWithin(lowered: readonly string[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < lowered.length; k++)
    if (hoursPer(lowered[k] as string) !== undefined) return true;
  return false;
}

/** A GPU's count typed after its name, from `at`: `x 8`, `* 8`, or a lone whole number (`H100 512`). */
function countAfterGpu(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  lookups: LineLookups,
  thousands = false,
): { count: string; length: number } | undefined {
  const typed = lowered[at];
  // `x8` in one word (`H100 x8`).
  if (
    typed !== undefined &&
    typed.length > 1 &&
    SIGN_FIRST.has(typed.charAt(0)) &&
    isDigits(typed.slice(1))
  ) {
    return { count: typed.slice(1), length: 1 };
  }
  const sign = typed === "x" || typed === "*" ? 1 : 0;
  const word = words[at + sign];
  // `H100 1k`, `H100 16k` in a training command: thousands of GPUs, as `16k H100` before the name is.
  const count =
    thousands && word !== undefined && !CONTEXT_WORDS.has(lowered[at + sign + 1] ?? "")
      ? (thousandsCount(word) ?? word)
      : word;
  if (count === undefined || !isDigits(count)) return undefined;
  if (sign === 1) return { count, length: 2 };
  // A bare number after a GPU counts it only when nothing after says otherwise: not `H100 8 A100`
  // (8 counts the A100), `H100 512 GPUs` or `H100 5 req/s` (read there).
  const after = lowered[at + 1];
  if (
    after !== undefined &&
    (UNITS.has(after) ||
      RATE_UNIT.test(after) ||
      REQUEST_WORDS.has(after) ||
      NODE_WORD.test(after) ||
      USER_WORDS.has(after) ||
      AT_ONCE_WORDS.has(after))
  ) {
    return undefined;
  }
  if (after === "x" || after === "*" || lookups.gpuAt(words, at + 1)) return undefined;
  return { count, length: 1 };
}

/**
 * `16 nodes of 8 H100`, `16 nodes x 8 H100`, `16 nodes * 8 GPUs`, `16 nodes of 8xH100` from `at`
 * (the node count): the GPUs in all, the GPU when named, and the index after the last word read.
 */
function nodesAt(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  lookups: LineLookups,
): { gpus: number; perNode: string; gpu: string | undefined; end: number } | null | undefined {
  const node = NODE_WORD.exec(lowered[at + 1] as string);
  if (!node) return undefined;
  const found = perNodeAt(words, lowered, at, node[1], lookups);
  // Nodes with no count of GPUs in each: null, refused as such (never a guessed node size).
  return found ?? null;
}

function perNodeAt(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
  typedPerNode: string | undefined,
  lookups: LineLookups,
): { gpus: number; perNode: string; gpu: string | undefined; end: number } | undefined {
  let j = at + 2;
  let perNode = typedPerNode;
  let gpu: string | undefined;
  if (perNode === undefined) {
    if (PER_NODE_JOINS.has(lowered[j] ?? "")) j++;
    const typed = words[j];
    if (typed === undefined) return undefined;
    const glued = mayBeGlued(typed) ? GLUED_COUNT.exec(typed) : null;
    if (glued?.[1] !== undefined && glued[2]) {
      const found = lookups.gpuAtOnce([glued[2], ...words.slice(j + 1)], 0);
      if (!found) return undefined;
      perNode = glued[1];
      gpu = found.text;
      j += found.length;
    } else if (isDigits(typed)) {
      perNode = typed;
      j++;
    } else return undefined;
  }
  if (gpu === undefined) {
    // `8 GPUs`, `8 x H100`, `8 H100`, `8 GPUs H100`.
    if (UNITS.get(lowered[j] ?? "")?.includes("gpus")) j++;
    if (lowered[j] === "x" || lowered[j] === "*") j++;
    const found = lookups.gpuAt(words, j);
    if (found) {
      gpu = found.text;
      j += found.length;
    }
  }
  const gpus = Number(words[at]) * Number(perNode);
  if (!Number.isSafeInteger(gpus) || gpus < 1) return undefined;
  return { gpus, perNode, gpu, end: j };
}

/** A request rate from `at` (a number): `5rps`, `5 req/s`, `5 rps`, `5 requests per minute`. */
function rateAt(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
): { value: string; length: number } | undefined {
  const word = words[at] as string;
  if (GLUED_RATE.test(word)) return { value: word, length: 1 };
  if (!DECIMAL.test(word)) return undefined;
  const next = lowered[at + 1];
  if (next === undefined) return undefined;
  if (RATE_UNIT.test(next)) return { value: `${word} ${words[at + 1]}`, length: 2 };
  const unit = words[at + 3];
  if (REQUEST_WORDS.has(next) && lowered[at + 2] === "per" && unit && timeUnitSeconds(unit) !== undefined) {
    return { value: `${word}/${unit}`, length: 4 };
  }
  return undefined;
}

/** Words for people or conversations served at once, after a count (`1000 users`, `500 concurrent users`). */
const USER_WORDS = new Set(["users", "user", "people", "sessions", "conversations", "chats", "chatters"]);
const AT_ONCE_WORDS = new Set(["concurrent", "simultaneous", "active", "parallel"]);

/** How many words from `at` say a count of users (`1000 users` 2, `1000 concurrent users` 3), or 0. */
function usersAt(lowered: readonly string[], at: number): number {
  if (!WHOLE_COUNT.test(lowered[at] as string)) return 0;
  const next = lowered[at + 1];
  if (next === undefined) return 0;
  const length = USER_WORDS.has(next)
    ? 2
    : AT_ONCE_WORDS.has(next) && USER_WORDS.has(lowered[at + 2] ?? "")
      ? 3
      : 0;
  // `1000 users chatting`, `… at once`: what they do is part of the count's words.
  let end = at + length;
  while (length > 0 && end < at + length + 2 && DOING_WORDS.has(lowered[end] ?? "")) end++;
  return end - at;
}
const DOING_WORDS = new Set(["chatting", "concurrently", "simultaneously", "online"]);

/** The words that ask how many at once, before the users (`how many`, `max`, `max concurrent`). */
const ASKING_AT_ONCE = new Set(["many", "max", "maximum"]);
/**
 * Users at once asked for, no count typed, at `at` (`users` after `how many`, `concurrent users` after
 * `max`, `concurrent requests`): how many words say it, or 0. Never a rate (`requests per second`).
 */
function usersAskedAt(lowered: readonly string[], at: number): number {
  const word = lowered[at] as string;
  const atOnce = AT_ONCE_WORDS.has(word) ? 1 : 0;
  const users = lowered[at + atOnce] ?? "";
  if (!USER_WORDS.has(users) && !(atOnce && REQUEST_WORDS.has(users))) return 0;
  if (!atOnce && !ASKING_AT_ONCE.has(lowered[at - 1] ?? "")) return 0;
  const after = lowered[at + atOnce + 1] ?? "";
  return after === "per" || after.startsWith("/") ? 0 : atOnce + 1;
}

/** A whole count, plain or in thousands (`1000`, `1k`). */
const WHOLE_COUNT = /^\d+k?$/;

/**
 * The duration from `at` with the parts after it, each in a smaller unit than the one before
 * (`3 days 4 hours`, `1 week and 2 days`): one sum (`3 days + 4 hours`). Anything else after
 * (`3 days 3 days`, `4 hours 3 days`) is left to be read, and refused, on its own.
 */
function durationParts(
  words: readonly string[],
  lowered: readonly string[],
  at: number,
): { value: string; end: number; seconds: number } {
  const first = words[at] as string;
  let part = partOf(first);
  let value = first;
  let seconds = part ? part.count * part.unit : 0;
  let end = at + 1;
  while (part !== undefined) {
    const gap = lowered[end] === "and" ? 1 : 0;
    const typed = words[end + gap];
    const next = typed === undefined ? undefined : partOf(typed);
    if (typed === undefined || next === undefined || next.unit >= part.unit) break;
    value = `${value} + ${typed}`;
    seconds += next.count * next.unit;
    part = next;
    end += gap + 1;
  }
  return { value, end, seconds };
}

const DAY_SECONDS = 86_400;

/** `3 days`, `4h` as a count and its unit in seconds; undefined for anything else. */
function partOf(word: string): { count: number; unit: number } | undefined {
  const part = DURATION_PART.exec(word);
  const unit = part?.[2] === undefined ? undefined : timeUnitSeconds(part[2]);
  return unit === undefined ? undefined : { count: Number(part?.[1]), unit };
}

/**
 * A bare number (`175B`) is no duration and no price, so only a lone one first in line can be a
 * budget: any other word may be worth evaluating.
 */
const mayBeBudget = (word: string, loneFirst: boolean) => loneFirst || !BARE_NUMBER.test(word);

/** A price per day, week, minute or second (`$50/day`): made per hour without a word, so the reading is shown. */
const PRICE_NOT_PER_HOUR = /\/(?:d|days?|w|wks?|weeks?|months?|mins?|minutes?|s|secs?|seconds?)$/i;

/** `Read $50/day per GPU as $2.08/GPU-hour` for a price not typed per hour. */
function perHourNote(price: string, lookups: LineLookups, notes: Text[]): void {
  if (!PRICE_NOT_PER_HOUR.test(price)) return;
  const quantity = lookups.quantityOf(price);
  if (quantity?.dimension !== "perTime") return;
  notes.push(text("read.pricePerHour", { price, perHour: formulaInput("dollars", quantity.value) }));
}

/** The Chinese numerals of the months, 1 to 12 (三月 is March). */
const CHINESE_MONTHS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** A Chinese character: a date deadline typed in Chinese (年底前) is offered a length in Chinese. */
const CJK = /[\u4e00-\u9fff]/;

/** The months by number, as the refusal of 三月 names them (March). */
const MONTH_NAMES =
  ",January,February,March,April,May,June,July,August,September,October,November,December".split(",");

/** A node's size as typed: `nodes of 4`, `nodes x 4`, `4 gpus per node`, `4 per node`. */
const NODE_SIZE_SAID = /\bnodes?\s+(?:of|x|×)\s+(\d+)\b|\b(\d+)\s+(?:\S+\s+)?per\s+node\b/i;

/** A price per node-hour, as normalize.ts marks one: `$16/h/node`, `price=$16/h/node`. */
const NODE_PRICE = /^(price=)?\$(\d+(?:\.\d+)?)\/h\/node$/i;

/** The refusal of a node's price at `at`, with the line at the price per GPU of a node of GPUS_PER_NODE. */
function nodePriceRefusal(command: AnyCommand, words: readonly string[], at: number): UserError {
  const [, key = "", amount] = NODE_PRICE.exec(words[at] as string) ?? [];
  const perNode = Number(amount);
  // The node's size where the line says it (`32 nodes of 4 A100`), else the common 8.
  const said = NODE_SIZE_SAID.exec(words.join(" "));
  const gpus = Number(said?.[1] ?? said?.[2] ?? GPUS_PER_NODE);
  const perGpu = `$${Number((perNode / gpus).toPrecision(4))}/h`;
  const line = words.map((word, i) => (i === at ? `${key}${perGpu}` : word)).join(" ");
  return new UserError("read.pricePerNode", {
    word: words[at] as string,
    perNode: `$${perNode}/h`,
    perGpu,
    gpus,
    corrected: `${command.name} ${line}`,
  });
}

/** Whether a size (`70b`) or a published run (`llama-3-70b`, `llama 3 70b`) follows word `i`. */
function modelNamedAfter(
  words: readonly string[],
  lowered: readonly string[],
  i: number,
  context: ReaderContext,
  lookups: LineLookups,
): boolean {
  const { isModel, mayStartModel } = context;
  for (let j = i + 1; j < words.length; j++) {
    const word = (lowered[j] as string).replace(/[?,!.:;]+$/, "");
    if (SIZE.test(word)) return true;
    if (isModel && (isModel(word) || lookups.modelAt(words, j, isModel, mayStartModel) > 0)) return true;
  }
  return false;
}

/** `x8`, `*8`: a count with its sign first. */
const SIGN_FIRST: ReadonlySet<string> = new Set(["x", "*"]);
/** A decimal comma before a size: `1,5T`, `0,5B` (a grouped count has three digits after each comma). */
const DECIMAL_COMMA = /^\d+,\d{1,2}[kmbtp]?$/i;
/** Experts times their size: `8x7B`, `8*22B`. */
const EXPERTS_TIMES_SIZE = /^(\d+)\s*[x*]\s*(\d+(?:\.\d+)?[bm])$/i;
const SIZE = /^\d+(?:\.\d+)?[bm]$/i;

/**
 * `8x7B` (or `8` `x` `7B`) is refused, naming the Mixtral-style run when it is a run the bot knows
 * (mixtral-8x7b), else only experts= (`8x22b`: no run of that name to suggest).
 */
function expertsTimesSize(
  word: string,
  after: string | undefined,
  isModel: ((word: string) => boolean) | undefined,
): void {
  const glued = EXPERTS_TIMES_SIZE.exec(word);
  const experts =
    glued?.[1] ?? (after !== undefined && isDigits(word) && SIZE.test(after) ? word : undefined);
  const size = glued?.[2] ?? after;
  if (experts === undefined || size === undefined) return;
  const model = `mixtral-${experts}x${size.toLowerCase()}`;
  const named = isModel === undefined || isModel(model);
  throw new UserError(named ? "read.expertsTimesSize" : "read.expertsTimesSizeUnknown", {
    value: `${experts}x${size}`,
    model,
    experts,
  });
}

/** Whether `option` was set among the words read (`gpus=512`). */
function hasAssigned(assigned: readonly string[], option: string | undefined): boolean {
  if (option === undefined) return false;
  const prefix = `${option}=`;
  return assigned.some((word) => word.startsWith(prefix));
}

/** The count already set for `option` (`gpus=8`), when one was. */
function givenCount(assigned: readonly string[], option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  const prefix = `${option}=`;
  const found = assigned.find((word) => word.startsWith(prefix))?.slice(prefix.length);
  return found !== undefined && isDigits(found) ? Number(found) : undefined;
}

/** `45` then `%` typed apart. */
const stripPercentSpace = (value: string, after: string | undefined) => (after === "%" ? `${value}%` : value);

/**
 * The paper symbols mean what they mean in the papers (Kaplan et al. 2020, Hoffmann et al. 2022):
 * upper-case `D=` is tokens and `C=` compute wherever the command takes them; lower-case `d=` keeps
 * its documented meaning (the model width in compute and cards, tokens in chinchilla).
 */
function paperSymbol(command: AnyCommand, word: string): string {
  // Only a one-letter key can be a symbol: any other word is kept without slicing it.
  if (word.charAt(1) !== "=") return word;
  const key = word.charAt(0);
  const value = word.slice(2);
  if (key === "D") {
    const tokens = staticsOf(command).tokens;
    if (tokens) return `${tokens}=${value}`;
  }
  if (key === "C") {
    const budget = staticsOf(command).budget;
    if (budget) return `${budget}=${value}`;
  }
  return word;
}

/** Whether some precision option of the command takes this precision (one without a list takes any). */
function acceptsPrecision(command: AnyCommand, precision: string): boolean {
  const candidates = staticsOf(command).precisions;
  return (
    candidates.length === 0 ||
    candidates.some(([, spec]) => !spec.choices || spec.choices.includes(precision))
  );
}

function precisionOption(command: AnyCommand, precision: string): string | undefined {
  const candidates = staticsOf(command).precisions;
  return (candidates.find(([, spec]) => spec.choices?.includes(precision)) ?? candidates[0])?.[0];
}

/** Sets the mode, or keeps the more specific of two training modes (`fine-tune … with lora` is lora). */
function setMode(assigned: string[], [option, value]: [string, string]): void {
  const prefix = `${option}=`;
  const at = assigned.findIndex((word) => word.startsWith(prefix));
  const before = at < 0 ? undefined : MODE_RANK.get(assigned[at]?.slice(prefix.length) ?? "");
  const rank = MODE_RANK.get(value);
  if (at < 0 || before === undefined || rank === undefined) assigned.push(`${option}=${value}`);
  else if (rank > before) assigned[at] = `${option}=${value}`;
}

function modeOption(command: AnyCommand, word: string, mode: string): [string, string] | undefined {
  for (const [name, spec] of entries(command)) {
    if (spec.kind !== "choice" || !spec.choices) continue;
    if (spec.choices.includes(word)) return [name, word];
    if (spec.choices.includes(mode) && (name === "mode" || spec.aliases.includes("for"))) return [name, mode];
  }
  return undefined;
}
