import { describe, expect, it } from "vitest";
import { thread } from "../support/slackThread.ts";

describe("a correction in a thread is a change, its opening words left out", () => {
  // Each was refused (“I don't know what “no” changes in the thread's /flops compute”), so the person
  // correcting a typo in a meeting had to retype the whole question.
  it.each([
    ["no, I meant 7B", "params=7B", "7B parameters × 1.4T tokens"],
    ["actually 7B", "params=7B", "7B parameters × 1.4T tokens"],
    ["sorry, 7B", "params=7B", "7B parameters × 1.4T tokens"],
    ["wait, 7B", "params=7B", "7B parameters × 1.4T tokens"],
    ["oops 7B not 70B", "params=7B", "7B parameters × 1.4T tokens"],
    ["correction: 7B", "params=7B", "7B parameters × 1.4T tokens"],
    ["no 7B", "params=7B", "7B parameters × 1.4T tokens"],
    ["I meant 2T tokens", "tokens=2T", "70B parameters × 2T tokens"],
    ["nope, 2T tokens", "tokens=2T", "70B parameters × 2T tokens"],
  ])("`%s` after 70B 1.4T on 1024 H100", async (line, change, title) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const fixed = await say(line);
    expect(fixed.turn.reply.ok).toBe(true);
    expect(fixed.text).toContain(title);
    // The reading says what changed and what was kept from the question corrected.
    expect(fixed.text).toContain(`Follow-up (${change})`);
    expect(fixed.text).toContain("1,024 × H100");
  });

  it.each([
    ["不對，我是說 7B", "params=7B"],
    ["其實是 7B", "params=7B"],
    ["不是 70B，是 7B", "params=7B"],
    ["7B 不是 70B", "params=7B"],
  ])("`%s` (Traditional Chinese)", async (line, change) => {
    const say = thread("zh-TW");
    await say("70B 1.4T gpu=H100 gpus=1024");
    const fixed = await say(line);
    expect(fixed.turn.reply.ok).toBe(true);
    expect(fixed.text).toContain(`追問 (${change})`);
    expect(fixed.text).toContain("1,024 張 H100");
  });

  it("a whole question said as a correction keeps the thread's GPUs, as `what about 7B 1T` does", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const fixed = await say("no, I meant 7B 1T");
    expect(fixed.turn.reply.ok).toBe(true);
    expect(fixed.text).toContain("7B parameters × 1T tokens");
    expect(fixed.text).toContain("1,024 × H100");
  });

  // Corrected mid-sentence, as people talk: refused on “no” before.
  it.each([
    ["what about 8B, no wait, 13B", "Follow-up (params=13B)", "13B parameters × 1.4T tokens"],
    ["2048 gpus, sorry, 4096", "Follow-up (gpus=4096)", "4,096 × H100"],
  ])("`%s` answers the value said last", async (line, change, shown) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const fixed = await say(line);
    expect(fixed.turn.reply.ok).toBe(true);
    expect(fixed.text).toContain(change);
    expect(fixed.text).toContain(shown);
  });

  it("`那 8B 呢，不對，13B` answers 13B", async () => {
    const say = thread("zh-TW");
    await say("70B 1.4T gpu=H100 gpus=1024");
    const fixed = await say("那 8B 呢，不對，13B");
    expect(fixed.text).toContain("追問 (params=13B)");
  });

  it("`no` before a word is no correction: `no chart` is not read as `chart`", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const said = await say("no chart");
    expect(said.turn.chart).toBeUndefined();
  });
});

describe("why, asked after an answer, explains that answer", () => {
  // `why?`, `where does the 6 come from`, `show your work` were refused (“I don't know what “why”
  // changes”); `show the math` and `how so?` were answered again without the derivation (the ask
  // silently dropped); `why 6ND` answered GPT-3's example and made it the thread's question, so the next
  // `and on 2048 GPUs?` changed GPT-3 instead of the plan being discussed.
  it.each([
    "why?",
    "why",
    "how so?",
    "how come",
    "how did you get that",
    "show your work",
    "show the math",
    "where does the 6 come from?",
    "why 6ND",
    "why is it 6 and not 2",
    "what's the formula",
    "what is MFU",
  ])("`%s` after 70B 1.4T on 1024 H100", async (line) => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const why = await say(line);
    expect(why.turn.reply.ok).toBe(true);
    expect(why.text).toContain(
      "Follow-up (explain), answered as: compute params=70B tokens=1.4T gpu=H100 gpus=1024 explain",
    );
    expect(why.text).toContain("6 FLOP per parameter per token: 2 in the forward pass, 4 in the backward");
    // The thread's question is still the plan: the next change builds on it.
    const next = await say("and on 2048 GPUs?");
    expect(next.text).toContain("70B parameters × 1.4T tokens");
    expect(next.text).toContain("2,048 × H100");
  });

  it.each(["怎麼算的", "6 是怎麼來的", "公式是什麼", "MFU 是什麼"])(
    "`%s` (Traditional Chinese)",
    async (line) => {
      const say = thread("zh-TW");
      await say("70B 1.4T gpu=H100 gpus=1024");
      const why = await say(line);
      expect(why.turn.reply.ok).toBe(true);
      expect(why.text).toContain("追問 (explain)");
    },
  );

  it("a line that gives a value is a change, not a why (`why not 2048 GPUs`)", async () => {
    const say = thread();
    await say("70B 1.4T gpu=H100 gpus=1024");
    const said = await say("what is it on 2048 GPUs");
    expect(said.text).toContain("2,048 × H100");
    expect(said.text).not.toContain("explain");
  });
});
