import { UserError } from "../core/errors.ts";
import { DEFAULT_LORA_RANK } from "../core/finetune.ts";
import type { Recompute } from "../core/layout.ts";
import {
  ADAM_MIXED_PRECISION,
  BYTES_PER_VALUE,
  cardsNeeded,
  RULE_OF_THUMB,
  ruleOfThumbBytes,
  USABLE_MEMORY_FRACTION,
  type ZeroStage,
} from "../core/memory.ts";
import { SOURCES } from "../core/sources.ts";
import { defineCommand } from "../dispatch/command.ts";
import { opt } from "../dispatch/options.ts";
import { givenValue } from "../dispatch/tracked.ts";
import { formula, input, resultReply, row, text } from "../reply/build.ts";
import type { Row, Source, Text } from "../reply/reply.ts";
import { availableVerdict } from "./availableGpus.ts";
import {
  availableOn,
  DEFAULT_CONTEXT,
  maxContextOf,
  mlaOf,
  NODE_SIZE,
  positive,
  readAll,
  releasedPrecisionNote,
  SERVE_READS_LATER,
  serveFromArgs,
  validateLayoutArgs,
} from "./cardsServe.ts";
import { type TrainInput, trainingReply } from "./cardsTrain.ts";
import { gpuWord } from "./gpuWord.ts";
import { windowOf } from "./kvWindow.ts";
import { notGiven } from "./nextOptions.ts";
import { embeddingOf, tiedOf } from "./presetEmbedding.ts";
import { llamaStyleOf } from "./presetLayer.ts";

const STORAGE = ["fp32", "bf16", "fp16", "fp8", "int8", "int4"] as const;
const MODES = ["infer", "train", "full", "lora", "qlora"] as const;

