import { forwardFlopsPerToken } from "../forward.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/**
 * The seed article's three ways to an MFU for a MoE (6·N_total, 6·N_active, 3 × forward), after its
 * ref. [8]; the forward counted component by component (2 FLOP per weight; attention per PaLM App. B).
 */
export const FORWARD = defineFormulas({
  "forward.perToken": {
    id: "forward.perToken",
    substituted: "Σ components at T = {T}; 2 FLOP per weight, Q·Kᵀ and A·V at 2·heads·(d_qk + d_v)·T",
    substitutedKey: "formula.forward.perToken",
    evaluate: forwardFlopsPerToken,
    source: SOURCES.palm2022,
    at: "Appendix B",
    explain: [],
  },
  "seed.sixNTotal": {
    id: "seed.sixNTotal",
    symbolic: "6 · N_total · D",
    substituted: "6 × {N} × {D}",
    source: SOURCES.kaplan2020,
    at: "§2.1",
    explain: ["explain.const.sixND"],
  },
  "seed.sixNActive": {
    id: "seed.sixNActive",
    symbolic: "6 · N_active · D",
    substituted: "6 × {N} × {D}",
    source: SOURCES.kaplan2020,
    at: "§2.1",
    explain: ["explain.const.sixND"],
  },
  "seed.threeForward": {
    id: "seed.threeForward",
    symbolic: "3 × forward × D",
    substituted: "3 × {forward} × {D} (T {T})",
    evaluate: forwardFlopsPerToken,
    explain: ["explain.const.threeForward"],
  },
  "seed.threeForwardMtp": {
    id: "seed.threeForwardMtp",
    symbolic: "3 × (forward + MTP) × D",
    substituted: "3 × {forward} × {D}",
    evaluate: forwardFlopsPerToken,
    explain: ["explain.const.threeForward"],
  },
  // The MFU it gives: FLOP over GPU-seconds × dense peak.
  "seed.over": {
    id: "seed.over",
    substituted: " = {flops} FLOP / ({gpuSeconds} GPU-s × {peak})",
    explain: [],
  },
});
