import { isDigitCode } from "../core/chars.ts";
import { GPUS, mayStartGpuName, PRECISIONS } from "../core/gpus.ts";
import { askedCommand, withoutEndPunctuation } from "./askedCommand.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { labelledNumberAt } from "./labelledNumber.ts";
import { BILLIONS_OR_TRILLIONS, FILLER, FIT_WORDS, LineLookups } from "./reader.ts";
import { findCommand, type Registry } from "./registry.ts";

/**
 * Meeting one-liners that name runs rather than numbers: `gpt-3 vs chinchilla (which is more
 * efficient)` is a comparison; `llama 3 405b MFU` (`… 的 MFU 多少`) asks that run's MFU.
 * undefined for anything else (the ordinary choice goes on).
 */
export function meetingCommand(
  registry: Registry,
  words: readonly string[],
): { command: AnyCommand; rest: string[] } | undefined {
  return (
    catalogAsked(registry, words) ??
    gpuSpecAsked(registry, words) ??
    shapeCounted(registry, words) ??
    fitAsked(registry, words) ??
    sizeAsked(registry, words) ??
    memoryAsked(registry, words) ??
    chinchillaAfterSize(registry, words) ??
    runsCompared(registry, words) ??
    efficiencyAsked(registry, words) ??
    runAsked(registry, words) ??
    runAskedWithOptions(registry, words) ??
    askedWhat(registry, words) ??
    askedAfterValue(registry, words) ??
    askedBetweenValues(registry, words)
  );
}

/**
 * The catalog asked for in words (`list all gpus`, `which AMD GPUs do you know`, `amd gpus`, 列出所有
 * AMD 的 GPU, AMD 的顯卡有哪些): `gpus`, filtered by the one vendor named. Only catalog words, one
 * vendor at most and words that ask which (`how many gpus` asks a count, `which gpu is fastest` a
 * comparison: neither is this).
 */
function catalogAsked(registry: Registry, words: readonly string[]) {
  if (words.length > 8 || !words.some((word) => CATALOG_WORDS.has(withoutEndPunctuation(word).toLowerCase())))
    return undefined;
  const gpus = findCommand(registry, "gpus");
  const vendors: string[] = [];
  for (const word of words) {
    const lower = withoutEndPunctuation(word).toLowerCase();
    if (VENDORS.has(lower)) vendors.push(lower);
    else if (!CATALOG_WORDS.has(lower) && !CATALOG_ASKING.has(lower) && lower !== "") return undefined;
  }
  if (!gpus || vendors.length > 1) return undefined;
  return { command: gpus, rest: vendors };
}
/** The words that name the catalog's entries. */
const CATALOG_WORDS: ReadonlySet<string> = new Set(
  "gpu gpus card cards chip chips accelerator accelerators catalog".split(" "),
);
/** Words asking which of them there are (哪些 is "which", left so by normalize.ts). */
const CATALOG_ASKING: ReadonlySet<string> = new Set(
  "list show me all the every which what do does you know have are there is available supported support in your please 哪些".split(
    " ",
  ),
);
/** The catalog's vendors, lower-cased (`amd`, `nvidia`, `google`). */
const VENDORS: ReadonlySet<string> = new Set(GPUS.map((gpu) => gpu.vendor.toLowerCase()));

/**
 * A command's name between values that are not its own (`70B 1.4T mfu 2048 A100 30 days`, `70B mfu
 * 1.4T …`): that command asked, when the name also labels an option of the default command (MFU
 * labels a percent: `45% MFU`, `mfu 0.45`) but neither neighbour can be that value. The word before
 * is no value or a size in billions or trillions; the word after is no value, a size, a count glued
 * to a GPU (`2048xA100`), or a number counting the GPU or time after it (`2048 A100`, `30 days`).
 */
