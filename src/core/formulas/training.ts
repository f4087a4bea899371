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
