import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply } from "../../src/reply/reply.ts";

/**
 * Forms people type that the reader once refused or misread: request rates with a time unit,
 * counts in groups of three, a GPU count after the GPU or in nodes, spelled and Chinese counts of
 * time, and durations in two parts. Each is checked by the reading it gets (JSON `readAs`, base
 * units), the "Read as" line it shows, and a value computed from it.
 *
 * Reference values: C = 6·N·D (Kaplan et al. 2020 §2.1); wall time t = C / (GPUs · peak · MFU)
 * with the H100 SXM bf16 dense peak 989.4 TFLOP/s (NVIDIA H100 datasheet, 1,979 sparse halved) and
 * the default MFU 40%; a month is 1/12 of a Julian year (365.25 days) = 2,629,800 s.
 */
const ask = (line: string, lang: Lang = "en"): Reply => respondToText(registry, line, { lang });
const readAs = (line: string) => {
  const reply = ask(line);
  const out = toJson(reply, "en") as { readAs?: Record<string, unknown> };
  expect(reply.ok, `${line}: ${JSON.stringify(out)}`).toBe(true);
  return out.readAs as Record<string, unknown>;
};
const readAsLine = (line: string, lang: Lang = "en") => {
  const rendered = localize(ask(line, lang), lang);
  return rendered.readAs ?? "";
};
const errorOf = (line: string, lang: Lang = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, line).toBe(false);
  expect(reply.ephemeral, line).toBe(true);
  return { key: reply.error?.key, text: localize(reply, lang).error ?? "" };
};

const DAY = 86_400;
const MONTH = (365.25 / 12) * DAY;
const H100_BF16 = 989.4e12;
/** Seconds to train 70B on 2T tokens on `gpus` H100s at 40% MFU. */
const trainSeconds = (gpus: number) => (6 * 70e9 * 2e12) / (gpus * H100_BF16 * 0.4);

describe("request rates with a time unit are read in requests per second", () => {
  // serve's rate is requests per second (its option help); 300/min and 18000/h are both 5/s.
  it.each([
    "serve 8B gpu=H100 rate=5/s",
    "serve 8B gpu=H100 rate=300/min",
    "serve 8B gpu=H100 rate=18000/h",
    "serve 8B gpu=H100 rate=5rps",
    "serve 8B gpu=H100 5 req/s",
    "serve 8B gpu=H100 300 requests/min",
    "serve 8B gpu=H100 5 rps",
    "serve 8B gpu=H100 5rps",
    "serve 8B gpu=H100 rate 300/min",
    "serve 8B H100 5 requests per second",
    "serve 8B H100 300 requests per minute",
    "serve 8B H100 每秒 5 個請求",
    "serve 8B H100 每分鐘 300 個請求",
    "serve 8B H100 5/s",
    "serve 8B H100 300/min",
  ])("%s is rate 5/s", (line) => {
    expect(readAs(line).rate).toBe(5);
    expect(readAsLine(line)).toContain("rate 5/s");
    expect(readAsLine(line, "zh-TW")).toContain("rate 為每秒 5 個請求");
  });

  it("sizes replicas from the converted rate: 3000/min needs the replicas 50/s needs", () => {
    // replicas = ⌈rate / requests per replica⌉ (serving.ts, after Pope et al. 2022): the same
    // replicas and GPUs for 50/s however it was typed.
    const perSecond = ask("serve 8B gpu=H100 rate=50 prompt=1k generate=256").result as {
      throughput: { requestsPerSecond: number; requestsPerSecondPerReplica: number; replicas: number };
    };
    const perMinute = ask("serve 8B gpu=H100 rate=3000/min prompt=1k generate=256")
      .result as typeof perSecond;
    expect(perMinute.throughput.requestsPerSecond).toBe(50);
    expect(perMinute.throughput.replicas).toBe(
      Math.ceil(50 / perMinute.throughput.requestsPerSecondPerReplica),
    );
    expect(perMinute.throughput.replicas).toBeGreaterThan(1);
    expect(perMinute.throughput).toEqual(perSecond.throughput);
  });

  it("refuses a duration or a zero rate, with rate's own example", () => {
    expect(errorOf("serve 8B gpu=H100 rate=5days").key).toBe("quantity.unitMismatch");
    const zero = errorOf("serve 8B gpu=H100 rate=0/s");
    expect(zero.key).toBe("quantity.notPositiveFor");
    expect(zero.text).toBe("rate “0/s” must be above zero, e.g. rate=10.");
  });
});

