import { describe, expect, it } from "vitest";
import { vegaSvg } from "../../src/charts/render.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";
import { chartTexts } from "../support/chartTexts.ts";

const specOf = (question: string, lang: "en" | "zh-TW" = "en") => {
  const spec = chartSpec(respondToText(registry, question, { lang }), lang);
  if (spec?.kind !== "compute") throw new Error(`expected the across-GPU chart for ${question}`);
  return spec;
};

/** The panels' x fields and titles, in order (wall time, GPU-hours, cost). */
const panels = (question: string, lang: "en" | "zh-TW" = "en") =>
  (
    specOf(question, lang).vegaLite as {
      vconcat: { encoding: { x: { field: string; title: string } } }[];
    }
  ).vconcat.map((p) => p.encoding.x);

describe("the across-GPU chart says what the question did not give", () => {
  it.each(LANGS)(
    "in %s: `70B 2T` (no GPUs, no MFU) says the 1,024 GPUs and the 40% MFU are assumed",
    async (lang) => {
      // The answer has no GPU rows at all; the chart's bars need a count and an MFU, both its defaults.
      const texts = await chartTexts("70B 2T chart", lang);
      const line = t(lang, "chart.compute.assumed", {
        items: [
          t(lang, "chart.compute.assumedGpus", { gpus: "1,024" }),
          t(lang, "chart.compute.assumedMfu", { mfu: "40%" }),
        ].join(t(lang, "chart.compute.assumedJoin")),
      });
      expect(texts).toContain(line);
    },
  );

  it("GPU-hours given without a GPU count: the wall times rest on an assumed 1,024 GPUs, and the MFU is the implied one", async () => {
    const texts = await chartTexts("671B 14.8T gpu=H800 gpu-hours=2.664M chart", "en");
    expect(texts).toContain("Assumed, not in the question: 1,024 GPUs");
  });

  it("a typed GPU count and MFU, or a published run's, are not called assumed", async () => {
    for (const question of [
      "70B 2T gpu=H100 gpus=64 mfu=50%",
      "deepseek-v3 gpu=H800",
      "70B 2T gpu=h100,a100 gpus=64 mfu=50%",
    ]) {
      const texts = await chartTexts(`${question} chart`, "en");
      expect({ question, assumed: texts.filter((s) => s.startsWith("Assumed")) }).toEqual({
        question,
        assumed: [],
      });
    }
    // A typed count with the MFU left to the default: only the MFU is assumed.
    expect(await chartTexts("70B 2T gpu=H100 gpus=64 chart", "en")).toContain(
      "Assumed, not in the question: MFU 40%",
    );
  });
});

describe("an MFU implied by a given GPU time is said to be one", () => {
  it.each(LANGS)(
    "in %s: GPT-3 on its 10,000 V100s × 14.8 days is 20.3% implied, not the published 21.3%",
    async (lang) => {
      // 300B × (6 × 175B + 12 × 96 × 12,288 × 2,048) = 3.24e23 FLOP / (3.55M h × 3600 × 125 TFLOP/s) = 20.3%;
      // Read as lists the published MFU 21.3%, and the subtitle's bare "MFU 20.3%" read as a mismatch.
      const texts = await chartTexts("gpt-3 gpu=V100 chart", lang);
      const mfu = t(lang, "chart.compute.mfuImplied", { mfu: "20.3%" });
      expect(texts.some((line) => line.includes(mfu))).toBe(true);
      // A planned MFU is not called implied.
      const planned = await chartTexts("70B 2T gpu=H100 gpus=64 mfu=50% chart", lang);
      expect(planned.some((line) => line.includes(t(lang, "chart.compute.mfuImplied", { mfu: "50%" })))).toBe(
        false,
      );
    },
  );
});

