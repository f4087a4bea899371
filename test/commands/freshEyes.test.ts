import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, said } from "./helpers.ts";

type Answer = {
  ok: boolean;
  command: string;
  readAs: Record<string, unknown>;
  result: Record<string, unknown>;
};
const answer = (line: string, lang: "en" | "zh-TW" = "en") => toJson(ask(line, lang), lang) as Answer;

describe("fresh eyes: Slack phrasings that were misread", () => {
  it("gpu hours for llama 2 7b asks for the run's GPU time, not the GPU catalog for a GPU named “hours for …”", () => {
    const line = "gpu hours for llama 2 7b";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.command).toBe("compute");
    expect(reply.result.gpuHours).toBe(184320);
  });

  it("gpu days for 7B 2T on H100 is the plan's GPU time (6 × 7B × 2T at 40% MFU)", () => {
    const line = "gpu days for 7B 2T on H100";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs.params).toBe(7e9);
    expect(reply.result.gpuHours as number).toBeCloseTo((6 * 7e9 * 2e12) / (989.4e12 * 0.4) / 3600, -1);
    expect(said(line)).toContain("gpu days");
  });

  it("gpu h100 is still the catalog's line", () => {
    expect(answer("gpu h100").command).toBe("gpus");
  });

  it("a 40GB A100 is the 40GB card (usable 0.9 × 40 GB), not the 80GB one with 40GB left unused", () => {
    const line = "7B lora on one 40GB A100, fits?";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({
      command: "cards",
      gpu: "a100-40gb-sxm",
      mode: "lora",
      available: 1,
    });
    expect(reply.result.usableBytesPerCard).toBe(0.9 * 40e9);
    expect(said(line)).not.toContain("Not used");
  });

  it("one 80GB A100? counts one card (the size before the name once left `one` unread)", () => {
    const line = "llama 3 8b full fine-tune on one 80GB A100?";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ gpu: "a100-80gb-sxm", mode: "full", available: 1 });
  });

  it("a 24GB 4090 is the 4090, whose 24 GB its name says; the size is not left unused", () => {
    const line = "can I run 13B on a 24GB 4090?";
    const reply = answer(line);
    expect(reply.readAs).toMatchObject({ gpu: "rtx-4090", available: 1 });
    expect(said(line)).not.toContain("Not used");
  });

  it("how many H100 to train 70B with zero-3 counts the cards (16 B × 70B over 72 GB usable: 16), not refused by 6ND", () => {
    const line = "how many H100 to train 70B with zero-3";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ command: "cards", mode: "train", zero: "3", params: 70e9 });
    expect(reply.result.cards).toBe(Math.ceil((16 * 70e9) / 72e9));
  });

  it("with tokens typed it is still a plan, where ZeRO changes only the MFU: refused as before", () => {
    expect(ask("70B 2T on H100 with zero-3").error?.key).toBe("read.framework");
  });

  it("70B training memory on 8 H100 is the training memory (16 B × 70B = 1,120 GB: 16 cards, not 8), not a compute plan refused for `memory`", () => {
    const line = "70B training memory on 8 H100";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ command: "cards", mode: "train", available: 8 });
    expect(reply.result).toMatchObject({ bytesTotal: 16 * 70e9, cards: 16, fitsAvailable: false });
  });

  it("7B 模型要多少 GPU 小時 asks a 7B model's GPU time (多少 kept as `how many`), never 7 billion GPU-hours", () => {
    const line = "7B 模型要多少 GPU 小時";
    const reply = answer(line, "zh-TW");
    expect(reply.ok, said(line, "zh-TW")).toBe(true);
    expect(reply.readAs).toMatchObject({ command: "compute", params: 7e9, tokens: 20 * 7e9 });
    expect(reply.readAs["gpu-hours"]).toBeUndefined();
  });

  it("70B 2T 要多少 H100 GPU 小時 plans on the H100 (6 × 70B × 2T at 40% MFU), its time asked", () => {
    const line = "70B 2T 要多少 H100 GPU 小時";
    const reply = answer(line, "zh-TW");
    expect(reply.readAs).toMatchObject({ params: 70e9, tokens: 2e12, gpu: "h100-sxm" });
    expect(reply.result.gpuHours as number).toBeCloseTo((6 * 70e9 * 2e12) / (989.4e12 * 0.4) / 3600, -2);
  });

  it("70B 2T how many H100 GPU hours asks the GPU time, not how many H100 (no count note)", () => {
    const line = "70B 2T how many H100 GPU hours";
    expect(said(line)).toContain("as asking for GPU time");
    expect(said(line)).not.toContain("You asked how many");
  });

  it.each([
    ["train 70B with zero-3, how many H100", "en"],
    ["訓練 70B 要幾張 H100，ZeRO-3", "zh-TW"],
  ] as const)(
    "%s: training memory sharded by ZeRO-3 (16 cards), with train read as the mode",
    (line, lang) => {
      const reply = answer(line, lang);
      expect(reply.ok, said(line, lang)).toBe(true);
      expect(reply.readAs).toMatchObject({ command: "cards", mode: "train", zero: "3" });
      expect(reply.result.cards).toBe(16);
    },
  );

  it("compute named outright keeps its refusal of ZeRO (6ND does not depend on it)", () => {
    expect(ask("compute 70B zero-3").error?.key).toBe("read.framework");
  });

  it("cost to train gpt-3 on H100s today at $2.50/hr prices the run (227K GPU-hours × $2.5), `today` no longer refused", () => {
    const line = "cost to train gpt-3 on H100s today at $2.50/hr";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.result.costUsd as number).toBeCloseTo((reply.result.gpuHours as number) * 2.5, 0);
  });

  it("how many tokens can I afford with $250k: the budget's tokens (`afford` was refused)", () => {
    const line = "7B with $250k on H100 at $2/h, how many tokens can I afford";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    // $250K / $2 = 125K GPU-hours × 3600 × 989.4T × 40% / (6 × 7B) = 4.24T tokens.
    expect(reply.result.tokens as number).toBeCloseTo((125e3 * 3600 * 989.4e12 * 0.4) / (6 * 7e9), -10);
  });

  it("8 kv heads, head dim 128 (the names as two words) shape the cache: 2 × 80 × 8 × 128 × 2 B × 32,768 = 10.7 GB", () => {
    const line = "kv cache for 70B 80 layers 8 kv heads head dim 128 at 32k";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({
      command: "cards",
      layers: 80,
      "kv-heads": 8,
      "head-dim": 128,
      context: 32768,
    });
    expect((reply.result.breakdown as { kvCache: number }).kvCache).toBe(2 * 80 * 8 * 128 * 2 * 32768);
  });

  it.each([
    ["訓練 13B 模型需要多少顯存", "zh-TW"],
    ["train 13B memory", "en"],
  ] as const)(
    "%s: the training memory (16 B × 13B = 208 GB: 3 H100), not refused by compute",
    (line, lang) => {
      const reply = answer(line, lang);
      expect(reply.ok, said(line, lang)).toBe(true);
      expect(reply.readAs).toMatchObject({ command: "cards", mode: "train", params: 13e9 });
      expect(reply.result).toMatchObject({ bytesTotal: 16 * 13e9, cards: Math.ceil((16 * 13e9) / 72e9) });
    },
  );

  it.each(["parameter count of llama 3 8b", "param count llama 3 8b"])(
    "%s counts Llama 3 8B (8,030,261,248), not a layer list with a layer named `parameter`",
    (line) => {
      const reply = answer(line);
      expect(reply.ok, said(line)).toBe(true);
      expect(reply.command).toBe("params");
      expect(reply.result.total).toBe(8_030_261_248);
    },
  );

  it.each(["gpu count for 70B 2T in 30 days on H100", "70B 2T in 30 days on H100, gpu count?"])(
    "%s: the GPUs to finish in time, 6 × 70B × 2T / (30 d × 989.4T × 40%%) → 819 (was the catalog, or params)",
    (line) => {
      const reply = answer(line);
      expect(reply.ok, said(line)).toBe(true);
      expect(reply.command).toBe("compute");
      expect(reply.result.gpus).toBe(Math.ceil((6 * 70e9 * 2e12) / (30 * 86400 * 989.4e12 * 0.4)));
    },
  );

  it("chinchilla 3640 petaflop days is a budget of 3,640 × 8.64e19 FLOP (`petaflop` was refused)", () => {
    const line = "chinchilla 3640 petaflop days";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs.budget).toBeCloseTo(3640 * 8.64e19, -18);
  });

  it("how many pf days is gpt-3 answers GPT-3's compute (6 × 175B × 300B / 8.64e19), never `how many days`", () => {
    const line = "how many pf days is gpt-3";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.result.pfDays as number).toBeCloseTo((6 * 175e9 * 300e9) / 8.64e19, 0);
  });

  it("the chinchilla optimal token count for a 70B model: 20 × 70B = 1.4T (`count` was refused)", () => {
    const line = "what's the chinchilla optimal token count for a 70B model";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ command: "chinchilla", params: 70e9 });
    expect(reply.result.tokens).toBe(20 * 70e9);
  });

  it("serve 8b on A10G: refused as an unknown GPU with the A10 near it, its Try line on the A10 (it dropped the GPU)", () => {
    const reply = ask("serve 8b on A10G");
    expect(reply.error?.key).toBe("gpu.unknown");
    expect(reply.error?.params?.suggestions).toBe("A10 24GB");
    // In the case typed.
    expect(reply.hint?.params?.example).toBe("/flops serve 8b on A10");
  });

  it("70B on 8 H900 names the GPU it does not know (it was an unknown word)", () => {
    expect(ask("70B on 8 H900").error?.key).toBe("gpu.unknown");
  });

  it("$2M on H100 at $3/h in 30 days: the GPUs that spend it in time, 666,667 GPU-hours / 720 h → 926 (the 30 days were read, then unused)", () => {
    const line = "with $2M on H100 at $3/h in 30 days, how big a model";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.result.gpuHours as number).toBeCloseTo(2e6 / 3, 3);
    expect(reply.result.gpus).toBe(Math.ceil(2e6 / 3 / (30 * 24)));
    // The FLOP it buys, split compute-optimally: √(C / 120), C = 666,667 h × 3600 × 989.4T × 40%.
    expect(reply.result.params as number).toBeCloseTo(
      Math.sqrt(((2e6 / 3) * 3600 * 989.4e12 * 0.4) / 120),
      -6,
    );
  });

  it("$2M on 512 H100 at $3/h: how long it runs, 666,667 GPU-hours / 512 = 54.3 days (the count was read, then unused)", () => {
    const line = "with $2M on 512 H100 at $3/h, how big a model";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect((reply.result.seconds as number) / 86400).toBeCloseTo(2e6 / 3 / 512 / 24, 3);
  });

  it("500k H100 hours in 30 days: the GPUs that spend them in time, 500K / 720 h → 695 (the days were read, then unused)", () => {
    const line = "what size model can I train with 500k H100 hours in 30 days";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.result.gpus).toBe(Math.ceil(500e3 / 720));
    expect(reply.result.params as number).toBeCloseTo(Math.sqrt((500e3 * 3600 * 989.4e12 * 0.4) / 120), -6);
    // The hours typed are the budget, never read back as a run's to imply the MFU they were planned at.
    expect(said(line)).not.toContain("Implied MFU");
  });

  it("500k H100 hours on 512 GPUs: how long, 500K / 512 = 40.7 days", () => {
    const line = "what size model can I train with 500k H100 hours on 512 GPUs";
    expect((answer(line).result.seconds as number) / 86400).toBeCloseTo(500e3 / 512 / 24, 3);
  });

  it("70B on 64 H100 with tp 8 pp 2 zero 1, does it fit: training's layout (ZeRO-1 read), not serving with zero named unused", () => {
    const line = "70B on 64 H100 with tp 8 pp 2 zero 1, does it fit";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({
      command: "cards",
      mode: "train",
      zero: "1",
      tp: 8,
      pp: 2,
      available: 64,
    });
    expect(said(line)).not.toContain("Not used");
  });

  it("does 13B fit on one H100 with adam: Adam's states are training's (16 B × 13B = 208 GB: 3 cards, not 1)", () => {
    const line = "does 13B fit on one H100 with adam";
    const reply = answer(line);
    expect(reply.readAs).toMatchObject({ command: "cards", mode: "train", available: 1 });
    expect(reply.result).toMatchObject({ bytesTotal: 16 * 13e9, cards: 3, fitsAvailable: false });
  });

  it.each([
    ["memory requirements for 70B inference", 70e9],
    ["what's the memory footprint of llama 3 8b", 8_030_261_248],
    ["gpu memory required for 13B in fp16", 13e9],
  ])("%s: the serving memory (2 B a parameter), not refused nor the GPU catalog", (line, params) => {
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ command: "cards", mode: "infer" });
    expect((reply.result.breakdown as { weights: number }).weights).toBe(2 * params);
  });

  it.each([
    "how many users can I serve with llama 3 70b on 8 H100",
    "max concurrent users for llama 3 70b on 8 H100",
    "llama 3 70b on 8 H100, how many concurrent requests",
  ])("%s: the largest batch at the context (its row), the users asked said in a note", (line) => {
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ params: 70_553_706_496, available: 8 });
    // Llama 3 70B in bf16 on TP 4: ⌊(72 GB / 1.1 − 35.3 GB) / (327,680 B × 8,192 / 4)⌋ = 44 sequences of 8,192.
    expect(reply.result.maxBatch).toBe(44);
    expect(said(line)).toContain("with no number as the largest batch that fits");
  });

  it.each([
    "llama 3 70b 在 8 張 H100 上可以同時服務多少使用者",
    "llama 3 70b 在 8 張 H100 上最多幾個並發請求",
  ])("%s: the largest batch, as `max concurrent users` (44 on TP 4), not refused for 同時", (line) => {
    const reply = answer(line, "zh-TW");
    expect(reply.ok, said(line, "zh-TW")).toBe(true);
    expect(reply.readAs).toMatchObject({ params: 70_553_706_496, available: 8 });
    expect(reply.result.maxBatch).toBe(44);
  });

  it("70B / 2T on 1024 H100 (spaced slash): refused as a division too small for a model, its Try line the two values apart, not the line again", () => {
    const reply = ask("70B / 2T on 1024 H100");
    expect(reply.ok).toBe(false);
    expect(reply.hint?.params?.example).toBe("/flops 70B 2T on 1024 H100");
    expect(ask("70B 2T on 1024 H100").ok).toBe(true);
  });

  it("serve llama 3 8b L4 每小時 0.8 美元: the dollars an hour are the price serve's cost rows use, never a request rate of 0.8 an hour", () => {
    const line = "serve llama 3 8b L4 每小時 0.8 美元";
    const reply = answer(line, "zh-TW");
    expect(reply.ok, said(line, "zh-TW")).toBe(true);
    expect(reply.readAs.rate).toBeUndefined();
    expect(reply.readAs.price).toBe(0.8);
    expect(said(line, "zh-TW")).not.toContain("未使用");
    expect((reply.result.cost as { pricePerGpuHour: number }).pricePerGpuHour).toBe(0.8);
  });

  it("訓練 7B 2T H100 每小時 2 美元 costs 59K GPU-hours × $2 (the price as before)", () => {
    const reply = answer("訓練 7B 2T H100 每小時 2 美元", "zh-TW");
    expect(reply.result.costUsd as number).toBeCloseTo((reply.result.gpuHours as number) * 2, 0);
  });

  it.each([
    ["inference for llama 3 8b on H100, how long for 1T tokens", "en"],
    ["llama 3 8b 推論 L4 1T token 要多久", "zh-TW"],
  ] as const)(
    "%s: refused, pointed at serve, never a training run's cost or time (`inference` was named unused)",
    (line, lang) => {
      const reply = ask(line, lang);
      expect(reply.error?.key).toBe("read.servingAsTraining");
      expect(reply.hint?.params?.example).toBe("/flops serve llama-3-8b gpu=H100");
    },
  );

  it("a serving question serve reads whole is still answered (inference time for llama 3 8b on an L4)", () => {
    expect(answer("inference time for llama 3 8b on an L4").ok).toBe(true);
  });

  it("a 100B MoE with 10B active trained on 5T tokens: 6 × 10B × 5T = 3e23 (`MoE` was refused as unknown)", () => {
    const line = "a 100B MoE with 10B active trained on 5T tokens, compute";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.result.flops).toBe(6 * 10e9 * 5e12);
  });

  it("100B MoE 5T with no active size: refused for it (never 6 × 100B × 5T read as dense), the Try line asking for it", () => {
    const reply = ask("100B MoE 5T");
    expect(reply.error?.key).toBe("read.moeNeedsActive");
    expect(reply.hint?.params?.example).toBe("/flops 100B 5T active=10B");
  });

  it("kv cache for llama 3 70b at 128k batch 4: context 131,072 and batch 4, 327,680 B × 131,072 × 4 = 172 GB (128k was refused)", () => {
    const line = "kv cache for llama 3 70b at 128k batch 4";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs).toMatchObject({ command: "cards", context: 131072, batch: 4 });
    expect((reply.result.breakdown as { kvCache: number }).kvCache).toBe(2 * 80 * 8 * 128 * 2 * 131072 * 4);
  });

  it.each([
    ["100B 的 MoE 模型，啟用參數 10B，訓練 5T token 要多少算力", "zh-TW"],
    ["100B moe, active params 10B, 5T tokens", "en"],
  ] as const)("%s: active params 10B labels the 10B (6 × 10B × 5T = 3e23)", (line, lang) => {
    const reply = answer(line, lang);
    expect(reply.ok, said(line, lang)).toBe(true);
    expect(reply.readAs).toMatchObject({ params: 100e9, active: 10e9, tokens: 5e12 });
    expect(reply.result.flops).toBe(6 * 10e9 * 5e12);
  });

  it("more active parameters than the model's total (100B active params 10B) is refused, never 6 × 100B read as active", () => {
    expect(ask("100B active params 10B 5T").error?.key).toBe("plausible.activeAboveTotal");
    expect(ask("mixtral 8x7b active=50B 1T").error?.key).toBe("plausible.activeAboveTotal");
  });
});
