import type { AttentionShape } from "../core/compute.ts";
import { extended } from "../core/extended.ts";
import { formula, input } from "../reply/build.ts";
import type { FormulaRef } from "../reply/reply.ts";

/**
 * The formula of a training-compute row with attention, D·(6N + 12·L·H·Q·T) (PaLM App. B), for
 * `model` and `compute` alike: with a sliding window narrower than T, its layers' term counts
 * min(T, W) tokens (every layer: Mistral 7B; local and global layers: Gemma 2).
 */
export function attentionFlopsFormula(
  shape: AttentionShape,
  active: boolean,
  computeParams: number,
  tokens: number,
  after: readonly FormulaRef[] = [],
): FormulaRef {
  const inputs = {
    D: input("tokens", tokens),
    N: input("params", computeParams),
    HQ: input("count", shape.attentionWidth),
    T: input("count", shape.context),
  };
  const L = input("plain", shape.layers);
  const w = shape.window;
  if (w === undefined || shape.context <= w.width) {
    return formula(
      active ? "training.flopsAttentionActive" : "training.flopsAttention",
      extended(inputs, { L }),
      { after },
    );
  }
  const W = input("count", w.width);
  // N_active for a mixture of experts, as without a window.
  if (w.localLayers === shape.layers) {
    const id = active ? "training.flopsAttentionWindowActive" : "training.flopsAttentionWindow";
    return formula(id, extended(inputs, { L, W }), { after });
  }
  const global = input("plain", shape.layers - w.localLayers);
  const local = input("plain", w.localLayers);
  const id = active ? "training.flopsAttentionWindowMixedActive" : "training.flopsAttentionWindowMixed";
  return formula(id, extended(inputs, { global, local, W }), { after });
}
