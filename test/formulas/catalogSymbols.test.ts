import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { zhTW } from "../../src/i18n/zh-TW.ts";
import { formula, symbol } from "../../src/reply/build.ts";
import { formulaText } from "../../src/reply/formula.ts";
import { said } from "../commands/helpers.ts";

/**
 * The MFU note takes the attention term's symbols from the registry: PaLM (Chowdhery et al. 2022,
 * Appendix B) counts 6N + 12·L·H·Q·T per token, H heads × Q head dimension, not the `12·L·h·T`
 * the catalogs once typed.
 */
describe("catalog text takes formula symbols from the registry", () => {
  const attention = formulaText(formula("perToken.attention", { n: symbol("N") }));

  it("draws PaLM's per-token FLOP with attention as 6N + 12·L·H·Q·T", () => {
    expect(attention).toBe("6N + 12·L·H·Q·T");
  });

  it("says 12·L·H·Q·T in the MFU note of compute with an architecture, in both languages", () => {
    const line = "70B 1.4T gpu=H100 layers=80 d=8192 ctx=8192";
    for (const lang of ["en", "zh-TW"] as const) {
      const reply = said(line, lang);
      expect(reply).toContain(`${attention} FLOP`);
      expect(reply).not.toContain("12·L·h·T");
    }
  });

  it("types no 12·L·h·T in either catalog", () => {
    for (const catalog of [en, zhTW]) expect(Object.values(catalog).join("\n")).not.toContain("12·L·h·T");
  });
});
