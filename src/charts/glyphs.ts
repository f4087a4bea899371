import { zhTW } from "../i18n/zh-TW.ts";
import { chineseReading } from "../reply/format.ts";

/** Inter has no CJK: these ranges are drawn from the Noto Sans TC subset. */
const CJK =
  /[\u2e80-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/** The catalog entries a chart draws: its own texts, row labels, units and the compare MFU labels. */
const CHART_KEYS = /^(chart|row|unit|compare\.cell\.mfu)/;

/** Every CJK character a zh-TW chart can show (those entries, and 萬/億/兆 readings of counts), sorted, once each. */
export function glyphsToCover(): string {
  const chars = new Set<string>();
  const readings = [1e4, 1e8, 1e12].map((n) => chineseReading(n) ?? "");
  const texts = Object.entries(zhTW).flatMap(([key, value]) => (CHART_KEYS.test(key) ? [value] : []));
  for (const value of [...texts, ...readings]) for (const c of value) if (CJK.test(c)) chars.add(c);
  return [...chars].sort().join("");
}
