import { askedCommand, withoutEndPunctuation } from "./askedCommand.ts";
import type { AnyCommand } from "./command.ts";
import {
  FRACTION_VALUE,
  gpuSpecAsked,
  isSpecWord,
  meetingCommand,
  namedAgain,
  runsComparedFirst,
  shapeCounted,
  VALUE_START,
} from "./meeting.ts";
import { BILLIONS_OR_TRILLIONS, FILLER, LineLookups } from "./reader.ts";
import { findCommand, type Registry } from "./registry.ts";

/** The command a line names (or the default), and the words left for its options. */
export interface Choice {
  command: AnyCommand;
  /** The line named the command; otherwise it is the default, which another command may replace (read.ts). */
  explicit: boolean;
  /** The first word after the opening filler: a mistyped command name when nothing took it. */
  first: string | undefined;
  /** The words without the command's name. */
  rest: string[];
  /**
   * A second question the answer does not cover (`how long … and how much memory`): the command
   * that answers it and the word that asked, said in a note (the time question is answered).
   */
  alsoAsked?: { command: AnyCommand; word: string; count?: true };
  /** The line only greeted or asked what the bot does (`hi`, 你好, `what can you do`): help, said so. */
  helpAsked?: true;
  /** The line only asked which runs the bot knows (`list models`, `which runs do you know`): their list, said so. */
  runsAsked?: true;
}

/**
 * Chooses the command, once per line. A question's opening words (`how long to train …`) are
 * skipped; a command word after them counts only when it is not itself an everyday word (`how
 * many gpus …` is not the GPU catalog). No words at all is `help`.
 */
export function chooseCommand(registry: Registry, line: readonly string[]): Choice {
  const choice = chooseOnce(registry, line);
  // `palm hfu`, `hfu 540B …`: HFU asked by its name, which names mfu (an alias) and was dropped as
  // such; the answer's HFU row needs the recomputation it counts (mfu's `recompute`, alias `hfu`).
  if (choice.command.name === "mfu" && !choice.rest.some(isRecompute) && line.some(isHfu))
    choice.rest = [...choice.rest, "recompute"];
  return choice;
}
/** A word giving a run's GPU time or rate (`30 days`, `days=30`, `gpu-hours=2.7M`, `3000 tokens/s`): what mfu measures. */
const isGpuTime = (word: string) => GPU_TIME.test(word);
const GPU_TIME =
  /\d\s*(?:days?|d|hours?|hrs?|h|weeks?|w|months?|years?|y)[?,!.]*$|^(?:days|time|duration|wall|gpu-hours|gpuhours|gpu-h|hours|tokens-per-second|tokens-per-gpu)=|tokens?\/s|gpu-hours/i;
const isHfu = (word: string) => word.length <= 4 && withoutEndPunctuation(word).toLowerCase() === "hfu";
const isRecompute = (word: string) => /^(?:recompute|hfu|remat)[?,!]*$/i.test(word);