export const cards = defineCommand({
  name: "cards",
  aliases: ["memory", "mem", "gpus-needed", "vram", "layout", "parallelism", "sharding"],
  options: {
    params: opt.params({ required: true, positional: true, aliases: ["n", "p", "parameters"] }),
    gpu: opt.gpu({ required: true }),
    mode: opt.choice(MODES, { aliases: ["for"] }),
    precision: opt.choice(STORAGE, { aliases: ["dtype", "quant"], example: "bf16" }),
    zero: opt.choice(["0", "1", "2", "3"] as const, { aliases: ["zero-stage"], example: "3" }),
    dp: opt.integer({ aliases: ["data-parallel"], example: "64" }),
    tp: opt.integer({ aliases: ["tensor-parallel"], example: "8" }),
    pp: opt.integer({ aliases: ["pipeline-parallel"], example: "2" }),
    context: opt.context({ aliases: ["ctx", "seq", "seq-len"], example: "8k" }),
    batch: opt.integer({ aliases: ["b", "micro-batch", "mbs"], example: "1" }),
    layers: opt.integer({ aliases: ["l", "n-layers"], example: "80" }),
    hidden: opt.integer({ aliases: ["d", "h", "d-model"], example: "8192" }),
    heads: opt.integer({ aliases: ["n-heads"], example: "64" }),
    "kv-heads": opt.integer({ aliases: ["kv", "n-kv-heads"], example: "8" }),
    "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
    vocab: opt.integer({ aliases: ["v"], example: "128256" }),
    ffn: opt.integer({ aliases: ["d-ff"], example: "28672" }),
    recompute: opt.choice(["none", "selective", "full"] as const, {
      aliases: ["checkpointing"],
      example: "selective",
    }),
    attention: opt.choice(["flash", "unfused"] as const, { aliases: ["attn"], example: "flash" }),
    "kv-precision": opt.choice(STORAGE, { aliases: ["kv-dtype", "kv-cache"], example: "fp8" }),
    rank: opt.integer({ aliases: ["r", "lora-rank"], example: "16" }),
    "lora-targets": opt.choice(["attention", "all"] as const, { aliases: ["targets"], example: "all" }),
    // A mixture of experts: serving's FLOP per token count the active parameters, 2·N_active.
    active: opt.size({ aliases: ["active-params"], example: "37B" }),
    "kv-latent": opt.integer({ aliases: ["mla-latent"], example: "512+64" }),
    experts: opt.integer({ aliases: ["e", "n-experts"], example: "256" }),
    "top-k": opt.integer({ aliases: ["k", "topk"], example: "8" }),
    // The GPUs the asker has (`can i run llama-3-70b on 2 4090s`): the answer says whether it fits on them.
    available: opt.integer({ aliases: ["have", "on-gpus"], example: "2" }),
  },
  examples: [
    "cards 70B gpu=H100",
    "cards 70B gpu=H100 mode=infer context=8k layers=80 kv-heads=8 head-dim=128",
    "cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 context=4k",
    "cards 7B gpu=RTX4090 mode=qlora layers=32 hidden=4096 heads=32 context=2k",
  ],
  run(tracked, context) {
    const mode = tracked.mode ?? "infer";
    // The options given, read once into a plain record, but those a mode reads only when it uses
    // them or never: serving (infer) never reads the training options and reads some of its own
    // only when its answer uses them (INFER_READS_LATER); training reads the shape's extras (vocab,
    // ffn) only with a full shape, never kv-precision (serving's) nor, for full training, the
    // LoRA options. Those stay unread here, so one given and not used is named.
    const lora = mode === "lora" || mode === "qlora";
    const args = readAll(
      tracked,
      mode === "infer" ? INFER_READS_LATER : lora ? TRAIN_READS_LATER : FULL_TRAIN_READS_LATER,
    );
    const precision = args.precision ?? "bf16";
    const gpu = args.gpu;
    const nodeSize = NODE_SIZE;
    const cardBytes = gpu.memoryGB * 1e9;
    const usable = cardBytes * USABLE_MEMORY_FRACTION;
    const notes: Text[] = [];
    const warnings: Text[] = [];
    const sources: Source[] = [gpu.source];
    const rows: Row[] = [];
    const heads = args.heads;
    const headDim = args["head-dim"] ?? (args.hidden && heads ? args.hidden / heads : undefined);
    validateLayoutArgs(args, nodeSize);
    if (args.dp !== undefined) positive("dp", args.dp, 1_000_000);
    if (args.rank !== undefined) positive("rank", args.rank, 65_536);
    let result: Record<string, unknown> = {};
    let count: number | undefined;
    let total: number;
    let perCard: number | undefined;
    let breakdown: Record<string, number>;

    // The named model's sliding window, for both the serving answer and the verdict on `available=`.
    const window = mode === "infer" ? windowOf(context.preset) : undefined;
    if (mode === "infer") {
      const served = serveFromArgs(args, tracked, {
        throughput: false,
        precision,
        maxContext: maxContextOf(context.preset),
        mla: mlaOf(context.preset),
        embedding: embeddingOf(context.preset),
        window,
      });
      rows.push(...served.rows);
      notes.push(...served.notes);
      const released = releasedPrecisionNote(context.preset, precision);
      if (released) notes.push(released);
      warnings.push(...served.warnings);
      result = served.result;
      count = served.count;
      perCard = served.perCard;
      total = served.total;
      breakdown = served.breakdown;
      sources.push(SOURCES.vllm, SOURCES.palm2022, ...served.sources);
    } else {
      // The KV heads shape the attention only with a full shape: given without one, named as not used.
      const kvHeads = args.layers && args.hidden && heads ? (tracked["kv-heads"] ?? heads) : undefined;
      if (heads && kvHeads && heads % kvHeads !== 0)
        throw new UserError("params.kvHeads", { heads, kvHeads });
      const shape =
        args.layers && args.hidden && heads
          ? {
              layers: args.layers,
              hidden: args.hidden,
              heads,
              kvHeads: kvHeads ?? heads,
              headDim: headDim ?? args.hidden / heads,
              ...(tracked.vocab ? { vocab: tracked.vocab } : {}),
              ...(tracked.ffn ? { ffn: tracked.ffn } : {}),
              // With an MLP width, a Llama-style layer (a typed shape reads as the decoder `params` counts).
              ...(tracked.ffn && llamaStyleOf(context.preset) !== false
                ? { gated: { headDim: headDim ?? args.hidden / heads, ffn: tracked.ffn } }
                : {}),
              // QLoRA keeps the embedding and head in bf16: V·h once if tied (typed numbers: untied).
              ...(mode === "qlora" && tracked.vocab && tiedOf(context.preset) ? { tied: true } : {}),
            }
          : undefined;
      const sequenceLength = args.context ?? DEFAULT_CONTEXT;
      if (shape && args.context === undefined) {
        notes.push(text("note.contextAssumed", { context: input("count", sequenceLength) }));
      }
      const trained = trainingReply({
        mode,
        params: args.params,
        gpu,
        nodeSize,
        precision: mode === "lora" ? precision : "bf16",
        ...(shape ? { shape } : {}),
        sequenceLength,
        microBatch: args.batch ?? 1,
        attention: args.attention ?? "flash",
        rank: args.rank ?? DEFAULT_LORA_RANK,
        targets: args["lora-targets"] ?? "attention",
        fixed: fixedLayout(args),
      });
      rows.push(...trained.rows);
      notes.push(...trained.notes);
      warnings.push(...trained.warnings);
      result = trained.result;
      count = trained.choice?.memory.gpus;
      perCard = trained.choice?.memory.perGpu;
      const activations = trained.choice?.memory.activations ?? 0;
      total = trained.states.weights + trained.states.gradients + trained.states.optimizer;
      breakdown = {
        weights: trained.states.weights,
        gradients: trained.states.gradients,
        optimizer: trained.states.optimizer,
        activations,
        kvCache: 0,
        overhead: 0,
      };
      rows.push(
        row("row.weights", "bytes", trained.states.weights, formula("memory.summedOverCards")),
        row("row.gradients", "bytes", trained.states.gradients, formula("memory.summedOverCards")),
        row("row.optimizer", "bytes", trained.states.optimizer, formula("memory.summedOverCards")),
        row("row.memoryTotal", "bytes", total, formula("memory.totalOverCards")),
      );
      sources.push(SOURCES.korthikanti2022, SOURCES.zero2020, SOURCES.narayanan2021, SOURCES.flashAttention);
      if (mode === "lora" || mode === "qlora") sources.push(SOURCES.lora2021);
      if (mode === "qlora") sources.push(SOURCES.qlora2023);
      if (args.precision !== undefined && precision !== "bf16" && mode !== "lora") {
        notes.push(text("note.trainMixedPrecision"));
      }
    }

    if (mode === "infer" || mode === "train" || mode === "full") {
      const thumbMode = mode === "infer" ? "infer" : "train";
      const thumb = ruleOfThumbBytes(args.params, thumbMode === "train" ? "bf16" : precision, thumbMode);
      rows.push(
        row(
          "row.ruleOfThumb",
          "bytes",
          thumb,
          formula("memory.ruleOfThumb", {
            k: input("plain", RULE_OF_THUMB[thumbMode]),
            N: input("params", args.params),
            bytes: input("plain", BYTES_PER_VALUE[thumbMode === "train" ? "bf16" : precision]),
          }),
        ),
        row(
          "row.ruleOfThumbCards",
          "count",
          cardsNeeded(thumb, cardBytes),
          formula("memory.cardsFor", {
            total: input("bytes", thumb / 1e9),
            usable: input("bytes", usable / 1e9),
          }),
        ),
      );
      result.ruleOfThumbBytes = thumb;
      // Beside a full training count the rule reads as a contradiction unless its gap is said.
      if (thumbMode === "train" && (mode === "train" || mode === "full"))
        notes.push(
          text("note.ruleOfThumbTrain", {
            k: RULE_OF_THUMB.train,
            bytes: RULE_OF_THUMB.train * BYTES_PER_VALUE.bf16,
            adam:
              ADAM_MIXED_PRECISION.weights + ADAM_MIXED_PRECISION.gradients + ADAM_MIXED_PRECISION.optimizer,
          }),
        );
    }
    if (args.available !== undefined) {
      // Serving that does not fit at its precision: what fp8 or 4-bit weights would take, as serve says.
      const verdict =
        mode === "infer"
          ? availableOn(args, tracked, count, precision, window, embeddingOf(context.preset))
          : availableVerdict({
              available: positive("available", args.available, 1_000_000),
              needed: count,
              gpu: gpu.name,
            });
      notes.push(...verdict.notes);
      warnings.push(...verdict.warnings);
      result.available = args.available;
      result.fitsAvailable = verdict.fits;
    }
    notes.push(
      text("note.usableFraction", { percent: USABLE_MEMORY_FRACTION * 100 }),
      text("note.memoryUnits", { gpu: gpu.name, memory: gpu.memoryGB, usable: input("bytes", usable / 1e9) }),
    );

    return resultReply({
      command: "cards",
      title: text(titleKey(mode), { params: input("params", args.params), gpu: gpu.name }),
      rows,
      notes,
      warnings,
      sources,
      result: {
        mode,
        precision,
        gpu: gpu.name,
        cards: count ?? null,
        fits: count !== undefined,
        bytesTotal: total,
        bytesPerCard: perCard ?? null,
        usableBytesPerCard: usable,
        breakdown,
        ...result,
      },
      hint: cardsNext(tracked, mode, args.params, gpuWord(gpu)),
    });
  },
});

