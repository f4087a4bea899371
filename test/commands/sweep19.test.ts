import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16 (1,979 with sparsity).
// - NVIDIA A100 SXM4 datasheet: 312 TFLOP/s dense bf16 (624 with sparsity).
// - C = 6·N·D (Kaplan et al. 2020 §2.1); a month is 1/12 of a Julian year, 365.25 / 12 = 30.4375 days.
const H100_BF16 = 989.4e12;
const A100_BF16 = 312e12;
const MONTH_SECONDS = (365.25 / 12) * 86_400;
/** Wall time of 6ND on `gpus` cards at `peak` and `mfu`. */
const trainSeconds = (n: number, d: number, gpus: number, peak: number, mfu: number) =>
  (6 * n * d) / (gpus * peak * mfu);

describe("sweep19: Slack formatting around the numbers is the numbers", () => {
  it("*70B* on *15T* tokens with `1024 H100` how long? → 6·70B·15T on 1,024 H100 at 40%: 180 days", () => {
    const r = result("*70B* on *15T* tokens with `1024 H100` how long?");
    expect(r.params).toBe(70e9);
    expect(r.tokens).toBe(15e12);
    expect(r.gpus).toBe(1024);
    expect(r.seconds).toBeCloseTo(trainSeconds(70e9, 15e12, 1024, H100_BF16, 0.4), -3);
    expect(r.seconds / 86_400).toBeCloseTo(179.9, 0);
  });

  it("_7B_ 1T on *8 A100* → 7B · 1T · 8 × A100: 6·7B·1T / (8 × 312T × 40%)", () => {
    const r = result("_7B_ 1T on *8 A100*");
    expect(r.params).toBe(7e9);
    expect(r.gpus).toBe(8);
    expect(r.seconds).toBeCloseTo(trainSeconds(7e9, 1e12, 8, A100_BF16, 0.4), -3);
  });

  it("a product keeps its stars: 6*175B*300B is one number (not 6, 175B and 300B), a compute budget as 70B * 15T is", () => {
    // 6·N·D = 6 × 175e9 × 300e9 = 3.15e23 FLOP (GPT-3's 6ND), never 3.15e23 parameters; its
    // Chinchilla split N* = √(C/120) = √(3.15e23 / 120) = 51.2B, D* = 20·N* = 1.02T.
    const reply = ask("6*175B*300B");
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; params: number; tokens: number };
    expect(r.flops).toBeCloseTo(3.15e23, -19);
    expect(r.params).toBeCloseTo(Math.sqrt(3.15e23 / 120), -6);
    expect(r.params / 1e9).toBeCloseTo(51.235, 2);
    expect(r.tokens).toBeCloseTo(20 * Math.sqrt(3.15e23 / 120), -7);
    expect(reply.warnings).toEqual([]);
    // A size times a bare number is still a size: 2*70B is 140B (read as 2 experts: refused), and a
    // quotient is not a product (6*175B*300B/6/300B is 175B, compute.test.ts).
    expect(ask("cards 6*175B*300B gpu=H100").ok).toBe(false);
  });
});