function chooseOnce(registry: Registry, line: readonly string[]): Choice {
  const help = asksForHelp(line) ? findCommand(registry, "help") : undefined;
  if (help) return { command: help, explicit: true, first: line[0], rest: [], helpAsked: true };
  const runs = asksForRuns(line) ? findCommand(registry, "model") : undefined;
  if (runs) return { command: runs, explicit: true, first: line[0], rest: [], runsAsked: true };
  const words = withoutJudgementLast(registry, line);
  // `mfu: 70B 2T …`, `cards: 70B H100`: a command named with a colon after it, as a label, is that
  // command (`cards` and `gpus` are filler words too: never skipped as such when they open the line).
  const named = (word: string) => findCommand(registry, word.endsWith(":") ? word.slice(0, -1) : word);
  let start = 0;
  while (start < words.length - 1 && isFiller(words[start] as string) && !named(words[start] as string))
    start++;
  const first = words[start];
  let command = first === undefined ? findCommand(registry, "help") : named(first);
  if (command && start > 0 && isFiller(first as string)) command = undefined;
  // `how much memory does an L40S have`, `what's the memory bandwidth of an H200`, `vram of h100 vs
  // a100`: a command's name that asks for a GPU's figures, with only GPUs after it, is the catalog's
  // line for them (cards would need a model).
  if (command && first !== undefined && isSpecWord(first)) {
    const spec = gpuSpecAsked(registry, words);
    if (spec) return { command: spec.command, explicit: true, first, rest: spec.rest };
  }
  // `gpus H100 tflops`, `gpus H100 sparse fp8 tflops`: the catalog named, then a card and the figure
  // asked of it, read as the same line without `gpus` is (the figure's word was read as a name).
  if (command?.name === "gpus") {
    const spec = gpuSpecAsked(registry, words.slice(start + 1));
    if (spec) return { command: spec.command, explicit: true, first, rest: spec.rest };
  }
  // `compare H100 A100`, `compare MI300X and H100`, MI300X 跟 H100 比較: GPUs and nothing else (no
  // run, no size) are their catalog lines side by side, as `h100 vs a100` is; with sizes, compare
  // refuses them for a plan's GPU list (compare.ts).
  if (command?.name === "compare") {
    const spec = gpuSpecAsked(registry, words);
    if (spec) return { command: spec.command, explicit: true, first, rest: spec.rest };
  }
  // `run llama-3-70b on 8 H100` runs a model on GPUs (served, or trained when tokens are given),
  // as `running …` is; `run gpt-3` alone still looks the run up.
  if (command && first?.toLowerCase() === "run" && namesGpu(words, start + 1)) command = undefined;
  // `gpu hours for llama 2 7b`, `gpu days for gpt-3`: the catalog's alias then a unit of time asks
  // for GPU time (the reader notes it), not for a GPU named `hours for …`.
  if (command?.name === "gpus" && TIME_AFTER_COUNT.test(words[start + 1] ?? "")) command = undefined;
  // `gpu memory required for 13B in fp16`: a model's size after the catalog's alias asks of the
  // model (the catalog filters by GPU names, never by a size).
  if (command?.name === "gpus" && words.some((word, i) => i > start && MODEL_SIZE.test(word)))
    command = undefined;
  // `params for 32 layers d=4096 vocab 32000`, `params of 24 layers 1024 hidden`, `parameter count of
  // llama 3 8b` (`count` names params after a filler word): the shape's count, its filler words
  // skipped, as when `params` is said later in the line.
  if (command?.name === "params" && (start > 0 || FILLER.has((words[1] ?? "").toLowerCase()))) {
    const shape = shapeCounted(registry, start > 0 ? words.filter((_, i) => i !== start) : words);
    if (shape) return { command: shape.command, explicit: true, first, rest: shape.rest };
  }
  // `chinchilla vs gpt-3`, `chinchilla 70b 和 gpt-3 比較`: a command's name that is also a run's,
  // set beside another run, is that run compared (as `gpt-3 vs chinchilla` is).
  if (command && start === 0 && first !== undefined && registry.acceptsWord?.(first)) {
    const compared = runsComparedFirst(registry, words);
    if (compared) return { command: compared.command, explicit: true, first, rest: compared.rest };
    // `chinchilla flops`, `chinchilla training compute?`, `chinchilla mfu`: the run's own figure asked
    // (no size or budget for the rule to take), as `how many flops was chinchilla` is.
    const asked = runFigureAsked(registry, words);
    if (asked) return { command: asked, explicit: true, first, rest: [first] };
  }
  // `how long would chinchilla take on 1024 H100s`: the rule's name that is also a run's, a time asked
  // on GPUs (no option of the rule's) and no size or budget but the run's own: the run's training on
  // them, as `how long to train chinchilla on 1024 H100s` is. `chinchilla 70B on H100` stays the rule
  // (its tokens, with the GPU named as not used), as `how long would chinchilla 175B take` does.
  if (
    command?.name === "chinchilla" &&
    first !== undefined &&
    registry.acceptsWord?.(first) &&
    asksHowLong(words) &&
    namesGpu(words, start + 1) &&
    !words.some((word, i) => i > start && ownSizeOnly(word, i === start + 1))
  )
    return { command: registry.defaultCommand, explicit: false, first, rest: words.slice(start) };
  // `how long and how much memory for 70B …`: the command named after the opening words is the
  // second question; the time is answered.
  if (command && start >= 2 && command !== registry.defaultCommand && asksHowMuchAt(words, start)) {
    if (asksHowLong(words))
      return {
        command: registry.defaultCommand,
        explicit: false,
        first,
        rest: words.filter((_, i) => i !== start),
        alsoAsked: { command, word: first as string },
      };
  }
  // `train deepseek v3 on H800 mfu`, `train 70B 2T on 512 H100 in 30 days mfu?`: training is what MFU
  // measures, so `train` first names no command of its own when `mfu` is asked last (as `用 H800 訓練
  // DeepSeek-V3 的 MFU` is read); `at 45% MFU` still labels a value (askedLast).
  if (command === registry.defaultCommand && start === 0 && first?.toLowerCase() === "train") {
    const rest = words.slice(1);
    const asked = askedLast(registry, rest);
    if (asked?.name === "mfu") return { command: asked, explicit: true, first, rest: rest.slice(0, -1) };
  }
  // `mfu 70%`, `MFU 70% realistic?` (MFU 70% 合理嗎): the name labels the percent and nothing else is
  // given to measure, no size and no GPU time: the MFU judged, as `is 70% MFU realistic` is. With a
  // run but no GPU time (`MFU 45%, gpt-3 on 1024 A100, how many days`, MFU 45% 的話 gpt-3 在 1024 張
  // A100 上要幾天): the MFU to plan at, since mfu has no option for a percent and measures only a time.
  if (command?.name === "mfu" && FRACTION_VALUE.test(words[start + 1] ?? "")) {
    const more = words.slice(start + 2);
    if (!more.some((word) => /[\d=]/.test(word)) || !more.some(isGpuTime))
      return { command: registry.defaultCommand, explicit: false, first, rest: words.slice(start) };
  }
  if (command) {
    // Built key by key: a spread of namedAgain's object with keys added measured slow (a tenth of parsing).
    const named = namedAgain(
      registry,
      command,
      words.filter((_, i) => i !== start),
    );
    const choice: Choice = { command: named.command, rest: named.rest, explicit: true, first };
    // `train 70B how many gpus` (訓練 70B 需要幾張顯示卡): the default command named, the count noted;
    // `how long to train 70B … and how much memory`: the second question noted.
    if (named.command === registry.defaultCommand) {
      const much = askedHowMuch(registry, words);
      if (much && asksHowLong(words)) {
        const at = named.rest.lastIndexOf(much.word);
        choice.rest = named.rest.filter((_, i) => i !== at);
        choice.alsoAsked = much;
      } else countAsked(registry, words, choice);
    }
    return choice;
  }
  // A config.json pasted with no command named (`config={…}`, as the console takes it over several
  // lines, or as a Hub error advises): params, the one command that reads it (compute refused it as
  // an option it does not have).
  const params = words.some((word) => PASTED_CONFIG.test(word)) ? findCommand(registry, "params") : undefined;
  if (params) return { command: params, explicit: true, first, rest: [...words] };
  const asked = askedLast(registry, words);
  // `how long … and how much memory`: two questions; the time is answered, the other is named
  // (before the meeting forms, whose command named last would answer only the second).
  if (asked && asksHowLong(words)) {
    const word = words[words.length - 1] as string;
    return {
      command: registry.defaultCommand,
      explicit: false,
      first,
      rest: words.slice(0, -1),
      alsoAsked: { command: asked, word },
    };
  }
  // `how long and how much memory for 70B …`, `how long … and how much memory does it need`:
  // the second question asked anywhere in the line, not only last.
  const much = askedHowMuch(registry, words);
  if (much && asksHowLong(words)) {
    const at = words.lastIndexOf(much.word);
    return {
      command: registry.defaultCommand,
      explicit: false,
      first,
      rest: words.filter((_, i) => i !== at),
      alsoAsked: much,
    };
  }
  // `gpt-3 vs chinchilla`, `llama 3 405b 的 MFU 多少` (meeting.ts).
  const meeting = meetingCommand(registry, words);
  if (meeting) return { command: meeting.command, explicit: true, first, rest: meeting.rest };
  if (asked) return { command: asked, explicit: true, first, rest: words.slice(0, -1) };
  // `how many GPUs for 70B`: the count is no value the default command reads (gpu, gpus, cards
  // are filler there); it is answered as ever, with a note naming the command that counts cards.
  const choice: Choice = { command: registry.defaultCommand, explicit: false, first, rest: [...words] };
  countAsked(registry, words, choice);
  return choice;
}

