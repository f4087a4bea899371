import { distance } from "fastest-levenshtein";
import { chartInput, hasChart } from "../charts/data.ts";
import { trainingFlopsPerToken } from "../core/compute.ts";
import { isUserError, UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { GPU_CATALOG, TRAINING_LINEUP } from "../core/gpus.ts";
import { nearest } from "../core/suggest.ts";
import type { Lang } from "../i18n/lang.ts";
import { resolveLang } from "../i18n/lang.ts";
import { input, text } from "../reply/build.ts";
import type { Asked, Reply, Text } from "../reply/reply.ts";
import { withoutEndPunctuation } from "./askedCommand.ts";
import { askedForError, asServeLine } from "./askedFor.ts";
import type { AnyCommand, CommandContext } from "./command.ts";
import { errorReply } from "./errorReply.ts";
import { findOption } from "./findOption.ts";
import { keyElsewhereError, lineElsewhere } from "./keyElsewhere.ts";
import { asksKvOfBareSize, kvPerTokenAsked, kvShapeError } from "./kvShape.ts";
import { withMissingOption } from "./missingTry.ts";
import { withGpusPerNode } from "./nodesTry.ts";
import { stripPrefix, struckOut, typedForm } from "./normalize.ts";
import { type ParsedLine, parseChoice, prepareLine, refusedBy } from "./parseLine.ts";
import { flopNamedBudgetError } from "./plausibility.ts";
import {
  type AppliedPreset,
  optionsWithPreset,
  type PresetSource,
  presetInPlace,
  SERVING_GPU,
} from "./presets.ts";
import { PERCENT_LABELS, SIZE_LIST_JOINERS, TRAINING_FLOPS_PER_TOKEN_ASKED } from "./reader.ts";
import type { Registry } from "./registry.ts";
import { runCommand } from "./run.ts";
import { withKeyRenamed, withNearName, withSuggestion } from "./suggestedLine.ts";
import { unpublishedError } from "./unpublished.ts";

export interface RespondOptions {
  lang: Lang;
  explain?: boolean;
  /** A chart was asked for outside the text (the terminal's `--chart FILE.png`). */
  chart?: boolean;
  /**
   * `lang` is only a default: neither the user nor the platform chose it. A question written in
   * Chinese (any Han character) is then answered in zh-TW; an inline `lang=` still wins.
   */
  langFromText?: boolean;
  /** A corrected line being tried for a refusal's hint: not corrected again. */
  retried?: boolean;
  /** A line asked of the command a key belongs to (keyElsewhere.ts): not sent elsewhere again. */
  elsewhere?: boolean;
}

/**
 * The reader's mark for a training plan's `flops per token`, filled with the plan's 6·N (Kaplan et
 * al. 2020: 2·N forward, 4·N backward a token) and, where the answer counts attention, PaLM App. B's
 * 6N + 12·L·H·Q·T, the answer's FLOP with attention over its tokens.
 */
function trainingFlopsPerTokenInPlace(reply: Reply): void {
  const at = reply.notes.findIndex((note) => note.key === TRAINING_FLOPS_PER_TOKEN_ASKED);
  if (at < 0) return;
  const result = reply.result as
    | { params?: unknown; tokens?: unknown; flopsWithAttention?: unknown }
    | undefined;
  const params = result?.params;
  if (typeof params !== "number") return;
  const typed = String(reply.notes[at]?.params?.typed ?? "");
  const withAttention =
    typeof result?.flopsWithAttention === "number" && typeof result.tokens === "number" && result.tokens > 0
      ? result.flopsWithAttention / result.tokens
      : undefined;
  const values = {
    typed,
    params: input("params", params),
    perToken: input("flop", trainingFlopsPerToken(params)),
  };
  const notes = [...reply.notes];
  notes[at] =
    withAttention === undefined
      ? text("read.trainingFlopsPerTokenValue", values)
      : text(
          "read.trainingFlopsPerTokenAttention",
          extended(values, { withAttention: input("flop", withAttention) }),
        );
  reply.notes = notes;
}

/**
 * A character only a Chinese input method types: a Han character (CJK Unified Ideographs and
 * Extension A), Bopomofo, CJK punctuation (、。「」) or a full-width form (`１７５Ｂ，３００Ｂ？`, typed
 * with the IME still on): the question is written in Chinese.
 */
const HAN = /[\u3001-\u303f\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]/;

/** The language of a question nobody chose one for: zh-TW when it is written in Chinese, else `fallback`. */
export const langOfScript = (text: string, fallback: Lang): Lang => (HAN.test(text) ? "zh-TW" : fallback);

/**
 * Text in, Reply out; never throws for anything a user can type. The one pipeline, each step once:
 * strip the prefix and choose the command (`prepareLine`), parse (`parseChoice`), validate and run
 * (`runCommand`); adapters render the Reply.
 */
export function respondToText(registry: Registry, line: string, options: RespondOptions): Reply {
  // `why 6ND`, 6ND 的 6 是怎麼來的: the 6 asked of no run, answered on the seed's GPT-3 step by step,
  // whose first step says 6 = 2 (forward) + 4 (backward) FLOP per parameter per token.
  if (line.includes("6") && asksWhySix(line)) {
    const lang = options.langFromText === true ? langOfScript(line, options.lang) : options.lang;
    const shown = respondToText(registry, SIX_EXAMPLE, extended(options, { lang, langFromText: false }));
    // Its reading is the example's, not the asker's: said first.
    shown.notes = [text("read.sixOnExample", { example: SIX_EXAMPLE }), ...shown.notes];
    return shown;
  }
  // Struck-through text (`~~13B~~ 70B 2T`) is what its writer took back: the rest is answered, and
  // the reply, an answer or a refusal, says what was left out (never dropped unsaid, nor read).
  const struck = line.includes("~") ? struckOut(line) : undefined;
  if (struck) {
    const lang = options.langFromText === true ? langOfScript(line, options.lang) : options.lang;
    const reply = respondToText(registry, struck.line, extended(options, { lang, langFromText: false }));
    reply.notes = [text("read.struck", { words: struck.struck.join(", ") }), ...reply.notes];
    return reply;
  }
  const prepared = prepareLine(registry, line);
  // The chosen command answers errors too, with its example; an inline lang= applies to them.
  let command: AnyCommand = prepared.choice.command;
  const asked = resolveLang(prepared.flags.lang);
  const lang = asked ?? (options.langFromText === true ? langOfScript(line, options.lang) : options.lang);
  let parsedLine: ParsedLine | undefined;
  try {
    const parsed = parseChoice(registry, prepared);
    parsedLine = parsed;
    command = parsed.command;
    if (parsed.flags.lang !== undefined && asked === undefined) {
      throw new UserError("args.badLang", { value: parsed.flags.lang });
    }
    const typed = typedNames(parsed.raw, parsed.preset);
    // runCommand's reply is its own copy: each step below changes it in place (its lists are
    // replaced, never changed; keys keep their places) instead of spreading it again.
    const context: CommandContext = { lang, explain: parsed.flags.explain || (options.explain ?? false) };
    if (parsed.preset) context.preset = parsed.preset;
    // `how much memory to train 70B`, `cards 7B mode=qlora`: memory and cards with no GPU named (and
    // none a run gives) are answered on the GPU a run's serving question assumes, and said so.
    // A KV cache asked of a size alone is refused for the model's shape instead (kvShape.ts).
    if (parsed.raw.gpu === undefined && ASSUMES_GPU.has(command.name) && !asksKvOfBareSize(parsed, line)) {
      parsed.raw.gpu = SERVING_GPU;
      context.gpuAssumed = true;
    } else if (
      // `carbon footprint of training 70B on 2T`, `70B 2T 碳排放`: energy and emissions are per GPU's board
      // power, so a plan asked for them with no GPU (and none a run gives) is answered on the same
      // assumed GPU, said so; without one its answer had no energy rows and said nothing of them.
      command.name === "compute" &&
      parsed.raw.gpu === undefined &&
      parsed.raw["gpu-hours"] === undefined &&
      parsed.preset?.filled.gpu === undefined &&
      ENERGY_ASKED.test(prepared.text)
    ) {
      parsed.raw.gpu = SERVING_GPU;
      context.gpuAssumed = "energy";
    }
    const reply = runCommand(command, parsed.raw, context, typed);
    const read = parsed.reading;
    if (read && (read.notes.length > 0 || read.unplaced.length > 0)) {
      reply.notes = [
        ...read.notes.map((note) => asTyped(note, line)),
        ...(read.unplaced.length > 0
          ? [
              text("read.unplaced", {
                words: read.unplaced.map((word) => typedForm(word, line)).join(", "),
                command: command.name,
              }),
            ]
          : []),
        ...reply.notes,
      ];
    }
    const also = prepared.choice.alsoAsked;
    // A deadline (days=) makes compute answer the GPU count itself: no note then.
    const answered = also?.count === true && parsed.raw.days !== undefined;
    // Only beside the default command's answer: another command that read the line (cards for
    // `H100 跑 70B 要多少張卡`) answers the count or the memory itself.
    const aside = also !== undefined && command === prepared.choice.command;
    if (also && aside && reply.ok && !answered)
      reply.notes = [...reply.notes, alsoAskedNote(also, parsed.raw, line, parsed.preset)];
    // `hi`, 你好, `what can you do` (choose.ts): the help overview, with the reading said.
    if (reply.ok && prepared.choice.helpAsked)
      reply.notes = [text("read.helpAsked", { words: stripPrefix(line) }), ...reply.notes];
    // `list models`, `which runs do you know`, 有哪些模型 (choose.ts): the runs' list, with the reading said.
    if (reply.ok && prepared.choice.runsAsked)
      reply.notes = [text("read.runsAsked", { words: stripPrefix(line) }), ...reply.notes];
    // `which is the best gpu for 70b 2t` (normalize.ts): the reading said first, with what "best" is here.
    const best = reply.ok && parsed.raw.gpu === BEST_GPU_VALUE ? BEST_ASKED.exec(line)?.[0] : undefined;
    if (best !== undefined)
      reply.notes = [text("read.bestGpu", { gpus: TRAINING_LINEUP.length, asked: best }), ...reply.notes];
    // `fastest gpu to serve 70B` (normalize.ts says it `best gpu`): serving sizes the one GPU assumed
    // (or a run's), which is no answer to which is fastest; said so, never passed off as the best.
    const bestServing =
      reply.ok && ASSUMES_GPU.has(command.name) && !typed.includes("gpu") && BEST_GPU_SAID.test(prepared.text)
        ? BEST_ASKED.exec(line)?.[0]
        : undefined;
    if (bestServing !== undefined)
      reply.notes = [text("read.bestGpuServing", { asked: bestServing }), ...reply.notes];
    // `kv cache per token for llama 3 70b`: the one token's cache the KV rows multiply, said with its value.
    // The line is searched only for an answer with a cache (most answers have none).
    const kvPerToken = (reply.result as { serving?: { kvBytesPerToken?: unknown } } | undefined)?.serving
      ?.kvBytesPerToken;
    const perToken =
      reply.ok && typeof kvPerToken === "number" && kvPerToken > 0 ? kvPerTokenAsked(line) : undefined;
    if (perToken !== undefined && typeof kvPerToken === "number")
      reply.notes = [
        // MLA (DeepSeek-V2/V3) caches one latent per layer, L·(d_c + d_R)·bytes, not GQA's K and V.
        text(
          reply.readAs?.items.some((item) => item.option === "kv-latent")
            ? "read.kvPerTokenMla"
            : "read.kvPerToken",
          {
            typed: perToken.trim(),
            kb: { kind: "sig3", value: kvPerToken / 1e3 },
            exact: { kind: "grouped", value: kvPerToken },
          },
        ),
        ...reply.notes,
      ];
    // `training flops per token for 70B`: 6·N a token, with its value (Kaplan et al. 2020).
    if (reply.ok) trainingFlopsPerTokenInPlace(reply);
    presetInPlace(reply, parsed.preset);
    const charted = withChartRequest(reply, parsed.flags.chart || options.chart === true);
    // Still this call's own object (runCommand's copy, or withChartRequest's): no copy needed.
    const done: Reply = charted;
    done.lang = lang;
    done.asked = askedOf(parsed);
    if (parsed.flags.private) done.ephemeral = true;
    return done;
  } catch (thrown) {
    // A KV cache asked of a bare size: its shape is what is missing, not the GPU.
    const shaped = kvShapeError(parsedLine, thrown, line) ?? thrown;
    // `gpt-4 training compute`: a model whose size and tokens are not published, said as that.
    // `chinchilla 500P FLOPs`: a tiny budget typed in FLOP is not offered as dollars.
    const named = unpublishedError(shaped, line) ?? flopNamedBudgetError(shaped, line) ?? shaped;
    // `mode=train` asked of compute: the command whose key it is named (cards), once.
    const elsewhere =
      isUserError(named) && options.elsewhere !== true ? keyElsewhereError(registry, named) : undefined;
    const error = elsewhere ?? named;
    if (isUserError(error)) command = refusedBy.get(error) ?? command;
    // A word blamed is named as typed (`天`, not the `days` it was read as).
    if (isUserError(error)) typedInPlace(error.params, line);
    // A line asking what another command answers (tokens per second) is answered by it when it
    // reads the question (the typed model and GPU), else pointed at it.
    const asking = isUserError(error) ? askedForError(registry, prepared.text, error) : undefined;
    // The line serve would answer once a model is added (`serve llama-3-8b gpu=MI300X available=1`).
    let servedExample: string | undefined;
    if (asking && options.retried !== true) {
      const served = respondToText(
        registry,
        asServeLine(prepared.text),
        extended(options, { lang, retried: true }),
      );
      // `serve llama-3-70b on 4 H100 tokens/s`: serve asked by name, the rate it answers said too.
      const serveAsked = command.name === asking.command.name;
      if (served.ok) {
        if (!serveAsked)
          served.notes = [text("read.askedServe", { command: asking.command.name }), ...served.notes];
        return served;
      }
      // `tokens/s to serve llama 70b on 2 H100`: the model and GPU were given; the run's name is what
      // serve could not read, and its refusal says which runs are meant (never "give a model").
      if (served.error?.key === "model.unknown") {
        const serveLine = asServeLine(prepared.text);
        const { query, suggestions } = served.error.params ?? {};
        const unknown = new UserError("model.unknown", {
          query: typeof query === "string" ? query : "",
          suggestions: typeof suggestions === "string" ? suggestions : "",
        });
        const corrected = correctedLine(registry, serveLine, unknown, options, lang);
        if (corrected) served.hint = text("error.example", { example: `/flops ${corrected}` });
        return served;
      }
      // Serve's own refusal, not retried, has the Try line with the asker's GPU and count kept (the
      // rate's words are gone from its line, so this is not asked again).
      if (TOO_LITTLE.has(served.error?.key ?? "")) {
        const own = respondToText(registry, asServeLine(prepared.text), extended(options, { lang }));
        const example = own.hint?.params?.example;
        if (typeof example === "string") servedExample = example.replace(/^\/flops /, "");
      }
    }
    // errorReply's object is new: changed in place (keys keep their places, lang goes last).
    // `how many tokens/s does one H100 serve`: serve named, but what it lacks is the model, not a
    // number in place of the rate's words.
    const pointed =
      asking && (command.name !== asking.command.name || servedExample !== undefined) ? asking : undefined;
    if (pointed && servedExample !== undefined) pointed.error.params.example = servedExample;
    const reply = pointed ? errorReply(pointed.command, pointed.error) : errorReply(command, error);
    // The question itself corrected where a fix is known (`H1OO` → `H100`), or without the word
    // blamed when the rest reads (never the generic example when the asker's own line can be shown).
    const corrected = isUserError(error)
      ? correctedLine(registry, stripPrefix(line).replace(SPACES, " "), error, options, lang)
      : undefined;
    if (corrected) reply.hint = text("error.example", { example: `/flops ${corrected}` });
    if (pointed && servedExample !== undefined)
      reply.hint = text("error.example", { example: `/flops ${servedExample}` });
    // A question (`how long…`, `how many…`) that gave too little: show the example that answers one,
    // unless the error knows the asker's own line with the missing part added (their GPU kept).
    const tooLittle = isUserError(error) && TOO_LITTLE.has(error.id);
    const ownFix = isUserError(error) && typeof error.params.corrected === "string" ? corrected : undefined;
    const gpuExample = command.examples.find((e) => e.includes("gpu="));
    if (tooLittle && !ownFix && gpuExample && QUESTION.test(prepared.text))
      reply.hint = text("error.example", { example: `/flops ${gpuExample}` });
    // Values were read but a size is missing (`is 60% MFU realistic on H100`): that line, or the
    // example, with the asker's own values in it, when that is answered (the verdict on 60% shows there).
    const base = ownFix ?? gpuExample ?? command.examples[0];
    const withTyped =
      parsedLine && tooLittle && base !== undefined && options.retried !== true
        ? exampleWith(command, base, parsedLine.raw, ownFix !== undefined)
        : undefined;
    if (withTyped && respondToText(registry, withTyped, extended(options, { lang, retried: true })).ok)
      reply.hint = text("error.example", { example: `/flops ${withTyped}` });
    // A missing option: the asker's reading with it added, when that is answered (`lora 70B` →
    // `cards 70B gpu=H100 mode=lora`, not the command's first example, which serves).
    // `mfu 405B on 16384 H100 for 54 days`: MFU's tokens missing, the rest of the run typed.
    const tokensMissing = isUserError(error) && error.id === "mfu.needTokens";
    const missing =
      isUserError(error) && error.id === "args.missing"
        ? error.params.option
        : tokensMissing
          ? "tokens"
          : undefined;
    const added =
      parsedLine && typeof missing === "string" && options.retried !== true
        ? withMissingOption(parsedLine, missing, tokensMissing ? "positional too" : "named only")
        : undefined;
    if (added && respondToText(registry, added, extended(options, { lang, retried: true })).ok)
      reply.hint = text("error.example", { example: `/flops ${added}` });
    // `what is MFU`, `explain chinchilla`, MFU 是什麼: the definition asked, shown on an example step by step.
    const definition =
      isUserError(error) &&
      NEEDS_VALUES.has(error.id) &&
      (DEFINITION.test(prepared.text) || DEFINITION_ZH.test(line));
    // With nothing of a run typed, answered on the command's example (as `why 6ND` is on GPT-3's),
    // the reading said first; a value typed (`what is the MFU for 70B`) keeps the refusal and its Try.
    const example = gpuExample ?? command.examples[0];
    if (definition && options.retried !== true && example !== undefined && !readAny(parsedLine)) {
      const explained = `${example} explain`;
      const shown = respondToText(
        registry,
        explained,
        extended(options, { lang, retried: true, langFromText: false }),
      );
      if (shown.ok) {
        shown.notes = [text("read.definitionOnExample", { example: explained }), ...shown.notes];
        return shown;
      }
    }
    withAskedFlags(reply, definition ? extended(prepared.flags, { explain: true }) : prepared.flags);
    reply.lang = lang;
    return reply;
  }
}

/**
 * `base` (an example, or the asker's line the error corrected) with the asker's values: those of
 * options `base` lacks added, those it has replaced unless `keepBase`; undefined when none was typed.
 */
function exampleWith(
  command: AnyCommand,
  base: string,
  raw: Record<string, string>,
  keepBase: boolean,
): string | undefined {
  const typed = Object.entries(raw).filter(([key]) => !command.options[key]?.positional);
  if (typed.length === 0) return undefined;
  const words = base.split(" ");
  for (const [key, value] of typed) {
    const at = words.findIndex((word) => word.startsWith(`${key}=`));
    if (at < 0) words.push(`${key}=${value}`);
    else if (!keepBase) words[at] = `${key}=${value}`;
  }
  return words.join(" ");
}

/**
 * A refusal's Try line asks what the asker asked for besides the numbers: `explain 6ND` (or
 * `解釋`) is shown an example with `explain`, `plot …` one with `chart`.
 */
function withAskedFlags(reply: Reply, flags: { explain: boolean; chart?: boolean }): void {
  const example = reply.hint?.params?.example;
  if (typeof example !== "string" || !example.startsWith("/flops ")) return;
  const words = example.split(" ");
  const added = [
    ...(flags.explain && !words.includes("explain") ? ["explain"] : []),
    ...(flags.chart === true && !words.includes("chart") ? ["chart"] : []),
  ];
  if (added.length > 0) reply.hint = text("error.example", { example: [example, ...added].join(" ") });
}

/**
 * `Also asked: memory`: the second question of a line, not answered here, with the command that
 * answers it for the same model and GPU (training memory, as the first question was a training run).
 */
function alsoAskedNote(
  also: { command: AnyCommand; word: string; count?: true },
  raw: Record<string, string>,
  line: string,
  preset: AppliedPreset | undefined,
): Text {
  const parts = [also.command.name];
  // A published run's size is its name (`cards llama-3-405b …`), not its count in digits.
  if (preset?.filled.params !== undefined) parts.push(preset.word);
  else if (raw.params !== undefined) parts.push(raw.params);
  const gpu = raw.gpu?.split(",")[0];
  // The count needs a GPU: the one typed, else an example's H100.
  if (findOption(also.command, "gpu") && (gpu !== undefined || also.count))
    parts.push(`gpu=${gpu ?? "H100"}`);
  if (findOption(also.command, "mode")) parts.push("mode=train");
  const what = typedForm(also.word, line);
  // A GPU named and no count, time or budget: the answer's time is on an assumed count, so the
  // count asked is the one a deadline sets (compute answers it with days=), beside the fewest cards.
  if (also.count && gpu !== undefined && COUNT_SETTERS.every((key) => raw[key] === undefined)) {
    const deadline = [parts[1], raw.tokens, `gpu=${gpu}`, "days=30"].filter((part) => part !== undefined);
    return text("read.alsoAskedCountAssumed", {
      what,
      deadline: deadline.join(" "),
      example: parts.join(" "),
    });
  }
  const key = also.count ? "read.alsoAskedCount" : "read.alsoAsked";
  return text(key, { what, example: parts.join(" ") });
}

/** Options that fix the GPU count or the time a plan is answered at (no count is assumed with them). */
const COUNT_SETTERS = ["gpus", "days", "gpu-hours", "budget", "flops"] as const;

const SPACES = /\s+/g;

/** Commands whose memory answer holds on any GPU, and whose card count is given on an assumed one. */
const ASSUMES_GPU: ReadonlySet<string> = new Set(["cards", "serve"]);

/** The `gpu=` value normalize.ts gives `the best gpu`: the catalog's training GPUs. */
const BEST_GPU_VALUE = TRAINING_LINEUP.join(",");
/** `best`, or 最好/最快/最適合/最強 (哪張 GPU 最好): the best GPU asked. */
const BEST_ASKED = /best|fastest|cheapest|most\s+(?:cost[- ]|energy[- ])?efficient|最(?:好|快|適合|強|便宜)/i;

/** `best gpu` as normalize.ts leaves a serving line's best, fastest or cheapest GPU asked. */
const BEST_GPU_SAID = /\bbest gpu\b/;

/** Units of time, fractions and per-words: dropping one changes what the rest means. */
const CARRIES_MEANING =
  /^(?:(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?|half|quarter|double|twice|per|each|every|[天時週周月年秒分半倍每])$/i;
/** A word after a number, an article or a per-word is what that word counts. */
const QUANTIFIES_NEXT = /^(?:a|an|one|per|each|every|\d[\d.,]*[kmbt]?)$/i;

/** 最多, 不超過 (at most): a bound, never what the number before it counts (`2T 最多 512 張 H100`). */
const BOUND_ZH = /^(?:最多|至多|頂多|不超過|不到|少於|低於)$/;

/** A number with its multiplier (`40B`, `2T`): a value of its own, never the unit of the number before it. */
const SIZE_WORD = /^\d+(?:\.\d+)?[kmbt]$/i;

/** Words that name a model's variant after its family (`mistral large`, `phi-3 mini`, `llama chat`). */
const VARIANT =
  /^(?:large|small|medium|mini|tiny|base|instruct|chat|pro|max|ultra|nemo|xl|xxl|lite|turbo|plus|code|coder|huge|giant)$/i;

/** Prepositions that lead to the word after them (`at 8k`, `with 8k`): left alone at the end, they lead nowhere. */
const LEADS_TO_LAST: ReadonlySet<string> = new Set([
  "at",
  "on",
  "with",
  "for",
  "of",
  "in",
  "to",
  "by",
  "using",
  "via",
]);

/** A size in thousands (`8k`, `32K`). */
const THOUSANDS_WORD = /^\d+(?:\.\d+)?k$/i;

/** A model family's version after its name: `3`, `3.3`, `2.5`. */
const VERSION = /^\d(?:\.\d)?$/;

/** Errors that blame one word of the line: the line without it may be the question meant. */
const BLAMES_A_WORD: ReadonlySet<string> = new Set([
  "read.unknownWord",
  "args.extra",
  "read.framework",
  "read.frameworkMemory",
]);

/** Energy or emissions asked of a plan (`carbon footprint`, `co2`, `kWh`; 碳排放 and 耗電 as normalize.ts reads them). */
const ENERGY_ASKED = /\b(?:energy|emissions?|carbon|co2(?:e|eq)?|kwh|mwh)\b/i;

/** A minus sign typed before a number, a dollar sign between them or not (`-2`, `$-2`, `-$2`). */
const TYPED_MINUS = /(^|\s|\$)-\s*(?=\$?\d)/;

/** A typo with a character beyond ASCII (a Chinese phrase): found in the line wherever it stands. */
const NOT_ASCII_TYPO = /[\u0080-\uffff]/;

/**
 * The asker's line corrected: the fix an error names (`typo` → `fix`), else the line without the
 * blamed word when that line is answered. Tried only for a refusal (never on an answer's path).
 */
function correctedLine(
  registry: Registry,
  line: string,
  error: UserError,
  options: RespondOptions,
  lang: Lang,
): string | undefined {
  const { typo, fix, corrected } = error.params;
  if (typeof corrected === "string") return corrected;
  const words = line.split(" ");
  // A corrected line tried once (never corrected again), and whether it is answered; by a command,
  // not by help, where a line left with asking words only would show the help.
  const asked = (tried: string) => respondToText(registry, tried, extended(options, { lang, retried: true }));
  const isAnswered = (tried: string) => asked(tried).ok;
  const answeredByCommand = (tried: string) => {
    const answered = asked(tried);
    return answered.ok && answered.command !== "help";
  };
  // The line asked of another command, which may correct it there.
  const askedElsewhere = (tried: string) =>
    respondToText(registry, tried, extended(options, { lang, elsewhere: true }));
  // `70B 2T on 512 H100 mode=trian`: the line asked of cards, corrected there (mode=train, no tokens).
  // Else (`serve 8B gpu=H100 rate=20 zero=3`: cards takes no rate) the line without the key, when answered.
  if (error.id === "args.keyElsewhere" && !options.retried) {
    const there = lineElsewhere(registry, line, String(error.params.other), askedElsewhere);
    const key = `${String(error.params.key).toLowerCase()}=`;
    const without = words.filter((word) => !word.toLowerCase().startsWith(key)).join(" ");
    return there ?? (without !== line && isAnswered(without) ? without : undefined);
  }
  // `70B 2T TP8 PP16 on 1024 H100`: a layout compute does not read; the line asked of cards, which
  // places it (training, unless the line says a mode), corrected there until it is answered.
  if (error.id === "read.layoutWord" && !options.retried) {
    const withMode = /(?:^| )mode=/i.test(line) ? line : `${line} mode=train`;
    const there = lineElsewhere(registry, withMode, "cards", askedElsewhere);
    if (there) return there;
  }
  // `chinchilla for $1M on H100 at $2/h`: a dollar budget with a GPU and its price is compute's
  // question (it turns dollars into GPU-hours, then FLOP): the line without `chinchilla`, when answered.
  if (error.id === "compute.budgetUsd" && !options.retried) {
    const withoutCommand = words.filter((word) => word.toLowerCase() !== "chinchilla").join(" ");
    if (withoutCommand !== words.join(" ") && isAnswered(withoutCommand)) return withoutCommand;
  }
  // `gemma 3 27b 14T tokens`, `llama 3.3 70b 15T`: a run the bot does not know, said by its family
  // and version; the line without them (the size and tokens typed), when that is answered.
  const query = error.params.query;
  // One run suggested (`llama-3-70b-instruct` → llama-3-70b): the line with it, when answered.
  const suggested = error.params.suggestions;
  if (
    error.id === "model.unknown" &&
    typeof query === "string" &&
    typeof suggested === "string" &&
    suggested !== "" &&
    !suggested.includes(",") &&
    !options.retried
  ) {
    const named = words.map((word) => (word === query ? suggested : word)).join(" ");
    if (named !== words.join(" ") && isAnswered(named)) return named;
  }
  if (error.id === "model.unknown" && typeof query === "string" && !options.retried) {
    // The query is one word (`gemma`), or a family and its version as typed (`Llama 3`).
    const queryWords = query.toLowerCase().split(" ");
    const at = words.findIndex((_, i) => queryWords.every((q, j) => words[i + j]?.toLowerCase() === q));
    const after = at + queryWords.length;
    const end = at >= 0 && queryWords.length === 1 && VERSION.test(words[after] ?? "") ? after + 1 : after;
    // `what MFU did Llama 3 get`: the release's first run named (its largest), when answered.
    const first = typeof suggested === "string" ? suggested.split(", ")[0] : undefined;
    if (at >= 0 && queryWords.length > 1 && first !== undefined && first !== "") {
      const named = [...words.slice(0, at), first, ...words.slice(end)].join(" ");
      if (answeredByCommand(named)) return named;
    }
    const without = at < 0 ? "" : [...words.slice(0, at), ...words.slice(end)].join(" ");
    if (without !== "") {
      if (answeredByCommand(without)) return without;
    }
  }
  // `gpsu=512` (gpu? gpus?): the line with the first key suggested that is answered (gpus=512).
  const key = error.params.key;
  if (
    error.id === "args.unknownKey" &&
    typeof key === "string" &&
    typeof suggested === "string" &&
    !options.retried
  ) {
    const at = words.findIndex((word) => word.toLowerCase().startsWith(`${key.toLowerCase()}=`));
    // A key the typed one begins (`ct=` → ctx, never the budget `c`) first, then the nearest.
    const names = suggested.split(", ");
    const begun = names.filter((name) => name.startsWith(key.toLowerCase()));
    for (const name of at < 0 ? [] : [...begun, ...names.filter((name) => !begun.includes(name))]) {
      const renamed = words
        .map((word, i) => (i === at ? `${name}${word.slice(key.length)}` : word))
        .join(" ");
      if (isAnswered(renamed)) return renamed;
    }
  }
  // `gpu=H1000` (H100? RTX A6000?): the line on the first GPU suggested, when answered.
  if (
    error.id === "gpu.unknown" &&
    typeof query === "string" &&
    typeof fix !== "string" &&
    !options.retried
  ) {
    const onFirst = onFirstSuggestedGpu(line, query);
    if (onFirst && isAnswered(onFirst)) return onFirst;
  }
  // `serve llama 3 70b on H100 / H200`: a command of one GPU given several: the line with the first
  // alone (the others and what separates them dropped), when that is answered.
  if (error.id === "gpu.oneOnly" && typeof error.params.list === "string" && !options.retried) {
    const one = withFirstGpuOnly(words, error.params.list);
    if (one !== line && isAnswered(one)) return one;
  }
  // `70B 2T gpu=H100 gpu=A100`: two GPUs given as one option, refused as given twice; the Try line is
  // the asker's line with them side by side (`gpu=H100,A100`), when answered, not an example of
  // another size on a third GPU.
  if (error.id === "args.twice" && error.params.option === "gpu" && !options.retried) {
    const both = gpusSideBySide(words, String(error.params.first), String(error.params.second));
    if (both !== line && isAnswered(both)) return both;
  }
  // `gpu=H100 gpu=4096`: the second given where a key it begins was meant (gpus=4096), when answered.
  if (error.id === "args.twice" && !options.retried) {
    const renamed = withKeyRenamed(
      commandOf(registry, words),
      words,
      String(error.params.second),
      isAnswered,
    );
    if (renamed !== undefined) return renamed;
  }
  // `layers=80 d=8192 c=2048`: a budget under any run's beside the size and tokens was another option
  // meant; the line with the key as one the typed key begins (c= → ctx=), when answered.
  if (error.id === "plausible.budgetTinySized" && !options.retried) {
    const value = String(error.params.value);
    const renamed = withKeyRenamed(commandOf(registry, words), words, value, isAnswered);
    if (renamed !== undefined) return renamed;
    // `70B 2T flops=1e17`: a key no other begins; the size and tokens answer without the budget.
    const typed = (word: string) => word === value || word.toLowerCase().endsWith(`=${value.toLowerCase()}`);
    const without = words.filter((word) => !typed(word)).join(" ");
    if (without !== line && isAnswered(without)) return without;
  }
  // `8B 15T 64 nodes H100`, 8B 15T 用 64 個節點的 H100: the line with 8 GPUs a node, when answered.
  if (error.id === "read.nodesWithoutCount" && typeof fix !== "string" && !options.retried) {
    const eight = withGpusPerNode(line, String(error.params.nodes));
    if (eight !== undefined && isAnswered(eight)) return eight;
  }
  // `7B, 13B and 70B on 1T tokens`: the line with the first size alone (the others, and the `and`
  // or `or` before them, dropped), when answered.
  if (error.id === "read.severalSizes" && typeof error.params.others === "string" && !options.retried) {
    const others = new Set(error.params.others.split(",").map((size) => size.toLowerCase()));
    const isOther = (word: string) => others.has(withoutEndPunctuation(word).toLowerCase());
    // 7B、13B、70B (and a full-width comma, or `7B,13B,70B`): the sizes are words of their own, as
    // `7B, 13B, 70B` is.
    const listWords = /[、，]|\d[kmbt],\d/i.test(line)
      ? line
          .replace(/\s*([、，])\s*/g, ", ")
          .replace(/(\d[kmbt]),(?=\d)/gi, "$1, ")
          .split(" ")
      : words;
    const kept = listWords.filter(
      (word, i) =>
        !isOther(word) && !(SIZE_LIST_JOINERS.has(word.toLowerCase()) && isOther(listWords[i + 1] ?? "")),
    );
    const first = kept.findIndex((word) => word.endsWith(",") && !isOther(word));
    const one = kept.map((word, i) => (i === first ? word.slice(0, -1) : word)).join(" ");
    if (isAnswered(one)) return one;
  }
  // 最多 1024 張 A100 三個月: a Chinese word read as the size (a bound on the GPUs, never read as
  // one); the line without it, when a command answers it.
  const wordAsValue = error.params.text;
  if (
    error.id === "quantity.wordFor" &&
    typeof wordAsValue === "string" &&
    NOT_ASCII_TYPO.test(wordAsValue) &&
    !options.retried
  ) {
    const without = line.replace(wordAsValue, " ").replace(/\s+/g, " ").trim();
    if (without !== line && answeredByCommand(without)) return without;
  }
  // `chinchila 70B`, `mode=trian`, `70BB`: the word blamed replaced by what the refusal suggests.
  const suggestedLine = options.retried ? undefined : withSuggestion(words, error, isAnswered);
  if (suggestedLine !== undefined) return suggestedLine;
  if (typeof typo === "string" && typeof fix === "string") {
    // `70B / 2T` typed with spaces is one value of several words: replaced where it stands.
    // So is a phrase in Chinese, which has no spaces (`H100 年底前訓練完`).
    if ((typo.includes(" ") || NOT_ASCII_TYPO.test(typo)) && line.includes(typo))
      return line.replace(typo, fix);
    // A word with the mark that ended it (`budget 1.5M, on H100`) keeps the mark; a typo found
    // nowhere in the line leaves it as it was refused, which is no line to try.
    const fixed = words
      .map((word) =>
        word === typo
          ? fix
          : withoutEndPunctuation(word) === typo
            ? fix + word.slice(typo.length)
            : // `budget=2e5`: the value after its key.
              word.endsWith(`=${typo}`)
              ? word.slice(0, word.length - typo.length) + fix
              : word,
      )
      .join(" ");
    if (fixed !== line) return fixed;
    // 每小時 -2 美元, read as `-$2/h`: the sign dropped where it was typed, when answered.
    const unsigned =
      error.id === "read.negative" && !options.retried ? line.replace(TYPED_MINUS, "$1") : line;
    return unsigned !== line && isAnswered(unsigned) ? unsigned : undefined;
  }
  // `price=-2`, `on 0 H100`, `at 150% mfu`: a value out of its option's range, in the asker's line
  // without its sign (`-2` → `2`) or, failing that, as the option's example (`0` → `1024`), when answered.
  const { option, text: given, example } = error.params;
  if (
    OUT_OF_RANGE.has(error.id) &&
    typeof option === "string" &&
    typeof given === "string" &&
    typeof example === "string" &&
    !options.retried
  ) {
    const unsigned = /^\$?-/.test(given) ? given.replace("-", "") : undefined;
    const fallback = example.slice(example.indexOf("=") + 1);
    for (const fixed of unsigned === undefined ? [fallback] : [unsigned, fallback]) {
      const tried = withValueReplaced(words, line, given, fixed);
      if (tried && isAnswered(tried)) return tried;
    }
  }
  const blamed = error.params.word ?? error.params.value;
  if (!BLAMES_A_WORD.has(error.id) || typeof blamed !== "string" || options.retried) return undefined;
  // A word that carries meaning where it stands (`1000 requests a day`, `in half the time`) is not
  // dropped: the rest would be answered as another question (1,000 requests a second).
  // A word is found as typed or with the mark that ended it (`問題:` for 問題).
  const typedAs = (word: string) => word === blamed || withoutEndPunctuation(word) === blamed;
  const at = words.findIndex(typedAs);
  // A typo of a word the reader knows (`tokesn`, `hwo`): the line with it spelled right, when answered.
  const spelled = spelledRight(blamed);
  if (spelled !== undefined && at >= 0) {
    let fixed = words.map((word, i) => (i === at ? spelled : word));
    // `trainign 7B on 1T tokns`: the next typo the fixed line is refused on, spelled right too.
    for (let tries = 0; tries < 3; tries++) {
      const answered = asked(fixed.join(" "));
      if (answered.ok) return fixed.join(" ");
      const next = answered.error?.key === "read.unknownWord" ? answered.error.params?.word : undefined;
      const nextSpelled = typeof next === "string" ? spelledRight(next) : undefined;
      if (nextSpelled === undefined) break;
      fixed = fixed.map((word) => (word === next ? nextSpelled : word));
    }
  }
  // `RTX 4090x`, `lama 3 70b`: the blamed word begins a GPU's or a run's name mistyped; the line with
  // the nearest name in their place, when answered.
  const renamed =
    error.id === "read.unknownWord" && at >= 0 ? withNearName(words, at, isAnswered) : undefined;
  if (renamed !== undefined) return renamed;
  // A size blamed after another (`70B 40B fit on 4 A100`) is a second value, not what the first counts;
  // with two sizes left (`70B and 405B on 15T`) the line without it reads them as params and tokens.
  const size = SIZE_WORD.test(blamed);
  const counted = !size && !BOUND_ZH.test(blamed) && QUANTIFIES_NEXT.test(words[at - 1] ?? "");
  // A count in thousands (`at 8k`, a context) is never a parameter or token count: it shifts nothing.
  const shifts =
    size &&
    !THOUSANDS_WORD.test(blamed) &&
    words.filter((word) => !typedAs(word) && SIZE_WORD.test(word)).length > 1;
  // `Infinity 1T`, `NaN 300B`: a number no answer takes, before a size; the line without it reads
  // the size in its place (1T parameters), so no line is offered.
  const noNumber = NOT_A_NUMBER.test(blamed) && words.slice(at + 1).some((word) => SIZE_WORD.test(word));
  if (CARRIES_MEANING.test(blamed) || counted || shifts || noNumber) return undefined;
  // `with 90% uptime`, `20% of tokens are code`: a percent the blamed word labels would be read as the
  // MFU without it; `on 1.5 H100s`: the count dropped leaves the GPUs uncounted (1,024 assumed).
  const labelsPercent = words.some(
    (word, i) =>
      i < at &&
      i >= at - 4 &&
      PERCENT.test(word) &&
      !PERCENT_LABELS.has(withoutEndPunctuation(words[i + 1] ?? "").toLowerCase()),
  );
  const countsNext = NUMBER_FIRST.test(blamed) && namesGpu(words[at + 1] ?? "");
  if (labelsPercent || countsNext) return undefined;
  // `mistral large 123b`: a variant's word between a run's name and a size names another model
  // (Mistral Large 2); the line without it reads the run named (Mistral 7B) on the size as tokens,
  // so the name goes too (`123b`), as an unknown run's family does above.
  const named =
    at > 0 &&
    VARIANT.test(blamed) &&
    SIZE_WORD.test(words[at + 1] ?? "") &&
    registry.presets?.find(words[at - 1] as string) !== undefined;
  // `with FSDP at 45% mfu`, `和 deepspeed`: a framework's word goes with the word that led to it.
  const led =
    (error.id === "read.framework" || error.id === "read.frameworkMemory") &&
    at > 0 &&
    (LEADS_TO_LAST.has(words[at - 1]?.toLowerCase() ?? "") || words[at - 1] === "和");
  const without = words.filter(
    (word, i) => !typedAs(word) && !(named && i === at - 1) && !(led && i === at - 1),
  );
  // The blamed word last (`… H100 at 8k`): the preposition that led to it goes with it (`… H100`).
  const leading = words[words.length - 2]?.toLowerCase();
  if (!led && at === words.length - 1 && leading !== undefined && LEADS_TO_LAST.has(leading)) without.pop();
  if (without.length === words.length || without.length === 0) return undefined;
  const candidate = without.join(" ");
  // Answered by a command, not by help: a line left with asking words only (`GPT-4 要多少算力` without
  // GPT-4 is `要多少算力`) shows the help, which is no example of the question.
  // `with deepspeed zero 3`: the word that led to the framework leads to what follows it too, unless
  // that leads on by itself (`with FSDP at 45% mfu`).
  const after = words[at + 1]?.toLowerCase();
  const kept =
    led && after !== undefined && !LEADS_TO_LAST.has(after)
      ? words.filter((word) => !typedAs(word)).join(" ")
      : undefined;
  if (kept !== undefined && answeredByCommand(kept)) return kept;
  if (answeredByCommand(candidate)) return candidate;
  // `max context for llama-3-70b on 2 H100`, `longest context …`: the word after the blamed one refused
  // next (`context` with no number); the line without both, when a command answers it.
  const next = words[at + 1];
  const refusedNext = asked(candidate).error?.params?.word;
  if (next === undefined || at < 0 || (refusedNext !== next && refusedNext !== withoutEndPunctuation(next)))
    return undefined;
  const rest = words.filter((_, i) => i !== at && i !== at + 1);
  // The command the words dropped led to (`context` to cards), named when the rest would go elsewhere.
  const refusedBy = error.params.command;
  const pair =
    typeof refusedBy === "string" && rest.length > 0 && commandOf(registry, rest).name !== refusedBy
      ? `${refusedBy} ${rest.join(" ")}`
      : rest.join(" ");
  return rest.length > 0 && answeredByCommand(pair) ? pair : undefined;
}

/** The command a line's words are read by. */
const commandOf = (registry: Registry, words: readonly string[]): AnyCommand =>
  prepareLine(registry, words.join(" ")).choice.command;

/**
 * `line` with the unknown GPU `query` replaced by the catalog's nearest, wherever it stands (`gpu=H1000`,
 * `512xH1000`, `在 H1000 上`), by a name of one word in the case typed (`H100`); undefined when none is near.
 */
function onFirstSuggestedGpu(line: string, query: string): string | undefined {
  const near = GPU_CATALOG.suggest(query)[0];
  if (near === undefined) return undefined;
  const name = near.aliases.find((alias) => !alias.includes(" ") && !/^\d/.test(alias)) ?? near.id;
  const typed = query === query.toUpperCase() ? name.toUpperCase() : name;
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = new RegExp(`(^|[^a-z0-9]|\\d[x*×])${escaped}(?![a-z0-9])`, "i");
  const replaced = line.replace(at, (_, before: string) => `${before}${typed}`);
  return replaced === line ? undefined : replaced;
}

/** Errors for a value out of its option's range (`gpus=0`, `price=-2`, `mfu=150%`): its text and example. */
const OUT_OF_RANGE: ReadonlySet<string> = new Set([
  "quantity.notPositiveFor",
  "quantity.notIntegerFor",
  "quantity.notFractionFor",
]);

/**
 * The line with the value `given` replaced by `fixed`: after its key (`gpus=0`), else as a word of
 * its own (`on 0 H100`, `0%,`), else where its words stand (`-3 days`); undefined when not found.
 */
function withValueReplaced(
  words: readonly string[],
  line: string,
  given: string,
  fixed: string,
): string | undefined {
  const lower = given.toLowerCase();
  const keyed = words.findIndex((word) => word.toLowerCase().endsWith(`=${lower}`));
  const at =
    keyed >= 0 ? keyed : words.findIndex((word) => withoutEndPunctuation(word).toLowerCase() === lower);
  if (at >= 0) {
    const word = words[at] as string;
    const start = keyed >= 0 ? word.length - given.length : 0;
    const replaced = word.slice(0, start) + fixed + word.slice(start + given.length);
    return words.map((other, i) => (i === at ? replaced : other)).join(" ");
  }
  return given.includes(" ") && line.includes(given) ? line.replace(given, fixed) : undefined;
}

/** A percent as typed (`90%`, `20%,`). */
const PERCENT = /\d%[,.;:]?$/;
const NUMBER_FIRST = /^[\d.]/;
/** A GPU named by a word, plural or not (`H100`, `H100s`). */
const namesGpu = (word: string): boolean =>
  GPU_CATALOG.find(word) !== undefined ||
  (word.endsWith("s") && GPU_CATALOG.find(word.slice(0, -1)) !== undefined);

/** Numbers that are none (JavaScript's names for them): typed where a value goes. */
const NOT_A_NUMBER = /^[+-]?(?:inf|infinity|nan)$/i;

/**
 * The words with only the first GPU of `list` (comma-separated, as the option read it): the others
 * dropped with what joins them (`/`, `,`, `or`, `vs`); `H100/A100` kept as `H100`, `gpu=h100,h200`
 * as `gpu=h100`.
 */
function withFirstGpuOnly(words: readonly string[], list: string): string {
  const [first = "", ...others] = list.toLowerCase().split(",");
  const dropped = new Set(others);
  const plain = (word: string) => word.toLowerCase().replace(/^[,/]+|[,/]+$/g, "");
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    const equals = lower.indexOf("=");
    if (equals > 0 && lower.slice(equals + 1) === list.toLowerCase()) {
      kept.push(`${word.slice(0, equals + 1)}${first}`);
      continue;
    }
    const parts = plain(word).split(/[,/]/);
    if (parts.every((part) => part === "" || dropped.has(part))) continue;
    if (JOINS.has(lower) && dropped.has(plain(words[i + 1] ?? ""))) continue;
    // `H100,`, `H100/A100`: the first name as typed, without what joined it to the others.
    kept.push(
      parts.length > 1 || plain(word) !== lower ? (word.split(/[,/]/).find((p) => p !== "") ?? word) : word,
    );
  }
  return kept.join(" ");
}
const JOINS: ReadonlySet<string> = new Set(["or", "and", "vs", "vs.", "versus", "/", ","]);

/** `words` with the `gpu=first` and `gpu=second` typed apart made one `gpu=first,second`, where the first stood. */
function gpusSideBySide(words: readonly string[], first: string, second: string): string {
  const given = new Set([`gpu=${first}`, `gpu=${second}`].map((word) => word.toLowerCase()));
  const at = words.findIndex((word) => given.has(word.toLowerCase()));
  if (at < 0) return words.join(" ");
  const kept = words.filter((word, i) => i === at || !given.has(word.toLowerCase()));
  return kept.map((word, i) => (i === at ? `gpu=${first},${second}` : word)).join(" ");
}

/** Words people mistype in a question (`tokesn`, `hwo`, `paramters`): a typo is offered the nearest. */
const COMMON_WORDS = [
  ..."how much many what long tokens token params parameters compute train training".split(" "),
  ..."days hours weeks months gpus budget price cost model serve memory context batch".split(" "),
];

/**
 * English words one letter from a COMMON_WORDS entry, typed as themselves: never offered as that
 * entry (`at most 512 H100` → `at cost 512 H100` read $512 a GPU-hour).
 */
const WORDS_NEAR_COMMON: ReadonlySet<string> = new Set([
  ..."most post host lost such that chat than ways says rays match watch catch patch latch".split(" "),
  ..."taken prize pride prime nerve ours modal contest compete commute".split(" "),
]);

/**
 * The word spelled right, if it is a typo of one of COMMON_WORDS: two letters swapped (`hwo`), or
 * for four letters and more, the nearest within the edit distance `nearest` allows (`tokesn`).
 */
function spelledRight(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower) || WORDS_NEAR_COMMON.has(lower)) return undefined;
  for (const known of COMMON_WORDS) if (isSwap(lower, known)) return known;
  if (lower.length < 4) return undefined;
  const close = nearest(lower, COMMON_WORDS, 1)[0];
  // A prefix (`train` in `trainer`) is another word, not a typo; so is a word more than a slip
  // away (one edit, two from eight letters: `large` is not `long`, `scratch` not `batch`).
  if (close === undefined || lower.startsWith(close) || close.startsWith(lower)) return undefined;
  return distance(lower, close) <= (lower.length >= 8 ? 2 : 1) ? close : undefined;
}

