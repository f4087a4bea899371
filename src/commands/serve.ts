import { UserError } from "../core/errors.ts";
import { USABLE_MEMORY_FRACTION } from "../core/memory.ts";
import { SOURCES } from "../core/sources.ts";
import { defineCommand } from "../dispatch/command.ts";
import { opt } from "../dispatch/options.ts";
import { isGiven } from "../dispatch/tracked.ts";
import { input, resultReply, text } from "../reply/build.ts";
import { formulaNumber } from "../reply/format.ts";
import type { Text } from "../reply/reply.ts";
import {
  availableOn,
  maxContextOf,
  mlaOf,
  readAll,
  releasedPrecisionNote,
  SERVE_READS_LATER,
  serveFromArgs,
} from "./cardsServe.ts";
import { windowOf } from "./kvWindow.ts";
import { notGiven } from "./nextOptions.ts";
import { embeddingOf } from "./presetEmbedding.ts";
import { implausiblePrice } from "./priceCheck.ts";
import { servingCost } from "./servingCost.ts";

const STORAGE = ["fp32", "bf16", "fp16", "fp8", "int8", "int4"] as const;
/** cards' modes: serving is `infer` (accepted, it changes nothing); the training ones are cards'. */
const MODES = ["infer", "train", "full", "lora", "qlora"] as const;

/** serve's own options read only when its answer uses them: a price only where a throughput is costed. */
const SERVE_LATER: ReadonlySet<string> = new Set([...SERVE_READS_LATER, "price"]);
const SERVE_LATER_BUT_MFU: ReadonlySet<string> = new Set([...SERVE_LATER, "mfu"]);

/**
 * Serving throughput: the layout `cards` would pick, then prefill time, decode tokens/s per
 * replica and per GPU at a batch (the roofline of Pope et al. 2022), and for a request rate,
 * replicas × cards.
 */