describe("Discord's formatting around the numbers is the numbers too", () => {
  // Before: `**70B** 2T` was refused as “I can't read “**70B**” as a number”, as were `||70B||` (a
  // spoiler) and `__2T__` (underline); Slack's `*70B*` and `` `70B` `` were read.
  // C = 6·N·D = 6 × 70e9 × 2e12 = 8.4e23 FLOP (Kaplan et al. 2020 §2.1).
  it.each([
    "**70B** 2T",
    "||70B|| 2T",
    "70B __2T__",
    "*70B* 2T",
    "`70B` 2T",
    "_70B_ 2T",
    "***70B*** 2T",
    "**_70B_** 2T",
  ])("%s → 70B parameters, 2T tokens, 8.4e23 FLOP", (line) => {
    const r = result(line);
    expect(r.params).toBe(70e9);
    expect(r.tokens).toBe(2e12);
    expect(r.flops).toBeCloseTo(8.4e23, -19);
  });

  it("a star that multiplies still does: gpus 8 * 64 is 512 GPUs, 8*7B is 8 experts (refused as ever)", () => {
    expect(result("70B 2T H100 gpus 8 * 64").gpus).toBe(512);
    expect(ask("8*7B 2T").error?.key).toBe(ask("8x7B 2T").error?.key);
    expect(ask("8*7B 2T").ok).toBe(false);
  });

  it.each([
    ["~~13B~~ 70B 2T", "~~13B~~"],
    ["~13B~ 70B 2T", "~13B~"],
    ["~~13B on 1T~~ 70B 2T", "~~13B on 1T~~"],
  ])(
    "%s: struck-through text is what its writer took back: left out, and the reply says so",
    (line, struck) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      const r = reply.result as { params: number; tokens: number };
      expect(r.params).toBe(70e9);
      expect(r.tokens).toBe(2e12);
      expect(reply.notes[0]).toEqual({ key: "read.struck", params: { words: struck } });
      expect(said(line)).toContain(`Left out “${struck}”`);
    },
  );

  it("a refusal says what was struck too, and ~2T (about 2T) is no strike", () => {
    const reply = ask("~~70B~~ 13B 2T foo");
    expect(reply.ok).toBe(false);
    expect(reply.notes.map((note) => note.key)).toContain("read.struck");
    expect(result("70B ~2T").tokens).toBe(2e12);
    expect(ask("70B ~2T").notes.map((note) => note.key)).not.toContain("read.struck");
  });
});

describe("sweep19: a duration before ? or ! is still a duration", () => {
  it("70B 2T on 2k H100s 1 month? → 2,000 H100 for 30.4 days; implied MFU 6ND / (2000 × 989.4T × 30.4375 d) = 16.1%", () => {
    const r = result("70B 2T on 2k H100s 1 month?");
    expect(r.gpus).toBe(2000);
    expect(r.seconds).toBe(MONTH_SECONDS);
    expect(r.impliedMfu.sixN).toBeCloseTo((6 * 70e9 * 2e12) / (2000 * H100_BF16 * MONTH_SECONDS), 6);
  });

  it("70B 2T 2048 H100 1 month! reads the month too", () => {
    expect(result("70B 2T 2048 H100 1 month!").seconds).toBe(MONTH_SECONDS);
  });

  it("`6 weeks?` and `3 hours?` read as 42 days and 3 hours", () => {
    expect(result("70B 2T 2048 H100 6 weeks?").seconds).toBe(42 * 86_400);
    expect(result("7B 1T 8 H100 3 hours?").seconds).toBe(3 * 3600);
  });
});

describe("sweep19: chat shorthand carries no value and is never blamed", () => {
  it("w/ is `with`: how long to train 70B on 15T tokens w/ 1024 H100s?", () => {
    const r = result("how long to train 70B on 15T tokens w/ 1024 H100s?");
    expect(r.gpus).toBe(1024);
    expect(r.seconds).toBeCloseTo(trainSeconds(70e9, 15e12, 1024, H100_BF16, 0.4), -3);
  });

  it("how much $$ for 70B 2T on 1024 H100 @ $2.49/hr → cost = GPU-hours × $2.49", () => {
    const r = result("how much $$ for 70B 2T on 1024 H100 @ $2.49/hr 🤔");
    const gpuHours = (6 * 70e9 * 2e12) / (H100_BF16 * 0.4) / 3600;
    expect(r.gpuHours).toBeCloseTo(gpuHours, -2);
    expect(r.costUsd).toBeCloseTo(gpuHours * 2.49, -2);
  });

  it("lol, pls, thx: `15 trillion tokens 70 billion params 8x H100 how long lol`, `… how long?? pls`, `… thx 🙏`", () => {
    const lol = result("15 trillion tokens 70 billion params 8x H100 how long lol");
    expect(lol.params).toBe(70e9);
    expect(lol.tokens).toBe(15e12);
    expect(lol.seconds).toBeCloseTo(trainSeconds(70e9, 15e12, 8, H100_BF16, 0.4), -3);
    expect(result("7b 1t 8xa100 how long?? pls").seconds).toBeCloseTo(
      trainSeconds(7e9, 1e12, 8, A100_BF16, 0.4),
      -3,
    );
    expect(result("7B 1T on 8 A100s thx 🙏").gpus).toBe(8);
  });

  it("`took` is a past run's verb, as `ran` is: mfu if 70b 2t took 20 days on 1024 h100s → 48.0%", () => {
    const r = result("mfu if 70b 2t took 20 days on 1024 h100s");
    expect(r.mfu).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * 20 * 86_400 * H100_BF16), 6);
    expect(r.mfu).toBeCloseTo(0.48, 2);
  });

  it("an unknown word is still blamed (shorthand is not a catch-all): `70B 2T 1024 H100 asap`", () => {
    const reply = ask("70B 2T 1024 H100 asap");
    expect(reply.ok).toBe(false);
    expect(said("70B 2T 1024 H100 asap")).toContain("asap");
  });
});