describe("an impossible MFU stands out", () => {
  it.each(LANGS)(
    "in %s: DeepSeek-V3 by its 671B total parameters over its 2.664M H800-hours is 628% MFU, said so in red",
    async (lang) => {
      // 6 × 671B × 14.8T = 5.96e25 FLOP / (2.664M h × 3600 × 989.4 TFLOP/s) = 6.28: the answer warns
      // "MFU 628% is impossible"; the chart drew its times at that MFU with no word.
      const spec = specOf("671B 14.8T gpu=H800 gpu-hours=2.664M chart", lang);
      const first = (spec.vegaLite as { vconcat: { title?: { text: string; color: string } }[] }).vconcat[0];
      expect(first?.title?.text).toBe(t(lang, "chart.compute.impossibleMfu", { mfu: "628%" }));
      expect(first?.title?.color).toBe("#D55E00");
      const texts = await chartTexts("671B 14.8T gpu=H800 gpu-hours=2.664M chart", lang);
      // Drawn whole, not cut with an ellipsis.
      expect(texts).toContain(first?.title?.text);
    },
  );

  it.each(LANGS)(
    "in %s: a planned 75% MFU is called suspicious, as the answer warns (large runs reach 40–60%)",
    async (lang) => {
      const spec = specOf("70B 2T gpu=H100 gpus=1024 mfu=75% chart", lang);
      const first = (spec.vegaLite as { vconcat: { title?: { text: string } }[] }).vconcat[0];
      expect(first?.title?.text).toBe(t(lang, "chart.compute.suspiciousMfu", { mfu: "75%" }));
      expect(await chartTexts("70B 2T gpu=H100 gpus=1024 mfu=75% chart", lang)).toContain(first?.title?.text);
    },
  );

  it("a possible MFU (DeepSeek-V3 by its 37B active parameters, 34.6%) gets no warning", () => {
    const spec = specOf("deepseek-v3 gpu=H800 chart");
    expect((spec.vegaLite as { vconcat: { title?: unknown }[] }).vconcat[0]?.title).toBeUndefined();
  });
});

describe("a list of GPUs names the precision it was timed at", () => {
  it.each(LANGS)(
    "in %s: `gpu=h100,mi300x precision=fp8`: the bars are at fp8 peaks, and the subtitle says fp8",
    (lang) => {
      // H100 SXM fp8 dense 1,979 TFLOP/s: 8.4e23 / (256 × 1,979e12 × 0.4) = 48.0 days, as the answer's row;
      // the subtitle said "bf16 dense peak" (the result's list carries no precision of its own).
      const spec = specOf("70B 2T gpu=h100,mi300x precision=fp8 gpus=256 chart", lang);
      const vegaLite = spec.vegaLite as {
        title: { subtitle: string[] };
        data: { values: { gpu: string; days: number }[] };
      };
      expect(vegaLite.data.values.find((v) => v.gpu.startsWith("H100"))?.days).toBeCloseTo(48.0, 1);
      expect(vegaLite.title.subtitle[0]).toContain("fp8");
      expect(vegaLite.title.subtitle[0]).not.toContain("bf16");
    },
  );
});

describe("the wall-time axis is in the unit its bars are labelled in", () => {
  it.each([
    // 6 × 7B × 1T = 4.2e22 FLOP on one H100 at 40%: 1.06e8 s, 3.4 years (A100: 10.7 years).
    ["7B 1T gpu=H100 gpus=1", "years", "chart.compute.years", 10.7],
    // 6 × 100M × 100B = 6e19 FLOP on 64 GPUs at 40%: 2,369 s (0.66 h) on H100, 7,512 s (2.09 h) on
    // A100 (312 TFLOP/s), the longest bar; on an axis of days they were slivers of 0.03–0.09.
    ["100M 100B gpu=H100 gpus=64", "hours", "chart.compute.hours", 2.09],
    ["70B 2T gpu=H100 gpus=1024", "days", "chart.compute.days", 76.1],
  ] as const)("%s: %s", (question, field, key, longest) => {
    for (const lang of LANGS) {
      const [time] = panels(`${question} chart`, lang);
      expect(time).toMatchObject({ field, title: t(lang, key) });
      const values = (
        specOf(`${question} chart`, lang).vegaLite as { data: { values: Record<string, number>[] } }
      ).data.values;
      expect(Math.max(...values.map((v) => v[field] ?? 0))).toBeCloseTo(longest, 1);
    }
  });
});

describe("the across-GPU chart keeps its scale with a price", () => {
  it("one GPU priced: the cost axis title does not widen the chart (it was shrunk to 84% to fit)", async () => {
    const width = async (question: string) =>
      Number(/width="([\d.]+)"/.exec(await vegaSvg(specOf(question)))?.[1] ?? Number.NaN);
    const priced = await width("7B 1T gpu=H100 gpus=1 price=$2/h chart");
    const unpriced = await width("7B 1T gpu=H100 gpus=1 chart");
    expect(priced).toBeLessThan(unpriced * 1.05);
  });
});
