import { describe, expect, it } from "vitest";
import { ask, json, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - NVIDIA H100 SXM5 datasheet: bf16 989.4 TFLOP/s dense.
// - MFU = achieved model FLOP/s per GPU / dense peak (Chowdhery et al. 2022, PaLM §4.1, App. B).
// - Training compute C = 6ND (Kaplan et al. 2020); Chinchilla 70B on 1.4T tokens (Hoffmann et al. 2022).
// - GPT-3 175B on 300B tokens, trained on 10,000 V100 GPUs (Brown et al. 2020; Patterson et al. 2021).
const H100_BF16 = 989.4e12;

describe("round3d: an achieved TFLOP/s per GPU in a training plan sets its MFU", () => {
  // MFU = 400 / 989.4 = 40.4%; time = 6 × 70B × 2T / (512 × 400e12) = 8.4e23 / 2.048e17 s = 47.5 days.
  const mfu = 400e12 / H100_BF16;
  const seconds = (6 * 70e9 * 2e12) / (512 * 400e12);

  it("the figures themselves", () => {
    expect(Math.round(mfu * 1000) / 10).toBe(40.4);
    expect(Math.round((seconds / 86_400) * 10) / 10).toBe(47.5);
  });

  it.each([
    "70B 2T on 512 H100 at 400 tflops per gpu, how long",
    "70B 2T on 512 H100 at 400 TFLOP/s per GPU",
    "70B 2T 512xH100 400 TFLOPs/GPU",
  ])("%s → compute at MFU 400 / 989.4 = 40.4%%: 47.5 days", (line) => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.command).toBe("compute");
    const r = reply.result as { mfu: number; seconds: number; gpus: number };
    expect(r.mfu).toBeCloseTo(mfu, 9);
    expect(r.gpus).toBe(512);
    expect(r.seconds).toBeCloseTo(seconds, 0);
    const read = json(line) as unknown as { readAs: Record<string, unknown> & { assumed: string[] } };
    expect(read.readAs.mfu).toBeCloseTo(mfu, 9);
    expect(read.readAs.assumed).not.toContain("mfu");
    const text = said(line);
    expect(text).toMatch(/MFU 40\.4%/);
    expect(text).toMatch(/400 TFLOP\/s per GPU as MFU 40\.4% = 400 \/ 989\.4/);
  });

  it("zh-TW: the note in Chinese", () => {
    expect(said("70B 2T on 512 H100 at 400 tflops per gpu", "zh-TW")).toMatch(/400 \/ 989\.4/);
  });

  it("an MFU question keeps mfu's own reading (tflops=)", () => {
    const reply = ask("400 TFLOPs/GPU on H100 mfu?");
    expect(reply.command).toBe("mfu");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(mfu, 9);
  });

  it("an achieved rate and an MFU both typed are refused, not one dropped", () => {
    const line = "70B 2T on 512 H100 at 400 tflops per gpu mfu=0.5";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(false);
  });

  it("an achieved rate with two GPUs side by side is refused: the rate is one GPU's", () => {
    const line = "70B 2T on 512 H100 vs A100 at 400 tflops per gpu";
    expect(ask(line).ok, said(line)).toBe(false);
  });
});

describe("round3d: 哪張 GPU 最好 is `which is the best gpu`", () => {
  it.each(["70B 2T 哪張 GPU 最好", "訓練 70B 2T 用哪個 GPU 最快", "70B 2T 哪一張卡最好"])(
    "%s → the catalog's training GPUs side by side, with the note",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok, said(line, "zh-TW")).toBe(true);
      expect(reply.command).toBe("compute");
      const r = reply.result as { byGpu: { gpu: string }[]; flops: number };
      expect(r.flops).toBeCloseTo(6 * 70e9 * 2e12, -10);
      const names = r.byGpu.map((g) => g.gpu).join(" ");
      expect(names).toMatch(/H100/);
      expect(names).toMatch(/B200/);
      // H100: 6 × 70B × 2T / (1,024 × 989.4T × 0.4) = 24.0 days, as the English answer.
      const h100 = r.byGpu.find((g) => /H100/.test(g.gpu)) as unknown as { seconds: number };
      expect(h100.seconds / 86_400).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * H100_BF16 * 0.4) / 86_400, 6);
      expect(said(line, "zh-TW")).toMatch(/將「最(?:好|快|適合|強)」解讀為目錄中的 7 款訓練用 GPU/);
    },
  );
});

describe("round3d: 算力 and 計算量 ask the compute, as `flops` does", () => {
  // Chinchilla 70B on 1.4T tokens: 6 × 70e9 × 1.4e12 = 5.88e23 FLOP.
  it.each(["Chinchilla 用了多少算力", "chinchilla 的計算量是多少", "chinchilla 的 FLOPs 是多少"])(
    "%s → Chinchilla's 6ND, 5.88e23 FLOP",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok, said(line, "zh-TW")).toBe(true);
      expect(reply.command).toBe("compute");
      expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 70e9 * 1.4e12, -10);
    },
  );

  it("70B 15T 要多少算力 stays 6ND of 70B on 15T: 6.3e24 FLOP", () => {
    const reply = ask("70B 15T 要多少算力", "zh-TW");
    expect(reply.ok).toBe(true);
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 70e9 * 15e12, -11);
  });
});

describe("round3d: a run's GPU count carried to the GPU the user named is marked", () => {
  const line = "how long would gpt-3 take on h100s";

  it("GPT-3's 10,000 GPUs on H100: marked assumed in Read as and JSON, with a note saying whose count it is", () => {
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    expect((reply.result as { gpus: number }).gpus).toBe(10_000);
    const read = json(line) as unknown as { readAs: { gpus: number; assumed: string[] } };
    expect(read.readAs.gpus).toBe(10_000);
    expect(read.readAs.assumed).toContain("gpus");
    const text = said(line);
    expect(text).toMatch(/10,000 \(assumed\) × H100 SXM5 80GB/);
    expect(text).toMatch(/GPT-3 175B's published 10,000 GPUs/);
    expect(said(line, "zh-TW")).toMatch(/10,000/);
  });

  it("a count typed is not marked", () => {
    const typed = "how long would gpt-3 take on 4096 h100s";
    const read = json(typed) as unknown as { readAs: { gpus: number; assumed: string[] } };
    expect(read.readAs.gpus).toBe(4096);
    expect(read.readAs.assumed).not.toContain("gpus");
  });

  it("the run on its own GPU is its published figures, not marked (the note lists them)", () => {
    const read = json("gpt-3 175B gpu=V100") as unknown as { readAs: { assumed: string[] } };
    expect(read.readAs.assumed).not.toContain("gpus");
  });
});
