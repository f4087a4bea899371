import { chinchillaOptimalTokens, computeOptimalSplit, tokensPerParam } from "../chinchilla.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Compute-optimal scaling: Hoffmann et al. 2022, Table 3 (≈ 20 tokens per parameter). */
export const CHINCHILLA = defineFormulas({
  "chinchilla.tokens": {
    id: "chinchilla.tokens",
    symbolic: "20 · N",
    substituted: "20 × {N}",
    evaluate: chinchillaOptimalTokens,
    source: SOURCES.hoffmann2022,
    at: "Table 3",
    explain: ["explain.const.chinchilla"],
  },
  "chinchilla.optimalTokens": {
    id: "chinchilla.optimalTokens",
    symbolic: "D* = 20 · N",
    substituted: "20 × {N}",
    evaluate: chinchillaOptimalTokens,
    source: SOURCES.hoffmann2022,
    at: "Table 3",
    explain: ["explain.const.chinchilla"],
  },
  "chinchilla.splitParams": {
    id: "chinchilla.splitParams",
    symbolic: "N* = √(C / 120)",
    substituted: "√({C} / 120)",
    evaluate: computeOptimalSplit,
    source: SOURCES.hoffmann2022,
    at: "Table 3 with C = 6·N·D",
    explain: ["explain.const.chinchilla"],
  },
  "chinchilla.splitTokens": {
    id: "chinchilla.splitTokens",
    symbolic: "D* = 20 · N*",
    substituted: "20 × {N}",
    evaluate: computeOptimalSplit,
    source: SOURCES.hoffmann2022,
    at: "Table 3",
    explain: ["explain.const.chinchilla"],
  },
  "chinchilla.tokensPerParam": {
    id: "chinchilla.tokensPerParam",
    symbolic: "D / N",
    substituted: "{D} / {N}",
    evaluate: tokensPerParam,
    source: SOURCES.hoffmann2022,
    at: "Table 3",
    explain: [],
  },
});
