import { gpuWord } from "../commands/gpuWord.ts";
import { isUserError, UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { GPU_CATALOG, type Gpu } from "../core/gpus.ts";
import { quantityOrUndefined } from "../core/quantity.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { withoutEndPunctuation } from "../dispatch/askedCommand.ts";
import type { AnyCommand } from "../dispatch/command.ts";
import { findOption } from "../dispatch/findOption.ts";
import { isSpecWord } from "../dispatch/meeting.ts";
import { parseLine, prepareLine } from "../dispatch/parseLine.ts";
import { optionsWithPreset } from "../dispatch/presets.ts";
import { FILLER } from "../dispatch/reader.ts";
import { findCommand, type Registry } from "../dispatch/registry.ts";
import { askedOf, respondToText } from "../dispatch/respond.ts";
import { layoutOf } from "../dispatch/validate.ts";
import { resolveLang } from "../i18n/lang.ts";
import type { Asked, Reply } from "../reply/reply.ts";
import { type Question, questionText } from "./question.ts";

/** What a message in a conversation asks for, given the conversation's last question. */
export type FollowUp =
  /** A complete question of its own (or a command name first): it starts over. */
  | { kind: "new" }
  /** Only a change: the last question with the new options over the old ones. */
  | {
      kind: "changed";
      question: Question;
      changes: string[];
      unplaced?: string[];
      /** The GPU the thread's last answer was computed on, assumed (not typed), kept for this one. */
      keptGpu?: { gpu: string; model: string };
      /** A chart asked with the change (`gpus=2048 chart`): for this answer, not kept in the thread. */
      chart?: boolean;
    }
  /** `chart`: the last question's chart. */
  | { kind: "chart"; question: Question }
  /** `share that with the channel`: the last question's answer posted for the channel too. */
  | { kind: "share"; question: Question };

const CHART_WORDS = new Set(["chart", "graph", "plot", "圖", "圖表"]);

/**
 * `share that with the channel`, `post it to the channel`, `share it`, 分享到頻道, 分享給大家: the
 * last answer for everyone (issue words: "share that with the channel"), nothing changed.
 */
const SHARE_ASKED =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:share|post|broadcast|send)\s+(?:that|this|it|the answer)(?:\s+(?:with|to|in)\s+(?:the\s+)?(?:channel|everyone|everybody|all|team|room))?(?:\s+please)?[.!?]*$|^(?:請)?(?:分享|貼)(?:到|給)?(?:頻道|大家|所有人)?[。！!?？]*$/i;

/**
 * Reads a follow-up with the same grammar as any question (no second grammar): the text is
 * parsed with the last question's command declarations, and the options it gives override the
 * last question's (`gpu=A100`, `gpus=2048`, `precision=fp8`, `explain`, `lang=zh-TW`). Typing
 * one of a group of alternative inputs (gpu-hours, days, …) drops the others the last question
 * had. Text that is a complete question by itself starts over. Throws the grammar's UserError
 * for text it cannot read.
 */
export function readFollowUp(registry: Registry, previous: Question, text: string): FollowUp {
  return withThreadGpu(registry, previous, readChange(registry, previous, text));
}

/**
 * `serve llama-3-8b at 20 req/s` answered on the GPU its run was trained on (or the serving default),
 * then `what about 8B`: a bare size brings no GPU, and the thread's answer was computed on one. That
 * GPU is kept (said as assumed) unless the change names a GPU or a model that brings its own.
 */
function withThreadGpu(registry: Registry, previous: Question, followUp: FollowUp): FollowUp {
  if (followUp.kind !== "changed" || followUp.question.options.gpu !== undefined) return followUp;
  const command = findCommand(registry, followUp.question.command);
  const before = findCommand(registry, previous.command);
  if (!command?.options.gpu || !before || previous.options.gpu !== undefined) return followUp;
  try {
    const was = optionsWithPreset(registry.presets, before, previous.options);
    const gpu = was.raw.gpu;
    if (gpu === undefined || !was.preset) return followUp;
    // A model that brings its own GPU (`with llama-2-70b`) is answered on it.
    if (optionsWithPreset(registry.presets, command, followUp.question.options).raw.gpu !== undefined)
      return followUp;
    const options = inDeclarationOrder(command, extended(followUp.question.options, { gpu }));
    return extended(followUp, {
      question: extended(followUp.question, { options }),
      keptGpu: { gpu, model: was.preset.name },
    });
  } catch (error) {
    if (isUserError(error)) return followUp;
    throw error;
  }
}

/** Options in the command's declaration order, as a kept question has them (`params=70B tokens=15T gpu=H100`). */
function inDeclarationOrder(command: AnyCommand, options: Record<string, string>): Record<string, string> {
  const order = layoutOf(command).places;
  const rank = (name: string) => order.get(name) ?? order.size;
  const sorted: Record<string, string> = {};
  for (const name of Object.keys(options).sort((a, b) => rank(a) - rank(b)))
    sorted[name] = options[name] as string;
  return sorted;
}

/**
 * The line a follow-up is read as, with the thread's command first: what a refusal re-reads, so it
 * names the word that was not understood, never a softener left out of the reading (`only`, `try`).
 */
export function followUpLine(registry: Registry, previous: Question, text: string): string {
  const { command, trimmed } = changeSaid(registry, previous, text);
  return `${command.name} ${trimmed}`;
}

/** The thread's command, and the follow-up's text as said to it (its link words and softeners out). */
function changeSaid(
  registry: Registry,
  previous: Question,
  text: string,
): { command: AnyCommand; trimmed: string } {
  const command = findCommand(registry, previous.command) ?? registry.defaultCommand;
  return { command, trimmed: withoutLinkWords(command, asSaid(text.trim())) };
}