export const serve = defineCommand({
  name: "serve",
  aliases: ["serving", "throughput", "decode", "prefill"],
  options: {
    params: opt.params({ required: true, positional: true, aliases: ["n", "p", "parameters"] }),
    gpu: opt.gpu({ required: true }),
    precision: opt.choice(STORAGE, { aliases: ["dtype", "quant"], example: "bf16" }),
    "kv-precision": opt.choice(STORAGE, { aliases: ["kv-dtype", "kv-cache"], example: "fp8" }),
    context: opt.context({ aliases: ["ctx", "seq", "seq-len"], example: "8k" }),
    batch: opt.integer({ aliases: ["b", "bs", "concurrency"], example: "32" }),
    layers: opt.integer({ aliases: ["l", "n-layers"], example: "80" }),
    hidden: opt.integer({ aliases: ["d", "h", "d-model"], example: "8192" }),
    heads: opt.integer({ aliases: ["n-heads"], example: "64" }),
    "kv-heads": opt.integer({ aliases: ["kv", "n-kv-heads"], example: "8" }),
    "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
    tp: opt.integer({ aliases: ["tensor-parallel"], example: "8" }),
    pp: opt.integer({ aliases: ["pipeline-parallel"], example: "2" }),
    active: opt.size({ aliases: ["active-params"], example: "37B" }),
    "kv-latent": opt.integer({ aliases: ["mla-latent"], example: "512+64" }),
    experts: opt.integer({ aliases: ["e", "n-experts"], example: "256" }),
    "top-k": opt.integer({ aliases: ["k", "topk"], example: "8" }),
    rate: opt.rate({ aliases: ["rps", "requests"], example: "10" }),
    prompt: opt.context({ aliases: ["input", "prompts", "prompt-tokens"], example: "1k" }),
    generate: opt.context({ aliases: ["gen", "output", "new-tokens"], example: "256" }),
    mfu: opt.fraction(),
    // A price per GPU-hour: what a million generated tokens and the request rate's GPUs cost.
    price: opt.price({ aliases: ["cost", "usd"] }),
    // Decode tokens/s each sequence must get (`100 tokens/s per user`): the batch a replica can take.
    "per-user": opt.size({ aliases: ["per-sequence", "tokens-per-user"], example: "100" }),
    mode: opt.choice(MODES, { aliases: ["for"], example: "infer" }),
    // The GPUs the asker has (`can i serve llama-3-70b on 2 4090s`): the answer says whether it fits on them.
    available: opt.integer({ aliases: ["have", "on-gpus"], example: "2" }),
  },
  examples: [
    "serve llama-3-8b gpu=H100",
    "serve llama-3-70b gpu=H100 batch=32 context=4k",
    "serve llama-3-70b gpu=H100 rate=20 prompt=1k generate=256",
    "serve llama-3-70b gpu=H100 rate=20 price=$2.5/h",
    "serve 70B gpu=H100 layers=80 heads=64 kv-heads=8 head-dim=128 batch=16",
  ],
  run(tracked, context) {
    // Serving reads the options given once into a plain record, but those it reads only when its
    // answer uses them (SERVE_READS_LATER): one given and not used is named. A published run's MFU
    // is its training MFU, not a prefill MFU: one filled from a preset is left unread.
    const args = readAll(
      tracked,
      context.preset?.filled.mfu === undefined ? SERVE_LATER : SERVE_LATER_BUT_MFU,
    );
    // Serving is inference; training memory is cards' (`mode=train` here is the wrong command).
    if (args.mode !== undefined && args.mode !== "infer") {
      throw new UserError("serve.trainingMode", {
        mode: args.mode,
        example: `cards ${formulaNumber(args.params)} gpu=${args.gpu.id} mode=${args.mode}`,
      });
    }
    const precision = args.precision ?? "bf16";
    // A context the user typed (not a preset's) can stand for the request's prompt length.
    const contextTyped = isGiven(tracked, "context") && context.preset?.filled.context === undefined;
    const window = windowOf(context.preset);
    const embedding = embeddingOf(context.preset);
    const served = serveFromArgs(args, tracked, {
      throughput: true,
      precision,
      contextTyped,
      maxContext: maxContextOf(context.preset),
      mla: mlaOf(context.preset),
      window,
      embedding,
      // Costed answers also decode at the largest batch that fits (without reading the price here).
      atMaxBatch: isGiven(tracked, "price"),
    });
    // Read only where a throughput was found to cost (no layout: the price is named as not used).
    const throughput = served.result.throughput as Parameters<typeof servingCost>[2];
    const cost =
      throughput && tracked.price !== undefined ? costOf(tracked.price, served, throughput) : undefined;
    const usable = args.gpu.memoryGB * 1e9 * USABLE_MEMORY_FRACTION;
    const released = releasedPrecisionNote(context.preset, precision);
    const verdict =
      args.available === undefined
        ? undefined
        : availableOn(args, tracked, served.count, precision, window, embedding);
    return resultReply({
      command: "serve",
      title: text("title.serve", { params: input("params", args.params), gpu: args.gpu.name }),
      rows: cost ? [...served.rows, ...cost.rows] : served.rows,
      notes: [
        ...served.notes,
        ...(cost?.notes ?? []),
        ...(released ? [released] : []),
        text("note.usableFraction", { percent: USABLE_MEMORY_FRACTION * 100 }),
        text("note.memoryUnits", {
          gpu: args.gpu.name,
          memory: args.gpu.memoryGB,
          usable: input("bytes", usable / 1e9),
        }),
        ...(verdict?.notes ?? []),
      ],
      warnings: [...served.warnings, ...(cost?.warnings ?? []), ...(verdict?.warnings ?? [])],
      sources: [args.gpu.source, SOURCES.pope2022, SOURCES.palm2022, SOURCES.vllm, ...served.sources],
      result: {
        precision,
        gpu: args.gpu.name,
        cards: served.count ?? null,
        fits: served.count !== undefined,
        bytesTotal: served.total,
        bytesPerCard: served.perCard ?? null,
        usableBytesPerCard: usable,
        breakdown: served.breakdown,
        ...served.result,
        ...(cost ? { cost: cost.result } : {}),
        ...(verdict ? { available: args.available, fitsAvailable: verdict.fits } : {}),
      },
      hint: serveNext(tracked, args.rate !== undefined, precision),
    });
  },
});

/** The cost rows at a price per GPU-hour, on the replica's GPUs, and a warning for an unlikely price. */
function costOf(
  price: number,
  served: { result: Record<string, unknown> },
  throughput: NonNullable<Parameters<typeof servingCost>[2]>,
) {
  const layout = served.result.serving as { gpus: number };
  const cost = servingCost(price, layout.gpus, throughput);
  if (!cost) return undefined;
  const warning = implausiblePrice(price);
  return { rows: cost.rows, notes: cost.notes, result: cost.result, warnings: warning ? [warning] : [] };
}

/** Stored in at most a byte a weight: fp8 or smaller, where `precision=fp8` would halve nothing. */
const EIGHT_BITS_OR_LESS = new Set(["fp8", "int8", "int4"]);

/**
 * The Next: line, suggesting only options not given: with no rate, the rate (and a request's
 * prompt= and generate= where they were not typed) and batch=64 unless a batch was; with a rate,
 * the precision (unless already 8 bits or less) or another GPU.
 */
function serveNext(options: object, rateGiven: boolean, precision: string): Text {
  if (rateGiven)
    return text(EIGHT_BITS_OR_LESS.has(precision) ? "hint.serveRateLowPrecision" : "hint.serveRate");
  const request = notGiven(options, [
    ["prompt", "1k"],
    ["generate", "256"],
  ]);
  const add = request === "" ? "rate=20" : `rate=20 ${request}`;
  return text(isGiven(options, "batch") ? "hint.serveBatchGiven" : "hint.serve", { add });
}