function askedBetweenValues(registry: Registry, words: readonly string[]) {
  if (words.length < 3) return undefined;
  const plain = words.map(withoutEndPunctuation);
  let lookups: LineLookups | undefined;
  for (let at = 1; at < plain.length - 1; at++) {
    const word = plain[at] as string;
    const command = askedCommand(registry, word);
    if (!command || !findOption(registry.defaultCommand, word.toLowerCase())) continue;
    const before = plain[at - 1] as string;
    if (VALUE_START.test(before) && !BILLIONS_OR_TRILLIONS.test(before)) continue;
    // Between values: a value typed before it (`q: mfu 70B …` opens with a label, read elsewhere).
    if (!plain.slice(0, at).some((word) => VALUE_START.test(word))) continue;
    const after = plain[at + 1] as string;
    // `MFU of 45%`, `mfu is 0.45`: the label, a link word, then its value.
    if (LABEL_LINKS.has(after.toLowerCase())) continue;
    lookups ??= new LineLookups();
    const notItsValue =
      !VALUE_START.test(after) ||
      BILLIONS_OR_TRILLIONS.test(after) ||
      // A number with its unit, one word by now (`30 days`, `$2/h`).
      after.includes(" ") ||
      GLUED_TO_GPU.test(after) ||
      (/^\d+$/.test(after) &&
        (COUNTED_AFTER.has((plain[at + 2] ?? "").toLowerCase()) ||
          lookups.gpuAt(plain, at + 2) !== undefined));
    if (notItsValue) return { command, rest: words.filter((_, k) => k !== at) };
  }
  return undefined;
}
/** Words between a label and its value (`MFU of 45%`). */
const LABEL_LINKS: ReadonlySet<string> = new Set(["of", "is", "at", "=", "was", "were"]);
/** A word that starts like a value (`45%`, `$2`, `.5`, `0.45`), whose label may follow it. */
export const VALUE_START = /^[$+.\d%]/;
/** A count glued to its GPU: `2048xA100`, `8*H100`. */
const GLUED_TO_GPU = /^\d+[x*][a-z]/i;
/** What a whole number after the command's name may count: GPUs or time. */
const COUNTED_AFTER: ReadonlySet<string> = new Set(
  "gpus gpu days day d hours hour h weeks week months month x 張 天".split(" "),
);

/**
 * `what` then a command's name, after the values (`13B 1T 64 x H100 for 2 weeks, what MFU do I
 * need`): that command asked. Only past the first word (a command named first is chosen before).
 */
function askedWhat(registry: Registry, words: readonly string[]) {
  for (let i = 2; i < words.length; i++) {
    const before = words[i - 1] as string;
    // Every word of WHAT starts with a w: any other is not lower-cased.
    if ((before.charCodeAt(0) | 0x20) !== 119 || !WHAT.has(before.toLowerCase())) continue;
    const command = askedCommand(registry, withoutEndPunctuation(words[i] as string));
    if (command) return { command, rest: words.filter((_, k) => k !== i) };
  }
  return undefined;
}
/**
 * GPUs and a word asking for their figures (`H100 specs`, `what's the bf16 peak of H100`,
 * `B200 fp8 tflops`, `H100 的規格`, `peak of H100 and A100`), nothing else but filler and
 * precisions: the catalog's line for each (gpus shows memory, bandwidth and the dense bf16 and
 * fp8 peaks).
 */
