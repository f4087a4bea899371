/**
 * A refusal's Try line is the asker's own line corrected when that is answered (README, "Refusals"),
 * never the command's generic example beside a fix the refusal itself names.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { ask, errorOf } from "./helpers.ts";

/** The Try line's question, as the asker would paste it back. */
function tried(line: string, lang: Lang = "en"): string {
  const example = ask(line, lang).hint?.params?.example;
  expect(typeof example, line).toBe("string");
  return String(example).replace(/^\/flops /, "");
}

describe("an unknown GPU with several near: the line on the first suggested", () => {
  it.each<[string, Lang, string, string]>([
    ["70B 15T gpu=H1000", "en", "70B 15T gpu=H100", "h100-sxm"],
    ["70B 15T on 512 H1000", "en", "70B 15T on 512 H100", "h100-sxm"],
    // A count glued to it was "I don't know what 512xH1000 is for", Try on 1,024 assumed GPUs.
    ["70B 15T on 512xH1000", "en", "70B 15T on 512xH100", "h100-sxm"],
    ["cards 70B gpu=A1000", "en", "cards 70B gpu=A100", "a100-80gb-sxm"],
    ["70B 15T 在 H1000 上", "zh-TW", "70B 15T 在 H100 上", "h100-sxm"],
    ["70b 15t on h1000", "en", "70b 15t on h100", "h100-sxm"],
  ])("%s (%s) → Try %s", (line, lang, fixed, gpu) => {
    expect(errorOf(line, lang).key).toBe("gpu.unknown");
    expect(tried(line, lang)).toBe(fixed);
    const answer = ask(fixed, lang);
    expect(answer.ok, fixed).toBe(true);
    expect(answer.readAs?.items.find((item) => item.option === "gpu")?.value).toBe(gpu);
  });

  it("one near keeps the case typed: `A10G` → A10", () => {
    expect(tried("70B 15T on 512 A10G")).toBe("70B 15T on 512 A10");
  });
});

describe("a value below zero typed as a price, share, time or count", () => {
  it.each<[string, Lang, string]>([
    ["70B 2T H100 at -$2/h", "en", "70B 2T H100 at $2/h"],
    ["70B 2T H100 at $-2/h", "en", "70B 2T H100 at $2/h"],
    ["70B 2T H100 at -40% mfu", "en", "70B 2T H100 at 40% mfu"],
    ["70B 2T on -512 H100", "en", "70B 2T on 512 H100"],
    ["70B 2T H100 for -3 days", "en", "70B 2T H100 for 3 days"],
    ["70B 2T H100 at -$2/h", "zh-TW", "70B 2T H100 at $2/h"],
  ])("%s: said to be below zero (was an unknown word), Try without the sign", (line, lang, fixed) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.negative");
    expect(error.text).toMatch(lang === "en" ? /below zero/ : /小於零/);
    expect(tried(line, lang)).toBe(fixed);
    expect(ask(fixed, lang).ok, fixed).toBe(true);
  });

  it("the Try line's `$2/h` is read as the price, 2 dollars a GPU-hour", () => {
    const answer = ask("70B 2T on 512 H100 at $2/h");
    expect(answer.ok).toBe(true);
    expect(answer.readAs?.items.find((item) => item.option === "price")?.value).toBe(2);
  });
});

describe("a value out of its option's range: the line with it fixed, not the generic example", () => {
  it.each<[string, string, string]>([
    ["70B 2T price=-2", "quantity.notPositiveFor", "70B 2T price=2"],
    ["-70B 2T", "quantity.notPositiveFor", "70B 2T"],
    ["70B 0T", "quantity.notPositiveFor", "70B 300B"],
    ["70B 2T gpu=H100 gpus=0", "quantity.notIntegerFor", "70B 2T gpu=H100 gpus=1024"],
    ["70B 2T on 0 H100", "quantity.notIntegerFor", "70B 2T on 1024 H100"],
    ["70B 2T H100 at 150% mfu", "quantity.notFractionFor", "70B 2T H100 at 40% mfu"],
    ["cards 70B gpu=H100 batch=0", "quantity.notIntegerFor", "cards 70B gpu=H100 batch=1"],
    [
      "mfu 70B 2T gpu=H100 gpus=512 days=-3",
      "quantity.notPositiveFor",
      "mfu 70B 2T gpu=H100 gpus=512 days=3",
    ],
  ])("%s → Try %s", (line, key, fixed) => {
    expect(errorOf(line).key).toBe(key);
    expect(tried(line)).toBe(fixed);
    expect(ask(fixed).ok, fixed).toBe(true);
  });
});

