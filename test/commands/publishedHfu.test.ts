import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Chowdhery et al. 2022, PaLM, Table 1 and Appendix B: 540.35B parameters, 118 layers, 48 heads × 256,
// sequence 2,048; 238.3K tokens/s on 6,144 TPU v4 (275 TFLOP/s bf16); MFU 46.2%, HFU 57.8%.
const N = 540.35e9;
const ATTENTION = 12 * 118 * 48 * 256 * 2048;
const CLUSTER_PEAK = 6144 * 275e12;

describe("mfu palm recompute: the published HFU beside ours", () => {
  it("ours counts full recomputation, (8N + 16·L·H·Q·T) per token: 61.6%, against PaLM's published 57.8%", () => {
    const line = "mfu palm recompute";
    const r = result(line);
    const fullRecompute = (238.3e3 * (8 * N + (16 / 12) * ATTENTION)) / CLUSTER_PEAK;
    expect(r.hfu).toBeCloseTo(fullRecompute, 3);
    expect(r.hfu * 100).toBeCloseTo(61.6, 1);
    expect(ask(line).notes.map((note) => note.key)).toContain("mfu.publishedHfu");
    const text = said(line);
    expect(text).toContain("PaLM 540B's published HFU is 57.8%");
    // 57.8 / 46.2 = 1.25, under the 4/3 of one more forward pass.
    expect(text).toContain(`${(57.8 / 46.2).toFixed(2)}× its 46.2% MFU`);
    expect(said(line, "zh-TW")).toContain("PaLM 540B 公開的 HFU 是 57.8%");
  });

  it("without recompute there is no HFU, so no note about it", () => {
    expect(ask("mfu palm").notes.map((note) => note.key)).not.toContain("mfu.publishedHfu");
  });

  it("a run with no published HFU gets none (Llama 3 405B publishes MFU 38–43% only)", () => {
    expect(ask("mfu llama-3-405b recompute").notes.map((note) => note.key)).not.toContain("mfu.publishedHfu");
  });
});
