import { describe, expect, it } from "vitest";
import { rendered } from "./helpers.ts";

const next = (line: string, lang: "en" | "zh-TW" = "en") => rendered(line, lang).hint ?? "";
const notes = (line: string) => rendered(line).notes.join("\n");

describe("a Next: line suggests only options the asker did not type", () => {
  it("serve with batch=64 typed: the rate, not batch=64 again", () => {
    expect(next("serve 70B gpu=H100")).toBe(
      "Next: add rate=20 prompt=1k generate=256 for the GPUs a request rate needs, or batch=64.",
    );
    expect(next("serve 70B gpu=H100 batch=64")).toBe(
      "Next: add rate=20 prompt=1k generate=256 for the GPUs a request rate needs.",
    );
    expect(next("serve 70B gpu=H100 batch=64", "zh-TW")).not.toContain("batch=64");
  });

  it("serve with its own prompt= and generate=: only rate= is added", () => {
    const line = "serve 70B gpu=H100 prompt=2k generate=512 batch=16";
    expect(next(line)).toBe("Next: add rate=20 for the GPUs a request rate needs.");
    expect(next("serve 70B gpu=H100 prompt=2k", "zh-TW")).toBe(
      "下一步：加上 rate=20 generate=256 看請求量需要幾張 GPU，或試 batch=64。",
    );
  });

  it("serve at fp8 with a rate: precision=fp8 is not offered again", () => {
    expect(next("serve 70B gpu=H100 rate=20")).toContain("precision=fp8");
    expect(next("serve 70B gpu=H100 rate=20 precision=fp8")).not.toContain("precision=");
    expect(next("serve 70B gpu=H100 rate=20 precision=fp8", "zh-TW")).not.toContain("precision=");
  });

  it("cards training: the layout options not typed, none when all were", () => {
    expect(next("cards 70B gpu=H100 mode=train")).toContain("fix part of the layout with tp=8 pp=2 zero=1");
    expect(next("cards 70B gpu=H100 mode=train tp=4")).toContain("fix part of the layout with pp=2 zero=1,");
    expect(next("cards 70B gpu=H100 mode=train tp=8 pp=2 zero=1")).toBe("Next: try mode=lora or mode=qlora.");
    expect(next("cards 7B gpu=H100 mode=lora tp=1 pp=1 zero=0")).toBe(
      "Next: mode=train for full training's memory.",
    );
  });

  it("cards serving: the serve line carries the batch typed, which stays named as unused here", () => {
    const line = "cards 70B gpu=H100 mode=infer batch=64";
    expect(next(line)).toContain("/flops serve 70B gpu=H100 batch=64 for tokens/s");
    expect(notes(line)).toContain("Not used: batch=64");
    expect(next("cards 70B gpu=H100 mode=infer")).toContain("batch=32");
  });
});