export function gpuSpecAsked(registry: Registry, words: readonly string[]) {
  const gpus = findCommand(registry, "gpus");
  if (!gpus) return undefined;
  // Without a word asking for figures, only GPU names (`H100 vs A100`, `H20`, `a100 40gb`): a line
  // that names nothing else asks what they are. Filler is not skipped there (`how long on H100`
  // asks for a plan that has no model, never for the H100's line).
  // `H100 sparse`, `sparse H100 fp8`: the sparse peak asked asks for figures as `tflops` does.
  const asked = words.some((word) => isSpecWord(word) || isSparseWord(word));
  // `which is faster, H100 or A100`, `is the H100 faster than the A100`, H100 跟 A100 哪個最快: GPUs
  // compared and nothing else, their lines side by side (two names at least: a comparison).
  const compared = !asked && words.some(isComparisonWord);
  if (!asked && !compared && !gpusOnly(words)) return undefined;
  const lookups = new LineLookups();
  const plain = words.map(withoutEndPunctuation);
  const named: string[] = [];
  let precision: string | undefined;
  let sparse = false;
  for (let i = 0; i < plain.length; i++) {
    const word = plain[i] as string;
    const lower = word.toLowerCase();
    // `B200 fp4 tflops`, `H100 int8 peak`: the dense peak at that precision, a row of its own.
    if (asked && CATALOG_PRECISIONS.has(lower)) {
      precision ??= lower;
      continue;
    }
    if (SPEC_PRECISIONS.has(lower) || LIST_WORDS.has(lower) || lower === "and" || lower === "") continue;
    // `H100 sparse fp8 tflops`: passed on, for gpus to say its peaks are dense and what sparse is.
    if (asked && SPARSE_WORDS.has(lower)) {
      sparse = true;
      continue;
    }
    // `which has more flops, H100 or A100`: a figure asked and compared, the lines side by side.
    if (asked && (isSpecWord(word) || FILLER.has(lower) || COMPARISON_WORDS.has(lower))) continue;
    if (compared && (COMPARISON_WORDS.has(lower) || FILLER.has(lower))) continue;
    const gpu = lookups.gpuAt(plain, i);
    if (!gpu) return undefined;
    named.push(gpu.text);
    i += gpu.length - 1;
  }
  if (compared && named.length < 2 && !gpusOnly(words)) return undefined;
  if (named.length === 0) return undefined;
  const asks = [named.join(", "), ...(precision ? [precision] : []), ...(sparse ? ["sparse"] : [])];
  return { command: gpus, rest: [asks.join(" ")] };
}
/**
 * A short line whose first word may begin a GPU's name and none of whose words is a number or an
 * option (`H100 vs A100`, `tpu v5e`): what gpuSpecAsked reads as GPU names only, looked up there.
 */
function gpusOnly(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || words.length > 8 || !mayStartGpuName(withoutEndPunctuation(first))) return false;
  for (const word of words) if (word.includes("=")) return false;
  return true;
}
/**
 * A parameter count asked of a shape (`how many params does a 32 layer 4096 hidden model have`,
 * `params of 32 layers, d_model 4096, vocab 50257`): params, when a word says parameters and every
 * other word is filler, an architecture's name or a number labelled with a params option.
 */
export function shapeCounted(registry: Registry, words: readonly string[]) {
  const params = findCommand(registry, "params");
  // Most lines say no parameters: one look at each word's first letter before any other work.
  if (!params || !words.some(isParamsWord)) return undefined;
  const plain = words.map(withoutEndPunctuation).filter((word) => word !== "");
  const rest: string[] = [];
  let pairs = 0;
  for (let i = 0; i < plain.length; i++) {
    const lower = (plain[i] as string).toLowerCase();
    if (PARAMS_WORDS.has(lower) || FILLER.has(lower)) continue;
    if (ARCHITECTURE_NAMES.has(lower)) {
      rest.unshift(lower);
      continue;
    }
    // `d=4096` typed as the option it is.
    const equals = lower.indexOf("=");
    if (equals > 0 && findOption(params, lower.slice(0, equals))) {
      pairs += 1;
      rest.push(plain[i] as string);
      continue;
    }
    const pair = labelledNumberAt(params, plain, i);
    if (!pair) {
      pairs = 0;
      break;
    }
    pairs += 1;
    rest.push(pair.assigned);
    i += pair.length - 1;
  }
  if (pairs > 0) return { command: params, rest };
  // `how many params does llama 3 8b have`: the run's count, when the other words name one run.
  // `mixtral 8x7b active params` (啟用參數, 激活參數) too: params' answer has the active count per
  // token beside the total (its row "Active parameters per token").
  const named = plain.filter((word) => {
    const lower = word.toLowerCase();
    return !PARAMS_WORDS.has(lower) && !FILLER.has(lower) && !ACTIVE_WORDS.has(lower);
  });
  if (named.length > 0 && registry.acceptsWord?.(named.join(" "))) return { command: params, rest: named };
  return undefined;
}
const isParamsWord = (word: string): boolean =>
  (word.charCodeAt(0) | 0x20) === 112 && PARAMS_WORDS.has(withoutEndPunctuation(word).toLowerCase());
