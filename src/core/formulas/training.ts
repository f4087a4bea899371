import { petaflopDays, trainingFlops, trainingFlopsWithAttention } from "../compute.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Training compute: Kaplan et al. 2020 §2.1, PaLM Appendix B, GPT-3 Table D.1. */
export const TRAINING = defineFormulas({
  "training.flops": {
    id: "training.flops",
    symbolic: "6 · N · D",
    substituted: "6 × {N} × {D}",
    evaluate: trainingFlops,
    source: SOURCES.kaplan2020,
    at: "§2.1",
    readme: "training compute",
    explain: ["explain.const.sixND"],
  },
  "training.flopsActive": {
    id: "training.flopsActive",
    symbolic: "6 · N_active · D",
    substituted: "6 × {N} × {D}",
    evaluate: trainingFlops,
    source: SOURCES.kaplan2020,
    at: "§2.1 (N the active parameters of a MoE)",
    explain: ["explain.const.sixND"],
  },
  "training.flopsAttention": {
    id: "training.flopsAttention",
    symbolic: "D · (6N + 12·L·H·Q·T)",
    substituted: "{D} × (6 × {N} + 12 × {L} × {HQ} × {T})",
    evaluate: trainingFlopsWithAttention,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: ["explain.const.sixND", "explain.const.attention"],
  },
  "training.flopsAttentionActive": {
    id: "training.flopsAttentionActive",
    symbolic: "D · (6N_active + 12·L·H·Q·T)",
    substituted: "{D} × (6 × {N} + 12 × {L} × {HQ} × {T})",
    evaluate: trainingFlopsWithAttention,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: ["explain.const.sixND", "explain.const.attention"],
  },
  // PaLM App. B's attention term with a sliding window (Jiang et al. 2023, §2): a window-W layer attends
  // to min(T, W) tokens, so L·T becomes Σ_l min(T, W_l), as serve.inferenceWindow does for inference.
  "training.flopsAttentionWindow": {
    id: "training.flopsAttentionWindow",
    symbolic: "D · (6N + 12·L·H·Q·min(T, W))",
    substituted: "{D} × (6 × {N} + 12 × {L} × {HQ} × min(T {T}, W {W}))",
    evaluate: trainingFlopsWithAttention,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 6N + 12·L·H·Q·T: PaLM Appendix B)",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.slidingWindow"],
  },
  // Global layers over the whole context T, local ones over min(T, W) (Gemma 2: alternating).
  "training.flopsAttentionWindowMixed": {
    id: "training.flopsAttentionWindowMixed",
    symbolic: "D · (6N + 12·H·Q·(L_global·T + L_local·min(T, W)))",
    substituted: "{D} × (6 × {N} + 12 × {HQ} × ({global} × {T} + {local} × min({T}, W {W})))",
    evaluate: trainingFlopsWithAttention,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 6N + 12·L·H·Q·T: PaLM Appendix B)",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.slidingWindow"],
  },
  // The same over a mixture of experts' active parameters (6N_active, as training.flopsAttentionActive).
  "training.flopsAttentionWindowActive": {
    id: "training.flopsAttentionWindowActive",
    symbolic: "D · (6N_active + 12·L·H·Q·min(T, W))",
    substituted: "{D} × (6 × {N} + 12 × {L} × {HQ} × min(T {T}, W {W}))",
    evaluate: trainingFlopsWithAttention,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 6N + 12·L·H·Q·T: PaLM Appendix B)",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.slidingWindow"],
  },
  "training.flopsAttentionWindowMixedActive": {
    id: "training.flopsAttentionWindowMixedActive",
    symbolic: "D · (6N_active + 12·H·Q·(L_global·T + L_local·min(T, W)))",
    substituted: "{D} × (6 × {N} + 12 × {HQ} × ({global} × {T} + {local} × min({T}, W {W})))",
    evaluate: trainingFlopsWithAttention,
    source: SOURCES.mistral2023,
    at: "§2 (sliding window attention; 6N + 12·L·H·Q·T: PaLM Appendix B)",
    explain: ["explain.const.sixND", "explain.const.attention", "explain.const.slidingWindow"],
  },
  "training.pfDays": {
    id: "training.pfDays",
    symbolic: "C / (10¹⁵ FLOP/s × 86,400 s)",
    substituted: "{C} / 8.64e19",
    evaluate: petaflopDays,
    source: SOURCES.gpt3,
    at: "Table D.1",
    readme: "PF-days",
    explain: ["explain.const.pfDay"],
  },
  "training.pfDaysShort": {
    id: "training.pfDaysShort",
    symbolic: "C / 8.64e19",
    evaluate: petaflopDays,
    source: SOURCES.gpt3,
    at: "Table D.1",
    explain: ["explain.const.pfDay"],
  },
});
