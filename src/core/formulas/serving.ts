import { inferenceFlopsPerToken } from "../compute.ts";
import { kvCacheBytes } from "../memory.ts";
import {
  costPerMillionTokens,
  decodeStep,
  kvBytesPerSequence,
  kvShareOnRank,
  largestBatchAtRate,
  maxBatch,
  maxBatchOnGpus,
  mlaKvLayout,
  mostConcurrentOnGpus,
  prefillTime,
  replicasForRate,
  requestSeconds,
  servingCostPerHour,
  servingFlopsPerToken,
  servingMemory,
} from "../serving.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Serving: inference FLOP (PaLM App. B), KV cache, decode and prefill (Pope et al. 2022), replicas for a rate. */
export const SERVING = defineFormulas({
  "inference.perToken": {
    id: "inference.perToken",
    symbolic: "2N + 4·L·H·Q·T",
    evaluate: inferenceFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    readme: "inference",
    explain: [],
  },
  "memory.kvCache": {
    id: "memory.kvCache",
    symbolic: "2·L·n_kv·d_head·bytes·ctx·batch",
    evaluate: kvCacheBytes,
    readme: "inference memory",
    explain: ["explain.const.kvCache"],
  },
  "serving.decodeStep": {
    id: "serving.decodeStep",
    symbolic: "max(bytes read / HBM bandwidth, FLOP / dense peak)",
    evaluate: decodeStep,
    source: SOURCES.pope2022,
    at: "§3",
    readme: "decode",
    explain: [],
  },
  "serving.prefill": {
    id: "serving.prefill",
    // t: one pipeline stage's GPUs; one prompt passes the p stages in series (Narayanan et al. 2021 §2.2).
    symbolic: "P·(2N + 2·L·P·d_attn) / (t · peak · MFU)",
    evaluate: prefillTime,
    source: SOURCES.palm2022,
    at: "Appendix B (causal average context P/2)",
    readme: "prefill",
    explain: [],
  },
  "serving.replicas": {
    id: "serving.replicas",
    symbolic: "⌈rate × (prefill + G · step / B)⌉",
    evaluate: replicasForRate,
    readme: "request rate",
    explain: [],
  },
});

/**
 * The rows of a serving reply (`cards mode=serve`, `serve`), as they are drawn: the layout an
 * engine accepts (vLLM: t a power of two dividing the heads), per-GPU memory, the KV cache of
 * grouped-query attention (2 for K and V; Ainslie et al. 2023), prefill and the decode roofline
 * (Pope et al. 2022, §3), and replicas for a request rate.
 */
