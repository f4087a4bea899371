import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkLike } from "../../../src/adapters/slack/blocks.ts";

/** What Slack links by itself, as one case-insensitive Unicode pattern: the definition linkLike keeps. */
const SLACK_WOULD_LINK = /:\/\/|\bwww\.|[a-z0-9-]\.[a-z]{2,}|[@#][\p{L}\p{N}_]/iu;

describe("linkLike: what Slack would link or ping in a quoted text", () => {
  it.each([
    ["https://evil.example/login", true],
    ["see evil.example", true],
    ["WWW.example", true],
    ["awww.x", false], // no word boundary before `www.`, and one letter after the dot is no domain
    ["@here what", true],
    ["#general", true],
    ["@小明", true],
    ["@ alone", false],
    ["5.88 × 10²³ FLOP", false],
    ["Llama 3 405B 38–43%; PaLM App. B", false],
    ["1.4T tokens", false],
    ["x.ſt", true], // the long s folds to s
    ["\u212Awww.", false], // the Kelvin sign is a word character: no word boundary before www
  ])("%s → %s", (text, expected) => {
    expect(linkLike(text)).toBe(expected);
    expect(SLACK_WOULD_LINK.test(text)).toBe(expected);
  });

  it("agrees with the /iu pattern on any text of the characters that matter", () => {
    const char = fc.constantFrom(..."aAwWsSkKzZ09-_.:/@# \u017f\u212a小明é·–".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const text = chars.join("");
        expect(linkLike(text)).toBe(SLACK_WOULD_LINK.test(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
