import { describe, expect, it } from "vitest";
import { localize } from "../../src/reply/localize.ts";
import { ask, result } from "./helpers.ts";

const rowValue = (line: string, lang: "en" | "zh-TW", label: string): string => {
  const reply = ask(line, lang);
  const i = reply.rows.findIndex((row) => row.label.key === label);
  return String(localize(reply, lang).rows[i]?.value);
};

// Mixed-precision Adam keeps 16 B a parameter (Rajbhandari et al. 2020, ZeRO §3.1): 67.5T × 16 B =
// 1,080 TB in all; on H100s (72 GB usable) ZeRO-3 spreads it over 1,080e12 / 72e9 = 15,000 cards.
describe("large counts in a training layout are grouped as the other rows write them", () => {
  const line = "cards 67.5T gpu=H100 mode=train";
  const total = 67.5e12 * 16;
  const cards = Math.ceil(total / (80e9 * 0.9));

  it(`${line}: DP 15,000 and 1,080 TB, not DP 15000 and 1080 TB (en, zh-TW)`, () => {
    expect(cards).toBe(15_000);
    const r = result(line);
    expect(r.layout.dp).toBe(cards);
    expect(r.bytesTotal).toBeCloseTo(total, -3);
    const dp = cards.toLocaleString("en-US");
    const tb = `${(total / 1e12).toLocaleString("en-US")} TB`;
    expect(rowValue(line, "en", "row.layout")).toBe(`TP 1 × PP 1 × DP ${dp}, ZeRO-3, selective recompute`);
    expect(rowValue(line, "zh-TW", "row.layout")).toBe(`TP 1 × PP 1 × DP ${dp}，ZeRO-3，選擇性重算`);
    expect(rowValue(line, "en", "row.memoryTotal")).toBe(tb);
    expect(rowValue(line, "zh-TW", "row.memoryTotal")).toBe(tb);
  });

  it("zh-TW words the recomputation whole: 完整重算 for recompute=full, no `full 重算`", () => {
    const full = "cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 context=4k recompute=full";
    expect(result(full).layout.recompute).toBe("full");
    expect(rowValue(full, "zh-TW", "row.layout")).toContain("，完整重算");
    expect(rowValue(full, "en", "row.layout")).toContain(", full recompute");
  });

  // Llama 2 70B (80 layers, 8 KV heads × 128): KV 2 · 80 · 8 · 128 · 2 B = 327,680 B per token.
  it("serve's batch of 2,048 is grouped in its formulas and sayings", () => {
    const reply = localize(ask("serve llama-3-70b gpu=H100 batch=2048 context=8k"), "en");
    const kv = reply.rows.find((row) => row.label === "KV cache");
    expect(kv?.formula).toContain("× 8,192 × 2,048 (bf16)");
    expect(JSON.stringify(reply)).not.toMatch(/[^\d,.]2048[^\d]/);
  });
});
