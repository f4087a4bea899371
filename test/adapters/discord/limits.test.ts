import { EmbedBuilder } from "discord.js";
import { describe, expect, test } from "vitest";
import {
  brokenLimits,
  clip,
  clipAtWord,
  clipField,
  type EmbedParts,
  type Field,
  LIMITS,
  type MessageDraft,
  packEmbeds,
  totalLength,
} from "../../../src/adapters/discord/limits.ts";

// Discord's documented embed limits (developer docs, Message resource → Embed Limits).
test("the limits are Discord's", () => {
  expect(LIMITS).toEqual({
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
    total: 6000,
    embeds: 10,
  });
});

const draft = (over: Partial<MessageDraft>): MessageDraft => ({
  title: "T",
  fields: [],
  color: 0x57f287,
  more: (count) => ({ name: "…", value: `and ${count} more` }),
  ...over,
});
const fields = (count: number, value = "v"): Field[] =>
  Array.from({ length: count }, (_, i) => ({ name: `f${i}`, value }));
const allFields = (embeds: EmbedParts[]) => embeds.flatMap((e) => e.fields);

/** discord.js's own builder refuses an embed past its per-embed limits; it must accept ours. */
const acceptedByDiscordJs = (embeds: EmbedParts[]) =>
  embeds.every((e) => {
    const builder = new EmbedBuilder();
    if (e.title) builder.setTitle(e.title);
    if (e.description) builder.setDescription(e.description);
    if (e.fields.length) builder.addFields(e.fields);
    if (e.footer) builder.setFooter({ text: e.footer });
    return builder.toJSON() !== undefined;
  });

