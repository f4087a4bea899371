import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// DeepSeek-V3 Technical Report: 671B total, 37B active, 14.8T tokens (§4.2), 2,664K H800 GPU-hours of
// pre-training (Table 1). The seed article: 6ND is impossible; 3 × the forward pass gives 35–45% MFU.
describe("the seed's DeepSeek-V3 story", () => {
  it("mfu deepseek-v3 shows 6·N_total (impossible), 6·N_active and 3 × forward side by side", () => {
    const seed = result("mfu deepseek-v3").seedMethod;
    expect(seed.mfu6NTotal).toBeGreaterThan(1);
    expect(seed.mfu6NActive).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12), 3);
    expect(seed.mfu3Forward).toBeGreaterThan(0.35);
    expect(seed.mfu3Forward).toBeLessThan(0.45);
    expect(seed.mfu3ForwardWithMtp).toBeGreaterThan(seed.mfu3Forward);
    expect(seed.trainingFlopsPerToken).toBe(3 * seed.forwardFlopsPerToken);
    const labels = ask("mfu deepseek-v3").rows.map((r) => r.label.key);
    expect(labels).toEqual(
      expect.arrayContaining(["mfu.row.sixNTotal", "mfu.row.sixNActive", "mfu.row.threeForward"]),
    );
  });

  it("the seed's 205% is read right: 3,026 TFLOPS is the H800 PCIe's sparse FP8 figure, and dense bf16 gives 628%", () => {
    // Seed: (6 × 14.8T × 671B) / (2664K h × 3600 s/h × 3026 TFLOPS) = 205%. The H800 datasheet lists
    // 3,026 TFLOPS FP8 "with sparsity" for H800 PCIe (1,513 dense); the reply's peak is H800 SXM bf16
    // dense, 989.4 TFLOP/s.
    expect((6 * 14.8e12 * 671e9) / (2.664e6 * 3600 * 3026e12)).toBeCloseTo(2.05, 2);
    const dense = (6 * 14.8e12 * 671e9) / (2.664e6 * 3600 * 989.4e12);
    const reply = ask("model deepseek-v3");
    const story = reply.notes.find((n) => n.key === "model.note.seedStory");
    expect(Number(story?.params?.total)).toBeCloseTo(dense * 100, 0);
    for (const lang of ["en", "zh-TW"] as const) {
      const text = said("model deepseek-v3", lang);
      expect(text).toContain("H800 PCIe");
      expect(text).toContain("1,513");
      expect(text).not.toMatch(/seed article, like this reply, uses the bf16|原文與本回覆一樣/);
    }
    // The link is the seed's reference [8] (the 3 × forward method), not the seed article itself.
    const cited = reply.sources.find((s) => s.url === "https://zhuanlan.zhihu.com/p/16445683081");
    expect(cited?.title).toMatch(/^Zhihu p\/16445683081 .*reference \[8\] of the seed article/);
  });

  it("mfu deepseek-v3 does not ask for layers= and ctx=: the preset filled them and 3 × forward counts attention", () => {
    const notes = ask("mfu deepseek-v3").notes.map((n) => n.key);
    expect(notes).not.toContain("note.mfuNoAttention");
    expect(notes).toContain("mfu.note.seedMethod");
    // Without an architecture the hint stays: 6N alone leaves attention out (PaLM App. B).
    expect(ask("mfu 70B 2T gpu=H100 gpus=512 days=30").notes.map((n) => n.key)).toContain(
      "note.mfuNoAttention",
    );
  });

  it("an unknown arch= is refused with the known ones", () => {
    const reply = ask("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B arch=gpt-5");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("mfu.unknownArch");
    expect(reply.error?.params?.known).toContain("deepseek-v3");
  });

  it("model deepseek-v3 tells the story: exact count, forward components, MFU three ways, the seed's resolution", () => {
    const reply = ask("model deepseek-v3");
    const labels = reply.rows.map((r) => r.label.key);
    expect(labels).toEqual(
      expect.arrayContaining([
        "flop.attentionProjections",
        "flop.attentionScores",
        "flop.routedExperts",
        "flop.sharedExperts",
        "flop.router",
        "flop.head",
        "flop.forward",
        "mfu.row.threeForward",
      ]),
    );
    const recomputed = reply.rows.find((r) => r.label.key === "model.row.paramsRecomputed");
    expect(recomputed?.value).toEqual({ kind: "params", value: 671_026_419_200 });
    expect(reply.notes.map((n) => n.key)).toContain("model.note.seedStory");
    expect(said("model deepseek-v3")).toContain("35–45%");
    expect(said("model deepseek-v3", "zh-TW")).toContain("原文");
  });

  it("params deepseek-v3 answers: 671B main, the Hub's 684,531,386,000 with MTP and FP8 scales, 70,272 B of KV per token", () => {
    const r = result("params deepseek-v3");
    expect(r.total).toBe(671_026_419_200);
    expect(r.mtp.unique).toBe(11_610_068_224);
    expect(r.storedTotal).toBe(684_531_386_000);
    expect(r.hubCount).toBe(684_531_386_000);
    expect(r.kvBytesPerToken).toBe(61 * (512 + 64) * 2);
  });

  it("params gopher ≈ 280B and params chinchilla ≈ 70B (relative positions: ≈ 13·L·d²)", () => {
    // Rae et al. 2021 Table 1 (280B); Hoffmann et al. 2022 Table 4 (70B). Within 0.2%.
    expect(result("params gopher").total / 280e9).toBeCloseTo(1, 2);
    expect(result("params chinchilla").total / 70e9).toBeCloseTo(1, 2);
    expect(ask("params gopher").notes.map((n) => n.key)).toContain("params.note.relativePositions");
  });
});
