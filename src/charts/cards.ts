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
  ["gatherBuffer", "row.gatherBuffer"],
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
 * The model's memory as two stacked bars, the whole model and what one card holds, against a rule
 * at the card's usable memory. One card's bar is the answer's own "… per GPU" rows (the layout's
 * perGpu): parts do not split alike (ZeRO-2 shards gradients and optimizer states over data
 * parallelism but not the weights; activations split by tensor and pipeline parallelism only), so
 * a proportional share of the total drew 70B on 24 H100s with 8.75 GB of weights a card, not 17.5.
 * The model's bar is the answer's total, which counts model states; activations are one GPU's
 * (the first pipeline stage's) and are drawn on the card's bar only.
 */
export function cardsBars(result: CardsResult, lang: Lang): CardsBar[] {
  const total = t(lang, "chart.cards.total");
  const perCard = t(lang, "chart.cards.perCard", { cards: formatValue(lang, "count", result.cards) });
  const share = result.bytesTotal > 0 ? result.bytesPerCard / result.bytesTotal : 0;
  const perGpu = result.layout?.perGpu;
  return PARTS.flatMap(([part, key], order) => {
    const whole = part === "gatherBuffer" ? 0 : result.breakdown[part];
    const card = perGpu ? (perGpu[part] ?? 0) : whole * share;
    const label = t(lang, key);
    return [
      ...(whole > 0 && !(part === "activations" && result.mode === "train")
        ? [{ bar: total, part: label, order, gb: whole / 1e9 }]
        : []),
      ...(card > 0 ? [{ bar: perCard, part: label, order, gb: card / 1e9 }] : []),
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

/** One stacked bar (the model's, or one card's) on a scale of its own, with the usable-memory rule if given. */
function cardsPanel(bars: readonly CardsBar[], lang: Lang, rule?: ReturnType<typeof usableRule>) {
  return {
    width: CHART_WIDTH - 150,
    height: 60,
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar" as const, height: 40 },
        encoding: {
          y: { field: "bar", type: "nominal" as const, title: null, sort: null },
          x: {
            field: "gb",
            type: "quantitative" as const,
            stack: "zero" as const,
            title: t(lang, "chart.cards.axis"),
          },
          color: { field: "part", type: "nominal" as const, title: null, sort: { field: "order" } },
          order: { field: "order" },
        },
      },
      ...(rule ? [rule] : []),
    ],
  };
}

/** A dashed rule at one card's usable memory, labelled as the answer rounds bytes (21.6 GB on a 24 GB card, not 22). */
function usableRule(lang: Lang, usableBytes: number) {
  return {
    data: {
      values: [
        {
          gb: usableBytes / 1e9,
          label: t(lang, "chart.cards.usable", { usable: formatValue(lang, "bytes", usableBytes) }),
        },
      ],
    },
    layer: [
      {
        mark: { type: "rule" as const, color: "#D55E00", strokeWidth: 2, strokeDash: [6, 3] },
        encoding: { x: { field: "gb", type: "quantitative" as const } },
      },
      {
        mark: {
          type: "text" as const,
          color: "#D55E00",
          align: "left" as const,
          dx: 4,
          y: -6,
          fontSize: 13,
          fontWeight: 600 as const,
        },
        encoding: { x: { field: "gb", type: "quantitative" as const }, text: { field: "label" } },
      },
    ],
  };
}

/**
 * What the bars leave out that the answer warns of: activations in training, the KV cache in
 * serving, when the question gave no shape to size them (the answer names the options to give).
 * Without the line, a bar well under the rule read as "fits", with the part that decides it missing.
 */
function notCounted(result: CardsResult, lang: Lang): string[] {
  if (result.mode === "train" && result.breakdown.activations === 0)
    return [t(lang, "chart.cards.noActivations")];
  if (result.mode === "infer" && result.breakdown.kvCache === 0) return [t(lang, "chart.cards.noKvCache")];
  return [];
}

export function cardsChart(result: CardsResult, lang: Lang, sources: readonly string[]): ChartSpec {
  const bars = cardsBars(result, lang);
  const total = t(lang, "chart.cards.total");
  const subtitle = t(lang, "chart.cards.subtitle", {
    total: formatValue(lang, "bytes", result.bytesTotal),
    usable: formatValue(lang, "bytes", result.usableBytesPerCard),
    // The weights' precision sets the size: 70B on two 24 GB L4s reads as wrong unless it says int4.
    precision: result.precision ?? "bf16",
  });
  const missing = notCounted(result, lang);
  const perCard = cardsPanel(
    bars.filter((b) => b.bar !== total),
    lang,
    usableRule(lang, result.usableBytesPerCard),
  );
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t(lang, cardsTitleKey(result), {
        gpu: result.gpu,
        cards: formatValue(lang, "count", result.cards),
      }),
      subtitle: missing.length > 0 ? [subtitle, ...missing] : subtitle,
    },
    config: baseConfig(),
    // One panel each, with its own scale: one card's share of a model on 91 cards is 1% of the
    // model's bar, too thin to see on the model's scale, and it is the bar the rule is for. On one
    // card the two bars are the same memory, drawn at two lengths: only the card's is drawn.
    vconcat:
      result.cards === 1
        ? [perCard]
        : [
            cardsPanel(
              bars.filter((b) => b.bar === total),
              lang,
            ),
            perCard,
          ],
    spacing: 30,
    resolve: { scale: { x: "independent" } },
  } as TopLevelSpec;
  return {
    kind: "cards",
    width: CHART_WIDTH,
    vegaLite: spec,
    footer: footerLine(lang, sources),
    fileName: "flopsbot-cards.png",
  };
}
