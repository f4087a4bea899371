import { chinchillaOptimalTokens, computeOptimalSplit, tokensPerParam } from "../core/chinchilla.ts";
import { petaflopDays, trainingFlops, trainingFlopsWithAttention } from "../core/compute.ts";
import { UserError } from "../core/errors.ts";
import { SOURCES } from "../core/sources.ts";
import { defineCommand } from "../dispatch/command.ts";
import { type ArgsOf, opt } from "../dispatch/options.ts";
import { formula, input, resultReply, row, text, uniqueSources } from "../reply/build.ts";
import type { Row, Source, Text } from "../reply/reply.ts";
import {
  DEFAULT_GPUS,
  energyRows,
  type GpuPlanArgs,
  hardwareBudget,
  planOnGpu,
  type Workload,
} from "./computeGpu.ts";
import { compareGpus } from "./computeGpus.ts";

export const compute = defineCommand({
  name: "compute",
  aliases: ["flops", "train"],
  options: {
    params: opt.size({ positional: true, aliases: ["n", "p", "parameters"] }),
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
    mfu: opt.fraction(),
    price: opt.priceList({ aliases: ["cost", "usd"] }),
    precision: opt.precision({ aliases: ["dtype"] }),
    flops: opt.size({ aliases: ["budget", "c"], example: "1e25" }),
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
  run(args) {
    const gpuList = args.gpu ?? [];
    const precision = args.precision ?? "bf16";
    const gpu = gpuList[0];
    const prices = args.price ?? [];
    if (prices.length > 1 && prices.length !== gpuList.length) {
      throw new UserError("compute.priceCount", {
        prices: prices.length,
        gpus: gpuList.length,
        example: "gpu=h100,a100 price=$2.5/h,$1.5/h",
      });
    }
    if (args.params === undefined && args.flops === undefined) {
      const gpuHours =
        args["gpu-hours"] ??
        (args.gpus !== undefined && args.days !== undefined ? (args.gpus * args.days) / 3600 : undefined);
      if (gpu === undefined || gpuHours === undefined) {
        throw new UserError("compute.needInput", {
          example: "compute 70B 1.4T gpu=H100, compute flops=1e25 gpu=H100",
        });
      }
      return hardwareBudgetReply(gpu, precision, gpuHours, args.mfu, gpuArgs(args, precision));
    }

    const notes: Text[] = [];
    const { params, tokens } = whatIsTrained(args, notes);
    const computeParams = args.active ?? params;
    const optimalTokens = chinchillaOptimalTokens(params);
    const flops = trainingFlops(computeParams, tokens);
    const ratio = tokensPerParam(params, tokens);
    const rows: Row[] = [];
    if (args.params === undefined) {
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
        formula(args.active ? "training.flopsActive" : "training.flops", {
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
    if (args.active) result.activeParams = args.active;
    const warnings: Text[] = [];
    let sources: Source[] = [SOURCES.kaplan2020, SOURCES.hoffmann2022];
    if (args.active)
      notes.push(
        text("note.activeParams", { active: input("params", args.active), total: input("params", params) }),
      );

    const work: Workload = { params, tokens, flops6N: flops };
    const attention = attentionRow(args, computeParams, tokens);
    if (attention) {
      rows.push(attention.row);
      result.flopsWithAttention = attention.flops;
      work.flopsAttention = attention.flops;
      sources.push(SOURCES.palm2022);
    } else if (args.layers || args.hidden || args.ctx) {
      notes.push(text("note.attentionNeedsShape"));
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
        "ratio",
        ratio.ratio,
        formula("chinchilla.tokensPerParam", { D: input("tokens", tokens), N: input("params", params) }),
      ),
    );
    if (args.params !== undefined && (ratio.timesOptimal < 0.5 || ratio.timesOptimal > 2)) {
      notes.push(
        text(ratio.timesOptimal < 1 ? "note.underTrained" : "note.overTrained", {
          times: input("ratio", Number(ratio.timesOptimal.toPrecision(2))),
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

    if (gpuList.length > 1) {
      const compared = compareGpus(work, gpuList, Object.assign(gpuArgs(args, precision), { prices }));
      rows.push(...compared.rows);
      notes.push(...compared.notes);
      result.gpus = args.gpus ?? DEFAULT_GPUS;
      result.byGpu = compared.result;
      sources.push(...compared.sources);
    } else if (gpu) {
      const planArgs: GpuPlanArgs = { gpu, ...gpuArgs(args, precision) };
      if (prices[0] !== undefined) planArgs.price = prices[0];
      // The plan's fields go straight into this result (see planOnGpu).
      const plan = planOnGpu(work, planArgs, result);
      rows.push(...plan.rows);
      notes.push(...plan.notes);
      warnings.push(...plan.warnings);
      sources.push(...plan.sources);
    }
    sources = uniqueSources(sources);

    return resultReply({
      command: "compute",
      title: text("title.compute", { params: input("params", params), tokens: input("tokens", tokens) }),
      rows,
      notes,
      warnings,
      sources,
      result,
      hint: text(gpu ? "hint.computeWithGpu" : "hint.compute", {
        params: input("params", params),
        tokens: input("tokens", tokens),
      }),
    });
  },
});

function gpuArgs(
  args: {
    precision?: "fp64" | "fp32" | "tf32" | "bf16" | "fp16" | "fp8" | "int8" | "fp4" | undefined;
    gpus?: number | undefined;
    days?: number | undefined;
    "gpu-hours"?: number | undefined;
    mfu?: number | undefined;
    power?: number | undefined;
    pue?: number | undefined;
    grid?: number | undefined;
  },
  precision: NonNullable<typeof args.precision>,
): Omit<GpuPlanArgs, "gpu"> {
  // Each option is read (the tracked arguments count it as used) and kept only when given.
  const { gpus, days, "gpu-hours": gpuHours, mfu, power, pue, grid } = args;
  const out: Omit<GpuPlanArgs, "gpu"> = { precision };
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
  gpuHours: number,
  mfu: number | undefined,
  energyArgs: ReturnType<typeof gpuArgs>,
) {
  const budget = hardwareBudget(gpu, precision, gpuHours, mfu);
  // The energy fields follow the budget's in its result, written by name (see planOnGpu).
  const energy = energyRows(
    gpu,
    { low: gpuHours, point: gpuHours, high: gpuHours },
    energyArgs,
    budget.result,
  );
  const notes: Text[] = [...energy.notes];
  if (mfu === undefined) notes.push(text("note.mfuRange", { low: "30%", point: "40%", high: "50%" }));
  notes.push(text("note.chinchillaRule"));
  return resultReply({
    command: "compute",
    title: text("title.hardwareBudget", { gpuHours: input("gpuHours", gpuHours), gpu: gpu.name }),
    rows: [...budget.rows, ...energy.rows],
    notes,
    sources: [
      gpu.source,
      SOURCES.palm2022,
      SOURCES.hoffmann2022,
      ...(energy.rows.length ? [SOURCES.llama1] : []),
    ],
    result: energy.result,
    hint: text("hint.hardwareBudget", {
      params: input("params", budget.result.optimalParams as number),
      tokens: input("tokens", budget.result.optimalTokens as number),
    }),
  });
}

type ComputeArgs = ArgsOf<typeof compute.options>;

/** What is trained, N and D: from the model, from a budget (Chinchilla's split), or both. */
function whatIsTrained(args: ComputeArgs, notes: Text[]): { params: number; tokens: number } {
  if (args.params === undefined) {
    const budget = args.flops as number;
    notes.push(text("note.budgetSplit", { budget: input("flop", budget) }));
    return computeOptimalSplit(budget);
  }
  const params = args.params;
  const computeParams = args.active ?? params;
  const tokens =
    args.tokens ??
    (args.flops !== undefined ? args.flops / (6 * computeParams) : chinchillaOptimalTokens(params));
  if (args.tokens === undefined && args.flops === undefined) {
    notes.push(text("note.tokensDefaultChinchilla", { tokens: input("tokens", tokens) }));
  }
  return { params, tokens };
}

/** D·(6N + 12·L·H·Q·T) (PaLM App. B) when the shape is given: layers, attention width and context. */
function attentionRow(
  args: ComputeArgs,
  computeParams: number,
  tokens: number,
): { row: Row; flops: number } | undefined {
  // PaLM App. B's H·Q is the attention width, heads × head dim (not d_model when they differ).
  const attentionWidth = args.heads && args["head-dim"] ? args.heads * args["head-dim"] : args.hidden;
  if (!args.layers || !attentionWidth || !args.ctx) return undefined;
  const attention = { layers: args.layers, attentionWidth, context: args.ctx };
  const flops = trainingFlopsWithAttention(computeParams, tokens, attention);
  return {
    flops,
    row: row(
      "row.trainingFlopsAttention",
      "flop",
      flops,
      formula(args.active ? "training.flopsAttentionActive" : "training.flopsAttention", {
        D: input("tokens", tokens),
        N: input("params", computeParams),
        L: input("plain", args.layers),
        HQ: input("count", attentionWidth),
        T: input("count", args.ctx),
      }),
    ),
  };
}
