import { extended } from "../core/extended.ts";
import {
  loraParams,
  loraStates,
  NF4_DOUBLE_QUANT_BITS,
  qloraStates,
  qloraUnquantized,
} from "../core/finetune.ts";
import type { FormulaId } from "../core/formulas/index.ts";
import { GPUS, type Gpu } from "../core/gpus.ts";
import {
  type AttentionKernel,
  adamStates,
  divisors,
  firstStageActivationBytes,
  firstStageShare,
  fullestStageLayers,
  type LayoutChoice,
  type LayoutConstraints,
  layoutMemory,
  type ModelStates,
  searchLayout,
  stageLayersInFlight,
  type TransformerShape,
  tensorParallelSizes,
  trainingTensorParallelSizes,
  unevenStages,
  unshardedStateBytes,
} from "../core/layout.ts";
import {
  BYTES_PER_VALUE,
  type StoragePrecision,
  USABLE_MEMORY_FRACTION,
  type ZeroStage,
} from "../core/memory.ts";
import { formula, input as num, row, symbol, text } from "../reply/build.ts";
import { roundedTo } from "../reply/format.ts";
import { layoutSummary } from "../reply/layout.ts";
import type { FormulaRef, Row, Text } from "../reply/reply.ts";

/** Training and fine-tuning replies of `cards`: the layout search and the per-GPU breakdown. */

export type TrainMode = "train" | "full" | "lora" | "qlora";

export interface TrainInput {
  mode: TrainMode;
  params: number;
  gpu: Gpu;
  nodeSize: number;
  precision: StoragePrecision;
  /** Undefined when the architecture was not given: states only, no activations, t = p = 1. */
  shape?: TransformerShape & { kvHeads: number; headDim: number; ffn?: number; tied?: boolean };
  sequenceLength: number;
  microBatch: number;
  attention: AttentionKernel;
  rank: number;
  targets: "attention" | "all";
  /** The parts of the layout the user fixed (the search varies the rest). */
  fixed: Pick<LayoutConstraints, "tp" | "pp" | "dp" | "zero" | "recompute" | "sequenceParallel">;
}

export interface TrainOutput {
  rows: Row[];
  notes: Text[];
  warnings: Text[];
  states: ModelStates;
  adapters?: number;
  choice?: LayoutChoice;
  result: Record<string, unknown>;
}

const GB = 1e9;
const NO_SHAPE: TransformerShape = { layers: 1, hidden: 0, heads: 1 };

export function statesFor(
  input: Pick<TrainInput, "mode" | "params" | "precision" | "shape" | "rank" | "targets">,
  mode: TrainMode = input.mode,
): {
  states: ModelStates;
  adapters?: number;
} {
  if (mode === "train" || mode === "full") return { states: adamStates(input.params) };
  const shape = input.shape;
  const adapters = shape ? loraParams(shape, input.rank, input.targets) : 0;
  return mode === "lora"
    ? { states: loraStates(input.params, adapters, input.precision), adapters }
    : { states: qloraStates(input.params, adapters, qloraKept(input.shape)), adapters };
}

/** QLoRA's parameters left in bf16 (embedding and untied head), when the vocabulary is known. */
function qloraKept(shape: TrainInput["shape"]): number {
  return shape?.vocab ? qloraUnquantized(shape.vocab, shape.hidden, shape.tied ?? false) : 0;
}

function constraintsFor(input: TrainInput, overrides: Partial<LayoutConstraints> = {}): LayoutConstraints {
  // Object.assign on a small literal, not `{ ...fixed, key, ...overrides }` (slow on Node 20); the
  // fixed parts name none of the four keys set here, so the values are the same.
  const constraints: LayoutConstraints = {
    microBatch: input.microBatch,
    sequenceLength: input.shape ? input.sequenceLength : 0,
    attention: input.attention,
    nodeSize: input.nodeSize,
  };
  return Object.assign(constraints, input.fixed, overrides);
}

const usableOf = (gpu: Gpu) => gpu.memoryGB * GB * USABLE_MEMORY_FRACTION;

