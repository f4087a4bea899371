import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { t } from "../../src/i18n/translate.ts";
import { ZH_TW_READINGS, zhTW } from "../../src/i18n/zh-TW.ts";
import { input, text } from "../../src/reply/build.ts";
import { chineseReading } from "../../src/reply/format.ts";
import { say } from "../../src/reply/localize.ts";

const enCatalog: Record<string, string> = en;
const zhCatalog: Record<string, string> = zhTW;

const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

/** Entries that read the same in both languages: a bare value, a command, or a term Taiwanese practitioners keep in English. */
const SAME_IN_BOTH = new Set(["{name}", "/flops {command}", "PF-days", "MFU", "HFU", "KV cache"]);

/**
 * Characters that exist only in Simplified Chinese; each has a different Traditional form
 * (数→數, 训练→訓練, 参→參, 内→內, 张→張, ...). One of them in the zh-TW catalog means a
 * Simplified string slipped in.
 */
const SIMPLIFIED_ONLY = [
  ..."数们这训练参内计为时么见载设备网络块显应问题说错误开关视频个发处条给让从对样运动过还进选项码务产单号张卡",
].filter((c) => !"卡".includes(c)); // 卡 is the same in both scripts (張卡).

/** Mainland wording where Taiwan says something else (資訊, 預設, 程式, 伺服器, 記憶體, 影片, 品質, 硬體, 軟體, 網路). */
const MAINLAND_TERMS = [
  "信息",
  "默認",
  "程序",
  "服務器",
  "內存",
  "顯存",
  "視頻",
  "質量",
  "硬件",
  "軟件",
  "網絡",
];

describe("the zh-TW catalog", () => {
  it("has exactly the keys of the English one (a key in one language only fails)", () => {
    const enKeys = Object.keys(enCatalog).sort();
    const zhKeys = Object.keys(zhCatalog).sort();
    expect(zhKeys.filter((k) => !Object.hasOwn(enCatalog, k))).toEqual([]);
    expect(enKeys.filter((k) => !Object.hasOwn(zhCatalog, k))).toEqual([]);
    expect(zhKeys).toEqual(enKeys);
  });

  it("keeps every {placeholder} of each English entry, and adds none", () => {
    const mismatched = Object.keys(enCatalog)
      .filter(
        (key) => placeholders(enCatalog[key] as string).join() !== placeholders(zhCatalog[key] ?? "").join(),
      )
      .map(
        (key) =>
          `${key}: en {${placeholders(enCatalog[key] as string)}} zh-TW {${placeholders(zhCatalog[key] ?? "")}}`,
      );
    expect(mismatched).toEqual([]);
  });

  it("translates every entry: none is the English text unless it is on the short allowlist", () => {
    const untranslated = Object.keys(enCatalog).filter(
      (key) => zhCatalog[key] === enCatalog[key] && !SAME_IN_BOTH.has(enCatalog[key] as string),
    );
    expect(untranslated).toEqual([]);
    for (const key of Object.keys(zhCatalog)) expect(zhCatalog[key]?.trim(), key).not.toBe("");
  });

  it("the allowlist only holds entries that really are the same in both languages", () => {
    const sameInBoth = Object.keys(enCatalog)
      .filter((key) => zhCatalog[key] === enCatalog[key])
      .map((key) => enCatalog[key]);
    expect(new Set(sameInBoth)).toEqual(SAME_IN_BOTH);
  });

  it("is written in Traditional characters: no Simplified-only character, no Mainland wording", () => {
    expect(SIMPLIFIED_ONLY).toContain("参");
    expect(SIMPLIFIED_ONLY).toContain("内");
    const simplified = Object.entries(zhCatalog).flatMap(([key, text]) =>
      [...text].filter((c) => SIMPLIFIED_ONLY.includes(c)).map((c) => `${key}: ${c}`),
    );
    expect(simplified).toEqual([]);
    const mainland = Object.entries(zhCatalog).flatMap(([key, text]) =>
      MAINLAND_TERMS.filter((term) => text.includes(term)).map((term) => `${key}: ${term}`),
    );
    expect(mainland).toEqual([]);
  });

  it("uses the seed article's terms: 參數, 訓練, 算力, 詞表, 記憶體, 推論", () => {
    expect(zhTW["row.totalParams"]).toContain("參數");
    expect(zhTW["row.trainingFlops"]).toBe("訓練算力 (6ND)");
    expect(zhTW["opt.vocab"]).toContain("詞表");
    expect(zhTW["row.memoryTotal"]).toContain("記憶體");
    expect(zhTW["title.cardsInfer"]).toContain("推論");
    expect(zhTW["cmd.cards.summary"]).toContain("張");
  });

  it("keeps commands and options as one types them", () => {
    const commandText = /\/flops(?: (?:gpus|cards|help|mfu|chinchilla|params|[^ ]*[\d{=*$][^ ]*))*/g;
    const optionText = /\b[a-z][\w-]*=[^\s,;:)]*/g;
    const typed = (text: string) =>
      [...(text.match(commandText) ?? []), ...(text.match(optionText) ?? [])].map((m) =>
        m.replace(/[.,):;]+$/, ""),
      );
    expect(typed(en["hint.compute"])).toEqual([
      "/flops {params} {tokens} gpu=H100 price=$2.5/h",
      "gpu=H100",
      "price=$2.5/h",
    ]);
    const changed = Object.keys(enCatalog).flatMap((key) =>
      typed(enCatalog[key] as string)
        .filter((command) => !zhCatalog[key]?.includes(command))
        .map((command) => `${key}: ${command}`),
    );
    expect(changed).toEqual([]);
  });

  it("words units as Taiwanese readers write them", () => {
    expect(t("zh-TW", "unit.tokens", { n: "3.5T" })).toBe("3.5T token");
    expect(t("zh-TW", "unit.days", { n: "9" })).toBe("9 天");
    expect(t("zh-TW", "unit.hours", { n: "12" })).toBe("12 小時");
    expect(t("zh-TW", "unit.gpuHours", { n: "2.66M" })).toBe("2.66M GPU 小時");
    expect(t("en", "unit.gpuHours", { n: "2.66M" })).toBe("2.66M GPU-hours");
  });
});

