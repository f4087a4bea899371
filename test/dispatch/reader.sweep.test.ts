import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import { ask, errorOf } from "./helpers.ts";

/**
 * Misreadings a regression sweep found: one GPU said with an article (`on a 4090`), GPUs compared
 * with `vs`, a fine-tuning line's Try, the Chinese "how many cards", a leading `run`, and a second
 * question beside `how long`. Each asserts how the line was read and the number that follows.
 *
 * H100 SXM5: 989.4 TFLOP/s dense BF16 (NVIDIA H100 datasheet). RTX 4090: 165.2 TFLOP/s dense BF16
 * with FP32 accumulate (NVIDIA Ada GPU Architecture whitepaper, Appendix A). A100 SXM4: 312 TFLOP/s
 * dense BF16 (NVIDIA A100 datasheet).
 */
const H100_BF16 = 989.4e12;
const RTX4090_BF16 = 165.2e12;

const answer = (line: string, lang: Lang = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, `${line}: ${JSON.stringify(toJson(reply, "en"))}`).toBe(true);
  const json = toJson(reply, "en") as {
    command: string;
    readAs: Record<string, unknown>;
    result: Record<string, unknown>;
  };
  const rendered = localize(reply, lang);
  return { ...json, notes: [...rendered.notes, ...rendered.warnings].join("\n"), rendered };
};

/** 6ND over one GPU at the assumed 40% MFU (Kaplan et al. 2020, C ≈ 6ND). */
const oneGpuSeconds = (params: number, tokens: number, peak: number) => (6 * params * tokens) / (peak * 0.4);

describe("a GPU said with an article or `one` is one GPU", () => {
  it.each([
    ["how long to train 7B on 1T tokens on a 4090", "rtx-4090", RTX4090_BF16],
    ["7B 1T on an H100", "h100-sxm", H100_BF16],
    ["7B 1T on a H100", "h100-sxm", H100_BF16],
    ["7B 1T on one 4090", "rtx-4090", RTX4090_BF16],
    ["7B 1T on a single H100", "h100-sxm", H100_BF16],
  ])("%s: 1 GPU, not the assumed 1,024", (line, gpu, peak) => {
    const read = answer(line);
    expect(read.command).toBe("compute");
    expect(read.readAs.gpu).toBe(gpu);
    expect(read.readAs.gpus).toBe(1);
    expect(read.rendered.readAs).toMatch(/· 1 × /);
    expect(read.rendered.readAs).not.toContain("(assumed) ×");
    expect(read.result.seconds as number).toBeCloseTo(oneGpuSeconds(7e9, 1e12, peak), -3);
  });

  it.each([
    ["用單張 4090 訓練 7B 1T", "rtx-4090"],
    ["單卡 H100 訓練 7B 1T 要多久", "h100-sxm"],
  ])("%s: 單張 / 單卡 is one card", (line, gpu) => {
    const read = answer(line, "zh-TW");
    expect(read.readAs.gpu).toBe(gpu);
    expect(read.readAs.gpus).toBe(1);
  });

  it("cards: `on a single H100` is the one GPU one has (available=1); 70B in bf16 does not fit", () => {
    const read = answer("cards 70B on a single H100");
    expect(read.command).toBe("cards");
    expect(read.readAs.available).toBe(1);
    // 140 GB of bf16 weights against 72 GB usable (90% of 80 × 10⁹ bytes).
    expect(read.notes).toContain("Does not fit on the 1 NVIDIA H100 SXM5 80GB given");
  });

  it("`can i run llama-3-70b on a 4090` serves on one RTX 4090 (available=1)", () => {
    const read = answer("can i run llama-3-70b on a 4090");
    expect(read.command).toBe("cards");
    expect(read.readAs.available).toBe(1);
    expect(read.readAs.mode).toBe("infer");
  });

  it("a count typed too wins (`on an H100 node with 8 GPUs`): 8 GPUs, never `given twice`", () => {
    for (const line of ["7B 1T on a H100 with 8 gpus", "7B 1T 8 gpus on an H100"]) {
      const read = answer(line);
      expect(read.readAs.gpus).toBe(8);
      expect(read.result.seconds as number).toBeCloseTo((6 * 7e9 * 1e12) / (8 * H100_BF16 * 0.4), -1);
    }
  });

  it("`$2 a day`, `for a week` keep their meaning", () => {
    const read = answer("70B 1T $2 a day for a week on 8 H100");
    expect(read.readAs.gpus).toBe(8);
    expect(read.readAs.days).toBe(7 * 86_400);
    expect(read.notes).toContain("Read $2/day per GPU as $0.0833/GPU-hour.");
  });
});

