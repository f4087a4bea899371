import { extended } from "../../core/extended.ts";
import { text } from "../../reply/build.ts";
import type { Reply } from "../../reply/reply.ts";

/**
 * A chart asked for by the word `chart` where the terminal has no file to draw it in (the console,
 * or `flops … chart` without `--chart FILE.png`): said in a note, as a command without a chart
 * says so, rather than the word vanishing.
 */
export function withChartFileNote(reply: Reply): Reply {
  if (!reply.ok || reply.chart !== true) return reply;
  return extended(reply, { notes: [...reply.notes, text("cli.chartNeedsFile")] });
}
