import { describe, expect, it } from "vitest";
import { ask, rendered } from "./helpers.ts";

/** The `/flops …` questions a reply's "Next:" line suggests. */
const suggested = (line: string): string[] => {
  const hint = rendered(line).hint ?? "";
  return [...hint.matchAll(/\/flops (.+?)(?= for | to | 看|，|, |。|\.$|$)/g)].map((m) =>
    (m[1] as string).trim(),
  );
};

describe("a Next: line suggests a step forward, and the step answers", () => {
  it.each(["h100", "amd", "mi300", "tpu", "4090"])("gpus %s does not suggest filtering again", (filter) => {
    const next = suggested(`gpus ${filter}`);
    expect(next.some((q) => q.startsWith("gpus"))).toBe(false);
    expect(next.length).toBeGreaterThan(0);
    for (const question of next) expect(ask(question).ok, question).toBe(true);
  });

  it("gpus h100 suggests the card as typed: gpu=h100 (NVIDIA H100 SXM5 80GB, 989.4 TFLOP/s bf16 dense)", () => {
    expect(suggested("gpus h100")).toContain("70B 1.4T gpu=h100");
    expect(ask("70B 1.4T gpu=h100").result).toMatchObject({ gpu: "NVIDIA H100 SXM5 80GB" });
  });

  it("the unfiltered catalog still suggests a filter", () => {
    expect(suggested("gpus")).toContain("gpus h100");
  });

  it.each([
    ["serve 8B gpu=H100 rate=20 prompt=1k generate=256", "rate="],
    ["cards 70B gpu=H100 mode=lora", "mode=lora"],
    ["cards 70B gpu=H100 mode=qlora", "mode=qlora"],
  ])("%s: the Next: line does not ask for %s again", (line, typed) => {
    const hint = rendered(line).hint ?? "";
    expect(hint).not.toBe("");
    expect(hint).not.toContain(typed);
  });
});

describe("a Try: line never moves a value into another's place", () => {
  it.each(["Infinity 1T", "NaN 300B", "inf 1T", "-Infinity 2T"])(
    "%s: no line without the word (it would read the tokens as 1T or 300B parameters)",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      const tried = rendered(line).hint?.match(/\/flops (.*)$/)?.[1] ?? "";
      const rest = line.split(" ").slice(1).join(" ");
      expect(tried).not.toBe(rest);
    },
  );

  it("a word that takes no value's place is still dropped: gpt-3 banana 300B → gpt-3 300B", () => {
    expect(rendered("gpt-3 banana 300B").hint).toContain("/flops gpt-3 300B");
  });
});

describe("a Try: line never gives a percent or a count another meaning", () => {
  it.each([
    ["70B 2T on 512 H100 with 90% uptime", "90% uptime would be read as MFU 90%"],
    ["70B 2T on 512 H100, 20% of tokens are code", "20% of tokens would be read as MFU 20%"],
  ])("%s: no line without the word (%s)", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    const tried = rendered(line).hint?.match(/\/flops (.*)$/)?.[1] ?? "";
    expect(tried.startsWith(line.split(" ").slice(0, 2).join(" "))).toBe(false);
  });

  it("7B 1T on 1.5 H100s: the count kept, whole (dropped, the H100s would be 1,024 assumed)", () => {
    expect(ask("7B 1T on 1.5 H100s").ok).toBe(false);
    expect(rendered("7B 1T on 1.5 H100s").hint).toContain("/flops 7B 1T on 2 H100s");
    expect(ask("7B 1T on 2 H100s").asked?.raw.gpus).toBe("2");
  });

  it("a percent with its own label keeps the line: 70B 2T 45% mfu banana → 70B 2T 45% mfu", () => {
    expect(rendered("70B 2T 45% mfu banana").hint).toContain("/flops 70B 2T 45% mfu");
  });
});

describe("Infinity after every value is still dropped", () => {
  it("70B 2T 512 H100 Infinity → Try 70B 2T 512 H100", () => {
    expect(rendered("70B 2T 512 H100 Infinity").hint).toContain("/flops 70B 2T 512 H100");
  });
});