describe("the everyday Chinese reading of a count", () => {
  it("reads GPT-3's 175B parameters as 1,750 億 and Chinchilla's 3.5T tokens as 3.5 兆", () => {
    expect(chineseReading(175e9)).toBe("1,750 億");
    expect(chineseReading(3.5e12)).toBe("3.5 兆");
    expect(chineseReading(14.8e12)).toBe("14.8 兆"); // DeepSeek-V3's pre-training tokens
    expect(chineseReading(37e9)).toBe("370 億");
    expect(chineseReading(221_000)).toBe("22.1 萬");
    expect(chineseReading(9_949)).toBeUndefined();
  });

  it("groups 1,000 兆 and more like 億 and 萬: 1P tokens read 1,000 兆, 12.3P 12,300 兆", () => {
    expect(chineseReading(1e15)).toBe("1,000 兆");
    expect(chineseReading(12_345e12)).toBe("12,300 兆");
    expect(chineseReading(999e12)).toBe("999 兆");
  });

  it("keeps the three significant digits of the short form beside it", () => {
    expect(chineseReading(8_030_261_248)).toBe("80.3 億"); // Llama-3-8B, shown as 8.03B
    expect(chineseReading(1_234_567_890)).toBe("12.3 億"); // shown as 1.23B
    expect(chineseReading(173_946_175_488)).toBe("1,740 億"); // shown as 174B
    expect(chineseReading(999_600_000_000)).toBe("1 兆"); // shown as 1T
  });

  it("is read from the typed number the command hands over, never parsed back from text", () => {
    // DeepSeek-V3: 671B total, 37B active (DeepSeek-AI 2024, Table 1).
    const moe = text("note.activeParams", { active: input("params", 37e9), total: input("params", 671e9) });
    expect(say("zh-TW", moe)).toBe(
      "MoE：算力用 37B (370 億) 啟用參數計算，而不是總共 671B (6,710 億) 參數。",
    );
    expect(say("en", moe)).toContain("37B active");
    // Below 10,000 there is no everyday reading; exponent forms get none either.
    const small = (n: number) => say("zh-TW", text("title.chinchillaParams", { params: input("params", n) }));
    expect(small(2_048)).toBe("2,048 參數的 Chinchilla 最佳訓練量");
    expect(small(3.14e23)).toBe("3.14e23 參數的 Chinchilla 最佳訓練量");
    // Text stays text: a value typed as a string is shown as it is, with no reading added.
    expect(say("zh-TW", text("title.chinchillaParams", { params: "175B" }))).toBe(
      "175B 參數的 Chinchilla 最佳訓練量",
    );
  });

  it("is added only where the zh-TW catalog asks for it, never in commands one would type", () => {
    const gpt3 = { params: input("params", 175e9), tokens: input("tokens", 300e9) };
    expect(say("zh-TW", text("title.compute", gpt3))).toBe(
      "訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token",
    );
    expect(say("en", text("title.compute", gpt3))).toBe("Training compute: 175B parameters × 300B tokens");
    expect(t("zh-TW", "hint.compute", { params: "175B", tokens: "300B" })).toBe(
      "下一步：/flops 175B 300B gpu=H100 price=$2.5/h 看時間與成本。",
    );
    for (const [key, names] of Object.entries(ZH_TW_READINGS)) {
      const template = zhCatalog[key] ?? "";
      for (const name of names ?? []) expect(placeholders(template), key).toContain(name);
      expect(template, key).not.toContain("/flops");
    }
  });
});
