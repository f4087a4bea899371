import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";

/** Days of a 6ND run on `gpus` GPUs of `peak` FLOP/s at `mfu`. */
const days = (flop: number, gpus: number, peak: number, mfu = 0.4) => flop / (gpus * peak * mfu) / 86_400;
const H100 = 989.4e12;
// 6 × 70B × 1.4T
const C = 6 * 70e9 * 1.4e12;

describe("a relative change opened with chat words scales the thread's value", () => {
  // `ok what about 2x the gpus` was read as params=2x (refused: “x” in a number); `what if we use 4x
  // more gpus` and `and if we had twice as many gpus` were refused on “more”, “had”.
  it.each([
    ["ok, double the gpus", "gpus=1024*2", 2048, "8.4"],
    ["ok what about 2x the gpus", "gpus=1024*2", 2048, "8.4"],
    ["and if we had twice as many gpus", "gpus=1024*2", 2048, "8.4"],
    ["what if we use 4x more gpus", "gpus=1024*4", 4096, "4.2"],
    ["hmm half the gpus", "gpus=1024*0.5", 512, "33.6"],
    ["那如果 GPU 減半呢", "gpus=1024*0.5", 512, "33.6"],
  ])("`%s` after 70B 1.4T on 1024 H100", async (line, change, gpus, time) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const more = await say(line);
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain(`Follow-up (${change})`);
    expect(more.text).toContain(`${gpus.toLocaleString("en")} × H100`);
    expect(days(C, gpus, H100).toFixed(1)).toBe(time);
    expect(more.text).toMatch(new RegExp(`Time to train\\s+${time} days`));
  });

  it.each([
    ["so what about half the tokens?", "tokens=1.4T*0.5", "700B tokens"],
    ["let's try 3x the tokens", "tokens=1.4T*3", "4.2T tokens"],
    ["make it 3x the tokens", "tokens=1.4T*3", "4.2T tokens"],
    ["要是 token 加倍呢", "tokens=1.4T*2", "2.8T tokens"],
  ])("`%s` scales the tokens, never read as a model size", async (line, change, tokens) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const more = await say(line);
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain(`Follow-up (${change})`);
    expect(more.text).toContain(`70B parameters × ${tokens}`);
  });
});

describe("a relative change closed with chat words, or by a quarter", () => {
  // `twice the tokens pls` was refused on “twice”, `quarter the gpus` and `and a quarter of the gpus` on “quarter”.
  it.each([
    ["twice the tokens pls", "tokens=1.4T*2"],
    ["half of the tokens then?", "tokens=1.4T*0.5"],
    ["quarter the gpus", "gpus=1024*0.25"],
    ["and a quarter of the gpus", "gpus=1024*0.25"],
  ])("`%s`", async (line, change) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const more = await say(line);
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain(`Follow-up (${change})`);
  });

  it("a quarter of 1024 H100 is 256: 5.88e23 / (256 × 989.4e12 × 0.4) = 67.2 days", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const more = await say("quarter the gpus");
    expect(days(C, 256, H100).toFixed(1)).toBe("67.2");
    expect(more.text).toMatch(/Time to train\s+67\.2 days/);
    expect(more.text).toContain("256 × H100");
  });
});

describe("thinking aloud in a thread is no change of its own", () => {
  // `what if we only had 256 of them` was refused on “only” (left out as a softener; `had` was the word
  // not known), `hmm and 512?` on “hmm”.
  it.each([
    ["what if we only had 256 of them", 256, "67.2"],
    ["hmm and 512?", 512, "33.6"],
    ["um, and 2048?", 2048, "8.4"],
  ])("`%s` changes the GPU count", async (line, gpus, time) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const more = await say(line);
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain(`Follow-up (gpus=${gpus})`);
    expect(days(C, gpus, H100).toFixed(1)).toBe(time);
    expect(more.text).toMatch(new RegExp(`Time to train\\s+${time} days`));
  });

  it("a refused follow-up names the word not understood, never a softener left out (`only`)", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    // `rent` is the plan's verb since the planning sweep (`what if we only rent 256` is 256 GPUs):
    // a word still not understood stands in for it here.
    const refused = await say("what if we only borrow 256");
    expect(refused.turn.reply.ok).toBe(false);
    expect(refused.text).toContain("I don't know what “borrow” changes in the thread's /flops compute.");
    expect(refused.text).not.toContain("“only”");
    // The corrected example is a change, in the thread's language.
    expect(refused.text).toContain("write only what changes, e.g. gpu=A100");
    // Renting is said of the GPUs: 256 H100 for the thread's 70B on 1.4T, 5.88e23 / (256 × 989.4e12 × 0.4)
    // = 67.2 days.
    const rented = await say("what if we only rent 256");
    expect(rented.turn.reply.ok).toBe(true);
    expect(rented.turn.reply.result?.gpus).toBe(256);
    expect(rented.turn.reply.result?.seconds as number).toBeCloseTo(5.88e23 / (256 * 989.4e12 * 0.4), -2);
  });
});

