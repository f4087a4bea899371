import { describe, expect, it } from "vitest";
import { vegaSvg } from "../../src/charts/render.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";

const unescaped = (text: string): string =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&");

/**
 * Every line of text the plot draws (titles, axis titles and labels, legends, value labels),
 * unescaped: a one-line text is a <text>, each line of a longer one a <tspan> in it.
 */
const textsOf = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
    const body = m[1] ?? "";
    const lines = [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => line[1] ?? "");
    return (lines.length > 0 ? lines : [body]).map(unescaped);
  });

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
      const spec = chartSpec(respondToText(registry, `${question} chart`, { lang }), lang);
      if (!spec) throw new Error(`expected a chart for ${question}`);
      const texts = textsOf(await vegaSvg(spec));
      expect(texts.length).toBeGreaterThan(5);
      expect({ question, cut: texts.filter((text) => text.includes("…")) }).toEqual({ question, cut: [] });
    }
  });

  it("a published run's chart says its FLOP count includes attention, under a whole title", async () => {
    const spec = chartSpec(respondToText(registry, "llama-3-405b chart", { lang: "en" }), "en");
    if (!spec) throw new Error("expected a chart");
    const texts = textsOf(await vegaSvg(spec));
    // Llama 3 405B: 15.6T × (6 × 406B + 12 × 126 × 16,384 × 8,192) = 4.12 × 10²⁵ FLOP.
    expect(texts).toContain("Training 4.12 × 10²⁵ FLOP on different GPUs");
    expect(texts).toContain(t("en", "chart.compute.attention"));
  });
});
