/**
 * The chart thread: Vega and resvg draw here, one chart at a time, so a chart never holds up the
 * thread that answers Slack and Discord (src/charts/offThread.ts sends the work).
 */
import { parentPort } from "node:worker_threads";
import type { ChartSpec } from "./frame.ts";
import { renderChart } from "./render.ts";

export interface ChartJob {
  id: number;
  spec: ChartSpec;
}

export type ChartDone =
  | { id: number; chart: Awaited<ReturnType<typeof renderChart>> }
  | { id: number; error: string };

parentPort?.on("message", async ({ id, spec }: ChartJob) => {
  let done: ChartDone;
  try {
    done = { id, chart: await renderChart(spec) };
  } catch (error) {
    done = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(done);
});
