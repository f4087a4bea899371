/**
 * Draws each example chart (src/charts/examples.ts) the way the bot does, from the bot's own
 * answer: docs/charts/<kind>.png (English, for the README) and test/charts/reference/<kind>-<lang>.png
 * (the tests' references). Run `npm run charts` after changing how a chart looks, and look at them.
 */
import { writeFileSync } from "node:fs";
import { CHART_EXAMPLES } from "../src/charts/examples.ts";
import { chartOf } from "../src/charts/index.ts";
import { registry } from "../src/commands/registry.ts";
import { respondToText } from "../src/dispatch/respond.ts";
import { LANGS } from "../src/i18n/lang.ts";

for (const { kind, text } of CHART_EXAMPLES) {
  for (const lang of LANGS) {
    const chart = await chartOf(respondToText(registry, `${text} chart`, { lang }), lang);
    if (!chart) throw new Error(`no chart for ${text}`);
    writeFileSync(`test/charts/reference/${kind}-${lang}.png`, chart.png);
    if (lang === "en") writeFileSync(`docs/charts/${kind}.png`, chart.png);
    console.log(`${kind} ${lang}: ${chart.width}×${chart.height}, ${chart.ms.toFixed(0)} ms`);
  }
}
