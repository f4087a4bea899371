import { stat } from "node:fs";
import { describe, expect, it } from "vitest";
import { endOfTurn } from "../../src/app/endOfTurn.ts";

describe("endOfTurn", () => {
  it("is one promise for every caller in a turn of the event loop", async () => {
    const first = endOfTurn();
    const second = endOfTurn();
    expect(second).toBe(first);
    await first;
    // The next turn has its own: a caller after the end does not resolve at once with the last one.
    const next = endOfTurn();
    expect(next).not.toBe(first);
    await next;
  });

  it("resolves after what the turn already read, before the next turn's timers", async () => {
    const order: string[] = [];
    // As a request arrives: in an I/O callback, where a turn's immediates run before the next
    // timers (from the main script their order depends on how long the turn took).
    const done = await new Promise<Promise<unknown>>((resolve) =>
      stat(".", () => {
        // Callbacks queued in this turn (as the requests that arrived with the first) run first.
        setImmediate(() => order.push("read in this turn"));
        const answered = endOfTurn().then(() => order.push("answered"));
        setTimeout(() => order.push("next timer"), 0);
        resolve(answered.then(() => undefined));
      }),
    );
    await done;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(["read in this turn", "answered", "next timer"]);
  });
});
