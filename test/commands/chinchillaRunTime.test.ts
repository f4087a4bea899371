import { describe, expect, it } from "vitest";
import { ask, result } from "./helpers.ts";

// Hoffmann et al. 2022, Chinchilla §4.1: 70B parameters on 1.4T tokens. The catalog's shape (80
// layers, d 8192, context 2,048) adds PaLM App. B's attention; H100 SXM5: 989.4 TFLOP/s bf16 dense.
const C_ATTN = 1.4e12 * (6 * 70e9 + 12 * 80 * 8192 * 2048);
const H100 = 989.4e12;

describe("how long would chinchilla take on GPUs: the Chinchilla run's training, not the rule refused", () => {
  it.each([
    "how long would chinchilla take on 1024 H100s",
    "how long would chinchilla 70b take on 1024 H100s",
  ])("%s: 5.88e23 FLOP (6ND) on 1,024 H100 at the assumed 40% MFU", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compute");
    const r = result(line);
    expect(r.tokens).toBe(1.4e12);
    expect(r.flops).toBeCloseTo(6 * 70e9 * 1.4e12, -18);
    expect(r.seconds).toBeCloseTo(C_ATTN / (1024 * H100 * 0.4), -2);
  });

  it("a size other than the run's keeps the rule: how long would chinchilla 175B take on 1024 H100s", () => {
    expect(ask("how long would chinchilla 175B take on 1024 H100s").command).toBe("chinchilla");
  });

  it("without a time asked the rule answers, the GPU named as not used: chinchilla 70B on H100", () => {
    const reply = ask("chinchilla 70B on H100");
    expect(reply.command).toBe("chinchilla");
    expect(reply.notes.map((note) => note.key)).toContain("read.unplaced");
  });
});