function readChange(registry: Registry, previous: Question, text: string): FollowUp {
  const { command, trimmed } = changeSaid(registry, previous, text);
  if (CHART_WORDS.has(trimmed.toLowerCase()) || onlyChartAsked(registry, trimmed))
    return { kind: "chart", question: previous };
  // Never a private one: sharing is what makes an answer everyone's.
  if (SHARE_ASKED.test(trimmed)) {
    const { private: _private, ...shared } = previous;
    return { kind: "share", question: shared };
  }
  // `why?`, `where does the 6 come from`, `show your work`, 怎麼算的: the thread's answer, explained.
  if (whyAsked(registry, command, trimmed)) {
    const changes = previous.explain ? [] : ["explain"];
    return { kind: "changed", question: extended(previous, { explain: true }), changes };
  }
  // `MFU 50%`, `what if MFU is 50%`: a command's name before a value is the last question's option
  // (unless the line is a whole question of that command: `mfu 70B 15T gpu=H100 gpu-hours=2M`).
  const serving =
    servingAsked(registry, command, previous, trimmed) ??
    askedOfThreadModel(registry, command, previous, trimmed);
  if (serving) return serving;
  const training = trainingAsked(registry, command, previous, trimmed);
  if (training) return training;
  const measured =
    mfuAsked(registry, command, previous, trimmed) ?? plannedAtMfu(registry, command, previous, trimmed);
  if (measured) return measured;
  // `compare with B200`, `vs A100 and H200`, 跟 B200 比較: the plan's GPUs side by side, not the
  // runs' comparison (which knows no GPU and would start over).
  const sideBySide = gpusCompared(command, previous, trimmed);
  if (sideBySide) return sideBySide;
  const labelled = labelFirst(registry, command, trimmed) && !answersAlone(registry, trimmed);
  const named = !labelled && namesCommand(registry, trimmed);
  // `vs llama 3 405b` names compare by its joiner, yet adds to the comparison (`compare a b` starts over).
  const more =
    named && !JOINED_FIRST.test(trimmed) ? undefined : comparedMore(registry, command, previous, trimmed);
  if (more) return more;
  // Before the command-name check: `GPU 減半` names the GPU catalog first, yet only scales the count.
  const scale = scaledOption(registry, command, previous, trimmed);
  if (scale) return scale;
  // A comparison's slot takes run names, never a size (`what about 70B 1.4T` is no run).
  const size = named || command.name === "compare" ? undefined : sizeAlone(registry, command, trimmed);
  // `and with 2048?`, `what about 1024`: a whole number with no multiplier is the GPU count, never
  // a 2,048-parameter model; a command without one names it as not used. Under 100 it could as well
  // be an MFU or days (`and 35?` after `mfu 50%`): refused as a size is.
  if (size !== undefined && WHOLE_COUNT.test(size) && Number(size.replace(/,/g, "")) >= 100)
    return countAlone(command, previous, trimmed, size);
  const tokens = size === undefined ? undefined : trillionsAlone(command, previous, trimmed, size);
  if (tokens) return tokens;
  if (size !== undefined) {
    // `what about 8B` after a plan: the size changes, the tokens, GPUs, price and MFU stay.
  } else if (
    !labelled &&
    isCompleteQuestion(registry, trimmed) &&
    // A comparison takes run names only: a plan said as a change (`what about 70B 1.4T`) is a question of its own.
    !(!named && command.name !== "compare" && saidAsChange(registry, trimmed, text))
  )
    return { kind: "new" };
  const parsed = parseLine(registry, `${command.name} ${trimmed}`);
  const lang = parsed.flags.lang === undefined ? previous.lang : resolveLang(parsed.flags.lang);
  // The same refusal a question with a bad `lang=` gets (respond.ts).
  if (parsed.flags.lang !== undefined && lang === undefined) {
    throw new UserError("args.badLang", { value: parsed.flags.lang });
  }
  let options = mergeOptions(registry, command, previous.options, parsed.raw);
  // `what about 8B` after `llama 3 70b on 1024 H100`: the run's name gave the tokens (15T); the size
  // changes, the tokens stay, as they do after a size typed (never Chinchilla's 20 a parameter assumed).
  if (size !== undefined && previous.options.params !== undefined && lookupModel(previous.options.params)) {
    const tokens = findOption(command, "tokens")?.[0];
    if (tokens !== undefined && options[tokens] === undefined) {
      const filled = filledByName(registry, command, previous, tokens);
      if (filled !== undefined)
        options = inDeclarationOrder(command, extended(options, { [tokens]: filled }));
    }
  }
  // `how many GPUs to finish in 30 days`, 三個月內要幾張卡: the count is asked, so the thread's is not kept.
  if (options.days !== undefined && options.gpus !== undefined && parsed.raw.gpus === undefined) {
    if (prepareLine(registry, `${command.name} ${trimmed}`).choice.alsoAsked?.count) delete options.gpus;
  }
  const changes = Object.entries(parsed.raw)
    .filter(([name, value]) => previous.options[name] !== value)
    .map(([name, value]) => `${name}=${value}`);
  const explain = previous.explain || parsed.flags.explain;
  if (explain && !previous.explain) changes.push("explain");
  if (lang && lang !== previous.lang) changes.push(`lang=${lang}`);
  if (parsed.flags.chart) changes.push("chart");
  const privately = previous.private || parsed.flags.private;
  // Words the command has no option for (`in int4` after a compute question) are said, never dropped.
  const unplaced = parsed.reading?.unplaced ?? [];
  return extended(unplaced.length > 0 ? { unplaced } : {}, {
    kind: "changed",
    ...(parsed.flags.chart ? { chart: true } : {}),
    question: {
      command: command.name,
      options,
      ...(explain ? { explain } : {}),
      ...(lang ? { lang } : {}),
      ...(privately ? { private: true } : {}),
      ...(previous.asker ? { asker: previous.asker } : {}),
    },
    changes,
  });
}

/**
 * `how many cards to serve it`, `and to serve it?`, 部署要幾張卡 after a training answer: the thread's
 * model served on its GPU, as `how many GPUs to serve 70B on H100` is asked fresh (cards, mode=infer),
 * never the training answer again with `serve` named as not used. Only a line with a serving word and
 * no number (a number is a change the grammar reads: `serve it at 20 req/s`).
 */
function servingAsked(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  if (!TRAINING_COMMANDS.has(command.name) || !SERVING_WORD.test(text) || /\d/.test(text)) return undefined;
  const cards = findCommand(registry, "cards");
  const params = previous.options.params;
  if (!cards || params === undefined) return undefined;
  const options: Record<string, string> = { params };
  // The model's shape and the GPU carry over; the training run's count, tokens, time, MFU and price do not.
  for (const [name, value] of Object.entries(previous.options)) {
    if (SERVED_WITH.has(name) && cards.options[name] !== undefined) options[name] = value;
  }
  // One GPU served on: the first of a side-by-side list (`gpu=H100,A100`) is no single card to size.
  if (options.gpu?.includes(",")) delete options.gpu;
  options.mode = "infer";
  return {
    kind: "changed",
    question: sameAsker(previous, cards.name, options),
    changes: ["mode=infer"],
  };
}
const TRAINING_COMMANDS: ReadonlySet<string> = new Set(["compute", "mfu"]);

