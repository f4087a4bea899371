import { describe, expect, it } from "vitest";
import { normalizeText, struckOut, typedForm } from "../../src/dispatch/normalize.ts";

describe("normalizeText", () => {
  it("skips NFKC only where it changes nothing: every CJK Unified Ideograph (and Extension A) is its own NFKC form", () => {
    for (const [from, to] of [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
    ] as const) {
      for (let c = from; c <= to; c++) {
        const ideograph = String.fromCharCode(c);
        expect(`70B${ideograph}2T`.normalize("NFKC")).toBe(`70B${ideograph}2T`);
      }
    }
  });

  it("reads a Taiwanese question of ASCII and ideographs as the English words and numbers it says", () => {
    expect(normalizeText("訓練 130億 參數 3兆 token 需要 128 張 H100 多久")).toBe(
      // 多久 is "how long", as English asks it (filler to the reader; choose.ts reads a second question beside it).
      "train 130e8 params 3e12 token 128 gpus H100 how long",
    );
  });

  it("still folds full-width forms next to ideographs (NFKC runs when other characters are there)", () => {
    // Ｈ１００ (full-width) and ７０Ｂ are H100 and 70B once folded.
    expect(normalizeText("訓練 ７０Ｂ 用 ６４ 張 Ｈ１００")).toBe("train 70B 64 gpus H100");
  });

  it.each([
    ["gpus=64 一個月", "gpus=64 1 months"],
    ["兩週", "2 weeks"],
    ["兩個星期", "2 weeks"],
    ["兩個禮拜", "2 weeks"],
    ["三天", "3 days"],
    ["十天", "10 days"],
    ["十五天", "15 days"],
    ["三十天", "30 days"],
    ["二十一天", "21 days"],
    ["一個小時", "1 hours"],
    ["半個月", "0.5 months"],
    ["一個半月", "1.5 months"],
    ["半年", "0.5 years"],
    ["八張 H100", "8 gpus H100"],
    ["十六張卡", "16 gpus"],
  ])("a Chinese count before a time unit is its number: %s → %s", (typed, read) => {
    expect(normalizeText(typed)).toBe(read);
  });

  it("三月 is March, not three months: kept as a month of the year (the reader refuses it, suggesting 三個月)", () => {
    expect(normalizeText("三月")).toBe("month#3");
    expect(normalizeText("三個月")).toBe("3 months");
    // A numeral that is no number (一二) is left as typed.
    expect(normalizeText("一二天")).toBe("一二 days");
  });

  it("每秒 5 個請求 is a request rate; an hour after a word is no price", () => {
    expect(normalizeText("每秒 5 個請求")).toBe("5 req/s");
    expect(normalizeText("每分鐘300個請求")).toBe("300 req/min");
    expect(normalizeText("$2 an hour")).toBe("$2/h");
    expect(normalizeText("for an hour")).toBe("for an hour");
  });
});

