import { isUserError, UserError } from "../core/errors.ts";
import { parsePositiveCount } from "../core/quantity.ts";
import { modelOfSize } from "../core/runs/lookup.ts";
import type { ParsedLine } from "./parseLine.ts";

/** `kv cache`, `KV-cache`, `KV 快取`, `KV 緩存`: the line asks what the KV cache takes. */
const ASKS_KV = /\bkv\b|kv-?cache|kv\s*(?:快取|緩存|缓存)/i;

/** A model whose shape the catalog holds (Llama 3 8B: 32 layers, 8 KV heads of 128), asked as cards asks it. */
const KV_MODEL_EXAMPLE = "cards llama-3-8b mode=infer";

/** The options that give the cache its shape (or a model that fills them in). */
const SHAPE = ["layers", "kv-heads", "heads", "head-dim", "hidden", "kv-latent"] as const;

/** A serving question, as cards reads one (its default mode, or named). */
const SERVING = new Set([undefined, "infer", "inference", "serve", "serving"]);

/** Tokens in a context as typed (`32k` is 32,768, as model cards write it). */
function contextOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const k = /^\s*(\d+)\s*k\s*$/i.exec(text);
  try {
    return k ? Number(k[1]) * 1024 : parsePositiveCount(text);
  } catch {
    return undefined;
  }
}

/**
 * A serving line asking the KV cache of a size alone (no model named, no shape given): no GPU is
 * assumed for it (respond.ts), so that it is refused for the shape it lacks (kvShapeError).
 */
export function asksKvOfBareSize(parsed: ParsedLine, line: string): boolean {
  const { command, raw } = parsed;
  if (command.name !== "cards" || parsed.preset || !SERVING.has(raw.mode) || !ASKS_KV.test(line))
    return false;
  return raw.params !== undefined && !SHAPE.some((option) => raw[option] !== undefined);
}

/**
 * `KV cache for a 7B model at 32k context`, refused for want of gpu=: what the cache needs is the
 * model's shape (layers, KV heads, head dimension), which a size alone does not give. The error
 * says so, naming a published model of that size whose shape the catalog holds (its shape given
 * too), with that model's question as the example. Undefined for any other refusal.
 */
export function kvShapeError(
  parsed: ParsedLine | undefined,
  error: unknown,
  line: string,
): UserError | undefined {
  if (!parsed || !isUserError(error) || error.id !== "args.missing") return undefined;
  // `kv cache per token`, `kv cache` alone: no model, no size; the model is what to give (a size
  // alone would be refused next for its shape).
  if (
    error.params.option === "params" &&
    parsed.command.name === "cards" &&
    !parsed.preset &&
    SERVING.has(parsed.raw.mode) &&
    ASKS_KV.test(line) &&
    !SHAPE.some((option) => parsed.raw[option] !== undefined)
  )
    return new UserError("cards.kvNeedsModel", { commandExample: KV_MODEL_EXAMPLE });
  if (error.params.option !== "gpu") return undefined;
  if (!asksKvOfBareSize(parsed, line)) return undefined;
  const { raw } = parsed;
  if (raw.params === undefined) return undefined;
  let params: number;
  try {
    params = parsePositiveCount(raw.params);
  } catch {
    return undefined;
  }
  const context = contextOf(raw.context);
  const model = modelOfSize(params, context);
  if (model?.architecture.kind !== "decoder") return undefined;
  const { layers, heads, hidden } = model.architecture;
  const kvHeads = model.architecture.kvHeads ?? heads;
  const headDim = model.architecture.headDim ?? hidden / heads;
  const contextWord = raw.context === undefined ? [] : [`context=${raw.context}`];
  return new UserError("cards.kvNeedsShape", {
    params: raw.params,
    model: model.id,
    layers: String(layers),
    kvHeads: String(kvHeads),
    headDim: String(headDim),
    commandExample: ["cards", model.id, "mode=infer", ...contextWord].join(" "),
  });
}

/**
 * `kv cache per token`, `per-token KV cache`, `每個 token 的 KV cache`, as typed: one token's cache
 * asked (normalize.ts leaves its words out, since the answer's KV row holds it as its first factor).
 */
const KV_PER_TOKEN =
  /kv[\s-]*(?:cache|快取|緩存|缓存)?\s*(?:per[\s-]+token|每\s*(?:一\s*)?個?\s*token)|(?:per[\s-]+token|每\s*(?:一\s*)?個?\s*token\s*的?)\s*kv(?:[\s-]*(?:cache|快取|緩存|缓存))?/i;

export function kvPerTokenAsked(line: string): string | undefined {
  return KV_PER_TOKEN.exec(line)?.[0];
}
