import { explainInPlace } from "../commands/explain.ts";
import { publishedCountElsewhere } from "../commands/publishedGpu.ts";
import { recomputedNote } from "../commands/recomputedRate.ts";
import { UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { GPU_CATALOG, type Gpu, type Precision, peakFlops } from "../core/gpus.ts";
import { input, text } from "../reply/build.ts";
import { formulaNumber } from "../reply/format.ts";
import type { Reply, Text } from "../reply/reply.ts";
import type { AnyCommand, CommandContext } from "./command.ts";
import { findOption } from "./findOption.ts";
import type { OptionSpec } from "./options.ts";
import { checkInputs, checkResult } from "./plausibility.ts";
import { isAssumable, readAsOf } from "./readAs.ts";
import { trackedOptions, unreadOptions } from "./tracked.ts";
import { validate } from "./validate.ts";

/**
 * Validates raw option text with the command's zod schema, guards the values, then runs it with
 * every option read tracked: an option the user typed (`typed`, all of `raw` unless said) that the
 * command never looked at is named in a note. The reply says how it read the question (`readAs`).
 * The reply is a new object, never one the command returned: the caller may change it. Throws
 * UserError.
 */
export function runCommand(
  command: AnyCommand,
  raw: Record<string, string>,
  context: CommandContext,
  typed: readonly string[] = Object.keys(raw),
): Reply {
  const data = validate(command, raw);
  const notes: Text[] = [];
  const fallback = precisionFallback(command, data);
  if (fallback) {
    data.precision = fallback.precision;
    notes.push(text("read.precisionFallback", fallback));
  }
  // An achieved TFLOP/s per GPU in a plan with an MFU (compute): the MFU it is on the GPU named.
  // A preset's MFU gives way to it; one typed beside it is refused (two MFUs, neither dropped).
  if (data.tflops !== undefined && findOption(command, "mfu")?.[0] === "mfu") {
    if (typed.includes("mfu"))
      throw new UserError("read.achievedWithMfu", { tflops: raw.tflops ?? "", mfu: raw.mfu ?? "" });
    notes.push(achievedAsMfu(data, raw.tflops), recomputedNote(data.mfu as number));
  }
  // After the readings above: an MFU set by an achieved rate is checked as a typed one is.
  const warnings = checkInputs(data, raw);
  // The defaults applied here (a precision), shared rather than a set per question; a GPU a
  // published run's preset chose for a command that does not read that run's GPU time (cards,
  // serve: `how much vram for llama 3 8b`) is the bot's choice, not the user's, and said so.
  const gpuChosen = context.gpuAssumed ? gpuNames(data.gpu) : chosenGpu(command, context, typed);
  let assumed = gpuChosen
    ? fallback
      ? GPU_AND_PRECISION_ASSUMED
      : GPU_ASSUMED
    : fallback
      ? PRECISION_ASSUMED
      : NONE_ASSUMED;
  // A run's GPU count kept on the GPU the user named instead of its own (`how long would gpt-3 take
  // on h100s`: 10,000 GPUs, V100s in the paper): the bot's choice for this plan, not a published
  // figure of it, so marked assumed and said, as a GPU the bot picks is.
  const countMoved =
    context.preset?.filled.gpus !== undefined && data.gpu !== undefined
      ? publishedCountElsewhere(context.preset, (Array.isArray(data.gpu) ? data.gpu : [data.gpu]) as Gpu[])
      : undefined;
  if (countMoved) {
    assumed = new Set([...assumed, "gpus"]);
    notes.push(
      text(
        "read.gpusFromRun",
        extended(countMoved, {
          count: input("count", data.gpus as number),
          gpu: gpuNames(data.gpu),
        }),
      ),
    );
  }
  if (gpuChosen)
    notes.push(
      text(
        context.gpuAssumed
          ? context.gpuAssumed === "energy"
            ? "read.gpuAssumedEnergy"
            : "read.gpuAssumed"
          : context.preset?.gpuDefault
            ? "read.gpuServingDefault"
            : "read.gpuFromRun",
        { gpu: gpuChosen, model: context.preset?.name ?? "" },
      ),
    );
  const options = trackedOptions(command, data);
  const answered = assertFinite(command.run(options as never, context));
  // The options named as not used are not shown as read either.
  let unused: string[] | undefined;
  for (const name of unreadOptions(command, options, typed)) {
    if (data[name] !== undefined) {
      notes.push(text("read.unused", { option: `${name}=${raw[name]}`, command: command.name }));
      if (unused) unused.push(name);
      else unused = [name];
    }
  }
  // Values a preset filled in (not typed) that the answer never read are not shown as read either
  // (`serve llama-3-8b rate=10 prompt=1k`: the preset's context is not the sequence).
  // A preset's value the answer set aside for one of its own (`llama-3-405b on B200`: the published
  // 38% MFU was measured on H100, so the plan runs at its assumed 40%) is read from the answer, and
  // marked assumed, as the same default is when no run is named.
  let readData = data;
  if (typed.length < keyCount(data)) {
    for (const name of unreadOptions(command, options, Object.keys(data))) {
      if (!typed.includes(name)) {
        if (answered.ok && answered.result?.[name] !== undefined && isAssumable(command, name)) {
          if (readData === data) readData = { ...data };
          delete readData[name];
          continue;
        }
        if (unused) unused.push(name);
        else unused = [name];
      }
    }
  }
  const implied = checkResult(answered.result, data);
  // A copy of its own (the command may hand back an object it keeps), then changed in place: one
  // copy instead of a spread with extra keys per step. Keys keep their places (notes and warnings
  // are the command's; readAs goes last, as a spread would put it). Most answers add nothing here:
  // the command's own lists are kept rather than copied. Object.assign rather than a spread: the
  // spread of the many reply shapes commands return measured about four times slower, and the
  // keys added to its copy later slower still.
  const reply: Reply = Object.assign({}, answered);
  if (answered.ok) reply.readAs = readAsOf(command, readData, answered.result, assumed, unused);
  if (notes.length > 0) reply.notes = [...notes, ...answered.notes];
  if (warnings.length > 0 || implied.length > 0)
    reply.warnings = [...warnings, ...implied, ...answered.warnings];
  return context.explain ? explainInPlace(reply, context.lang) : reply;
}

/**
 * `70B 2T on 512 H100 at 400 tflops per gpu`: an achieved rate per GPU over the GPU's dense peak at
 * the plan's precision is its MFU (PaLM §4.1), 400 / 989.4 = 40.4% on H100 in bf16. Read as that
 * mfu=, in place, with the note showing the division. One GPU only (a rate is one GPU's); an MFU
 * typed beside it is refused rather than one of the two dropped.
 */
function achievedAsMfu(data: Record<string, unknown>, typed: string | undefined): Text {
  const gpus = Array.isArray(data.gpu) ? (data.gpu as Gpu[]) : data.gpu ? [data.gpu as Gpu] : [];
  const tflops = data.tflops as number;
  if (gpus.length !== 1)
    throw new UserError(gpus.length === 0 ? "read.achievedNeedsGpu" : "read.achievedOneGpu", {
      tflops,
      count: gpus.length,
    });
  const gpu = gpus[0] as Gpu;
  // The plan's precision: typed, the fallback above, else the default bf16.
  const precision = (data.precision ?? "bf16") as Precision;
  const peak = peakFlops(gpu, precision);
  const mfu = (tflops * 1e12) / peak;
  // Above the GPU's peak no plan runs: refused as an MFU over 100% typed is.
  if (!Number.isFinite(mfu)) throw new UserError("result.outOfRange");
  if (mfu > 1)
    throw new UserError("read.achievedOverPeak", {
      tflops: typed ?? tflops,
      peak: Number((peak / 1e12).toPrecision(5)),
      mfu: `${mfu < 100 ? (mfu * 100).toFixed(1) : formulaNumber(mfu * 100)}%`,
      gpu: gpu.name,
      precision,
    });
  data.mfu = mfu;
  delete data.tflops;
  return text("read.achievedAsMfu", {
    tflops: input("plain", tflops),
    peak: input("plain", peak / 1e12),
    mfu: input("pct1", mfu),
    gpu: gpu.name,
    precision,
  });
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

/**
 * The GPU a preset filled in where the user named none and the command does not read the run's
 * GPU time (no gpu-hours option: cards, serve): its catalog name, else undefined.
 */
function chosenGpu(
  command: AnyCommand,
  context: CommandContext,
  typed: readonly string[],
): string | undefined {
  const filled = context.preset?.filled.gpu;
  if (filled === undefined || typed.includes("gpu") || findOption(command, "gpu-hours")) return undefined;
  return GPU_CATALOG.find(filled)?.name ?? filled;
}

/** The GPU or GPUs validated (compute's list), by catalog name. */
const gpuNames = (gpu: unknown): string =>
  ((Array.isArray(gpu) ? gpu : [gpu]) as Gpu[]).map((g) => g.name).join(", ");

const PRECISION_ASSUMED: ReadonlySet<string> = new Set(["precision"]);
const GPU_ASSUMED: ReadonlySet<string> = new Set(["gpu"]);
const GPU_AND_PRECISION_ASSUMED: ReadonlySet<string> = new Set(["gpu", "precision"]);
const NONE_ASSUMED: ReadonlySet<string> = new Set();

/** Training precisions in the order a run would pick them when bf16 is missing. */
const FALLBACK_PRECISIONS = ["fp16", "fp8", "tf32", "fp32"] as const;

/**
 * Inputs that are each finite can still overflow together (`6 × 1e300 × 1e300`): a reply whose
 * numbers are not all finite and at or above zero is refused rather than shown as NaN or ∞.
 */
function assertFinite(reply: Reply): Reply {
  let overflow = badRecord(reply.result);
  // A text value has no `value`: badValue(undefined) is false, as the old `"value" in` check gave.
  for (const row of reply.rows) overflow ||= badValue((row.value as { value?: unknown }).value);
  overflow ||= badRecord(reply.title.params);
  for (const text of reply.notes) overflow ||= badRecord(text.params);
  for (const text of reply.warnings) overflow ||= badRecord(text.params);
  if (overflow) throw new UserError("result.outOfRange");
  return reply;
}

/**
 * A bad number anywhere in a record, its nested records and lists included: its own enumerable
 * values, as Object.keys gives them. A plain record is walked with for…in: V8 reads each value
 * through the key list it keeps per shape, where a read per key of Object.keys is a megamorphic
 * lookup over the reply's many record shapes (about twice as slow). for…in also lists inherited
 * enumerable keys, which a record made from an object literal has none of; any other prototype
 * is walked by Object.keys.
 */
function badRecord(record: object | undefined): boolean {
  if (record === undefined) return false;
  if (Array.isArray(record)) {
    for (let i = 0; i < record.length; i++) if (badValue(record[i])) return true;
    return false;
  }
  const prototype = Object.getPrototypeOf(record);
  if (prototype !== Object.prototype && prototype !== null) {
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      if (badValue((record as Record<string, unknown>)[keys[i] as string])) return true;
    }
    return false;
  }
  for (const key in record) if (badValue((record as Record<string, unknown>)[key])) return true;
  return false;
}

/** A number that is not finite or below zero, or a record or list holding one. */
function badValue(value: unknown): boolean {
  if (typeof value === "number") return !(Number.isFinite(value) && value >= 0);
  return typeof value === "object" && value !== null && badRecord(value);
}

/** How many own keys a validated record has (Object.keys(record).length without the list). */
function keyCount(record: Record<string, unknown>): number {
  let count = 0;
  for (const key in record) if (Object.hasOwn(record, key)) count++;
  return count;
}
