import {
  type AttentionShape,
  hardwareFlopsPerToken,
  trainingFlopsPerToken,
  windowCounted,
} from "../core/compute.ts";
import { UserError } from "../core/errors.ts";
import { type Gpu, isTpu, type Precision, peakFlops } from "../core/gpus.ts";
import { type GpuTime, gpuSeconds, mfuFromThroughput, modelFlopsUtilization } from "../core/mfu.ts";
import { looksPerGpu, throughputFromStep } from "../core/planning.ts";
import { RUN_ARCHITECTURES, runArchitecture } from "../core/runArchitectures.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { SOURCES } from "../core/sources.ts";
import { DEFAULT_MFU } from "../core/training.ts";
import { type CommandContext, defineCommand } from "../dispatch/command.ts";
import { type Budget, opt } from "../dispatch/options.ts";
import type { MessageKey } from "../i18n/en.ts";
import { formula, fromNotice, input, resultReply, row, symbol, symbols, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { FormulaInput, FormulaRef, Row, Source, Text } from "../reply/reply.ts";
import { peakFormula } from "./computeGpu.ts";
import { forwardMfu } from "./forwardMfu.ts";
import { fp8SpeedupNote } from "./fp8Note.ts";
import { windowOf } from "./kvWindow.ts";
import {
  publishedGpuElsewhere,
  publishedHfu,
  publishedMfu,
  publishedMfuOnly,
  runMfuCaveats,
  typedThousandthGpuHours,
  typedTotalGpuHours,
} from "./publishedGpu.ts";
import { recomputedNote } from "./recomputedRate.ts";

/** The run id of an exact architecture (`arch=deepseek-v3`, or any of its names); UserError otherwise. */
function knownArchitecture(name: string): string {
  const id = lookupModel(name)?.id ?? name.toLowerCase();
  if (runArchitecture(id)) return id;
  throw new UserError("mfu.unknownArch", { arch: name, known: Object.keys(RUN_ARCHITECTURES).join(", ") });
}

/** How the run's work is known: tokens over GPU time, or a rate per second over the GPUs. */
type Measured =
  | { kind: "run"; tokens: number; gpuSeconds: number; time: GpuTime }
  | { kind: "rate"; tokensPerSecond: number; gpus: number; formula: FormulaRef; oneGpu?: true }
  | { kind: "achieved"; flopsPerGpu: number };

export const mfu = defineCommand({
  name: "mfu",
  aliases: ["utilization", "utilisation", "hfu"],
  options: {
    // An achieved TFLOP/s per GPU is model FLOP already: its MFU is achieved / peak, no size needed.
    params: opt.params({
      requiredUnless: ["tflops", "model-flops"],
      positional: true,
      aliases: ["n", "p", "parameters", "total"],
    }),
    tokens: opt.size({ positional: true, aliases: ["tok", "data"], example: "14.8T" }),
    gpu: opt.gpu({ required: true, example: "H800" }),
    "gpu-hours": opt.gpuHours({ aliases: ["gpuhours", "gpu-h", "hours"] }),
    gpus: opt.integer({ aliases: ["cards", "n-gpus"], example: "2048" }),
    days: opt.days({ aliases: ["time", "duration", "wall"] }),
    "tokens-per-second": opt.size({
      aliases: ["throughput", "tps", "tok-s", "tokens/s", "tok/s", "tokens/sec"],
      example: "238.3K",
    }),
    active: opt.size({ aliases: ["active-params"], example: "37B" }),
    precision: opt.precision({ aliases: ["dtype"] }),
    layers: opt.integer({ aliases: ["l", "n-layers"], example: "61" }),
    heads: opt.integer({ aliases: ["n-heads"], example: "128" }),
    "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
    ctx: opt.context({ aliases: ["context", "seq", "seq-len"], example: "4096" }),
    moe: opt.flag({ aliases: ["is-moe"] }),
    recompute: opt.flag({ aliases: ["hfu", "remat"] }),
    arch: opt.text({ aliases: ["architecture", "forward-of"], example: "deepseek-v3" }),
    "tokens-per-gpu": opt.size({
      aliases: ["tps-per-gpu", "per-gpu", "tokens-per-gpu-second"],
      example: "3500",
    }),
    tflops: opt.size({ aliases: ["achieved", "tflops-per-gpu"], example: "400" }),
    // A run's model FLOP as published (Llama 3 405B: 3.8e25) over its GPU time: no size needed.
    "model-flops": opt.budget({ aliases: ["flops", "c"], example: "3.8e25" }),
    "step-time": opt.seconds({ aliases: ["step", "step-seconds"], example: "17s" }),
    "batch-tokens": opt.size({ aliases: ["global-batch", "gbs-tokens", "batch"], example: "16M" }),
  },
  examples: [
    "mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B",
    "mfu 175B 300B gpu=A100 gpus=1024 days=34",
    "mfu 540B gpu=tpuv4 gpus=6144 throughput=238.3K layers=118 heads=48 head-dim=256 ctx=2048",
    "mfu 70B gpu=H100 tokens-per-gpu=700",
    "mfu 70B gpu=H100 gpus=1024 step-time=17s batch-tokens=16M",
    "mfu gpu=H100 tflops=400",
  ],
  run(args, context) {
    const precision = args.precision ?? "bf16";
    const peak = peakFlops(args.gpu, precision);
    const size = args.active ?? args.params;
    const n = symbol(args.active ? "N_active" : "N");
    const attention: AttentionShape | undefined =
      args.layers && args.heads && args["head-dim"] && args.ctx
        ? { layers: args.layers, attentionWidth: args.heads * args["head-dim"], context: args.ctx }
        : undefined;
    // A published run's sliding window (its catalog entry), kept when its layers are the shape's:
    // a window layer attends to min(T, W) tokens (Jiang et al. 2023, §2).
    const named = attention ? windowOf(context.preset) : undefined;
    if (attention && named && named.layers === attention.layers)
      attention.window = windowCounted(named.window);
    const windowed = attention?.window !== undefined && attention.context > attention.window.width;
    // No size only with an achieved TFLOP/s (validate refuses the rest): no FLOP per token then.
    const perToken6N = size === undefined ? undefined : trainingFlopsPerToken(size);
    const perTokenAttention =
      attention && size !== undefined ? trainingFlopsPerToken(size, attention) : undefined;
    // A run asked by name with no GPU time in the catalog (`mt-nlg mfu`): its published MFU, or the
    // refusal with the run's own line to complete, never another run's example.
    if (context.preset && !timeGiven(args)) {
      const flops =
        perToken6N !== undefined && args.tokens !== undefined ? perToken6N * args.tokens : undefined;
      return publishedOnly(context.preset, args, precision, peak, flops);
    }
    if (args["model-flops"] !== undefined && size === undefined)
      return fromModelFlops(args, args["model-flops"], precision, peak);
    // A published run with GPU time but no token count (gpt-oss-120b's card: 2.1M H100-hours, "trillions
    // of tokens"): its own line, saying the tokens are what its publishers left out.
    if (
      context.preset &&
      args.tokens === undefined &&
      args["tokens-per-second"] === undefined &&
      !args.tflops
    )
      throw new UserError("mfu.needTokensRun", {
        model: context.preset.name,
        commandExample: `mfu ${lookupModel(context.preset.name)?.id ?? context.preset.name} tokens=${mfu.options.tokens.example}`,
      });
    const measured = measure(args);
    // A published run's GPU time set against another GPU's peak says nothing about that run.
    const elsewhere = publishedGpuElsewhere(context.preset, args.gpu);

    const rows: Row[] = [];
    const notes: Text[] = [];
    // `mfu 405B 15.6T 3.8e25 flops …`: the size and tokens set the model FLOP; the count typed is held against it.
    if (typeof args["model-flops"] === "number" && size !== undefined && args.tokens !== undefined) {
      const need = 6 * size * args.tokens;
      notes.push(
        text("note.budgetHeld", {
          budget: input("flop", args["model-flops"]),
          need: input("flop", need),
          share: input("pct1", need / args["model-flops"]),
        }),
      );
    }
    const warnings: Text[] = elsewhere
      ? [
          text("mfu.publishedOtherGpu", {
            model: elsewhere.model,
            runGpu: elsewhere.runGpu,
            gpu: args.gpu.name,
          }),
        ]
      : [];
    const result: Record<string, unknown> = { precision, gpu: args.gpu.name, peakFlopsPerGpu: peak };
    if (measured.kind === "achieved") {
      // An achieved FLOP/s per GPU is already model FLOP per GPU-second: its MFU judged as any other's
      // (above 60% suspicious, above 100% impossible).
      const achieved = measured.flopsPerGpu;
      const judged = modelFlopsUtilization({ modelFlops: achieved, gpuSeconds: 1, peakFlopsPerGpu: peak });
      const ratio = judged.mfu;
      warnings.push(...judged.warnings.map(fromNotice));
      rows.push(
        row("row.peak", "flopRate", peak, peakFormula(args.gpu, precision)),
        row(
          "row.achieved",
          "flopRate",
          achieved,
          formula("mfu.achievedGiven", { tflops: input("ratio", achieved / 1e12) }),
        ),
        row(
          "row.mfu",
          "percent",
          ratio,
          formula("mfu.fromAchieved", {
            achieved: input("flopRate", achieved),
            peak: input("flopRate", peak),
          }),
        ),
      );
      // Tokens per second at that rate need the FLOP per token, so a size; without one the note says so.
      if (perToken6N !== undefined)
        rows.push(
          row(
            "row.tokensPerGpuAtAchieved",
            "count",
            achieved / (perTokenAttention ?? perToken6N),
            formula("mfu.tokensAtAchieved", {
              achieved: input("flopRate", achieved),
              flopsPerToken: input("flop", perTokenAttention ?? perToken6N),
            }),
          ),
        );
      notes.push(text("note.achievedBasis"), recomputedNote(ratio));
      if (perToken6N === undefined)
        notes.push(
          text("note.achievedNoSize", { example: `mfu 70B gpu=${args.gpu.id} tflops=${f(achieved / 1e12)}` }),
        );
      result.mfu = ratio;
      result.achievedFlopsPerGpu = achieved;
      result.modelFlops = achieved;
      result.gpuSeconds = 1;
      return finish(args, rows, notes, warnings, result, ratio, precision, peak);
    }
    if (size === undefined || perToken6N === undefined || args.params === undefined)
      throw new UserError("args.missing", { option: "params", example: mfu.examples[0] ?? "" });
    const totalParams = args.params;
    const perTokenHardware = hardwareFlopsPerToken(size, attention);
    // The denominator of every MFU here: GPU-seconds × dense peak (PaLM §4.1 and Appendix B).
    const { gs, workOf, workFormula } = measuredWork(measured, rows, result);
    // A rate and a token count (`70B 2T 1024 H100 how long at 700 tokens/s/gpu`): the wall time they take.
    if (measured.kind === "rate" && measured.oneGpu) notes.push(text("mfu.perGpuRateNoCount"));
    else if (measured.kind === "rate" && args.tokens !== undefined) {
      const seconds = args.tokens / measured.tokensPerSecond;
      rows.push(
        row(
          "row.timeAtRate",
          "duration",
          seconds,
          formula("throughput.timeForTokens", {
            D: input("tokens", args.tokens),
            tokensPerSecond: input("count", measured.tokensPerSecond),
          }),
        ),
      );
      result.seconds = seconds;
    }
    rows.push(row("row.peak", "flopRate", peak, peakFormula(args.gpu, precision)));
    // From a rate the work is one second of the cluster: FLOP/s over GPUs (labelled so), not FLOP.
    const perSecond = measured.kind === "rate";
    const workKind = perSecond ? "flopRate" : "flop";
    const ratioInputs = (flops: number): Record<string, FormulaInput> =>
      perSecond
        ? { n, flops: input("flopRate", flops), gpus: input("count", gs), peak: input("flopRate", peak) }
        : {
            n,
            flops: input("flop", flops),
            gpuSeconds: input("duration", gs),
            peak: input("flopRate", peak),
          };

    // MFU = FLOP / GPU-s / peak: divided in turn, so that a huge GPU time cannot overflow the product.
    const mfuOf = (flops: number) => flops / gs / peak;
    // MFU by 6N, and by 6N + 12·L·H·Q·T when the shape is known: one definition, two FLOP counts.
    const flops6N = workOf(perToken6N);
    const moeCountedByTotal = args.moe === true && args.active === undefined;
    // A rate is one second of the run: MFU from throughput (tokens/s × FLOP per token over GPUs × 1 s).
    const main =
      measured.kind === "rate"
        ? mfuFromThroughput({
            tokensPerSecond: measured.tokensPerSecond,
            flopsPerToken: perTokenAttention ?? perToken6N,
            gpus: measured.gpus,
            peakFlopsPerGpu: peak,
            moeCountedByTotal,
          })
        : modelFlopsUtilization({
            modelFlops: workOf(perTokenAttention ?? perToken6N),
            gpuSeconds: gs,
            peakFlopsPerGpu: peak,
            moeCountedByTotal,
          });
    rows.push(
      row(
        perSecond ? "row.modelFlopRate" : "row.modelFlops",
        workKind,
        flops6N,
        workFormula(perToken6N, formula("perToken.sixN", { n })),
      ),
      row(
        perTokenAttention === undefined ? "row.mfu" : "row.mfu6N",
        "percent",
        mfuOf(flops6N),
        formula(perSecond ? "mfu.sixNRate" : "mfu.sixN", ratioInputs(flops6N)),
      ),
    );
    const mfuResult: Record<string, number> = { sixN: mfuOf(flops6N) };
    if (perTokenAttention !== undefined) {
      const flopsAttention = workOf(perTokenAttention);
      rows.push(
        row(
          perSecond ? "row.modelFlopRateAttention" : "row.modelFlopsAttention",
          workKind,
          flopsAttention,
          workFormula(
            perTokenAttention,
            formula(windowed ? "perToken.attentionWindow" : "perToken.attention", { n }),
          ),
        ),
        row(
          "row.mfuAttention",
          "percent",
          mfuOf(flopsAttention),
          formula(
            windowed
              ? perSecond
                ? "mfu.attentionWindowRate"
                : "mfu.attentionWindow"
              : perSecond
                ? "mfu.attentionRate"
                : "mfu.attention",
            ratioInputs(flopsAttention),
          ),
        ),
      );
      mfuResult.withAttention = mfuOf(flopsAttention);
    } else if (args.arch === undefined || measured.kind !== "run") {
      // With arch= the 3 × forward rows below count attention layer by layer: no hint to give it.
      notes.push(text("note.mfuNoAttention"));
    }
    rows.push(
      row(
        "row.achieved",
        "flopRate",
        main.achievedFlopsPerGpu,
        perSecond
          ? formula("mfu.achievedPerGpuRate", {
              flops: input("flopRate", workOf(perTokenAttention ?? perToken6N)),
              gpus: input("count", gs),
            })
          : formula("mfu.achievedPerGpu", {
              flops: input("flop", workOf(perTokenAttention ?? perToken6N)),
              gpuSeconds: input("duration", gs),
            }),
      ),
    );
    const hfuSources: Source[] = [];
    if (args.recompute) {
      const hardware = workOf(perTokenHardware);
      const hfu = mfuOf(hardware);
      rows.push(
        row(
          perSecond ? "row.hardwareFlopRate" : "row.hardwareFlops",
          workKind,
          hardware,
          workFormula(
            perTokenHardware,
            formula(
              windowed
                ? "perToken.hardwareAttentionWindow"
                : attention
                  ? "perToken.hardwareAttention"
                  : "perToken.hardware",
              { n },
            ),
          ),
        ),
        row(
          "row.hfu",
          "percent",
          hfu,
          formula(perSecond ? "mfu.hardwareRate" : "mfu.hardware", ratioInputs(hardware)),
        ),
      );
      result.hfu = hfu;
      // PaLM's 57.8% beside ours: theirs recomputed part of the forward pass, ours counts all of it.
      const publishedHardware = publishedHfu(context.preset, args.gpu, hfu);
      if (publishedHardware) {
        notes.push(publishedHardware.note);
        hfuSources.push(publishedHardware.source);
      }
    }
    if (measured.kind === "rate" && looksPerGpu(main.mfu, measured.gpus)) {
      warnings.push(
        text("mfu.looksPerGpu", {
          value: input("count", measured.tokensPerSecond),
          percent: Number((main.mfu * measured.gpus * 100).toFixed(1)),
          example: `tokens-per-gpu=${f(measured.tokensPerSecond)}`,
        }),
      );
    }
    // DeepSeek-style architectures: the seed's three ways side by side (6·N_total, 6·N_active, 3 × forward).
    const seed =
      args.arch !== undefined && measured.kind === "run"
        ? forwardMfu({
            arch: knownArchitecture(args.arch),
            tokens: measured.tokens,
            gpuSeconds: measured.gpuSeconds,
            peakFlopsPerGpu: peak,
            context: args.ctx ?? 4096,
            totalParams,
            ...(args.active ? { activeParams: args.active } : {}),
          })
        : undefined;
    if (seed) {
      rows.push(...seed.rows);
      notes.push(...seed.notes);
      result.seedMethod = seed.result;
    }
    warnings.push(...main.warnings.map(fromNotice));
    // Named stores, not Object.assign: a keyed copy turns a record this size into a slow dictionary.
    result.mfu = main.mfu;
    result.mfu6N = mfuResult.sixN;
    if (mfuResult.withAttention !== undefined) result.mfuWithAttention = mfuResult.withAttention;
    result.modelFlops = workOf(perTokenAttention ?? perToken6N);
    result.achievedFlopsPerGpu = main.achievedFlopsPerGpu;
    notes.push(text("note.mfuDefinitions"));
    // A run asked by name: the figure its authors published, beside ours.
    const published = publishedMfu(context.preset, args.gpu, peak);
    if (published) notes.unshift(published.note);
    notes.push(...runMfuCaveats(context.preset));
    // DeepSeek-V3's 2.788M typed: its total, not the pre-training the tokens are of (2.664M).
    const total =
      measured.kind === "run"
        ? typedTotalGpuHours(context.preset, args["gpu-hours"], (hours) =>
            mfuOf(workOf(perTokenAttention ?? perToken6N) * (gs / (hours * 3600))),
          )
        : undefined;
    if (total) {
      notes.unshift(total.note);
      result.mfuPretraining = main.mfu * (gs / (total.pretrainingHours * 3600));
    }
    // `2.788K H800 GPU hours` (the seed article's typo): kept as typed, the published figure asked of.
    const thousandth =
      measured.kind === "run" && !total
        ? typedThousandthGpuHours(context.preset, args["gpu-hours"], (hours) =>
            mfuOf(workOf(perTokenAttention ?? perToken6N) * (gs / (hours * 3600))),
          )
        : undefined;
    if (thousandth) notes.unshift(thousandth);
    const extra = [
      ...hfuSources,
      ...(seed?.sources ?? []),
      ...(published ? [published.source] : []),
      ...(windowed && named ? [SOURCES.mistral2023, ...named.sources] : []),
    ];
    return finish(args, rows, notes, warnings, result, main.mfu, precision, peak, extra);
  },
});

function finish(
  args: {
    params?: number | undefined;
    gpu: { id: string; name: string; source: Source; peakTflops: Partial<Record<string, number>> };
    active?: number | undefined;
    precision?: string | undefined;
    recompute?: boolean | undefined;
  },
  rows: Row[],
  notes: Text[],
  warnings: Text[],
  result: Record<string, unknown>,
  mfuValue: number,
  precision: string,
  peak: number,
  extraSources: Source[] = [],
) {
  if (args.active && args.params !== undefined)
    notes.unshift(
      text("note.activeParams", {
        active: input("params", args.active),
        total: input("params", args.params),
      }),
    );
  if (precision === "bf16" && args.precision === undefined) notes.push(text("note.defaultPrecision"));
  if (isTpu(args.gpu)) notes.push(text("note.tpuChipHours", { gpu: args.gpu.name }));
  const sources: Source[] = [SOURCES.palm2022, SOURCES.kaplan2020, args.gpu.source, ...extraSources];
  if (precision === "fp8") {
    notes.push(fp8SpeedupNote(args.gpu, peak));
    sources.push(SOURCES.fujii2024);
  }
  return resultReply({
    command: "mfu",
    title:
      args.params !== undefined
        ? text("title.mfu", { params: input("params", args.params), gpu: args.gpu.name })
        : typeof result.modelFlops === "number" && result.gpuSeconds !== 1
          ? text("title.mfuFlops", { flops: input("flop", result.modelFlops), gpu: args.gpu.name })
          : text("title.mfuAchieved", { gpu: args.gpu.name }),
    rows,
    notes,
    warnings,
    sources,
    result,
    hint: text(
      mfuValue > 1 ? "hint.mfuImpossible" : nextForMfu(precision === "fp8", args.recompute === true),
    ),
  });
}

/** The Next line offers what the question did not already set: HFU (recompute), the other precision. */
function nextForMfu(fp8: boolean, recompute: boolean): MessageKey {
  if (recompute) return fp8 ? "hint.mfuBf16" : "hint.mfuFp8Only";
  return fp8 ? "hint.mfuRecomputeOrBf16" : "hint.mfu";
}

/** The run's GPU time as given: its GPU-hours, or GPUs × days; refused when neither is. */
function gpuTimeOf(args: Parameters<typeof measure>[0]): GpuTime {
  if (args["gpu-hours"] !== undefined) return { gpuHours: args["gpu-hours"] };
  if (args.gpus && args.days) return { gpus: args.gpus, seconds: args.days };
  throw new UserError("mfu.needTime");
}

/**
 * MFU from a run's model FLOP as given (`mfu 3.8e25 FLOP 16384 H100 54 days`) over its GPU time:
 * C / (GPU-seconds × dense peak), PaLM §4.1. The FLOP count is the asker's (or the paper's), so no
 * per-token formula is chosen here.
 */
function fromModelFlops(
  args: Parameters<typeof measure>[0] & { gpu: Gpu; precision?: Precision | undefined },
  flops: Budget,
  precision: Precision,
  peak: number,
) {
  if (typeof flops !== "number") throw new UserError("mfu.flopsInDollars");
  const time = gpuTimeOf(args);
  const gs = gpuSeconds(time);
  const judged = modelFlopsUtilization({ modelFlops: flops, gpuSeconds: gs, peakFlopsPerGpu: peak });
  const rows: Row[] = [
    row(
      "row.gpuSeconds",
      "count",
      gs,
      "gpuHours" in time
        ? formula("mfu.gpuSecondsFromHours", { gpuHours: input("gpuHours", time.gpuHours) })
        : formula("mfu.gpuSecondsFromTime", {
            GPUs: input("count", time.gpus),
            t: input("duration", time.seconds),
          }),
    ),
    row("row.peak", "flopRate", peak, peakFormula(args.gpu, precision)),
    row("row.modelFlops", "flop", flops, formula("mfu.flopsGiven", { C: input("flop", flops) })),
    row(
      "row.mfu",
      "percent",
      judged.mfu,
      formula("mfu.fromFlops", {
        flops: input("flop", flops),
        gpuSeconds: input("duration", gs),
        peak: input("flopRate", peak),
      }),
    ),
    row(
      "row.achieved",
      "flopRate",
      judged.achievedFlopsPerGpu,
      formula("mfu.achievedPerGpu", { flops: input("flop", flops), gpuSeconds: input("duration", gs) }),
    ),
  ];
  const result: Record<string, unknown> = {
    precision,
    gpu: args.gpu.name,
    peakFlopsPerGpu: peak,
    gpuSeconds: gs,
    modelFlops: flops,
    mfu: judged.mfu,
    achievedFlopsPerGpu: judged.achievedFlopsPerGpu,
  };
  const notes = [text("note.mfuFromFlops"), text("note.mfuDefinitions")];
  return finish(args, rows, notes, judged.warnings.map(fromNotice), result, judged.mfu, precision, peak);
}

/** Whether any of the GPU time, a throughput or an achieved rate was given: what measure() reads. */
function timeGiven(args: Parameters<typeof measure>[0]): boolean {
  return (
    args.tflops !== undefined ||
    args["tokens-per-gpu"] !== undefined ||
    args["tokens-per-second"] !== undefined ||
    args["step-time"] !== undefined ||
    args["batch-tokens"] !== undefined ||
    args["gpu-hours"] !== undefined ||
    (args.gpus !== undefined && args.days !== undefined)
  );
}

/**
 * The whole days a run's FLOP (6·N·D) takes on `gpus` at DEFAULT_MFU, for a Try line that answers
 * with an MFU a real run could have (a fixed 21 days read Qwen3's 36T tokens at 129%, and a 9B model's
 * at a few per cent). A Try line's time is the syntax to fill in, not a figure of the run.
 */
function exampleDays(flops: number | undefined, gpus: number, peak: number): string | undefined {
  if (flops === undefined || !(gpus > 0) || !(peak > 0)) return undefined;
  const days = Math.max(1, Math.round(flops / (gpus * peak * DEFAULT_MFU) / 86_400));
  return Number.isFinite(days) ? `${days}d` : undefined;
}

/**
 * `mt-nlg mfu`: the run's published MFU (PaLM Table 3: 30.2%) and its source, said to be theirs,
 * not computed here (its GPU time is not in the catalog). A run without one is refused with its own
 * line and the time it lacks (`mfu gemma-2-9b days=21d`: the example value of days=).
 */
function publishedOnly(
  preset: NonNullable<CommandContext["preset"]>,
  args: Parameters<typeof finish>[0] & { gpu: Gpu; gpus?: number | undefined },
  precision: string,
  peak: number,
  flops: number | undefined,
) {
  const run = publishedMfuOnly(preset, args.gpu);
  const gpus = args.gpus ?? Number(mfu.options.gpus.example);
  const days = exampleDays(flops, gpus, peak) ?? mfu.options.days.example;
  const lacks = args.gpus === undefined ? `gpus=${gpus} days=${days}` : `days=${days}`;
  const example = `mfu ${lookupModel(preset.name)?.id ?? preset.name} gpu=${args.gpu.id} ${lacks}`;
  if (!run) throw new UserError("mfu.needTimeRun", { model: preset.name, commandExample: example });
  const rows: Row[] = [
    row(
      "row.publishedMfu",
      "percent",
      run.value,
      formula("mfu.published", { printed: symbol(run.printed), source: symbol(run.source.title) }),
    ),
  ];
  const notes: Text[] = [text("note.mfuPublishedOnly", { model: run.model, example: `/flops ${example}` })];
  const result: Record<string, unknown> = {
    precision,
    gpu: args.gpu.name,
    peakFlopsPerGpu: peak,
    publishedMfu: run.value,
  };
  const reply = finish(args, rows, notes, [], result, run.value, precision, peak, [run.source]);
  // No HFU or fp8 to add to a figure not computed here: its card, with every published figure beside ours.
  reply.hint = text("hint.mfuPublishedOnly", { model: lookupModel(preset.name)?.id ?? preset.name });
  return reply;
}

function measure(args: {
  tokens?: number | undefined;
  gpus?: number | undefined;
  days?: number | undefined;
  "gpu-hours"?: number | undefined;
  "tokens-per-second"?: number | undefined;
  "tokens-per-gpu"?: number | undefined;
  tflops?: number | undefined;
  "step-time"?: number | undefined;
  "batch-tokens"?: number | undefined;
}): Measured {
  if (args.tflops !== undefined) return { kind: "achieved", flopsPerGpu: args.tflops * 1e12 };
  if (args["tokens-per-gpu"] !== undefined) {
    const gpus = args.gpus ?? 1;
    return {
      kind: "rate",
      tokensPerSecond: args["tokens-per-gpu"] * gpus,
      gpus,
      formula: formula("throughput.perGpuGiven", {
        perGpu: input("count", args["tokens-per-gpu"]),
        GPUs: input("count", gpus),
      }),
      // No count given: the MFU of one GPU (the same for any count), no cluster and no wall time.
      ...(args.gpus === undefined && { oneGpu: true as const }),
    };
  }
  if (args["step-time"] !== undefined || args["batch-tokens"] !== undefined) {
    if (args["step-time"] === undefined || args["batch-tokens"] === undefined || !args.gpus) {
      throw new UserError("mfu.needStep", { example: "step-time=17s batch-tokens=16M gpus=1024" });
    }
    return {
      kind: "rate",
      tokensPerSecond: throughputFromStep(args["batch-tokens"], args["step-time"]),
      gpus: args.gpus,
      formula: formula("throughput.fromStep", {
        batchTokens: input("tokens", args["batch-tokens"]),
        stepTime: input("duration", args["step-time"]),
      }),
    };
  }
  if (args["tokens-per-second"] !== undefined) {
    if (!args.gpus) throw new UserError("mfu.needGpus", { example: "gpus=6144" });
    return {
      kind: "rate",
      tokensPerSecond: args["tokens-per-second"],
      gpus: args.gpus,
      formula: formula("throughput.given", { tokensPerSecond: input("count", args["tokens-per-second"]) }),
    };
  }
  if (args.tokens === undefined) throw new UserError("mfu.needTokens");
  const time = gpuTimeOf(args);
  return { kind: "run", tokens: args.tokens, gpuSeconds: gpuSeconds(time), time };
}

/** A run's GPU time or a cluster's throughput: the GPU-seconds under the MFU, the work it did and how it is written. */
function measuredWork(
  measured: Exclude<Measured, { kind: "achieved" }>,
  rows: Row[],
  result: Record<string, unknown>,
): {
  gs: number;
  workOf: (perToken: number) => number;
  workFormula: (perToken: number, form: FormulaRef) => FormulaRef;
} {
  let gs: number;
  let workOf: (perToken: number) => number;
  let workFormula: (perToken: number, form: FormulaRef) => FormulaRef;
  if (measured.kind === "run") {
    gs = measured.gpuSeconds;
    workOf = (perToken) => measured.tokens * perToken;
    workFormula = (perToken, form) =>
      formula("mfu.workRun", {
        perToken: symbols(form),
        D: input("tokens", measured.tokens),
        flopsPerToken: input("flop", perToken),
      });
    rows.push(
      row(
        "row.gpuSeconds",
        "count",
        measured.gpuSeconds,
        "gpuHours" in measured.time
          ? formula("mfu.gpuSecondsFromHours", { gpuHours: input("gpuHours", measured.time.gpuHours) })
          : formula("mfu.gpuSecondsFromTime", {
              GPUs: input("count", measured.time.gpus),
              t: input("duration", measured.time.seconds),
            }),
      ),
    );
    result.gpuSeconds = measured.gpuSeconds;
  } else {
    gs = measured.gpus;
    workOf = (perToken) => measured.tokensPerSecond * perToken;
    workFormula = (perToken, form) =>
      formula("mfu.workRate", {
        perToken: symbols(form),
        tokensPerSecond: input("count", measured.tokensPerSecond),
        flopsPerToken: input("flop", perToken),
      });
    if (!measured.oneGpu)
      rows.push(row("row.tokensPerSecondCluster", "count", measured.tokensPerSecond, measured.formula));
    rows.push(
      row(
        "row.tokensPerSecondPerGpu",
        "count",
        measured.tokensPerSecond / measured.gpus,
        formula("throughput.perGpuOfCluster", {
          tokensPerSecond: input("count", measured.tokensPerSecond),
          GPUs: input("count", measured.gpus),
        }),
      ),
    );
    result.gpuSeconds = measured.gpus;
    result.tokensPerSecond = measured.tokensPerSecond;
    result.tokensPerSecondPerGpu = measured.tokensPerSecond / measured.gpus;
  }
  return { gs, workOf, workFormula };
}