describe("sweep19: the questions in Traditional Chinese as typed in a channel", () => {
  it("用 1024 張 H100 訓練 70B 模型 2T token 要多久？ 大概多少錢？ → 24.0 days, and no cost without a price, said", () => {
    const reply = ask("用 1024 張 H100 訓練 70B 模型 2T token 要多久？ 大概多少錢？", "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { seconds: number; gpus: number; costUsd?: number };
    expect(r.gpus).toBe(1024);
    expect(r.seconds).toBeCloseTo(trainSeconds(70e9, 2e12, 1024, H100_BF16, 0.4), -3);
    expect(r.seconds / 86_400).toBeCloseTo(24.0, 1);
    expect(r.costUsd).toBeUndefined();
    expect(said("用 1024 張 H100 訓練 70B 模型 2T token 要多久？ 大概多少錢？", "zh-TW")).toContain(
      "price=$2/h",
    );
  });

  it("用 512 張 A100 訓練 13B 模型 1T token 要幾天？一小時 1.5 美元 → cost = 6ND / (312T × 40%) / 3600 × $1.5", () => {
    const reply = ask("用 512 張 A100 訓練 13B 模型 1T token 要幾天？一小時 1.5 美元 大概多少錢？", "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { costUsd: number; seconds: number };
    const gpuHours = (6 * 13e9 * 1e12) / (A100_BF16 * 0.4) / 3600;
    expect(r.costUsd).toBeCloseTo(gpuHours * 1.5, -2);
    expect(r.seconds).toBeCloseTo(trainSeconds(13e9, 1e12, 512, A100_BF16, 0.4), -3);
  });
});

describe("sweep19: a budget before `chinchilla` asks the rule for that budget, not the Chinchilla run", () => {
  it("3.8e25 FLOPs chinchilla → N* = √(3.8e25 / 120) = 563B, D* = 20·N* = 11.3T (Hoffmann et al. 2022)", () => {
    for (const line of [
      "3.8e25 FLOPs chinchilla",
      "3.8e25 FLOP budget chinchilla",
      "1e24 flops on H100 chinchilla",
    ]) {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("chinchilla");
    }
    const r = result("3.8e25 FLOPs chinchilla");
    const n = Math.sqrt(3.8e25 / 120);
    expect(r.params).toBeCloseTo(n, -6);
    expect(r.tokens).toBeCloseTo(20 * n, -7);
    expect(r.params / 1e9).toBeCloseTo(562.7, 0);
  });

  it("sizes keep their reading: `70B 2T chinchilla` is the rule for 70B (1.4T tokens)", () => {
    const r = result("70B 2T chinchilla");
    expect(r.params).toBe(70e9);
    expect(r.tokens).toBe(20 * 70e9);
  });
});

describe("sweep19: a greeting before the mention", () => {
  it("hey @flopsbot how long for 8b on 15t on 256 h100 → 6·8B·15T / (256 × 989.4T × 40%)", () => {
    const r = result("hey @flopsbot how long for 8b on 15t on 256 h100");
    expect(r.gpus).toBe(256);
    expect(r.seconds).toBeCloseTo(trainSeconds(8e9, 15e12, 256, H100_BF16, 0.4), -3);
  });
});

describe("sweep19: a full-width question mark ends its question in zh-TW", () => {
  it("要多久？ 大概多少錢？$2/h → the price read: cost = 6·70B·2T / (989.4T × 40%) / 3600 × $2", () => {
    const line = "用 1024 張 H100 訓練 70B 模型 2T token 要多久？ 大概多少錢？$2/h";
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    const gpuHours = (6 * 70e9 * 2e12) / (H100_BF16 * 0.4) / 3600;
    expect((reply.result as { costUsd: number }).costUsd).toBeCloseTo(gpuHours * 2, -2);
  });

  it("符合 is an asking word: 7B 訓練 140B token 符合 chinchilla 嗎？ → the rule for 7B, D* = 20 × 7B = 140B", () => {
    const reply = ask("7B 訓練 140B token 符合 chinchilla 嗎？", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("chinchilla");
    expect((reply.result as { params: number; tokens: number }).tokens).toBe(20 * 7e9);
  });
});

describe("sweep19: `= ?` and `the biggest chinchilla model` ask, they set nothing", () => {
  it("napkin math: 405B x 15T tokens = ? flops → 6 × 405B × 15T = 3.645e25 FLOP", () => {
    expect(result("napkin math: 405B x 15T tokens = ? flops").flops).toBeCloseTo(6 * 405e9 * 15e12, -20);
    expect(result("70B params 1.4T tokens = how many flops").flops).toBeCloseTo(6 * 70e9 * 1.4e12, -18);
    // `gpu = H100` is still a key and its value.
    expect(ask("gpu = H100 70B 2T").readAs?.items.find((item) => item.option === "gpu")).toMatchObject({
      value: "h100-sxm",
    });
  });

  it("1k H100 x 30d whats the biggest chinchilla model → C = 1000 × 30 d × 989.4T × 40%, N* = √(C/120) = 92.5B", () => {
    const c = 1000 * 30 * 86_400 * H100_BF16 * 0.4;
    for (const line of [
      "1k H100 x 30d whats the biggest chinchilla model",
      "whats the biggest chinchilla model for 1000 H100 in 30 days",
    ]) {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("compute");
      const r = reply.result as { flops: number; optimalParams: number };
      expect(r.flops).toBeCloseTo(c, -18);
      expect(r.optimalParams).toBeCloseTo(Math.sqrt(c / 120), -6);
    }
  });
});

describe("sweep19: a time unit after an arrow asks how long", () => {
  it("70B on 15T toks, 4k H100s, ~40% mfu -> days? → 6·70B·15T / (4000 × 989.4T × 40%) = 46.1 days", () => {
    const r = result("70B on 15T toks, 4k H100s, ~40% mfu -> days?");
    expect(r.gpus).toBe(4000);
    expect(r.seconds).toBeCloseTo(trainSeconds(70e9, 15e12, 4000, H100_BF16, 0.4), -3);
    expect(r.seconds / 86_400).toBeCloseTo(46.1, 1);
  });

  it("a duration with its number after the arrow stays the plan's time: `70B 2T 512 H100 -> 30 days`", () => {
    expect(result("70B 2T 512 H100 -> 30 days").seconds).toBe(30 * 86_400);
  });
});

describe("sweep19: `cost` after a size asks the cost; a size is never the price", () => {
  it("how much would 405B on 15.6T cost on H100 at $2/hr → 6·405B·15.6T / (989.4T × 40%) / 3600 = 26.6M GPU-hours, $53.2M", () => {
    const r = result("how much would 405B on 15.6T cost on H100 at $2/hr");
    const gpuHours = (6 * 405e9 * 15.6e12) / (H100_BF16 * 0.4) / 3600;
    expect(r.tokens).toBe(15.6e12);
    expect(r.gpuHours).toBeCloseTo(gpuHours, -3);
    expect(r.costUsd).toBeCloseTo(gpuHours * 2, -3);
    expect(r.costUsd / 1e6).toBeCloseTo(53.2, 1);
  });

  it("405B 15T cost on H100 (no price) sets no price of 15T: no cost, and the note asks for a price", () => {
    const reply = ask("405B 15T cost on H100");
    expect(reply.ok).toBe(true);
    expect(reply.readAs?.items.some((item) => item.option === "price")).toBe(false);
    expect((reply.result as { costUsd?: number }).costUsd).toBeUndefined();
  });
});
