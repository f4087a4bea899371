/**
 * The one-card fine-tuning rows compare the card's bytes with its usable memory in their formula,
 * in the unit the row's value uses: `1.13 TB > 72 GB`, never `1.13K GB > 72 GB`. 72 GB is an H100's
 * 80 GB at 90% usable (the README's memory rule).
 */
import { describe, expect, it } from "vitest";
import { rendered } from "../commands/helpers.ts";

describe("one card's bytes in the formula as in the row", () => {
  it.each(["en", "zh-TW"] as const)("%s", (lang) => {
    const out = rendered("cards 70B gpu=H100 mode=lora layers=80 hidden=8192 heads=64 context=4k", lang);
    const rows = out.rows.filter((row) => /one card|單卡/.test(row.label));
    expect(rows.length).toBe(3);
    for (const row of rows) {
      expect(row.formula).toMatch(new RegExp(`^${row.value.replace(".", "\\.")} [>≤] 72 GB [✓✗]`));
      expect(row.formula).not.toMatch(/\dK GB/);
    }
  });
});
