let waiting: Promise<void> | undefined;

/**
 * Resolves once this turn of the event loop has read what arrived (at its `setImmediate`), one
 * promise for every caller in the turn. Requests that arrived together then take each step
 * (reading, computing, rendering) back to back with the same step of the others, instead of each
 * between the HTTP parsing and middleware of the next: under load the command layer runs with its
 * code and data still in the CPU's caches (README, Performance). Alone in its turn, a request waits
 * for nothing but the turn's end.
 */
export function endOfTurn(): Promise<void> {
  waiting ??= new Promise((resolve) =>
    setImmediate(() => {
      waiting = undefined;
      resolve();
    }),
  );
  return waiting;
}
