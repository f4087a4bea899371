import type { ParamCount, ParamPart } from "./types.ts";
import { size } from "./validate.ts";

export interface GptOptions {
  layers: number;
  /** d_model. */
  width: number;
  vocab: number;
  /** Context length; when given, learned position embeddings ctx·h are counted (GPT-2/GPT-3). */
  context?: number;
  /** Output head shares the token embedding (GPT-2, GPT-3); false adds V·h. */
  tiedHead?: boolean;
  /**
   * Transformer-XL relative positions (Dai et al. 2019 §3.3), as in Gopher and Chinchilla (Rae
   * et al. 2021 §2): one more h×h projection per layer, W_{k,R}, so about 13·L·h² instead of 12.
   */
  relativePositions?: boolean;
}

/**
 * GPT-style transformer (Kaplan et al. 2020 §2.1 / Table 1, N ≈ 12·L·h² plus biases and norms):
 * per layer attention 4h²+4h (q,k,v,o with biases), MLP 8h²+5h (h→4h→h with biases), two
 * LayerNorms 4h, i.e. 12h²+13h; final LayerNorm 2h; token embedding V·h; learned positions ctx·h;
 * an untied head V·h.
 *
 * nonEmbedding = total − token embedding − positions − untied head, so it is L·(12h²+13h) + 2h:
 * the final norm is kept (like every non-embedding weight), matching decoderParams; Kaplan's N
 * excludes only embeddings.
 */
export function gptParams({
  layers,
  width: h,
  vocab,
  context,
  tiedHead = true,
  relativePositions = false,
}: GptOptions): ParamCount {
  size("layers", layers);
  size("width", h);
  size("vocab", vocab);
  if (context !== undefined) size("context", context);
  const parts: ParamPart[] = [
    { id: "attention", params: layers * (4 * h * h + 4 * h), count: layers },
    { id: "mlp", params: layers * (8 * h * h + 5 * h), count: layers },
    { id: "norms", params: layers * 4 * h, count: layers },
    { id: "finalNorm", params: 2 * h },
    { id: "embedding", params: vocab * h },
  ];
  const relative = relativePositions ? layers * h * h : 0;
  if (relativePositions) parts.splice(2, 0, { id: "relativePositions", params: relative, count: layers });
  const positions = context === undefined ? 0 : context * h;
  if (context !== undefined) parts.push({ id: "positions", params: positions });
  const head = tiedHead ? 0 : vocab * h;
  if (!tiedHead) parts.push({ id: "head", params: head });
  const nonEmbedding = layers * (12 * h * h + 13 * h) + 2 * h + relative;
  const total = nonEmbedding + vocab * h + positions + head;
  return { total, nonEmbedding, parts };
}