/** `config=`, `config-json=` or `hf-config=` (params' option and its aliases) opening a word. */
const PASTED_CONFIG = /^(?:config|config-json|hf-config)=/i;

/**
 * A line that only greets or asks what the bot does or how to use it (`hi`, `hello!`, `hey there`,
 * `help please`, `what can you do`, 你好, 哈囉, 幫助, 說明, 怎麼用): the overview an empty line gets.
 * The whole line only: a greeting before a question (`hey, 70B 2T`) is filler, as ever. The words
 * are normalize.ts's: 怎麼用 and 如何使用 are 怎麼 and 如何 by then, 你能做什麼 is 你.
 */
function asksForHelp(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  // `help` alone names the command: nothing to say of its reading (`help?` has its mark too).
  if (words.length === 1 && (words[0] as string).toLowerCase() === "help") return false;
  return HELP_ASKED.test(words.map((word) => withoutEndPunctuation(word).toLowerCase()).join(" "));
}
const GREETINGS =
  "hi|hello|hey|heya|hiya|howdy|yo|hallo|greetings|good (?:morning|afternoon|evening)|你好|您好|大家好|哈囉|哈嘍|哈喽|嗨";
const ADDRESSED = "there|all|everyone|folks|bot|flopsbot";
const HELP_WORDS = [
  "help(?: (?:please|pls|plz))?",
  "(?:please|pls|plz) help",
  "usage",
  "what (?:can|do) (?:you|u) do",
  "what can i ask(?: you)?",
  "how do i use (?:this|it|you|flopsbot)",
  "how (?:does|do) (?:this|it|you) work",
  "how to use(?: this| it| you| flopsbot)?",
  "說明|幫助|求助|教學|用法|怎麼|如何|你",
].join("|");
const HELP_ASKED = new RegExp(`^(?:(?:${GREETINGS})(?: (?:${ADDRESSED}))?(?: |$))*(?:${HELP_WORDS})?$`, "i");

