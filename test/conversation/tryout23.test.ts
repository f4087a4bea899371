import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";

/** Days of a 6ND run on `gpus` GPUs of `peak` FLOP/s at `mfu`. */
const days = (flop: number, gpus: number, peak: number, mfu = 0.4) => flop / (gpus * peak * mfu) / 86_400;
const H100 = 989.4e12;

describe("a bare count after a plan is the GPU count, never a model size", () => {
  // 6.3e24 / (2048 × 989.4e12 × 0.4) = 7.77e6 s = 90.0 days (it was read as a 2,048-parameter model: 455 ms).
  it.each(["and with 2048?", "and 2048?", "what about 2048", "2048?"])(
    "`%s` after 70B 15T on 1024 H100",
    async (line) => {
      const say = thread();
      await say("70B 15T gpu=H100 gpus=1024");
      const more = await say(line);
      expect(more.turn.reply.ok).toBe(true);
      expect(days(6.3e24, 2048, H100)).toBeCloseTo(90.0, 1);
      expect(more.text).toMatch(/Time to train\s+90\.0 days/);
      expect(more.text).toContain("Follow-up (gpus=2048)");
      expect(more.turn.question?.options).toMatchObject({ params: "70B", gpus: "2048" });
    },
  );

  it("a small bare number is no GPU count (`and 35?` after `mfu 50%` is refused, not 35 GPUs)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    await say("mfu 50%");
    const small = await say("and 35?");
    expect(small.turn.reply.ok).toBe(false);
    expect(small.turn.reply.ephemeral).toBe(true);
  });

  it("side by side (gpu=H100,A100): `what about 1024` is 1,024 of each", async () => {
    const say = thread();
    await say("70B 15T gpu=H100,A100 gpus=512");
    const more = await say("what about 1024");
    // 6.3e24 / (1024 × 989.4e12 × 0.4) = 1.55e7 s = 180 days.
    expect(days(6.3e24, 1024, H100)).toBeCloseTo(180, 0);
    expect(more.text).toMatch(/H100 SXM5 80GB · time to train\s+180 days/);
    expect(more.turn.question?.options.params).toBe("70B");
  });

  it("a serving thread has no GPU count to change: a bare number is named as not used, the question answered again", async () => {
    const say = thread();
    await say("serve llama-3-70b gpu=H100 rate=20 prompt=1k generate=256");
    const again = await say("and 2048?");
    expect(again.turn.reply.ok).toBe(true);
    expect(again.text).toContain("Not used: and 2048?");
    expect(again.turn.question?.options.params).toBe("llama-3-70b");
  });
});

describe("`how many GPUs` with a deadline asks for the count: the thread's old count is not kept", () => {
  // GPUs = ⌈6ND / (t · peak · MFU)⌉: 30 days → ⌈6.3e24 / (2.592e6 s × 989.4e12 × 0.4)⌉ = 6,142 (it
  // kept the 512 and answered an impossible implied MFU of 480%).
  const needed = (seconds: number) => Math.ceil(6.3e24 / (seconds * H100 * 0.4));
  it.each([
    "how many GPUs to finish in 30 days",
    "in 30 days how many GPUs?",
    "how many cards if we have 30 days",
  ])("`%s` after 70B 15T on 512 H100", async (line) => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const more = await say(line);
    expect(needed(30 * 86_400)).toBe(6142);
    expect(more.text).toMatch(/GPUs to finish in time\s+6,142/);
    expect(more.text).not.toContain("480%");
    expect(more.turn.question?.options.gpus).toBeUndefined();
  });

  it("三個月內要幾張卡 in a Chinese thread: three months (91.3 days) on H100", async () => {
    const say = thread();
    await say("用 512 張 H100 訓練 70B 15T token");
    const more = await say("三個月內要幾張卡");
    // A month is 1/12 of a Julian year: 3 months = 91.3125 days → ⌈6.3e24 / (7.889e6 s × 989.4e12 × 0.4)⌉ = 2,018.
    expect(needed(91.3125 * 86_400)).toBe(2018);
    expect(more.turn.reply.lang).toBe("zh-TW");
    expect(more.text).toMatch(/如期完成所需 GPU 數\s+2,018/);
  });

  it("a count typed with the deadline is kept (`1024 GPUs for 30 days`: the MFU that implies)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const more = await say("what about 1024 GPUs for 30 days");
    expect(more.turn.question?.options).toMatchObject({ gpus: "1024" });
  });
});