/** The line as the grammar reads it, or undefined where it refuses it (a follow-up it is not). */
function readOrUndefined(registry: Registry, text: string): ReturnType<typeof parseLine> | undefined {
  try {
    return parseLine(registry, text);
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
}

/**
 * `serve it at 20 req/s`, `serve it on 8 GPUs`, `memory to serve it in int4`: a command that needs a
 * model (serve, cards), named with none of its own, asks it of the thread's model with the values
 * typed. The same command keeps every option of the last question; a serving question after another
 * serving one keeps the model's shape, GPU and serving options; after a training question only what
 * servingAsked keeps (SERVED_WITH). Undefined when the line names a model (a question of its own).
 */
function askedOfThreadModel(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  const params = previous.options.params;
  // Only a line with a command's word in it (cheap first look): `serve`, `cards`, `memory`, ….
  if (params === undefined || !/[a-z\u4e00-\u9fff]/i.test(text)) return undefined;
  const parsed = readOrUndefined(registry, text);
  if (!parsed) return undefined;
  const target = parsed.command;
  const slot = target.optionList.find(([, spec]) => spec.positional)?.[0];
  if (!MODEL_COMMANDS.has(target.name) || slot === undefined) return undefined;
  // Named in words (`serve it …`), not only reached by a value another command takes (`in int4`
  // after a training answer is named as not used there).
  if (!namesCommand(registry, text)) return undefined;
  if (parsed.preset || parsed.raw[slot] !== undefined) return undefined;
  let options: Record<string, string>;
  if (target.name === command.name) {
    options = mergeOptions(registry, command, previous.options, parsed.raw);
  } else {
    const servedBefore = SERVING_COMMANDS.has(command.name) && (previous.options.mode ?? "infer") === "infer";
    options = { [slot]: params };
    for (const [name, value] of Object.entries(previous.options)) {
      if (name === slot || name === "mode" || target.options[name] === undefined) continue;
      if (servedBefore || SERVED_WITH.has(name)) options[name] = value;
    }
    // `how much memory` after a training plan is its training memory (the plan's next step names
    // `cards … mode=train`); after a serving question, or with a serving word, the served model's.
    if (target.name === "cards" && parsed.raw.mode === undefined)
      options.mode = TRAINING_COMMANDS.has(command.name) && !SERVING_WORD.test(text) ? "train" : "infer";
    Object.assign(options, parsed.raw);
  }
  const typed = Object.entries(parsed.raw).map(([name, value]) => `${name}=${value}`);
  // Another command answers: the mode it was given said, or its name (never "answered again").
  const derived = options.mode !== undefined && parsed.raw.mode === undefined ? [`mode=${options.mode}`] : [];
  const changes =
    target.name === command.name
      ? typed
      : [...derived, ...typed].length > 0
        ? [...derived, ...typed]
        : [target.name];
  return {
    kind: "changed",
    question: sameAsker(previous, target.name, options),
    changes,
  };
}
/** Commands that answer of one model (a required size first): a thread's model can be asked of them. */
const MODEL_COMMANDS: ReadonlySet<string> = new Set(["serve", "cards", "chinchilla"]);
/** Commands whose question is serving when its mode is infer (serve has no other). */
const SERVING_COMMANDS: ReadonlySet<string> = new Set(["serve", "cards"]);
/** Serving asked in words: serve, serving, deploy, inference, 部署, 推論, 服務 (推理 too). */
const SERVING_WORD =
  /\b(?:serve|serving|served|deploy|deploying|deployment|inference)\b|部署|推論|推理|服務/i;
/** A model's shape and its GPU: what a question about the same model keeps, served or trained. */
const SHAPE_AND_GPU = [
  "gpu",
  "layers",
  "hidden",
  "heads",
  "kv-heads",
  "head-dim",
  "ffn",
  "vocab",
  "experts",
  "active",
];
/** What a served model keeps of a training question: the model, its shape, the GPU, the weights' precision. */
const SERVED_WITH: ReadonlySet<string> = new Set([...SHAPE_AND_GPU, "precision"]);

/**
 * `compare with B200`, `vs A100 and H200`, `compared to MI300X?`, 跟 B200 比較, 和 A100、H200 比呢 after
 * a plan: the GPUs named join the plan's as a side-by-side list (`gpu=H100,B200`), the model, tokens,
 * count, MFU and price kept. Only for a command that plans on a list of GPUs, and only when every
 * name is a GPU of the catalog (a run's name, `compare gpt-3`, is another question).
 */
function gpusCompared(command: AnyCommand, previous: Question, text: string): FollowUp | undefined {
  if (!LISTS_GPUS.has(command.name) || findOption(command, "gpu") === undefined) return undefined;
  const said = COMPARED_EN.exec(text) ?? COMPARED_ZH.exec(text);
  const names = said?.slice(1).find((group) => group !== undefined);
  if (names === undefined) return undefined;
  const named: Gpu[] = [];
  for (const piece of names.split(GPU_LIST_JOINERS)) {
    if (piece.trim() === "") continue;
    const gpu = GPU_CATALOG.find(piece.trim());
    if (!gpu) return undefined;
    named.push(gpu);
  }
  if (named.length === 0) return undefined;
  const before = (previous.options.gpu ?? "").split(",").filter((word) => word.trim() !== "");
  const kept = new Set(
    before.map((word) => GPU_CATALOG.find(word.trim())).filter((gpu) => gpu !== undefined),
  );
  const added = named.filter((gpu, i) => !kept.has(gpu) && named.indexOf(gpu) === i).map(gpuWord);
  // Every GPU named is already in the plan: the question answered again, nothing changed.
  if (added.length === 0) return { kind: "changed", question: previous, changes: [] };
  const gpu = [...before, ...added].join(",");
  return {
    kind: "changed",
    question: extended(previous, { options: extended(previous.options, { gpu }) }),
    changes: [`gpu=${gpu}`],
  };
}
/** Commands whose `gpu=` takes a list, one column per GPU (compute). */
const LISTS_GPUS: ReadonlySet<string> = new Set(["compute"]);
const COMPARED_EN =
  /^(?:(?:and|now|also|then|can\s+you|please)\s+)*(?:(?:compare[ds]?|comparing)(?:\s+(?:it|that|this|them))?(?:\s+(?:with|to|against|vs\.?|versus))?|vs\.?|versus|against|side\s+by\s+side\s+with)\s+(?:an?\s+|the\s+)?(.+?)\s*[?？]?$/i;
const COMPARED_ZH =
  /^(?:那)?(?:跟|和|與|同)\s*(.+?)\s*(?:比較|比|相比|對比)(?:一下)?(?:呢|看看|看)?\s*[?？]?$|^(?:比較|對比)(?:一下)?\s*(.+?)\s*(?:呢)?\s*[?？]?$/;
/** Between the GPUs of a list: commas, `and`, `&`, `or`, 和, 跟, 與, 、. */
const GPU_LIST_JOINERS = /\s*(?:,|，|、|&|\band\b|\bor\b|和|跟|與)\s*/i;

/**
 * `how long to train it`, `how long would it take to train on 15T tokens`, 訓練要多久 after a serving or
 * memory answer: the thread's model trained on its GPU, as `/flops compute` answers it (time, GPU-hours,
 * cost), never the serving question refused for mode=train or the training memory answered instead of
 * the time asked. The line's own values (tokens, a GPU count, an MFU, a price) are read with compute's
 * grammar; the serving precision, rate, batch and context do not carry over. Undefined when the line
 * asks no time or cost of training, or holds a word compute cannot read (its refusal stays the thread's).
 */
function trainingAsked(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  if (
    !SERVING_COMMANDS.has(command.name) ||
    !TRAINING_WORD.test(text) ||
    !TIME_OR_COST_ASKED.test(text) ||
    // `how much memory to train it` is the training memory cards answers (mode=train).
    MEMORY_ASKED.test(text)
  )
    return undefined;
  const compute = findCommand(registry, "compute");
  const params = previous.options.params;
  if (!compute || params === undefined) return undefined;
  let typed: Record<string, string>;
  try {
    const parsed = parseLine(registry, `${compute.name} ${text}`);
    if (parsed.command !== compute || parsed.preset) return undefined;
    typed = parsed.raw;
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
  const options: Record<string, string> = { params };
  for (const [name, value] of Object.entries(previous.options)) {
    if (TRAINED_WITH.has(name) && compute.options[name] !== undefined) options[name] = value;
  }
  const question: Question = sameAsker(
    previous,
    compute.name,
    mergeOptions(registry, compute, options, typed),
  );
  // The command changed (the note names it), then what the line typed.
  const changes = [compute.name, ...Object.entries(typed).map(([name, value]) => `${name}=${value}`)];
  return { kind: "changed", question, changes };
}
/**
 * `what's the MFU if it took 30 days`, `and the mfu at 2M gpu-hours`, 那 MFU 是多少 如果 30 天 after a
 * plan: the MFU of the thread's run measured so (the mfu command on its model, tokens, GPU and count),
 * never refused for the word MFU. Only a line that gives the measurement (the time, GPU-hours or
 * throughput); an MFU typed (`MFU 50%`) is the plan's MFU changed.
 */
function mfuAsked(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  if (!TRAINING_COMMANDS.has(command.name) || command.name === "mfu" || previous.options.params === undefined)
    return undefined;
  const parsed = readOrUndefined(registry, text);
  if (!parsed) return undefined;
  const target = parsed.command;
  if (target.name !== "mfu" || parsed.preset || parsed.raw.params !== undefined) return undefined;
  if (!MEASURED.some((name) => parsed.raw[name] !== undefined)) return undefined;
  const kept = unmeasuredOptions(target, previous);
  const options = inDeclarationOrder(target, mergeOptions(registry, target, kept, parsed.raw));
  const changes = [target.name, ...Object.entries(parsed.raw).map(([name, value]) => `${name}=${value}`)];
  return { kind: "changed", question: sameAsker(previous, target.name, options), changes };
}
/**
 * `MFU 50%`, `what if MFU is 50%`, `at 45% mfu` after an MFU answer: the run planned at that MFU (compute
 * on the thread's model, tokens, GPU and count), as mfu's own refusal of `mfu=50%` says to ask, never
 * the MFU's verdict alone asked afresh (the thread's model lost) or the value named as not used.
 */
function plannedAtMfu(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  const compute = registry.defaultCommand;
  if (command.name !== "mfu" || compute.name !== "compute" || previous.options.params === undefined)
    return undefined;
  const parsed = readOrUndefined(registry, `${compute.name} ${text}`);
  if (!parsed || parsed.command !== compute || parsed.preset || !onlyMfuGiven(parsed.raw)) return undefined;
  // A share (`50%`, `0.45`), not a time read after the word MFU (`MFU 是多少 如果 20 天` asks it measured).
  if (!MFU_SHARE.test(parsed.raw.mfu ?? "")) return undefined;
  const options = inDeclarationOrder(compute, extended(unmeasuredOptions(compute, previous), parsed.raw));
  const changes = [compute.name, ...Object.entries(parsed.raw).map(([name, value]) => `${name}=${value}`)];
  return { kind: "changed", question: sameAsker(previous, compute.name, options), changes };
}

const MFU_SHARE = /^(?:\d+(?:\.\d+)?|\.\d+)\s*%?$/;

/** The thread's options `target` declares, but for what a run's MFU is measured from (MEASURED). */
function unmeasuredOptions(target: AnyCommand, previous: Question): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(previous.options)) {
    if (target.options[name] !== undefined && !MEASURED.includes(name)) kept[name] = value;
  }
  return kept;
}