describe("a change in a thread whose question is not kept is never a question of its own", () => {
  // After a private question (or a forgotten one) `and with 2048?` was answered as a 2,048-parameter
  // model with 41K Chinchilla tokens, and `what about 8B` as 8B on an assumed 160B tokens.
  it.each(["and with 2048?", "2048", "what about 8B", "那 8B 呢"])(
    "`%s` after a private question says the thread keeps none of it",
    async (line) => {
      const say = thread();
      await say("70B 1.4T gpu=H100 gpus=1024 private");
      const next = await say(line);
      expect(next.turn.reply.ok).toBe(false);
      expect(next.turn.reply.error?.key).toBe("conversation.privateThread");
      // In the language the follow-up is written in.
      expect(next.turn.reply.lang).toBe(/[呢]/.test(line) ? "zh-TW" : "en");
      expect(next.text).not.toContain("2.05K parameters");
      expect(next.text).not.toContain("160B tokens (assumed)");
    },
  );

  it("`and with 2048?` in a thread whose question was forgotten asks for the whole question", async () => {
    const say = thread();
    const lost = await say("and with 2048?");
    expect(lost.turn.reply.ok).toBe(false);
    expect(lost.turn.reply.error?.key).toBe("conversation.lost");
  });

  it("a whole question still starts a thread (`8B`, `2048 H100 70B 1.4T`)", async () => {
    const say = thread();
    expect((await say("8B")).turn.reply.ok).toBe(true);
    const whole = await thread()("2048 H100 70B 1.4T");
    expect(whole.text).toContain("2,048 × H100");
  });
});

describe("the MFU asked of the thread's run, and a plan at an MFU after it", () => {
  // 6 × 70B × 1.4T = 5.88e23 FLOP over 1024 H100 × 20 days × 86,400 s × 989.4e12: 33.6% MFU. It was
  // refused: “I don't know what “MFU” changes in the thread's /flops compute”.
  const mfu20 = C / (1024 * 20 * 86_400 * H100);

  it.each([
    ["what's the MFU if it took 20 days", "mfu days=20 days"],
    ["那 MFU 是多少 如果 20 天", "mfu days=20 days"],
  ])("`%s` after 70B 1.4T on 1024 H100 is the mfu of that run", async (line, change) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024 price=$2/h");
    const asked = await say(line);
    expect(asked.turn.reply.ok).toBe(true);
    expect(mfu20).toBeCloseTo(0.336, 3);
    expect(asked.text).toMatch(/MFU\s+33\.6%/);
    expect(asked.text).toContain(
      `Follow-up (${change}), answered as: mfu params=70B tokens=1.4T gpu=H100 gpus=1024 days=20days`,
    );
    expect(asked.turn.question).toMatchObject({ command: "mfu" });
  });

  it("`and the mfu at 500k gpu-hours`: 5.88e23 / (500K × 3600 × 989.4e12) = 33.0%", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const asked = await say("and the mfu at 500k gpu-hours");
    expect(C / (500e3 * 3600 * H100)).toBeCloseTo(0.33, 3);
    expect(asked.text).toMatch(/MFU\s+33%/);
    expect(asked.text).toContain("Follow-up (mfu gpu-hours=500k)");
  });

  it("`MFU 50%` after the MFU answer plans the thread's run at 50% (it was the verdict alone, the model lost)", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    await say("what's the MFU if it took 20 days");
    const planned = await say("MFU 50%");
    expect(planned.turn.reply.ok).toBe(true);
    expect(planned.text).toContain(
      "Follow-up (compute mfu=50%), answered as: compute params=70B tokens=1.4T gpu=H100 gpus=1024 mfu=50%",
    );
    // 5.88e23 / (1024 × 989.4e12 × 0.5) = 13.4 days.
    expect(days(C, 1024, H100, 0.5).toFixed(1)).toBe("13.4");
    expect(planned.text).toMatch(/Time to train\s+13\.4 days/);
  });

  it("`MFU 50%` after an mfu question asked whole is the plan too", async () => {
    const say = thread();
    await say("mfu 70B 1.4T gpu=H100 gpus=1024 days=20");
    const planned = await say("what if MFU is 50%");
    expect(planned.text).toContain("Follow-up (compute mfu=50%)");
    expect(planned.text).toMatch(/Time to train\s+13\.4 days/);
  });
});

