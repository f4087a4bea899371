import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import { cardsChart } from "./cards.ts";
import { chinchillaChart } from "./chinchilla.ts";
import { compareChart } from "./compare.ts";
import { computeChart } from "./compute.ts";
import { chartInput } from "./data.ts";
import type { ChartSpec } from "./frame.ts";

/** Source names as short as the footer needs: the part before the first comma ("Hoffmann et al. 2022"). */
const shortTitle = (title: string): string => title.split(/,|:/)[0]?.trim() ?? title;

/** The chart of a reply, as a pure spec (no rendering), or undefined when its command has none. */
export function chartSpec(reply: Reply, lang: Lang): ChartSpec | undefined {
  const input = chartInput(reply);
  if (!input) return undefined;
  const sources = reply.sources.map((s) => shortTitle(s.title));
  switch (input.kind) {
    case "cards":
      return cardsChart(input.result, lang, sources);
    case "compute":
      return computeChart(input.result, lang, sources);
    case "chinchilla":
      return chinchillaChart(input.result, lang, sources);
    case "compare":
      return compareChart(input.result, lang, sources);
  }
}
