import * as z from "zod";
import { UserError } from "../errors.ts";
import { extended } from "../extended.ts";
import { nearest } from "../suggest.ts";
import { convParams } from "./conv.ts";
import { denseParams } from "./dense.ts";
import { embeddingParams } from "./embedding.ts";
import { batchNormParams, layerNormParams, rmsNormParams } from "./norm.ts";
import { recurrentParams } from "./rnn.ts";
import type { ParamCount, ParamPart } from "./types.ts";
import { sumParts } from "./validate.ts";

/** Most layers accepted in one network (input is chat text). */
export const MAX_LAYERS = 100;
/** Largest single size (width, channels, vocabulary, kernel side) accepted in a layer. */
export const MAX_SIZE = 1e9;

const size = z.number().int().min(1).max(MAX_SIZE);

/** Layers without trainable parameters (pooling, reshaping, activations). */
export const ZERO_PARAM_KINDS = [
  "maxpool",
  "avgpool",
  "globalmaxpool",
  "globalavgpool",
  "flatten",
  "reshape",
  "upsample",
  "identity",
  "add",
  "concat",
  "relu",
  "leakyrelu",
  "elu",
  "gelu",
  "silu",
  "swish",
  "tanh",
  "sigmoid",
  "softmax",
] as const;

/** One layer of a network, as data (also the validator for layers that arrive from outside). */
export const LayerSpec = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("dense"), inputs: size, outputs: size, bias: z.boolean().optional() }),
  z.strictObject({
    kind: z.literal("conv"),
    kernel: z.array(size).min(1).max(3),
    inChannels: size,
    outChannels: size,
    groups: size.optional(),
    bias: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal("embedding"), vocab: size, dim: size }),
  z.strictObject({ kind: z.literal("layernorm"), dim: size, bias: z.boolean().optional() }),
  z.strictObject({ kind: z.literal("rmsnorm"), dim: size }),
  z.strictObject({ kind: z.literal("batchnorm"), channels: size }),
  z.strictObject({
    kind: z.enum(["rnn", "lstm", "gru"]),
    inputs: size,
    hidden: size,
    convention: z.enum(["keras", "pytorch"]).optional(),
    resetAfter: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal("dropout"), rate: z.number().min(0).max(1).optional() }),
  z.strictObject({ kind: z.enum(ZERO_PARAM_KINDS) }),
]);
export type LayerSpec = z.infer<typeof LayerSpec>;
export type LayerKind = LayerSpec["kind"];

const ZERO: ParamCount = { total: 0, nonEmbedding: 0, parts: [] };

/** Parameters of one layer, from the per-kind functions (dense.ts, conv.ts, …). */
export function layerParams(layer: LayerSpec): ParamCount {
  switch (layer.kind) {
    case "dense":
      return denseParams(layer);
    case "conv":
      return convParams(layer);
    case "embedding":
      return embeddingParams(layer);
    case "layernorm":
      return layerNormParams(layer.dim, layer.bias);
    case "rmsnorm":
      return rmsNormParams(layer.dim);
    case "batchnorm":
      return batchNormParams(layer.channels);
    case "rnn":
    case "lstm":
    case "gru":
      return recurrentParams(extended(layer, { cell: layer.kind, convention: layer.convention ?? "keras" }));
    default:
      return ZERO;
  }
}

/**
 * A network as a list of layers: the sum of its layers (Keras model.summary() "Trainable params";
 * PyTorch sum(p.numel() for p in model.parameters() if p.requires_grad)). One part per layer,
 * id = kind and index = position (zero-parameter layers included); nonEmbedding excludes
 * embedding layers.
 */
export function networkParams(layers: readonly LayerSpec[]): ParamCount {
  if (layers.length > MAX_LAYERS) {
    throw new UserError("params.tooManyLayers", { max: MAX_LAYERS, count: layers.length });
  }
  const parts: ParamPart[] = layers.map((layer, index) => ({
    id: layer.kind,
    index,
    params: layerParams(layer).total,
  }));
  const total = sumParts(parts);
  const embedding = sumParts(parts.filter((part) => part.id === "embedding"));
  return { total, nonEmbedding: total - embedding, parts };
}

// ---------------------------------------------------------------------------------------------
// The chat grammar: "dense 784->128, conv2d 3x3 3->64 groups=1, lstm 64->128 pytorch, flatten".

type ConvDims = 1 | 2 | 3 | undefined;
type Syntax =
  | { kind: "dense" }
  | { kind: "conv"; dims: ConvDims }
  | { kind: "embedding" | "layernorm" | "rmsnorm" | "batchnorm" | "dropout" }
  | { kind: "rnn" | "lstm" | "gru" }
  | { kind: (typeof ZERO_PARAM_KINDS)[number] };

