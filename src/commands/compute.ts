import { chinchillaOptimalTokens, tokensPerParam } from "../core/chinchilla.ts";
import { petaflopDays, trainingFlops, trainingFlopsWithAttention } from "../core/compute.ts";
import { peakFlops } from "../core/gpus.ts";
import { cardsNeeded, trainingMemory, USABLE_MEMORY_FRACTION } from "../core/memory.ts";
import { SOURCES } from "../core/sources.ts";
import { DEFAULT_MFU, gpusForDeadline, trainingTime } from "../core/training.ts";
import { resultReply, row, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { Row, Source, Text } from "../reply/reply.ts";
import { defineCommand } from "./command.ts";
import { opt } from "./options.ts";

const DEFAULT_GPUS = 1024;

export const compute = defineCommand({
  name: "compute",
  aliases: ["flops", "train"],
  options: {
    params: opt.size({ required: true, positional: true, aliases: ["n", "p", "parameters"] }),
    tokens: opt.size({ positional: true, aliases: ["tok", "data"], example: "300B" }),
    active: opt.size({ aliases: ["active-params"], example: "37B" }),
    layers: opt.integer({ aliases: ["l", "n-layers"] }),
    hidden: opt.integer({ aliases: ["d", "h", "width", "d-model"], example: "12288" }),
    ctx: opt.context({ aliases: ["context", "seq", "seq-len"], example: "2048" }),
    gpu: opt.gpu(),
    gpus: opt.integer({ aliases: ["cards", "n-gpus"], example: "1024" }),
    days: opt.days({ aliases: ["deadline", "time"] }),
    mfu: opt.fraction(),
    price: opt.price({ aliases: ["cost", "usd"] }),
    precision: opt.precision({ aliases: ["dtype"] }),
  },
  examples: ["175B 300B", "175B 300B gpu=A100 gpus=1024 price=$2/h", "70B 1.4T layers=80 d=8192 ctx=2048"],
  run(args) {
    const { params, gpu } = args;
    const computeParams = args.active ?? params;
    const optimalTokens = chinchillaOptimalTokens(params);
    const tokens = args.tokens ?? optimalTokens;
    const flops = trainingFlops(computeParams, tokens);
    const ratio = tokensPerParam(params, tokens);
    const n = args.active ? "N_active" : "N";
    const rows: Row[] = [
      row("row.trainingFlops", "flop", flops, `6 · ${n} · D = 6 × ${f(computeParams)} × ${f(tokens)}`),
      row(
        "row.pfDays",
        "pfDays",
        petaflopDays(flops),
        `C / (10¹⁵ FLOP/s × 86,400 s) = ${f(flops)} / 8.64e19`,
      ),
    ];
    const result: Record<string, unknown> = {
      params,
      tokens,
      flops,
      pfDays: petaflopDays(flops),
      chinchillaTokens: optimalTokens,
      tokensPerParam: ratio.ratio,
    };
    if (args.active) result.activeParams = args.active;
    const notes: Text[] = [];
    const warnings: Text[] = [];
    const sources: Source[] = [SOURCES.kaplan2020, SOURCES.hoffmann2022];
    if (args.tokens === undefined) notes.push(text("note.tokensDefaultChinchilla", { tokens: f(tokens) }));
    if (args.active) notes.push(text("note.activeParams", { active: f(args.active), total: f(params) }));

    if (args.layers && args.hidden && args.ctx) {
      const attention = { layers: args.layers, attentionWidth: args.hidden, context: args.ctx };
      const withAttention = trainingFlopsWithAttention(computeParams, tokens, attention);
      rows.push(
        row(
          "row.trainingFlopsAttention",
          "flop",
          withAttention,
          `D · (6${n} + 12·L·h·T) = ${f(tokens)} × (6 × ${f(computeParams)} + 12 × ${args.layers} × ${f(args.hidden)} × ${f(args.ctx)})`,
        ),
      );
      result.flopsWithAttention = withAttention;
      sources.push(SOURCES.palm2022);
    } else if (args.layers || args.hidden || args.ctx) {
      notes.push(text("note.attentionNeedsShape"));
    }

    rows.push(
      row("row.chinchillaTokens", "tokens", optimalTokens, `20 · N = 20 × ${f(params)}`),
      row("row.tokensPerParam", "ratio", ratio.ratio, `D / N = ${f(tokens)} / ${f(params)}`),
    );
    if (args.tokens !== undefined && (ratio.timesOptimal < 0.5 || ratio.timesOptimal > 2)) {
      notes.push(
        text(ratio.timesOptimal < 1 ? "note.underTrained" : "note.overTrained", {
          times: f(Number(ratio.timesOptimal.toPrecision(2))),
        }),
      );
    }

    if (gpu) {
      const precision = args.precision ?? "bf16";
      const peak = peakFlops(gpu, precision);
      const mfu = args.mfu ?? DEFAULT_MFU;
      const gpus = args.gpus ?? (args.days ? gpusForDeadline(flops, args.days, peak, mfu) : DEFAULT_GPUS);
      const time = trainingTime({
        flops,
        gpus,
        peakFlopsPerGpu: peak,
        mfu,
        ...(args.price ? { pricePerGpuHour: args.price } : {}),
      });
      const memory = trainingMemory({ params });
      const cards = cardsNeeded(memory.total, gpu.memoryGB * 1e9);
      rows.push(
        row("row.peak", "flopRate", peak, `${gpu.name}, ${precision} dense`),
        ...(!args.gpus && args.days
          ? [
              row(
                "row.gpusForDeadline",
                "count",
                gpus,
                `⌈C / (t · peak · MFU)⌉ = ⌈${f(flops)} / (${f(args.days)} s × ${f(peak)} × ${f(mfu)})⌉`,
              ),
            ]
          : []),
        row(
          "row.wallTime",
          "duration",
          time.seconds,
          `C / (GPUs · peak · MFU) = ${f(flops)} / (${f(gpus)} × ${f(peak)} × ${f(mfu)})`,
        ),
        row(
          "row.gpuHours",
          "gpuHours",
          time.gpuHours,
          `GPUs · t / 3600 = ${f(gpus)} × ${f(time.seconds)} s / 3600`,
        ),
      );
      if (time.costUsd !== undefined && args.price) {
        rows.push(
          row("row.cost", "usd", time.costUsd, `GPU-hours · price = ${f(time.gpuHours)} × $${args.price}`),
        );
        result.costUsd = time.costUsd;
      }
      rows.push(
        row(
          "row.trainCards",
          "count",
          cards,
          `⌈16 B · N / (${USABLE_MEMORY_FRACTION} × ${gpu.memoryGB} GB)⌉ = ⌈${f(memory.total / 1e9)} GB / ${f(gpu.memoryGB * USABLE_MEMORY_FRACTION)} GB⌉`,
        ),
      );
      if (args.mfu === undefined) notes.push(text("note.defaultMfu", { mfu: `${DEFAULT_MFU * 100}%` }));
      if (args.gpus === undefined && !args.days)
        notes.push(text("note.defaultGpus", { gpus: f(DEFAULT_GPUS) }));
      notes.push(text("note.trainCards"));
      Object.assign(result, {
        gpu: gpu.name,
        gpus,
        precision,
        mfu,
        peakFlopsPerGpu: peak,
        seconds: time.seconds,
        gpuHours: time.gpuHours,
        cards,
      });
      sources.push(gpu.source, SOURCES.zero2020);
    }

    return resultReply({
      command: "compute",
      title: text("title.compute", { params: f(params), tokens: f(tokens) }),
      rows,
      notes,
      warnings,
      sources,
      result,
      hint: text(gpu ? "hint.computeWithGpu" : "hint.compute", { params: f(params), tokens: f(tokens) }),
    });
  },
});
