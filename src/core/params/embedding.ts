import type { ParamCount } from "./types.ts";
import { size } from "./validate.ts";

export interface EmbeddingOptions {
  vocab: number;
  dim: number;
}

/** Embedding table: vocab·dim weights, no bias (PyTorch nn.Embedding / Keras Embedding docs). All of it is embedding. */
export function embeddingParams({ vocab, dim }: EmbeddingOptions): ParamCount {
  size("vocab", vocab);
  size("dim", dim);
  const total = vocab * dim;
  return { total, nonEmbedding: 0, parts: [{ id: "embedding", params: total }] };
}
