import { describe, expect, it } from "vitest";
import { MIX } from "../../bench/inputs.ts";
import { renderText } from "../../src/adapters/cli/text.ts";
import { width } from "../../src/adapters/cli/width.ts";
import { wrap } from "../../src/adapters/cli/wrap.ts";
import { toEmbeds } from "../../src/adapters/discord/embeds.ts";
import { withinLimits } from "../../src/adapters/discord/limits.ts";
import { toSlackMessage } from "../../src/adapters/slack/blocks.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { limitViolations } from "../adapters/slack/violations.ts";

/**
 * Every reply in the benchmark mix (bench/inputs.ts), in both languages, fits where it is read:
 * Slack's block and message limits, Discord's embed limits, and the terminal's width (80 when
 * not a terminal, 60 for a narrow window), where only a line holding a URL may be wider.
 */
const overWide = (text: string, columns: number) =>
  text.split("\n").filter((line) => width(line) > columns && !/https?:\/\//.test(line));

describe.each(LANGS)("the benchmark mix in %s", (lang) => {
  const replies = MIX.map((input) => ({ input, reply: respondToText(registry, input, { lang }) }));

  it.each([80, 60])("fits a terminal %i columns wide", (columns) => {
    for (const { input, reply } of replies) {
      expect(overWide(renderText(localize(reply, lang), columns, lang), columns), input).toEqual([]);
    }
  });

  it("fits Slack (50 blocks, 3,000 characters a section, 12,000 a message) and Discord (25 fields, 6,000)", () => {
    for (const { input, reply } of replies) {
      expect(limitViolations(toSlackMessage(reply, lang)), input).toEqual([]);
      expect(withinLimits(toEmbeds(localize(reply, lang), lang)), input).toBe(true);
    }
  });

  it("lists the sources as short names on one line with numbered footnotes in the terminal", () => {
    const reply = respondToText(registry, "175B 300B gpu=A100", { lang });
    const text = renderText(localize(reply, lang), 80, lang);
    // Kaplan et al. 2020 (6ND), Hoffmann et al. 2022 (20 tokens/param), the A100 datasheet, ZeRO.
    expect(text).toMatch(/Kaplan et al\. 2020 \[1\] · Hoffmann et al\. 2022 \[2\]/);
    expect(text).toContain("[1] https://arxiv.org/abs/2001.08361");
    expect(text).not.toContain("[Kaplan et al. 2020] https://");
  });
});

describe("wrapping", () => {
  it("breaks Chinese between any two characters, counting each as two columns", () => {
    const lines = wrap("每條曲線為固定預算下的擬合結果，虛線為算力最佳點", 20);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(20);
    expect(lines.join("")).toBe("每條曲線為固定預算下的擬合結果，虛線為算力最佳點");
  });

  it("keeps a URL whole even when it is wider than the line", () => {
    const url =
      "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet.pdf";
    expect(wrap(`see ${url} now`, 40)).toEqual(["see", url, "now"]);
  });

  it("keeps the hanging indent on every line after the first", () => {
    expect(wrap("one two three four five six", 12, "· ", "  ")).toEqual([
      "· one two",
      "  three four",
      "  five six",
    ]);
  });

  it("the JSON keeps every source's full title and URL", async () => {
    const reply = respondToText(registry, "cards 70B gpu=H100", { lang: "en" });
    expect(reply.sources.map((s) => s.title)).toContain("NVIDIA H100 Tensor Core GPU Datasheet");
  });
});

describe("sources in one line on the chat platforms", () => {
  it("Slack: one context block of short linked names", () => {
    const reply = respondToText(registry, "175B 300B gpu=A100", { lang: "en" });
    const contexts = toSlackMessage(reply, "en").blocks.filter((b) => b.type === "context");
    const line = JSON.stringify(contexts);
    expect(line).toContain(
      "<https://arxiv.org/abs/2001.08361|Kaplan et al. 2020> · <https://arxiv.org/abs/2203.15556|Hoffmann et al. 2022>",
    );
  });

  it("Discord: one Sources field of short masked links", () => {
    const reply = respondToText(registry, "175B 300B gpu=A100", { lang: "en" });
    const fields = toEmbeds(localize(reply, "en"), "en").flatMap((e) => e.fields);
    const sources = fields.filter((f) => f.name === "Sources");
    expect(sources).toHaveLength(1);
    expect(sources[0]?.value).toMatch(
      /^\[Kaplan et al\. 2020\]\(https:\/\/arxiv\.org\/abs\/2001\.08361\) · \[Hoffmann et al\. 2022\]/,
    );
  });
});
