import type { z } from "zod";
import { hasChart } from "../charts/data.ts";
import { explainReply } from "../commands/explain.ts";
import { isUserError, UserError } from "../core/errors.ts";
import type { Gpu } from "../core/gpus.ts";
import type { Lang } from "../i18n/lang.ts";
import { resolveLang } from "../i18n/lang.ts";
import { text } from "../reply/build.ts";
import { formulaNumber } from "../reply/format.ts";
import type { Reply, Text } from "../reply/reply.ts";
import type { AnyCommand, CommandContext } from "./command.ts";
import {
  type AppliedPreset,
  findCommand,
  optionsWithPreset,
  type PresetSource,
  parseLine,
  type Registry,
} from "./grammar.ts";
import { normalizeText } from "./normalize.ts";
import type { OptionSpec } from "./options.ts";
import { checkInputs, checkResult } from "./plausibility.ts";
import { readAsOf } from "./readAs.ts";

export interface RespondOptions {
  lang: Lang;
  explain?: boolean;
  /** A chart was asked for outside the text (the terminal's `--chart FILE.png`). */
  chart?: boolean;
}

/** Text in, Reply out; never throws for anything a user can type. */
export function respondToText(registry: Registry, line: string, options: RespondOptions): Reply {
  // The command named by the first word, so an error found while parsing still shows its example.
  const normalized = normalizeText(line.slice(0, 2 * MAX_LINE));
  const firstWord = normalized.split(/\s+/, 1)[0] ?? "";
  let command: AnyCommand = findCommand(registry, firstWord) ?? registry.defaultCommand;
  // An inline lang= applies to errors too, found before anything else can fail.
  const inlineLang = /(?:^|\s)(?:--)?lang=(\S+)/i.exec(normalized)?.[1];
  let lang = resolveLang(inlineLang) ?? options.lang;
  try {
    const parsed = parseLine(registry, line);
    command = parsed.command;
    lang = resolveLang(parsed.flags.lang) ?? lang;
    if (parsed.flags.lang !== undefined && resolveLang(parsed.flags.lang) === undefined) {
      throw new UserError("args.badLang", { value: parsed.flags.lang });
    }
    const typed = Object.keys(parsed.raw).filter((key) => parsed.preset?.filled[key] === undefined);
    const answered = runCommand(
      command,
      parsed.raw,
      { lang, explain: parsed.flags.explain || (options.explain ?? false) },
      typed,
    );
    const read = parsed.reading;
    const reply = withPreset(
      read && (read.notes.length > 0 || read.unplaced.length > 0)
        ? {
            ...answered,
            notes: [
              ...read.notes,
              ...(read.unplaced.length > 0
                ? [text("read.unplaced", { words: read.unplaced.join(", "), command: command.name })]
                : []),
              ...answered.notes,
            ],
          }
        : answered,
      parsed.preset,
    );
    const charted = withChartRequest(reply, parsed.flags.chart || options.chart === true);
    return parsed.flags.private ? { ...charted, ephemeral: true, lang } : { ...charted, lang };
  } catch (error) {
    const reply = errorReply(command, error);
    // A question (`how long…`, `how many…`) that gave too little: show the example that answers one.
    const gpuExample = command.examples.find((e) => e.includes("gpu="));
    if (QUESTION.test(normalized) && isUserError(error) && TOO_LITTLE.has(error.id) && gpuExample) {
      return { ...reply, hint: text("error.example", { example: `/flops ${gpuExample}` }), lang };
    }
    return { ...reply, lang };
  }
}

/** Marks a reply whose asker wants a chart; a command without one says so in a note. */
export function withChartRequest(reply: Reply, wanted: boolean): Reply {
  if (!wanted || !reply.ok) return reply;
  if (hasChart(reply.command)) return { ...reply, chart: true };
  return { ...reply, notes: [...reply.notes, text("chart.none", { command: reply.command })] };
}

const MAX_LINE = 2000;
/** Errors that mean "give me more", not "this word is wrong". */
const TOO_LITTLE = new Set(["args.missing", "compute.needInput"]);
const QUESTION = /^(how|what|which|when|can|could|would|is|does|do)\b/i;

/**
 * Validates raw option text with the command's zod schema, guards the values, then runs it with
 * every option read tracked: an option the user typed (`typed`, all of `raw` unless said) that the
 * command never looked at is named in a note. The reply says how it read the question (`readAs`).
 * Throws UserError.
 */
