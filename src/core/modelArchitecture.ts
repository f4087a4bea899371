import type { ArchitectureInput } from "./params/architecture.ts";
import { runArchitecture } from "./runArchitectures.ts";
import type { Model } from "./runs/schema.ts";

/**
 * A published run's architecture in the exact form (src/core/params/architecture.ts), for the
 * parameter count, forward FLOP and the KV cache per token (serving: kvBytesPerToken in
 * src/core/forward.ts): the registry's config for MLA runs, else the catalog's decoder shape
 * (plain MLP and LayerNorm biases included). undefined for GPT-style entries.
 */
export function runArchitectureInput(model: Model): ArchitectureInput | undefined {
  const exact = runArchitecture(model.id);
  if (exact) return exact.architecture;
  const a = model.architecture;
  if (a.kind !== "decoder") return undefined;
  return {
    layers: a.layers,
    hidden: a.hidden,
    heads: a.heads,
    kvHeads: a.kvHeads ?? a.heads,
    headDim: a.headDim ?? a.hidden / a.heads,
    vocab: a.vocab,
    tiedEmbeddings: a.tiedEmbeddings ?? false,
    ...(a.ffn === undefined ? {} : { ffn: a.ffn }),
    mlp: a.mlp ?? "gated",
    normBias: a.normBias ?? false,
    qkNorm: a.qkNorm ? "full" : "none",
    ...(a.slidingWindow
      ? {
          slidingWindow: a.slidingWindow.width,
          slidingLayers: [...Array(a.layers).keys()].filter(
            (i) => a.slidingWindow?.layers === "all" || i % 2 === 0,
          ),
        }
      : {}),
    ...(a.moe
      ? {
          moe: {
            experts: a.moe.experts,
            topK: a.moe.topK,
            expertFfn: a.moe.expertFfn,
            sharedExperts: a.moe.sharedExperts ?? 0,
            firstDenseLayers: a.moe.denseLayers ?? 0,
          },
        }
      : {}),
  };
}
