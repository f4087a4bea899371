import { parse, View } from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

const specOf = (question: string) => {
  const spec = chartSpec(respondToText(registry, question, { lang: "en" }), "en");
  if (spec?.kind !== "chinchilla") throw new Error(`expected a chinchilla chart for ${question}`);
  return spec;
};

/** CIELAB lightness L* of an sRGB colour `#rrggbb`. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** The iso-FLOP curves' colours as Vega draws them, in the legend's order (budget ascending). */
async function curveColours(question: string): Promise<string[]> {
  const view = new View(parse(compile(specOf(question).vegaLite).spec), { renderer: "none" });
  await view.runAsync();
  const scale = view.scale("color") as ((value: string) => string) & { domain(): string[] };
  const colours = scale.domain().map((d) => scale(d));
  view.finalize();
  return colours;
}

describe("the chinchilla chart's curves can be told apart", () => {
  it.each([
    // With a run: four budgets (a decade below, the run's, the optimum's, a decade above).
    ["chinchilla 175B tokens=300B", 4],
    ["chinchilla 10M tokens=1T", 4],
    ["chinchilla budget=3.14e23", 3],
  ])(
    "%s: %i curves, each at least 20 L* from the next (was 11 between the middle two)",
    async (question, count) => {
      const colours = await curveColours(question);
      expect(colours).toHaveLength(count);
      const steps = colours.slice(1).map((c, i) => lightness(colours[i] ?? "#000000") - lightness(c));
      for (const step of steps) expect(step).toBeGreaterThanOrEqual(20);
    },
  );
});

describe("the chinchilla chart's labels read over the curves", () => {
  it("each label has a white halo drawn under it (the curves cross where the labels sit)", () => {
    const layers = (
      specOf("chinchilla 175B tokens=300B").vegaLite as {
        layer: { layer?: { mark: { type: string; stroke?: string; strokeWidth?: number } }[] }[];
      }
    ).layer;
    const marks = layers.flatMap((l) => l.layer ?? []).map((l) => l.mark);
    const texts = marks.filter((m) => m.type === "text");
    expect(texts).toHaveLength(2);
    // The halo first (drawn under), white and wider than the glyphs' strokes, then the coloured label.
    expect(texts[0]).toMatchObject({ stroke: "white" });
    expect(texts[0]?.strokeWidth).toBeGreaterThanOrEqual(3);
    expect(texts[1]?.stroke).toBeUndefined();
  });
});
