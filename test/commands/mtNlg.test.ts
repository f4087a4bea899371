import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

// Smith et al. 2022 (arXiv 2201.11990): MT-NLG 530B, 105 layers, hidden 20,480, 128 heads, sequence
// 2,048, GPT-2's 50,257-token vocabulary, 270B training tokens, A100 80GB (DGX A100 nodes of Selene).
// PaLM (Chowdhery et al. 2022) Table 3: MT-NLG's MFU 30.2%.
describe("MT-NLG 530B is a run: the source of the 30.2% every plan cites", () => {
  it("'model mt-nlg': 530B published, L·(12h² + 13h) + V·h + ctx·h recomputed within 0.2%", () => {
    const h = 20_480;
    const ours = 105 * (12 * h * h + 13 * h) + 50_257 * h + 2048 * h + 2 * h;
    expect(ours / 530e9).toBeCloseTo(1, 2);
    expect(said("model mt-nlg")).toContain("530B");
    expect(said("model megatron-turing-nlg")).toContain("270B tokens");
    expect(said("model mt-nlg")).toContain("30.2%");
  });

  it("'mt-nlg' as a preset plans 6 × 530B × 270B = 8.59e23 FLOP at its 30.2% MFU on A100 80GB", () => {
    const r = result("mt-nlg");
    expect(r.flops).toBeCloseTo(6 * 530e9 * 270e9, -20);
    expect(r.mfu).toBe(0.302);
    expect(r.gpu).toBe("NVIDIA A100 SXM4 80GB");
  });
});