describe("a size alone after a run's name keeps the tokens the name gave", () => {
  // `what about 8B` after llama 3 70b was 8B on Chinchilla's 160B tokens (assumed): the thread's 15T lost.
  it("`what about 8B` after llama 3 70b on 1024 H100 at 50% MFU: 8B on 15T", async () => {
    const say = thread();
    await say("llama 3 70b on 1024 H100");
    await say("and mfu 50%?");
    const smaller = await say("what about 8B");
    expect(smaller.text).toContain(
      "Follow-up (params=8B), answered as: compute params=8B tokens=15T gpu=H100 gpus=1024 mfu=50%",
    );
    expect(smaller.text).toContain("8B parameters × 15T tokens");
    expect(smaller.text).not.toContain("160B tokens (assumed)");
    // 6 × 8B × 15T / (1024 × 989.4e12 × 0.5) = 16.45 days, shown as 16.5.
    expect(days(6 * 8e9 * 15e12, 1024, H100, 0.5).toFixed(1)).toBe("16.5");
    expect(smaller.text).toMatch(/Time to train\s+16\.5 days/);
  });

  it("那 8B 呢 after gpt-3: 8B on GPT-3's 300B tokens, on its V100 (said as kept)", async () => {
    const say = thread("zh-TW");
    await say("gpt-3");
    const smaller = await say("那 8B 呢");
    expect(smaller.turn.question?.options).toMatchObject({ params: "8B", tokens: "300B" });
    expect(smaller.turn.reply.lang).toBe("zh-TW");
    expect(smaller.text).toContain("追問 (params=8B)");
  });
});

describe("memory and Chinchilla asked of the thread's model", () => {
  // `how much memory` after a training plan was the serving memory, said as “Answered again”; `chinchilla`
  // was refused (“Give a model size”), 記憶體要多少 refused on 記憶體.
  it.each(["how much memory", "記憶體要多少"])(
    "`%s` after a training plan is its training memory",
    async (line) => {
      const say = thread();
      await say("70B 1.4T gpu=H100 gpus=1024");
      const memory = await say(line);
      expect(memory.turn.reply.ok).toBe(true);
      expect(memory.text).toContain(
        "Follow-up (mode=train), answered as: cards params=70B gpu=H100 mode=train",
      );
      expect(memory.text).not.toContain("Answered again");
      // 16 B a parameter (mixed-precision Adam) × 70B = 1,120 GB over 72 GB usable a card: 16 cards.
      expect(Math.ceil((16 * 70e9) / 72e9)).toBe(16);
      expect(memory.text).toMatch(/Cards needed\s+16 NVIDIA H100/);
    },
  );

  it("`how much memory` after a serving question is the served model's", async () => {
    const say = thread();
    await say("serve 70B gpu=H100 at 20 req/s");
    const memory = await say("how much memory");
    expect(memory.text).toContain(
      "Follow-up (mode=infer), answered as: cards params=70B gpu=H100 mode=infer",
    );
  });

  it.each(["chinchilla", "is it chinchilla optimal"])(
    "`%s` after a plan answers Chinchilla for the thread's 70B: 20 × 70B = 1.4T tokens",
    async (line) => {
      const say = thread();
      await say("70B 1.4T gpu=H100 gpus=1024");
      const optimal = await say(line);
      expect(optimal.turn.reply.ok).toBe(true);
      expect(optimal.text).toContain("Follow-up (chinchilla), answered as: chinchilla params=70B");
      expect(optimal.text).toContain("1.4T tokens");
    },
  );
});

describe("after compare", () => {
  // `vs llama 3 405b` started over as a comparison of one run (refused: “you gave 1”), with the example of
  // a whole question; `what about 70B 1.4T` was refused as the run “what”.
  it.each(["vs llama 3 405b", "versus llama 3 405b"])("`%s` joins the comparison", async (line) => {
    const say = thread();
    await say("compare gpt-3 chinchilla");
    const more = await say(line);
    expect(more.turn.reply.ok).toBe(true);
    expect(more.text).toContain("GPT-3 175B vs Chinchilla 70B vs Llama 3 405B");
    expect(more.text).toContain("Follow-up (names=gpt-3-175b,chinchilla-70b,llama-3-405b)");
  });

  it("`compare gopher palm` still starts over", async () => {
    const say = thread();
    await say("compare gpt-3 chinchilla");
    const other = await say("compare gopher palm");
    expect(other.text).toContain("Gopher 280B vs PaLM 540B");
    expect(other.text).not.toContain("GPT-3");
  });

  it.each(["what about 70B 1.4T", "那 70B 1.4T 呢"])(
    "`%s` is a plan of its own (a comparison takes no size)",
    async (line) => {
      const say = thread();
      await say("compare gpt-3 chinchilla");
      const plan = await say(line);
      expect(plan.turn.reply.ok).toBe(true);
      expect(plan.turn.question).toMatchObject({
        command: "compute",
        options: { params: "70B", tokens: "1.4T" },
      });
      expect(plan.text).toContain("6 · N · D = 6 × 70B × 1.4T");
    },
  );
});