/** The options training reads only in some runs (or never): left out of its one read of the rest. */
const TRAIN_READS_LATER: ReadonlySet<string> = new Set([
  "vocab",
  "ffn",
  "kv-precision",
  "kv-heads",
  // Training holds every expert's weights and states: the MoE options are serving's, as is MLA's cache.
  "active",
  "kv-latent",
  "experts",
  "top-k",
]);
/** Full training (train, full) trains no adapters: a LoRA rank or targets typed with it are not used. */
const FULL_TRAIN_READS_LATER: ReadonlySet<string> = new Set([...TRAIN_READS_LATER, "rank", "lora-targets"]);
/**
 * Serving holds weights and a KV cache (no gradients, optimizer states or activations kept for a
 * backward pass, no data-parallel copies): the training options are never read, and serving's
 * conditional ones only where its answer uses them.
 */
const INFER_READS_LATER: ReadonlySet<string> = new Set([
  ...SERVE_READS_LATER,
  "zero",
  "dp",
  "recompute",
  "attention",
  "rank",
  "lora-targets",
  "vocab",
  "ffn",
]);

/** The parts of a training layout the user fixed, the search varying the rest. */
function fixedLayout(args: {
  tp?: number | undefined;
  pp?: number | undefined;
  dp?: number | undefined;
  zero?: "0" | "1" | "2" | "3" | undefined;
  recompute?: Recompute | undefined;
}): TrainInput["fixed"] {
  const fixed: TrainInput["fixed"] = {};
  if (args.tp) fixed.tp = args.tp;
  if (args.pp) fixed.pp = args.pp;
  if (args.dp) fixed.dp = args.dp;
  if (args.zero !== undefined) fixed.zero = Number(args.zero) as ZeroStage;
  if (args.recompute) fixed.recompute = args.recompute;
  return fixed;
}

function titleKey(mode: (typeof MODES)[number]): string {
  switch (mode) {
    case "infer":
      return "title.cardsInfer";
    case "train":
      return "title.cardsTrain";
    case "full":
      return "title.cardsFull";
    case "lora":
      return "title.cardsLora";
    case "qlora":
      return "title.cardsQlora";
  }
}

/**
 * The Next: line, suggesting only what was not given: serving at the batch typed (else 32); the
 * layout options not typed (all typed: none); an adapter mode typed already, full training.
 */
function cardsNext(options: object, mode: string, params: number, gpu: string): Text {
  if (mode === "infer") {
    const batch = givenValue(options, "batch");
    return text("hint.cardsInfer", {
      params: input("params", params),
      gpu,
      batch: typeof batch === "number" ? batch : 32,
    });
  }
  const adapter = mode === "lora" || mode === "qlora";
  const layout = notGiven(options, [
    ["tp", "8"],
    ["pp", "2"],
    ["zero", "1"],
  ]);
  if (layout === "") return text(adapter ? "hint.cardsAdapterLayoutGiven" : "hint.cardsTrainLayoutGiven");
  return text(adapter ? "hint.cardsAdapter" : "hint.cardsTrain", { layout });
}
