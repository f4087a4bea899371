import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";
import { localize } from "../../src/reply/localize.ts";
import { chartTexts } from "../support/chartTexts.ts";

/** The charts write numbers as the text answers do: `3.67 × 10²⁴ FLOP`, `10²³`, `4.21K`, not d3's `3.67e24`, `1e+23`, `5k`. */
describe("a chart writes its numbers as the answer does", () => {
  it.each(LANGS)("compare's log axes in %s: 10²³ … FLOP and 1, 10, 100 tokens a parameter", async (lang) => {
    const texts = await chartTexts("compare gpt-3 chinchilla palm llama-3-405b chart", lang);
    // GPT-3 3.14 × 10²³ to Llama 3 405B 3.8 × 10²⁵ FLOP (the answer's cells), on a decade axis.
    expect(texts).toEqual(expect.arrayContaining(["10²³", "10²⁴", "10²⁵", "10²⁶", "3.14 × 10²³ FLOP"]));
    // PaLM 1.44 to Llama 3 405B 38.4 tokens a parameter, with Chinchilla's 20.
    expect(texts).toEqual(expect.arrayContaining(["1", "10", "100", "1.44", "38.4"]));
    expect(texts.filter((text) => /\de[+-]?\d/.test(text))).toEqual([]);
  });

  it.each(LANGS)(
    "chinchilla's curves in %s are named by their budgets as the answer writes FLOP",
    async (lang) => {
      const question = "chinchilla 175B tokens=300B chart";
      const texts = await chartTexts(question, lang);
      // The optimum's budget: 6 × 175B × 3.5T = 3.67 × 10²⁴ FLOP, the answer's Training compute row.
      const rows = localize(respondToText(registry, question, { lang }), lang).rows.map((r) => r.value);
      expect(rows).toContain("3.67 × 10²⁴ FLOP");
      expect(texts).toContain("3.67 × 10²⁴ FLOP");
      // GPT-3's own budget, 6 × 175B × 300B, and a decade either side (10 × 3.675 × 10²⁴ rounds up).
      expect(texts).toEqual(
        expect.arrayContaining(["3.15 × 10²³ FLOP", "3.15 × 10²² FLOP", "3.68 × 10²⁵ FLOP"]),
      );
      expect(texts.filter((text) => /\de\d/.test(text))).toEqual([]);
    },
  );

  it("thousands on an axis are K, as the bars' labels write them (1B 1T on one H100: 4.21K GPU-hours)", async () => {
    const texts = await chartTexts("1B 1T gpu=h100 gpus=1 chart", "en");
    // 6 × 1B × 1T / (989.4 TFLOP/s × 0.4) / 3600 = 4.21K GPU-hours on the H100.
    expect(texts).toContain("4.21K GPU-hours");
    expect(texts).toEqual(expect.arrayContaining(["5K", "10K"]));
    expect(texts.filter((text) => /^\d+(\.\d+)?k$/.test(text))).toEqual([]);
  });
});

describe("one of a thing is singular in a chart's title", () => {
  it("one H100 is `1 GPU each`, one card `1 card`; more stay plural", async () => {
    expect(await chartTexts("1B 1T gpu=h100 gpus=1 chart", "en")).toContain(
      "1 GPU each, MFU 40%, bf16 dense peak",
    );
    expect(await chartTexts("1B 1T gpu=h100 gpus=8 chart", "en")).toContain(
      "8 GPUs each, MFU 40%, bf16 dense peak",
    );
    // 1B in bf16: 2 GB of weights + 10% overhead, on one 80 GB H100 (72 GB usable).
    expect(await chartTexts("cards 1B gpu=H100 chart", "en")).toContain(
      "Serving on NVIDIA H100 SXM5 80GB: 1 card",
    );
    // Training: 16 B × 1B = 16 GB of mixed-precision Adam state, one card.
    expect(await chartTexts("cards 1B gpu=H100 mode=train chart", "en")).toContain(
      "Training on NVIDIA H100 SXM5 80GB: 1 card",
    );
    expect(await chartTexts("cards 70B gpu=H100 chart", "en")).toContain(
      "Serving on NVIDIA H100 SXM5 80GB: 4 cards",
    );
    expect(await chartTexts("cards 1B gpu=H100 chart", "zh-TW")).toContain(
      "以 NVIDIA H100 SXM5 80GB 推論：需要 1 張卡",
    );
  });
});

describe("the cards chart's usable-memory rule", () => {
  it.each(LANGS)(
    "in %s says the usable memory as the answer rounds it (21.6 GB of a 24 GB RTX 4090, not 22)",
    async (lang) => {
      const question = "cards 7B gpu=4090 chart";
      // 90% of 24 GB usable: 21.6 GB (the answer's Memory per GPU line compares against it).
      const texts = await chartTexts(question, lang);
      expect(texts).toContain(t(lang, "chart.cards.usable", { usable: "21.6 GB" }));
      expect(texts.some((text) => text.includes("22 GB"))).toBe(false);
      const answer = localize(respondToText(registry, question, { lang }), lang);
      expect(answer.rows.some((row) => row.formula?.includes("21.6 GB"))).toBe(true);
    },
  );
});