describe("兆, 億 and 萬 together are one number, largest first (兆 10¹², 億 10⁸, 萬 10⁴)", () => {
  it.each([
    // 10¹² + 4,000 × 10⁸ = 1.4 × 10¹², in numerals and in digits.
    ["一兆四千億", 1.4e12],
    ["1兆4000億", 1.4e12],
    // 2 × 10¹² + 5,000 × 10⁸ = 2.5 × 10¹².
    ["2兆5千億", 2.5e12],
    ["2兆3千5百億", 2.35e12],
    // 10⁸ + 2,000 × 10⁴ = 1.2 × 10⁸.
    ["一億兩千萬", 1.2e8],
    ["1億2000萬", 1.2e8],
    // 零 says a part is skipped: 3 × 10¹² + 2 × 10⁸.
    ["三兆零二億", 3.0002e12],
    // Four digits after 萬: 10⁴ + 2,000.
    ["一萬兩千", 12_000],
    ["1萬2000", 12_000],
    // One unit, as before: 3,500 × 10⁸.
    ["三千五百億", 3.5e11],
  ])("%s is one word, %d", (typed, value) => {
    const words = normalizeText(typed).split(" ");
    expect(words).toHaveLength(1);
    expect(Number(words[0])).toBe(value);
  });

  it("七百億參數 一兆四千億 token: 7 × 10¹⁰ parameters and 1.4 × 10¹² tokens, two numbers (not 1e12 and 4000e8)", () => {
    expect(normalizeText("七百億參數 一兆四千億 token")).toBe("700e8 params 1.4e12 token");
    expect(normalizeText("一萬兩千張 H100")).toBe("1.2e4 gpus H100");
  });

  it.each([
    // A part after the first of 10⁴ or more (1兆14000億), digits after 億 (1億2: 1.2億 or 100,000,002?),
    // 萬 then 億 that is no 萬億 (1萬4億), units that grow (700億2兆): one word, kept as typed.
    ["1兆14000億", "1兆14000億"],
    ["1億2", "1億2"],
    ["一萬四億", "1萬4億"],
    ["700億2兆", "700億2兆"],
  ])("%s is no one number: kept as one word (%s), never read as two", (typed, word) => {
    expect(normalizeText(typed)).toBe(word);
  });

  it("digits before a letter start the next word (700億2T is 700e8 and 2T, as before)", () => {
    expect(normalizeText("700億2T")).toBe("700e8 2T");
    expect(normalizeText("1萬4千億")).toBe("14000e8");
  });

  it("an error quotes the number as typed, never the form it was read as", () => {
    expect(typedForm("1.4e12", "七百億參數 一兆四千億 token")).toBe("一兆四千億");
    expect(typedForm("2e12", "七百億 一兆四千億 兩兆")).toBe("兩兆");
    expect(typedForm("1.2e8", "七百億 一億兩千萬")).toBe("一億兩千萬");
    expect(typedForm("1萬4億", "70B 一萬四億 token")).toBe("一萬四億");
    // Typed as it was read: itself.
    expect(typedForm("1兆14000億", "70B 1兆14000億 token")).toBe("1兆14000億");
  });
});

describe("Slack's and Discord's formatting around words is the words", () => {
  it.each([
    ["**70B** 2T", "70B 2T"],
    ["||70B|| 2T", "70B 2T"],
    ["70B __2T__", "70B 2T"],
    ["*70B* 2T", "70B 2T"],
    ["_70B_ 2T", "70B 2T"],
    ["***70B*** 2T", "70B 2T"],
    ["**_70B_** __**2T**__", "70B 2T"],
    ["**70B on 15T** tokens", "70B on 15T tokens"],
    ["(**70B**), 2T", "(70B), 2T"],
  ])("%s → %s", (typed, read) => {
    expect(normalizeText(typed)).toBe(read);
  });

  it.each([
    "2048*21days",
    "8*7B",
    "gpus 8 * 64",
    "6*175B*300B",
    "70B * 15T",
    "2**10",
    "H100 || A100",
    "kv_heads=8",
  ])("%s keeps its marks: a product, a power, no emphasis", (typed) => {
    expect(normalizeText(typed)).toBe(typed);
  });

  it("struck-through text (Discord's ~~, Slack's ~) is taken out whole, as typed, for the reply to name", () => {
    expect(struckOut("~~13B~~ 70B 2T")).toEqual({ line: " 70B 2T", struck: ["~~13B~~"] });
    expect(struckOut("~13B~ 70B 2T")).toEqual({ line: " 70B 2T", struck: ["~13B~"] });
    expect(struckOut("~~13B on 1T~~ 70B 2T")).toEqual({ line: " 70B 2T", struck: ["~~13B on 1T~~"] });
    expect(struckOut("70B 2T (~~fp8~~) bf16")?.line).toBe("70B 2T   bf16");
    // An approximation is no strike: `~2T ~3T` has no closing mark after a word.
    expect(struckOut("70B ~2T ~3T")).toBeUndefined();
    expect(struckOut("70B 2T ~40% mfu")).toBeUndefined();
  });
});

describe("a Chinese option value (gpu=不存在, mode=推論)", () => {
  it("is one known word or kept as typed: 在 (on) inside 不存在 is not read as a word of its own", () => {
    expect(normalizeText("70B 1T gpu=不存在")).toBe("70B 1T gpu=不存在");
    expect(normalizeText("cards 70B gpu=H100 mode=推論").trim()).toBe("cards 70B gpu=H100 mode= infer");
  });

  it("a run that is not an option's value is still read word by word (在 H100 上)", () => {
    expect(normalizeText("70B 1T 在 H100 上")).not.toContain("在");
  });
});
