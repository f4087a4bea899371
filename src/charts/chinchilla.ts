import type { TopLevelSpec } from "vega-lite";
import { chinchillaLoss, computeOptimalSplit } from "../core/chinchilla.ts";
import { trainingFlops } from "../core/compute.ts";
import { extended } from "../core/extended.ts";
import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";
import { formatValue } from "../reply/format.ts";
import type { ChinchillaResult } from "./data.ts";
import { baseConfig, CHART_WIDTH, type ChartSpec, footerLine, PALETTE, SHORT_SCALE_LABELS } from "./frame.ts";

const POINTS_PER_CURVE = 48;

/**
 * The curves' colours, light to dark with the budget, at least 20 CIELAB lightness units apart: the
 * first four of five fixed shades gave a run's chart two blues 11 units apart (#4292c6, #2171b5),
 * hard to tell apart in the legend.
 */
export function curveColors(count: number): string[] {
  if (count <= 3) return ["#9ecae1", "#3182bd", "#08306b"].slice(3 - count);
  return ["#9ecae1", "#4292c6", "#08519c", "#081d58"];
}

/** The optimum's and the run's labels, beside their diamonds. */
const LABEL_MARK = {
  type: "text",
  align: "left",
  dx: 10,
  dy: -10,
  fontSize: 13,
  fontWeight: 600,
} as const;
/** Each iso-FLOP curve spans this factor either side of its compute-optimal size. */
const SPAN = 30;

export interface IsoFlopPoint {
  curve: string;
  params: number;
  loss: number;
}

const logRange = (from: number, to: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => from * (to / from) ** (i / (count - 1)));

/**
 * The iso-FLOP view (Hoffmann et al. 2022, Figure 3): for a budget C, the fitted loss
 * L(N, C / 6N) along N; one curve for the optimum's budget, one for the user's run when it has
 * its own, and one a decade either side. The compute-optimal line joins N* = √(C / 120) across budgets.
 */
export function isoFlopData(result: ChinchillaResult): {
  budgets: number[];
  curves: IsoFlopPoint[];
  optimalLine: { params: number; loss: number }[];
  optimum: { params: number; tokens: number; loss: number };
  run?: { params: number; tokens: number; loss: number; flops: number };
} {
  const optimumBudget = result.flops;
  const runBudget =
    result.runTokens === undefined ? undefined : trainingFlops(result.params, result.runTokens);
  const anchors = runBudget === undefined ? [optimumBudget] : [optimumBudget, runBudget];
  const low = Math.min(...anchors) / 10;
  const high = Math.max(...anchors) * 10;
  const budgets = [...new Set([low, ...anchors, high])].sort((a, b) => a - b);
  const curves = budgets.flatMap((budget) => {
    const center = computeOptimalSplit(budget).params;
    // The run's curve reaches its size, however far from its budget's optimum (a 10M model on
    // 1T tokens, a 2T model on 10B): the run is drawn on its curve, not beside it.
    const reach = budget === runBudget ? result.params : center;
    const from = Math.min(center / SPAN, reach / 2);
    const to = Math.max(center * SPAN, reach * 2);
    return logRange(from, to, POINTS_PER_CURVE).map((params) => ({
      // The budget as the answer writes FLOP (`3.15 × 10²³ FLOP`).
      curve: formatValue("en", "flop", budget),
      params,
      loss: chinchillaLoss(params, budget / (6 * params)),
    }));
  });
  const optimalLine = logRange(low, high, 24).map((budget) => {
    const split = computeOptimalSplit(budget);
    return { params: split.params, loss: chinchillaLoss(split.params, split.tokens) };
  });
  const optimum = {
    params: result.params,
    tokens: result.tokens,
    loss: chinchillaLoss(result.params, result.tokens),
  };
  return {
    budgets,
    curves,
    optimalLine,
    optimum,
    ...(runBudget === undefined || result.runTokens === undefined
      ? {}
      : {
          run: {
            params: result.params,
            tokens: result.runTokens,
            loss: chinchillaLoss(result.params, result.runTokens),
            flops: runBudget,
          },
        }),
  };
}

export function chinchillaChart(result: ChinchillaResult, lang: Lang, sources: readonly string[]): ChartSpec {
  const data = isoFlopData(result);
  const x = {
    field: "params",
    type: "quantitative" as const,
    scale: { type: "log" as const },
    axis: { format: "~s", labelExpr: SHORT_SCALE_LABELS },
    title: t(lang, "chart.chinchilla.x"),
  };
  const y = {
    field: "loss",
    type: "quantitative" as const,
    scale: { zero: false },
    title: t(lang, "chart.chinchilla.y"),
  };
  const marks = [
    { kind: t(lang, "chart.chinchilla.optimum"), ...data.optimum, color: PALETTE[2] },
    ...(data.run ? [{ kind: t(lang, "chart.chinchilla.run"), ...data.run, color: PALETTE[5] }] : []),
  ].map((m) =>
    extended(m, {
      label: `${m.kind}: ${formatValue(lang, "params", m.params)}, ${formatValue(lang, "tokens", m.tokens)}`,
    }),
  );
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t(lang, "chart.chinchilla.title"),
      subtitle: t(lang, "chart.chinchilla.subtitle").split("\n"),
    },
    width: CHART_WIDTH - 110,
    height: 290,
    config: baseConfig(),
    layer: [
      {
        data: { values: data.curves },
        mark: { type: "line", strokeWidth: 2 },
        encoding: {
          x,
          y,
          color: {
            field: "curve",
            type: "nominal",
            title: "C =",
            sort: null,
            legend: { labelLimit: 200, columns: 2 },
            scale: { range: curveColors(data.budgets.length) },
          },
        },
      },
      {
        data: { values: data.optimalLine },
        mark: { type: "line", strokeDash: [6, 4], color: "#333", strokeWidth: 1.5 },
        encoding: { x, y },
      },
      {
        data: { values: marks },
        layer: [
          {
            mark: { type: "point", filled: true, size: 160, opacity: 1 },
            encoding: {
              x,
              y,
              fill: { field: "color", type: "nominal", scale: null },
              shape: { value: "diamond" },
            },
          },
          // A white halo under each label: the iso-FLOP curves run through the labels' place.
          {
            mark: extended(LABEL_MARK, {
              stroke: "white",
              strokeWidth: 5,
              strokeJoin: "round",
              fill: "white",
            }),
            encoding: { x, y, text: { field: "label" } },
          },
          {
            mark: LABEL_MARK,
            encoding: {
              x,
              y,
              text: { field: "label" },
              color: { field: "color", type: "nominal", scale: null },
            },
          },
        ],
      },
    ],
  } as TopLevelSpec;
  return {
    kind: "chinchilla",
    width: CHART_WIDTH,
    vegaLite: spec,
    footer: footerLine(lang, sources),
    fileName: "flopsbot-chinchilla.png",
  };
}
