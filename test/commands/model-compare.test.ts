import { describe, expect, it } from "vitest";
import { localize } from "../../src/reply/localize.ts";
import { ask, result } from "./helpers.ts";

describe("/flops compare", () => {
  it("puts GPT-3, Chinchilla, PaLM and Llama 3 405B side by side with published compute and our MFU", () => {
    const r = result("compare gpt-3 chinchilla palm llama-3-405b");
    expect(r.models.map((m: { id: string }) => m.id)).toEqual([
      "gpt-3-175b",
      "chinchilla-70b",
      "palm-540b",
      "llama-3-405b",
    ]);
    const [gpt3, chinchilla, palm, llama] = r.models;
    // Published totals: GPT-3 Table D.1, Chinchilla Table 3 (Gopher's budget), PaLM, Llama 3 paper.
    expect([gpt3.flops, chinchilla.flops, palm.flops, llama.flops]).toEqual([
      3.14e23, 5.76e23, 2.56e24, 3.8e25,
    ]);
    expect(gpt3.flopsSource).toBe("published");
    expect(chinchilla.tokensPerParam).toBe(20);
    // 6ND over the GPU time gives 19.7%; the main figure, as in `mfu gpt-3`, adds PaLM's attention
    // term 12·L·H·Q·T = 12 × 96 × 12,288 × 2,048 per token to 6N = 1.05e12 (×1.0276).
    expect(gpt3.mfu6N).toBeCloseTo(0.197, 3);
    expect(gpt3.mfu / gpt3.mfu6N).toBeCloseTo(1 + (12 * 96 * 12288 * 2048) / (6 * 174.6e9), 2);
    expect(palm.mfu).toBeCloseTo(0.462, 3);
    expect(chinchilla.mfu).toBeUndefined();
    expect(llama.gpuHours).toBe(30.84e6);
  });

  it("keeps one row per run per metric (24 for four runs, each with its formula) next to the table", () => {
    const reply = ask("compare gpt-3 chinchilla palm llama-3-405b");
    expect(reply.rows).toHaveLength(24);
    expect(reply.rows.slice(0, 4).every((r) => r.label.key === "compare.row.params")).toBe(true);
    expect(reply.table?.rows).toHaveLength(6);
    expect(reply.table?.rows.every((r) => r.cells.length === 4)).toBe(true);
    const rendered = localize(reply, "en");
    expect(rendered.rows.find((r) => r.label === "Chinchilla 70B · MFU")?.value).toBe("not published");
    expect(rendered.rows.find((r) => r.label === "PaLM 540B · MFU")?.formula).toContain("published 46.2%");
  });

  it("uses 6ND where no total is published (N active for a MoE)", () => {
    const [deepseek, mixtral] = result("compare deepseek-v3 vs mixtral").models;
    expect(deepseek.flopsSource).toBe("6ND");
    expect(deepseek.flops).toBe(6 * 37e9 * 14.8e12);
    expect(mixtral.flops).toBeUndefined();
  });

  it("takes 2 to 4 runs, separated by spaces, commas or vs", () => {
    expect(result("compare gpt-3, palm").models).toHaveLength(2);
    expect(ask("compare gpt-3").error?.key).toBe("compare.count");
    expect(ask("compare gpt-3 palm opt bloom gopher").error?.params).toMatchObject({ count: 5, max: 4 });
    expect(ask("compare gpt-3 palmm").error?.key).toBe("model.unknown");
  });
});
