import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";
import { chartTexts } from "../support/chartTexts.ts";

/**
 * Vega cuts a text past its limit with an ellipsis; a cut title loses what the chart is of. Questions
 * whose titles are the longest the bot draws: published runs with a model shape (the FLOP counted
 * with attention), listed GPUs with a price each, the cards chart's GPU name.
 */
const QUESTIONS = [
  "llama-3-405b",
  "llama-3-70b 15T gpu=B200 gpus=1024 price=$2.5/h",
  "70B 2T gpu=h100,a100,mi300x price=$2/h,$1.5/h,$2.5/h",
  "cards 405B gpu=MI300X mode=train",
  "chinchilla 175B tokens=300B",
  "compare gpt-3 chinchilla palm llama-3-405b",
];

describe("no text in a chart is cut short", () => {
  it.each(LANGS)("in %s", async (lang) => {
    for (const question of QUESTIONS) {
      const texts = await chartTexts(`${question} chart`, lang);
      expect(texts.length).toBeGreaterThan(5);
      expect({ question, cut: texts.filter((text) => text.includes("…")) }).toEqual({ question, cut: [] });
    }
  });

  it("a published run's chart says its FLOP count includes attention, under a whole title", async () => {
    const texts = await chartTexts("llama-3-405b chart", "en");
    // Llama 3 405B: 15.6T × (6 × 406B + 12 × 126 × 16,384 × 8,192) = 4.12 × 10²⁵ FLOP.
    expect(texts).toContain("Training 4.12 × 10²⁵ FLOP on different GPUs");
    expect(texts).toContain(t("en", "chart.compute.attention"));
  });
});