describe("counts in groups of three", () => {
  it.each([
    "70B 2T 1,024 H100",
    "70B 2T gpus=1,024 gpu=H100",
    "70B 2T 1,024 H100s",
    "70B 2T 1,024 GPUs gpu=H100",
    "70B 2T 1,024 張 H100",
  ])("%s is 1024 H100s", (line) => {
    expect(readAs(line)).toMatchObject({ gpus: 1024, gpu: "h100-sxm" });
    expect((ask(line).result as { seconds: number }).seconds).toBeCloseTo(trainSeconds(1024), 0);
    expect(readAsLine(line)).toContain("1,024 × H100 SXM5 80GB");
  });

  it("2,048 GPUs is 2048, in Chinese too", () => {
    expect(readAs("70B 2T 2,048 GPUs gpu=H100").gpus).toBe(2048);
    expect(readAsLine("70B 2T 2,048 GPUs gpu=H100", "zh-TW")).toContain("2,048 張 H100 SXM5 80GB");
  });

  it.each([
    "70B 2T 1,02 H100",
    "70B 2T 1,0245 H100",
    "70B 2T gpus=1,02 gpu=H100",
    "70B 2T gpus=1,0245 gpu=H100",
  ])("%s is refused, never read as 1024", (line) => {
    const error = errorOf(line);
    expect(error.text).toMatch(/1,02/);
    // Typed as a word, the refusal says what commas may do; as a key's value, that it is no number.
    expect(error.key).toBe(line.includes("gpus=") ? "quantity.syntax" : "read.badGrouping");
  });

  it("says where commas go, in the asker's language", () => {
    expect(errorOf("70B 2T 8,16 H100").text).toBe(
      "“8,16” is not a number I can read: commas go between groups of three digits (1,024), or leave them out (1024).",
    );
    expect(errorOf("70B 2T 1,02 張 H100", "zh-TW").text).toBe(
      "我看不懂「1,02」這個數字：逗號只能放在每三位數之間 (1,024)，或不加逗號 (1024)。",
    );
  });

  it("a GPU list keeps its commas beside a grouped count", () => {
    const reply = ask("70B 2T gpu=h100,a100 gpus=1,024");
    expect(reply.ok).toBe(true);
    const byGpu = (reply.result as { byGpu: { gpu: string; gpus: number; seconds: number }[] }).byGpu;
    expect(byGpu.map((row) => [row.gpu, row.gpus])).toEqual([
      ["NVIDIA H100 SXM5 80GB", 1024],
      ["NVIDIA A100 SXM4 80GB", 1024],
    ]);
    expect(byGpu[0]?.seconds).toBeCloseTo(trainSeconds(1024), 0);
  });
});

describe("a GPU count before, after or in nodes", () => {
  it.each([
    "70B 2T 8xH100",
    "70B 2T 8x H100",
    "70B 2T 8 x H100",
    "70B 2T 8×H100",
    "70B 2T h100x8",
    "70B 2T H100x8",
    "70B 2T H100 x 8",
    "70B 2T H100 * 8",
    "70B 2T H100 8",
    "70B 2T 八張 H100",
  ])("%s is 8 H100s", (line) => {
    expect(readAs(line)).toMatchObject({ gpus: 8, gpu: "h100-sxm" });
    expect(readAsLine(line)).toContain("8 × H100 SXM5 80GB");
    expect(readAsLine(line, "zh-TW")).toContain("8 張 H100 SXM5 80GB");
  });

  it("H100 512 then a duration is 512 H100s for that long", () => {
    expect(readAs("70B 2T H100 512 30 days")).toMatchObject({ gpus: 512, days: 30 * DAY });
  });

  it("a count after a GPU that counts something else is not taken", () => {
    // `H100 8 A100`: the 8 counts the A100, so two GPUs are named, and that is refused.
    expect(errorOf("70B 2T H100 8 A100").key).toBe("args.twice");
    // `H100 512 GPUs`: the 512 counts GPUs either way.
    expect(readAs("70B 2T H100 512 GPUs").gpus).toBe(512);
  });

  it.each([
    "70B 2T 16 nodes of 8 H100",
    "70B 2T 16 nodes x 8 H100",
    "70B 2T 16 nodes × 8 H100",
    "70B 2T 16 nodes of 8xH100",
    "70B 2T 16 nodes of 8 GPUs gpu=H100",
    "70B 2T 16 節點 × 8 張 H100",
  ])("%s is 16 × 8 = 128 H100s, said in a note", (line) => {
    expect(readAs(line)).toMatchObject({ gpus: 128, gpu: "h100-sxm" });
    expect((ask(line).result as { seconds: number }).seconds).toBeCloseTo(trainSeconds(128), 0);
    expect(readAsLine(line)).toContain("128 × H100 SXM5 80GB");
    expect(JSON.stringify(localize(ask(line), "en"))).toContain("Read 16 nodes × 8 GPUs as 128 GPUs.");
    expect(JSON.stringify(localize(ask(line, "zh-TW"), "zh-TW"))).toContain(
      "將 16 個節點 × 每節點 8 張解讀為 128 張 GPU。",
    );
  });

  it("16 nodes with no GPUs per node is refused, saying what is missing", () => {
    const error = errorOf("70B 2T 16 nodes H100");
    expect(error.key).toBe("read.nodesWithoutCount");
    expect(error.text).toBe(
      "16 nodes of how many GPUs each? Say it, e.g. /flops 70B 2T 16 nodes of 8 H100 (or gpus= for the total).",
    );
    expect(errorOf("70B 2T 16 節點 H100", "zh-TW").text).toContain("16 個節點，每個節點幾張 GPU？");
  });
});

