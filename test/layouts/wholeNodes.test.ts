import { describe, expect, it } from "vitest";
import { adamStates, searchLayout, wholeNodeDp } from "../../src/core/layout.ts";
import { result, said } from "../commands/helpers.ts";

/**
 * A training layout is one a cluster runs: Megatron-LM's world size is t·p·d, and clusters are
 * allocated by the node (8 GPUs in a DGX/HGX H100 or A100 server). Published layouts are whole
 * nodes: Llama 3 405B TP 8 × PP 16 × CP × DP on 16,384 H100 (Llama Team 2024, Table 4), BLOOM
 * TP 4 × PP 12 × DP 8 on 384 A100 = 48 nodes (BigScience 2022), MT-NLG TP 8 × PP 35 (Smith et al.
 * 2022). A count past one node that is not a multiple of 8 (20 GPUs, 90 GPUs) is no cluster's.
 */
const NODE = 8;
const GB = 1e9;

describe("wholeNodeDp: d raised until t·p·d fills whole nodes of 8", () => {
  it("leaves counts within one node, and multiples of 8, as they are", () => {
    expect(wholeNodeDp(1, 1, 3, NODE)).toBe(3);
    expect(wholeNodeDp(8, 16, 2, NODE)).toBe(2);
    expect(wholeNodeDp(4, 12, 8, NODE)).toBe(8); // BLOOM: 384 = 48 nodes
  });
  it("raises d to the next whole node: d 90 → 96 (12 nodes), t 4 · p 5 · d 1 → d 2 (40 GPUs)", () => {
    expect(wholeNodeDp(1, 1, 90, NODE)).toBe(96);
    expect(wholeNodeDp(4, 5, 1, NODE)).toBe(2);
    expect(wholeNodeDp(4, 63, 1, NODE)).toBe(2); // 252 GPUs is 31½ nodes
  });
});

describe("the layout search lands on whole nodes", () => {
  const usable = 0.9 * 80 * GB;
  const base = { microBatch: 1, sequenceLength: 4096, attention: "flash" as const, nodeSize: NODE };

  it("405B states only (no shape, t = p = 1): ZeRO-3 needs ⌈16 B × 405B / 72 GB⌉ = 90 cards, run as 96 = 12 nodes", () => {
    const choice = searchLayout(adamStates(405e9), { layers: 1, hidden: 0, heads: 1 }, base, usable);
    expect(choice?.layout.zero).toBe(3);
    expect(choice?.memory.gpus).toBe(96);
    // 16 B × 405B / 96 = 67.5 GB per GPU, under 72 GB.
    expect((choice?.memory.perGpu ?? 0) / GB).toBeCloseTo((16 * 405) / 96, 6);
  });

  it("every layout the search proposes past one node is a multiple of 8 (Llama 3 70B and 405B, GPT-3 175B shapes)", () => {
    const shapes = [
      { params: 70.6e9, shape: { layers: 80, hidden: 8192, heads: 64, vocab: 128256 } },
      { params: 406e9, shape: { layers: 126, hidden: 16384, heads: 128, vocab: 128256 } },
      { params: 175e9, shape: { layers: 96, hidden: 12288, heads: 96, vocab: 50257 } },
    ];
    for (const { params, shape } of shapes) {
      for (const zero of [0, 1, 2, 3] as const) {
        const choice = searchLayout(adamStates(params), shape, { ...base, zero }, usable);
        if (!choice) continue;
        const { tp, pp, dp } = choice.layout;
        expect(choice.memory.gpus).toBe(tp * pp * dp);
        if (choice.memory.gpus > NODE) expect(choice.memory.gpus % NODE, `${params} zero ${zero}`).toBe(0);
        expect(choice.memory.perGpu).toBeLessThanOrEqual(usable);
      }
    }
  });
});

describe("cards … mode=train says a whole-node count", () => {
  it("cards 405B gpu=H100 mode=train: 96 GPUs = 12 nodes of 8, not 90 (11¼ nodes)", () => {
    const layout = result("cards 405B gpu=H100 mode=train").layout;
    expect(layout.gpus).toBe(96);
    expect(layout.nodes).toBe(12);
    expect(layout.tp * layout.pp * layout.dp).toBe(96);
    expect(said("cards 405B gpu=H100 mode=train")).toContain("96 NVIDIA H100 SXM5 80GB = 12 nodes of 8");
  });

  it.each([
    "cards llama-3-70b gpu=H100 mode=train",
    "cards gpt-3 gpu=A100 mode=train",
    "cards bloom gpu=A100 mode=train",
    "cards llama-3-405b gpu=H100 mode=train zero=1",
  ])("%s: t·p·d is the count shown, in whole nodes", (line) => {
    const layout = result(line).layout;
    expect(layout.gpus).toBe(layout.tp * layout.pp * layout.dp);
    expect(layout.gpus % NODE).toBe(0);
    expect(layout.nodes * NODE).toBe(layout.gpus);
  });
});

describe("GPU and node counts past a thousand are grouped, as the rest of a reply writes them", () => {
  // Llama 3 405B's published layout: TP 8 × PP 16 × DP 128 on 16,384 H100 (Llama Team 2024, Table 4).
  const line = "cards llama-3-405b gpu=H100 mode=train tp=8 pp=16 dp=128 zero=1";
  it("16,384 GPUs = 2,048 nodes of 8, and t · p · d = 8 × 16 × 128 = 16,384", () => {
    expect(result(line).layout.gpus).toBe(8 * 16 * 128);
    const text = said(line);
    expect(text).toContain("16,384 NVIDIA H100 SXM5 80GB = 2,048 nodes of 8");
    expect(text).toContain("8 × 16 × 128 = 16,384");
    expect(said(line, "zh-TW")).toContain("16,384 張 NVIDIA H100 SXM5 80GB = 2,048 個 8 卡節點");
  });
});