/** A layout as the row shows it: `TP 8 × PP 2 × DP 1, ZeRO-1, selective recompute`. */
export function layoutText(choice: LayoutChoice): Text {
  const { zero, recompute } = choice.layout;
  // Counts grouped as every other count of a reply is (DP 66,672).
  const tp = num("grouped", choice.layout.tp);
  const pp = num("grouped", choice.layout.pp);
  const dp = num("grouped", choice.layout.dp);
  // Each recomputation worded whole in its language ("none recompute" is no phrase).
  const key =
    recompute === "none"
      ? "layout.trainNoRecompute"
      : recompute === "full"
        ? "layout.trainFullRecompute"
        : "layout.trainSelectiveRecompute";
  return text(key, { tp, pp, dp, zero });
}

export function cardsText(gpus: number, gpu: Gpu, nodeSize: number): Text {
  const nodes = Math.ceil(gpus / nodeSize);
  // Every digit, grouped (16,384 GPUs = 2,048 nodes), as the other counts of a reply are written.
  return nodes === 1
    ? text("layout.cardsOneNode", { gpus: num("grouped", gpus), gpu: gpu.name, node: nodeSize })
    : text("layout.cards", {
        gpus: num("grouped", gpus),
        gpu: gpu.name,
        nodes: num("grouped", nodes),
        node: nodeSize,
      });
}