describe("GPUs compared with `vs`", () => {
  const A100_BF16 = 312e12;
  it.each([
    "70B 2T 512 H100 vs A100",
    "H100 vs A100 for 70B 2T on 512 GPUs",
    "70B 2T on 512 H100 vs 512 A100",
    "70B 2T 512 張 H100 vs 512 張 A100",
  ])("%s: both GPUs at 512, side by side (gpu=H100,A100)", (line) => {
    const read = answer(line, /張/.test(line) ? "zh-TW" : "en");
    expect(read.command).toBe("compute");
    expect(read.readAs.gpu).toBe("h100-sxm,a100-80gb-sxm");
    expect(read.readAs.gpus).toBe(512);
    const byGpu = read.result.byGpu as { seconds: number; peakFlopsPerGpu: number }[];
    // 6ND = 6 × 70e9 × 2e12 = 8.4e23 FLOP over 512 GPUs at 40% of each dense BF16 peak.
    expect(byGpu.map((row) => row.peakFlopsPerGpu)).toEqual([H100_BF16, A100_BF16]);
    expect(byGpu[0]?.seconds).toBeCloseTo(8.4e23 / (512 * H100_BF16 * 0.4), -1);
    expect(byGpu[1]?.seconds).toBeCloseTo(8.4e23 / (512 * A100_BF16 * 0.4), -1);
  });

  it("two counts (`512 H100 vs 1024 H100`) are refused, with the first half as the Try line", () => {
    const refused = errorOf("70B 2T on 512 H100 vs 1024 H100");
    expect(refused.key).toBe("read.twoGpuCounts");
    expect(refused.text).toContain("512 H100 vs 1024 H100");
    expect(refused.text).toContain("Try: /flops compute 70B 2T on 512 H100");
    // The Try line is itself answered: 512 H100s.
    expect(answer("compute 70B 2T on 512 H100").readAs.gpus).toBe(512);
  });

  it("zh-TW: 512 張 H100 vs 1024 張 H100 is refused the same way", () => {
    expect(errorOf("70B 2T 用 512 張 H100 vs 1024 張 H100", "zh-TW").key).toBe("read.twoGpuCounts");
  });
});

describe("a fine-tuning line without a GPU is answered in its own mode, on an assumed H100", () => {
  // Frozen bf16 weights are 2 bytes a parameter (LoRA, full), NF4 about half a byte (QLoRA).
  it.each([
    ["lora 70B", "en", "lora", 70e9],
    ["qlora 70B", "en", "qlora", 70e9],
    ["finetune 70B", "en", "full", 70e9],
    ["how much memory to lora 7B", "en", "lora", 7e9],
    ["微調 70B", "zh-TW", "full", 70e9],
  ] as const)("%s → mode %s, H100 assumed and said so", (line, lang, mode, params) => {
    const read = answer(line, lang);
    expect(read.command).toBe("cards");
    expect(read.readAs.mode).toBe(mode);
    expect(read.readAs.params).toBe(params);
    expect(read.readAs.gpu).toBe("h100-sxm");
    expect(read.readAs.assumed).toContain("gpu");
    expect(read.notes).toContain(
      lang === "en"
        ? "No GPU named: assuming NVIDIA H100 SXM5 80GB"
        : "沒有指定 GPU：假設用 NVIDIA H100 SXM5 80GB",
    );
    if (mode !== "qlora") expect((read.result.breakdown as { weights: number }).weights).toBe(params * 2);
  });

  it("the Try line answers LoRA, not serving: 70B LoRA on H100 80GB takes more than one card", () => {
    const read = answer("cards 70B gpu=H100 mode=lora");
    expect(read.readAs.mode).toBe("lora");
    // bf16 weights alone are 140 GB, more than one card's 72 GB usable (90% of 80 × 10⁹ bytes).
    expect(read.result.cards as number).toBeGreaterThan(1);
    expect((read.result.breakdown as { weights: number }).weights).toBe(70e9 * 2);
  });
});

