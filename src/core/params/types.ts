/**
 * One part of a parameter count. `params` is the part's total; `count` says how many times a
 * repeated block occurs inside it (a per-layer part × layers, a gate × gates), `index` is the
 * position of a layer in a network. `id` is a stable camelCase key the command layer translates.
 */
export interface ParamPart {
  id: string;
  params: number;
  count?: number;
  index?: number;
}

/**
 * A parameter count: `total` trainable parameters, `nonEmbedding` (total minus token and
 * position embeddings and an untied output head, the N of Kaplan et al. 2020 §2.1), `active`
 * (MoE: parameters used per token; equals total for dense decoders), and `parts`, which sum to `total`.
 */
export interface ParamCount {
  total: number;
  nonEmbedding: number;
  active?: number;
  parts: ParamPart[];
}