describe("a budget under any run's where another option or the FLOP unit was meant", () => {
  it.each<[string, Lang]>([
    ["70B 1.4T layers=80 d=8192 c=2048", "en"],
    ["70B 1.4T layers=80 d=8192 c=2048", "zh-TW"],
  ])("%s (%s): was answered on a 2,048-FLOP budget; refused, Try ctx=2048", (line, lang) => {
    expect(errorOf(line, lang).key).toBe("plausible.budgetTinySized");
    const fixed = tried(line, lang);
    expect(fixed).toBe("70B 1.4T layers=80 d=8192 ctx=2048");
    const answer = ask(fixed, lang);
    expect(answer.ok).toBe(true);
    // PaLM App. B: 6N + 12·L·h·ctx a token, with L 80, h 8192, ctx 2048.
    const perToken = 6 * 70e9 + 12 * 80 * 8192 * 2048;
    expect((answer.result as { flopsWithAttention: number }).flopsWithAttention).toBeCloseTo(
      perToken * 1.4e12,
      -20,
    );
  });

  it.each(["chinchilla 500P FLOPs", "chinchilla 100 PFLOP"])(
    "%s: the FLOP unit named, so no dollar sign is offered (Try was `$500P FLOPs`, or the line itself)",
    (line) => {
      const error = errorOf(line);
      expect(error.key).toBe("plausible.budgetTinyFlop");
      expect(error.text).not.toContain("$");
      const fixed = tried(line);
      expect(fixed).not.toBe(line);
      expect(ask(fixed).ok, fixed).toBe(true);
    },
  );

  it("a budget typed without its unit may be dollars: the sign offered still", () => {
    expect(errorOf("chinchilla budget=500P").key).toBe("plausible.budgetTiny");
    expect(tried("chinchilla budget=500P")).toBe("chinchilla budget=$500P");
  });
});

describe("a refusal that suggests the word meant: the line with it, not the generic example", () => {
  it.each<[string, Lang, string]>([
    // Each was Try `175B 300B` (or the command's first example) beside its own suggestion.
    ["70BB 2T", "en", "70B 2T"],
    ["70B 2TT", "en", "70B 2T"],
    ["chinchila 70B", "en", "chinchilla 70B"],
    ["cards 70B gpu=H100 mode=trian", "en", "cards 70B gpu=H100 mode=train"],
    // gpu= twice where the second is a count: gpus=, the key it begins.
    ["compute flops=1e25 gpu=H100 gpu=4096", "en", "compute flops=1e25 gpu=H100 gpus=4096"],
    // The refusal's own example (8 GPUs a node, as a DGX/HGX H100 holds) on the asker's line.
    ["70B 2T 8 H100 nodes", "en", "70B 2T 8 nodes of 8 H100"],
    // 每小時 -2 美元 was read as a second price, 2T/h; now below zero, Try without the sign.
    ["70B 2T 每小時 -2 美元 H100", "zh-TW", "70B 2T 每小時 2 美元 H100"],
    // gpus suggested nothing near H1000 (every other command suggests H100).
    ["gpus H1000", "en", "gpus H100"],
    // Sizes listed with commas and no spaces were "a number I can't read"; now several sizes.
    ["7B,13B,70B", "en", "7B"],
    ["7B,13B,70B on 1T tokens", "en", "7B on 1T tokens"],
    // GPUs come whole: the count that holds 1.5 of them.
    ["70B 2T on 1.5 H100", "en", "70B 2T on 2 H100"],
    // The word blamed begins a GPU's or a run's name mistyped.
    ["70B 2T on 512 RTX 4090x", "en", "70B 2T on 512 RTX 4090"],
    ["lama 3 70b 需要幾張 H100", "zh-TW", "llama-3-70b 需要幾張 H100"],
  ])("%s (%s) → Try %s", (line, lang, fixed) => {
    const reply = ask(line, lang);
    expect(reply.ok, line).toBe(false);
    expect(tried(line, lang)).toBe(fixed);
    expect(ask(fixed, lang).ok, fixed).toBe(true);
  });

  it("the count in gpus=4096 is read as 4,096 GPUs and 8 nodes of 8 as 64", () => {
    expect(ask("compute flops=1e25 gpu=H100 gpus=4096").asked?.raw.gpus).toBe("4096");
    expect(ask("70B 2T 8 nodes of 8 H100").asked?.raw.gpus).toBe("64");
  });

  it("每小時 -2 美元 is refused as below zero, not as a price given twice", () => {
    expect(errorOf("70B 2T 每小時 -2 美元 H100", "zh-TW").key).toBe("read.negative");
  });
});

describe("a plural's s typed apart is the unit's", () => {
  it("70B 2T on 512 H100 in 30 day s: 30 days (was refused as a run named “s”)", () => {
    const answer = ask("70B 2T on 512 H100 in 30 day s");
    expect(answer.ok).toBe(true);
    expect(answer.asked?.raw.days).toMatch(/^30\s*days$/);
  });
});