/** What an MFU is measured from: the run's time, its GPU-hours or its throughput. */
const MEASURED: readonly string[] = ["days", "gpu-hours", "tokens-per-second", "step-time"];

/** Training asked in words: train, training, pretrain, trained, 訓練. */
const TRAINING_WORD = /\b(?:pre-?)?train(?:s|ed|ing)?\b|訓練/i;
/** A time or a cost asked: how long, how many days, time to train, how much, what would it cost, 多久, 幾天, 多少錢. */
const TIME_OR_COST_ASKED =
  /\bhow\s+(?:long|many\s+(?:days|weeks|months|hours|gpu-?hours))\b|\b(?:time|days|cost|price)\s+to\s+(?:pre-?)?train\b|\btraining\s+(?:time|cost)\b|\bhow\s+much\b|\bwhat\s+(?:would|will|does)\s+it\s+cost\b|多久|幾天|多少時間|多少錢|花多少|成本|時間/i;
const MEMORY_ASKED = /\b(?:memory|vram|hbm)\b|記憶體|顯存/i;
/** What a trained model keeps of a serving question: the model's shape and the GPU (not the serving precision). */
const TRAINED_WITH: ReadonlySet<string> = new Set(SHAPE_AND_GPU);

/**
 * A whole question opened as a change (`what about 7B on 1T`, `and 7B 1T?`, `那 7B 1T 呢`): the
 * thread's other options stay, as for `what about 8B`. A published run's name still starts over
 * (it brings its own tokens and hardware).
 */
function saidAsChange(registry: Registry, text: string, typed: string): boolean {
  if (!CHANGE_OPENS.test(typed.trim())) return false;
  try {
    return parseLine(registry, text).preset === undefined;
  } catch (error) {
    if (isUserError(error)) return false;
    throw error;
  }
}
const CHANGE_OPENS =
  /^(?:(?:what|how)\s+about|what\s+if|and|same\s+but|now|instead)\b|^(?:那|如果|換成|改成|同樣)|^(?:(?:sorry|oops|whoops|wait|actually|correction|i\s+meant|i\s+mean|make\s+that)\b|(?:no|nope|nah)(?=\s*[,:;.!—–-]|\s+i\s+mean|\s+\d))|^(?:不對|錯了|更正|其實|我是說|我的意思是|應該是|不是)/i;

/**
 * `chart it`, `can you plot it?`, 畫圖: a chart word (flags.ts) and nothing but filler. The last
 * question's chart, not the last question answered again without one.
 */
function onlyChartAsked(registry: Registry, text: string): boolean {
  const { flags, choice } = prepareLine(registry, text);
  if (flags.chart !== true || flags.explain || flags.lang !== undefined) return false;
  const words = choice.first === undefined ? [] : [choice.first, ...choice.rest];
  return words.every((word) => FILLER.has(withoutEndPunctuation(word.toLowerCase())));
}

/** The line's first word (after the opening filler) names a command: it asks a question of its own. */
function namesCommand(registry: Registry, text: string): boolean {
  try {
    return prepareLine(registry, text).choice.explicit;
  } catch (error) {
    if (isUserError(error)) return false;
    throw error;
  }
}

