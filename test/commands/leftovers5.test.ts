import { describe, expect, it } from "vitest";
import { nearest } from "../../src/core/suggest.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { ask, rendered } from "./helpers.ts";

const errorOf = (line: string, lang: Lang = "en") => String(rendered(line, lang).error);

describe("a suggestion is a plausible typo; a count given a word says it takes a number", () => {
  it("never a one- or two-letter name for a longer word, never half the letters changed", () => {
    const units = ["k", "m", "b", "t", "bn", "mo", "mos", "h", "hrs", "days", "weeks", "wks", "hours"];
    // `b` is a prefix of `banana`, `mos` two edits from `lots`: neither is a slip of the fingers.
    expect(nearest("banana", units)).toEqual([]);
    expect(nearest("lots", units)).toEqual([]);
    // Real slips are still caught: one letter dropped, two swapped, one doubled.
    expect(nearest("weks", units)[0]).toBe("weeks");
    expect(nearest("dyas", units)).toEqual(["days"]);
    expect(nearest("bb", units)).toEqual(["b", "bn"]);
    // What was typed so far still completes (`hou` of `hours`).
    expect(nearest("hou", units)).toEqual(["hours"]);
  });

  it("gpus=banana and gpus=lots: gpus takes a number, with the option's own example", () => {
    for (const word of ["banana", "lots"]) {
      const reply = ask(`gpus=${word}`);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("quantity.wordFor");
      expect(errorOf(`gpus=${word}`)).toBe(`gpus takes a number, not a word like “${word}”: e.g. gpus=1024.`);
      expect(errorOf(`gpus=${word}`)).not.toMatch(/Did you mean/);
    }
    expect(errorOf("gpus=lots", "zh-TW")).toBe("gpus 要填數字，不是「lots」這樣的字：例如 gpus=1024。");
    // Chinese too: 很多 ("a lot") is a word, not a number.
    expect(ask("mfu 7B 1T gpu=h100 gpus=很多").error?.key).toBe("quantity.wordFor");
  });

  it("a mistyped unit after a number still gets its suggestion", () => {
    const reply = ask("7B 1T gpu=h100 gpus=8 days=3weks");
    expect(reply.error?.key).toBe("quantity.unknownWord");
    expect(String(reply.error?.params?.suggestions).split(", ")).toContain("weeks");
  });
});
