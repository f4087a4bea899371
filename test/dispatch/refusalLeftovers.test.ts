/**
 * Refusals that named the wrong thing or fell back to the generic Try line: `&` between sizes, a
 * fractional GPU count, a budget with the size and tokens given, a key of another command.
 * Numbers: 6 × 7B × 13B = 5.46 × 10²⁰ FLOP (Kaplan et al. 2020 §2.1).
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { answered, ask, errorOf } from "./helpers.ts";

/** The Try line's question, as the asker would paste it back. */
function tried(line: string, lang: Lang = "en"): string {
  const example = ask(line, lang).hint?.params?.example;
  expect(typeof example, line).toBe("string");
  return String(example).replace(/^\/flops /, "");
}

describe("`&` between model sizes is read as `and` (was an unknown word “&”)", () => {
  it("7B & 13B: read as N and D, said so, as 7B and 13B is", () => {
    const { result, notes } = answered("7B & 13B");
    expect(result.flops).toBeCloseTo(6 * 7e9 * 13e9, -15);
    expect(notes).toContain("Read “7B & 13B” as the parameters, then the training tokens");
  });

  it("7B & 13B on 2T tokens: several model sizes, Try 7B on 2T tokens", () => {
    expect(errorOf("7B & 13B on 2T tokens").key).toBe("read.severalSizes");
    expect(tried("7B & 13B on 2T tokens")).toBe("7B on 2T tokens");
  });
});

describe("a GPU count with a fraction is said to be whole (was “I don't know what 1.5 is for”)", () => {
  it.each<[string, Lang, string, string]>([
    ["70B 2T on 1.5 H100", "en", "count of GPUs is whole", "70B 2T on 2 H100"],
    ["cards 70B on 0.5 A100", "en", "count of GPUs is whole", "cards 70B on 1 A100"],
    ["70B 2T on 1.5 H100", "zh-TW", "GPU 的數量必須是整數", "70B 2T on 2 H100"],
  ])("%s (%s)", (line, lang, said, fixed) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.gpuCountWhole");
    expect(error.text).toContain(said);
    expect(tried(line, lang)).toBe(fixed);
    expect(ask(fixed, lang).ok).toBe(true);
  });

  it("1.5M H100 GPU-hours is still GPU-hours, not a count", () => {
    expect(ask("mfu 70B 2T gpu=H100 1.5M H100 gpu-hours").error?.key).not.toBe("read.gpuCountWhole");
  });
});

describe("a budget under any run's beside the size and tokens: Try the line without it", () => {
  it.each(["70B 2T flops=1e17", "70B 2T budget=1e17"])("%s → Try 70B 2T (was 175B 300B)", (line) => {
    expect(errorOf(line).key).toBe("plausible.budgetTinySized");
    expect(tried(line)).toBe("70B 2T");
  });
});

describe("a key of another command names it, and Tries the line there", () => {
  it("70B 2T on 512 H100 mode=trian: mode is cards', Try cards 70B on 512 H100 mode=train", () => {
    const error = errorOf("70B 2T on 512 H100 mode=trian");
    expect(error.key).toBe("args.keyElsewhere");
    expect(error.text).toContain("/flops cards");
    expect(tried("70B 2T on 512 H100 mode=trian")).toBe("cards 70B on 512 H100 mode=train");
    // ZeRO-1 on 512 H100: the training memory per card (Rajbhandari et al. 2020).
    expect(ask("cards 70B on 512 H100 mode=train").command).toBe("cards");
  });

  it("in Chinese too", () => {
    const error = errorOf("70B 2T on 512 H100 mode=train", "zh-TW");
    expect(error.text).toContain("是 /flops cards");
    expect(tried("70B 2T on 512 H100 mode=train", "zh-TW")).toBe("cards 70B on 512 H100 mode=train");
  });

  it("a key near one of the command's own is still suggested (gpsu= → gpus=)", () => {
    expect(errorOf("70B 2T gpu=H100 gpsu=512").key).toBe("args.unknownKey");
    expect(tried("70B 2T gpu=H100 gpsu=512")).toBe("70B 2T gpu=H100 gpus=512");
  });
});
