import { describe, expect, it } from "vitest";
import { discordOptionsOf } from "../../src/adapters/discord/definitions.ts";
import { registry } from "../../src/commands/registry.ts";
import { ask, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: bf16 989.4 TFLOP/s dense. NVIDIA A100 SXM4: bf16 312 TFLOP/s dense.
// - MFU = achieved model FLOP/s per GPU / dense peak (Chowdhery et al. 2022, PaLM §4.1, App. B).
// - PaLM Table 3: Megatron-Turing NLG 530B, 2240 A100, MFU 30.2%.
const H100_BF16 = 989.4e12;

describe("round2b: an achieved TFLOP/s per GPU needs no model size", () => {
  it("mfu gpu=H100 tflops=400 → 400 / 989.4 = 40.4%, no tokens/s row, a note that a size would add it", () => {
    const line = "mfu gpu=H100 tflops=400";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const r = reply.result as { mfu: number; achievedFlopsPerGpu: number };
    expect(r.mfu).toBeCloseTo(400e12 / H100_BF16, 9);
    expect(Math.round(r.mfu * 1000) / 10).toBe(40.4);
    expect(r.achievedFlopsPerGpu).toBe(400e12);
    const text = said(line);
    expect(text).not.toMatch(/Tokens\/s per GPU at that rate/);
    expect(text).toMatch(/A size adds tokens\/s per GPU at that rate/);
  });

  it.each([
    "what mfu is 400 tflops on h100",
    "is 400 TFLOPs per H100 good MFU?",
    "we get 400 tflops/gpu on H100, what mfu is that",
    "mfu of 400 tflops per gpu on H100",
    "400 TFLOPs/GPU on H100 mfu?",
    "H100 每張 400 TFLOPS 的 MFU 多少",
  ])("%s → tflops=400 on H100: MFU 40.4%%", (line) => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.command).toBe("mfu");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(400e12 / H100_BF16, 9);
  });

  it("with a size the tokens/s row stays: 70B at 400 TFLOP/s is 400e12 / (6 × 70e9) = 952 tokens/s per GPU", () => {
    const text = said("mfu 70B gpu=H100 tflops=400");
    expect(Math.round(400e12 / (6 * 70e9))).toBe(952);
    expect(text).toContain('"label":"Tokens/s per GPU at that rate","value":"952"');
  });

  it.each(["mfu gpu=H100 gpus=8 days=3", "mfu gpu=H100 gpu-hours=1000", "mfu gpu=H100 tokens-per-gpu=700"])(
    "%s still needs params=",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      expect(said(line)).toMatch(/needs params=/);
    },
  );

  it("help mfu marks params as needed unless tflops= is given", () => {
    const text = said("help mfu");
    expect(text).toMatch(/params \|[^"]*\(\*\)/);
    expect(text).toMatch(/params= is needed unless tflops= \/ model-flops= is given/);
  });

  it("Discord: mfu's params is optional (tflops alone answers), gpu stays required and first", () => {
    const mfu = registry.commands.find((c) => c.name === "mfu");
    const options = discordOptionsOf(mfu as NonNullable<typeof mfu>);
    expect(options[0]?.[0]).toBe("gpu");
    expect(options.find(([name]) => name === "params")?.[1].required).toBe(false);
  });
});
describe("round2b: a run's MFU without GPU time answers with its published MFU where the catalog has one", () => {
  it("mt-nlg mfu → 30.2% as published (PaLM Table 3), with its source", () => {
    const line = "mt-nlg mfu";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect((reply.result as { publishedMfu: number }).publishedMfu).toBeCloseTo(0.302, 6);
    expect(said(line)).toMatch(/2204\.02311/);
    expect(said(line)).toMatch(/as published, not computed here/);
    expect(said(line)).toContain("/flops model mt-nlg-530b");
  });

  it.each([
    ["gemma 2 9b mfu", /gemma/i],
    ["chinchilla mfu", /chinchilla/i],
  ])("%s → refused with an example that names the run, not DeepSeek", (line, name) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    const text = said(line);
    expect(text).not.toMatch(/671B|deepseek|H800/i);
    expect(text).toMatch(name);
  });
});
describe("round2b: `which is the best gpu` is never answered silently by 6ND alone", () => {
  it.each([
    "which is the best gpu for 70b 2t",
    "best gpu for 70B 2T",
    "what's the best GPU to train 70b on 2t tokens",
  ])("%s → the catalog's training GPUs side by side", (line) => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const r = reply.result as { byGpu: { gpu: string }[]; flops: number };
    expect(r.flops).toBeCloseTo(6 * 70e9 * 2e12, -10);
    expect(r.byGpu.length).toBeGreaterThanOrEqual(3);
    const names = r.byGpu.map((g) => g.gpu).join(" ");
    expect(names).toMatch(/H100/);
    expect(names).toMatch(/B200/);
    expect(names).toMatch(/MI300X/);
    // Fastest first at the same count: B200's bf16 dense 2.25 PFLOP/s (NVIDIA HGX B200) leads;
    // H100: 6 × 70B × 2T / (1,024 × 989.4T × 0.4) = 24.0 days.
    expect(r.byGpu[0]?.gpu).toMatch(/B200/);
    const h100Days = (6 * 70e9 * 2e12) / (1024 * H100_BF16 * 0.4) / 86_400;
    expect(Math.round(h100Days * 10) / 10).toBe(24.0);
    const h100 = r.byGpu.find((g) => /H100/.test(g.gpu)) as unknown as { seconds: number };
    expect(h100.seconds / 86_400).toBeCloseTo(h100Days, 6);
    expect(said(line)).toMatch(/Read “best GPU” as the catalog's 7 training GPUs side by side/);
  });

  it("a GPU typed already is kept: `70B 2T gpu=h100 best` is that GPU's plan, no list", () => {
    const r = ask("70B 2T gpu=h100 best");
    expect(r.ok).toBe(true);
    expect((r.result as { byGpu?: unknown }).byGpu).toBeUndefined();
  });

  it.each(["what's the best gpu for serving llama 3 70b", "best gpu to serve llama-3-70b"])(
    "%s: a serving line is not sent a training list (cards sizes one GPU)",
    (line) => {
      const reply = ask(line);
      expect(reply.error?.key).not.toBe("gpu.oneOnly");
      expect(said(line)).not.toMatch(/gaudi3/);
    },
  );

  it("zh-TW: the note in Chinese", () => {
    expect(said("which is the best gpu for 70b 2t", "zh-TW")).toMatch(
      /將「best」解讀為目錄中的 7 款訓練用 GPU/,
    );
  });
});
