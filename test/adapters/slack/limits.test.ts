import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderSlack, toSlackMessage } from "../../../src/adapters/slack/blocks.ts";
import {
  type Block,
  blocksTextLength,
  chunk,
  contextBlocks,
  ELLIPSIS,
  fieldSections,
  fitParts,
  headerBlock,
  packLines,
  SLACK_LIMITS,
  textSections,
  truncate,
  truncateMrkdwn,
} from "../../../src/adapters/slack/limits.ts";
import { registry } from "../../../src/commands/registry.ts";
import type { RenderedReply } from "../../../src/reply/localize.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { limitViolations } from "./violations.ts";

const { answer } = testAnswerer();

let users = 0;
/** answer() rate-limits each user; every call here is a new one. */
const nextUser = () => `U${++users}`;

const x = (n: number) => "x".repeat(n);

describe("Slack's limits", () => {
  it("are the Block Kit reference's numbers", () => {
    expect(SLACK_LIMITS).toMatchObject({
      blocksPerMessage: 50,
      sectionText: 3000,
      sectionFieldText: 2000,
      sectionFields: 10,
      headerText: 150,
      contextElements: 10,
      contextElementText: 3000,
      messageText: 40_000,
    });
  });
});

describe("truncate", () => {
  it("keeps text exactly at the limit and cuts one past it with …", () => {
    expect(truncate(x(150), 150)).toBe(x(150));
    expect(truncate(x(151), 150)).toBe(`${x(149)}${ELLIPSIS}`);
    expect(truncate(x(151), 150)).toHaveLength(150);
  });

  it("never splits a surrogate pair (emoji)", () => {
    const text = `${x(148)}😀😀`; // 152 UTF-16 units
    const cut = truncate(text, 150);
    expect(cut.length).toBeLessThanOrEqual(150);
    expect(cut).toBe(`${x(148)}${ELLIPSIS}`);
  });

  it("mrkdwn: leaves no half entity, half link or open code span", () => {
    expect(truncateMrkdwn(`${x(7)}&amp;yy`, 10)).toBe(`${x(7)}${ELLIPSIS}`);
    expect(truncateMrkdwn(`ab <https://arxiv.org/abs/2001.08361|Kaplan>`, 20)).toBe(`ab${ELLIPSIS}`);
    const code = truncateMrkdwn(`\`${x(30)}\``, 12);
    expect(code.length).toBeLessThanOrEqual(12);
    expect((code.match(/`/g) ?? []).length % 2).toBe(0);
  });
});

describe("sections, fields and context blocks", () => {
  it("10 fields fit one section; the 11th starts a second", () => {
    expect(fieldSections(Array.from({ length: 10 }, (_, i) => `f${i}`))).toHaveLength(1);
    const two = fieldSections(Array.from({ length: 11 }, (_, i) => `f${i}`));
    expect(two.map((p) => p.items)).toEqual([10, 1]);
    expect(two[1]?.block).toEqual({ type: "section", fields: [{ type: "mrkdwn", text: "f10" }] });
  });

  it("a field of 2,000 characters stays whole; 2,001 is cut to 2,000", () => {
    const [exact] = fieldSections([x(2000)]);
    const [over] = fieldSections([x(2001)]);
    expect(exact?.block).toEqual({ type: "section", fields: [{ type: "mrkdwn", text: x(2000) }] });
    const text = over?.block.type === "section" ? over.block.fields?.[0]?.text : undefined;
    expect(text).toHaveLength(2000);
    expect(text?.endsWith(ELLIPSIS)).toBe(true);
  });

  it("section text of 3,000 characters is one section; lines past 3,000 go to the next", () => {
    expect(textSections([x(3000)])).toHaveLength(1);
    expect(textSections([x(2999), "y"]).map((p) => p.items)).toEqual([1, 1]);
    expect(textSections([x(2998), "y"]).map((p) => p.items)).toEqual([2]); // 2998 + "\n" + 1 = 3000
    const [cut] = textSections([x(3001)]);
    expect(cut?.block.type === "section" && cut.block.text?.text.length).toBe(3000);
  });

  it("one line, none or several: the same blocks as packing the lines and grouping them (10 a block)", () => {
    const line = fc.oneof(fc.constantFrom("", "  ", "a & <b>", "`x`"), fc.nat(3100).map(x));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const packed = packLines(lines, 3000);
        expect(textSections(lines)).toEqual(
          packed.map((p) => ({
            block: { type: "section", text: { type: "mrkdwn", text: p.text } },
            items: p.count,
          })),
        );
        expect(contextBlocks(lines)).toEqual(
          chunk(packed, 10).map((group) => ({
            block: { type: "context", elements: group.map((p) => ({ type: "mrkdwn", text: p.text })) },
            items: group.reduce((sum, p) => sum + p.count, 0),
          })),
        );
        const fields = lines.map((l) => truncateMrkdwn(l, 2000)).filter((l) => l !== "");
        expect(fieldSections(lines)).toEqual(
          chunk(fields, 10).map((group) => ({
            block: { type: "section", fields: group.map((text) => ({ type: "mrkdwn", text })) },
            items: group.length,
          })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("packs lines into as few texts as fit", () => {
    expect(packLines(["a", "b", "c"], 3)).toEqual([
      { text: "a\nb", count: 2 },
      { text: "c", count: 1 },
    ]);
  });

  it("10 context elements fit one block; the 11th starts another", () => {
    const ten = contextBlocks(Array.from({ length: 10 }, () => x(3000)));
    expect(ten).toHaveLength(1);
    expect(ten[0]?.block.type === "context" && ten[0].block.elements).toHaveLength(10);
    expect(contextBlocks(Array.from({ length: 11 }, () => x(3000)))).toHaveLength(2);
  });

  it("a header of 150 characters stays whole; 151 is cut", () => {
    expect(headerBlock(x(150)).block).toMatchObject({ text: { text: x(150) } });
    const over = headerBlock(x(151)).block;
    expect(over.type === "header" && over.text.text).toBe(`${x(149)}${ELLIPSIS}`);
  });

  it("chunks", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

/** A reply with `rows` rows, `sources` sources, `notes` notes, each of `size` characters. */
function bigReply(rows: number, { size = 20, notes = 0, sources = 0, warnings = 1 } = {}): RenderedReply {
  return {
    ok: true,
    ephemeral: false,
    command: "gpus",
    title: "GPU catalog",
    rows: Array.from({ length: rows }, (_, i) => ({ label: `GPU ${i}`, value: x(size) })),
    warnings: Array.from({ length: warnings }, (_, i) => `warning ${i}`),
    notes: Array.from({ length: notes }, (_, i) => `note ${i} ${x(size)}`),
    sources: Array.from({ length: sources }, (_, i) => ({
      title: `datasheet ${i}`,
      url: `https://example.com/${i}`,
    })),
    hint: "Next: /flops gpus h100",
  };
}

const types = (blocks: Block[]) => blocks.map((b) => b.type);

describe("a whole message", () => {
  it("exactly 50 blocks are kept as they are", () => {
    // header + 47 row sections (470 rows) + warning + hint = 50
    const message = renderSlack(bigReply(470, { size: 1 }), "en");
    expect(message.blocks).toHaveLength(50);
    expect(blocksTextLength(message.blocks)).toBeLessThanOrEqual(SLACK_LIMITS.blocksTextBudget);
    expect(textsIn(message.blocks).some((t) => t.startsWith("…and"))).toBe(false);
    expect(limitViolations(message)).toEqual([]);
  });

  it("51 blocks drop the last rows' section and say how many rows are missing", () => {
    const message = renderSlack(bigReply(471, { size: 1 }), "en");
    expect(message.blocks).toHaveLength(50);
    expect(limitViolations(message)).toEqual([]);
    expect(types(message.blocks).slice(-3)).toEqual(["section", "context", "context"]);
    // 471 rows: the 48th section (1 row) and the 47th (10 rows) go, for the "more" line's own block.
    expect(textsIn(message.blocks.at(-2))).toEqual(["…and 11 more (too long for one Slack message)."]);
    expect(textsIn(message.blocks.at(-1))).toEqual(["Next: /flops gpus h100"]);
    expect(textsIn(message.blocks).some((t) => t.startsWith("⚠ warning 0"))).toBe(true);
  });

  it("too much text in total drops sources first, then notes, then rows; never the title or warnings", () => {
    const message = renderSlack(bigReply(40, { size: 400, notes: 20, sources: 30 }), "en");
    expect(limitViolations(message)).toEqual([]);
    const texts = textsIn(message.blocks).join("\n");
    expect(texts).not.toContain("datasheet");
    expect(texts).toContain("GPU catalog");
    expect(texts).toContain("⚠ warning 0");
    expect(texts).toMatch(/…and \d+ more/);
  });

  it("the plain-text fallback stops at 40,000 characters", () => {
    const message = renderSlack(bigReply(200, { size: 400 }), "en");
    expect(message.text.length).toBeLessThanOrEqual(40_000);
    expect(message.text.endsWith(ELLIPSIS)).toBe(true);
    expect(limitViolations(message)).toEqual([]);
  });

  it("limitViolations sees each broken limit", () => {
    const blocks: Block[] = [
      { type: "header", text: { type: "plain_text", text: x(151) } },
      { type: "section", text: { type: "mrkdwn", text: x(3001) } },
      { type: "section", fields: Array.from({ length: 11 }, () => ({ type: "mrkdwn" as const, text: "a" })) },
      { type: "section", fields: [{ type: "mrkdwn", text: x(2001) }] },
      {
        type: "context",
        elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn" as const, text: "a" })),
      },
      ...Array.from(
        { length: 46 },
        (): Block => ({ type: "context", elements: [{ type: "mrkdwn", text: "a" }] }),
      ),
    ];
    const problems = limitViolations({ blocks, text: x(40_001) });
    expect(problems).toEqual(
      expect.arrayContaining([
        "51 blocks",
        "text of 40001",
        "block 0 (header): header of 151",
        "block 1 (section): text of 3001",
        "block 2 (section): 11 fields",
        "block 3 (section): field of 2001",
        "block 4 (context): 11 elements",
      ]),
    );
  });

  it("whatever the content, the message stays inside every limit", () => {
    const line = fc.string({ unit: "grapheme", maxLength: 400 });
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ unit: "grapheme", maxLength: 300 }),
          rows: fc.array(
            fc.record({ label: line, value: line, formula: fc.option(line, { nil: undefined }) }),
            {
              maxLength: 120,
            },
          ),
          warnings: fc.array(line, { maxLength: 30 }),
          notes: fc.array(line, { maxLength: 30 }),
          sources: fc.array(fc.record({ title: line, url: fc.webUrl() }), { maxLength: 40 }),
          error: fc.option(line, { nil: undefined }),
          hint: fc.option(line, { nil: undefined }),
        }),
        (parts) => {
          const reply: RenderedReply = {
            ok: parts.error === undefined,
            ephemeral: false,
            command: "x",
            ...parts,
          };
          const message = renderSlack(reply, "en");
          expect(limitViolations({ ...message, text: message.text || "x" })).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("fitParts never drops the title", () => {
    const blocks = fitParts(
      [
        { pieces: [headerBlock("title")], drop: -1 },
        { pieces: textSections(Array.from({ length: 60 }, () => x(2999))), drop: 0 },
      ],
      (n) => `${n} more`,
    );
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: "title" } });
    expect(limitViolations({ blocks, text: "t" })).toEqual([]);
  });
});