/**
 * A meeting's way of saying a change, as the grammar reads it: the language asked in words (`in
 * chinese`, 用中文, `English please`) as `lang=`, and the words that only soften a change (`try
 * H200`, `if we only have 30 days`, `如果 MFU 只有 30% 呢`) left out.
 */
function asSaid(text: string): string {
  return withoutCorrection(text)
    .replace(LANG_EN_WORDS, (_, name: string) => ` lang=${/english/i.test(name) ? "en" : "zh-TW"} `)
    .replace(LANG_ZH_WORDS, (_, name: string) => ` lang=${name === "英文" ? "en" : "zh-TW"} `)
    .replace(SOFTENERS, " ")
    .trim();
}
const LANG_EN_WORDS =
  /(?:\b(?:answer|reply|respond|say\s+it|show\s+it)\s+)?(?:\bin\s+|^)((?:traditional\s+)?chinese|mandarin|english)\b(?:\s+please\b)?/gi;
const LANG_ZH_WORDS = /(?:請)?(?:用|改用|換成|改成|換)?(?:繁體)?(中文|英文)(?:回答|回覆|顯示|版)?(?:呢|吧)?/g;
const SOFTENERS = /\b(?:try|just|only|maybe|perhaps)\b|只有|只/gi;

/**
 * The reasoning behind the thread's answer asked (`why?`, `how come`, `how did you get that`, `show your
 * work`, `where does the 6 come from`, `what's the formula`, 怎麼算的, 6 是怎麼來的, 公式是什麼), and after a
 * training answer a term of it (`what is MFU`, `what does 6ND mean`, MFU 是什麼): nothing changed but the
 * derivation shown, as `explain` does. Never a line that gives a value (`why not on A100`, `what if 2048`):
 * its words besides the asking ones must read nothing, and its only numbers are 6ND's 6, 2 and 4.
 */
