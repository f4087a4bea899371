import { parse, View } from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

/** The drawn x scales of the cards chart's two panels (the model's bar, one card's bar), from Vega itself. */
async function panelScales(question: string) {
  const spec = chartSpec(respondToText(registry, question, { lang: "en" }), "en");
  if (spec?.kind !== "cards") throw new Error("expected a cards chart");
  const view = new View(parse(compile(spec.vegaLite).spec), { renderer: "none" });
  await view.runAsync();
  const scale = (name: string) => view.scale(name) as ((value: number) => number) & { range(): number[] };
  const scales = { model: scale("concat_0_x"), card: scale("concat_1_x") };
  view.finalize();
  return scales;
}

describe("the cards chart draws one card's share where it can be read", () => {
  it("405B trained on MI300X (38 cards): the card's 170 GB bar and the 173 GB rule span most of their panel", async () => {
    const { model, card } = await panelScales("cards 405B gpu=MI300X mode=train chart");
    // 16 B × 405B = 6.48 TB of mixed-precision Adam state over 38 cards: 170.5 GB each, 90% of
    // 192 GB = 172.8 GB usable. On the model's 6.48 TB scale that bar would be 1/38 of the width.
    const width = card.range()[1] ?? 0;
    expect(card(6480 / 38)).toBeGreaterThan(0.8 * width);
    expect(card(172.8)).toBeLessThanOrEqual(width);
    expect(model(6480)).toBeGreaterThan(0.8 * (model.range()[1] ?? 0));
  });
});