const PARAMS_WORDS: ReadonlySet<string> = new Set(["params", "param", "parameters", "parameter"]);
/** Which parameters are asked of a named run (`active params`): params gives them all. */
const ACTIVE_WORDS: ReadonlySet<string> = new Set(["active", "activated"]);
/** The architectures params counts by name (its GPT and decoder formulas). */
const ARCHITECTURE_NAMES: ReadonlySet<string> = new Set(["transformer", "gpt", "decoder", "llama", "moe"]);

/**
 * Whether a model fits (`does llama 3 70b fit on 2 H100`, `70B fits on H100?`, 放得下): the memory
 * question, which cards answers (its serving mode unless the line says training), wherever the
 * word stands.
 */
function fitAsked(registry: Registry, words: readonly string[]) {
  const cards = findCommand(registry, "cards");
  // Every fit word starts with an f: any other word is not lower-cased.
  const at = words.findIndex(
    (word) => (word.charCodeAt(0) | 0x20) === 102 && FIT_WORDS.has(withoutEndPunctuation(word).toLowerCase()),
  );
  // The word stays: the reader reads it as serving (or says it is left out of a training question).
  return !cards || at < 0 ? undefined : { command: cards, rest: [...words] };
}

/**
 * A model's size asked (`how big is llama 3 405b in bf16`, `how large are 70b's weights in fp8`):
 * the memory of its weights, which cards answers (serving, in the precision typed). Only `how big`
 * or `how large` before is/are (`how big a model …` asks for a size from a budget), and nothing of
 * training typed (tokens, a budget, compute).
 */
function sizeAsked(registry: Registry, words: readonly string[]) {
  const cards = findCommand(registry, "cards");
  if (!cards) return undefined;
  // Every word of HOW starts with an h: any other is not lower-cased.
  const at = words.findIndex(
    (word, i) =>
      (word.charCodeAt(0) | 0x20) === 104 &&
      word.toLowerCase() === "how" &&
      SIZE_WORDS.has((words[i + 1] ?? "").toLowerCase()) &&
      COPULAS.has((words[i + 2] ?? "").toLowerCase()),
  );
  if (at < 0) return undefined;
  const training = words.some((word) => {
    const lower = withoutEndPunctuation(word).toLowerCase();
    return TRAINING_ASKED.has(lower) || TOKEN_COUNT.test(lower);
  });
  return training ? undefined : { command: cards, rest: [...words] };
}
/**
 * A model size and a card's memory with no GPU before it (`70B in 80 GB?`, `13B 24GB`): whether it
 * fits in that memory, which cards answers (reader.ts reads the memory as a GPU of it). Not with
 * anything of training typed (tokens, a budget).
 */
function memoryAsked(registry: Registry, words: readonly string[]) {
  const cards = findCommand(registry, "cards");
  if (!cards) return undefined;
  const at = words.findIndex((word, i) => {
    // Cheap tests first: a memory ends in b (`24GB`, `80gib`) or is followed by a word starting with g.
    if (!isDigitCode(word.charCodeAt(0))) return false;
    const last = word.charCodeAt(word.length - 1) | 0x20;
    if (last !== 98 && last !== 63 && ((words[i + 1] ?? "").charCodeAt(0) | 0x20) !== 103) return false;
    const lower = withoutEndPunctuation(word).toLowerCase();
    const unit = withoutEndPunctuation(words[i + 1] ?? "").toLowerCase();
    return MEMORY_WORD.test(lower) || (NUMBER_WORD.test(lower) && (unit === "gb" || unit === "gib"));
  });
  if (at < 0) return undefined;
  const before = withoutEndPunctuation(words[at - 1] ?? "").toLowerCase();
  if (before !== "" && !FILLER.has(before) && !MODEL_SIZE.test(before)) return undefined;
  const sized = words.some((word) => MODEL_SIZE.test(withoutEndPunctuation(word)));
  const training = words.some((word) => {
    const lower = withoutEndPunctuation(word).toLowerCase();
    return TRAINING_ASKED.has(lower) || TOKEN_COUNT.test(lower);
  });
  return sized && !training ? { command: cards, rest: [...words] } : undefined;
}
const MEMORY_WORD = /^\d+(?:\.\d+)?(?:gb|gib)$/;
const NUMBER_WORD = /^\d+(?:\.\d+)?$/;

