import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import { shortSourceTitle } from "../reply/sources.ts";
import { cardsChart } from "./cards.ts";
import { chinchillaChart } from "./chinchilla.ts";
import { compareChart } from "./compare.ts";
import { computeChart } from "./compute.ts";
import { chartInput } from "./data.ts";
import type { ChartSpec } from "./frame.ts";

/** The chart of a reply, as a pure spec (no rendering), or undefined when its command has none. */
export function chartSpec(reply: Reply, lang: Lang): ChartSpec | undefined {
  const input = chartInput(reply);
  if (!input) return undefined;
  const sources = reply.sources.map((s) => shortSourceTitle(s.title));
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