/**
 * A line that only asks which published runs the bot knows (`list models`, `which runs do you know`,
 * `what models are supported`; 有哪些模型 and 列出所有模型 are `which models` and `list models` by
 * now): `model` with no name lists them.
 */
function asksForRuns(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  return RUNS_ASKED.test(words.map((word) => withoutEndPunctuation(word).toLowerCase()).join(" "));
}
const RUNS = "(?:runs|models|presets|training runs|published runs)";
const RUNS_ASKED = new RegExp(
  [
    `(?:which|what) ${RUNS}(?: (?:do you know|do you have|are there|are available|are supported|do you support|can i ask about|are in the catalog))?`,
    `(?:list|show(?: me)?)(?: all)?(?: the)?(?: known| published)? ${RUNS}`,
    `(?:all )?(?:known|supported|available) ${RUNS}`,
  ]
    // 你 and 支援 are what is left of 你知道 and 支援 (normalize.ts).
    .map((form) => `^(?:(?:please|pls|plz|你|支援) )?(?:${form})(?: please)?$`)
    .join("|"),
  "i",
);

/**
 * The words without a judgement after a command's name (`… MFU realistic?`, `… 的 MFU 合理嗎`): it is
 * asked of that command's answer, which gives it, and the name is then the last word that asks.
 */
