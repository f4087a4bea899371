import type { Server } from "node:http";
import type { Logger } from "pino";
import type { RunningPlatform } from "../adapters/platform.ts";
import { closeServer, type Health } from "./health.ts";

/** After this long a stop that has not finished exits 1 anyway (under Docker's 10-second grace). */
export const SHUTDOWN_TIMEOUT_MS = 9_000;
/** How long a stopping process keeps serving with /readyz at 503, by default. */
export const DRAIN_WINDOW_MS = 3_000;
/** Left between the in-flight deadline and the hard stop, for closing and logging. */
const MARGIN_MS = 1_000;

export interface ShutdownOptions {
  platforms: readonly RunningPlatform[];
  health: Health;
  /** The standalone health server, when this mode has one. */
  server?: Server;
  logger: Logger;
  /** The hard stop: exit 1 if the stop has not finished by then. */
  timeoutMs?: number;
  /** Serving on with /readyz at 503, so load balancers stop routing here before anything closes. */
  drainMs?: number;
  /** Runs last, after every platform stopped (closes the Redis connection). */
  release?: () => Promise<void>;
  exit?: (code: number) => void;
}

/**
 * Graceful stop, in order: /readyz turns 503 while everything keeps serving for `drainMs` (load
 * balancers see it and move away; keep-alive requests are still answered); then each platform
 * stops accepting, closes idle and then all connections, and waits for the replies under way
 * until `timeoutMs - drainMs - 1 s`, logging any it had to drop; the health server closes; the
 * process exits 0 (1 when a platform failed to stop). A stop still running at `timeoutMs`
 * exits 1; a second signal exits at once.
 */
export function createShutdown({
  platforms,
  health,
  server,
  logger,
  timeoutMs = SHUTDOWN_TIMEOUT_MS,
  drainMs = 0,
  release,
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
    logger.info({ signal, drainMs }, "stopping: finishing the answers under way");
    health.beginStopping();
    const timer = setTimeout(() => {
      logger.error({ signal, timeoutMs }, "stop took too long: exiting anyway");
      exit(1);
    }, timeoutMs);
    timer.unref();
    stopping = (async () => {
      if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
      const deadlineMs = Math.max(0, timeoutMs - (performance.now() - started) - MARGIN_MS);
      const results = await Promise.allSettled(platforms.map((platform) => platform.stop(deadlineMs)));
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
      if (server) {
        const closed = closeServer(server);
        server.closeAllConnections();
        await closed;
      }
      if (release) await release().catch((err: unknown) => logger.warn({ err }, "could not release"));
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
