import { describe, expect, it } from "vitest";
import { renderText } from "../../src/adapters/cli/text.ts";
import { width } from "../../src/adapters/cli/width.ts";
import { toEmbeds } from "../../src/adapters/discord/embeds.ts";
import { brokenLimits, totalLength } from "../../src/adapters/discord/limits.ts";
import { toSlackMessage } from "../../src/adapters/slack/blocks.ts";
import { SLACK_LIMITS } from "../../src/adapters/slack/limits.ts";
import { explainReply } from "../../src/commands/explain.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { LANGS, type Lang } from "../../src/i18n/lang.ts";
import { t } from "../../src/i18n/translate.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import { limitViolations } from "../adapters/slack/violations.ts";

/**
 * `compare` as a table, one column per run: aligned columns in the terminal, a section per
 * quantity with a field per run in Slack, an inline field per run in Discord. Real values:
 * GPT-3 175B on 300B tokens, 3.14e23 FLOP published (Brown et al. 2020, Table D.1), 1.71 tokens
 * per parameter; Chinchilla 70B on 1.4T tokens, 20 tokens per parameter.
 */
const QUESTION = "compare gpt-3 chinchilla palm llama-3-405b";
const ask = (lang: Lang) => respondToText(registry, QUESTION, { lang });
const overWide = (text: string, columns: number) =>
  text.split("\n").filter((line) => width(line) > columns && !/https?:\/\//.test(line));

describe("the compare reply", () => {
  it("carries a table: a column per run, a row per quantity, the same values as its rows", () => {
    const reply = ask("en");
    const table = localize(reply, "en").table;
    expect(table?.columns).toEqual(["GPT-3 175B", "Chinchilla 70B", "PaLM 540B", "Llama 3 405B"]);
    expect(table?.rows.map((r) => r.label)).toEqual([
      "Parameters",
      "Training tokens",
      "Tokens per parameter",
      "Training compute",
      "GPU-hours",
      "MFU",
    ]);
    const row = (label: string) => table?.rows.find((r) => r.label === label)?.cells;
    expect(row("Tokens per parameter")?.slice(0, 2)).toEqual(["1.71", "20"]);
    expect(row("Training compute")?.[0]).toBe("3.14 × 10²³ FLOP");
    expect(row("MFU")?.[1]).toBe("not published");
    // Every number keeps its formula in the rows (explain reads them), and JSON is unchanged.
    expect(reply.rows).toHaveLength(24);
    const json = toJson(reply, "en") as { result: { models: { flops: number }[] } };
    expect(json.result.models[0]?.flops).toBe(3.14e23);
    expect(json).not.toHaveProperty("table");
  });

  it("keeps explain working: a step per formula, the table still there", () => {
    const explained = explainReply(ask("en"), "en");
    expect(explained.table?.columns).toHaveLength(4);
    const notes = localize(explained, "en").notes.join("\n");
    expect(notes).toContain("D / N = 300B / 175B");
    expect(notes).toContain("Brown et al. 2020");
  });
});

describe.each(LANGS)("compare as a table in %s", (lang) => {
  it.each([80, 60, 40])("is an aligned table within %i terminal columns, formulas under it", (columns) => {
    const text = renderText(localize(ask(lang), lang), columns, lang);
    expect(overWide(text, columns)).toEqual([]);
    const lines = text.split("\n");
    // The run names are column headers on one line (all four fit side by side only when wide enough).
    const header = lines.find((l) => l.includes("GPT-3 175B") && !l.includes("vs"));
    expect(header).toBeDefined();
    const label = t(lang, "compare.table.tokensPerParam");
    const ratios = lines.find((l) => l.trimStart().startsWith(label));
    // At least two runs side by side at 80 columns; narrower, one run a block when two do not fit.
    const sideBySide = header?.includes("Chinchilla 70B") ?? false;
    if (columns === 80) expect(sideBySide).toBe(true);
    expect(ratios).toMatch(sideBySide ? /1\.71\s+20(\s|$)/ : /1\.71$/);
    // Each value starts at its column header's column.
    const at = (line: string, s: string) => width(line.slice(0, line.indexOf(s)));
    if (header && ratios) expect(at(ratios, "1.71")).toBe(at(header, "GPT-3 175B"));
    expect(text).toContain(t(lang, "table.formulas"));
    expect(text.replace(/\s+/g, " ")).toContain("Brown et al. 2020, GPT-3, Table D.1");
    // No flat list of "GPT-3 175B · parameters  175B" rows any more.
    expect(text).not.toContain(`GPT-3 175B · ${t(lang, "compare.table.params")}  `);
  });

  it("puts all four runs side by side when the terminal is wide enough (100 columns, English)", () => {
    if (lang !== "en") return;
    const text = renderText(localize(ask(lang), lang), 100, lang);
    expect(text).toMatch(/GPT-3 175B\s+Chinchilla 70B\s+PaLM 540B\s+Llama 3 405B/);
  });

  it("is a Slack section per quantity with a field per run, within Slack's limits", () => {
    const message = toSlackMessage(ask(lang), lang);
    expect(limitViolations(message)).toEqual([]);
    const sections = message.blocks.filter((b) => b.type === "section" && b.fields);
    expect(sections).toHaveLength(6);
    for (const section of sections) {
      if (section.type !== "section") continue;
      expect(section.fields?.length).toBe(4);
      expect(section.fields?.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
    }
    const ratio = sections[2];
    expect(ratio?.type === "section" && ratio.text?.text).toBe(
      `*${t(lang, "compare.table.tokensPerParam")}*`,
    );
    const fields = ratio?.type === "section" ? (ratio.fields ?? []).map((f) => f.text) : [];
    expect(fields.slice(0, 2)).toEqual(["*GPT-3 175B*\n1.71", "*Chinchilla 70B*\n20"]);
    // The formulas follow in a context block; nothing was dropped.
    const context = message.blocks.flatMap((b) =>
      b.type === "context" ? b.elements.map((e) => e.text) : [],
    );
    expect(context.join("\n")).toContain("`D / N = 300B / 175B; Chinchilla 20`");
    expect(context.join("\n")).not.toContain(t(lang, "slack.more", { count: 1 }).slice(0, 4));
    expect(message.text).toContain("1.71");
  });

  it("is an inline Discord field per run, within Discord's embed limits", () => {
    const embeds = toEmbeds(localize(ask(lang), lang), lang);
    expect(brokenLimits(embeds)).toEqual([]);
    expect(totalLength(embeds)).toBeLessThanOrEqual(6000);
    const fields = embeds.flatMap((e) => e.fields);
    const columns = fields.filter((f) => f.inline);
    expect(columns.map((f) => f.name)).toEqual(["GPT-3 175B", "Chinchilla 70B", "PaLM 540B", "Llama 3 405B"]);
    const label = t(lang, "compare.table.tokensPerParam");
    expect(columns[0]?.value).toContain(`${label}: **1.71**`);
    expect(columns[1]?.value).toContain(`${label}: **20**`);
    expect(columns[0]?.value).toContain("**3.14 × 10²³ FLOP**");
    expect(fields.some((f) => f.name === "…")).toBe(false);
    expect(fields.some((f) => f.value.includes("D / N = 300B / 175B"))).toBe(true);
  });
});
