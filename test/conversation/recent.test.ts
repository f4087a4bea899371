/** A user's recent questions (the App Home list): the store's batch calls leave what one call per slot left. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/conversation/question.ts";
import { RECENT, recentQuestions, rememberQuestion } from "../../src/conversation/recent.ts";
import { type ContextStore, MemoryContextStore } from "../../src/conversation/store.ts";

/** The same memory store reached only through get and set, one call per slot (as before getMany/setMany). */
const oneByOne = (inner: MemoryContextStore): ContextStore => ({
  get: (key) => inner.get(key),
  set: (key, question) => inner.set(key, question),
});

const ask = (params: string, gpu?: string): Question => ({
  command: "compute",
  options: gpu ? { params, tokens: "15T", gpu } : { params, tokens: "15T" },
});

describe("rememberQuestion and recentQuestions", () => {
  it("keep the newest five, an identical older question moving up instead of repeating", async () => {
    const store = new MemoryContextStore();
    for (const p of ["7B", "13B", "70B", "175B", "405B", "671B"]) await rememberQuestion(store, "U1", ask(p));
    await rememberQuestion(store, "U1", { ...ask("175B"), explain: true });
    const list = await recentQuestions(store, "U1");
    expect(list.map((q) => q.options.params)).toEqual(["175B", "671B", "405B", "70B", "13B"]);
    expect(list).toHaveLength(RECENT);
    expect(await recentQuestions(store, "U2")).toEqual([]);
  });

  it("count a question as the same entry only with the same command and the same options in the same order", async () => {
    const store = new MemoryContextStore();
    await rememberQuestion(store, "U1", ask("70B", "H100"));
    // The same with another language, asker and explain: moves up, not repeated.
    await rememberQuestion(store, "U1", { ...ask("70B", "H100"), lang: "zh-TW", asker: "U1", explain: true });
    expect(await recentQuestions(store, "U1")).toHaveLength(1);
    await rememberQuestion(store, "U1", { command: "cards", options: ask("70B", "H100").options });
    await rememberQuestion(store, "U1", {
      command: "compute",
      options: { gpu: "H100", params: "70B", tokens: "15T" },
    });
    await rememberQuestion(store, "U1", ask("70B"));
    const list = await recentQuestions(store, "U1");
    expect(list.map((q) => [q.command, Object.keys(q.options).join(",")])).toEqual([
      ["compute", "params,tokens"],
      ["compute", "gpu,params,tokens"],
      ["cards", "params,tokens,gpu"],
      ["compute", "params,tokens,gpu"],
    ]);
  });

  it("leave the same lists, expiries and eviction order batched as one call per slot", async () => {
    const step = fc.record({
      user: fc.constantFrom("U1", "U2", "U3"),
      params: fc.constantFrom("7B", "70B", "175B", "405B"),
      gpu: fc.option(fc.constantFrom("H100", "A100"), { nil: undefined }),
      read: fc.boolean(),
      advance: fc.integer({ min: 0, max: 400 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        let now = 0;
        // Small and short-lived, so eviction order and expiry both matter.
        const options = { maxEntries: 9, ttlMs: 1000, now: () => now };
        const batched = new MemoryContextStore(options);
        const single = new MemoryContextStore(options);
        const plain = oneByOne(single);
        for (const s of steps) {
          now += s.advance;
          if (s.read) {
            expect(await recentQuestions(batched, s.user)).toEqual(await recentQuestions(plain, s.user));
          } else {
            await rememberQuestion(batched, s.user, ask(s.params, s.gpu));
            await rememberQuestion(plain, s.user, ask(s.params, s.gpu));
          }
          expect(batched.size).toBe(single.size);
        }
        for (const user of ["U1", "U2", "U3"]) {
          expect(await recentQuestions(batched, user)).toEqual(await recentQuestions(plain, user));
        }
      }),
      { numRuns: 300 },
    );
  });
});
