import type { TopLevelSpec } from "vega-lite";
import { CHINCHILLA_TOKENS_PER_PARAM } from "../core/chinchilla.ts";
import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";
import { formatValue, scientific } from "../reply/format.ts";
import type { CompareResult } from "./data.ts";
import { baseConfig, CHART_WIDTH, type ChartSpec, footerLine, PALETTE, powersOfTenAxis } from "./frame.ts";

type Metric = "flops" | "tokensPerParam" | "mfu";

/** A power of ten on a log axis: `10²³` for FLOP (the unit is in the axis title), a ratio as the rows write it. */
const axisLabel = (lang: Lang, kind: "flop" | "ratio" | "percent", value: number): string =>
  kind === "flop" ? scientific(value).replace(/^1 × /, "") : formatValue(lang, kind, value);

/**
 * An MFU as the answer's cell writes it, with the FLOP it counts (6N + attention where the run's
 * shape is modelled, 6N where not) or `published`: the runs' MFUs are not all counted alike, and
 * the bars stood side by side with nothing to say so.
 */
function mfuLabel(lang: Lang, model: CompareResult["models"][number]): string {
  const mfu = formatValue(lang, "percent", model.mfu ?? 0);
  const key =
    model.mfuSource === "published"
      ? "compare.cell.mfuPublished"
      : model.mfuWithAttention !== undefined
        ? "compare.cell.mfuAttention"
        : model.mfuSource === "ours"
          ? "compare.cell.mfu6N"
          : undefined;
  return key === undefined ? mfu : t(lang, key, { mfu });
}

/**
 * The runs side by side, one panel per metric: training compute and tokens per parameter on log
 * axes (they span orders of magnitude), MFU on a linear percent axis. A run without a value is
 * left out of that panel, not drawn as zero.
 */
export function compareChart(result: CompareResult, lang: Lang, sources: readonly string[]): ChartSpec {
  const panels: { metric: Metric; log: boolean; title: string; kind: "flop" | "ratio" | "percent" }[] = [
    { metric: "flops", log: true, title: t(lang, "chart.compare.flops"), kind: "flop" },
    { metric: "tokensPerParam", log: true, title: t(lang, "chart.compare.tokensPerParam"), kind: "ratio" },
    { metric: "mfu", log: false, title: t(lang, "chart.compare.mfu"), kind: "percent" },
  ];
  const names = result.models.map((m) => m.name);
  const panelHeight = 30 * names.length;
  const panel = ({ metric, log, title, kind }: (typeof panels)[number]) => {
    const values = result.models.flatMap((m) => {
      const v = m[metric];
      return v === undefined || v <= 0
        ? []
        : [
            {
              name: m.name,
              value: metric === "mfu" ? v * 100 : v,
              label: metric === "mfu" ? mfuLabel(lang, m) : formatValue(lang, kind, v),
            },
          ];
    });
    const numbers = values.map((v) => v.value);
    const low = Math.min(...numbers, metric === "tokensPerParam" ? CHINCHILLA_TOKENS_PER_PARAM : Infinity);
    const high = Math.max(...numbers, metric === "tokensPerParam" ? CHINCHILLA_TOKENS_PER_PARAM : 0);
    // Log bars start at the left end of the domain; room on the right keeps the value labels inside.
    const from = Math.floor(Math.log10(low));
    const to = Math.ceil(Math.log10(high) + 0.6);
    const domain = log ? [10 ** from, 10 ** to] : [0, 130];
    const x = {
      field: "value",
      type: "quantitative" as const,
      title,
      scale: { type: log ? ("log" as const) : ("linear" as const), domain, nice: false },
      // Log axes labelled as the rows write the numbers: `10²³` FLOP, `1`, `10`, `100` tokens a parameter.
      axis: log
        ? powersOfTenAxis(from, to, (v) => axisLabel(lang, kind, v))
        : { values: [0, 20, 40, 60, 80, 100] },
    };
    return {
      width: CHART_WIDTH - 200,
      height: panelHeight,
      data: { values },
      layer: [
        {
          mark: { type: "bar" as const, color: PALETTE[0] },
          encoding: {
            y: { field: "name", type: "nominal" as const, title: null, sort: names },
            x,
            ...(log ? { x2: { datum: domain[0] } } : {}),
          },
        },
        {
          mark: { type: "text" as const, align: "left" as const, dx: 4, fontSize: 12 },
          encoding: {
            y: { field: "name", type: "nominal" as const, sort: names },
            x,
            text: { field: "label" },
          },
        },
        ...(metric === "tokensPerParam"
          ? [
              {
                data: {
                  values: [
                    { value: CHINCHILLA_TOKENS_PER_PARAM, label: t(lang, "chart.compare.chinchilla") },
                  ],
                },
                layer: [
                  {
                    mark: { type: "rule" as const, color: PALETTE[5], strokeDash: [5, 3], strokeWidth: 2 },
                    encoding: { x },
                  },
                  {
                    mark: {
                      type: "text" as const,
                      color: PALETTE[5],
                      align: "left" as const,
                      dx: 4,
                      y: -6,
                      fontSize: 12,
                    },
                    encoding: { x, text: { field: "label" } },
                  },
                ],
              },
            ]
          : []),
      ],
    };
  };
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t(lang, "chart.compare.title"),
      subtitle: t(lang, "chart.compare.subtitle", { models: names.join(" vs ") }).split("\n"),
    },
    config: baseConfig(),
    vconcat: panels.map(panel),
    spacing: 22,
    resolve: { scale: { x: "independent" } },
  } as TopLevelSpec;
  return {
    kind: "compare",
    width: CHART_WIDTH,
    vegaLite: spec,
    footer: footerLine(lang, sources),
    fileName: "flopsbot-compare.png",
  };
}