/** Whether `a` is `b` with two letters next to each other swapped (`hwo` for `how`). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** What was read, kept on the reply so a conversation need not parse the line again. */
export function askedOf(parsed: ParsedLine): Asked {
  const { explain, private: privately, lang } = parsed.flags;
  // Built key by key, not with spreads of optional parts: the same keys in the same places.
  const flags: Asked["flags"] = { explain, private: privately };
  if (lang !== undefined) flags.lang = lang;
  const asked: Asked = { command: parsed.command.name, raw: parsed.raw, flags };
  if (parsed.preset) asked.preset = { name: parsed.preset.name, filled: parsed.preset.filled };
  return asked;
}

/**
 * Marks a reply whose asker wants a chart; a command without one, or an answer with nothing to
 * draw (a charted command's fine-tuning or hardware-budget answer), says so in a note.
 */
export function withChartRequest(reply: Reply, wanted: boolean): Reply {
  if (!wanted || !reply.ok) return reply;
  if (chartInput(reply)) return extended(reply, { chart: true });
  const none = hasChart(reply.command) ? "note.chartNoneForAnswer" : "chart.none";
  return extended(reply, { notes: [...reply.notes, text(none, { command: reply.command })] });
}

/** Reader notes that quote the words read (`Read “跑” as serving`): quoted as typed, not as normalized. */
const QUOTES_WORDS: ReadonlySet<string> = new Set([
  "read.runAsServing",
  "read.gpuHours",
  "read.gpuTimeUnit",
  "read.digitsGpu",
  "read.gpuTimeAsked",
  "read.usersAsBatch",
  "read.maxBatchAsked",
  "read.ttftAsked",
  "read.latencyAsked",
  "read.flopsPerToken",
  "read.trainingFlopsPerToken",
  "read.pfDays",
  "read.flopUnit",
  "read.flopDays",
  "read.sizesAsParamsAndTokens",
]);

