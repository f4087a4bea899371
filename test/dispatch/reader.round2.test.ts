import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import { ask, errorOf } from "./helpers.ts";

/**
 * Forms a new user found misread or refused: "half" (a duration's half, never a
 * precision by itself), a request rate in a question, GPU counts written `H100 x8`, `16k H100`,
 * prices per day, and the refusals that must name what was typed and suggest what was meant.
 *
 * A year is a Julian year (365.25 days) and a month 1/12 of it, as the duration parser reads them.
 */
const json = (line: string) => toJson(ask(line), "en") as { readAs?: Record<string, unknown> };
const readAs = (line: string) => {
  const reply = ask(line);
  expect(reply.ok, `${line}: ${JSON.stringify(toJson(reply, "en"))}`).toBe(true);
  return json(line).readAs as Record<string, unknown>;
};

const DAY = 86_400;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

describe("half: a duration's half, never a precision by itself", () => {
  it.each([
    ["70B 2T 1024 H100 for a year and a half", 1.5 * YEAR],
    ["70B 2T 1024 H100 for one and a half years", 1.5 * YEAR],
    ["70B 2T 1024 H100 for 2 weeks and a half", 2.5 * 7 * DAY],
    ["70B 2T 1024 H100 for half a year", 0.5 * YEAR],
    ["70B 2T 1024 H100 in half a day", 0.5 * DAY],
    ["70B 2T 用 1024 張 H100 跑一年半", 1.5 * YEAR],
    ["70B 2T 1024 H100 一個半月", 1.5 * MONTH],
    ["70B 2T 1024 H100 一個月半", 1.5 * MONTH],
    ["70B 2T 1024 H100 跑 1年半", 1.5 * YEAR],
  ])("%s", (line, seconds) => {
    const read = readAs(line);
    expect(read.days).toBeCloseTo(seconds, 0);
    // No precision was typed: the default (bf16) holds, never fp16 from "half".
    expect(read.precision ?? "bf16").toBe("bf16");
  });

  it.each(["70B 2T 1024 H100 30 days half precision", "70B 2T 1024 H100 30 days half-precision"])(
    "%s is fp16",
    (line) => {
      expect(readAs(line).precision).toBe("fp16");
    },
  );

  it.each<[string, Lang]>([
    ["70B 2T 1024 H100 in half the time", "en"],
    ["70B 2T 1024 H100 in half the time", "zh-TW"],
  ])("%s is refused naming half (%s)", (line, lang) => {
    expect(errorOf(line, lang).text).toContain("half");
  });
});

describe("a request rate sends a question to serve", () => {
  // serve's rate is requests per second (its option help); 20/s in every form.
  it.each<[string, Lang]>([
    ["how many H100 to serve llama-3-70b at 20 requests per second", "en"],
    ["how many H100 to serve llama-3-70b at 20 req/s", "en"],
    ["how many H100 to serve llama-3-70b rate=20", "en"],
    ["需要幾張 H100 部署 llama-3-70b 每秒 20 個請求", "zh-TW"],
  ])("%s", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok, JSON.stringify(toJson(reply, "en"))).toBe(true);
    expect(reply.command).toBe("serve");
    expect(json(line).readAs).toMatchObject({ rate: 20, gpu: "h100-sxm" });
  });

  it("without a rate, the question stays with cards", () => {
    expect(ask("how many H100 to serve llama-3-70b").command).toBe("cards");
  });

  it.each<[string, Lang]>([
    ["how many H100 to serve llama-3-70b at 20 apples per second", "en"],
    ["how many H100 to finetune 70B bananas", "en"],
    ["需要幾張 H100 部署 llama-3-70b 香蕉", "zh-TW"],
  ])("a refusal after cards read the line ends with cards' example: %s", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(false);
    expect(reply.command).toBe("cards");
    const hint = localize(reply, lang).hint ?? "";
    // cards' example, or the asker's own line without the word blamed when cards answers that.
    const corrected = line.replace(/ (bananas|香蕉)$/, "");
    expect(
      [`/flops ${corrected}`, "/flops cards "].some((start) => hint.includes(start)),
      hint,
    ).toBe(true);
    if (corrected !== line) expect(ask(corrected, lang).command).toBe("cards");
    expect(hint).not.toContain("175B 300B");
  });
});

