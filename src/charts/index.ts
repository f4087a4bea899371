import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import type { RenderedChart } from "./render.ts";
import { chartSpec } from "./spec.ts";

export type { RenderedChart } from "./render.ts";

/**
 * The chart the asker asked for, as a PNG, or undefined when none was asked for or the command
 * has none. Adapters call it after the text has gone out, so a chart never delays an answer.
 */
export async function chartOf(reply: Reply, lang: Lang): Promise<RenderedChart | undefined> {
  if (!reply.chart || !reply.ok) return undefined;
  const spec = chartSpec(reply, reply.lang ?? lang);
  if (!spec) return undefined;
  // Loaded on first use; Vega and the rasterizer load and draw on a thread of their own, so they
  // stay off the text path, out of start-up, and never hold up anyone else's answer.
  const { renderOffThread } = await import("./offThread.ts");
  return renderOffThread(spec);
}