/** Accepted names (lower case; Keras class names lower-cased included) → what they parse as. */
const NAMES: Readonly<Record<string, Syntax>> = {
  dense: { kind: "dense" },
  linear: { kind: "dense" },
  fc: { kind: "dense" },
  conv: { kind: "conv", dims: undefined },
  conv1d: { kind: "conv", dims: 1 },
  conv2d: { kind: "conv", dims: 2 },
  conv3d: { kind: "conv", dims: 3 },
  embedding: { kind: "embedding" },
  embed: { kind: "embedding" },
  layernorm: { kind: "layernorm" },
  layernormalization: { kind: "layernorm" },
  rmsnorm: { kind: "rmsnorm" },
  batchnorm: { kind: "batchnorm" },
  batchnorm1d: { kind: "batchnorm" },
  batchnorm2d: { kind: "batchnorm" },
  batchnormalization: { kind: "batchnorm" },
  rnn: { kind: "rnn" },
  simplernn: { kind: "rnn" },
  lstm: { kind: "lstm" },
  gru: { kind: "gru" },
  dropout: { kind: "dropout" },
  maxpool1d: { kind: "maxpool" },
  maxpool2d: { kind: "maxpool" },
  maxpooling1d: { kind: "maxpool" },
  maxpooling2d: { kind: "maxpool" },
  avgpool1d: { kind: "avgpool" },
  avgpool2d: { kind: "avgpool" },
  averagepooling1d: { kind: "avgpool" },
  averagepooling2d: { kind: "avgpool" },
  globalaveragepooling1d: { kind: "globalavgpool" },
  globalaveragepooling2d: { kind: "globalavgpool" },
  globalmaxpooling1d: { kind: "globalmaxpool" },
  globalmaxpooling2d: { kind: "globalmaxpool" },
  ...Object.fromEntries(ZERO_PARAM_KINDS.map((kind) => [kind, { kind }])),
};

/** One name per layer kind (the first declared), for the error that lists them. */
function layerNames(): string[] {
  const seen = new Map<string, string>();
  for (const [name, syntax] of Object.entries(NAMES)) if (!seen.has(syntax.kind)) seen.set(syntax.kind, name);
  return [...seen.values()];
}

const EXAMPLES: Readonly<Record<string, string>> = {
  dense: "dense 784->128",
  conv: "conv2d 3x3 3->64",
  embedding: "embedding 20000x128",
  layernorm: "layernorm 512",
  rmsnorm: "rmsnorm 512",
  batchnorm: "batchnorm 64",
  rnn: "rnn 10->20",
  lstm: "lstm 64->128",
  gru: "gru 64->128",
  dropout: "dropout 0.5",
};
const DEFAULT_EXAMPLE = "dense 784->128";
const SHOWN = 80;

const MULTIPLIERS: Readonly<Record<string, number>> = { "": 1, k: 1e3, m: 1e6, b: 1e9, g: 1e9 };
const NUMBER = /^(\d+(?:\.\d+)?)([kmbg]?)$/;
const SHAPE = /^[\d.kmbg]+(?:x[\d.kmbg]+)*$/;
const OPTION = /^([a-z_]+)=([\w.]+)$/;
/** Options accepted and ignored because they do not change the parameter count. */
const IGNORED_OPTIONS = new Set(["stride", "strides", "padding", "dilation", "activation", "pool", "size"]);

class SyntaxFailure extends Error {}

function fail(): never {
  throw new SyntaxFailure();
}

/** "784", "20k", "1.5M" → a whole number; anything else fails. */
function whole(token: string): number {
  const match = NUMBER.exec(token) ?? fail();
  const value = Number(match[1]) * (MULTIPLIERS[match[2] ?? ""] ?? 1);
  return Number.isSafeInteger(value) ? value : fail();
}

function list(token: string, separator: string): number[] {
  return token.split(separator).map(whole);
}

function flag(value: string): boolean {
  if (value === "true" || value === "yes" || value === "1") return true;
  if (value === "false" || value === "no" || value === "0") return false;
  return fail();
}

/** Splits a layer's arguments into arrows ("a>b"), bare values, words and key=value options. */
function classify(args: readonly string[]) {
  const arrows: number[][] = [];
  const values: string[] = [];
  const words = new Set<string>();
  const options = new Map<string, string>();
  for (const arg of args) {
    const option = OPTION.exec(arg);
    if (option) {
      const key = (option[1] ?? "").replaceAll("_", "");
      if (options.has(key)) fail();
      options.set(key, option[2] ?? "");
    } else if (arg.includes(">")) arrows.push(list(arg, ">"));
    else if (/^[a-z]+$/.test(arg)) words.add(arg);
    else values.push(arg);
  }
  return { arrows, values, words, options };
}

