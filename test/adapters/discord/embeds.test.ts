import { EmbedBuilder, MessageFlags } from "discord.js";
import { describe, expect, test } from "vitest";
import { COLORS, toDiscordMessage, toEmbeds } from "../../../src/adapters/discord/embeds.ts";
import { brokenLimits, totalLength } from "../../../src/adapters/discord/limits.ts";
import { compactGpuName } from "../../../src/commands/gpus.ts";
import { registry } from "../../../src/commands/registry.ts";
import { GPUS } from "../../../src/core/gpus.ts";
import { MODELS } from "../../../src/core/runs/entries.ts";
import type { Lang } from "../../../src/i18n/lang.ts";
import { t } from "../../../src/i18n/translate.ts";
import { formula, symbol } from "../../../src/reply/build.ts";
import { localize } from "../../../src/reply/localize.ts";
import type { Reply } from "../../../src/reply/reply.ts";
import { testAnswerer } from "../../support/answerer.ts";

const { answer } = testAnswerer(10_000);

const ask = (text: string, lang: Lang = "en") => answer({ platform: "discord", userId: "1", lang, text });
const fieldsOf = (embeds: { fields?: { name: string; value: string }[] }[]) =>
  embeds.flatMap((e) => e.fields ?? []);

describe("every command's reply fits Discord's limits", () => {
  const examples = registry.commands.flatMap((command) => command.examples);
  test.each(
    examples.flatMap((example) => (["en", "zh-TW"] as const).map((lang) => [example, lang] as const)),
  )("/flops %s (%s)", (example, lang) => {
    const reply = ask(example, lang);
    const parts = toEmbeds(localize(reply, lang), lang);
    expect(brokenLimits(parts)).toEqual([]);
    // Nothing dropped: every row of the reply is a field.
    expect(fieldsOf(parts).some((f) => f.name === "…")).toBe(false);
    // discord.js's EmbedBuilder validates each embed again (it throws past a limit).
    const message = toDiscordMessage(reply, lang);
    expect(message.embeds.map((e) => new EmbedBuilder(e).toJSON())).toEqual(message.embeds);
  });

  test("/flops gpus with no filter: all 40 GPUs grouped by vendor in one embed, under 6,000 characters", () => {
    expect(GPUS).toHaveLength(40);
    const reply = ask("gpus");
    const parts = toEmbeds(localize(reply, "en"), "en");
    expect(brokenLimits(parts)).toEqual([]);
    expect(totalLength(parts)).toBeLessThanOrEqual(6000);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.title).toBe("GPU catalog (40 accelerators)");
    const names = fieldsOf(parts).map((f) => f.name);
    expect(names.slice(0, 6)).toEqual([
      "NVIDIA (24, part 1 of 2)",
      "NVIDIA (24, part 2 of 2)",
      "AMD (5)",
      "Google (6)",
      "Intel (2)",
      "AWS (3)",
    ]);
    const lines = fieldsOf(parts)
      .slice(0, 6)
      .flatMap((f) => f.value.split("\n"));
    expect(lines).toHaveLength(GPUS.length);
    for (const gpu of GPUS) expect(lines.some((l) => l.startsWith(compactGpuName(gpu)))).toBe(true);
    // H100 SXM datasheet: 3.35 TB/s; dense BF16 989.4 and FP8 1,978.9 TFLOPS (half the sparse figures).
    expect(lines).toContain("H100 SXM5 80GB · 80 GB · 3.35 TB/s · 989.4 / 1,978.9");
  });

  test.each(["en", "zh-TW"] as const)(
    "the larger run catalog (%s): /flops model lists every run, and compare of the four longest names fits",
    (lang) => {
      const catalog = toEmbeds(localize(ask("model", lang), lang), lang);
      expect(brokenLimits(catalog)).toEqual([]);
      expect(fieldsOf(catalog)).toHaveLength(MODELS.length);
      const longest = [...MODELS].sort((a, b) => b.name.length - a.name.length).slice(0, 4);
      const compare = toEmbeds(
        localize(ask(`compare ${longest.map((m) => m.id).join(" ")}`, lang), lang),
        lang,
      );
      expect(brokenLimits(compare)).toEqual([]);
      expect(totalLength(compare)).toBeLessThanOrEqual(6000);
      expect(fieldsOf(compare).some((f) => f.name === "…")).toBe(false);
    },
  );
});