function whyAsked(registry: Registry, command: AnyCommand, text: string): boolean {
  const definition = TRAINING_COMMANDS.has(command.name) && DEFINITION_ASKED.test(text);
  if (!WHY_ASKED.test(text) && !definition) return false;
  const rest = text.replace(SIX_ND_SAID, " ").replace(WHY_WORDS, " ");
  if (/\d/.test(rest.replace(/(^|[^\d.])[246](?![\d.])/g, "$1"))) return false;
  const parsed = readOrUndefined(
    registry,
    `${command.name} ${rest.replace(/(^|[^\d.])[246](?![\d.])/g, "$1")}`,
  );
  return parsed === undefined || Object.keys(parsed.raw).length === 0;
}
const WHY_ASKED =
  /^(?:(?:and|but|ok|okay|so|hmm|wait|sorry|umm?)[,\s]+)*(?:why\b|how\s+come\b|how\s+so\b|how\s+did\s+you\s+(?:get|come\s+up\s+with|calculate|compute|work\s+out)\b|show\s+(?:me\s+)?(?:your|the)\s+(?:work|working|math|maths|steps|derivation|formulas?|calculation)\b|where\s+(?:does|do|did|is)\b.*\bcome\s+from\b|what(?:'s|\s+is|\s+are)\s+the\s+(?:formulas?|math|derivation|reasoning)\b|explain\s+(?:that|this|it|them|please|the\s+math|how)\b)|怎麼算|怎麼來|怎麼得|如何算|算法|為何|從哪|哪來|由來|公式/i;
/** A term of a training answer asked (`what is MFU`, `what does 6ND mean`, `what's a PF-day`, MFU 是什麼). */
const DEFINITION_ASKED =
  /^(?:(?:and|but|ok|okay|so|hmm)[,\s]+)*(?:what(?:'s|\s+is|\s+are|\s+does)\s+(?:an?\s+|the\s+)?(?:mfu|6\s*n\s*d|pf-?days?|chinchilla|peak|gpu-?hours?|tokens?\s+per\s+param(?:eter)?s?)\b)|(?:mfu|6\s*n\s*d|pf-?days?|chinchilla)\s*(?:是什麼|是啥|什麼意思)/i;
/** The asking words of WHY_ASKED and DEFINITION_ASKED, left out before the rest is read for values. */
const WHY_WORDS =
  /\b(?:and|but|ok|okay|so|hmm|wait|sorry|umm?|why|how|come|so|did|does|do|is|are|you|get|got|up|with|calculate|compute|work|out|show|me|your|the|a|an|working|math|maths|steps|derivation|formulas?|calculation|where|from|what|what's|whats|reasoning|explain|that|this|it|them|please|mean|means|not|mfu|6nd|pf-?days?|chinchilla|peak|gpu-?hours?|tokens?|per|param(?:eter)?s?|in|of)\b|[?？!！,，.。]|怎麼算(?:出來)?的?|怎麼來的?|怎麼得(?:到|出)?的?|如何算(?:出來)?的?|算法|為何|從哪(?:裡|兒)?來的?|哪來的?|由來|公式(?:是什麼)?|是什麼|是啥|什麼意思|這個|那個|這|那|的|呢|嗎|是/gi;
const SIX_ND_SAID = /6\s*[·*×]?\s*N\s*[·*×]?\s*D/gi;

/**
 * A correction of the thread's question (`no, I meant 7B`, `actually 7B`, `oops 7B not 70B`, `sorry, 2T
 * tokens`, 不對，我是說 7B, 其實是 7B, 不是 70B，是 7B): a change like any other, its opening words and the
 * value it replaces left out. `no` and `nope` open a correction only before a comma, `I meant` or a
 * number (`no 7B`), never before a word (`no chart` is no correction).
 */
function withoutCorrection(text: string): string {
  let said = withoutOpeners(text.trim());
  // Corrected as it is said (`what about 8B, no wait, 13B`, 8B，不對，13B): the value after the last
  // correction replaces what the line said before it.
  const pieces = said.split(/(?<=[,;，；])/);
  for (let i = pieces.length - 1; i > 0; i--) {
    const rest = pieces.slice(i).join("").trim();
    const corrected = withoutOpeners(rest);
    if (corrected !== rest && /^\d/.test(corrected)) {
      said = corrected;
      break;
    }
  }
  const kept = said.replace(CORRECTION_TAIL, "").trim();
  return kept === text.trim() ? text : kept;
}
function withoutOpeners(line: string): string {
  let said = line;
  for (let before = ""; before !== said; ) {
    before = said;
    said = said.replace(CORRECTION_OPENS_EN, "").replace(CORRECTION_OPENS_ZH, "").trim();
  }
  return said;
}
const CORRECTION_OPENS_EN =
  /^(?:(?:sorry|oops|whoops|oh|ah|wait|actually|correction|err|erm|my\s+bad|typo|rather|i\s+meant|i\s+mean|meant|make\s+that)\b|(?:no|nope|nah)(?=\s*[,:;.!—–-]|\s+(?:i\s+mean|wait|sorry)\b|\s+\d))\s*[,:;.!—–-]*\s*/i;
const CORRECTION_OPENS_ZH =
  /^(?:不對|不是啦|錯了|抱歉|更正|其實是|其實|我是說|我的意思是|應該是|不是\s*[^\s，,]+\s*[，,]\s*(?:而)?是)\s*[，,:：、。!！]*\s*/;
/** The value a correction replaces, said after the new one (`7B not 70B`, `7B 不是 70B`). */
const CORRECTION_TAIL =
  /\s*[,，]?\s*(?:\bnot\b|\binstead\s+of\b|\brather\s+than\b|不是)\s*[\d.,]+\s*[a-z]*\s*[.!?？]*$/i;

/** `MFU is 50%`, `set gpus to 1024`: an option's name, a link word and a value read as `MFU 50%`. */
function withoutLinkWords(command: AnyCommand, text: string): string {
  return text.replace(LINKED, (match, name: string) =>
    findOption(command, name.toLowerCase()) ? `${name} ` : match,
  );
}
const LINKED = /\b([A-Za-z][\w-]*)\s+(?:is|are|to|at|of|=)\s+(?=[$+.\d])/g;

/** The first word past the filler names both a command and an option of `command`, and a value follows (`MFU is 50%`). */
function labelFirst(registry: Registry, command: AnyCommand, text: string): boolean {
  const words = prepareLine(registry, text)
    .text.split(/\s+/)
    // `gpus 2048`: a filler word that names a command is the label asked.
    .filter((word) => word !== "" && (!FILLER.has(word.toLowerCase()) || findCommand(registry, word)));
  const first = words[0];
  return (
    first !== undefined &&
    findCommand(registry, first) !== undefined &&
    findOption(command, first.toLowerCase()) !== undefined &&
    VALUE_START.test(words[1] ?? "")
  );
}
/** A word that starts like a value (`50%`, `$2`, `.5`, `1024`). */
const VALUE_START = /^[$+.\d%]/;

/**
 * Only a new model size (`8B`, `what about 8B`, `那 8B 呢`), read with the last question's
 * command: a number for its first positional option and nothing else (a run's name brings its
 * own tokens and hardware, so it starts over). The value as typed, or undefined.
 */
function sizeAlone(registry: Registry, command: AnyCommand, text: string): string | undefined {
  const slot = command.optionList.find(([, spec]) => spec.positional)?.[0];
  if (!slot) return undefined;
  try {
    const parsed = parseLine(registry, `${command.name} ${text}`);
    const names = Object.keys(parsed.raw);
    return !parsed.preset && names.length === 1 && names[0] === slot ? parsed.raw[slot] : undefined;
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
}
/** A whole number as typed, no multiplier or unit (`2048`, `1,024`). */
const WHOLE_COUNT = /^\d{1,3}(?:,\d{3})+$|^\d+$/;

/**
 * `and 20T?`, `what about 2T` after 70B on 15T: trillions alone are the tokens when the thread's model
 * is under a trillion parameters (a 20T-parameter model is no plan anyone makes); the change says so.
 * Undefined when the words name parameters or the thread's size is not a number.
 */
function trillionsAlone(
  command: AnyCommand,
  previous: Question,
  text: string,
  size: string,
): FollowUp | undefined {
  const name = findOption(command, "tokens")?.[0];
  const was = quantityOrUndefined(previous.options.params ?? "")?.value;
  if (name === undefined || was === undefined || was >= 1e12 || PARAMETER_WORDS.test(text)) return undefined;
  if ((quantityOrUndefined(size)?.value ?? 0) < 1e12) return undefined;
  return {
    kind: "changed",
    question: extended(previous, { options: extended(previous.options, { [name]: size }) }),
    changes: [`${name}=${size}`],
  };
}
const PARAMETER_WORDS = /param|參數/i;

/** A bare count: the GPU count where the command has one, else named as not used (the question answered again). */
function countAlone(command: AnyCommand, previous: Question, text: string, count: string): FollowUp {
  const name = findOption(command, "gpus")?.[0];
  if (name === undefined) return { kind: "changed", question: previous, changes: [], unplaced: [text] };
  const value = count.replace(/,/g, "");
  return {
    kind: "changed",
    question: extended(previous, { options: extended(previous.options, { [name]: value }) }),
    changes: [`${name}=${value}`],
  };
}

/**
 * `2x the tokens`, `double the GPUs`, `half the gpus`, `兩倍的 token`, `token 加倍`, `GPU 減半`: the
 * last question's value of that option times the factor, written as arithmetic the grammar reads
 * (`tokens=15T*2`), never the factor read as a model size. Undefined when the text is no such
 * change or the last question had no value of that option to scale.
 */
function scaledOption(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  // `ok, double the gpus`, `so what about half the tokens?`, `let's try 3x the tokens`, `what if we use
  // 4x more gpus`: the chat's opening words say nothing of the change.
  const said = withoutScaleOpeners(text);
  const before = SCALED_BEFORE.exec(said) ?? SCALED_ZH_BEFORE.exec(said);
  // [factor, option word] in either order of the language.
  const found = before ? [before[1], before[2]] : SCALED_ZH_AFTER.exec(said)?.slice(1).reverse();
  if (!found) return undefined;
  const factorWord = found[0] as string;
  const factor = SCALE_WORDS[factorWord.toLowerCase()] ?? Number(factorWord.replace(/[x×倍]$/i, ""));
  const word = (found[1] as string).toLowerCase();
  // Cards and serve count the GPUs given as `available`.
  const named = SCALED_NAMES[word] ?? word;
  const option = (findOption(command, named) ??
    (named === "gpus" ? findOption(command, "available") : undefined))?.[0];
  // No such option here (`2x the tokens` after a cards question): answered again, the change named as not used.
  if (option === undefined) return { kind: "changed", question: previous, changes: [], unplaced: [text] };
  // The GPU is a name: a count of GPUs is what scales (`double the GPUs` on `gpu=H100 gpus=512`).
  const name = option === "gpu" ? "gpus" : option;
  // A run's name fills it (`llama-3-70b` brings its 15T tokens): the value the name filled.
  const was = previous.options[name] ?? filledByName(registry, command, previous, name);
  if (was === undefined || !(factor > 0) || !Number.isFinite(factor)) return undefined;
  const value = `${was}*${factor}`;
  return {
    kind: "changed",
    question: extended(previous, { options: extended(previous.options, { [name]: value }) }),
    changes: [`${name}=${value}`],
  };
}
/** The value a run's name filled in for the option in the last question (its preset), if any. */
function filledByName(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  name: string,
): string | undefined {
  try {
    const filled = parseLine(registry, `${command.name} ${questionText(previous)}`).preset?.filled[name];
    return filled === undefined ? undefined : shortCount(filled);
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
}

/** A whole count as people write it when that is exact (`15000000000000` → `15T`), else as it is. */
function shortCount(value: string): string {
  if (!/^\d+$/.test(value)) return value;
  const n = Number(value);
  for (const [suffix, size] of SIZES) {
    if (n >= size && n % (size / 1000) === 0) return `${Number((n / size).toFixed(3))}${suffix}`;
  }
  return value;
}
const SIZES: [string, number][] = [
  ["T", 1e12],
  ["B", 1e9],
  ["M", 1e6],
];

/** The text past its opening chat words (`ok,`, `so what if we had`, `let's try`, `make it`). */
function withoutScaleOpeners(text: string): string {
  const words = text.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && SCALE_OPENERS.has(withoutEndPunctuation((words[i] as string).toLowerCase())))
    i++;
  // And its closing ones (`twice the tokens pls`, `half the gpus then?`).
  let end = words.length;
  while (end > i + 1 && SCALE_CLOSERS.has(withoutEndPunctuation((words[end - 1] as string).toLowerCase())))
    end--;
  return words.slice(i, end).join(" ");
}
/** Words that close a relative change without saying what it is. */
const SCALE_CLOSERS: ReadonlySet<string> = new Set("pls plz please then instead now thx thanks ?".split(" "));
/** Words that open a relative change without saying what it is. */
const SCALE_OPENERS: ReadonlySet<string> = new Set(
  "ok okay so hmm hm well alright right and now then what how about if we i you had have got use used try let's lets make it same but with on instead a".split(
    " ",
  ),
);

/** Factor words: `double the tokens`, 兩倍, 加倍, 一半. */
const SCALE_WORDS: Record<string, number> = {
  double: 2,
  twice: 2,
  triple: 3,
  thrice: 3,
  half: 0.5,
  quarter: 0.25,
  兩倍: 2,
  雙倍: 2,
  二倍: 2,
  三倍: 3,
  加倍: 2,
  一半: 0.5,
  減半: 0.5,
};
/** Option words as people say them, to the name findOption knows. */
const SCALED_NAMES: Record<string, string> = {
  parameters: "params",
  gpus: "gpus",
  cards: "gpus",
  卡: "gpus",
  張卡: "gpus",
  顯卡: "gpus",
  token: "tokens",
  tokens: "tokens",
};
/** English: the factor before the option (`what about 2x the tokens`, `double the GPUs?`). */
const SCALED_BEFORE =
  /^(?:(?:what|how)\s+about\s+|what\s+if\s+|same\s+(?:but\s+|with\s+|on\s+)?|and\s+|now\s+|with\s+|on\s+|try\s+|use\s+)*(\d+(?:\.\d+)?\s*[x×]|double|twice|triple|thrice|half|quarter)\s+(?:(?:as\s+many|as\s+much|the|more|of)\s+)*([A-Za-z][\w-]*|卡|張卡|顯卡)\s*[?？]?$/i;
/** zh-TW: the factor before the option (`那兩倍的 token 呢`, `3 倍 GPU`). */
const SCALED_ZH_BEFORE =
  /^(?:那|如果|改成|換成|同樣的但|要是|假如)*\s*(兩倍|雙倍|二倍|三倍|一半|\d+(?:\.\d+)?\s*倍)\s*(?:的)?\s*([A-Za-z][\w-]*|卡|張卡|顯卡)\s*(?:呢)?\s*[?？]?$/;
/** zh-TW: the option, then the change (`token 加倍`, `GPU 減半`, `token 兩倍呢`). */
const SCALED_ZH_AFTER =
  /^(?:那|如果|改成|換成|要是|假如)*\s*([A-Za-z][\w-]*|卡|張卡|顯卡)\s*(?:數|數量)?\s*(加倍|減半|兩倍|雙倍|三倍)\s*(?:呢)?\s*[?？]?$/;

/** A comparison's joiner first (`vs llama 3 405b`, `versus palm`, `against gopher`). */
const JOINED_FIRST = /^(?:vs\.?|versus|against)\s/i;

/** Words that add to a comparison before the names (`and palm` needs none: `and` joins names). */
const ADD_WORDS = new Set(["add", "plus", "also", "加上", "還有", "再加", "加"]);

/** After `compare a b`, more run names (`and palm`, `加上 llama 3 405b`) join the comparison. */
function comparedMore(
  registry: Registry,
  command: AnyCommand,
  previous: Question,
  text: string,
): FollowUp | undefined {
  const before = previous.options.names;
  if (command.name !== "compare" || before === undefined) return undefined;
  // `what about gopher`, `how about palm?`: the opening filler says nothing of the names.
  const said = text.split(/\s+/);
  const opening = said.findIndex((word) => !FILLER.has(withoutEndPunctuation(word.toLowerCase())));
  const words = (opening > 0 ? said.slice(opening) : said).map(withoutEndPunctuation);
  const added = ADD_WORDS.has((words[0] ?? "").toLowerCase()) ? words.slice(1).join(" ") : words.join(" ");
  try {
    const parsed = parseLine(registry, `compare ${before} ${added}`);
    const names = parsed.raw.names;
    if (
      !names ||
      Object.keys(parsed.raw).length !== 1 ||
      !parsed.command.schema.safeParse(parsed.raw).success
    )
      return undefined;
    const runs = runIds(names);
    // Past four it is still the comparison's change: compare itself says how many it takes.
    if (!runs || runs.length <= (runIds(before)?.length ?? 0)) return undefined;
    const ids = runs.join(",");
    return {
      kind: "changed",
      question: extended(previous, { options: extended(previous.options, { names: ids }) }),
      changes: [`names=${ids}`],
    };
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
}

/** The runs a comparison names, by id, once each; undefined when a word names none. */
function runIds(names: string): string[] | undefined {
  const ids = new Set<string>();
  for (const word of names.split(/[\s,;]+/)) {
    if (word === "" || JOINERS.has(word.toLowerCase())) continue;
    const run = lookupModel(word);
    if (!run) return undefined;
    ids.add(run.id);
  }
  return [...ids];
}
/** Words between names that are not names, as compare reads them. */
const JOINERS = new Set(["vs", "vs.", "versus", "and", "with", "&"]);

/** Typed options over the last ones; a typed alternative (days for gpu-hours) drops the others of its group. */
export function mergeOptions(
  registry: Registry,
  command: AnyCommand,
  previous: Record<string, string>,
  typed: Record<string, string>,
): Record<string, string> {
  const canonical = (key: string) => findOption(command, key)?.[0] ?? key;
  const dropped = new Set<string>();
  for (const group of [...(registry.presets?.alternatives ?? []), ...(ANSWERED_ALONE[command.name] ?? [])]) {
    const names = group.map(canonical);
    if (names.some((name) => typed[name] !== undefined)) for (const name of names) dropped.add(name);
  }
  const kept = Object.fromEntries(Object.entries(previous).filter(([name]) => !dropped.has(name)));
  return extended(kept, typed);
}

/**
 * Options a command answers from one at a time: `chinchilla 70B`, then `and 1e24 flops?`, asks for
 * the budget's split (with both, the size is answered and the budget was silently left unused).
 */
const ANSWERED_ALONE: Record<string, readonly (readonly string[])[]> = { chinchilla: [["params", "budget"]] };

/**
 * A line that is a question by itself in a thread whose question is not known (forgotten, or private):
 * a complete question, but not a bare count (`and with 2048?`, `what about 1024`), which in a thread is
 * the GPU count changed (readChange), never a 2,048-parameter model asked afresh, nor a size said as a
 * change (`what about 8B`, `那 8B 呢`), which keeps the thread's tokens, never Chinchilla's assumed.
 */
export function isQuestionInThread(registry: Registry, text: string): boolean {
  if (!isCompleteQuestion(registry, text)) return false;
  const said = text.trim();
  const size = sizeAlone(registry, registry.defaultCommand, asSaid(said));
  if (size === undefined) return true;
  if (WHOLE_COUNT.test(size) && Number(size.replace(/,/g, "")) >= 100) return false;
  return !CHANGE_OPENS.test(said) && !ASKED_AS_CHANGE_ZH.test(said);
}
/** `8B 呢`: a Chinese line closed as a change. */
const ASKED_AS_CHANGE_ZH = /呢\s*[?？]?$/;

/** A line that is a question by itself: it names a command, or it gives every required option. */
export function isCompleteQuestion(registry: Registry, text: string): boolean {
  const first = text.split(/\s+/, 1)[0] ?? "";
  if (first && findCommand(registry, first)) return true;
  // A Hub model or a pasted config.json names the model, as `llama-3-70b` does: it gives the
  // size (the config is fetched or read only when the question is answered).
  if (text.includes("hf:") || /config/i.test(text)) text = text.replace(MODEL_WORD, " 70B");
  try {
    const parsed = parseLine(registry, text);
    if (parsed.command.name === "help") return false;
    // GPU names alone (`A100`, `H200?`) answer the catalog's lines in a channel; in a conversation
    // they change the last question's GPU (a word asking for figures, `H100 specs`, starts over).
    if (parsed.command.name === "gpus" && !text.split(/\s+/).some(isSpecWord)) return false;
    if (!parsed.command.schema.safeParse(parsed.raw).success) return false;
    // An MFU alone (`at 50% MFU`, `MFU 50% 的話`) answers in a channel with its verdict; in a thread
    // it changes the last question's MFU.
    if (parsed.command === registry.defaultCommand && onlyMfuGiven(parsed.raw)) return false;
    // Valid options are not yet a question: `gpu=A100` alone is valid for compute (which can start
    // from a hardware budget) but answers nothing. Complete means it answers on its own.
    return answersAlone(registry, text);
  } catch (error) {
    if (isUserError(error)) return false;
    throw error;
  }
}

/** Only an MFU, with perhaps its GPU and precision: what compute answers with the MFU's verdict. */
function onlyMfuGiven(raw: Record<string, string>): boolean {
  const names = Object.keys(raw);
  return names.includes("mfu") && names.every((name) => MFU_VERDICT_OPTIONS.has(name));
}
const MFU_VERDICT_OPTIONS: ReadonlySet<string> = new Set(["mfu", "gpu", "precision"]);

/** The line answers by itself (not a refusal). */
function answersAlone(registry: Registry, text: string): boolean {
  const reply = respondToText(registry, text, { lang: "en" });
  // An MFU's verdict (`MFU 50%`) answers in a channel; in a thread it is the MFU changed.
  return (
    reply.ok && !(reply.command === registry.defaultCommand.name && onlyMfuGiven(reply.asked?.raw ?? {}))
  );
}

/** `hf:<org>/<name>` or `config=…` (also `config-json=`, `hf-config=`): one model, one word. */
const MODEL_WORD = /(?:^|\s)(?:hf:\S+|(?:config|config-json|hf-config)\s*=\s*(?:\{[\s\S]*\}|\S+))/gi;

/** The question a line asks, for keeping as a conversation's context (undefined when it is not one). */
export function questionOfText(
  registry: Registry,
  text: string,
  fallback: Pick<Question, "lang" | "asker">,
): Question | undefined {
  try {
    const parsed = parseLine(registry, text);
    if (!parsed.command.schema.safeParse(parsed.raw).success) return undefined;
    return questionOfAsked(parsed.command, askedOf(parsed), fallback);
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
}

/**
 * The question an answer answered, from what the grammar read when it answered (no second parse);
 * a reply that kept no reading (typed options, a refusal) falls back to reading `text` again.
 */
export function questionOfReply(
  registry: Registry,
  reply: Reply,
  text: string,
  fallback: Pick<Question, "lang" | "asker">,
): Question | undefined {
  if (!reply.asked) return questionOfText(registry, text, fallback);
  const command = findCommand(registry, reply.asked.command);
  return command ? questionOfAsked(command, reply.asked, fallback) : undefined;
}

/**
 * A model as it reads back in a question (`llama-3-70b`, `hf:Qwen/Qwen3-8B`), not its display name
 * (`Llama 3 70B`, which the "answered as" line could not give back to the grammar).
 */
function nameOfPreset(name: string): string {
  const run = lookupModel(name);
  if (run && run.name === name) return run.id;
  return HUB_REPO.test(name) ? `hf:${name}` : name;
}
const HUB_REPO = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/;

/** A read line as a conversation keeps it: a model name stays a name, options in declaration order. */
function questionOfAsked(
  command: AnyCommand,
  asked: Asked,
  fallback: Pick<Question, "lang" | "asker">,
): Question | undefined {
  if (command.name === "help") return undefined;
  const lang = resolveLang(asked.flags.lang) ?? fallback.lang;
  // A model name stays a name (its preset is applied again on every re-answer, with its note).
  let options = asked.raw;
  const preset = asked.preset;
  if (preset) {
    const typed = Object.entries(asked.raw).filter(([name]) => preset.filled[name] === undefined);
    const slot = command.optionList.find(([, spec]) => spec.positional)?.[0];
    options = slot ? extended(Object.fromEntries(typed), { [slot]: nameOfPreset(preset.name) }) : asked.raw;
  }
  // In the command's declaration order, as help shows it: `params=70B tokens=15T gpu=H100`.
  const sorted = inDeclarationOrder(command, options);
  // Built by assignment in the order spreads of the optional fields would give (the same JSON).
  const question: Question = { command: command.name, options: sorted };
  if (asked.flags.explain) question.explain = true;
  if (lang) question.lang = lang;
  if (asked.flags.private) question.private = true;
  if (fallback.asker) question.asker = fallback.asker;
  return question;
}

/** A question of `command` with `options`, asked as `previous` was: its explain, language, privacy and asker kept. */
function sameAsker(previous: Question, command: string, options: Record<string, string>): Question {
  return {
    command,
    options,
    ...(previous.explain ? { explain: true } : {}),
    ...(previous.lang ? { lang: previous.lang } : {}),
    ...(previous.private ? { private: true } : {}),
    ...(previous.asker ? { asker: previous.asker } : {}),
  };
}
