// The chart thread when running from the sources: tsx's loader for this thread, then the thread's
// TypeScript (the bundle runs dist/charts/renderWorker.js instead).
import { register } from "tsx/esm/api";

register();
await import("./renderWorker.ts");