function asTyped(note: Text, line: string): Text {
  if (!QUOTES_WORDS.has(note.key) || note.params === undefined) return note;
  const params = { ...note.params };
  for (const key of ["word", "typed"] as const) {
    const value = params[key];
    if (typeof value === "string") params[key] = typedForm(value, line);
  }
  return { key: note.key, params };
}

/** The parameters of an error that name a word of the line. */
const WORD_PARAMS = ["word", "query", "name", "value", "text", "kind", "layer"] as const;

function typedInPlace(params: Record<string, string | number>, line: string): void {
  for (const key of WORD_PARAMS) {
    const value = params[key];
    if (typeof value === "string" && value !== "") params[key] = typedForm(value, line);
  }
}

/** Whether any value was read from the line (a size, a GPU, a run's name). */
const readAny = (parsed: ParsedLine | undefined): boolean =>
  parsed !== undefined && Object.keys(parsed.raw).length > 0;

/** Errors that mean "give me more", not "this word is wrong". */
const TOO_LITTLE = new Set(["args.missing", "compute.needInput"]);
const QUESTION = /^(how|what|which|when|can|could|would|is|does|do)\b/i;
/** Refusals for no values at all (`mfu`, `chinchilla` alone): nothing was wrong but what was missing. */
const NEEDS_VALUES = new Set([...TOO_LITTLE, "chinchilla.needInput"]);

