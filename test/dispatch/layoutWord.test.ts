/**
 * `70B 2T TP8 PP16 on 1024 H100` (Llama 3 405B's layout as the paper writes it) was refused as "I
 * don't know what TP8 means" with compute's generic Try line. A layout in one word is now refused as
 * `tp=8` is, said to be cards', the Try line the asker's line on cards, which answers.
 */
import { describe, expect, it } from "vitest";
import { answered, ask, errorOf } from "./helpers.ts";

describe("a layout in one word given to a command without one", () => {
  it.each([
    ["70B 2T TP8 PP16 on 1024 H100", 8, 16],
    ["mfu 70B 2T TP8 on 1024 H100 21 days", 8, undefined],
  ])("%s: refused as a layout, its Try line the line on cards, answered with that layout", (line, tp, pp) => {
    const reply = ask(line);
    expect(reply.error?.key).toBe("read.layoutWord");
    expect(errorOf(line).text).toContain("takes no parallel layout (TP8)");
    expect(errorOf(line).text).toContain("/flops cards");
    const example = String(reply.hint?.params?.example).replace(/^\/flops /, "");
    expect(example).toMatch(/^cards 70B /);
    const there = answered(example);
    expect(there.command).toBe("cards");
    expect(there.readAs.tp).toBe(tp);
    expect(there.readAs.pp).toBe(pp);
    expect(there.readAs.mode).toBe("train");
  });

  it("中文：平行配置", () => {
    expect(errorOf("70B 2T TP8 PP16 on 1024 H100", "zh-TW").text).toContain("不接受平行配置 (TP8)");
  });

  it("cards still reads it: `cards 70B TP8 PP16 on 1024 H100`", () => {
    expect(answered("cards 70B mode=train TP8 PP16 on 1024 H100").readAs.tp).toBe(8);
  });
});