describe("fitParts on a message that fits", () => {
  const title = headerBlock("Training compute");
  const rows = fieldSections(["*Training compute (6ND)*\n3.15 × 10²³ FLOP", "*PF-days*\n≈ 3,646 PF-days"]);
  const hint = contextBlocks(["Next: /flops cards 175B"]);

  it("keeps every block in reading order, the `last` part at the end even when listed before others", () => {
    const blocks = fitParts(
      [
        { pieces: [title], drop: -1 },
        { pieces: hint, drop: 1, last: true },
        { pieces: rows, drop: 2 },
        { pieces: [], drop: 0 },
      ],
      (n) => `${n} more`,
    );
    expect(blocks).toEqual([title.block, ...rows.map((p) => p.block), ...hint.map((p) => p.block)]);
  });

  it("counts a block's text as blockTexts does (the budget check sums the same characters)", () => {
    const blocks: Block[] = [title.block, ...rows.map((p) => p.block), ...hint.map((p) => p.block)];
    const texts = [
      "Training compute",
      "*Training compute (6ND)*\n3.15 × 10²³ FLOP",
      "*PF-days*\n≈ 3,646 PF-days",
      "Next: /flops cards 175B",
    ];
    expect(blocksTextLength(blocks)).toBe(texts.join("").length);
    expect(blocksTextLength([{ type: "section", text: { type: "mrkdwn", text: "ab" }, fields: [] }])).toBe(2);
  });
});