function withoutJudgementLast(registry: Registry, words: readonly string[]): readonly string[] {
  if (words.length < 3) return words;
  const last = withoutEndPunctuation(words[words.length - 1] as string).toLowerCase();
  if (!JUDGEMENTS.has(last)) return words;
  return askedCommand(registry, withoutEndPunctuation(words[words.length - 2] as string))
    ? words.slice(0, -1)
    : words;
}
/** Judgements asked of an answer (filler to the reader too). */
const JUDGEMENTS: ReadonlySet<string> = new Set(["realistic", "reasonable", "achievable", "feasible"]);

/** What a run's name and then only these words asks (`chinchilla flops`): its compute, or its MFU. */
const RUN_FIGURES: ReadonlyMap<string, string> = new Map([
  ["flops", "compute"],
  ["flop", "compute"],
  ["compute", "compute"],
  ["pf-days", "compute"],
  ["mfu", "mfu"],
]);

const TRAINING = /^(?:training|train|total)$/i;

/**
 * A command's name that is also a run's (`chinchilla`), then filler and one figure of that run asked
 * (`flops`, `compute`, `pf-days`, `mfu`): the command that answers it. Never with a value typed.
 */
function runFigureAsked(registry: Registry, words: readonly string[]): AnyCommand | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const figure = RUN_FIGURES.get(withoutEndPunctuation(words[words.length - 1] as string).toLowerCase());
  if (!figure || !words.slice(1, -1).every((word) => isFiller(word) || TRAINING.test(word))) return undefined;
  return figure === "compute" ? registry.defaultCommand : findCommand(registry, figure);
}

/** Whether a word from `from` on names a GPU (`H100`, `8xH100`, `gpu=H100`); asked only after a leading `run`. */
function namesGpu(words: readonly string[], from: number): boolean {
  const lookups = new LineLookups();
  for (let i = from; i < words.length; i++) {
    const word = words[i] as string;
    const glued = GLUED_GPU.exec(word)?.[1];
    if (
      word.toLowerCase().startsWith("gpu=") ||
      lookups.gpuAt(words, i) ||
      (glued && lookups.gpuAtOnce([glued], 0))
    )
      return true;
  }
  return false;
}
/**
 * A size or budget that is not the Chinchilla run's own 70B right after its name (`chinchilla 70b on
 * H100` names the run; `chinchilla 175B on H100`, `chinchilla 1e24 on H100` ask the rule).
 */
function ownSizeOnly(word: string, rightAfterName: boolean): boolean {
  const plain = withoutEndPunctuation(word);
  if (/^(?:budget|flops|c)=|^\$|^\d+(?:\.\d+)?e\d+$/i.test(plain)) return true;
  return MODEL_SIZE.test(plain) && !(rightAfterName && plain.toLowerCase() === "70b");
}
/** A count glued to a GPU (`8xH100`): the GPU's part. */
const GLUED_GPU = /^\d+[x*](.+)$/i;

/**
 * `how much memory`: the command another `how much` names (no everyday word, no option of the
 * default command), and the word that named it. One look at each word's length finds `much`.
 */
function askedHowMuch(
  registry: Registry,
  words: readonly string[],
): { command: AnyCommand; word: string } | undefined {
  for (let i = 1; i + 1 < words.length; i++) {
    const much = words[i] as string;
    if (
      much.length !== 4 ||
      much.toLowerCase() !== "much" ||
      (words[i - 1] as string).toLowerCase() !== "how"
    )
      continue;
    const word = words[i + 1] as string;
    const command = askedCommand(registry, withoutEndPunctuation(word));
    if (command) return { command, word };
  }
  return undefined;
}

/** Whether `how much` comes right before the word at `at`. */
const asksHowMuchAt = (words: readonly string[], at: number): boolean =>
  (words[at - 1] as string).toLowerCase() === "much" && (words[at - 2] as string).toLowerCase() === "how";

/** Notes the count asked (`how many GPUs`) beside the default command's answer, as the choice's second question. */
function countAsked(registry: Registry, words: readonly string[], choice: Choice): void {
  // Most lines say no `many`: one look at each word's length before the phrase's patterns.
  if (!words.some((word) => word.length === 4 && word.toLowerCase() === "many")) return;
  const cards = findCommand(registry, "cards");
  const counted = cards ? askedCount(words) : undefined;
  if (cards && counted) choice.alsoAsked = { command: cards, word: counted, count: true };
}