export function trainingReply(input: TrainInput): TrainOutput {
  const { states, adapters } = statesFor(input);
  const shape = input.shape ?? NO_SHAPE;
  const usable = usableOf(input.gpu);
  const rows: Row[] = [];
  const notes: Text[] = [];
  const warnings: Text[] = [];
  const choice = searchLayout(states, shape, constraintsFor(input), usable);
  warnings.push(...fixedTpWarnings(input));

  if (adapters !== undefined && !input.shape) notes.push(text("note.adaptersNeedShape"));
  if (adapters !== undefined && input.shape) {
    rows.push(
      row(
        "row.adapters",
        "params",
        adapters,
        input.targets === "all"
          ? formula("lora.adaptersAll", { L: num("plain", input.shape.layers), r: num("plain", input.rank) })
          : formula("lora.adaptersAttention", {
              L: num("plain", input.shape.layers),
              r: num("plain", input.rank),
              width: num(
                "count",
                2 * (shape.hidden + shape.heads * (input.shape?.headDim ?? 0)) +
                  2 * (shape.hidden + (input.shape?.kvHeads ?? 0) * (input.shape?.headDim ?? 0)),
              ),
            }),
      ),
    );
  }

  if (choice) {
    const m = choice.memory;
    const l = choice.layout;
    // With pipeline stages and a vocabulary, the first stage also holds the input embedding: its
    // share of each state is not 1/(t·p), and the formula shows the share that gives the value.
    const share = firstStageShare(states, shape, l);
    const embedding = shape.vocab ? Math.min((shape.vocab * shape.hidden) / states.params, 1) : 0;
    // Uneven stages (p not dividing L): the fullest holds ⌈L/p⌉ layers, and each share shows it.
    const uneven = unevenStages(shape, l.pp);
    const firstStage =
      Math.abs(share * l.tp * l.pp - 1) > 1e-9
        ? (id: FormulaId, whole: number, perGpu: number, sharded: boolean) =>
            uneven
              ? formula(stageFormula(id, embedding > 0), {
                  sharded: symbol(sharded && l.dp > 1 ? ` (÷ d ${l.dp} included)` : ""),
                  gb: num("count", whole / GB),
                  share: num("plain", roundedTo(perGpu / whole, 4)),
                  L: num("plain", shape.layers),
                  p: num("plain", l.pp),
                  stage: num("plain", fullestStageLayers(shape, l.pp)),
                  ...(embedding > 0 ? { e: num("sig3", embedding) } : {}),
                })
              : formula(id, {
                  sharded: symbol(sharded && l.dp > 1 ? ` (÷ d ${l.dp} included)` : ""),
                  gb: num("count", whole / GB),
                  share: num("plain", roundedTo(perGpu / whole, 4)),
                  ...(id === "train.weightsFirstStage" || id === "train.weightsAdaptedFirstStage"
                    ? { e: num("sig3", embedding) }
                    : {}),
                })
        : undefined;
    rows.push(
      { label: text("row.layout"), value: { kind: "message", text: layoutText(choice) } },
      {
        label: text("row.cards"),
        value: { kind: "message", text: cardsText(m.gpus, input.gpu, input.nodeSize) },
        formula: formula("train.cards", {
          tp: num("plain", l.tp),
          pp: num("plain", l.pp),
          dp: num("grouped", l.dp),
          gpus: num("grouped", m.gpus),
        }),
      },
      row(
        "row.weightsPerGpu",
        "bytes",
        m.weights,
        // With the embedding on the first stage (or uneven stages) the share is not 1/(t·p): the
        // formula shows the share that gives the value, for LoRA and QLoRA too.
        firstStage
          ? firstStage(
              uneven || !(input.mode === "lora" || input.mode === "qlora")
                ? "train.weightsFirstStage"
                : "train.weightsAdaptedFirstStage",
              states.weights,
              m.weights,
              l.zero >= 3,
            )
          : weightsFormula(input, states, l.tp * l.pp, l.zero >= 3 ? l.dp : 1),
      ),
      row(
        "row.gradientsPerGpu",
        "bytes",
        m.gradients,
        firstStage
          ? firstStage("train.gradientsFirstStage", states.gradients, m.gradients, l.zero >= 2)
          : formula(l.zero >= 2 ? "train.gradientsSharded" : "train.gradients"),
      ),
      row(
        "row.optimizerPerGpu",
        "bytes",
        m.optimizer,
        firstStage
          ? firstStage("train.optimizerFirstStage", states.optimizer, m.optimizer, l.zero >= 1)
          : formula(l.zero >= 1 ? "train.optimizerSharded" : "train.optimizer"),
      ),
    );
    if (input.shape) {
      rows.push(row("row.activationsPerGpu", "bytes", m.activations, activationFormula(input.shape, choice)));
    }
    if (m.gatherBuffer > 0)
      rows.push(
        row(
          "row.gatherBuffer",
          "bytes",
          m.gatherBuffer,
          formula("train.gatherBuffer", {
            weights: num("count", states.weights / GB),
            L: num("plain", shape.layers),
            t: num("plain", l.tp),
          }),
        ),
      );
    rows.push(
      row(
        "row.perGpu",
        "bytes",
        m.perGpu,
        formula("train.perGpu", {
          total: num("count", m.perGpu / GB),
          fraction: num("plain", USABLE_MEMORY_FRACTION),
          memory: num("plain", input.gpu.memoryGB),
          usable: num("count", usable / GB),
        }),
      ),
    );
    if (input.shape) {
      notes.push(
        text("note.layoutSearch", {
          node: input.nodeSize,
          heads: shape.heads,
          layers: shape.layers,
          percent: USABLE_MEMORY_FRACTION * 100,
        }),
        ...kvHeadsNote(shape, input.nodeSize),
        uneven
          ? text("note.unevenStages", {
              layers: shape.layers,
              pp: l.pp,
              fullest: fullestStageLayers(shape, l.pp),
              average: num("plain", roundedTo(shape.layers / l.pp, 4)),
              inFlight: stageLayersInFlight(shape, l.pp),
            })
          : text("note.pipelineInFlight"),
        text(
          input.attention === "flash"
            ? shape.gated
              ? "note.flashAttentionGated"
              : "note.flashAttention"
            : shape.gated
              ? "note.unfusedAttentionGated"
              : "note.unfusedAttention",
        ),
      );
    }
  } else {
    warnings.push(text("note.noLayoutFits", { gpu: input.gpu.name }));
    // Without a shape only t = p = 1 is searched; below ZeRO-3 every card then keeps what its
    // stage does not shard (ZeRO-0 all 16 B a parameter, ZeRO-2 the weights), which no d shrinks.
    const { zero, tp, pp } = input.fixed;
    const dataOnly = !input.shape && tp === undefined && pp === undefined;
    const kept = dataOnly && zero !== undefined && zero < 3 ? unshardedStateBytes(states, zero) : 0;
    const why = zero === undefined ? undefined : NO_SHAPE_NOTES[zero];
    if (why && kept > usable) {
      notes.push(
        text(why, {
          gb: num("count", kept / GB),
          usable: num("count", usable / GB),
        }),
      );
    }
    if (input.shape) rows.push(smallestActivationsRow(input, shape));
    notes.push(...whatWouldFit(input, states, shape));
  }
  if (!input.shape) notes.push(text("note.activationsNeedShape"));
  if (input.mode === "lora") {
    notes.push(text("note.lora", { rank: input.rank, targets: input.targets, precision: input.precision }));
  }
  if (input.mode === "qlora") {
    notes.push(
      text("note.qlora", {
        rank: input.rank,
        targets: input.targets,
        bits: num("fixed3", NF4_DOUBLE_QUANT_BITS),
      }),
    );
    const kept = qloraKept(input.shape);
    notes.push(
      kept > 0
        ? text(input.shape?.tied ? "note.qloraKeptTied" : "note.qloraKeptUntied", {
            kept: num("params", kept),
          })
        : text("note.qloraKeptUnknown"),
    );
  }
  const oneCard = input.mode !== "train" ? oneCardComparison(input) : undefined;
  if (oneCard) rows.push(...oneCard.rows);

  const result: Record<string, unknown> = {};
  if (choice) {
    const { layout, memory } = choice;
    result.layout = {
      tp: layout.tp,
      pp: layout.pp,
      dp: layout.dp,
      zero: layout.zero,
      sequenceParallel: layout.sequenceParallel,
      recompute: layout.recompute,
      microBatch: layout.microBatch,
      sequenceLength: layout.sequenceLength,
      attention: layout.attention,
      gpus: memory.gpus,
      nodes: Math.ceil(memory.gpus / input.nodeSize),
      nodeSize: input.nodeSize,
      bytesPerGpu: memory.perGpu,
      perGpu: {
        weights: memory.weights,
        gradients: memory.gradients,
        optimizer: memory.optimizer,
        activations: memory.activations,
        gatherBuffer: memory.gatherBuffer,
      },
    };
  } else {
    result.layout = null;
  }
  if (adapters !== undefined) result.adapterParams = adapters;
  if (oneCard) result.oneCard = oneCard.result;
  return {
    rows,
    notes,
    warnings,
    states,
    ...(adapters !== undefined ? { adapters } : {}),
    ...(choice ? { choice } : {}),
    result,
  };
}

