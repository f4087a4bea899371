import type { TopLevelSpec } from "vega-lite";
import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";

/** The bot's name, drawn in the corner of every chart. */
export const BOT_NAME = "flopsbot";

/** Chart size in CSS pixels; the PNG is drawn at PNG_SCALE× for phone screens. */
export const CHART_WIDTH = 600;
export const PNG_SCALE = 2;
/** Room under the plot for the source line and the bot's name. */
export const FOOTER_HEIGHT = 34;

/** Latin text in Inter, CJK in the Noto Sans TC subset (fonts.ts): the same glyphs on every machine. */
export const FONT_FAMILY = "Inter, Noto Sans TC";

/** A chart ready to render: the Vega-Lite spec (pure data), its size, and the footer line. */
export interface ChartSpec {
  kind: string;
  /** Width in CSS pixels; the PNG is PNG_SCALE times this wide, its height follows the plot. */
  width: number;
  vegaLite: TopLevelSpec;
  footer: string;
  /** The file name the chat platforms show. */
  fileName: string;
}

/** How far Vega's canvas-free text-width estimate overshoots Inter's real widths (measured on the titles). */
const TEXT_ESTIMATE_SLACK = 1.5;

/** Okabe–Ito, a palette that colour-blind readers tell apart. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

/** Fonts and sizes large enough to read on a phone once the PNG is scaled to its width. */
export function baseConfig(): Record<string, unknown> {
  return {
    font: FONT_FAMILY,
    background: "white",
    padding: 12,
    title: {
      fontSize: 18,
      subtitleFontSize: 13,
      anchor: "start",
      subtitleColor: "#444",
      offset: 12,
      // Without a canvas, Vega estimates text width from the character count, well above what
      // resvg then draws with Inter: a limit of the chart's width would cut titles that fit.
      limit: TEXT_ESTIMATE_SLACK * (CHART_WIDTH - 30),
      subtitleLimit: TEXT_ESTIMATE_SLACK * (CHART_WIDTH - 30),
    },
    axis: {
      labelFontSize: 13,
      titleFontSize: 13,
      titleFontWeight: 600,
      labelLimit: 220,
      gridColor: "#e4e4e4",
    },
    legend: {
      labelFontSize: 13,
      titleFontSize: 13,
      orient: "bottom",
      direction: "horizontal",
      columns: 3,
      labelLimit: 260,
    },
    view: { stroke: null },
    range: { category: PALETTE },
  };
}

/** `Source: a · b · c`: one line under the plot (the renderer cuts it to fit beside the bot's name). */
export function footerLine(lang: Lang, sources: readonly string[]): string {
  return t(lang, "chart.footer", { sources: [...new Set(sources)].join(" · ") });
}

/**
 * Axis labels in SI short form as the replies write them: `100B` parameters, not d3's `100G`,
 * `5K` GPU-hours, not d3's `5k` (the replies write `4.21K`), and a bare `0` at the origin (d3's
 * `~s` gives `0M` beside `0.2M`).
 */
export const SHORT_SCALE_LABELS =
  "datum.value === 0 ? '0' : replace(replace(datum.label, 'G', 'B'), 'k', 'K')";

/**
 * A log axis labelled at each power of ten from 10^from to 10^to, each label as `label` writes
 * it (the replies' own forms: `10²³` for FLOP, `1,000` for a ratio), not d3's `1e+23`.
 */
export function powersOfTenAxis(
  from: number,
  to: number,
  label: (value: number) => string,
): { values: number[]; labelExpr: string } {
  const exponents = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const labels = exponents.map((k) => `'${label(10 ** k).replace(/['\\]/g, "")}'`);
  return {
    values: exponents.map((k) => 10 ** k),
    labelExpr: `[${labels.join(", ")}][round(log(datum.value) / LN10) - (${from})]`,
  };
}
