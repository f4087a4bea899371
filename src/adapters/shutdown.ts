import type { Server } from "node:http";
import type { Logger } from "pino";
import { closeServer, type Health } from "./health.ts";
import type { RunningPlatform } from "./platform.ts";

/** After this long a stop that has not finished exits anyway. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface ShutdownOptions {
  platforms: readonly RunningPlatform[];
  health: Health;
  /** The standalone health server, when this mode has one. */
  server?: Server;
  logger: Logger;
  timeoutMs?: number;
  exit?: (code: number) => void;
}

/**
 * Graceful stop: /readyz turns 503 (no new work is routed here), each platform stops taking
 * events and finishes the answers under way (Bolt's receiver closes, the Discord client is
 * destroyed), the health server closes, and the process exits 0 (1 when a platform failed to
 * stop). If that takes longer than `timeoutMs`, it exits 1. A second signal exits at once.
 */
export function createShutdown({
  platforms,
  health,
  server,
  logger,
  timeoutMs = SHUTDOWN_TIMEOUT_MS,
  exit = (code) => process.exit(code),
}: ShutdownOptions): (signal: string) => Promise<void> {
  let stopping: Promise<void> | undefined;
  return (signal) => {
    if (stopping) {
      logger.warn({ signal }, "second signal while stopping: exiting now");
      exit(1);
      return stopping;
    }
    const started = performance.now();
    logger.info({ signal }, "stopping: finishing the answers under way");
    health.beginStopping();
    const timer = setTimeout(() => {
      logger.error({ signal, timeoutMs }, "stop took too long: exiting anyway");
      exit(1);
    }, timeoutMs);
    timer.unref();
    stopping = (async () => {
      const results = await Promise.allSettled(platforms.map((platform) => platform.stop()));
      let failed = false;
      results.forEach((result, index) => {
        if (result.status === "rejected") {
          failed = true;
          logger.error(
            { err: result.reason, platform: platforms[index]?.name },
            "platform did not stop cleanly",
          );
        }
      });
      if (server) await closeServer(server);
      clearTimeout(timer);
      logger.info({ signal, ms: Math.round(performance.now() - started) }, "stopped");
      exit(failed ? 1 : 0);
    })();
    return stopping;
  };
}

/** Runs the shutdown on SIGTERM (orchestrators, docker stop) and SIGINT (Ctrl-C). */
export function onStopSignals(shutdown: (signal: string) => Promise<void>): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      void shutdown(signal);
    });
  }
}