const SIZE_WORDS: ReadonlySet<string> = new Set(["big", "large"]);
const COPULAS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
/** Words that ask about training, not the weights' size (`how big is the compute for …`). */
const TRAINING_ASKED: ReadonlySet<string> = new Set(
  "tokens token compute flops flop budget train training dataset data".split(" "),
);
/** A token count or a budget as typed (`2T`, `1e24`): training's values, never a size of weights. */
const TOKEN_COUNT = /^\d+(?:\.\d+)?(?:t|e\d+)$/;

/**
 * `chinchilla` after a model size (`1.5B params how many tokens for chinchilla`, `7B chinchilla`)
 * or a compute budget (`3.8e25 FLOPs chinchilla`): the rule (20 tokens per parameter) asked of it, never the Chinchilla run's figures (its
 * 1.4T tokens and 80 layers) filled in for a model of another size. Not in a comparison (`vs`).
 */
function chinchillaAfterSize(registry: Registry, words: readonly string[]) {
  // Only a word starting with c can be `chinchilla`: any other is not lower-cased.
  const at = words.findIndex(
    (word, i) =>
      i > 0 &&
      (word.charCodeAt(0) | 0x20) === 99 &&
      withoutEndPunctuation(word).toLowerCase() === "chinchilla",
  );
  const chinchilla = findCommand(registry, "chinchilla");
  if (at < 0 || !chinchilla) return undefined;
  // One model size, and at most one token count after it (`70B 2T chinchilla`: is 2T optimal for
  // 70B?), which chinchilla reads as `chinchilla 70B 2T` and answers with its share of the optimum.
  const sizes = words.filter((word) => ANY_SIZE.test(withoutEndPunctuation(word)));
  const sized =
    sizes.length >= 1 &&
    sizes.length <= 2 &&
    MODEL_SIZE.test(withoutEndPunctuation(sizes[0] ?? "")) &&
    words.some((word, i) => i < at && MODEL_SIZE.test(withoutEndPunctuation(word)));
  // Or a compute budget and no size (`3.8e25 FLOPs chinchilla`): the rule for that budget, √(C/120),
  // never the Chinchilla run's 70B and 1.4T beside a budget they do not spend.
  const budgeted =
    sizes.length === 0 &&
    words.some((word, i) => i < at && BUDGET_EXPONENT.test(withoutEndPunctuation(word)));
  // Or a run named before it and tokens asked (`gpt-3 chinchilla how many tokens`, GPT-3 需要多少
  // Chinchilla token): the rule asked of that run's size, its published tokens set beside it.
  const runNamed =
    sizes.length === 0 &&
    !budgeted &&
    words.some((word, i) => i > at && TOKEN_WORDS.has(withoutEndPunctuation(word).toLowerCase())) &&
    runNamedBefore(registry, words, at);
  if (
    !(sized || budgeted || runNamed) ||
    words.some((word) => mayBeVersus(word) && VERSUS.has(word.toLowerCase()))
  )
    return undefined;
  return { command: chinchilla, rest: words.filter((_, i) => i !== at) };
}
/** Words asking for tokens. */
const TOKEN_WORDS: ReadonlySet<string> = new Set(["token", "tokens"]);
/** A run's name in the words before `at`, question words left out (`gpt-3`, `how many … llama 3 70b`). */
function runNamedBefore(registry: Registry, words: readonly string[], at: number): boolean {
  if (!registry.acceptsWord) return false;
  const name = words.slice(0, at).filter((word) => !isAsk(word));
  return name.length > 0 && registry.acceptsWord(name.join(" "));
}
/** A compute budget in powers of ten as typed (`3.8e25`, `1e24`): no parameter or token count has one. */
const BUDGET_EXPONENT = /^\d+(?:\.\d+)?e\d+$/i;
/** A size with its multiplier: parameters or tokens (`70B`, `2T`). */
const ANY_SIZE = /^\d+(?:\.\d+)?[kmbt]$/i;
/** A parameter count as typed: `1.5B`, `70b`, `350M`. */
const MODEL_SIZE = /^\d+(?:\.\d+)?[bm]$/i;

