import {
  chinchillaOptimalTokens,
  computeOptimalSplit,
  table3ForBudget,
  tokensPerParam,
} from "../core/chinchilla.ts";
import {
  type AttentionShape,
  petaflopDays,
  trainingFlops,
  trainingFlopsPerToken,
  trainingFlopsWithAttention,
  windowCounted,
} from "../core/compute.ts";
import { UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { type Gpu, type Precision, peakFlops } from "../core/gpus.ts";
import { deliveredFlops, mfuSpan } from "../core/planning.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { distinctSources, SOURCES } from "../core/sources.ts";
import { type CommandContext, defineCommand } from "../dispatch/command.ts";
import { type ArgsOf, opt } from "../dispatch/options.ts";
import { isGiven } from "../dispatch/tracked.ts";
import { formula, input, ratioKind, resultReply, row, text } from "../reply/build.ts";
import { formulaNumber, roundedTo } from "../reply/format.ts";
import type { FormulaRef, Row, Source, Text } from "../reply/reply.ts";
import { attentionFlopsFormula } from "./attentionFormula.ts";
import { chinchillaMoeNote } from "./chinchillaMoeNote.ts";
import {
  costOf,
  DEFAULT_GPUS,
  energyRows,
  type GpuPlanArgs,
  gpuHoursOfTime,
  hardwareBudget,
  mfuVerdictReply,
  plannedMfuWarnings,
  planOnGpu,
  type Workload,
} from "./computeGpu.ts";
import { compareGpus } from "./computeGpus.ts";
import { gpuWord } from "./gpuWord.ts";
import { windowOf } from "./kvWindow.ts";
import { implausiblePrice } from "./priceCheck.ts";
import {
  fp8FromPublished,
  publishedCompute,
  publishedCost,
  publishedGpuElsewhere,
  publishedMfuBesideTyped,
  publishedMfuElsewhere,
  publishedPowerElsewhere,
  publishedRunChanged,
  typedThousandthGpuHours,
  typedTotalGpuHours,
} from "./publishedGpu.ts";

export const compute = defineCommand({
  name: "compute",
  aliases: ["flops", "train"],
  options: {
    params: opt.params({ positional: true, aliases: ["n", "p", "parameters"] }),
    tokens: opt.size({ positional: true, aliases: ["tok", "data"], example: "300B" }),
    active: opt.size({ aliases: ["active-params"], example: "37B" }),
    layers: opt.integer({ aliases: ["l", "n-layers"] }),
    hidden: opt.integer({ aliases: ["d", "h", "width", "d-model"], example: "12288" }),
    ctx: opt.context({ aliases: ["context", "seq", "seq-len"], example: "2048" }),
    heads: opt.integer({ aliases: ["n-heads"], example: "64" }),
    "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
    gpu: opt.gpuList(),
    gpus: opt.integer({ aliases: ["cards", "n-gpus"], example: "1024" }),
    days: opt.days({ aliases: ["deadline", "time"] }),
    // `at 45% utilization` labels the plan's MFU, as `at 45% MFU` does (never asks mfu's question).
    mfu: opt.fraction({ aliases: ["utilization", "utilisation", "util"] }),
    // An achieved TFLOP/s per GPU (`at 400 tflops per gpu`): read as the MFU it is on the GPU named
    // (run.ts), never kept beside one.
    tflops: opt.size({ aliases: ["achieved", "tflops-per-gpu"], example: "400" }),
    price: opt.priceList({ aliases: ["cost", "usd"] }),
    precision: opt.precision({ aliases: ["dtype"] }),
    flops: opt.budget({ aliases: ["budget", "c"], example: "1e25" }),
    "gpu-hours": opt.gpuHours({ aliases: ["gpuhours", "gpu-h", "hours"] }),
    power: opt.size({ aliases: ["watts", "tdp"], example: "700" }),
    pue: opt.size({ example: "1.1" }),
    grid: opt.size({ aliases: ["carbon", "intensity"], example: "0.385" }),
  },
  examples: [
    "175B 300B",
    "175B 300B gpu=A100 gpus=1024 price=$2/h",
    "70B 1.4T layers=80 d=8192 ctx=2048",
    "compute flops=1e25 gpu=H100 gpus=4096",
    "compute gpu=H100 gpus=1000 days=90",
    "70B 2T gpu=h100,a100,mi300x,tpu-v5p gpus=512",
  ],
  run(args, context) {
    // Each option is read once, where the answer needs it: a read counts it as used (an option
    // typed but never read is named in a note), so which ones are read stays as it was.
    const gpuList = args.gpu ?? [];
    const precision = args.precision ?? "bf16";
    const gpu = gpuList[0];
    const given = args.params;
    const typedBudget = args.flops;
    let budget: number | undefined;
    const notes: Text[] = [];
    // A published run with GPU time but no token count (gpt-oss-120b: 2.1M H100-hours, "trillions of
    // tokens"): its GPU-hours at an assumed MFU would make up the tokens, and then "imply" that same
    // MFU back. Refused as mfu refuses it, the example with tokens typed.
    const filled = context.preset?.filled;
    if (
      context.preset &&
      filled?.["gpu-hours"] !== undefined &&
      filled.tokens === undefined &&
      args.tokens === undefined
    )
      throw new UserError("compute.needTokensRun", {
        model: context.preset.name,
        commandExample: `${lookupModel(context.preset.name)?.id ?? context.preset.name} tokens=15T`,
      });
    if (typedBudget !== undefined && typeof typedBudget !== "number") {
      // Dollars are never FLOP: ÷ price → GPU-hours, then FLOP delivered at the MFU (PaLM §4.1).
      const money = moneyBudget(typedBudget.usd, gpuList, args.price);
      // `$2M on H100 at $3/h in 30 days`, `$2M on 512 H100`: a deadline or a GPU count asks how many
      // GPUs spend it in time, or how long, which the plan of the FLOP it buys answers (below);
      // without either, what the GPU-hours buy.
      if (given === undefined && args.days === undefined && args.gpus === undefined) {
        return hardwareBudgetReply(
          money.gpu,
          precision,
          { value: money.gpuHours, formula: money.formula },
          args.mfu,
          extended(gpuArgs(args, money.gpu, precision), {
            lead: money.note,
            budgetUsd: typedBudget.usd,
          }),
          budgetPrice(args.price, gpuList.length),
        );
      }
      const { flop, params: delivered } = deliveredBy(money.gpuHours, money.gpu, precision, args.mfu);
      budget = flop;
      // Size and tokens both typed (`7B 1T with $100k on H100 at $2/h`): the budget sets neither, it is
      // what the run is held against (6ND of the FLOP it buys), never said to set the tokens.
      const typedTokens = args.tokens;
      notes.push(
        money.note,
        typedTokens === undefined
          ? text("note.budgetUsdFlop", delivered)
          : text(
              "note.budgetUsdHeld",
              extended(delivered, {
                need: input("flop", 6 * given * typedTokens),
                share: input("pct1", (6 * given * typedTokens) / budget),
              }),
            ),
      );
    } else {
      budget = typedBudget;
      // `405B 15.6T 3.8e25 flops`: size and tokens set the run; the FLOP typed is held against its 6ND.
      if (budget !== undefined && given !== undefined && args.tokens !== undefined) {
        const need = 6 * (args.active ?? given) * args.tokens;
        notes.push(
          text("note.budgetHeld", {
            budget: input("flop", budget),
            need: input("flop", need),
            share: input("pct1", need / budget),
          }),
        );
      }
    }
    // `500k H100 hours in 30 days`, `… on 512 GPUs`: GPU-hours with a deadline or a count ask how many
    // GPUs spend them in time, or how long, as a dollar budget's do: the plan of the FLOP they buy
    // (its GPU time then the plan's, never the typed hours read back as a run's to imply an MFU).
    let hoursAsBudget = false;
    if (given === undefined && budget === undefined && gpu !== undefined && gpuList.length === 1) {
      const hours = args.days !== undefined || args.gpus !== undefined ? args["gpu-hours"] : undefined;
      if (hours !== undefined) {
        const delivered = deliveredBy(hours, gpu, precision, args.mfu);
        budget = delivered.flop;
        notes.push(text("note.budgetUsdFlop", delivered.params));
        hoursAsBudget = true;
      }
    }
    // A model, GPUs and a time but no tokens (`how many tokens can 1024 H100 process in 30 days for
    // a 70B`): the FLOP that hardware delivers sets the tokens, D = C / 6N, as a dollar budget's does.
    // Per token 6N, or 6N + 12·L·H·Q·T when the shape is known, as the plan's MFU counts it.
    const shape = attentionShape(args, context.preset);
    // The MFU the tokens were worked out at when none was typed: an assumption "Read as" shows (it
    // showed none, though the tokens rest on it).
    let tokensAtMfu: number | undefined;
    let tokensFromTime = false;
    if (given !== undefined && budget === undefined && gpuList.length === 1 && args.tokens === undefined) {
      const n = args.active ?? given;
      const time = hardwareTokens(args, gpu as Gpu, precision, trainingFlopsPerToken(n, shape.complete));
      if (time) {
        // As 6·N·D, the budget whatIsTrained turns back into these tokens.
        budget = 6 * n * time.tokens;
        notes.push(time.note);
        tokensFromTime = true;
        if (args.mfu === undefined) tokensAtMfu = mfuSpan(undefined).point;
      }
    }
    if (given === undefined && budget === undefined) {
      const typedHours = args["gpu-hours"];
      const ofTime =
        typedHours === undefined && args.gpus !== undefined && args.days !== undefined
          ? gpuHoursOfTime(args.gpus, args.days)
          : undefined;
      const gpuHours =
        typedHours !== undefined
          ? { value: typedHours }
          : ofTime && { value: ofTime.gpuHours, formula: ofTime.formula };
      // An MFU and nothing to plan (`is 70% MFU realistic`, `on H100`): the verdict, not a refusal.
      if (
        gpuHours === undefined &&
        args.mfu !== undefined &&
        args.gpus === undefined &&
        args.days === undefined
      )
        return mfuVerdictReply(args.mfu, gpuList.length === 1 ? gpu : undefined, precision);
      if (gpu === undefined || gpuHours === undefined) {
        // GPUs named with nothing to plan (`H100 vs A100`): the Try line plans a 70B run on them.
        throw new UserError(
          "compute.needInput",
          gpu === undefined
            ? { example: "compute 70B 1.4T gpu=H100, compute flops=1e25 gpu=H100" }
            : {
                example: "compute 70B 1.4T gpu=H100, compute flops=1e25 gpu=H100",
                corrected: `70B 1.4T gpu=${gpuList.map((g) => g.id).join(",")}`,
              },
        );
      }
      return hardwareBudgetReply(
        gpu,
        precision,
        gpuHours,
        args.mfu,
        gpuArgs(args, gpu, precision),
        budgetPrice(args.price, gpuList.length),
      );
    }

    const active = args.active;
    let corpusWarning: Text | undefined;
    // A catalog run named whose tokens are not published (Mixtral, Mistral 7B): the default says so
    // (a Hub config carries no tokens to publish).
    const run = context.preset ? lookupModel(context.preset.name) : undefined;
    const unpublishedTokens = run && run.published.tokens === undefined ? run.name : undefined;
    const { params, tokens } = whatIsTrained(args, budget, given, active, notes, unpublishedTokens);
    const computeParams = active ?? params;
    // More tokens than any published corpus (Llama 4 Scout: about 40T, the Llama 4 model card).
    if (
      tokens > MAX_CORPUS_TOKENS &&
      args.tokens !== undefined &&
      context.preset?.filled.tokens === undefined
    ) {
      corpusWarning = text("compute.tokensBeyondCorpora", { tokens: input("tokens", tokens) });
    }
    const optimalTokens = chinchillaOptimalTokens(params);
    const flops = trainingFlops(computeParams, tokens);
    const ratio = tokensPerParam(params, tokens);
    const rows: Row[] = [];
    if (given === undefined) {
      rows.push(
        row(
          "row.optimalParams",
          "params",
          params,
          formula("chinchilla.splitParams", { C: input("flop", flops) }),
        ),
      );
    }
    rows.push(
      row(
        "row.trainingFlops",
        "flop",
        flops,
        formula(active ? "training.flopsActive" : "training.flops", {
          N: input("params", computeParams),
          D: input("tokens", tokens),
        }),
      ),
      row(
        "row.pfDays",
        "pfDays",
        petaflopDays(flops),
        formula("training.pfDays", { C: input("flop", flops) }),
      ),
    );
    const result: Record<string, unknown> = {
      params,
      tokens,
      flops,
      pfDays: petaflopDays(flops),
      chinchillaTokens: optimalTokens,
      tokensPerParam: ratio.ratio,
    };
    if (active) result.activeParams = active;
    if (tokensAtMfu !== undefined) result.assumedInputs = { mfu: tokensAtMfu };
    const warnings: Text[] = corpusWarning ? [corpusWarning] : [];
    let sources: Source[] = [SOURCES.kaplan2020, SOURCES.hoffmann2022];
    if (active)
      notes.push(
        text("note.activeParams", { active: input("params", active), total: input("params", params) }),
        chinchillaMoeNote(params, active),
      );

    const work: Workload = { params, tokens, flops6N: flops };
    if (shape.complete) {
      const attention = attentionRow(shape.complete, Boolean(active), computeParams, tokens);
      rows.push(attention.row);
      result.flopsWithAttention = attention.flops;
      work.flopsAttention = attention.flops;
      sources.push(SOURCES.palm2022, ...(shape.windowSources ?? []));
    } else if (shape.partial) {
      notes.push(text("note.attentionNeedsShape"));
    }
    // A run asked by name: the compute its authors published, beside our 6ND (GPT-3: 3.14e23).
    const publishedFlops = publishedCompute(context.preset, params, tokens);
    if (publishedFlops) {
      notes.push(publishedFlops.note);
      sources.push(publishedFlops.source);
    }

    rows.push(
      row(
        "row.chinchillaTokens",
        "tokens",
        optimalTokens,
        formula("chinchilla.tokens", { N: input("params", params) }),
      ),
      row(
        "row.tokensPerParam",
        ratioKind(ratio.ratio),
        ratio.ratio,
        formula("chinchilla.tokensPerParam", { D: input("tokens", tokens), N: input("params", params) }),
      ),
    );
    if (given !== undefined && (ratio.timesOptimal < 0.5 || ratio.timesOptimal > 2)) {
      notes.push(
        text(ratio.timesOptimal < 1 ? "note.underTrained" : "note.overTrained", {
          times: input("ratio", roundedTo(ratio.timesOptimal, 2)),
        }),
      );
      // The same budget spent compute-optimally (Hoffmann et al. 2022: N* = √(C/120), D* = 20·N*).
      const split = computeOptimalSplit(flops);
      rows.push(
        row(
          "row.sameBudgetParams",
          "params",
          split.params,
          formula("chinchilla.splitParams", { C: input("flop", flops) }),
        ),
        row(
          "row.sameBudgetTokens",
          "tokens",
          split.tokens,
          formula("chinchilla.splitTokens", { N: input("params", split.params) }),
        ),
      );
      result.optimalParams = split.params;
      result.optimalTokens = split.tokens;
    }

    if (gpu) {
      // A price is read here, where a cost is worked out, and without a GPU (below) for the
      // warning that names what the cost still needs.
      const prices = args.price ?? [];
      if (prices.length > 1 && prices.length !== gpuList.length) {
        throw new UserError("compute.priceCount", {
          prices: prices.length,
          gpus: gpuList.length,
          example: "gpu=h100,a100 price=$2.5/h,$1.5/h",
        });
      }
      // A price per GPU-hour outside what clouds charge per GPU is likely per node, or a slip.
      for (const price of prices) {
        const warning = implausiblePrice(price);
        if (warning) warnings.push(warning);
      }
      // A published run's GPU time on another GPU than the one typed is not this plan's time.
      const elsewhere = gpuList.length === 1 ? publishedGpuElsewhere(context.preset, gpu) : undefined;
      // Nor is it when the typed tokens or precision are not the published run's (a 20T-token run,
      // an fp8 run): its GPU-hours measured other work, so the plan runs at its MFU instead.
      const otherRun = elsewhere ? undefined : publishedRunChanged(context.preset, args.tokens, precision);
      // Nor is its power per GPU this GPU's (GPT-3's 330 W V100s on an H100).
      const power = gpuList.length === 1 ? publishedPowerElsewhere(context.preset, gpu) : undefined;
      // Nor its MFU (GPT-3's 21.3% on V100 for a plan on A100): the plan runs over the MFU range.
      const mfuElsewhere = gpuList.length === 1 ? publishedMfuElsewhere(context.preset, gpu) : undefined;
      const hardware = gpuArgs(args, gpu, precision, {
        time: elsewhere !== undefined || otherRun !== undefined,
        hours: hoursAsBudget,
        power: power !== undefined,
        mfu: mfuElsewhere !== undefined,
      });
      if (mfuElsewhere) notes.push(mfuElsewhere);
      if (power) {
        notes.push(
          text("note.publishedPowerOtherGpu", {
            model: power.model,
            watts: power.watts,
            runGpu: power.runGpu,
            gpu: gpu.name,
          }),
        );
      }
      if (otherRun) notes.push(otherRun);
      const fp8Published = otherRun ? fp8FromPublished(context.preset, precision, hardware.gpus) : undefined;
      if (elsewhere) {
        notes.push(
          text("note.publishedOtherGpu", { model: elsewhere.model, runGpu: elsewhere.runGpu, gpu: gpu.name }),
        );
      }
      if (gpuList.length > 1) {
        const compared = compareGpus(work, gpuList, {
          precision,
          gpus: hardware.gpus,
          mfu: hardware.mfu,
          prices,
        });
        pushAll(rows, compared.rows);
        pushAll(notes, compared.notes);
        pushAll(warnings, plannedMfuWarnings(hardware.mfu));
        result.gpus = hardware.gpus ?? DEFAULT_GPUS;
        if (hardware.gpus === undefined) result.assumedInputs = { gpus: DEFAULT_GPUS };
        result.byGpu = compared.result;
        pushAll(sources, compared.sources);
      } else {
        if (prices[0] !== undefined) hardware.price = prices[0];
        const published = publishedGpuTime(hardware, context.preset);
        if (published !== undefined) hardware.published = published;
        if (hardware.mfu !== undefined && context.preset?.filled.mfu !== undefined)
          hardware.mfuPublished = context.preset.name;
        if (hardware.power !== undefined && context.preset?.filled.power !== undefined)
          hardware.powerPublished = context.preset.name;
        if (tokensFromTime) hardware.tokensFromTime = true;
        // The plan's fields go straight into this result (see planOnGpu).
        const plan = planOnGpu(work, hardware, result);
        pushAll(rows, plan.rows);
        pushAll(notes, plan.notes);
        // `deepseek-v3 2.788K H800 GPU hours` (the seed article's typo for 2.788M): kept as typed,
        // the published figure asked of, with the implied MFU on it.
        const typedHours = hardware.gpuHours;
        const implied = (result.impliedMfu as { sixN?: number } | undefined)?.sixN;
        if (typedHours !== undefined && implied !== undefined && implied > 1) {
          const thousandth = typedThousandthGpuHours(
            context.preset,
            typedHours,
            (hours) => implied * (typedHours / hours),
          );
          if (thousandth) notes.unshift(thousandth);
        }
        // `deepseek-v3 2.788M H800 GPU hours`: the published total, every stage, where the tokens and
        // the catalog's hours are pre-training's; said as mfu says it, with the implied MFU on each.
        if (typedHours !== undefined && implied !== undefined) {
          const total = typedTotalGpuHours(
            context.preset,
            typedHours,
            (hours) => implied * (typedHours / hours),
          );
          if (total) notes.unshift(total.note);
        }
        if (fp8Published) notes.push(fp8Published);
        const cost =
          hardware.published === undefined
            ? undefined
            : publishedCost(context.preset, hardware.price !== undefined);
        if (cost) notes.push(cost);
        // `Is 60% MFU realistic for GPT-3 on V100?`: the MFU that run itself reached, beside the typed one.
        const runMfu = publishedMfuBesideTyped(context.preset, hardware.mfu);
        if (runMfu) {
          notes.push(runMfu.note);
          sources.push(runMfu.source);
        }
        pushAll(warnings, plan.warnings);
        pushAll(sources, plan.sources);
      }
    } else {
      // A GPU count or time typed without a GPU: the answer could use them with one, so they are
      // read and the warning says what is missing (not "does not depend on it"). A price is too:
      // cost = GPU-hours × price needs the GPU's hours (`cost of 7B on 2T at $2/h`). An MFU alone
      // stays named as not used.
      const needGpu: string[] = [];
      const typed = (name: string) => isGiven(args, name) && context.preset?.filled[name] === undefined;
      if (typed("gpus") && args.gpus !== undefined) needGpu.push("gpus=");
      if (typed("days") && args.days !== undefined) needGpu.push("days=");
      if (typed("gpu-hours") && args["gpu-hours"] !== undefined) needGpu.push("gpu-hours=");
      if (typed("price") && args.price !== undefined) needGpu.push("price=");
      if (needGpu.length > 0) warnings.push(text("compute.needsGpu", { options: needGpu.join(", ") }));
    }
    sources = distinctSources(sources);
    // Tokens set by the Chinchilla rule (not typed, not from a budget) are an assumption Read as lists.
    if (given !== undefined && args.tokens === undefined && budget === undefined) {
      const assumedInputs = (result.assumedInputs ?? {}) as Record<string, number>;
      assumedInputs.tokens = tokens;
      result.assumedInputs = assumedInputs;
    }

    return resultReply({
      command: "compute",
      title: text("title.compute", { params: input("params", params), tokens: input("tokens", tokens) }),
      rows,
      notes,
      warnings,
      sources,
      result,
      hint: gpu
        ? text("hint.computeWithGpu", { params: input("params", params), gpu: gpuWord(gpu) })
        : text("hint.compute", { params: input("params", params), tokens: input("tokens", tokens) }),
    });
  },
});

/**
 * Tokens above this exceed every published pretraining corpus: the largest is Llama 4 Scout's, about
 * 40T of text, image and video (Meta's Llama 4 model card, Training Data: "~40 trillion tokens"; the
 * catalog's llama-4-scout); Qwen3 saw about 36T (Qwen Team 2025, Qwen3 Technical Report §3) and
 * Llama 3 15.6T (Llama Team 2024 §1).
 */
const MAX_CORPUS_TOKENS = 50e12;
/**
 * The published run whose GPU time the plan uses, when the time came from its preset: its
 * GPU-hours, or its GPU count and days both (a typed gpus= drops the published days).
 */
function publishedGpuTime(hardware: GpuPlanArgs, preset: CommandContext["preset"]): string | undefined {
  if (!preset) return undefined;
  const filled = preset.filled;
  if (hardware.gpuHours !== undefined) return filled["gpu-hours"] !== undefined ? preset.name : undefined;
  const fromPreset = hardware.days !== undefined && filled.days !== undefined && filled.gpus !== undefined;
  return fromPreset ? preset.name : undefined;
}

/** Appends a list's items (no spread of the list into push's arguments). */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The hardware options of a plan on one GPU type. */
function gpuArgs(
  args: {
    gpus?: number | undefined;
    days?: number | undefined;
    "gpu-hours"?: number | undefined;
    mfu?: number | undefined;
    power?: number | undefined;
    pue?: number | undefined;
    grid?: number | undefined;
  },
  gpu: GpuPlanArgs["gpu"],
  precision: GpuPlanArgs["precision"],
  skip: { time?: boolean; hours?: boolean; power?: boolean; mfu?: boolean } = {},
): GpuPlanArgs {
  // Each option is read (the tracked arguments count it as used) and kept only when given; a
  // published run's GPU time (gpu-hours, days), power or MFU on another GPU is skipped, not read.
  const { gpus, pue, grid } = args;
  const mfu = skip.mfu ? undefined : args.mfu;
  const power = skip.power ? undefined : args.power;
  const days = skip.time ? undefined : args.days;
  const gpuHours = skip.time || skip.hours ? undefined : args["gpu-hours"];
  const out: GpuPlanArgs = { gpu, precision };
  if (gpus !== undefined) out.gpus = gpus;
  if (days !== undefined) out.days = days;
  if (gpuHours !== undefined) out.gpuHours = gpuHours;
  if (mfu !== undefined) out.mfu = mfu;
  if (power !== undefined) out.power = power;
  if (pue !== undefined) out.pue = pue;
  if (grid !== undefined) out.grid = grid;
  return out;
}

function hardwareBudgetReply(
  gpu: NonNullable<Parameters<typeof hardwareBudget>[0]>,
  precision: Parameters<typeof hardwareBudget>[1],
  hours: { value: number; formula?: FormulaRef },
  mfu: number | undefined,
  energyArgs: ReturnType<typeof gpuArgs> & { lead?: Text; budgetUsd?: number },
  price: number | undefined,
) {
  const gpuHours = hours.value;
  const budget = hardwareBudget(gpu, precision, gpuHours, mfu, hours.formula);
  if (price !== undefined) {
    // The budget's cost: GPU-hours × price per GPU-hour, after the GPU-hours.
    const { row: costRow, cost } = costOf({ low: gpuHours, point: gpuHours, high: gpuHours }, price);
    budget.rows.splice(2, 0, costRow);
    budget.result.costUsd = cost.point;
  }
  // The energy fields follow the budget's in its result, written by name (see planOnGpu).
  const energy = energyRows(
    gpu,
    { low: gpuHours, point: gpuHours, high: gpuHours },
    energyArgs,
    budget.result,
  );
  const notes: Text[] = energyArgs.lead ? [energyArgs.lead, ...energy.notes] : [...energy.notes];
  if (energyArgs.budgetUsd !== undefined) energy.result.budgetUsd = energyArgs.budgetUsd;
  if (mfu === undefined) notes.push(text("note.mfuRange", { low: "30%", point: "40%", high: "50%" }));
  notes.push(text("note.chinchillaRule"));
  return resultReply({
    command: "compute",
    title: text("title.hardwareBudget", { gpuHours: input("gpuHours", gpuHours), gpu: gpu.name }),
    rows: [...budget.rows, ...energy.rows],
    notes,
    warnings: plannedMfuWarnings(mfu),
    sources: [
      gpu.source,
      SOURCES.palm2022,
      SOURCES.hoffmann2022,
      ...(energy.rows.length ? [SOURCES.llama1] : []),
    ],
    result: energy.result,
    // The next command keeps the GPU, count and price the budget was given on (256 A100 for a month
    // is followed by the A100 line, not the H100 one).
    hint: text("hint.hardwareBudget", {
      params: input("params", budget.result.optimalParams as number),
      tokens: input("tokens", budget.result.optimalTokens as number),
      gpu: gpuWord(gpu),
      rest: `${energyArgs.gpus !== undefined ? ` gpus=${energyArgs.gpus}` : ""}${price !== undefined ? ` price=$${price}/h` : ""}`,
    }),
  });
}

/**
 * The FLOP `gpuHours` on `gpu` deliver at the MFU (the range's point unless pinned; PaLM §4.1): the
 * budget a plan splits, with the values its note shows.
 */
function deliveredBy(gpuHours: number, gpu: Gpu, precision: Precision, mfu: number | undefined) {
  const peak = peakFlops(gpu, precision);
  const at = mfu ?? mfuSpan().point;
  const flop = deliveredFlops(gpuHours * 3600, peak, at);
  return {
    flop,
    params: {
      flop: input("flop", flop),
      gpuHours: input("gpuHours", gpuHours),
      peak: input("sig3", peak),
      mfu: input("pct1", at),
    },
  };
}

/** The price of a hardware budget's one GPU type: one price (a list of several is refused). */
function budgetPrice(prices: readonly number[] | undefined, gpus: number): number | undefined {
  if (prices === undefined) return undefined;
  if (prices.length > 1) {
    throw new UserError("compute.priceCount", {
      prices: prices.length,
      gpus,
      example: "compute gpu=H100 gpu-hours=1M price=$2/h",
    });
  }
  return prices[0];
}

type ComputeArgs = ArgsOf<typeof compute.options>;

/**
 * A dollar budget on one GPU at its price: budget ÷ price = GPU-hours. Without a GPU and a price
 * it cannot be turned into compute, and it is never read as FLOP.
 */
function moneyBudget(
  usd: number,
  gpuList: readonly GpuPlanArgs["gpu"][],
  prices: readonly number[] | undefined,
): { gpu: GpuPlanArgs["gpu"]; gpuHours: number; formula: FormulaRef; note: Text } {
  const gpu = gpuList[0];
  const price = prices?.[0];
  if (
    gpu === undefined ||
    price === undefined ||
    !(price > 0) ||
    gpuList.length > 1 ||
    (prices?.length ?? 0) > 1
  ) {
    // The Try line is the asker's budget and GPU with what is missing (`$500K` on H100 at an
    // example price), not the command's first example (`175B 300B`) nor another amount.
    const example = `budget=$${formulaNumber(usd)} gpu=${gpu?.id ?? "H100"} price=$${price ?? 2}/h`;
    throw new UserError("compute.budgetUsd", {
      example,
      flopExample: "budget=1e24",
      commandExample: example,
    });
  }
  const gpuHours = usd / price;
  return {
    gpu,
    gpuHours,
    formula: formula("gpu.hoursFromBudget", { budget: input("dollars", usd), price: input("price", price) }),
    note: text("note.budgetUsd", {
      budget: input("dollars", usd),
      price: input("price", price),
      gpuHours: input("gpuHours", gpuHours),
    }),
  };
}

/**
 * The FLOP a plan's GPU time delivers at its MFU (the range's point unless pinned), when GPUs and a
 * time or GPU-hours are given, and the note that says the tokens it trains: C / 6N over the range.
 */
function hardwareTokens(
  args: ComputeArgs,
  gpu: Gpu,
  precision: Precision,
  flopsPerToken: number,
): { tokens: number; note: Text } | undefined {
  const gpuHours =
    args["gpu-hours"] ??
    (args.gpus !== undefined && args.days !== undefined ? (args.gpus * args.days) / 3600 : undefined);
  if (gpuHours === undefined) return undefined;
  const peak = peakFlops(gpu, precision);
  const span = mfuSpan(args.mfu);
  const tokensAt = (mfu: number) => deliveredFlops(gpuHours * 3600, peak, mfu) / flopsPerToken;
  const flops = deliveredFlops(gpuHours * 3600, peak, span.point);
  return {
    tokens: tokensAt(span.point),
    note: text(span.low === span.high ? "note.hardwareTokens" : "note.hardwareTokensRange", {
      gpuHours: input("gpuHours", gpuHours),
      flop: input("flop", flops),
      peak: input("sig3", peak),
      mfu: input("pct1", span.point),
      perToken: input("flop", flopsPerToken),
      tokens: input("tokens", tokensAt(span.point)),
      high: input("pct1", span.high),
      tokensHigh: input("tokens", tokensAt(span.high)),
      low: input("pct1", span.low),
      tokensLow: input("tokens", tokensAt(span.low)),
    }),
  };
}

/** What is trained, N and D: from the model, from a budget (Chinchilla's split), or both. */
function whatIsTrained(
  args: ComputeArgs,
  flopBudget: number | undefined,
  given: number | undefined,
  active: number | undefined,
  notes: Text[],
  unpublishedTokensOf?: string,
): { params: number; tokens: number } {
  if (given === undefined) {
    const budget = flopBudget as number;
    notes.push(text("note.budgetSplit", { budget: input("flop", budget) }));
    // The rule of thumb is not the paper's table: Table 3 (Approach 1) is given beside it, read log-log.
    const table = table3ForBudget(budget);
    if (table)
      notes.push(
        text(table.exact ? "note.budgetSplitTable3Row" : "note.budgetSplitTable3", {
          params: input("params", table.params),
          tokens: input("tokens", table.tokens),
          budget: input("flop", budget),
        }),
      );
    return computeOptimalSplit(budget);
  }
  const typed = args.tokens;
  // A budget sets the tokens only when they are not given.
  const budget = typed === undefined ? flopBudget : undefined;
  const tokens =
    typed ?? (budget !== undefined ? budget / (6 * (active ?? given)) : chinchillaOptimalTokens(given));
  if (typed === undefined && budget === undefined) {
    notes.push(
      unpublishedTokensOf === undefined
        ? text("note.tokensDefaultChinchilla", { tokens: input("tokens", tokens) })
        : text("note.tokensDefaultChinchillaRun", {
            model: unpublishedTokensOf,
            tokens: input("tokens", tokens),
          }),
    );
  }
  return { params: given, tokens };
}

/**
 * The attention shape when layers, attention width (PaLM App. B's H·Q: heads × head dim, or d_model)
 * and context are all given (`complete`), and whether any part of it is (`partial`, for a note). The
 * width is heads × head dim when both are given, else the hidden size; an option is read only where
 * the shape needs it. A published run's sliding window (windowOf: its catalog entry) is kept when its
 * layer count is the shape's.
 */
function attentionShape(
  args: ComputeArgs,
  preset: CommandContext["preset"],
): { complete?: AttentionShape; partial: boolean; windowSources?: Source[] } {
  const heads = args.heads;
  const headDim = heads ? args["head-dim"] : undefined;
  const layers = args.layers;
  // The hidden size is read unless heads × head dim gives the width and the layers are known.
  const hidden = heads && headDim && layers ? undefined : args.hidden;
  const width = heads && headDim ? heads * headDim : hidden;
  // The context is read when the rest of the shape is there, or when nothing else says a shape was meant.
  const context = (layers && width) || (!layers && !hidden) ? args.ctx : undefined;
  if (layers && width && context) {
    const named = windowOf(preset);
    const shape: AttentionShape = { layers, attentionWidth: width, context };
    if (named && named.layers === layers) {
      shape.window = windowCounted(named.window);
      // Cited where the window changes the term (T > W).
      if (context > named.window.slidingWindow)
        return { complete: shape, partial: true, windowSources: [SOURCES.mistral2023, ...named.sources] };
    }
    return { complete: shape, partial: true };
  }
  return { partial: Boolean(layers || hidden || context) };
}

/** D·(6N + 12·L·H·Q·T) (PaLM App. B) when the shape is given: layers, attention width and context. */
function attentionRow(
  shape: AttentionShape,
  active: boolean,
  computeParams: number,
  tokens: number,
): { row: Row; flops: number } {
  const flops = trainingFlopsWithAttention(computeParams, tokens, shape);
  return {
    flops,
    row: row(
      "row.trainingFlopsAttention",
      "flop",
      flops,
      attentionFlopsFormula(shape, active, computeParams, tokens),
    ),
  };
}