describe("every command's reply fits in one Slack message", () => {
  const examples = registry.commands.flatMap((c) => c.examples.map((e) => [c.name, e] as const));

  it.each(examples)("%s: /flops %s", (_name, example) => {
    for (const lang of ["en", "zh-TW"] as const) {
      const reply = answer({ platform: "slack", userId: nextUser(), lang, text: example });
      const message = toSlackMessage(reply, lang);
      expect(limitViolations(message)).toEqual([]);
      expect(textsIn(message.blocks).some((t) => t.startsWith("…and"))).toBe(false);
    }
  });

  it("/flops gpus with no filter: all 40 GPUs grouped by vendor in one section, and every datasheet", () => {
    const reply = answer({ platform: "slack", userId: nextUser(), lang: "en", text: "gpus" });
    // One row per vendor (NVIDIA's 24 cards over two), each card one line of its value.
    expect(reply.rows).toHaveLength(6);
    const message = toSlackMessage(reply, "en");
    expect(limitViolations(message)).toEqual([]);
    const fields = message.blocks.flatMap((b) => (b.type === "section" ? (b.fields ?? []) : []));
    expect(fields).toHaveLength(6);
    expect(fields.map((f) => f.text.split("\n").length - 1).reduce((a, b) => a + b, 0)).toBe(40);
    expect(message.blocks.filter((b) => b.type === "section")).toHaveLength(1);
    const links =
      textsIn(message.blocks)
        .join("\n")
        .match(/<https:[^|>]+\|/g) ?? [];
    expect(links).toHaveLength(reply.sources.length);
  });

  it("the larger run catalog: /flops model and compare of the four longest-named runs fit one message", () => {
    const catalog = answer({ platform: "slack", userId: nextUser(), lang: "zh-TW", text: "model" });
    expect(limitViolations(toSlackMessage(catalog, "zh-TW"))).toEqual([]);
    const compare = answer({
      platform: "slack",
      userId: nextUser(),
      lang: "en",
      text: "compare llama-4-maverick llama-4-scout qwen3-235b-a22b phi-3-medium",
    });
    expect(compare.ok).toBe(true);
    expect(limitViolations(toSlackMessage(compare, "en"))).toEqual([]);
  });

  it("every error, help page and the longest help reply fit", () => {
    for (const text of [
      "",
      "help",
      ...registry.commands.map((c) => `help ${c.name}`),
      "175Q",
      `${x(2000)}`,
    ]) {
      const message = toSlackMessage(
        answer({ platform: "slack", userId: nextUser(), lang: "en", text }),
        "en",
      );
      expect(limitViolations(message)).toEqual([]);
    }
  });
});

function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "type" ? [] : textsIn(v)));
  }
  return [];
}
