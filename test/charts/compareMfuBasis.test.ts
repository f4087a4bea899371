import { describe, expect, it } from "vitest";
import { glyphsToCover } from "../../src/charts/glyphs.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";
import { localize } from "../../src/reply/localize.ts";

/** The MFU panel's labels by run, and the answer's MFU cells, in a language. */
function mfuLabels(question: string, lang: "en" | "zh-TW") {
  const reply = respondToText(registry, question, { lang });
  const spec = chartSpec(reply, lang);
  if (spec?.kind !== "compare") throw new Error("expected the compare chart");
  const panels = (spec.vegaLite as { vconcat: { data: { values: { name: string; label: string }[] } }[] })
    .vconcat;
  const chart = Object.fromEntries((panels[2]?.data.values ?? []).map((v) => [v.name, v.label]));
  return { chart, answer: JSON.stringify(localize(reply, lang)) };
}

describe("the compare chart's MFU bars say which FLOP each counts, as the answer's cells do", () => {
  it.each(LANGS)("in %s: Llama 3 405B and PaLM with attention, DeepSeek-V3 by 6N only", (lang) => {
    // DeepSeek-V3's MLA is not modelled: 6 × 37B × 14.8T over 2.664M H800-hours at 989.4 TFLOP/s
    // is 34.6% on 6N; Llama 3 405B is 37.5% and PaLM 46.2% with 12·L·H·Q·T added (PaLM App. B).
    // The bars stood side by side as "34.6%", "37.5%", "46.2%", as if counted alike.
    const { chart, answer } = mfuLabels("compare deepseek-v3 llama-3-405b palm", lang);
    expect(chart).toEqual({
      "DeepSeek-V3": t(lang, "compare.cell.mfu6N", { mfu: "34.6%" }),
      "Llama 3 405B": t(lang, "compare.cell.mfuAttention", { mfu: "37.5%" }),
      "PaLM 540B": t(lang, "compare.cell.mfuAttention", { mfu: "46.2%" }),
    });
    // The same words as the answer's table.
    for (const label of Object.values(chart)) expect(answer).toContain(label);
  });

  it("the Chinese labels' characters are in the font subset", () => {
    for (const key of [
      "compare.cell.mfu6N",
      "compare.cell.mfuAttention",
      "compare.cell.mfuPublished",
    ] as const)
      for (const c of t("zh-TW", key, { mfu: "" })) if (c > "\u2e80") expect(glyphsToCover()).toContain(c);
  });
});