type Parts = ReturnType<typeof classify>;

/** Takes the bias setting (nobias / bias=false) out of the parts; undefined when not given. */
function takeBias(parts: Parts): boolean | undefined {
  let bias: boolean | undefined;
  if (parts.words.delete("nobias")) bias = false;
  const option = parts.options.get("bias");
  if (option !== undefined) {
    parts.options.delete("bias");
    bias = flag(option);
  }
  return bias;
}

/** Fails when anything is left that the layer did not use (ignorable options aside). */
function done(parts: Parts): void {
  for (const key of parts.options.keys()) if (!IGNORED_OPTIONS.has(key)) fail();
  if (parts.arrows.length > 0 || parts.values.length > 0 || parts.words.size > 0) fail();
}

function onlyArrow(parts: Parts, length: number): number[] {
  const arrow = parts.arrows.shift() ?? fail();
  return arrow.length === length ? arrow : fail();
}

function parseLayer(syntax: Syntax, args: readonly string[]): object[] {
  const parts = classify(args);
  switch (syntax.kind) {
    case "dense": {
      const bias = takeBias(parts);
      const chain = parts.arrows.shift() ?? fail();
      done(parts);
      if (chain.length < 2 || chain.length > MAX_LAYERS + 1) fail();
      return chain.slice(1).map((outputs, i) => ({ kind: "dense", inputs: chain[i], outputs, bias }));
    }
    case "conv": {
      const bias = takeBias(parts);
      const [inChannels, outChannels] = onlyArrow(parts, 2);
      const kernel = list(parts.values.shift() ?? fail(), "x");
      const dims = syntax.dims ?? kernel.length;
      const full = kernel.length === 1 ? Array.from({ length: dims }, () => kernel[0]) : kernel;
      if (full.length !== dims) fail();
      const depthwise = parts.words.delete("depthwise");
      const groupsOption = parts.options.get("groups");
      parts.options.delete("groups");
      if (depthwise && groupsOption !== undefined) fail();
      const groups = depthwise ? inChannels : groupsOption === undefined ? undefined : whole(groupsOption);
      done(parts);
      return [{ kind: "conv", kernel: full, inChannels, outChannels, groups, bias }];
    }
    case "embedding": {
      const shape = parts.arrows.length > 0 ? onlyArrow(parts, 2) : list(parts.values.shift() ?? fail(), "x");
      done(parts);
      if (shape.length !== 2) fail();
      return [{ kind: "embedding", vocab: shape[0], dim: shape[1] }];
    }
    case "layernorm":
    case "rmsnorm":
    case "batchnorm": {
      const bias = syntax.kind === "layernorm" ? takeBias(parts) : undefined;
      const n = whole(parts.values.shift() ?? fail());
      done(parts);
      if (syntax.kind === "batchnorm") return [{ kind: "batchnorm", channels: n }];
      return [
        syntax.kind === "layernorm" ? { kind: "layernorm", dim: n, bias } : { kind: "rmsnorm", dim: n },
      ];
    }
    case "rnn":
    case "lstm":
    case "gru": {
      const [inputs, hidden] = onlyArrow(parts, 2);
      const pytorch = parts.words.delete("pytorch") || parts.words.delete("torch");
      const keras = parts.words.delete("keras");
      if (pytorch && keras) fail();
      const resetOption = parts.options.get("resetafter");
      parts.options.delete("resetafter");
      if (resetOption !== undefined && syntax.kind !== "gru") fail();
      const resetAfter = resetOption === undefined ? undefined : flag(resetOption);
      done(parts);
      const convention = pytorch ? "pytorch" : keras ? "keras" : undefined;
      return [{ kind: syntax.kind, inputs, hidden, convention, resetAfter }];
    }
    case "dropout": {
      const rateText = parts.values.shift() ?? parts.options.get("rate");
      parts.options.delete("rate");
      if (rateText !== undefined && !/^(?:\d+\.?\d*|\.\d+)$/.test(rateText)) fail();
      const rate = rateText === undefined ? undefined : Number(rateText);
      done(parts);
      return [{ kind: "dropout", rate }];
    }
    default:
      // Zero-parameter layers may carry sizes ("maxpool 2x2", "reshape 7x7x64") that do not matter.
      if (!parts.values.every((value) => SHAPE.test(value))) fail();
      parts.values.length = 0;
      done(parts);
      return [{ kind: syntax.kind }];
  }
}

