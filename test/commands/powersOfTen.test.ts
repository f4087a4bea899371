import { describe, expect, it } from "vitest";
import { ask } from "./helpers.ts";

/** GPT-3's training compute, 3.14 × 10²³ FLOP (Brown et al. 2020, Table D.1). */
const C = 3.14e23;

describe("a power of ten typed with a caret (3.14 x 10^23, 10^24) is that number, as 3.14e23 is", () => {
  it.each([
    "chinchilla 3.14 x 10^23 FLOPs",
    "chinchilla 3.14*10^23",
    "chinchilla 3.14x10^23",
    "chinchilla 3.14 × 10^23",
  ])("%s: a compute budget of 3.14e23 FLOP, N* = √(C / 120) = 51.2B (Hoffmann et al. 2022)", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; params: number };
    expect(r.flops).toBe(C);
    expect(r.params).toBeCloseTo(Math.sqrt(C / 120), -6);
    expect(reply.result).toEqual(ask("chinchilla 3.14e23").result);
  });

  it("chinchilla 10^24: 1e24 FLOP, never 10^24 parameters (it read 1e24 parameters)", () => {
    expect((ask("chinchilla 10^24").result as { flops: number }).flops).toBe(1e24);
  });
});
