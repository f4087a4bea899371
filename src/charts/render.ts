import { Resvg } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile } from "vega-lite";
import { fontFiles } from "./fonts.ts";
import { BOT_NAME, type ChartSpec, FONT_FAMILY, FOOTER_HEIGHT, PNG_SCALE } from "./frame.ts";

export interface RenderedChart {
  png: Buffer;
  /** PNG size in pixels: the spec's width times PNG_SCALE; the height follows the plot. */
  width: number;
  height: number;
  fileName: string;
  /** Milliseconds from spec to PNG. */
  ms: number;
}

const FOOTER_FONT_SIZE = 11;

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Rough advance in px at FOOTER_FONT_SIZE: CJK a full em, Latin about 0.55 em. */
const textWidth = (s: string): number =>
  [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.56) * FOOTER_FONT_SIZE, 0);

/** The footer cut with an ellipsis so it ends before the bot's name. */
export function fitFooter(text: string, room: number): string {
  if (textWidth(text) <= room) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("")}…`) > room) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/**
 * Vega's SVG scaled to the declared width (its height follows), with the source line at the
 * bottom left and the bot's name at the bottom right.
 */
export function framedSvg(chart: ChartSpec, vegaSvg: string): { svg: string; height: number } {
  const { width } = chart;
  const natural = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(vegaSvg);
  const naturalWidth = Number(natural?.[1] ?? width);
  const naturalHeight = Number(natural?.[2] ?? width);
  const plotHeight = Math.ceil((naturalHeight * width) / naturalWidth);
  const height = plotHeight + FOOTER_HEIGHT;
  const inner = vegaSvg.replace(/^<svg([^>]*)>/, (_open, attributes: string) => {
    const cleaned = attributes.replace(/\s(width|height)="[^"]*"/g, "");
    return `<svg${cleaned} x="0" y="0" width="${width}" height="${plotHeight}" preserveAspectRatio="xMidYMin meet">`;
  });
  const baseline = height - 12;
  const footer = fitFooter(chart.footer, width - 24 - textWidth(BOT_NAME) - 16);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    inner,
    `<line x1="12" x2="${width - 12}" y1="${height - FOOTER_HEIGHT + 6}" y2="${height - FOOTER_HEIGHT + 6}" stroke="#ddd"/>`,
    `<text x="12" y="${baseline}" font-family="${FONT_FAMILY}" font-size="${FOOTER_FONT_SIZE}" fill="#555">${escapeXml(footer)}</text>`,
    `<text x="${width - 12}" y="${baseline}" text-anchor="end" font-family="${FONT_FAMILY}" font-size="${FOOTER_FONT_SIZE + 1}" font-weight="700" fill="#0072B2">${BOT_NAME}</text>`,
    "</svg>",
  ].join("");
  return { svg, height };
}

/** Vega-Lite → Vega → SVG, with no canvas and no browser: the plot before its frame. */
export async function vegaSvg(chart: ChartSpec): Promise<string> {
  const vega = compile(chart.vegaLite).spec;
  const view = new View(parse(vega), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Vega-Lite → Vega → SVG (no canvas, no browser) → PNG with resvg and the bundled fonts only. */
export async function renderChart(chart: ChartSpec): Promise<RenderedChart> {
  const started = performance.now();
  const svg = await vegaSvg(chart);
  const framed = framedSvg(chart, svg);
  const resvg = new Resvg(framed.svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "white",
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: "Inter" },
  });
  const image = resvg.render();
  const png = image.asPng();
  return {
    png,
    width: image.width,
    height: image.height,
    fileName: chart.fileName,
    ms: performance.now() - started,
  };
}
