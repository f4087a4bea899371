import { describe, expect, it } from "vitest";
import { renderText } from "../../src/adapters/cli/text.ts";
import { width } from "../../src/adapters/cli/width.ts";
import { toEmbeds } from "../../src/adapters/discord/embeds.ts";
import { brokenLimits, totalLength } from "../../src/adapters/discord/limits.ts";
import { toSlackMessage } from "../../src/adapters/slack/blocks.ts";
import { CARDS_PER_ROW, compactGpuName } from "../../src/commands/gpus.ts";
import { GPUS } from "../../src/core/gpus.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { limitViolations } from "../adapters/slack/violations.ts";
import { testAnswerer } from "../support/answerer.ts";
import { ask, rendered, result } from "./helpers.ts";

const { answer } = testAnswerer(10_000);

/** Each card's line, from the rows' values (one row per vendor, one line per card). */
const lines = (line: string) => rendered(line).rows.flatMap((row) => row.value.split("\n"));
/** A literal name as a pattern (names hold parentheses and dots). */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const vendors = [...new Set(GPUS.map((gpu) => gpu.vendor))];

describe("/flops gpus grouped by vendor", () => {
  it("one row per vendor in catalog order, each card once, a long vendor over rows of at most 12", () => {
    const reply = rendered("gpus");
    expect(reply.rows.map((r) => r.label)).toEqual([
      "NVIDIA (24, part 1 of 2)",
      "NVIDIA (24, part 2 of 2)",
      "AMD (5)",
      "Google (6)",
      "Intel (2)",
      "AWS (3)",
    ]);
    for (const row of reply.rows) expect(row.value.split("\n").length).toBeLessThanOrEqual(CARDS_PER_ROW);
    const all = lines("gpus");
    expect(all).toHaveLength(GPUS.length);
    expect(all).toEqual(GPUS.map((gpu) => expect.stringMatching(`^${literal(compactGpuName(gpu))} · `)));
    expect(vendors).toEqual(["NVIDIA", "AMD", "Google", "Intel", "AWS"]);
  });

  it("the columns people compare, with the datasheets' dense figures", () => {
    const all = lines("gpus");
    // H100 SXM datasheet: 80 GB HBM3, 3.35 TB/s; 1,979 BF16 / 3,958 FP8 TFLOPS with sparsity → dense 989.4 / 1,978.9.
    expect(all).toContain("H100 SXM5 80GB · 80 GB · 3.35 TB/s · 989.4 / 1,978.9");
    // MI300X: 192 GB HBM3, 5.3 TB/s, 1,307.4 BF16 / 2,614.9 FP8 dense (AMD prints dense).
    expect(all).toContain("Instinct MI300X 192GB · 192 GB · 5.3 TB/s · 1,307.4 / 2,614.9");
    // A100 has no fp8: a dash, not a guess.
    expect(all).toContain("A100 SXM4 80GB · 80 GB · 2.04 TB/s · 312 / –");
    // V100 and T4 have no bf16: their fp16 tensor figure, labelled.
    expect(all).toContain("Tesla V100 SXM2 32GB · 32 GB · 0.9 TB/s · fp16 125");
    expect(all).toContain("T4 16GB · 16 GB · 0.32 TB/s · fp16 65");
    // Long asides go, short ones (the TPU's name) stay.
    expect(all.some((l) => l.startsWith("GB200 186GB · 186 GB"))).toBe(true);
    expect(all.some((l) => l.startsWith("Cloud TPU7x (Ironwood) · 192 GB"))).toBe(true);
    expect(rendered("gpus").notes[0]).toMatch(/^Each line: memory · bandwidth · bf16 \/ fp8 dense TFLOP\/s/);
  });

  it("the JSON result is unchanged: one entry per card, base units, every precision", () => {
    const r = result("gpus h100");
    expect(r.gpus[0]).toMatchObject({
      id: "h100-sxm",
      vendor: "NVIDIA",
      memoryBytes: 80e9,
      memoryBandwidthBytesPerSecond: 3.35e12,
    });
    expect(r.gpus[0].peakFlops.fp64).toBeCloseTo(67e12, -9);
    expect(result("gpus").gpus).toHaveLength(GPUS.length);
  });

  it.each([
    ["amd", "AMD", 5],
    ["Google", "Google", 6],
    ["nvidia", "NVIDIA", 24],
    ["intel", "Intel", 2],
    ["AWS", "AWS", 3],
  ])("a vendor's name is a filter: gpus %s", (filter, vendor, count) => {
    const r = result(`gpus ${filter}`);
    expect(r.gpus).toHaveLength(count);
    expect(r.gpus.every((gpu: { vendor: string }) => gpu.vendor === vendor)).toBe(true);
  });

  it("the name filter still works (h100, mi300) and grouping holds for it", () => {
    expect(rendered("gpus mi300").rows.map((r) => r.label)).toEqual(["AMD (1)"]);
    expect(result("gpus h100").gpus[0].name).toContain("H100");
    expect(ask("gpus zzzz9").error?.key).toBe("gpu.unknownNoSuggestion");
  });

  it("labels and the column note are translated", () => {
    const zh = rendered("gpus", "zh-TW");
    expect(zh.rows[2]?.label).toBe("AMD (5 款)");
    expect(zh.notes[0]).toMatch(/^每行：記憶體/);
  });
});

