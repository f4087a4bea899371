import { describe, expect, it } from "vitest";
import { cardsBars } from "../../src/charts/cards.ts";
import { chartInput } from "../../src/charts/data.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";
import { chartTexts } from "../support/chartTexts.ts";

const ask = (question: string, lang: "en" | "zh-TW" = "en") => respondToText(registry, question, { lang });

/** The chart's bars, as { part: GB } for the model's bar and for one card's. */
function bars(question: string) {
  const input = chartInput(ask(question));
  if (input?.kind !== "cards") throw new Error(`expected a cards chart for ${question}`);
  const all = cardsBars(input.result, "en");
  const of = (model: boolean) =>
    Object.fromEntries(all.filter((b) => (b.bar === "Model total") === model).map((b) => [b.part, b.gb]));
  return { model: of(true), card: of(false), result: input.result };
}

const sum = (parts: Record<string, number>) => Object.values(parts).reduce((s, v) => s + v, 0);

describe("one card's bar is what the answer says one GPU holds", () => {
  it("70B trained on 24 H100s (TP 8 × DP 3, ZeRO-2): 17.5 GB weights, 5.83 gradients, 35 optimizer, 11.4 activations", () => {
    const { model, card, result } = bars(
      "cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 context=4k",
    );
    // The answer's rows: weights 2 B × 70B / t 8 = 17.5 GB (ZeRO-2 does not shard weights over d),
    // gradients 140 GB / (t·p·d = 24) = 5.83 GB, Adam 840 GB / 24 = 35 GB, activations
    // L · 34·s·b·h / t = 80 × 34 × 4,096 × 8,192 / 8 = 11.4 GB (never split by d): 69.7 GB.
    // A proportional share of the total (69.7 / 1,131) drew 8.6 GB of weights and 0.7 of activations.
    expect(card.Weights).toBeCloseTo(17.5, 6);
    expect(card.Gradients).toBeCloseTo(140 / 24, 6);
    expect(card["Optimizer states"]).toBeCloseTo(35, 6);
    expect(card.Activations).toBeCloseTo((80 * 34 * 4096 * 8192) / 8 / 1e9, 6);
    expect(sum(card)).toBeCloseTo(result.bytesPerCard / 1e9, 6);
    // The model's bar is the answer's total, model states only (activations are one GPU's figure).
    expect(sum(model)).toBeCloseTo(1120, 6);
    expect(model.Activations).toBeUndefined();
  });

  it("405B on H100s with ZeRO-3: the gathered-layer buffer is drawn, and the card's bar sums to the answer's per-GPU total", () => {
    const { card, result } = bars(
      "cards 405B gpu=H100 mode=train layers=126 hidden=16384 heads=128 context=8k",
    );
    expect(card[t("en", "row.gatherBuffer")]).toBeGreaterThan(0);
    expect(sum(card)).toBeCloseTo(result.bytesPerCard / 1e9, 6);
  });

  it("serving (every part split over TP): the card's bar is still the total over the cards", () => {
    const { model, card, result } = bars(
      "cards 70B gpu=H100 mode=infer context=32k batch=32 layers=80 kv-heads=8 head-dim=128",
    );
    for (const part of Object.keys(model))
      expect(card[part]).toBeCloseTo((model[part] ?? 0) / result.cards, 6);
  });
});

describe("the cards chart says what its bars leave out", () => {
  it.each(LANGS)(
    "in %s: training without a shape has no activations, serving without one no KV cache",
    async (lang) => {
      // The answers warn of both ("Activations need layers=, …", "The KV cache is not counted"); a bar
      // well under the usable-memory rule read as "fits" with the deciding part missing.
      expect(await chartTexts("cards 7B gpu=RTX4090 mode=train chart", lang)).toContain(
        t(lang, "chart.cards.noActivations"),
      );
      expect(await chartTexts("cards 70B gpu=H100 chart", lang)).toContain(t(lang, "chart.cards.noKvCache"));
      const shaped = await chartTexts(
        "cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 context=4k chart",
        lang,
      );
      expect(shaped).not.toContain(t(lang, "chart.cards.noActivations"));
    },
  );
});

describe("the cards chart says the precision its memory is counted at", () => {
  it.each(LANGS)(
    "in %s: 70B served in int4 on two L4s: 38.5 GB, int4 (in bf16 it would be 154 GB)",
    async (lang) => {
      // 70B × 0.5 B = 35 GB of weights + 10% overhead = 38.5 GB; the title named neither the model nor
      // the precision, so two 24 GB cards for 70B read as a mistake.
      const texts = await chartTexts("cards 70B gpu=L4 mode=infer precision=int4 chart", lang);
      const subtitle = t(lang, "chart.cards.subtitle", {
        total: "38.5 GB",
        precision: "int4",
        usable: "21.6 GB",
      });
      expect(subtitle).toContain("int4");
      expect(texts).toContain(subtitle);
    },
  );
});

describe("on one card", () => {
  it("1B trained on one H100: one bar, the card's, not the same memory drawn twice at two lengths", () => {
    const spec = chartSpec(ask("cards 1B gpu=H100 mode=train"), "en");
    if (spec?.kind !== "cards") throw new Error("expected a cards chart");
    const panels = (spec.vegaLite as { vconcat: { layer: { data?: { values: { bar: string }[] } }[] }[] })
      .vconcat;
    expect(panels).toHaveLength(1);
    expect(new Set(panels[0]?.layer[0]?.data?.values.map((v) => v.bar))).toEqual(new Set(["Per card (× 1)"]));
  });
});
