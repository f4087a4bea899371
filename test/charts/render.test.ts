import { readFileSync } from "node:fs";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CHART_EXAMPLES } from "../../src/charts/examples.ts";
import { PNG_SCALE } from "../../src/charts/frame.ts";
import { chartOf } from "../../src/charts/index.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";

/**
 * Each chart drawn from the bot's own answer, in both languages, against the reference committed
 * in test/charts/reference/ (made by `npm run charts` and looked at). A perceptual diff
 * (pixelmatch, YIQ threshold 0.1, anti-aliasing ignored) allows at most 0.5% of pixels to
 * differ: a changed label, a missing glyph (tofu) or a moved bar is far more than that.
 */
const MAX_DIFFERENT = 0.005;
/** Rendering one chart on a shared 2-core machine: well under this (see README, Charts). */
const MAX_RENDER_MS = 5_000;

describe.each(CHART_EXAMPLES)("the $kind chart", ({ kind, text }) => {
  it.each(LANGS)("in %s: a PNG of the declared size that matches its reference", async (lang) => {
    const reply = respondToText(registry, `${text} chart`, { lang });
    const spec = chartSpec(reply, lang);
    const chart = await chartOf(reply, lang);
    expect(chart?.fileName).toBe(`flopsbot-${kind === "compute" ? "gpus" : kind}.png`);
    const png = PNG.sync.read(chart?.png as Buffer);
    expect(png.width).toBe((spec?.width ?? 0) * PNG_SCALE);
    expect(png.width).toBe(chart?.width);
    expect(png.height).toBe(chart?.height);
    expect(chart?.ms).toBeLessThan(MAX_RENDER_MS);

    const reference = PNG.sync.read(readFileSync(`test/charts/reference/${kind}-${lang}.png`));
    expect([png.width, png.height]).toEqual([reference.width, reference.height]);
    const different = pixelmatch(png.data, reference.data, undefined, png.width, png.height, {
      threshold: 0.1,
    });
    expect(different / (png.width * png.height)).toBeLessThan(MAX_DIFFERENT);
  });
});

describe("the pixel diff notices a wrong chart", () => {
  it("the English cards chart is not within tolerance of the Chinese one's top rows", async () => {
    const en = PNG.sync.read(readFileSync("test/charts/reference/cards-en.png"));
    const zh = PNG.sync.read(readFileSync("test/charts/reference/cards-zh-TW.png"));
    const rows = Math.min(en.height, zh.height);
    const bytes = en.width * rows * 4;
    const different = pixelmatch(
      en.data.subarray(0, bytes),
      zh.data.subarray(0, bytes),
      undefined,
      en.width,
      rows,
      {
        threshold: 0.1,
      },
    );
    expect(different / (en.width * rows)).toBeGreaterThan(MAX_DIFFERENT);
  });
});