describe("clip", () => {
  test("keeps text exactly at the limit, cuts one past it to the limit with an ellipsis", () => {
    expect(clip("a".repeat(256), 256)).toBe("a".repeat(256));
    const cut = clip("a".repeat(257), 256);
    expect(cut).toHaveLength(256);
    expect(cut.endsWith("…")).toBe(true);
  });

  test("never splits a surrogate pair (an emoji is two UTF-16 units)", () => {
    const cut = clip(`${"a".repeat(254)}😀😀`, 256);
    expect(cut).toBe(`${"a".repeat(254)}…`);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test("clipAtWord cuts between words when it can", () => {
    const text =
      "Model FLOPs utilization of a run from its GPU-hours (or GPUs × days, or tokens/s), and whether it is possible.";
    const cut = clipAtWord(text, 100);
    expect(cut).toBe(
      "Model FLOPs utilization of a run from its GPU-hours (or GPUs × days, or tokens/s), and whether it…",
    );
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(clipAtWord("short", 100)).toBe("short");
  });
});

describe("each limit, exactly on it and one past it", () => {
  test.each([
    ["title", LIMITS.title],
    ["description", LIMITS.description],
    ["footer", LIMITS.footer],
  ] as const)("%s: %i characters kept, one more clipped", (part, limit) => {
    const on = packEmbeds(draft({ [part]: "x".repeat(limit) }))[0];
    expect(on?.[part]).toBe("x".repeat(limit));
    expect(brokenLimits([{ fields: [], [part]: "x".repeat(limit) }])).toEqual([]);
    expect(brokenLimits([{ fields: [], [part]: "x".repeat(limit + 1) }])).toEqual([part]);
    const past = packEmbeds(draft({ [part]: "x".repeat(limit + 1) }));
    expect(past[0]?.[part]).toHaveLength(limit);
    expect(past[0]?.[part]?.endsWith("…")).toBe(true);
    expect(brokenLimits(past)).toEqual([]);
    expect(acceptedByDiscordJs(past)).toBe(true);
  });

  test("field name: 256 kept, 257 clipped", () => {
    expect(clipField({ name: "n".repeat(256), value: "v" }).name).toHaveLength(256);
    expect(clipField({ name: "n".repeat(256), value: "v" }).name.endsWith("…")).toBe(false);
    expect(clipField({ name: "n".repeat(257), value: "v" }).name).toBe(`${"n".repeat(255)}…`);
    expect(brokenLimits([{ fields: [{ name: "n".repeat(257), value: "v" }] }])).toEqual(["fieldName"]);
  });

  test("field value: 1,024 kept, 1,025 clipped", () => {
    expect(clipField({ name: "n", value: "v".repeat(1024) }).value).toBe("v".repeat(1024));
    expect(clipField({ name: "n", value: "v".repeat(1025) }).value).toBe(`${"v".repeat(1023)}…`);
    expect(brokenLimits([{ fields: [{ name: "n", value: "v".repeat(1025) }] }])).toEqual(["fieldValue"]);
  });

  test("empty field names and values are refused by Discord, so they become a zero-width space", () => {
    expect(clipField({ name: "", value: " " })).toEqual({ name: "\u200b", value: "\u200b" });
    expect(brokenLimits([{ fields: [{ name: "", value: "v" }] }])).toEqual(["fieldName"]);
  });

  test("fields: 25 fit one embed, the 26th starts a second", () => {
    const on = packEmbeds(draft({ fields: fields(25) }));
    expect(on.map((e) => e.fields.length)).toEqual([25]);
    const past = packEmbeds(draft({ fields: fields(26) }));
    expect(past.map((e) => e.fields.length)).toEqual([25, 1]);
    expect(past[0]?.title).toBe("T");
    expect(past[1]?.title).toBeUndefined();
    expect(brokenLimits([{ fields: fields(26) }])).toEqual(["fields"]);
  });

  test("embeds: 250 fields fill 10 embeds, the 251st gives way to an '…and N more' field", () => {
    const on = packEmbeds(draft({ fields: fields(250) }));
    expect(on).toHaveLength(10);
    expect(allFields(on).map((f) => f.name)).toEqual(fields(250).map((f) => f.name));
    expect(brokenLimits([...on, { fields: [] }])).toContain("embeds");

    const past = packEmbeds(draft({ fields: fields(251) }));
    expect(past).toHaveLength(10);
    const kept = allFields(past);
    expect(kept).toHaveLength(250);
    expect(kept.at(-1)).toEqual({ name: "…", value: "and 2 more" });
    expect(kept.at(-2)?.name).toBe("f248");
    expect(brokenLimits(past)).toEqual([]);
  });

  test("total: 6,000 characters in all embeds kept, 6,001 degraded to fit", () => {
    // Title "T" (1) + 10 fields of name "fN" (2) and value 597 = 1 + 10 × 599 = 5,991; footer 9 → 6,000.
    const exact = draft({ fields: fields(10, "v".repeat(597)), footer: "f".repeat(9) });
    const on = packEmbeds(exact);
    expect(totalLength(on)).toBe(6000);
    expect(allFields(on)).toHaveLength(10);
    expect(brokenLimits(on)).toEqual([]);

    const over = packEmbeds({ ...exact, footer: "f".repeat(10) });
    expect(totalLength([{ title: "T", fields: fields(10, "v".repeat(597)), footer: "f".repeat(10) }])).toBe(
      6001,
    );
    expect(totalLength(over)).toBeLessThanOrEqual(6000);
    expect(allFields(over).at(-1)).toEqual({ name: "…", value: "and 1 more" });
    expect(allFields(over)).toHaveLength(10);
    expect(over.at(-1)?.footer).toBe("f".repeat(10));
    expect(brokenLimits(over)).toEqual([]);
  });

  test("a description too long for what the fields leave is clipped last, keeping the title and footer", () => {
    const packed = packEmbeds(
      draft({ description: "d".repeat(4096), fields: fields(3, "v".repeat(1024)), footer: "f".repeat(2048) }),
    );
    expect(brokenLimits(packed)).toEqual([]);
    expect(totalLength(packed)).toBeLessThanOrEqual(6000);
    expect(packed[0]?.title).toBe("T");
    expect(packed.at(-1)?.footer).toBe("f".repeat(2048));
    expect(acceptedByDiscordJs(packed)).toBe(true);
  });
});
