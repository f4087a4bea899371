import { vegaSvg } from "../../src/charts/render.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";

const unescaped = (text: string): string =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&");

/**
 * Every line of text a plot draws (titles, axis titles and labels, legends, value labels),
 * unescaped: a one-line text is a <text>, each line of a longer one a <tspan> in it.
 */
export const textsOf = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
    const body = m[1] ?? "";
    const lines = [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => line[1] ?? "");
    return (lines.length > 0 ? lines : [body]).map(unescaped);
  });

/** The texts drawn in the chart of a question's answer (the plot as Vega draws it, before its frame). */
export async function chartTexts(question: string, lang: Lang): Promise<string[]> {
  const spec = chartSpec(respondToText(registry, question, { lang }), lang);
  if (!spec) throw new Error(`expected a chart for ${question}`);
  return textsOf(await vegaSvg(spec));
}