export function runCommand(
  command: AnyCommand,
  raw: Record<string, string>,
  context: CommandContext,
  typed: readonly string[] = Object.keys(raw),
): Reply {
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) throw toUserError(command, parsed.error);
  const data = { ...(parsed.data as Record<string, unknown>) };
  const warnings = checkInputs(data, raw);
  const notes: Text[] = [];
  const assumed = new Set<string>();
  const fallback = precisionFallback(command, data);
  if (fallback) {
    data.precision = fallback.precision;
    assumed.add("precision");
    notes.push(text("read.precisionFallback", fallback));
  }
  const seen = new Set<string>();
  const tracked = new Proxy(data, {
    get(target, key, receiver) {
      if (typeof key === "string") seen.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
  const answered = assertFinite(command.run(tracked as never, context));
  for (const name of typed) {
    if (!seen.has(name) && data[name] !== undefined) {
      notes.push(text("read.unused", { option: `${name}=${raw[name]}`, command: command.name }));
    }
  }
  const reply: Reply = {
    ...answered,
    notes: [...notes, ...answered.notes],
    warnings: [...warnings, ...checkResult(answered.result, data), ...answered.warnings],
    ...(answered.ok ? { readAs: readAsOf(command, data, answered.result, assumed) } : {}),
  };
  return context.explain ? explainReply(reply, context.lang) : reply;
}

/**
 * A GPU without the default precision (bf16) falls back to the best it has (V100 → fp16, T4 →
 * fp16) when the user named none, instead of refusing.
 */
function precisionFallback(
  command: AnyCommand,
  data: Record<string, unknown>,
): { gpu: string; precision: string } | undefined {
  const spec = (command.options as Record<string, OptionSpec>).precision;
  // A GPU list (compute's `gpu=h100,a100`) with one entry is that GPU.
  const gpu = (Array.isArray(data.gpu) && data.gpu.length === 1 ? data.gpu[0] : data.gpu) as Gpu | undefined;
  if (spec?.kind !== "precision" || data.precision !== undefined || !gpu?.peakTflops) return undefined;
  if (gpu.peakTflops.bf16 !== undefined) return undefined;
  const best = FALLBACK_PRECISIONS.find((p) => gpu.peakTflops[p] !== undefined);
  return best ? { gpu: gpu.name, precision: best } : undefined;
}

/** Training precisions in the order a run would pick them when bf16 is missing. */
const FALLBACK_PRECISIONS = ["fp16", "fp8", "tf32", "fp32"] as const;

/** Says which published figures a model name filled in (typed values override them), and cites them. */
function withPreset(reply: Reply, preset: AppliedPreset | undefined): Reply {
  if (!preset) return reply;
  const values = Object.entries(preset.filled)
    .map(
      ([key, value]) => `${key}=${/^\d[\d.]*(e\+?\d+)?$/.test(value) ? formulaNumber(Number(value)) : value}`,
    )
    .join(" ");
  const sources = [...reply.sources];
  for (const source of preset.sources) {
    if (!sources.some((s) => s.url === source.url && s.title === source.title)) sources.push(source);
  }
  return {
    ...reply,
    notes: [text("preset.applied", { model: preset.name, values }), ...reply.notes],
    sources,
  };
}

/**
 * Inputs that are each finite can still overflow together (`6 × 1e300 × 1e300`): a reply whose
 * numbers are not all finite and at or above zero is refused rather than shown as NaN or ∞.
 */
function assertFinite(reply: Reply): Reply {
  const bad = (n: unknown): boolean =>
    typeof n === "number" ? !(Number.isFinite(n) && n >= 0) : Array.isArray(n) ? n.some(bad) : false;
  const badValues = (record: object | undefined): boolean =>
    record !== undefined && Object.values(record).some((v) => bad(v) || (isRecord(v) && badValues(v)));
  const overflow =
    reply.rows.some((row) => "value" in row.value && bad(row.value.value)) ||
    badValues(reply.result) ||
    [reply.title, ...reply.notes, ...reply.warnings].some((text) => badValues(text.params));
  if (overflow) throw new UserError("result.outOfRange");
  return reply;
}

const isRecord = (value: unknown): value is object => typeof value === "object" && value !== null;

/** Runs and turns every failure into an error Reply (for adapters that pass typed options). */
export function respondToArguments(
  command: AnyCommand,
  raw: Record<string, string>,
  context: CommandContext,
  presets?: PresetSource,
): Reply {
  try {
    const { raw: filled, preset } = optionsWithPreset(presets, command, raw);
    const typed = Object.keys(filled).filter((key) => preset?.filled[key] === undefined);
    return { ...withPreset(runCommand(command, filled, context, typed), preset), lang: context.lang };
  } catch (error) {
    return { ...errorReply(command, error), lang: context.lang };
  }
}

function toUserError(command: AnyCommand, error: z.ZodError): UserError {
  const issue = error.issues[0];
  const option = String(issue?.path[0] ?? "");
  const spec = command.options[option];
  const example = spec ? `${option}=${spec.example}` : (command.examples[0] ?? "");
  if (issue?.code === "custom") {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    return new UserError(issue.message, { ...params, option, example });
  }
  if (issue?.code === "invalid_type" && issue.input === undefined) {
    return new UserError("args.missing", { option, example: command.examples[0] ?? "" });
  }
  return new UserError("args.invalid", { option, example });
}

export function errorReply(command: AnyCommand, error: unknown): Reply {
  const userError = isUserError(error) ? error : new UserError("internal");
  return {
    ok: false,
    command: command.name,
    title: { key: "error.title" },
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: { key: userError.id, params: userError.params },
    hint: { key: "error.example", params: { example: `/flops ${exampleFor(command, userError)}` } },
    ...(isUserError(error) ? {} : { internalError: error }),
  };
}

/** A complete, valid invocation: one that uses the option at fault when the command has one. */
function exampleFor(command: AnyCommand, error: UserError): string {
  const option = error.params.option;
  const withOption =
    typeof option === "string" && option
      ? command.examples.find((e) => e.includes(` ${option}=`))
      : undefined;
  return withOption ?? command.examples[0] ?? "";
}