/**
 * A typed t a cluster would not train with: over more than one node (tensor parallelism's
 * per-layer all-reduces then cross the inter-node network; Narayanan et al. 2021, §3.3, Takeaway #1:
 * t up to the GPUs of one server, then pipeline stages across servers), or not dividing the KV heads
 * (Megatron-LM asserts num_query_groups ÷ t). The layout is still worked out as typed.
 */
function fixedTpWarnings(input: TrainInput): Text[] {
  const tp = input.fixed.tp;
  if (tp === undefined) return [];
  const out: Text[] = [];
  if (tp > input.nodeSize) out.push(text("note.tpAcrossNodes", { tp, node: input.nodeSize }));
  const kv = input.shape?.kvHeads;
  if (kv && kv % tp !== 0) out.push(text("note.tpKvHeads", { tp, kv }));
  return out;
}

/** When the KV heads rule out a t the query heads allow (GQA with few KV heads): the note saying so. */
function kvHeadsNote(shape: TransformerShape, nodeSize: number): Text[] {
  const allowed = trainingTensorParallelSizes(shape, nodeSize);
  const byHeads = tensorParallelSizes(shape.heads, nodeSize);
  if (allowed.length === byHeads.length) return [];
  return [
    text("note.kvHeadsTp", {
      kv: shape.kvHeads ?? shape.heads,
      heads: shape.heads,
      most: Math.max(...allowed),
    }),
  ];
}

