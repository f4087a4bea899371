import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { ask, result, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16. */
const H100_BF16 = 989.4e12;

describe("every command's examples (help, errors' Try lines) are answered", () => {
  // A Hugging Face config (`hf:Qwen/Qwen3-8B`) is fetched by the Hub step first (test/hf).
  const examples = registry.commands.flatMap((command) => command.examples).filter((e) => !e.includes("hf:"));
  it.each(examples)("/flops %s", (example) => {
    expect(ask(example).ok, said(example)).toBe(true);
  });

  it("mfu's step-time example is a plausible run: 6 × 70B × (16M tokens / 17 s) / (1,024 × 989.4T) = 39%", () => {
    const r = result("mfu 70B gpu=H100 gpus=1024 step-time=17s batch-tokens=16M");
    expect(r.mfu).toBeCloseTo((6 * 70e9 * (16e6 / 17)) / (1024 * H100_BF16), 6);
    // A bare number of seconds reads the same.
    expect(result("mfu 70B gpu=H100 gpus=1024 step-time=17 batch-tokens=16M").mfu).toBe(r.mfu);
  });
});
