import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask } from "../commands/helpers.ts";

const rowOf = (reply: Reply, label: string) => {
  const row = reply.rows.find((r) => r.label.key === label);
  if (!row?.formula || row.value.kind === "text" || row.value.kind === "message")
    throw new Error(`no ${label} row with a number and a formula`);
  return { value: row.value.value, formula: formulaText(row.formula) };
};

/** The numbers after `=` in a formula: `141 GB × 0.05298` → [141, 0.05298]. */
const numbersAfterEquals = (formula: string): number[] =>
  [...(formula.split(" = ")[1] ?? "").matchAll(/(\d[\d,]*(?:\.\d+)?)/g)].map((m) =>
    Number((m[1] as string).replaceAll(",", "")),
  );

describe("a formula's own numbers give the number shown beside it", () => {
  // Llama 3 70B (HF meta-llama/Meta-Llama-3-70B config.json: 80 layers, hidden 8192, vocab 128,256;
  // 70,553,706,496 parameters). With pipeline stages the first also holds the V·h input embedding split
  // over t (Narayanan et al. 2021, §2.2): share = (1 − e)/(t·p) + e/t, e = V·h/N.
  it("cards train with PP: weights and optimizer per GPU are the whole × the first stage's share", () => {
    // Stages pinned (TP 4 × PP 5, zero=0 so no state is divided by d): on whole nodes of 8 the search
    // itself now picks TP 8 × DP 3 with no PP, and raises d to 2 here (40 GPUs, 5 nodes).
    const reply = ask("cards llama-3-70b gpu=H100 mode=train context=8k tp=4 pp=5 zero=0");
    if (!reply.ok || !reply.result) throw new Error("cards train failed");
    const { tp, pp } = reply.result.layout as { tp: number; pp: number };
    expect(pp).toBeGreaterThan(1);
    const e = (128_256 * 8192) / 70_553_706_496;
    for (const [label, bytesPerParam] of [
      ["row.weightsPerGpu", 2],
      ["row.optimizerPerGpu", 12],
    ] as const) {
      const { value, formula } = rowOf(reply, label);
      const [gb, share] = numbersAfterEquals(formula) as [number, number];
      // The value is what the formula's numbers multiply out to (to their shown precision).
      expect((gb * 1e9 * share) / value).toBeCloseTo(1, 2);
      expect(gb).toBeCloseTo((70_553_706_496 * bytesPerParam) / 1e9, -1);
      expect(share).toBeCloseTo((1 - e) / (tp * pp) + e / tp, 4);
      // Not the even split 1/(t·p) the old text showed (141 GB / 20 = 7.05 GB beside 7.48 GB).
      expect(Math.abs(share * tp * pp - 1)).toBeGreaterThan(0.05);
    }
  });

  it("without PP the even split is shown and reproduces the value", () => {
    const { value, formula } = rowOf(ask("cards 7B gpu=H100 mode=train"), "row.weightsPerGpu");
    const [gb, split] = numbersAfterEquals(formula) as [number, number];
    expect((gb * 1e9) / split / value).toBeCloseTo(1, 2);
  });

  // Decode per replica (Pope et al. 2022, §3): p pipeline stages run one after another for a token,
  // so tokens/s = batch / (p · max(bytes / bandwidth, FLOP / peak)); DeepSeek-V3 on H200 is TP 8 × PP 2.
  it("serve: the pipeline divides the decode rate, written ÷ p, not × p", () => {
    const { value, formula } = rowOf(ask("serve deepseek-v3 gpu=H200"), "row.decodePerReplica");
    expect(formula).toContain("batch / (p · max(bytes / bandwidth, FLOP / peak))");
    expect(formula).not.toContain("× p");
    const [batch, pp, gb, tbs] = numbersAfterEquals(formula) as [number, number, number, number];
    expect(pp).toBe(2);
    expect(batch / (pp * ((gb * 1e9) / (tbs * 1e12))) / value).toBeCloseTo(1, 2);
  });
});
