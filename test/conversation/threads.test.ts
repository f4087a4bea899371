/**
 * Slack threads as a meeting uses them, driven through the real conversation code (`converse()`
 * with a context store and the real answerer) and rendered as a person reads the reply.
 * Numbers: 6·N·D (Kaplan et al. 2020 §2.1) at 40% MFU on dense bf16 peaks (NVIDIA datasheets):
 * 70B × 15T on 512 H100 (989.4 TFLOP/s) → 360 days.
 */
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureText } from "../core/params/hfFixture.ts";
import { thread } from "../support/slackThread.ts";

describe("a thread keeps its language", () => {
  it("a Chinese question in an English workspace: follow-ups and refusals answer in zh-TW", async () => {
    const say = thread("en");
    const first = await say("用 512 張 H100 訓練 70B 15T token");
    expect(first.text).toContain("訓練時間");
    expect(first.turn.question?.lang).toBe("zh-TW");
    const h200 = await say("換成 H200");
    expect(h200.turn.reply.lang).toBe("zh-TW");
    expect(h200.text).toContain("追問 (gpu=H200)");
    expect(h200.text).not.toContain("Follow-up");
    const refused = await say("gpus=lots");
    expect(refused.turn.reply.ok).toBe(false);
    expect(refused.turn.reply.lang).toBe("zh-TW");
  });
});

const HUB = "https://huggingface.co";
beforeAll(() => {
  nock.disableNetConnect();
  // The Hub serving Qwen3-30B-A3B's committed config.json (test/fixtures/hf), no safetensors index.
  const repo = "Qwen/Qwen3-30B-A3B";
  nock(HUB).persist().get(`/${repo}/resolve/main/config.json`).reply(200, fixtureText("Qwen__Qwen3-30B-A3B"));
  nock(HUB).persist().get(`/${repo}/resolve/main/model.safetensors.index.json`).reply(404, "not found");
});
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe("a whole question with hf: or config= is a question, not a follow-up", () => {
  // Qwen3-30B-A3B (its config.json): 30.5B total, 3.35B active. 6 · 3.35B · 36T = 7.24e23 FLOP;
  // on 256 H100 (989.4 dense bf16 TFLOP/s) at 40% MFU: 82.7 days, on 512: 41.4 days.
  const line = "hf:Qwen/Qwen3-30B-A3B 36T gpu=H100 gpus=256";

  it("opens a thread the bot has not answered yet, and its follow-up keeps the Hub model", async () => {
    const say = thread();
    const first = await say(line);
    expect(first.turn.reply.ok).toBe(true);
    expect(first.text).toMatch(/Time to train\s+82\.7 days/);
    expect(first.turn.question?.options.params).toBe("hf:Qwen/Qwen3-30B-A3B");
    const more = await say("gpus=512");
    expect(more.text).toMatch(/Time to train\s+41\.4 days/);
    expect(more.text).toContain("answered as: compute hf:Qwen/Qwen3-30B-A3B tokens=36T gpu=H100 gpus=512");
  });

  it("after a params turn it starts over instead of being merged into params", async () => {
    const say = thread();
    expect((await say("params transformer layers=96 d=12288 vocab=50257 ctx=2048")).turn.reply.ok).toBe(true);
    const next = await say(line);
    expect(next.turn.reply.command).toBe("compute");
    expect(next.text).toMatch(/Time to train\s+82\.7 days/);
  });

  it("a pasted config= line in a fresh thread is answered as a question (not 'the earlier question is gone')", async () => {
    const say = thread();
    const config = fixtureText("meta-llama__Meta-Llama-3-8B");
    const reply = await say(`params config=${config}`);
    expect(reply.turn.reply.ok).toBe(true);
    // Llama 3 8B: 8,030,261,248 parameters (Hugging Face model card; fixtures README).
    expect(reply.text).toContain("8,030,261,248");
    const bare = await thread()(`config=${config}`);
    expect(bare.text).not.toContain("earlier question is gone");
  });
});

describe("the answered-as line reads back", () => {
  it("a named run is kept by its id and printed bare (`llama-3-70b`): the printed line answers the same when pasted", async () => {
    const say = thread();
    await say("llama 3 70b on 512 H100");
    const more = await say("gpus=1024");
    const line = /answered as: (.*)$/m.exec(more.text)?.[1];
    expect(line).toBe("compute llama-3-70b gpu=H100 gpus=1024");
    const pasted = await thread()(line as string);
    expect(pasted.turn.reply.ok).toBe(true);
    expect(pasted.turn.reply.result).toEqual(more.turn.reply.result);
  });

  it("cards in a thread: `on H200` answers as `cards llama-3-70b gpu=H200 mode=infer`", async () => {
    const say = thread();
    await say("cards llama-3-70b gpu=H100 mode=infer");
    const h200 = await say("on H200");
    expect(h200.text).toContain("answered as: cards llama-3-70b gpu=H200 mode=infer");
  });
});

