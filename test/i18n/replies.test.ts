import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, type RenderedReply } from "../../src/reply/localize.ts";
import { testAnswerer } from "../support/answerer.ts";

const { answer } = testAnswerer();

const ask = (text: string, lang: Lang = "en") => answer({ platform: "cli", userId: "i18n-test", lang, text });
const rendered = (text: string, lang: Lang): RenderedReply => localize(ask(text, lang), lang);

/** Every user-visible string of a rendered reply, one per line. */
const allText = (r: RenderedReply): string =>
  [
    r.title,
    r.error ?? "",
    ...r.rows.flatMap((row) => [row.label, row.value]),
    ...r.warnings,
    ...r.notes,
    r.hint ?? "",
  ].join("\n");

/** The figures a reader compares: 3.15 × 10²³, 3,646, 3.5T, 40%, $442K, 989.4, 9. */
const NUMBER = /\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?[KMBTP%]?/g;
const numbersIn = (text: string): string[] => [...new Set(text.match(NUMBER) ?? [])];

/** Every example of every command in the registry (model/compare too, once they exist), and help for each. */
const invocations = [
  ...registry.commands.flatMap((command) => command.examples),
  ...registry.commands.map((command) => `help ${command.name}`),
];

describe("a reply in Traditional Chinese carries the same numbers as in English", () => {
  it("covers every command of the registry", () => {
    const names = registry.commands.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(["compute", "mfu", "chinchilla", "cards", "params", "gpus", "help"]),
    );
    for (const name of names) {
      expect(
        invocations.some((line) => ask(line).command === name && ask(line).ok),
        name,
      ).toBe(true);
    }
  });

  it.each(invocations)("/flops %s", (line) => {
    const english = ask(line, "en");
    const chinese = ask(line, "zh-TW");
    expect(chinese.ok).toBe(english.ok);
    expect(chinese.result).toEqual(english.result);
    expect(chinese.rows.map((row) => row.formula)).toEqual(english.rows.map((row) => row.formula));
    expect(chinese.sources).toEqual(english.sources);

    const en = localize(english, "en");
    const zh = localize(chinese, "zh-TW");
    expect(zh.rows).toHaveLength(en.rows.length);
    // Row by row: each figure of the English value is in the Chinese value.
    en.rows.forEach((row, i) => {
      const zhRow = zh.rows[i];
      for (const figure of numbersIn(row.value))
        expect(zhRow?.value, `${row.label}: ${row.value}`).toContain(figure);
    });
    // And every figure anywhere in the English reply (title, labels, warnings, notes, hint) is in the Chinese one.
    const chineseText = allText(zh);
    const missing = numbersIn(allText(en)).filter((figure) => !chineseText.includes(figure));
    expect(missing, chineseText).toEqual([]);
    // And the Chinese reply is Chinese.
    expect(chineseText).toMatch(/\p{Script=Han}/u);
  });
});

describe("the seed article's examples, read in Chinese", () => {
  it("/flops 175B 300B lang=zh-TW: 3.15 × 10²³ FLOP, 175B (1,750 億) parameters, 3.5T (3.5 兆) Chinchilla tokens", () => {
    const reply = rendered("/flops 175B 300B lang=zh-TW", "en"); // lang= in the text wins over the adapter's default
    const text = allText(reply);
    expect(text).toContain("3.15 × 10²³ FLOP");
    expect(text).toContain("1,750 億");
    expect(text).toContain("3.5 兆");
    expect(reply.title).toBe("訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token");
    expect(reply.rows.find((row) => row.label === "訓練算力 (6ND)")?.value).toBe("3.15 × 10²³ FLOP");
    expect(reply.rows.find((row) => row.label === "Chinchilla 最佳 token 數")?.value).toBe(
      "3.5T token (3.5 兆)",
    );
    expect(reply.hint).toBe("下一步：/flops 175B 300B gpu=H100 price=$2.5/h 看時間與成本。");
  });

  it("DeepSeek-V3 by its 671B total on 2.664M H800 GPU-hours: impossible, and it points to the active parameters", () => {
    const reply = rendered("/flops mfu 671B 14.8T gpu=H800 gpu-hours=2.664M moe lang=zh-TW", "en");
    expect(reply.title).toContain("671B (6,710 億)");
    expect(reply.rows.find((row) => row.label === "MFU")?.value).toBe("628%");
    expect(reply.warnings[0]).toBe("MFU 628% 不可能：沒有 GPU 能跑超過峰值的 100%。");
    expect(reply.warnings[1]).toContain("啟用參數");
    expect(reply.warnings[1]).toContain("active=");
    expect(reply.hint).toContain("active=");
    for (const warning of reply.warnings) expect(warning).toMatch(/\p{Script=Han}/u);
  });

  it("with its 37B active parameters: about 35% of H800 bf16 peak, said in Chinese", () => {
    const reply = rendered("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B", "zh-TW");
    expect(reply.rows.find((row) => row.label === "MFU")?.value).toBe("34.6%");
    expect(reply.notes[0]).toBe("MoE：算力用 37B (370 億) 啟用參數計算，而不是總共 671B (6,710 億) 參數。");
    expect(reply.warnings).toEqual([]);
  });

  it("chinchilla 175B: GPT-3 would want 3.5T (3.5 兆) tokens", () => {
    const reply = rendered("chinchilla 175B", "zh-TW");
    expect(reply.title).toBe("175B (1,750 億) 參數的 Chinchilla 最佳訓練量");
    expect(reply.rows[0]).toMatchObject({ label: "Chinchilla 最佳 token 數", value: "3.5T token (3.5 兆)" });
    expect(reply.rows.find((row) => row.label === "訓練算力 (6ND)")?.value).toBe("3.67 × 10²⁴ FLOP");
    expect(reply.notes[0]).toContain("每個參數約 20 個 token");
  });

  it("time and cost read as Taiwanese readers say them: 天, GPU 小時, 每 GPU 小時", () => {
    const reply = rendered("175B 300B gpu=H100 gpus=1024 price=$2/h", "zh-TW");
    const value = (label: string) => reply.rows.find((row) => row.label === label)?.value;
    expect(value("訓練時間")).toBe("9.0 天");
    expect(value("GPU 小時")).toBe("221K GPU 小時");
    expect(value("成本")).toBe("$442K");
  });

  it("errors too: an unknown GPU, a bad language, in Chinese with a command one can type", () => {
    const gpu = rendered("175B 300B gpu=H1OO", "zh-TW");
    expect(gpu.ok).toBe(false);
    expect(gpu.title).toBe("這個我算不出來");
    expect(gpu.error).toMatch(/^我不認識「H1OO」這款 GPU。/);
    expect(gpu.hint).toMatch(/^試試：\/flops .* gpu=\w+/);
    const lang = rendered("175B 300B lang=fr", "zh-TW");
    expect(lang.error).toBe("我不會「fr」這個語言：請用 lang=en 或 lang=zh-TW。");
  });

  it("lang=en in the text gives English even when the default is Chinese", () => {
    expect(rendered("175B 300B lang=en", "zh-TW").title).toBe(
      "Training compute: 175B parameters × 300B tokens",
    );
  });
});
