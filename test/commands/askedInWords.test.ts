import { describe, expect, it } from "vitest";
import { TRAINING_LINEUP } from "../../src/core/gpus.ts";
import { ask, result, said } from "./helpers.ts";

/** Questions as people type them, each checked against the figure it should give (never read back from the bot). */

/** `count` after what it counts: it names what the number beside it is, never a word refused. */
describe("`token count`, `gpu count`, `parameter count`", () => {
  it("optimal token count for 70B: Chinchilla's 20 tokens a parameter (Hoffmann et al. 2022), 1.4T", () => {
    const reply = ask("optimal token count for 70B");
    expect(reply.command).toBe("chinchilla");
    expect(result("optimal token count for 70B").tokens).toBe(20 * 70e9);
  });

  it("70B with a token count of 2T: 6 × 70B × 2T = 8.4e23 FLOP", () => {
    expect(result("70B with a token count of 2T").flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
  });

  it("70B 2T gpu count 512 H100: 512 H100 read, none assumed", () => {
    expect(said("70B 2T gpu count 512 H100")).toContain("512 × H100 SXM5 80GB");
    expect(said("70B 2T gpu count 512 H100")).not.toContain("1,024");
  });

  it("what's the parameter count of llama 3 70b: Llama 3 70B's published shape (80 layers, d 8,192, vocab 128,256)", () => {
    const reply = ask("what's the parameter count of llama 3 70b");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("params");
    // Llama 3 70B: 70,553,706,496 parameters, counted from its config.json (80 layers, hidden 8192, ffn 28672, 64 heads, 8 KV heads, vocab 128256, untied head).
    expect(reply.result?.total).toBe(70_553_706_496);
  });
});

describe("`X faster than Y` with a plan: the plan on both GPUs, side by side", () => {
  it("is the mi300x cheaper than the h100 for 70B 2T: both GPUs read, 6ND = 8.4e23 on each, never `than` refused", () => {
    const line = "is the mi300x cheaper than the h100 for 70B 2T";
    expect(ask(line).ok).toBe(true);
    expect(said(line)).toContain("Instinct MI300X 192GB, H100 SXM5 80GB");
    expect(result(line).flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
  });

  it("is H200 faster than H100 for training 70B 1.4T on 512 gpus: 512 of each", () => {
    expect(said("is H200 faster than H100 for training 70B 1.4T on 512 gpus")).toContain(
      "512 × H200 SXM 141GB, H100 SXM5 80GB",
    );
  });

  it("is H200 faster than H100 (no plan): the two GPUs' catalog lines, as before", () => {
    const reply = ask("is H200 faster than H100");
    expect(reply.command).toBe("gpus");
    expect(said("is H200 faster than H100")).toContain("989.4");
  });
});

describe("`what hardware was palm trained on`: a run's hardware asked, not the GPU catalog searched for the sentence", () => {
  it("PaLM 540B on 6,144 TPU v4 (Chowdhery et al. 2022, §4)", () => {
    const reply = ask("what hardware was palm trained on");
    expect(reply.ok).toBe(true);
    expect(said("what hardware was palm trained on")).toContain("6,144 × Cloud TPU v4");
  });

  it("`hardware` alone or before a GPU still lists the catalog", () => {
    expect(ask("hardware").command).toBe("gpus");
    expect(ask("hardware h100").command).toBe("gpus");
  });
});

describe("`cheapest`, `fastest`, `most efficient` GPU for a plan: the training lineup side by side, as `best` is, the word said", () => {
  it.each([
    ["which gpu is cheapest for 70B 2T", "cheapest"],
    ["most efficient gpu for 70B 2T", "most efficient"],
    ["fastest gpu for 70B 2T", "fastest"],
  ])("%s: every training GPU of the lineup, 6ND = 8.4e23 on each; the note quotes “%s”", (line, asked) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const byGpu = (reply.result as { byGpu: unknown[] }).byGpu;
    expect(byGpu).toHaveLength(TRAINING_LINEUP.length);
    expect(reply.notes[0]).toMatchObject({ key: "read.bestGpu", params: { asked } });
    expect(said(line)).toContain("add price=");
  });

  it("哪張卡最便宜 訓練 70B 2T: the same, in Chinese", () => {
    expect(said("哪張卡最便宜 訓練 70B 2T", "zh-TW")).toContain("將「最便宜」解讀為");
  });
});

describe("the published-runs issue's questions, and a card named by its memory", () => {
  it("is DeepSeek's GPU-hour claim plausible?: DeepSeek-V3's 2.664M H800 GPU-hours, implied MFU 6 × 37B × 14.8T / (2.664M × 3600 × 989.4T) = 34.6%", () => {
    const line = "is DeepSeek's GPU-hour claim plausible?";
    expect(ask(line).ok).toBe(true);
    expect(said(line)).toContain("2.66M GPU-hours");
    expect(said(line)).toContain(`${((100 * 6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12)).toFixed(1)}%`);
  });

  it("7B on one 24 GB card, a single 80GB gpu for 13B: one card of that memory, as `a 24 GB card` is", () => {
    for (const line of ["7B on one 24 GB card", "7B on a single 24GB card", "a single 80GB gpu for 13B"]) {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("cards");
      expect(said(line)).toContain("1 × ");
    }
  });
});

describe("the planning issue's `we measure 3,500 tokens/s per GPU`: a grouped rate read whole", () => {
  it("with a model and GPU: 3,500 tokens/s per GPU, MFU 3,500 × 6 × 70B / 989.4 TFLOP/s = 148.6%, refused as impossible", () => {
    const line = "we measure 3,500 tokens/s per GPU on 70B with H100";
    const reply = ask(line);
    expect(said(line)).toContain("3,500");
    expect(Number(reply.result?.mfu)).toBeCloseTo((3500 * 6 * 70e9) / 989.4e12, 6);
    expect(said(line)).toContain("is impossible");
  });

  it("on 512 H100 for 2T tokens: the cluster's rate is 3,500 × 512 = 1,792,000 tokens/s", () => {
    expect(said("70B 2T on 512 H100 at 3,500 tokens/s per gpu")).toContain("1,792,000");
  });
});

describe("a flag's name after a size (`100B moe`) labels no number: the size is the model's, the flag set", () => {
  it("mfu 100B moe 5T on 512 H100 for 30 days: 6 × 100B × 5T / (512 × 30 d × 989.4 TFLOP/s) = 228%, the MoE warned of", () => {
    const line = "mfu 100B moe 5T gpu=H100 gpus=512 days=30";
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(Number(reply.result?.mfu)).toBeCloseTo((6 * 100e9 * 5e12) / (512 * 30 * 86_400 * 989.4e12), 6);
    expect(said(line)).toContain("This is a MoE counted by its total parameters");
  });
});