describe("a meeting's natural follow-ups", () => {
  it("`what about 8B` after a plan changes the size and keeps 15T, 512 × H100, $2/h and 50% MFU", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512 price=$2/h");
    await say("at 50% MFU");
    const eight = await say("what about 8B");
    expect(eight.text).toContain(
      "Follow-up (params=8B), answered as: compute params=8B tokens=15T gpu=H100 gpus=512 price=$2/h mfu=50%",
    );
    // 6 × 8B × 15T = 7.2e23 FLOP / (512 × 989.4e12 × 0.5) = 2.84e6 s = 32.9 days.
    expect(eight.text).toMatch(/Time to train\s+32\.9 days/);
  });

  it("`and palm` after `compare gpt-3 chinchilla` adds PaLM; a fifth run gets compare's own limit", async () => {
    const say = thread();
    await say("compare gpt-3 chinchilla");
    const three = await say("and palm");
    expect(three.turn.reply.ok).toBe(true);
    expect(three.text).toContain("GPT-3 175B vs Chinchilla 70B vs PaLM 540B");
    const four = await say("add llama 3 405b");
    expect(four.text).toContain("GPT-3 175B vs Chinchilla 70B vs PaLM 540B vs Llama 3 405B");
    const five = await say("and gopher");
    expect(five.text).toContain("you gave 5");
  });
});

describe("follow-up filler is skipped", () => {
  it("Chinese: 那/如果/的話/同樣的/但/試試/呢 carry no value; each line changes one option", async () => {
    const say = thread("zh-TW");
    await say("用 512 張 H100 訓練 70B 15T token");
    const changes: [string, string][] = [
      ["那 2T token 呢", "追問 (tokens=2T)"],
      ["同樣的但用 fp8", "追問 (precision=fp8)"],
      ["如果用 1024 張呢", "追問 (gpus=1024)"],
      ["用 B200 的話", "追問 (gpu=B200)"],
      ["MFU 50% 的話", "追問 (mfu=50%)"],
      ["換 H200 試試", "追問 (gpu=H200)"],
      ["那 8B 呢", "追問 (params=8B)"],
    ];
    for (const [line, change] of changes) {
      const turn = await say(line);
      expect(turn.turn.reply.ok, line).toBe(true);
      expect(turn.text, line).toContain(change);
    }
  });

  it("English: `same but fp8`, `what if MFU is 50%`, `set gpus to 1024`, `now for a month`", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    expect((await say("same but fp8")).text).toContain("Follow-up (precision=fp8)");
    expect((await say("what if MFU is 50%")).text).toContain("Follow-up (mfu=50%)");
    expect((await say("set gpus to 1024")).text).toContain("Follow-up (gpus=1024)");
    const month = await say("now for a month");
    expect(month.turn.reply.ok).toBe(true);
    expect(month.text).toContain("Follow-up (days=1 month)");
  });

  it("a whole mfu question still starts over (`mfu 70B 15T gpu=H100 gpu-hours=2M`)", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const mfu = await say("mfu 70B 15T gpu=H100 gpu-hours=2M");
    expect(mfu.turn.reply.command).toBe("mfu");
    expect(mfu.text).not.toContain("Follow-up");
  });

  it("a refused follow-up shows a change as its example, not a new question", async () => {
    const say = thread();
    await say("70B 15T gpu=H100 gpus=512");
    const refused = await say("blah fp8");
    expect(refused.turn.reply.ok).toBe(false);
    expect(refused.text).toContain("I don't know what “blah” changes in the thread's /flops compute.");
    expect(refused.text).toContain("In this thread, write only what changes, e.g. gpu=A100");
    expect(refused.text).not.toContain("175B 300B");
    // A100 has no dense fp8 peak (NVIDIA A100 datasheet): the example moves to another GPU.
    await say("gpu=A100");
    const fp8 = await say("precision=fp8");
    expect(fp8.turn.reply.ok).toBe(false);
    expect(fp8.text).toContain("In this thread, write only what changes, e.g. gpu=H100");
    const zh = thread("zh-TW");
    await zh("用 512 張 H100 訓練 70B 15T token");
    const zhRefused = await zh("gpus=lots");
    expect(zhRefused.text).toContain("在這串討論裡只要寫要改的部分，例如 gpu=A100");
  });
});