describe("changes said the way people say them in a meeting", () => {
  it("`gpus 2048` changes the count (it was answered as the GPU catalog: “I don't know the GPU 2048”)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const more = await say("gpus 2048");
    expect(more.turn.reply.command).toBe("compute");
    expect(more.text).toContain("Follow-up (gpus=2048)");
    expect(more.text).toMatch(/Time to train\s+90\.0 days/);
  });

  it("`try H200`, `just use H200`: the card changes (H200 SXM 989.4 dense bf16 TFLOP/s, as H100: 360 days)", async () => {
    for (const line of ["try H200", "just use H200", "maybe H200?"]) {
      const say = thread();
      await say("70B 15T gpu=H100 gpus=512");
      const more = await say(line);
      expect(more.turn.reply.ok, line).toBe(true);
      expect(more.text, line).toContain("Follow-up (gpu=H200)");
      expect(days(6.3e24, 512, 989.4e12)).toBeCloseTo(360, 0);
      expect(more.text, line).toMatch(/Time to train\s+360 days/);
    }
  });

  it("`if we only have 30 days` sets the days (512 × 30 days implies 480% MFU: impossible, said)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const more = await say("if we only have 30 days");
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain("Follow-up (days=30 days)");
    // 6.3e24 / (512 × 2.592e6 s × 989.4e12) = 4.80.
    expect(6.3e24 / (512 * 2.592e6 * H100)).toBeCloseTo(4.8, 2);
    expect(more.text).toMatch(/Implied MFU, 6N per token\s+480%/);
  });

  it("如果 MFU 只有 30% 呢: MFU 30% → 6.3e24 / (512 × 989.4e12 × 0.3) = 480 days (1.3 years)", async () => {
    const say = thread();
    await say("用 512 張 H100 訓練 70B 15T token");
    const more = await say("如果 MFU 只有 30% 呢");
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain("追問 (mfu=30%)");
    // 480 days is 1.3 Julian years, as a time that long is shown.
    expect(days(6.3e24, 512, H100, 0.3) / 365.25).toBeCloseTo(1.31, 2);
    expect(more.text).toMatch(/訓練時間\s+1\.3 年/);
  });
});

describe("the thread's language asked in words", () => {
  it.each([
    ["in chinese", "zh-TW"],
    ["用中文", "zh-TW"],
    ["中文", "zh-TW"],
    ["in Traditional Chinese please", "zh-TW"],
  ])("`%s` answers the thread's question in %s", async (line, lang) => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const more = await say(line);
    expect(more.turn.reply.ok).toBe(true);
    expect(more.turn.reply.lang).toBe(lang);
    expect(more.text).toMatch(/訓練時間\s+360 天/);
    // The thread keeps it: the next change answers in Chinese too.
    const next = await say("gpus=2048");
    expect(next.turn.reply.lang).toBe(lang);
  });

  it.each(["in english", "用英文", "英文", "English please"])(
    "`%s` in a Chinese thread answers in English",
    async (line) => {
      const say = thread();
      await say("用 512 張 H100 訓練 70B 15T token");
      const more = await say(line);
      expect(more.turn.reply.ok).toBe(true);
      expect(more.turn.reply.lang).toBe("en");
      expect(more.text).toMatch(/Time to train\s+360 days/);
    },
  );

  it("with a change: `gpus=2048 in chinese`", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const more = await say("gpus=2048 in chinese");
    expect(more.turn.reply.lang).toBe("zh-TW");
    expect(more.text).toMatch(/訓練時間\s+90\.0 天/);
  });
});