/**
 * Lower-cases a piece and writes arrows as ">" and shapes as "AxB" so it splits on spaces. Each
 * rewrite runs only where its text occurs (most pieces hold one arrow and no shape).
 */
function normalize(piece: string): string {
  let out = piece.toLowerCase();
  if (out.includes("→")) out = out.replaceAll("→", ">");
  if (out.includes("=>")) out = out.replaceAll("=>", ">");
  if (out.includes("->")) out = out.replaceAll("->", ">");
  if (out.includes("×")) out = out.replaceAll("×", "x");
  if (out.includes(">")) out = out.replace(ARROW_SPACES, ">");
  if (out.includes("x")) out = out.replace(SHAPE_SPACES, "x");
  return out;
}

const ARROW_SPACES = /\s*>\s*/g;
const SHAPE_SPACES = /(?<=[\d.kmbg])\s*x\s*(?=\d)/g;

/** LayerSpec's `size`: a whole number from 1 to MAX_SIZE. */
const isSize = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_SIZE;

/**
 * A dense layer that passes LayerSpec's dense entry, as its parse returns it (kind, inputs,
 * outputs, then bias when given), checked without a zod parse per layer: most layers are dense.
 * Anything else (another kind, a bad size) is left to LayerSpec; parseLayer gives dense specs no
 * other keys, so the strict object has nothing more to refuse.
 */
function checkedDense(spec: object): LayerSpec | undefined {
  const { kind, inputs, outputs, bias } = spec as Record<string, unknown>;
  if (kind !== "dense" || !isSize(inputs) || !isSize(outputs)) return undefined;
  if (bias === undefined) return { kind, inputs, outputs };
  return typeof bias === "boolean" ? { kind, inputs, outputs, bias } : undefined;
}

function withoutUndefined(spec: object): object {
  const out: Record<string, unknown> = {};
  // for…in over the fresh literal parseLayer built (own keys only), not an array of entries.
  for (const key in spec) {
    const value = (spec as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Parses a network written as in chat: comma-separated layers (newlines and semicolons also
 * separate), e.g. "dense 784->128, dense 128->10", "conv2d 3x3 3->64 groups=1", "lstm 64->128
 * pytorch", "embedding 20000x128", "batchnorm 64", "dropout 0.5", "flatten". Arrows: ->, →, >, =>.
 * "dense 784->128->10" is two layers. Sizes are whole numbers, optionally 20k / 1.5M.
 * Throws UserError "params.layerSyntax" { layer, example }, "params.layerUnknown" { kind,
 * suggestions (comma-separated) }, or "params.tooManyLayers" { max, count }.
 */
export function parseLayerList(text: string): LayerSpec[] {
  const pieces = text
    .split(/[,;\n]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  if (pieces.length === 0) {
    throw new UserError("params.layerSyntax", {
      layer: text.trim().slice(0, SHOWN),
      example: DEFAULT_EXAMPLE,
    });
  }
  if (pieces.length > MAX_LAYERS) {
    throw new UserError("params.tooManyLayers", { max: MAX_LAYERS, count: pieces.length });
  }
  const layers: LayerSpec[] = [];
  for (const piece of pieces) {
    const [name = "", ...args] = normalize(piece).split(/\s+/);
    const syntax = Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
    if (syntax === undefined) {
      const kind = name.slice(0, SHOWN);
      const suggestions = nearest(kind, Object.keys(NAMES)).join(", ");
      // Nothing near: the layer names there are, never an empty "Did you mean".
      throw suggestions === ""
        ? new UserError("params.layerUnknownNoSuggestion", { kind, list: layerNames().join(", ") })
        : new UserError("params.layerUnknown", { kind, suggestions });
    }
    const syntaxError = () =>
      new UserError("params.layerSyntax", {
        layer: piece.slice(0, SHOWN),
        example: EXAMPLES[syntax.kind] ?? syntax.kind,
      });
    let specs: object[];
    try {
      specs = parseLayer(syntax, args);
    } catch (error) {
      if (error instanceof SyntaxFailure) throw syntaxError();
      throw error;
    }
    for (const spec of specs) {
      const dense = checkedDense(spec);
      if (dense) {
        layers.push(dense);
        continue;
      }
      const parsed = LayerSpec.safeParse(withoutUndefined(spec));
      if (!parsed.success) throw syntaxError();
      layers.push(parsed.data);
    }
  }
  if (layers.length > MAX_LAYERS) {
    throw new UserError("params.tooManyLayers", { max: MAX_LAYERS, count: layers.length });
  }
  return layers;
}