describe("the Chinese `how many cards` is noted beside the compute answer", () => {
  it.each([
    "70B 要幾張卡",
    "70B 需要幾張顯示卡",
    "70B 需要幾張 GPU",
    "訓練 70B 需要幾張顯示卡",
    "70B 要多少顯示卡",
  ])("%s: 6ND for 70B at the Chinchilla 1.4T tokens, and the count asked is named", (line) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compute");
    // C = 6ND = 6 × 70e9 × 1.4e12 = 5.88e23 FLOP (Kaplan et al. 2020; D = 20N, Hoffmann et al. 2022).
    expect((toJson(reply, "en") as { result: { flops: number } }).result.flops).toBeCloseTo(5.88e23, -20);
    expect(reply.notes.map((note) => note.key)).toContain("read.alsoAskedCount");
    const notes = localize(reply, "zh-TW").notes.join("\n");
    expect(notes).toContain("你問了需要幾張 GPU");
    expect(notes).toContain("/flops cards 70B gpu=H100 mode=train");
  });

  it("a line another command answers (H100 跑 70B 要多少張卡: cards) gets no compute note", () => {
    const reply = ask("H100 跑 70B 要多少張卡", "zh-TW");
    expect(reply.command).toBe("cards");
    expect(reply.notes.map((note) => note.key)).not.toContain("read.alsoAskedCount");
  });
});

describe("a leading `run` with GPUs runs the model on them", () => {
  it.each([
    ["run llama-3-70b on 8 H100", "running llama-3-70b on 8 H100"],
    ["run 70B on 8 H100", "running 70B on 8 H100"],
  ])("%s is served as `%s` is", (line, running) => {
    const read = answer(line);
    expect(read.command).toBe("cards");
    expect(read.readAs.mode).toBe("infer");
    expect(read.readAs.available).toBe(8);
    expect(read.notes).toContain("Read “run” as serving (inference)");
    expect(read.result).toEqual(answer(running).result);
  });

  it("70B in bf16 on 8 H100 fits: TP 4 (140 GB of weights over 72 GB usable per card, a power of two)", () => {
    const read = answer("run 70B on 8 H100");
    expect(read.notes).toContain("Fits on the 8 NVIDIA H100 SXM5 80GB given: 4 needed.");
  });

  it("run 7B 1T on 8 H100 (tokens given) is a training run: 6ND over 8 H100s", () => {
    const read = answer("run 7B 1T on 8 H100");
    expect(read.command).toBe("compute");
    expect(read.readAs.gpus).toBe(8);
    expect(read.result.seconds as number).toBeCloseTo((6 * 7e9 * 1e12) / (8 * H100_BF16 * 0.4), -1);
  });

  it("run gpt-3 alone still looks the run up", () => {
    expect(answer("run gpt-3").command).toBe("model");
  });
});

describe("`how long … and how much memory` in any of its wordings", () => {
  it.each([
    "how long for 70B on 15T tokens with 1024 H100s and how much memory",
    "how long and how much memory for 70B on 15T tokens with 1024 H100s",
    "how long to train 70B on 15T tokens with 1024 H100s and how much memory",
    "how long for 70B on 15T tokens with 1024 H100s and how much memory does it need",
    "how long to train 70B on 15T tokens with 1024 H100s, and how much memory",
  ])("%s: the time, and the memory question named", (line) => {
    const read = answer(line);
    expect(read.command).toBe("compute");
    expect(read.readAs.gpus).toBe(1024);
    // 6ND = 6 × 70e9 × 15e12 = 6.3e24 FLOP over 1,024 H100s at 40% MFU.
    expect(read.result.seconds as number).toBeCloseTo(6.3e24 / (1024 * H100_BF16 * 0.4), -1);
    expect(read.notes).toContain(
      "Also asked: memory. This answer is the time; for memory: /flops cards 70B gpu=H100 mode=train.",
    );
  });

  it("a memory question alone is still the cards' (how much memory for llama-3-70b on H100)", () => {
    expect(answer("how much memory for llama-3-70b on H100").command).toBe("cards");
  });
});