/**
 * The word counted in `how many GPUs` / `how many cards` / `how many A100s`, if the words ask that.
 * A GPU's name counts it too (`how many A100s do i need for llama 3 405b`): without the note, the
 * published run's own count (16,384) on that GPU read as the answer to the question.
 */
function askedCount(words: readonly string[]): string | undefined {
  for (let i = 0; i + HOW_MANY.length < words.length; i++) {
    if (!matchesAt(words, i, HOW_MANY)) continue;
    const at = i + HOW_MANY.length;
    const counted = words[at] as string;
    const gpu = COUNTED.test(counted) ? 1 : gpuNamedAt(words, at);
    if (gpu === 0) continue;
    // `how many GPU hours`, `how many H100 GPU hours` ask for GPU time (reader.ts notes it), not for
    // a count of GPUs.
    const after = at + gpu + (GPU_WORD.test(words[at + gpu] ?? "") ? 1 : 0);
    if (TIME_AFTER_COUNT.test(words[after] ?? "")) return undefined;
    return words.slice(at, at + gpu).join(" ");
  }
  return undefined;
}
/** How many words from `at` name a catalog GPU (`A100s`, `H100 SXM`), or 0. */
function gpuNamedAt(words: readonly string[], at: number): number {
  const plain = words.map(withoutEndPunctuation);
  return new LineLookups().gpuAt(plain, at)?.length ?? 0;
}
const TIME_AFTER_COUNT = /^(?:hours?|hrs?|days?)[?,!]*$/i;
const GPU_WORD = /^gpus?$/i;
/** A model's size (`13B`, `70b`, `1.5B`). */
const MODEL_SIZE = /^\d+(?:\.\d+)?[bm][?,!]*$/i;
const HOW_MANY = [/^how$/i, /^many$/i];
const COUNTED = /^(?:gpus?|cards?|accelerators?|nodes?)[?,!]*$/i;

/**
 * A command named last asks for what it computes (`deepseek v3 的 MFU 是多少` → `deepseek v3 MFU`):
 * that command, when the word is no everyday word and no run's name (`… chinchilla` is the run).
 */
function askedLast(registry: Registry, words: readonly string[]): AnyCommand | undefined {
  if (words.length < 2) return undefined;
  // A label after its value (`at 45% MFU`) is an option, not a question; a duration or a price
  // before it (`20 days MFU`, `20 天 的 MFU 是多少`) is no value of the label: that asks.
  // A parameter or token count (`gpt-3 175B 300B mfu`) is no value of a label: the command asks.
  // `1.4T, mfu?`: the value without the comma after it.
  const before = withoutEndPunctuation(words[words.length - 2] as string);
  if (VALUE_START.test(before) && !before.includes(" ") && !BILLIONS_OR_TRILLIONS.test(before))
    return undefined;
  return askedCommand(registry, withoutEndPunctuation(words[words.length - 1] as string));
}

/** Whether the words ask `how long` (normalize.ts writes `how many days` and 多久 so). */
const asksHowLong = (words: readonly string[]): boolean => phrase(words, HOW_LONG) !== undefined;
const HOW_LONG = [/^how$/i, /^long$/i];

/** The first run of consecutive words matching `tests` one for one, if there is one. */
function phrase(words: readonly string[], tests: readonly RegExp[]): readonly string[] | undefined {
  for (let i = 0; i + tests.length <= words.length; i++) {
    if (matchesAt(words, i, tests)) return words.slice(i, i + tests.length);
  }
  return undefined;
}

function matchesAt(words: readonly string[], at: number, tests: readonly RegExp[]): boolean {
  for (let k = 0; k < tests.length; k++)
    if (!(tests[k] as RegExp).test(words[at + k] as string)) return false;
  return true;
}

const isFiller = (word: string) => FILLER.has(withoutEndPunctuation(word.toLowerCase()));