/** Words between GPUs named together (`H100 vs A100 specs`); `and` is filler already. */
const LIST_WORDS: ReadonlySet<string> = new Set(["or", "vs", "vs.", "versus", "&"]);
/** Words asking for a GPU's figures. */
const SPEC_WORDS: ReadonlySet<string> = new Set(
  "spec specs specification specifications peak peaks tflops tflop/s tops flops flop/s datasheet bandwidth memory hbm vram 規格 峰值 頻寬".split(
    " ",
  ),
);
export const isSpecWord = (word: string): boolean =>
  word.length <= 16 &&
  SPEC_FIRST.has(word.charAt(0)) &&
  SPEC_WORDS.has(withoutEndPunctuation(word).toLowerCase());
/** The first characters of SPEC_WORDS, either case: a word starting otherwise is not lower-cased. */
const SPEC_FIRST: ReadonlySet<string> = new Set([..."sSpPtTdDbBmMhHvVfF", "規", "峰", "頻"]);
/**
 * Words comparing GPUs (`which is faster`, `is the H100 faster than the A100`; 最快 and 比較快 are
 * `fastest` and `faster` by now): the catalog's lines side by side answer it.
 */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(
  "faster fastest quicker quickest slower slowest better stronger strongest cheaper cheapest powerful more less efficient than compare compared comparing".split(
    " ",
  ),
);
/** The first characters of COMPARISON_WORDS, either case: a word starting otherwise is not lower-cased. */
const COMPARISON_FIRST: ReadonlySet<string> = new Set([..."fFqQsSbBcCpPmMtTlLeE"]);
const isComparisonWord = (word: string): boolean =>
  word.length <= 10 &&
  COMPARISON_FIRST.has(word.charAt(0)) &&
  COMPARISON_WORDS.has(withoutEndPunctuation(word).toLowerCase());
/** Precisions the catalog's line shows (bf16 and fp8 dense peaks). */
const SPEC_PRECISIONS: ReadonlySet<string> = new Set(["bf16", "fp8", "fp16", "dense"]);
/** A sparse peak asked for (`H100 sparse fp8 tflops`): the catalog's are dense, and gpus says so. */
const SPARSE_WORDS: ReadonlySet<string> = new Set(["sparse", "sparsity", "稀疏"]);
const isSparseWord = (word: string): boolean =>
  word.length <= 9 && SPARSE_WORDS.has(withoutEndPunctuation(word).toLowerCase());
/** Every precision the catalog holds a dense peak for: asked with a GPU's figures, its own row. */
const CATALOG_PRECISIONS: ReadonlySet<string> = new Set(PRECISIONS);

const WHAT: ReadonlySet<string> = new Set(["what", "what's", "whats", "which"]);

/**
 * A command's name last, after a value (`推論 70B 需要多少 VRAM` → `infer 70B VRAM`): the question,
 * when the name is no option of the default command (`at 45% MFU` labels a value; VRAM labels none).
 */
function askedAfterValue(registry: Registry, words: readonly string[]) {
  if (words.length < 2) return undefined;
  const last = withoutEndPunctuation(words[words.length - 1] as string);
  const command = askedCommand(registry, last);
  if (!command || findOption(registry.defaultCommand, last.toLowerCase())) return undefined;
  return { command, rest: words.slice(0, -1) };
}

/**
 * A run named first (`chinchilla`, also a command's name) compared: joined to another by `vs`, or
 * with `compare` after the names (`chinchilla 70b and gpt-3 compare`, 比較 last); undefined otherwise.
 */
