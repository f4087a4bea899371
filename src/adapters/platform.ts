import type { Logger } from "pino";
import type { Answerer } from "../app/answer.ts";
import type { Config } from "../app/config.ts";

/** A connected chat platform, as the process entry point sees it. */
export interface RunningPlatform {
  name: "slack" | "discord";
  /** Connected and answering (for /readyz). */
  ready(): boolean;
  /**
   * Stop taking new work, finish in-flight replies within `deadlineMs` (then log what was
   * dropped), disconnect. Resolves, never rejects for work left unfinished.
   */
  stop(deadlineMs?: number): Promise<void>;
}

/** Connects a platform whose every handler answers through `answerer`. */
export type StartPlatform = (config: Config, logger: Logger, answerer: Answerer) => Promise<RunningPlatform>;
