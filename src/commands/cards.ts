import {
  BYTES_PER_VALUE,
  cardsNeeded,
  INFERENCE_OVERHEAD,
  inferenceMemory,
  type MemoryBreakdown,
  RULE_OF_THUMB,
  ruleOfThumbBytes,
  trainingMemory,
  USABLE_MEMORY_FRACTION,
  type ZeroStage,
} from "../core/memory.ts";
import { SOURCES } from "../core/sources.ts";
import { resultReply, row, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { Row, Source, Text } from "../reply/reply.ts";
import { defineCommand } from "./command.ts";
import { opt } from "./options.ts";

const STORAGE = ["fp32", "bf16", "fp16", "fp8", "int8", "int4"] as const;

export const cards = defineCommand({
  name: "cards",
  aliases: ["memory", "mem", "gpus-needed", "vram"],
  options: {
    params: opt.size({ required: true, positional: true, aliases: ["n", "p", "parameters"] }),
    gpu: opt.gpu({ required: true }),
    mode: opt.choice(["infer", "train"] as const, { aliases: ["for"] }),
    precision: opt.choice(STORAGE, { aliases: ["dtype", "quant"], example: "bf16" }),
    zero: opt.choice(["0", "1", "2", "3"] as const, { aliases: ["zero-stage"], example: "3" }),
    dp: opt.integer({ aliases: ["data-parallel"], example: "64" }),
    context: opt.context({ aliases: ["ctx", "seq", "seq-len"], example: "8k" }),
    batch: opt.integer({ aliases: ["b", "micro-batch", "mbs"], example: "1" }),
    layers: opt.integer({ aliases: ["l", "n-layers"], example: "80" }),
    hidden: opt.integer({ aliases: ["d", "h", "d-model"], example: "8192" }),
    heads: opt.integer({ aliases: ["n-heads"], example: "64" }),
    "kv-heads": opt.integer({ aliases: ["kv", "n-kv-heads"], example: "8" }),
    "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
    recompute: opt.choice(["none", "selective", "full"] as const, {
      aliases: ["checkpointing"],
      example: "selective",
    }),
  },
  examples: [
    "cards 70B gpu=H100",
    "cards 70B gpu=H100 mode=infer context=8k layers=80 kv-heads=8 head-dim=128",
    "cards 7B gpu=A100 mode=train zero=3 dp=8",
  ],
  run(args) {
    const mode = args.mode ?? "infer";
    const precision = args.precision ?? "bf16";
    const cardBytes = args.gpu.memoryGB * 1e9;
    const usable = cardBytes * USABLE_MEMORY_FRACTION;
    const batch = args.batch ?? 1;
    const notes: Text[] = [];
    const sources: Source[] = [args.gpu.source];
    const headDim = args["head-dim"] ?? (args.hidden && args.heads ? args.hidden / args.heads : undefined);
    let memory: MemoryBreakdown;
    const rows: Row[] = [];

    if (mode === "infer") {
      const kvHeads = args["kv-heads"] ?? args.heads;
      const kv =
        args.layers && kvHeads && headDim && args.context
          ? { layers: args.layers, kvHeads, headDim, context: args.context, batch }
          : undefined;
      if (args.context && !kv) notes.push(text("note.kvNeedsShape"));
      memory = inferenceMemory(args.params, precision, kv);
      rows.push(
        row(
          "row.weights",
          "bytes",
          memory.weights,
          `N · ${BYTES_PER_VALUE[precision]} B (${precision}) = ${f(args.params)} × ${BYTES_PER_VALUE[precision]}`,
        ),
      );
      if (kv) {
        rows.push(
          row(
            "row.kvCache",
            "bytes",
            memory.kvCache,
            `2 · L · n_kv · d_head · bytes · ctx · batch = 2 × ${kv.layers} × ${kv.kvHeads} × ${f(kv.headDim)} × ${BYTES_PER_VALUE[precision] >= 1 ? BYTES_PER_VALUE[precision] : 2} × ${f(kv.context)} × ${batch}`,
          ),
        );
      }
      rows.push(
        row("row.overhead", "bytes", memory.overhead, `${INFERENCE_OVERHEAD * 100}% × (weights + KV)`),
      );
      sources.push(SOURCES.vllm);
    } else {
      const zero = Number(args.zero ?? (args.dp ? "3" : "0")) as ZeroStage;
      const activations =
        args.layers && args.hidden && args.heads && args.context
          ? {
              layers: args.layers,
              hidden: args.hidden,
              heads: args.heads,
              sequenceLength: args.context,
              microBatch: batch,
              recompute: args.recompute ?? "selective",
            }
          : undefined;
      if (!activations) notes.push(text("note.activationsNeedShape"));
      memory = trainingMemory({
        params: args.params,
        zeroStage: zero,
        dataParallel: args.dp ?? 1,
        ...(activations ? { activations } : {}),
      });
      rows.push(
        row("row.weights", "bytes", memory.weights, `2 B · N = 2 × ${f(args.params)}`),
        row("row.gradients", "bytes", memory.gradients, `2 B · N`),
        row("row.optimizer", "bytes", memory.optimizer, `12 B · N (fp32 master, m, v)`),
      );
      if (activations) {
        rows.push(
          row(
            "row.activations",
            "bytes",
            memory.activations,
            activations.recompute === "full"
              ? `L · 2·s·b·h = ${activations.layers} × 2 × ${f(activations.sequenceLength)} × ${batch} × ${f(activations.hidden)}`
              : activations.recompute === "selective"
                ? `L · 34·s·b·h = ${activations.layers} × 34 × ${f(activations.sequenceLength)} × ${batch} × ${f(activations.hidden)}`
                : `L · s·b·h·(34 + 5·a·s/h)`,
          ),
        );
        sources.push(SOURCES.korthikanti2022);
      }
      if (args.dp) {
        rows.push(
          row("row.perCardZero", "bytes", memory.perCard, `ZeRO-${zero} over ${args.dp} data-parallel ranks`),
        );
      }
      sources.push(SOURCES.zero2020);
    }

    const count = cardsNeeded(memory.total, cardBytes);
    const thumb = ruleOfThumbBytes(args.params, precision, mode);
    rows.push(
      row("row.memoryTotal", "bytes", memory.total, "Σ"),
      row(
        "row.cards",
        "count",
        count,
        `⌈total / (${USABLE_MEMORY_FRACTION} × ${args.gpu.memoryGB} GB)⌉ = ⌈${f(memory.total / 1e9)} / ${f(usable / 1e9)}⌉`,
      ),
      row(
        "row.ruleOfThumb",
        "bytes",
        thumb,
        `${RULE_OF_THUMB[mode]} × weights = ${RULE_OF_THUMB[mode]} × ${f(args.params)} × ${BYTES_PER_VALUE[precision]} B`,
      ),
      row(
        "row.ruleOfThumbCards",
        "count",
        cardsNeeded(thumb, cardBytes),
        `⌈${f(thumb / 1e9)} GB / ${f(usable / 1e9)} GB⌉`,
      ),
    );
    if (mode === "train" && precision !== "bf16" && args.precision !== undefined) {
      notes.push(text("note.trainMixedPrecision"));
    }
    if (mode === "train" && args.dp && memory.perCard > usable) notes.push(text("note.perCardTooBig"));
    notes.push(text("note.usableFraction", { percent: USABLE_MEMORY_FRACTION * 100 }));

    return resultReply({
      command: "cards",
      title: text(mode === "infer" ? "title.cardsInfer" : "title.cardsTrain", {
        params: f(args.params),
        gpu: args.gpu.name,
      }),
      rows,
      notes,
      sources,
      result: {
        mode,
        precision,
        gpu: args.gpu.name,
        cards: count,
        bytesTotal: memory.total,
        bytesPerCard: Math.min(memory.total / count, memory.perCard),
        usableBytesPerCard: usable,
        breakdown: {
          weights: memory.weights,
          gradients: memory.gradients,
          optimizer: memory.optimizer,
          activations: memory.activations,
          kvCache: memory.kvCache,
          overhead: memory.overhead,
        },
        ruleOfThumbBytes: thumb,
      },
      hint: text(mode === "infer" ? "hint.cardsInfer" : "hint.cardsTrain", { params: f(args.params) }),
    });
  },
});
