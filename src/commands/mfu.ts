import { hardwareFlopsPerToken, trainingFlopsPerToken } from "../core/compute.ts";
import { UserError } from "../core/errors.ts";
import { peakFlops } from "../core/gpus.ts";
import { type GpuTime, gpuSeconds, modelFlopsUtilization } from "../core/mfu.ts";
import { lookupModel } from "../core/models.ts";
import { RUN_ARCHITECTURES, runArchitecture } from "../core/runArchitectures.ts";
import { SOURCES } from "../core/sources.ts";
import { fromNotice, resultReply, row, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { Row, Text } from "../reply/reply.ts";
import { defineCommand } from "./command.ts";
import { forwardMfu } from "./forwardMfu.ts";
import { opt } from "./options.ts";

/** The run id of an exact architecture (`arch=deepseek-v3`, or any of its names); UserError otherwise. */
function knownArchitecture(name: string): string {
  const id = lookupModel(name)?.id ?? name.toLowerCase();
  if (runArchitecture(id)) return id;
  throw new UserError("mfu.unknownArch", { arch: name, known: Object.keys(RUN_ARCHITECTURES).join(", ") });
}

export const mfu = defineCommand({
  name: "mfu",
  aliases: ["utilization", "hfu"],
  options: {
    params: opt.size({ required: true, positional: true, aliases: ["n", "p", "parameters", "total"] }),
    tokens: opt.size({ positional: true, aliases: ["tok", "data"], example: "14.8T" }),
    gpu: opt.gpu({ required: true, example: "H800" }),
    "gpu-hours": opt.gpuHours({ aliases: ["gpuhours", "gpu-h", "hours"] }),
    gpus: opt.integer({ aliases: ["cards", "n-gpus"], example: "2048" }),
    days: opt.days({ aliases: ["time", "duration", "wall"] }),
    "tokens-per-second": opt.size({ aliases: ["throughput", "tps", "tok-s"], example: "238.3K" }),
    active: opt.size({ aliases: ["active-params"], example: "37B" }),
    precision: opt.precision({ aliases: ["dtype"] }),
    layers: opt.integer({ aliases: ["l", "n-layers"], example: "61" }),
    heads: opt.integer({ aliases: ["n-heads"], example: "128" }),
    "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
    ctx: opt.context({ aliases: ["context", "seq", "seq-len"], example: "4096" }),
    moe: opt.flag({ aliases: ["is-moe"] }),
    recompute: opt.flag({ aliases: ["hfu", "remat"] }),
    arch: opt.text({ aliases: ["architecture", "forward-of"], example: "deepseek-v3" }),
  },
  examples: [
    "mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B",
    "mfu 175B 300B gpu=A100 gpus=1024 days=34",
    "mfu 540B gpu=tpuv4 gpus=6144 throughput=238.3K layers=118 heads=48 head-dim=256 ctx=2048",
  ],
  run(args) {
    const precision = args.precision ?? "bf16";
    const peak = peakFlops(args.gpu, precision);
    const modelParams = args.active ?? args.params;
    const n = args.active ? "N_active" : "N";
    const attention =
      args.layers && args.heads && args["head-dim"] && args.ctx
        ? { layers: args.layers, attentionWidth: args.heads * args["head-dim"], context: args.ctx }
        : undefined;
    const perToken = (args.recompute ? hardwareFlopsPerToken : trainingFlopsPerToken)(modelParams, attention);
    const perTokenFormula = `${args.recompute ? 8 : 6}${n}${attention ? ` + ${args.recompute ? 16 : 12}·L·H·Q·T` : ""}`;

    let modelFlops: number;
    let seconds: number;
    let flopsFormula: string;
    let secondsFormula: string;
    if (args["tokens-per-second"] !== undefined) {
      if (!args.gpus) throw new UserError("mfu.needGpus", { example: "gpus=6144" });
      modelFlops = args["tokens-per-second"] * perToken;
      seconds = args.gpus;
      flopsFormula = `tokens/s · (${perTokenFormula}) = ${f(args["tokens-per-second"])} × ${f(perToken)}`;
      secondsFormula = `GPUs × 1 s = ${f(args.gpus)}`;
    } else {
      if (args.tokens === undefined) throw new UserError("mfu.needTokens");
      const time: GpuTime | undefined =
        args["gpu-hours"] !== undefined
          ? { gpuHours: args["gpu-hours"] }
          : args.gpus && args.days
            ? { gpus: args.gpus, seconds: args.days }
            : undefined;
      if (!time) throw new UserError("mfu.needTime");
      modelFlops = args.tokens * perToken;
      seconds = gpuSeconds(time);
      flopsFormula = `D · (${perTokenFormula}) = ${f(args.tokens)} × ${f(perToken)}`;
      secondsFormula =
        "gpuHours" in time
          ? `GPU-hours × 3600 = ${f(time.gpuHours)} × 3600`
          : `GPUs × t = ${f(time.gpus)} × ${f(time.seconds)} s`;
    }

    const result = modelFlopsUtilization({
      modelFlops,
      gpuSeconds: seconds,
      peakFlopsPerGpu: peak,
      moeCountedByTotal: args.moe === true && args.active === undefined,
    });
    const rows: Row[] = [
      row(args.recompute ? "row.hardwareFlops" : "row.modelFlops", "flop", modelFlops, flopsFormula),
      row("row.gpuSeconds", "count", seconds, secondsFormula),
      row("row.peak", "flopRate", peak, `${args.gpu.name}, ${precision} dense`),
      row(
        "row.achieved",
        "flopRate",
        result.achievedFlopsPerGpu,
        `FLOP / GPU-seconds = ${f(modelFlops)} / ${f(seconds)}`,
      ),
      row(
        args.recompute ? "row.hfu" : "row.mfu",
        "percent",
        result.mfu,
        `FLOP / (GPU-s × peak) = ${f(modelFlops)} / (${f(seconds)} × ${f(peak)})`,
      ),
    ];
    const notes: Text[] = [];
    // DeepSeek-style architectures: the seed's three ways side by side (6·N_total, 6·N_active, 3 × forward).
    const seed =
      args.arch !== undefined && args.tokens !== undefined && args["tokens-per-second"] === undefined
        ? forwardMfu({
            arch: knownArchitecture(args.arch),
            tokens: args.tokens,
            gpuSeconds: seconds,
            peakFlopsPerGpu: peak,
            context: args.ctx ?? 4096,
            totalParams: args.params,
            ...(args.active ? { activeParams: args.active } : {}),
          })
        : undefined;
    if (seed) {
      rows.push(...seed.rows);
      notes.push(...seed.notes);
    }
    if (args.active) notes.push(text("note.activeParams", { active: f(args.active), total: f(args.params) }));
    if (!attention) notes.push(text("note.mfuNoAttention"));
    if (precision === "bf16" && args.precision === undefined) notes.push(text("note.defaultPrecision"));

    return resultReply({
      command: "mfu",
      title: text("title.mfu", { params: f(args.params), gpu: args.gpu.name }),
      rows,
      notes,
      warnings: result.warnings.map(fromNotice),
      sources: [SOURCES.palm2022, SOURCES.kaplan2020, args.gpu.source, ...(seed?.sources ?? [])],
      result: {
        mfu: result.mfu,
        modelFlops,
        gpuSeconds: seconds,
        peakFlopsPerGpu: peak,
        achievedFlopsPerGpu: result.achievedFlopsPerGpu,
        precision,
        gpu: args.gpu.name,
        ...(seed ? { seedMethod: seed.result } : {}),
      },
      hint: text(result.mfu > 1 ? "hint.mfuImpossible" : "hint.mfu"),
    });
  },
});
