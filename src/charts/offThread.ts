import { Worker } from "node:worker_threads";
import { extended } from "../core/extended.ts";
import type { ChartSpec } from "./frame.ts";
import type { RenderedChart } from "./render.ts";
import type { ChartDone, ChartJob } from "./renderWorker.ts";

/**
 * The chart thread's code: in the bundle `dist/charts/renderWorker.js`, beside the chunks at
 * `dist/` (scripts/build.mjs builds it as an entry of its own); from the sources, a shim beside
 * this file that registers tsx's loader on the thread and then loads the TypeScript.
 */
const WORKER_FILE = import.meta.url.endsWith(".ts")
  ? new URL("./renderWorker.sources.mjs", import.meta.url)
  : new URL("./charts/renderWorker.js", import.meta.url);

interface Pending {
  resolve: (chart: RenderedChart) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Every chart waiting on a thread that failed or stopped fails with it; the next chart starts a new one. */
function failAll(error: Error): void {
  worker = undefined;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function chartThread(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_FILE);
  started.on("message", (done: ChartDone) => {
    const job = pending.get(done.id);
    if (!job) return;
    pending.delete(done.id);
    // An idle chart thread does not keep the process alive (the terminal exits after its answer).
    if (pending.size === 0) started.unref();
    if ("error" in done) job.reject(new Error(done.error));
    // The PNG crosses threads as a Uint8Array: a Buffer again on this side.
    else job.resolve(extended(done.chart, { png: Buffer.from(done.chart.png) }));
  });
  started.on("error", failAll);
  started.on("exit", (code) => {
    if (worker === started) failAll(new Error(`the chart thread stopped (exit code ${code})`));
  });
  worker = started;
  return started;
}

/** The chart drawn on its own thread, one at a time in the order asked. */
export function renderOffThread(spec: ChartSpec): Promise<RenderedChart> {
  const thread = chartThread();
  const id = nextId++;
  return new Promise<RenderedChart>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, spec } satisfies ChartJob);
  });
}
