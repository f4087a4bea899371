/** How long a platform's stop waits for the work under way when the shutdown gives no deadline. */
export const STOP_DEADLINE_MS = 5_000;

/** Work still running after its request was acknowledged, so a stop can let it finish (Slack and Discord alike). */
export interface Inflight {
  /** Runs `work`, counted until it settles; never rejects (failures are the work's to log). */
  run(work: () => Promise<void>): Promise<void>;
  readonly size: number;
  /** Resolves when nothing is running, or after `timeoutMs`; true when everything finished. */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createInflight(): Inflight {
  const running = new Set<Promise<void>>();
  return {
    run(work) {
      const task = work()
        .catch(() => undefined)
        .finally(() => running.delete(task));
      running.add(task);
      return task;
    },
    get size() {
      return running.size;
    },
    async idle(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
      });
      const done = (async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
        return true as const;
      })();
      try {
        return await Promise.race([done, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