/** The uneven-stage form of a first-stage share's formula, with or without the embedding's e. */
function stageFormula(id: FormulaId, withEmbedding: boolean): FormulaId {
  const state =
    id === "train.weightsFirstStage"
      ? "weights"
      : id === "train.gradientsFirstStage"
        ? "gradients"
        : "optimizer";
  return `train.${state}Stage${withEmbedding ? "" : "NoVocab"}` as FormulaId;
}

function weightsFormula(input: TrainInput, states: ModelStates, split: number, dp: number): FormulaRef {
  const splitInput = num("grouped", split * dp);
  const gb = num("count", states.weights / GB);
  const kept = input.mode === "qlora" ? qloraKept(input.shape) : 0;
  return input.mode === "qlora"
    ? kept > 0
      ? formula("train.weightsQloraKept", {
          split: splitInput,
          gb,
          bits: num("fixed3", NF4_DOUBLE_QUANT_BITS),
          kept: num("params", kept),
        })
      : formula("train.weightsQlora", { split: splitInput, gb, bits: num("fixed3", NF4_DOUBLE_QUANT_BITS) })
    : input.mode === "lora"
      ? formula("train.weightsLora", {
          split: splitInput,
          gb,
          bytes: num("plain", BYTES_PER_VALUE[input.precision]),
        })
      : formula("train.weights", { split: splitInput, gb });
}

function activationFormula(shape: TransformerShape, choice: LayoutChoice): FormulaRef {
  const { tp: t, recompute, sequenceParallel, attention, sequenceLength: s, microBatch: b } = choice.layout;
  const form =
    recompute === "full"
      ? "Full"
      : recompute === "none" && attention === "unfused"
        ? sequenceParallel || t === 1
          ? "UnfusedSp"
          : "Unfused"
        : sequenceParallel || t === 1
          ? "Sp"
          : "Selective";
  // A Llama-style layer has its own forms, its widths shown beside s, b, h and t.
  const gated = shape.gated;
  const id = `train.activations${gated ? "Gated" : ""}${form}` as const;
  const base = {
    L: num("plain", shape.layers),
    s: num("tokens", s),
    b: num("plain", b),
    h: num("count", shape.hidden),
    t: num("plain", t),
  };
  const params = gated
    ? extended(base, {
        nq: num("plain", shape.heads),
        nkv: num("plain", shape.kvHeads ?? shape.heads),
        dh: num("plain", gated.headDim),
        f: num("count", gated.ffn),
      })
    : base;
  // Uneven stages: p micro-batches in flight for the fullest stage's ⌈L/p⌉ layers.
  if (unevenStages(shape, choice.layout.pp)) {
    const { L: _layers, ...rest } = params;
    return formula(
      `${id}Stage`,
      extended(rest, {
        p: num("plain", choice.layout.pp),
        stage: num("plain", fullestStageLayers(shape, choice.layout.pp)),
      }),
    );
  }
  // With p = 1 the value holds the output layer too (firstStageActivationBytes): so does its form.
  return choice.layout.pp === 1 && shape.vocab
    ? formula(`${id}Out`, extended(params, { V: num("count", shape.vocab) }))
    : formula(id, params);
}

/** Why ZeRO-0, -1 and -2 without a shape fit on no d: what each card keeps unsharded. */
const NO_SHAPE_NOTES: Readonly<Record<ZeroStage, string | undefined>> = {
  0: "note.noLayoutNoShape0",
  1: "note.noLayoutNoShape1",
  2: "note.noLayoutNoShape2",
  3: undefined,
};

