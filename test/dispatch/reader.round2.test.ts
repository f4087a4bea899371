import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply } from "../../src/reply/reply.ts";

/**
 * Forms a second fresh-eyes report found misread or refused: "half" (a duration's half, never a
 * precision by itself), a request rate in a question, GPU counts written `H100 x8`, `16k H100`,
 * prices per day, and the refusals that must name what was typed and suggest what was meant.
 *
 * A year is a Julian year (365.25 days) and a month 1/12 of it, as the duration parser reads them.
 */
const ask = (line: string, lang: Lang = "en"): Reply => respondToText(registry, line, { lang });
const json = (line: string) => toJson(ask(line), "en") as { readAs?: Record<string, unknown> };
const readAs = (line: string) => {
  const reply = ask(line);
  expect(reply.ok, `${line}: ${JSON.stringify(toJson(reply, "en"))}`).toBe(true);
  return json(line).readAs as Record<string, unknown>;
};
const errorOf = (line: string, lang: Lang = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, line).toBe(false);
  expect(reply.ephemeral, line).toBe(true);
  const rendered = localize(reply, lang);
  return { key: reply.error?.key, text: `${rendered.error ?? ""} ${rendered.hint ?? ""}` };
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
    expect(hint).toContain("/flops cards ");
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
