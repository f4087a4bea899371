import { describe, expect, it } from "vitest";
import { toDiscordMessage } from "../../src/adapters/discord/embeds.ts";
import { toSlackMessage } from "../../src/adapters/slack/blocks.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Every string inside a message, as the platform's API receives it before JSON escapes anything. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : typeof value === "object" && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

describe("Slack and Discord show a control character a refusal quotes as its control picture, as the terminal does", () => {
  // A NUL and an ESC typed inside a word the bot cannot read: the refusal names the word.
  const reply = () => respondToText(registry, "175B 300B gpu=H1\u0000\u001b[31m", { lang: "en" });

  it("Slack: no control character in any text of the blocks or the fallback; the word shows ␀ and ␛", () => {
    const refused = reply();
    expect(refused.ok).toBe(false);
    const texts = strings(toSlackMessage(refused, "en"));
    expect(texts.some((text) => text.includes("␀␛"))).toBe(true);
    expect(texts.filter((text) => CONTROL.test(text))).toEqual([]);
  });

  it("Discord: no control character in any text of the embeds; the word shows ␀ and ␛", () => {
    const texts = strings(toDiscordMessage(reply(), "en").embeds);
    expect(texts.some((text) => text.includes("␀␛"))).toBe(true);
    expect(texts.filter((text) => CONTROL.test(text))).toEqual([]);
  });
});