export function runsComparedFirst(registry: Registry, words: readonly string[]) {
  const compare = findCommand(registry, "compare");
  if (!compare) return undefined;
  const at = words.findIndex(
    (word, i) => i > 0 && findCommand(registry, withoutEndPunctuation(word)) === compare,
  );
  if (at > 0) return { command: compare, rest: words.filter((word, i) => i !== at && !isAsk(word)) };
  return runsCompared(registry, words);
}

/** Two run names joined by `vs`: compare, with the question words (`which is more efficient`) left out. */
function runsCompared(registry: Registry, words: readonly string[]) {
  // `which is more efficient, gpt-3 or chinchilla`: `or` joins two runs' names as `vs` does.
  const at = words.findIndex(
    (word) => (mayBeVersus(word) && VERSUS.has(word.toLowerCase())) || word.toLowerCase() === "or",
  );
  const compare = findCommand(registry, "compare");
  const mayStart = registry.mayStartWord;
  if (at <= 0 || !compare || !mayStart) return undefined;
  const before = words.slice(0, at).filter((word) => !isAsk(word));
  const next = words[at + 1];
  if (before.length === 0 || next === undefined) return undefined;
  // `gpt-3 vs chinchilla?`: the name without the question's mark.
  const after = withoutEndPunctuation(next);
  if (!mayStart(before[0] as string) || !mayStart(after)) return undefined;
  const rest = words.filter((word) => !isAsk(word)).map(withoutEndPunctuation);
  return { command: compare, rest: rest.map((word) => (word.toLowerCase() === "or" ? "vs" : word)) };
}

/** `efficient` and `efficiency`, as a run's question asks them (`how efficient was bloom`). */
const EFFICIENCY = new Set(["efficient", "efficiency"]);
/** Words that make efficiency a comparison (`most efficient GPU`, `more efficient than`): no run's MFU. */
const COMPARING = new Set(["most", "more", "less", "least", "than", "vs", "versus", "or"]);

/**
 * A run's efficiency asked (`how efficient was bloom`, `bloom's efficiency`, `how efficient was
 * deepseek v3 on H800`): that run's MFU, the measure of it, with the words after the run's name
 * as the MFU command's options. A comparison (`most efficient GPU`) names no run and is left alone.
 */
