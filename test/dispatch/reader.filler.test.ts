import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask } from "./helpers.ts";

/**
 * Filler (`how`, `to`, `with`) is skipped as soon as it is seen, but a filler word that names an
 * option of the command (`gpus 512`, `tokens 2T`) is still read as its label, and one a GPU name
 * begins with (`a 100`) is still looked up.
 *
 * Reference: C = 6·N·D (Kaplan et al. 2020 §2.1): 13B × 3T × 6 = 2.34e23 FLOP.
 */
const readAs = (line: string) => {
  const reply = ask(line);
  expect(reply.ok, line).toBe(true);
  return (toJson(reply, "en") as { readAs?: { items?: unknown[] } }).readAs;
};

describe("filler words", () => {
  it("say nothing: a question reads as its numbers alone", () => {
    const question = readAs("how long to train a 13B model on 3T tokens with 128 H100s");
    expect(question).toEqual(readAs("13B 3T 128 H100s"));
    const reply = ask("how long to train a 13B model on 3T tokens with 128 H100s");
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 13e9 * 3e12, -18);
  });

  it("that name an option are its label (gpus 512 is 512 GPUs, tokens 2T is 2T tokens)", () => {
    const labelled = ask("70B gpu H100 gpus 512 tokens 2T");
    expect(labelled.ok).toBe(true);
    expect(labelled.asked?.raw).toMatchObject({ gpus: "512", tokens: "2T" });
  });

  it("that begin a GPU name are still looked up (`a 100` is the A100)", () => {
    const reply = ask("70B 2T on 64 a 100");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.gpu?.toLowerCase()).toBe("a 100");
  });
});