describe("a price per day is read per GPU-hour, and says so", () => {
  // $50 a day per GPU = 50 / 24 = $2.0833 per GPU-hour.
  it.each<[string, Lang, number, string]>([
    ["$50 a day 7B 1T gpu=H100", "en", 50 / 24, "Read $50/day per GPU as $2.08/GPU-hour"],
    ["7B 1T gpu=H100 price=$50/day", "en", 50 / 24, "Read $50/day per GPU as $2.08/GPU-hour"],
    ["7B 1T gpu=H100 $48/gpu/day", "en", 2, "Read $48/day per GPU as $2/GPU-hour"],
    ["7B 1T gpu=H100 price=$50/day", "zh-TW", 50 / 24, "將每張 GPU $50/day 解讀為每 GPU 小時 $2.08"],
  ])("%s (%s)", (line, lang, perHour, note) => {
    expect(readAs(line).price).toBeCloseTo(perHour, 6);
    expect(localize(ask(line, lang), lang).notes?.join("\n")).toContain(note);
  });

  it("a price per GPU-hour needs no note", () => {
    const line = "7B 1T gpu=H100 $2/gpu/hr";
    expect(readAs(line).price).toBe(2);
    expect(localize(ask(line), "en").notes?.join("\n")).not.toContain("per GPU as");
  });
});

describe("GPU counts as people write them", () => {
  it.each([
    ["7B 2T H100 x8", 8],
    ["7B 2T x8 H100", 8],
    // "k" is 1,000 for a count of GPUs (not 1,024): Read as shows the 16,000 it was read as.
    ["405B 15T on 16k H100", 16_000],
    // The GPU count was given; the nodes only say how they are spread.
    ["7B 2T 8 H100 1 node", 8],
    ["7B 2T 16 H100 2 nodes", 16],
  ])("%s", (line, gpus) => {
    expect(readAs(line)).toMatchObject({ gpus, gpu: "h100-sxm" });
  });

  it("16k H100 shows 16,000 in Read as (en and zh-TW)", () => {
    expect(localize(ask("405B 15T on 16k H100"), "en").readAs).toContain("16,000 × H100");
    expect(localize(ask("405B 15T 用 16k H100", "zh-TW"), "zh-TW").readAs).toContain("16,000 張 H100");
  });

  it("nodes that do not divide the GPUs given are still asked about", () => {
    expect(errorOf("7B 2T 8 H100 3 nodes").key).toBe("read.nodesWithoutCount");
  });

  it("says how the GPUs given sit in the nodes", () => {
    expect(localize(ask("7B 2T 16 H100 2 nodes"), "en").notes?.join("\n")).toContain("8 per node");
    expect(localize(ask("7B 2T 16 張 H100 2 個節點", "zh-TW"), "zh-TW").notes?.join("\n")).toContain(
      "每節點 8 張",
    );
  });
});

describe("other forms of the report", () => {
  it("sums a duration in parts with a comma between them", () => {
    expect(readAs("70B 2T 512 H100 3 days, 4 hours").days).toBe(3 * DAY + 4 * 3600);
  });

  it("reads 8k context in compute as ctx=8192 (8k is 8 × 1,024 tokens for a context, as model cards write it)", () => {
    expect(readAs("70B 2T 512 H100 8k context").ctx).toBe(8192);
  });

  it.each([
    ["chinchilla 1e24 FLOP budget", 1e24],
    ["1e24 FLOP budget on H100", 1e24],
  ])("reads %s as the compute budget", (line, flops) => {
    const read = readAs(line);
    expect(read.budget ?? read.flops).toBe(flops);
  });

  it("reads a Chinese dollar budget like the English one", () => {
    const english = readAs("budget $1M on H100 at $2/h");
    const chinese = readAs("預算 100 萬美元 用 H100 每小時 2 美元");
    expect(chinese).toEqual(english);
    expect(chinese.price).toBe(2);
  });

  it.each<[string, Lang]>([
    ["7B 1,5T", "en"],
    ["7B 1,5T", "zh-TW"],
  ])("suggests the decimal point for %s (%s)", (line, lang) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.decimalComma");
    expect(error.text).toContain("1.5T");
  });

  it.each<[string, Lang]>([
    ["8 x 7B 1T gpu=H100", "en"],
    ["8x7B 1T", "en"],
    ["8x7B 1T", "zh-TW"],
  ])("refuses %s suggesting mixtral-8x7b or experts=8 (%s)", (line, lang) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.expertsTimesSize");
    expect(error.text).toContain("mixtral-8x7b");
    expect(error.text).toContain("experts=8");
  });

  it("still reads 8 x H100 as eight GPUs", () => {
    expect(readAs("8 x H100 7B 1T")).toMatchObject({ gpus: 8, gpu: "h100-sxm" });
  });
});

describe("三月 is March, not three months", () => {
  it.each<[string, Lang, string[]]>([
    ["70B 2T 1024 H100 三月 完成", "en", ["三月", "March", "三個月"]],
    ["70B 2T 1024 H100 三月 完成", "zh-TW", ["三月", "March", "三個月"]],
    ["70B 2T 1024 H100 十二月", "en", ["十二月", "December", "十二個月"]],
  ])("%s (%s)", (line, lang, named) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.monthName");
    for (const word of named) expect(error.text).toContain(word);
  });

  it("三個月 stays three months (1/4 of a Julian year)", () => {
    expect(readAs("70B 2T 1024 H100 三個月").days).toBeCloseTo(3 * MONTH, 0);
  });
});