describe("spelled and Chinese counts of time", () => {
  it.each([
    ["70B 2T gpu=H100 gpus=64 for a month", MONTH],
    ["70B 2T gpu=H100 gpus=64 one month", MONTH],
    ["70B 2T gpu=H100 gpus=64 in a week", 7 * DAY],
    ["70B 2T gpu=H100 gpus=64 in two weeks", 14 * DAY],
    ["70B 2T gpu=H100 gpus=64 for an hour", 3600],
    ["70B 2T gpu=H100 gpus=64 twelve days", 12 * DAY],
    ["70B 2T gpu=H100 gpus=64 一個月", MONTH],
    ["70B 2T gpu=H100 gpus=64 兩週", 14 * DAY],
    ["70B 2T gpu=H100 gpus=64 兩個星期", 14 * DAY],
    ["70B 2T gpu=H100 gpus=64 三天", 3 * DAY],
    ["70B 2T gpu=H100 gpus=64 三十天", 30 * DAY],
    ["70B 2T gpu=H100 gpus=64 二十一天", 21 * DAY],
    ["70B 2T gpu=H100 gpus=64 半個月", MONTH / 2],
    ["70B 2T gpu=H100 gpus=64 一個半月", 1.5 * MONTH],
    ["一個 70B 模型 2T 用 64 張 H100 跑一個月", MONTH],
  ])("%s is %d seconds on 64 GPUs", (line, seconds) => {
    // The bug this fixes: `gpus=64 一個月` was read as gpus = "64 months" (一 dropped).
    expect(readAs(line)).toMatchObject({ gpus: 64, days: seconds });
  });

  it("shows a month in days: what a month was taken to be", () => {
    expect(readAsLine("70B 2T gpu=H100 gpus=64 一個月")).toContain("30.4 days");
    expect(readAsLine("70B 2T gpu=H100 gpus=64 一個月", "zh-TW")).toContain("30.4 天");
  });

  it("三月 (March) is no duration: refused, not read as three months", () => {
    expect(ask("70B 2T gpu=H100 gpus=64 三月").ok).toBe(false);
  });

  it("$2 an hour and $50 a day are prices", () => {
    expect(readAs("70B 2T 512 H100 30 days $2 an hour")).toMatchObject({ price: 2, days: 30 * DAY });
    // `a day` after a price is per day: $50 / 24 h = $2.083 per GPU-hour, not $50 and one day.
    const perDay = readAs("70B 2T 512 H100 30 days $50 a day");
    expect(perDay.days).toBe(30 * DAY);
    expect(perDay.price).toBeCloseTo(50 / 24, 10);
  });
});

describe("a duration in two parts is their sum", () => {
  it.each([
    ["3 days 4 hours", 3 * DAY + 4 * 3600, "3.2 days", "3 days + 4 hours", 3.17],
    ["3 days and 4 hours", 3 * DAY + 4 * 3600, "3.2 days", "3 days + 4 hours", 3.17],
    ["1 week 2 days", 9 * DAY, "9.0 days", "1 week + 2 days", 9],
    ["3天4小時", 3 * DAY + 4 * 3600, "3.2 days", "3 days + 4 hours", 3.17],
    ["2 weeks 3 days 12 hours", 17.5 * DAY, "17.5 days", "2 weeks + 3 days + 12 hours", 17.5],
  ])("%s is %d seconds", (typed, seconds, shown, parts, days) => {
    const line = `70B 2T gpu=H100 gpus=64 ${typed}`;
    expect(readAs(line).days).toBe(seconds);
    expect(readAsLine(line)).toContain(shown);
    // The note gives the sum to three digits (Read as rounds to one decimal).
    expect(localize(ask(line), "en").notes).toContain(`Read ${parts} as one duration: ${days} days.`);
    expect(localize(ask(line, "zh-TW"), "zh-TW").notes).toContain(
      `將 ${parts} 解讀為一段時間，共 ${days} 天。`,
    );
  });

  it("a sum under two days is said in hours", () => {
    const line = "70B 2T gpu=H100 gpus=64 1 hour 30 minutes";
    expect(readAs(line).days).toBe(5400);
    expect(localize(ask(line), "en").notes).toContain("Read 1 hour + 30 minutes as one duration: 1.5 hours.");
  });

  it.each([
    ["70B 2T gpu=H100 gpus=64 days=3 days=4", "3", "4"],
    ["70B 2T gpu=H100 gpus=64 4 hours 3 days", "4 hours", "3 days"],
  ])("%s stays refused as given twice", (line, first, second) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatchObject({ key: "args.twice", params: { option: "days", first, second } });
    expect(localize(ask(line, "zh-TW"), "zh-TW").error).toBe(
      `days 給了兩次，分別是 ${first} 和 ${second}：請只給一次。`,
    );
  });
});
