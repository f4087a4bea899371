import type { EventEmitter } from "node:events";
import type { Logger } from "pino";
import { redactSecrets } from "./logger.ts";

/** More uncaught exceptions than this within a minute: the process is not healthy, exit 1. */
export const MAX_UNCAUGHT_PER_MINUTE = 10;

/**
 * Process-wide handlers for every entry point. A rejected promise nobody awaited, or an
 * exception thrown from a callback, is logged (through the logger, so without secrets) and the
 * process keeps serving: every server here is stateless, and one bad request must not take the
 * others down. If exceptions keep coming (more than MAX_UNCAUGHT_PER_MINUTE a minute), it exits 1
 * so the orchestrator can start a fresh one.
 */
export function installProcessHandlers(
  logger: Logger,
  proc: EventEmitter = process,
  exit: (code: number) => void = (code) => process.exit(code),
  now: () => number = () => performance.now(),
): void {
  let window = now();
  let count = 0;
  proc.on("unhandledRejection", (reason: unknown) => {
    logger.error({ err: reason }, "unhandled rejection: logged, still serving");
  });
  proc.on("uncaughtException", (error: unknown) => {
    const at = now();
    if (at - window > 60_000) {
      window = at;
      count = 0;
    }
    count += 1;
    if (count > MAX_UNCAUGHT_PER_MINUTE) {
      logger.fatal({ err: error, count }, "uncaught exceptions keep coming: exiting");
      exit(1);
      return;
    }
    logger.error({ err: error }, "uncaught exception: logged, still serving");
  });
}

/**
 * The terminal's handlers: a failure nobody caught is one line on stderr (secrets redacted) and
 * exit status 1, never a stack dump of the bot's internals into a script's output.
 */
export function installCliHandlers(
  proc: EventEmitter = process,
  stderr: NodeJS.WritableStream = process.stderr,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`flops: internal error: ${redactSecrets(message).slice(0, 500)}\n`);
    exit(1);
  };
  proc.on("unhandledRejection", fail);
  proc.on("uncaughtException", fail);
}