describe.each(LANGS)("/flops gpus with no filter fits one chat message (%s)", (lang) => {
  const reply = () => answer({ platform: "slack", userId: "U1", lang, text: "gpus" });

  it("Slack: within the block and message limits, every card in one section, nothing dropped", () => {
    const message = toSlackMessage(reply(), lang);
    expect(limitViolations(message)).toEqual([]);
    const sections = message.blocks.filter((b) => b.type === "section");
    expect(sections).toHaveLength(1);
    expect(JSON.stringify(message.blocks)).not.toContain("…and");
  });

  it("Discord: one embed under 6,000 characters, every vendor a field, nothing dropped", () => {
    const embeds = toEmbeds(localize(reply(), lang), lang);
    expect(brokenLimits(embeds)).toEqual([]);
    expect(embeds).toHaveLength(1);
    expect(totalLength(embeds)).toBeLessThanOrEqual(6000);
    const fields = embeds[0]?.fields ?? [];
    expect(fields.some((f) => f.name === "…")).toBe(false);
    expect(fields.slice(0, 6).flatMap((f) => f.value.split("\n"))).toHaveLength(GPUS.length);
  });
});

describe("/flops gpus in the terminal", () => {
  it("a vendor heading, then one line per card, none wider than 80 columns", () => {
    const out = renderText(rendered("gpus"), 80, "en").split("\n");
    const heading = out.indexOf("  AMD (5)");
    expect(heading).toBeGreaterThan(0);
    expect(out.slice(heading + 1, heading + 6).every((l) => l.startsWith("    Instinct MI"))).toBe(true);
    // Title, rule, 6 headings and 40 cards before the first blank line (the old list took 58 lines).
    expect(out.indexOf("")).toBe(2 + 6 + GPUS.length);
    expect(out.filter((l) => width(l) > 80 && !/https?:\/\//.test(l))).toEqual([]);
  });
});

describe("the catalog's – for fp8 is a figure not given, never a claim the card lacks fp8", () => {
  it("gpus 5090: 209.5 / – (bf16 with FP32 accumulate, RTX Blackwell whitepaper); the legend says – is none given or none sourced", () => {
    const shown = rendered("gpus 5090");
    expect(JSON.stringify(shown)).toContain("209.5 / –");
    expect(shown.notes.join(" ")).toContain("the card has none, or none is sourced here");
    expect(shown.notes.join(" ")).not.toContain("where it has no fp8");
  });
});