describe("what an embed shows", () => {
  test("GPT-3: title, each row as a field with its formula in code, the sources as links, the hint in the footer", () => {
    const [embed, ...rest] = toDiscordMessage(ask("175B 300B"), "en").embeds;
    expect(rest).toEqual([]);
    expect(embed?.title).toBe("Training compute: 175B parameters × 300B tokens");
    expect(embed?.fields?.[0]).toEqual({
      name: "Training compute (6ND)",
      value: "3.15 × 10²³ FLOP\n`6 · N · D = 6 × 175B × 300B`",
      inline: false,
    });
    // Chinchilla (Hoffmann et al. 2022): 20 tokens per parameter → 3.5T for 175B.
    expect(embed?.fields?.find((f) => f.name === "Chinchilla-optimal tokens")?.value).toMatch(
      /^3\.5T tokens\n/,
    );
    const sources = embed?.fields?.find((f) => f.name === "Sources");
    expect(sources?.value).toContain("(https://arxiv.org/abs/2001.08361)");
    expect(sources?.value).toContain("(https://arxiv.org/abs/2203.15556)");
    expect(embed?.footer?.text).toBe("Next: /flops 175B 300B gpu=H100 price=$2.5/h for time and cost.");
    expect(embed?.color).toBe(COLORS.ok);
  });

  test("warnings are visible (⚠ in the description) and turn the color yellow: the seed's impossible MFU", () => {
    const reply = ask("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M moe");
    const [embed] = toDiscordMessage(reply, "en").embeds;
    // 6 × 671B × 14.8T over 2.664M H800-hours at 989.4 TFLOP/s bf16 dense: 628%.
    expect(embed?.fields?.find((f) => f.name === "MFU")?.value).toMatch(/^628%/);
    expect(embed?.description).toContain("⚠ MFU 628% is impossible: no GPU runs above 100% of its peak.");
    expect(embed?.color).toBe(COLORS.warning);
  });

  test("errors: red, ephemeral, the message and a correct example in the description", () => {
    const reply = ask("compute 175BB");
    const message = toDiscordMessage(reply, "en");
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(MessageFlags.Ephemeral).toBe(64);
    const [embed] = message.embeds;
    expect(embed?.color).toBe(COLORS.error);
    expect(embed?.title).toBe("I can't compute that");
    const rendered = localize(reply, "en");
    expect(embed?.description).toBe(`✗ ${rendered.error}\n\n${rendered.hint}`);
    // The asker's line with the suffix the refusal suggests (was the generic `175B 300B`).
    expect(embed?.description).toContain("Try: /flops compute 175B");
  });

  test("public answers carry no flags; help is ephemeral; nothing can ping anyone", () => {
    expect(toDiscordMessage(ask("175B 300B"), "en").flags).toBeUndefined();
    expect(toDiscordMessage(ask("help"), "en").flags).toBe(64);
    expect(toDiscordMessage(ask("175B 300B"), "en").allowedMentions).toEqual({ parse: [] });
  });

  test("what the user typed is shown literally: a masked link in a GPU name does not become a link", () => {
    const reply = ask("gpus [click](https://evil.example)");
    const [embed] = toDiscordMessage(reply, "en").embeds;
    // The opening bracket is escaped, so Discord shows the text, never a hidden link; the URL gets a
    // zero-width space after its colon, so it is no live link either.
    expect(embed?.description).toContain("“\\[click](https:\u200b//evil.example)”");
    expect(embed?.description).not.toMatch(/(^|[^\\])\[click\]\(/);
  });

  test("zh-TW: the catalog's strings", () => {
    const [embed] = toDiscordMessage(ask("175B 300B", "zh-TW"), "zh-TW").embeds;
    expect(embed?.title).toBe("訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token");
    expect(embed?.fields?.[0]?.name).toBe(t("zh-TW", "row.trainingFlops"));
    expect(embed?.fields?.[0]?.value).toContain("3.15 × 10²³ FLOP");
    expect(fieldsOf([embed ?? {}]).some((f) => f.name === t("zh-TW", "discord.sources"))).toBe(true);
  });
});

describe("degrading gracefully", () => {
  const big = (rows: number, sources: number): Reply => ({
    ok: true,
    command: "params",
    title: { key: "title.params.network" },
    rows: Array.from({ length: rows }, (_, i) => ({
      label: { key: "part.layer", params: { index: i + 1, kind: "dense" } },
      value: { kind: "params", value: 100_480 + i },
      // Any registry reference drawing the same long text (rows carry formula references).
      formula: formula("usage.option", {
        usage: symbol(`784·128 + 128 = ${100_480 + i} (layer ${i + 1} of a long list)`),
      }),
    })),
    notes: [],
    warnings: [],
    sources: Array.from({ length: sources }, (_, i) => ({
      title: `Datasheet number ${i + 1}, with a fairly long title`,
      url: `https://example.com/datasheets/a-rather-long-path/to/datasheet-${i + 1}.pdf`,
    })),
    ephemeral: false,
  });

  test("source links go first: titles stay, URLs go, formulas stay", () => {
    const parts = toEmbeds(localize(big(50, 30), "en"), "en");
    expect(brokenLimits(parts)).toEqual([]);
    const all = fieldsOf(parts);
    expect(all.filter((f) => f.name === "…")).toEqual([]);
    const sources = all
      .filter((f) => f.name === "Sources")
      .map((f) => f.value)
      .join("\n");
    // Short names (the part before the comma), every one of the 30 kept.
    expect(sources).toContain("Datasheet number 30");
    expect(sources).not.toContain("https://");
    expect(all[0]?.value).toContain("`784·128 + 128 = 100480 (layer 1 of a long list)`");
  });

  test("then formulas, then trailing rows, replaced by '…and N more'", () => {
    const parts = toEmbeds(localize(big(300, 5), "en"), "en");
    expect(brokenLimits(parts)).toEqual([]);
    expect(totalLength(parts)).toBeLessThanOrEqual(6000);
    const all = fieldsOf(parts);
    expect(all.some((f) => f.value.includes("`"))).toBe(false);
    const more = all.at(-1);
    expect(more?.name).toBe("…");
    const shown = all.filter((f) => f.name.startsWith("#")).length;
    expect(more?.value).toBe(t("en", "discord.more", { count: 300 + 1 - shown }));
  });
});

describe("a formula longer than a field holds", () => {
  test("is cut inside its code span and the span is closed: no backtick left open", () => {
    const reply: Reply = {
      ok: true,
      command: "params",
      title: { key: "title.params.network" },
      rows: [
        {
          label: { key: "part.layer", params: { index: 1, kind: "dense" } },
          value: { kind: "params", value: 100_480 },
          formula: formula("usage.option", { usage: symbol(`784·128 + 128 ${"+ 0 ".repeat(400)}= 100480`) }),
        },
      ],
      notes: [],
      warnings: [],
      sources: [],
      ephemeral: false,
    };
    const [embed] = toDiscordMessage(reply, "en").embeds;
    const value = embed?.fields?.[0]?.value ?? "";
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value.length).toBeGreaterThan(1000);
    expect(value.startsWith("100K\n`784·128 + 128 + 0")).toBe(true);
    expect(value.endsWith("…`")).toBe(true);
    expect((value.match(/`/g) ?? []).length % 2).toBe(0);
  });
});