/**
 * Whether a reply refuses something typed (`70Q`, `gpu=H1000`), not merely asks for more (`gpu=A100`
 * alone): with no question to change, such a line is a whole question, and its refusal is the answer.
 */
export const refusesTyped = (reply: Reply): boolean => !reply.ok && !NEEDS_VALUES.has(reply.error?.key ?? "");
/** A question asking what something is or how it is worked out. */
const DEFINITION = /^(?:what(?:'s|\s+is|\s+are|\s+does)|how\s+(?:is|are|do|does)|explain)\b/i;
/** The same asked in Chinese (是什麼, 什麼是), as typed: normalize.ts leaves no word of it. */
const DEFINITION_ZH = /什麼|什么/;

/** Runs and turns every failure into an error Reply (for adapters that pass typed options). */
export function respondToArguments(
  command: AnyCommand,
  raw: Record<string, string>,
  context: CommandContext,
  presets?: PresetSource,
): Reply {
  try {
    const { raw: filled, preset } = optionsWithPreset(presets, command, raw);
    const typed = typedNames(filled, preset);
    const reply = presetInPlace(
      runCommand(command, filled, preset ? extended(context, { preset }) : context, typed),
      preset,
    );
    reply.lang = context.lang;
    return reply;
  } catch (error) {
    const reply = errorReply(command, error);
    reply.lang = context.lang;
    return reply;
  }
}

/** The options the user typed: all of them unless a preset filled some in. */
function typedNames(raw: Record<string, string>, preset: AppliedPreset | undefined): string[] {
  const names = Object.keys(raw);
  return preset ? names.filter((name) => preset.filled[name] === undefined) : names;
}

/** GPT-3 (175B parameters, 300B tokens, Brown et al. 2020), explained: the seed article's example. */
const SIX_EXAMPLE = "175B 300B explain";
/**
 * The 6 of 6ND asked, with no other number but the 2 and 4 it splits into: 6ND named and why, where
 * from or what asked (`why 6ND`, `what is 6ND`, 6ND 的 6 是怎麼來的), or the 6 alone said of what it
 * counts (`why 6 flops per parameter per token`, `why is it 6 and not 2`).
 */
function asksWhySix(line: string): boolean {
  if (!SIX_ND.test(line) && !(LONE_SIX.test(line) && SIX_ABOUT.test(line))) return false;
  // Any other number asks of a run (`why 6ND for 70B`), but for the 2 and 4 the 6 splits into.
  if (/\d/.test(line.replace(SIX_ND_ALL, "").replace(/(^|[^\d.])[246](?![\d.])/g, "$1"))) return false;
  return WHY_SIX.test(line) || WHAT_IS.test(line);
}
/** The 6ND's definition asked (`what is 6ND`, `explain 6ND`, 6ND 是什麼): why it is 6, as `why` asks. */
const WHAT_IS = /\b(?:what(?:'s|\s+is|\s+does)|explain|means?)\b|是什麼|什麼是|解釋/i;
/** The 6 alone (`why 6 and not 2`), not a digit of another number. */
const LONE_SIX = /(?:^|[^\d.])6(?![\d.])/;
/** What the 6 alone is asked of: FLOP per parameter per token, the forward and backward passes. */
const SIX_ABOUT = /flop|param|token|forward|backward|not\s+2|times|factor|multipl|參數|前向|反向|倍/i;
const SIX_ND = /6\s*[·*×]?\s*N\s*[·*×]?\s*D/i;
const SIX_ND_ALL = new RegExp(SIX_ND.source, "gi");
const WHY_SIX =
  /\b(?:why|where|how come|come from|comes from|derive|derived)\b|怎麼來|為什麼|為何|由來|從哪|哪來/i;
