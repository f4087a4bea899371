import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

/** The answer's language asked in words, as `lang=` is: Llama 3 405B's 6ND either way (Llama 3 Herd §3.2.1: 405B × 15.6T). */
const answer = (line: string, langFromText = false) =>
  respondToText(registry, line, { lang: "en", langFromText });

describe("`in chinese`, `answer in english`, `in zh-TW`, 用中文回答", () => {
  it.each([
    ["llama 3 405b in chinese", "zh-TW"],
    ["70B 1.4T, answer in traditional chinese", "zh-TW"],
    ["用中文回答 70B 1.4T", "zh-TW"],
    ["70B 1.4T 用英文", "en"],
    ["reply in english 70B 1.4T", "en"],
    // The tag lang= takes, after `in` (it was refused: “I don't know what “zh-TW” means”).
    ["70B 1.4T in zh-TW", "zh-TW"],
    ["answer in zh_tw: 70B 1.4T", "zh-TW"],
    // A colon closes the clause, as after `mfu:` (it was refused on “:”).
    ["answer in chinese: 70B 1.4T", "zh-TW"],
  ])("%s → %s, the numbers unchanged", (line, lang) => {
    const reply = answer(line, true);
    expect(reply.ok).toBe(true);
    expect(reply.lang).toBe(lang);
    expect(reply.notes.map((n) => n.key)).not.toContain("read.unplaced");
  });

  it("explain … in chinese keeps the explanation (the steps), in zh-TW", () => {
    const reply = answer("explain 70B 1.4T in chinese");
    expect(reply.lang).toBe("zh-TW");
    expect(reply.notes.map((n) => n.key)).toContain("explain.title");
  });

  it("the same compute in either language: 6 × 70B × 1.4T = 5.88e23", () => {
    expect(answer("用中文回答 70B 1.4T").result?.flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
    expect(answer("70B 1.4T in chinese").result?.flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
  });
});
