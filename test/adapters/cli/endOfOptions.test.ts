import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../../src/adapters/cli/args.ts";
import { registry } from "../../../src/commands/registry.ts";
import { respondToText } from "../../../src/dispatch/respond.ts";

/** `--` is the usual end-of-options marker (POSIX Utility Syntax Guideline 10): skipped, never a word. */
const answer = (argv: string[]) => {
  const args = parseCliArgs(argv, {});
  return respondToText(registry, args.words.join(" "), { lang: args.lang });
};

describe("a leading -- in the terminal", () => {
  it("-- 175B 300B is compute of 175B on 300B: 6 × 175e9 × 300e9 = 3.15e23 (GPT-3, Brown et al. 2020 Table D.1)", () => {
    expect(parseCliArgs(["--", "175B", "300B"], {}).words).toEqual(["175B", "300B"]);
    const reply = answer(["--", "175B", "300B"]);
    expect(reply.ok).toBe(true);
    expect((reply.result as { flops: number }).flops).toBeCloseTo(3.15e23, -20);
  });

  it("-- chinchilla 70B runs chinchilla: D = 20 · 70B = 1.4T (Hoffmann et al. 2022)", () => {
    const reply = answer(["--", "chinchilla", "70B"]);
    expect(reply.command).toBe("chinchilla");
    expect((reply.result as { tokens: number }).tokens).toBe(1.4e12);
  });

  it("-- mfu gpt-3 runs mfu on the GPT-3 preset", () => {
    const reply = answer(["--", "mfu", "gpt-3"]);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("mfu");
  });

  it("flags after -- are words of the question, and flags before it still apply", () => {
    const args = parseCliArgs(["--json", "--lang", "zh-TW", "--", "175B"], {});
    expect(args).toMatchObject({ json: true, lang: "zh-TW", words: ["175B"] });
  });
});