/** When nothing fits: the first of full recomputation, micro-batch 1, a bigger card that would. */
function whatWouldFit(input: TrainInput, states: ModelStates, shape: TransformerShape): Text[] {
  const out: Text[] = [];
  const usable = usableOf(input.gpu);
  const describe = (choice: LayoutChoice, gpu: Gpu) => layoutSummary(choice, gpu.name);
  if (input.fixed.recompute !== "full") {
    const c = searchLayout(states, shape, constraintsFor(input, { recompute: "full" }), usable);
    if (c) out.push(text("note.wouldFitRecompute", { layout: describe(c, input.gpu) }));
  }
  if (input.microBatch > 1) {
    const c = searchLayout(states, shape, constraintsFor(input, { microBatch: 1 }), usable);
    if (c) out.push(text("note.wouldFitBatch", { layout: describe(c, input.gpu) }));
  }
  const bigger = [...GPUS]
    .filter((g) => g.memoryGB > input.gpu.memoryGB)
    .sort((a, b) => a.memoryGB - b.memoryGB);
  for (const gpu of bigger) {
    const c = searchLayout(states, shape, constraintsFor(input), usableOf(gpu));
    if (c) {
      out.push(text("note.wouldFitGpu", { gpu: gpu.name, memory: gpu.memoryGB, layout: describe(c, gpu) }));
      break;
    }
  }
  // Without a shape no activations are counted: "nothing fits at this sequence length" would be wrong.
  if (out.length === 0 && input.shape) out.push(text("note.wouldFitNothing"));
  return out;
}

/** Why nothing fits: the least activation memory any layout leaves on one GPU (largest t, most recomputation). */
function smallestActivationsRow(input: TrainInput, shape: TransformerShape): Row {
  const tp = input.fixed.tp ?? Math.max(...trainingTensorParallelSizes(shape, input.nodeSize));
  const recompute = input.fixed.recompute ?? "full";
  const layout = {
    tp,
    // The least activations: a p > 1 that divides the layers holds L layers' worth (an uneven one more).
    pp: divisors(shape.layers)[1] ?? 2,
    dp: 1,
    zero: 0 as const,
    sequenceParallel: input.fixed.sequenceParallel ?? tp > 1,
    recompute,
    microBatch: input.microBatch,
    sequenceLength: input.sequenceLength,
    attention: input.attention,
  };
  const bytes = firstStageActivationBytes(shape, layout);
  return row(
    "row.activationsPerGpu",
    "bytes",
    bytes,
    formula("train.leastActivations", {
      tp: num("plain", tp),
      recompute: symbol(recompute),
      gb: num("count", bytes / GB),
      usable: num("count", usableOf(input.gpu) / GB),
    }),
  );
}

/**
 * "Can I fine-tune it on one card": full, LoRA and QLoRA side by side on one GPU (t = p = d = 1),
 * each with selective recomputation, or full recomputation when only that fits.
 */
function oneCardComparison(input: TrainInput): { rows: Row[]; result: Record<string, unknown> } {
  const shape = input.shape ?? NO_SHAPE;
  const usable = usableOf(input.gpu);
  const rows: Row[] = [];
  const result: Record<string, unknown> = {};
  for (const mode of ["full", "lora", "qlora"] as const) {
    const { states } = statesFor(input, mode);
    const tried = (input.fixed.recompute ? [input.fixed.recompute] : (["selective", "full"] as const)).map(
      (recompute) => ({
        recompute,
        memory: layoutMemory(states, shape, {
          tp: 1,
          pp: 1,
          dp: 1,
          zero: 0,
          sequenceParallel: false,
          recompute,
          microBatch: input.microBatch,
          sequenceLength: input.shape ? input.sequenceLength : 0,
          attention: input.attention,
        }),
      }),
    );
    const pick = tried.find((x) => x.memory.perGpu <= usable) ?? tried[tried.length - 1];
    if (!pick) continue;
    const fits = pick.memory.perGpu <= usable;
    rows.push(
      row(
        `row.oneCard.${mode}`,
        "bytes",
        pick.memory.perGpu,
        formula(fits ? "train.oneCardFits" : "train.oneCardTooBig", {
          // Bytes as the row writes them (1.13 TB, 72 GB), never `1.13K GB`.
          gb: num("byteSize", pick.memory.perGpu),
          usable: num("byteSize", usable),
          recompute: symbol(pick.recompute),
          s: num("tokens", input.sequenceLength),
          b: num("plain", input.microBatch),
        }),
      ),
    );
    result[mode] = { bytes: pick.memory.perGpu, fits, recompute: pick.recompute };
  }
  return { rows, result };
}