export const SERVING_ROWS = defineFormulas({
  "serve.layout": { id: "serve.layout", substituted: "t = 2^k ≤ {node}", explain: [] },
  "serve.layout.heads": {
    id: "serve.layout.heads",
    substituted: " dividing {heads} heads",
    substitutedKey: "formula.serve.layout.heads",
    explain: [],
  },
  "serve.layout.pipeline": { id: "serve.layout.pipeline", substituted: "; p", explain: [] },
  "serve.layout.layers": {
    id: "serve.layout.layers",
    substituted: " dividing {layers} layers",
    substitutedKey: "formula.serve.layout.layers",
    explain: [],
  },
  "serve.layout.stages": {
    id: "serve.layout.stages",
    substituted: " over {layers} layers, ⌈L/p⌉ = {stage} on the largest stage",
    explain: [],
  },
  "serve.cards": { id: "serve.cards", symbolic: "t · p", substituted: "{tp} × {pp}", explain: [] },
  "serve.weightsPerGpu": {
    id: "serve.weightsPerGpu",
    symbolic: "N · {bytes} B / (t·p)",
    substituted: "{N} × {bytes} / {gpus}",
    evaluate: servingMemory,
    explain: [],
  },
  "serve.weightsPerStage": {
    id: "serve.weightsPerStage",
    symbolic: "N · {bytes} B · ⌈L/p⌉ / (L · t)",
    substituted: "{N} × {bytes} × {stage} / ({L} × {tp})",
    evaluate: servingMemory,
    explain: [],
  },
  // Below 16 bits the embedding and head stay bf16 (sixteenBitParams in core/serving.ts): N_16 = V·h or 2·V·h.
  "serve.weightsPerGpuKept": {
    id: "serve.weightsPerGpuKept",
    symbolic: "((N − N_16) · {bytes} B + N_16 · 2 B) / (t·p)",
    substituted: "(({N} − {kept}) × {bytes} + {kept} × 2) / {gpus}",
    evaluate: servingMemory,
    explain: [],
  },
  "serve.weightsPerStageKept": {
    id: "serve.weightsPerStageKept",
    symbolic: "((N − N_16) · {bytes} B + N_16 · 2 B) · ⌈L/p⌉ / (L · t)",
    substituted: "(({N} − {kept}) × {bytes} + {kept} × 2) × {stage} / ({L} × {tp})",
    evaluate: servingMemory,
    explain: [],
  },
  "serve.kvPerGpu": {
    id: "serve.kvPerGpu",
    symbolic: "2 · L · n_kv · d_head · bytes · ctx · batch · share",
    substituted: "2 × {L} × {n_kv} × {d_head} × {bytes} × ctx {ctx} × batch {batch} × share {share}",
    evaluate: kvShareOnRank,
    explain: ["explain.const.kvCache"],
  },
  // A request's sequence holds its prompt and the tokens generated so far: PagedAttention allocates
  // KV blocks as tokens arrive, not for the model's whole context (Kwon et al. 2023, §4).
  "serve.kvPerGpuRequest": {
    id: "serve.kvPerGpuRequest",
    symbolic: "2 · L · n_kv · d_head · bytes · (P + G) · batch · share",
    substituted: "2 × {L} × {n_kv} × {d_head} × {bytes} × (P {P} + G {G}) × batch {batch} × share {share}",
    evaluate: kvShareOnRank,
    source: SOURCES.kwon2023,
    explain: ["explain.const.kvCache"],
  },
  // Sliding-window attention (Jiang et al. 2023, §2): a window-W layer keeps min(ctx, W) tokens.
  "serve.kvPerGpuWindow": {
    id: "serve.kvPerGpuWindow",
    symbolic: "2 · L · n_kv · d_head · bytes · min(ctx, W) · batch · share",
    substituted:
      "2 × {L} × {n_kv} × {d_head} × {bytes} × min(ctx {ctx}, W {W}) × batch {batch} × share {share}",
    evaluate: kvBytesPerSequence,
    source: SOURCES.mistral2023,
    at: "§2 (rolling buffer cache)",
    explain: ["explain.const.kvCache", "explain.const.slidingWindow"],
  },
  // Local and global layers (Gemma 2 §2: alternating; Gemma 3: five local per global): the global
  // ones keep every token, the local ones min(ctx, W).
  "serve.kvPerGpuWindowMixed": {
    id: "serve.kvPerGpuWindowMixed",
    symbolic: "2 · n_kv · d_head · bytes · (L_global · ctx + L_local · min(ctx, W)) · batch · share",
    substituted:
      "2 × {n_kv} × {d_head} × {bytes} × ({global} × {ctx} + {local} × min({ctx}, W {W})) × batch {batch} × share {share}",
    evaluate: kvBytesPerSequence,
    source: SOURCES.mistral2023,
    at: "§2 (rolling buffer cache)",
    explain: ["explain.const.kvCache", "explain.const.slidingWindow"],
  },
  "serve.kvPerGpuMla": {
    id: "serve.kvPerGpuMla",
    symbolic: "L · (d_c + d_R) · bytes",
    substituted: "{L} × {latent} × {bytes} × ctx {ctx} × batch {batch} × share {share}",
    evaluate: mlaKvLayout,
    explain: ["explain.const.mlaCache"],
  },
  "serve.overheadPerGpu": {
    id: "serve.overheadPerGpu",
    substituted: "10% × (weights + KV)",
    evaluate: servingMemory,
    explain: [],
  },
  "serve.perGpu": { id: "serve.perGpu", symbolic: "Σ", substituted: "{total} GB ≤ {usable} GB", explain: [] },
  // The batch the free memory holds: (W + b·K)·1.1 ≤ U on the fullest GPU, solved for b.
  "serve.maxBatch": {
    id: "serve.maxBatch",
    symbolic: "⌊(U / 1.1 − W_gpu) / KV_seq⌋",
    substituted: "⌊({usable} GB / 1.1 − {weights} GB) / {kvSeq} GB⌋ at ctx {ctx}",
    substitutedKey: "formula.serve.maxBatch",
    evaluate: maxBatch,
    source: SOURCES.vllm,
    readme: "max batch",
    explain: ["explain.const.usable"],
  },
  // The GPUs given hold ⌊A/(t·p)⌋ replicas, each at its max batch.
  "serve.maxBatchOnGpus": {
    id: "serve.maxBatchOnGpus",
    symbolic: "⌊A / (t·p)⌋ · b_max",
    substituted: "⌊{available} / {gpus}⌋ = {replicas} × {batch} = {total}",
    evaluate: maxBatchOnGpus,
    explain: [],
  },
  "serve.maxBatchOnGpusLayout": {
    id: "serve.maxBatchOnGpusLayout",
    symbolic: "⌊A / (t·p)⌋ · ⌊(U / 1.1 − W_gpu) / KV_seq⌋",
    substituted:
      "⌊{available} / {gpus}⌋ = {replicas} × ⌊({usable} GB / 1.1 − {weights} GB) / {kvSeq} GB⌋ = {replicas} × {batch} = {total}",
    evaluate: mostConcurrentOnGpus,
    explain: ["explain.const.usable"],
  },
  "serve.inference": {
    id: "serve.inference",
    symbolic: "2·N + 4·L·ctx·d_attn",
    substituted: "2 × {N} + 4 × {L} × {ctx} × {d_attn}",
    evaluate: inferenceFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: [],
  },
  // PaLM App. B's 2·N + 4·L·ctx·d_attn with a sliding window (Jiang et al. 2023, §2): a window-W layer
  // attends to min(ctx, W) tokens, so its attention term counts those, as its KV cache keeps them.
  "serve.inferenceWindow": {
    id: "serve.inferenceWindow",
    symbolic: "2·N + 4·L·min(ctx, W)·d_attn",
    substituted: "2 × {N} + 4 × {L} × min(ctx {ctx}, W {W}) × {d_attn}",
    evaluate: servingFlopsPerToken,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 2·N + 4·L·ctx·d_attn: PaLM Appendix B)",
    explain: ["explain.const.slidingWindow"],
  },
  // Global layers over the whole context, local ones over min(ctx, W) (Gemma 2: alternating).
  "serve.inferenceWindowMixed": {
    id: "serve.inferenceWindowMixed",
    symbolic: "2·N + 4·(L_global·ctx + L_local·min(ctx, W))·d_attn",
    substituted: "2 × {N} + 4 × ({global} × {ctx} + {local} × min({ctx}, W {W})) × {d_attn}",
    evaluate: servingFlopsPerToken,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 2·N + 4·L·ctx·d_attn: PaLM Appendix B)",
    explain: ["explain.const.slidingWindow"],
  },
  // MLA (DeepSeek-V2 §2.1): scores over every query head with d_qk = nope + rope, values d_v; PaLM
  // App. B's 4·L·ctx·H·Q is its d_qk = d_v case (Kaplan 2020 Table 1 counts QKᵀ only, 2·L·ctx·d_attn).
  "serve.inferenceMla": {
    id: "serve.inferenceMla",
    symbolic: "2·N + 2·L·ctx·H·(d_qk + d_v)",
    substituted: "2 × {N} + 2 × {L} × {ctx} × {H} × ({d_qk} + {d_v})",
    evaluate: inferenceFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: [],
  },
  "serve.inferenceWeights": {
    id: "serve.inferenceWeights",
    symbolic: "2·N",
    substituted: "2 × {N}",
    evaluate: inferenceFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: [],
  },
  "serve.prefill": {
    id: "serve.prefill",
    // One prompt passes the p pipeline stages one after another: t GPUs work at a time (as decode's p·).
    symbolic: "P · (2·N + 2·L·P·d_attn) / (t · peak · MFU)",
    substituted: "{P} tokens / ({gpus} × {peak} {precision} dense × {mfu})",
    evaluate: prefillTime,
    source: SOURCES.palm2022,
    at: "Appendix B (causal average context P/2)",
    explain: ["explain.const.densePeak", "explain.const.mfu"],
  },
  // Without the model's layers and attention width, only the weights' 2·N a token is counted.
  "serve.prefillWeights": {
    id: "serve.prefillWeights",
    symbolic: "P · 2·N / (t · peak · MFU)",
    substituted: "{P} tokens × 2 × {N} / ({gpus} × {peak} {precision} dense × {mfu})",
    evaluate: prefillTime,
    source: SOURCES.palm2022,
    at: "Appendix B (attention not counted: no layers= or attention width)",
    explain: ["explain.const.densePeak", "explain.const.mfu"],
  },
  // A prompt longer than the window: position x attends to min(x, W) tokens on a window layer;
  // ∫₀^P min(x, W) dx = W·(P − W/2), in the causal-average convention of P·P/2 above (prefillAttended).
  "serve.prefillWindow": {
    id: "serve.prefillWindow",
    symbolic: "(2·N·P + 4·L·d_attn·W·(P − W/2)) / (t · peak · MFU)",
    substituted:
      "(2 × {N} × {P} + 4 × {L} × {d_attn} × {W} × ({P} − {W}/2)) / ({gpus} × {peak} {precision} dense × {mfu})",
    evaluate: prefillTime,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; causal average context: PaLM Appendix B)",
    explain: ["explain.const.slidingWindow", "explain.const.densePeak", "explain.const.mfu"],
  },
  "serve.prefillWindowMixed": {
    id: "serve.prefillWindowMixed",
    symbolic: "(2·N·P + 4·d_attn·(L_global·P²/2 + L_local·W·(P − W/2))) / (t · peak · MFU)",
    substituted:
      "(2 × {N} × {P} + 4 × {d_attn} × ({global} × {P}²/2 + {local} × {W} × ({P} − {W}/2))) / ({gpus} × {peak} {precision} dense × {mfu})",
    evaluate: prefillTime,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; causal average context: PaLM Appendix B)",
    explain: ["explain.const.slidingWindow", "explain.const.densePeak", "explain.const.mfu"],
  },
  "serve.prefillMla": {
    id: "serve.prefillMla",
    symbolic: "P · (2·N + L·P·H·(d_qk + d_v)) / (t · peak · MFU)",
    substituted: "{P} tokens / ({gpus} × {peak} {precision} dense × {mfu})",
    evaluate: prefillTime,
    source: SOURCES.palm2022,
    at: "Appendix B (causal average context P/2)",
    explain: ["explain.const.densePeak", "explain.const.mfu"],
  },
  "serve.decodePerReplica": {
    id: "serve.decodePerReplica",
    // Pipeline stages run one after another for one token: a step takes p stage times.
    symbolic: "batch / (p · max(bytes / bandwidth, FLOP / peak))",
    substituted: "{batch} / ({pp} × max({bytes} GB / {bandwidth} TB/s, {flop} / {peak}))",
    evaluate: decodeStep,
    source: SOURCES.pope2022,
    at: "§3",
    explain: [],
  },
  "serve.decodeStep": {
    id: "serve.decodeStep",
    // One decode step gives each sequence of the batch one token: a token's latency while decoding.
    symbolic: "p · max(bytes / bandwidth, FLOP / peak)",
    substituted: "{pp} × max({bytes} GB / {bandwidth} TB/s, {flop} / {peak})",
    evaluate: decodeStep,
    source: SOURCES.pope2022,
    at: "§3",
    explain: [],
  },
  "serve.decodePerSequence": {
    id: "serve.decodePerSequence",
    // One token per sequence each step: what one user sees.
    symbolic: "1 / step = per replica / batch",
    substituted: "{perReplica} / {batch}",
    evaluate: decodeStep,
    source: SOURCES.pope2022,
    at: "§3",
    explain: [],
  },
  "serve.batchAtRate": {
    id: "serve.batchAtRate",
    symbolic: "largest b ≤ max batch with 1 / step(b) ≥ target",
    substituted: "1 / step(b) ≥ {target} tokens/s, b ≤ {most}",
    evaluate: largestBatchAtRate,
    source: SOURCES.pope2022,
    at: "§3",
    explain: [],
  },
  "serve.decodePerGpu": {
    id: "serve.decodePerGpu",
    substituted: "per replica / {gpus}",
    substitutedKey: "formula.serve.decodePerGpu",
    explain: [],
  },
  "serve.requestsPerReplica": {
    id: "serve.requestsPerReplica",
    symbolic: "1 / (prefill + G · step / batch)",
    substituted: "1 / ({prefill} s + {G} × {step} s / {batch})",
    evaluate: replicasForRate,
    explain: [],
  },
  "serve.replicas": {
    id: "serve.replicas",
    substituted: "⌈{rate} req/s / {perReplica}⌉ = {replicas} × ({gpus} {gpu} a replica)",
    substitutedKey: "formula.serve.replicas",
    evaluate: replicasForRate,
    explain: [],
  },
  "serve.costPerMillionDecoded": {
    id: "serve.costPerMillionDecoded",
    // Decode alone, every step full: what a million tokens of the batch's decoding costs.
    symbolic: "price · t·p · 10⁶ / (3600 · decode tokens/s per replica)",
    substituted: "{price} × {gpus} × 10⁶ / (3600 × {perReplica})",
    evaluate: costPerMillionTokens,
    explain: [],
  },
  "serve.costPerMillionGenerated": {
    id: "serve.costPerMillionGenerated",
    // A request's prefill and its G decode steps, over the G tokens it generates.
    symbolic: "price · t·p · 10⁶ / (3600 · requests/s per replica · G)",
    substituted: "{price} × {gpus} × 10⁶ / (3600 × {perReplica} × {G})",
    evaluate: costPerMillionTokens,
    explain: [],
  },
  "serve.costPerHour": {
    id: "serve.costPerHour",
    symbolic: "replicas · t·p · price",
    substituted: "{replicas} × {gpus} × {price}",
    evaluate: servingCostPerHour,
    explain: [],
  },
  "serve.kvCache": {
    id: "serve.kvCache",
    symbolic: "2 · L · n_kv · d_head · bytes · ctx · batch",
    substituted: "{perToken} B × {ctx} × {batch} ({precision})",
    evaluate: kvCacheBytes,
    explain: ["explain.const.kvCache"],
  },
  "serve.kvCacheRequest": {
    id: "serve.kvCacheRequest",
    symbolic: "2 · L · n_kv · d_head · bytes · (P + G) · batch",
    substituted: "{perToken} B × ({P} + {G}) × {batch} ({precision})",
    evaluate: kvCacheBytes,
    source: SOURCES.kwon2023,
    explain: ["explain.const.kvCache"],
  },
  "serve.requestTime": {
    id: "serve.requestTime",
    symbolic: "prefill + G · step",
    substituted: "{prefill} s + {G} × {step} s",
    evaluate: requestSeconds,
    source: SOURCES.pope2022,
    explain: [],
  },
  "serve.kvCacheWindow": {
    id: "serve.kvCacheWindow",
    symbolic: "2 · L · n_kv · d_head · bytes · min(ctx, W) · batch",
    substituted: "{perToken} B × min(ctx {ctx}, W {W}) × {batch} ({precision})",
    evaluate: kvBytesPerSequence,
    source: SOURCES.mistral2023,
    at: "§2 (rolling buffer cache)",
    explain: ["explain.const.kvCache", "explain.const.slidingWindow"],
  },
  "serve.kvCacheWindowMixed": {
    id: "serve.kvCacheWindowMixed",
    symbolic: "2 · n_kv · d_head · bytes · (L_global · ctx + L_local · min(ctx, W)) · batch",
    substituted: "{perLayer} B × ({global} × {ctx} + {local} × min({ctx}, W {W})) × {batch} ({precision})",
    evaluate: kvBytesPerSequence,
    source: SOURCES.mistral2023,
    at: "§2 (rolling buffer cache)",
    explain: ["explain.const.kvCache", "explain.const.slidingWindow"],
  },
  "serve.kvCacheMla": {
    id: "serve.kvCacheMla",
    symbolic: "L · (d_c + d_R) · bytes · ctx · batch",
    substituted: "{L} × {latent} × {bytes} × {ctx} × {batch} ({precision})",
    evaluate: mlaKvLayout,
    explain: ["explain.const.mlaCache"],
  },
});