function efficiencyAsked(registry: Registry, words: readonly string[]) {
  const mfu = findCommand(registry, "mfu");
  if (!mfu || !registry.acceptsWord) return undefined;
  const lower = words.map((word) => withoutEndPunctuation(word.toLowerCase()));
  const at = lower.findIndex((word) => EFFICIENCY.has(word));
  if (at < 0 || lower.some((word) => COMPARING.has(word))) return undefined;
  const rest = words.filter((_, i) => i !== at);
  const start = rest.findIndex((word) => !isAsk(word));
  if (start < 0) return undefined;
  for (let end = Math.min(rest.length, start + 5); end > start; end--) {
    const name = rest.slice(start, end).map((word) => withoutEndPunctuation(word).replace(/['’]s$/i, ""));
    if (registry.acceptsWord(name.join(" "))) return { command: mfu, rest };
  }
  // `how efficient is 70B 2T on 1024 H100 in 30 days`: the run's numbers instead of its name.
  const how = lower[at - 1] === "how";
  return how && rest.some((word) => /^\d/.test(word)) ? { command: mfu, rest } : undefined;
}

/** A run's name and then a command's name (`llama 3 405b MFU`): that command, for that run. */
function runAsked(registry: Registry, words: readonly string[]) {
  if (words.length < 2 || !registry.acceptsWord) return undefined;
  const command = findCommand(registry, withoutEndPunctuation(words[words.length - 1] as string));
  if (!command || command === registry.defaultCommand || command === findCommand(registry, "help"))
    return undefined;
  // `llama 3 70b how many gpus` (要幾張卡): the GPUs it takes, never the catalog searched for the run.
  if (command === findCommand(registry, "gpus")) return undefined;
  const name = words.slice(0, -1).filter((word) => !isAsk(word));
  if (name.length === 0 || !registry.acceptsWord(name.join(" "))) return undefined;
  return { command, rest: name };
}

/**
 * A run's name, a command's name, then that command's options (`deepseek-v3 mfu fp8`, `deepseek v3
 * mfu in fp8`): that command, for that run, with the options. The name is asked as `askedCommand`
 * asks it (no everyday word, no run's name).
 */
function runAskedWithOptions(registry: Registry, words: readonly string[]) {
  if (words.length < 3 || !registry.acceptsWord) return undefined;
  for (let at = 1; at < words.length - 1; at++) {
    const command = askedCommand(registry, withoutEndPunctuation(words[at] as string));
    if (!command || command === findCommand(registry, "gpus")) continue;
    // `llama 3 70b 15T 2048 H100 mfu 45% …`: the name labels its value (a percent or a fraction), the
    // default command's option, never the command asked of the run.
    if (FRACTION_VALUE.test(words[at + 1] ?? "") && findOption(registry.defaultCommand, command.name))
      continue;
    const name = words.slice(0, at).filter((word) => !isAsk(word));
    if (name.length > 0 && registry.acceptsWord(name.join(" ")))
      return { command, rest: [...name, ...words.slice(at + 1)] };
    // `deepseek v3 on H800 MFU realistic?` (DeepSeek V3 在 H800 上的 MFU): the run's name first, its
    // options before the command's name as after it; not a value the name labels (`60% MFU`).
    if (name.some((word) => word.includes("%"))) return undefined;
    for (let end = Math.min(name.length - 1, 4); end >= 1; end--) {
      if (registry.acceptsWord(name.slice(0, end).join(" ")))
        return { command, rest: [...name, ...words.slice(at + 1)] };
    }
    return undefined;
  }
  return undefined;
}

/** A percent or a fraction as typed (`45%`, `0.45`, `.45`): what an MFU label takes. */
export const FRACTION_VALUE = /^(?:\d+(?:\.\d+)?%|0?\.\d+)[,;.?]?$/;

const VERSUS = new Set(["vs", "vs.", "versus", "v.s."]);
/** Every word of VERSUS begins with a v: any other word is lower-cased for nothing. */
const mayBeVersus = (word: string) => word.charAt(0) === "v" || word.charAt(0) === "V";

/** Words that only ask which is better: the comparison answers them. */
// `mfu` and `efficiency` too (`llama 3 405b vs deepseek v3 mfu`): the comparison's rows show each run's MFU.
const ASKS = new Set(
  "which is more most better best efficient efficiency cheaper faster one mfu utilization".split(" "),
);
const isAsk = (word: string): boolean => {
  const lower = withoutEndPunctuation(word.toLowerCase());
  return lower === "" || ASKS.has(lower) || (FILLER.has(lower) && !VERSUS.has(lower));
};

/**
 * A command named, and named again later in the line: the later name is no value
 * (`compare gpt-3 chinchilla 哪個比較有效率`, `推論 70B 需要多少 VRAM`). Serving asked about memory
 * (`部署 llama-3-70b 需要多少記憶體`) is the cards' memory question for inference.
 */
/** A FLOP count as typed before its unit: a power of ten (`1e21`, `3.14e23`) or petaFLOP (`500P`). */
const FLOP_COUNT = /^\d+(?:\.\d+)?(?:e[+-]?\d+|p)$/i;

export function namedAgain(
  registry: Registry,
  command: AnyCommand,
  rest: string[],
): { command: AnyCommand; rest: string[] } {
  const cards = findCommand(registry, "cards");
  let memory = false;
  const kept = rest.filter((word, i) => {
    if (word.includes("=")) return true;
    const named = findCommand(registry, withoutEndPunctuation(word));
    // Right after a budget-sized number it is that number's unit (`compute 1e21 FLOPs on 64 H100`:
    // a budget, read as 1e21 parameters once the word was dropped), not the command named again.
    if (named === command) {
      const before = rest[i - 1] ?? "";
      return isDigitCode(before.charCodeAt(0)) && FLOP_COUNT.test(before);
    }
    if (named && named === cards && command.name === "serve") {
      memory = true;
      return false;
    }
    return true;
  });
  if (memory && cards) return { command: cards, rest: [...kept, "mode=infer"] };
  return kept.length === rest.length ? { command, rest } : { command, rest: kept };
}