describe("a whole question said as a follow-up", () => {
  // 6 × 7B × 1T = 4.2e22 FLOP / (512 × 989.4e12 × 0.4) = 2.07e5 s = 2.4 days (it started over with no
  // GPU at all, and said nothing of the 512 H100 it dropped).
  it.each(["what about 7B on 1T", "and 7B 1T?", "how about 7B with 1T tokens", "那 7B 1T 呢"])(
    "`%s` keeps the thread's 512 × H100",
    async (line) => {
      const say = thread();
      await say("70B 15T gpu=H100 gpus=512");
      const more = await say(line);
      expect(days(4.2e22, 512, H100)).toBeCloseTo(2.4, 2);
      expect(more.text).toMatch(/Time to train\s+2\.4 days/);
      expect(more.turn.question?.options).toMatchObject({
        params: "7B",
        tokens: "1T",
        gpu: "H100",
        gpus: "512",
      });
    },
  );

  it("a published run's name starts over with its own figures, and says the thread's question is not carried over", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const run = await say("and llama 3 405b?");
    expect(run.turn.reply.ok).toBe(true);
    // Llama 3 405B: 15.6T tokens on 16,384 H100 (Llama 3 paper).
    expect(run.text).toContain("16,384 × H100");
    expect(run.text).toContain("not carried over");
    expect(run.text).toContain("compute params=70B tokens=15T gpu=H100 gpus=512");
  });

  it("the same in a Chinese thread, in Chinese", async () => {
    const say = thread();
    await say("用 512 張 H100 訓練 70B 15T token");
    const run = await say("那 llama 3 405b 呢");
    expect(run.turn.reply.lang).toBe("zh-TW");
    expect(run.text).toContain("compute params=70B tokens=15T gpu=H100 gpus=512");
    expect(run.text).toContain("不沿用這串討論上一題");
  });

  it("another command named outright needs no such note (`chinchilla 70B`)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const other = await say("chinchilla 70B");
    expect(other.turn.reply.command).toBe("chinchilla");
    expect(other.text).not.toContain("not carried over");
  });
});

describe("trillions alone after a model under a trillion are the tokens", () => {
  // 6 × 70B × 20T = 8.4e24 FLOP / (2048 × 989.4e12 × 0.4) = 1.04e7 s = 120 days (it was read as a
  // 20T-parameter model: 70.4 years).
  it.each(["and 20T?", "what about 20T", "那 20T 呢"])("`%s` after 70B 15T on 2048 H100", async (line) => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=2048");
    const more = await say(line);
    expect(days(8.4e24, 2048, H100)).toBeCloseTo(120, 0);
    expect(more.text).toMatch(/Time to train\s+120 days/);
    expect(more.turn.question?.options).toMatchObject({ params: "70B", tokens: "20T" });
  });

  it("a size named as parameters stays the size (`what about 1T params`), as a size in B does (`what about 405B`)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=2048");
    expect((await say("what about 1T params")).turn.question?.options).toMatchObject({
      params: "1T",
      tokens: "15T",
    });
    expect((await say("what about 405B")).turn.question?.options).toMatchObject({
      params: "405B",
      tokens: "15T",
    });
  });
});

describe("a change the command answers alone replaces its alternative", () => {
  it("`chinchilla 70B`, then `and 1e24 flops?`: the budget's split, N* = √(1e24 / 120) = 91.3B (the 70B answer came back)", async () => {
    const say = thread();
    await say("chinchilla 70B");
    const budget = await say("and 1e24 flops?");
    expect(Math.sqrt(1e24 / 120) / 1e9).toBeCloseTo(91.3, 1);
    expect(budget.text).toContain("91.3B");
    expect(budget.turn.question?.options.params).toBeUndefined();
    // And back: a size replaces the budget (20 × 7B = 140B tokens).
    const size = await say("what about 7B");
    expect(size.turn.question?.options).toEqual({ params: "7B" });
    expect(size.text).toContain("140B tokens");
  });

  it("`double the gpus` after cards on 8 H100 doubles the GPUs given (it was named as not used)", async () => {
    const say = thread();
    await say("cards 70B gpu=H100 mode=train");
    await say("what about 8 GPUs");
    const more = await say("double the gpus");
    expect(more.text).toContain("Follow-up (available=8*2)");
    // 70B × 16 B = 1,120 GB of training state over 72 GB usable per H100: 16 cards, which 16 given hold.
    expect(Math.ceil((70e9 * 16) / 72e9)).toBe(16);
    expect(more.text).toContain("16 × H100");
  });
});

describe("after compare, a run asked the way people ask joins the comparison", () => {
  it("`what about gopher`, `how about palm?` (refused: “I don't know the run what”)", async () => {
    const say = thread();
    await say("compare gpt-3 chinchilla");
    const three = await say("what about gopher");
    expect(three.turn.reply.ok).toBe(true);
    expect(three.text).toContain("GPT-3 175B vs Chinchilla 70B vs Gopher 280B");
    const four = await say("how about palm?");
    expect(four.text).toContain("GPT-3 175B vs Chinchilla 70B vs Gopher 280B vs PaLM 540B");
  });
});
