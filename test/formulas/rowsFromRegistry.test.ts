import { describe, expect, it } from "vitest";
import { gqaKvLayout } from "../../src/core/serving.ts";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask } from "../commands/helpers.ts";

const formulaOf = (reply: Reply, label: string): string => {
  const row = reply.rows.find((r) => r.label.key === label);
  if (!row?.formula) throw new Error(`no ${label} row with a formula`);
  return formulaText(row.formula);
};

/** Rows of the commands moved last (cards, serve, params, model) drawn from registry references. */
describe("serving, training and architecture rows come from the registry", () => {
  it("keeps the GQA cache's numbers in core and draws its formula in src/reply (Llama 3 70B: 80 layers, 8 KV heads × 128; 327,680 B per token in bf16)", () => {
    const kv = gqaKvLayout({ layers: 80, kvHeads: 8, headDim: 128 }, "bf16");
    expect(kv.bytesPerToken).toBe(327_680);
    expect(kv.derivation).toEqual({
      variant: "gqa",
      shape: { layers: 80, kvHeads: 8, headDim: 128 },
      bytesPerValue: 2,
    });
    const reply = ask("cards 70B gpu=H100 mode=infer context=8k layers=80 kv-heads=8 head-dim=128");
    expect(formulaOf(reply, "row.kvPerGpu")).toMatch(
      /^2 · L · n_kv · d_head · bytes · ctx · batch · share = 2 × 80 × 8 × 128 × 2 × ctx 8,192 × batch 1 × share /,
    );
    expect(formulaOf(reply, "row.kvCache")).toBe(
      "2 · L · n_kv · d_head · bytes · ctx · batch = 328K B × 8,192 × 1 (bf16)",
    );
  });

  it("draws DeepSeek-V3's MLA cache per token, 61 × (512 + 64) × 2 = 70,272 B (DeepSeek-V2 §2.1; V3 config)", () => {
    const reply = ask("params deepseek-v3");
    expect(formulaOf(reply, "row.kvPerToken")).toBe("L · (d_c + d_R) · 2 B = 61 × (512 + 64) × 2");
    const kv = reply.rows.find((r) => r.label.key === "row.kvPerToken");
    expect(kv?.value).toEqual({ kind: "bytes", value: 70_272 });
  });
});
