import type { TopLevelSpec } from "vega-lite";
import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";
import { formatValue } from "../reply/format.ts";
import type { CardsResult } from "./data.ts";
import { baseConfig, CHART_WIDTH, type ChartSpec, footerLine } from "./frame.ts";

/** The breakdown's parts, bottom to top, with the row labels the text reply uses for them. */
const PARTS = [
  ["weights", "row.weights"],
  ["gradients", "row.gradients"],
  ["optimizer", "row.optimizer"],
  ["activations", "row.activations"],
  ["kvCache", "row.kvCache"],
  ["overhead", "row.overhead"],
] as const;

export interface CardsBar {
  bar: string;
  part: string;
  order: number;
  gb: number;
}

/**
 * The model's memory as two stacked bars, the whole model and one card's share of it (the
 * breakdown scaled by bytesPerCard / bytesTotal), against a rule at the card's usable memory.
 */
export function cardsBars(result: CardsResult, lang: Lang): CardsBar[] {
  const total = t(lang, "chart.cards.total");
  const perCard = t(lang, "chart.cards.perCard", { cards: formatValue(lang, "count", result.cards) });
  const share = result.bytesTotal > 0 ? result.bytesPerCard / result.bytesTotal : 0;
  return PARTS.flatMap(([part, key], order) => {
    const bytes = result.breakdown[part];
    if (bytes <= 0) return [];
    const label = t(lang, key);
    return [
      { bar: total, part: label, order, gb: bytes / 1e9 },
      { bar: perCard, part: label, order, gb: (bytes * share) / 1e9 },
    ];
  });
}

/** The title for serving or training, on one card ("1 card", not "1 cards") or several. */
const cardsTitleKey = (result: CardsResult) =>
  result.mode === "infer"
    ? result.cards === 1
      ? "chart.cards.titleInferOne"
      : "chart.cards.titleInfer"
    : result.cards === 1
      ? "chart.cards.titleTrainOne"
      : "chart.cards.titleTrain";

export function cardsChart(result: CardsResult, lang: Lang, sources: readonly string[]): ChartSpec {
  const usableGb = result.usableBytesPerCard / 1e9;
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t(lang, cardsTitleKey(result), {
        gpu: result.gpu,
        cards: formatValue(lang, "count", result.cards),
      }),
      subtitle: t(lang, "chart.cards.subtitle", {
        total: formatValue(lang, "bytes", result.bytesTotal),
        usable: formatValue(lang, "bytes", result.usableBytesPerCard),
      }),
    },
    width: CHART_WIDTH - 150,
    height: 150,
    config: baseConfig(),
    layer: [
      {
        data: { values: cardsBars(result, lang) },
        mark: { type: "bar", height: 40 },
        encoding: {
          y: { field: "bar", type: "nominal", title: null, sort: null },
          x: { field: "gb", type: "quantitative", stack: "zero", title: t(lang, "chart.cards.axis") },
          color: { field: "part", type: "nominal", title: null, sort: { field: "order" } },
          order: { field: "order" },
        },
      },
      {
        data: {
          // Rounded as the answer and the subtitle round bytes (21.6 GB on a 24 GB card, not 22).
          values: [
            {
              gb: usableGb,
              label: t(lang, "chart.cards.usable", {
                usable: formatValue(lang, "bytes", result.usableBytesPerCard),
              }),
            },
          ],
        },
        layer: [
          {
            mark: { type: "rule", color: "#D55E00", strokeWidth: 2, strokeDash: [6, 3] },
            encoding: { x: { field: "gb", type: "quantitative" } },
          },
          {
            mark: {
              type: "text",
              color: "#D55E00",
              align: "left",
              dx: 4,
              y: -6,
              fontSize: 13,
              fontWeight: 600,
            },
            encoding: { x: { field: "gb", type: "quantitative" }, text: { field: "label" } },
          },
        ],
      },
    ],
  };
  return {
    kind: "cards",
    width: CHART_WIDTH,
    vegaLite: spec,
    footer: footerLine(lang, sources),
    fileName: "flopsbot-cards.png",
  };
}
