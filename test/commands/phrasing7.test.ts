import { describe, expect, it } from "vitest";
import { findGpu } from "../../src/core/gpus.ts";
import { ask, result, said } from "./helpers.ts";

// Llama 3 8B as the catalog gives it (Hugging Face config.json): 8,030,261,248 parameters,
// 32 layers, 8 KV heads of 128.
const LLAMA3_8B = 8_030_261_248;
const KV_BYTES_PER_TOKEN = 2 * 32 * 8 * 128 * 2;
/** Its untied input embedding, 128,256 × 4,096: gathered a row per sequence in a decode step, not read whole. */
const LLAMA3_8B_EMBEDDING = 128_256 * 4_096;

describe("tokens per second asked of a GPU with no model", () => {
  it.each([
    ["how many tokens/s does one H100 serve", "serve llama-3-8b gpu=H100 available=1"],
    ["how many tokens/s can one MI300X serve", "serve llama-3-8b gpu=MI300X available=1"],
    ["how many tokens per second on 8 MI300X", "serve llama-3-8b gpu=MI300X available=8"],
  ])("%s: a model is what is missing, and the Try line keeps the asker's GPU and count", (line, example) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    // It blamed `tokens` as a word in place of a number.
    expect(reply.error?.key).toBe("read.askedTokensPerSecond");
    expect(reply.error?.params?.example).toBe(example);
    expect(reply.hint?.params?.example).toBe(`/flops ${example}`);
  });

  it("the line it suggests answers: decode on one MI300X reads the weights and KV cache once a step, at 5.3 TB/s", () => {
    const r = result("serve llama-3-8b gpu=MI300X available=1");
    const bytes = (LLAMA3_8B - LLAMA3_8B_EMBEDDING) * 2 + KV_BYTES_PER_TOKEN * 8192;
    const bandwidth = findGpu("mi300x").memoryBandwidthTBs * 1e12;
    expect(r.throughput.bytesReadPerGpuPerStep).toBe(bytes);
    expect(r.throughput.decodeStepSeconds).toBeCloseTo(bytes / bandwidth, 9);
  });

  it("H100 每秒可以產生多少 token: the same, in Chinese (it said params needs a number, not 每秒)", () => {
    const reply = ask("H100 每秒可以產生多少 token", "zh-TW");
    expect(reply.error?.key).toBe("read.askedTokensPerSecond");
    expect(said("H100 每秒可以產生多少 token", "zh-TW")).toContain("請給模型和 GPU");
  });

  it("with a model it is still answered by serve (1 H100, Llama 3 8B)", () => {
    const reply = ask("how many tokens/s does one H100 serve for llama 3 8b");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    expect(result("how many tokens/s does one H100 serve for llama 3 8b").breakdown.weights).toBe(
      LLAMA3_8B * 2,
    );
  });

  it("a word serve does not know is still the one blamed", () => {
    const reply = ask("serve llama 3 70b on 4 H100 tokens/s foo");
    expect(reply.error?.key).toBe("read.unknownWord");
    expect(reply.error?.params?.word).toBe("foo");
  });
});

describe("a run's efficiency asked is its MFU", () => {
  // BLOOM (BigScience 2022, §3.4.1 and Table 3; bigscience/bloom model card): 176,247,271,424
  // parameters, 366B tokens, 1,082,990 A100-hours; A100 bf16 dense 312 TFLOP/s.
  const bloom6N = (6 * 176_247_271_424 * 366e9) / (1_082_990 * 3600 * 312e12);

  it.each(["how efficient was bloom", "bloom efficiency", "what was bloom's efficiency"])(
    "%s: 6 · 176.2B · 366B / (1,082,990 h × 3600 × 312 TFLOP/s) = 31.8% (it refused `efficient`)",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("mfu");
      expect(result(line).mfu6N).toBeCloseTo(bloom6N, 6);
    },
  );

  it("how efficient was deepseek v3 on H800?: the run's options after its name are read", () => {
    const reply = ask("how efficient was deepseek v3 on H800?");
    expect(reply.command).toBe("mfu");
    expect(result("how efficient was deepseek v3 on H800?").gpu).toBe(findGpu("h800").name);
  });

  it("how efficient is 70B 2T on 1024 H100 in 30 days: 6 × 70B × 2T / (1,024 × 30 d × 989.4 TFLOP/s) = 32.0%", () => {
    const peak = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
    const r = result("how efficient is 70B 2T on 1024 H100 in 30 days");
    expect(r.mfu).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * 30 * 86400 * peak), 6);
  });

  it.each(["most efficient GPU for training", "how efficient is H100"])(
    "%s: no run is named, so no MFU is read into it",
    (line) => {
      expect(ask(line).command).not.toBe("mfu");
    },
  );

  it("gpt-3 vs chinchilla which is more efficient: still the comparison", () => {
    expect(ask("gpt-3 vs chinchilla which is more efficient").command).toBe("compare");
  });
});

describe("the fastest (cheapest, best) GPU asked of serving", () => {
  it.each([
    ["fastest gpu to serve 70B", "fastest"],
    ["cheapest gpu to serve llama 3 70b", "cheapest"],
    ["best gpu to serve llama-3-70b", "best"],
    ["which gpu is fastest for serving 8B", "fastest"],
  ])(
    "%s: answered on the assumed H100, with a note that no GPU was compared (it was refused, or silent)",
    (line, asked) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.notes.map((note) => note.key)).toContain("read.bestGpuServing");
      expect(reply.notes.find((note) => note.key === "read.bestGpuServing")?.params?.asked).toBe(asked);
      expect(said(line)).toContain(findGpu("h100-sxm").name);
    },
  );

  it("fastest gpu to serve 70B: 70B × 2 B of bf16 weights over TP 4 of 72 GB usable H100s", () => {
    const r = result("fastest gpu to serve 70B");
    expect(r.breakdown.weights).toBe(70e9 * 2);
    expect(r.serving.tp).toBe(4);
  });

  it("部署 70B 用哪張卡最便宜: the note in Chinese", () => {
    expect(said("部署 70B 用哪張卡最便宜", "zh-TW")).toContain("部署推論不會比較「最便宜」");
  });

  it("a GPU named gets no such note; a training line still gets the lineup side by side", () => {
    expect(ask("serve 70B on H200").notes.map((note) => note.key)).not.toContain("read.bestGpuServing");
    expect(ask("fastest gpu for 70B 2T").notes.map((note) => note.key)).toContain("read.bestGpu");
  });
});

describe("the KV cache per token", () => {
  // Llama 3 70B (config.json): 80 layers, 8 KV heads of 128; bf16 is 2 bytes.
  const LLAMA3_70B_KV = 2 * 80 * 8 * 128 * 2;

  it.each([
    ["kv cache per token for llama 3 70b", "kv cache per token", LLAMA3_70B_KV],
    ["per-token kv cache of llama 3 8b", "per-token kv cache", KV_BYTES_PER_TOKEN],
  ])(
    "%s: one token's 2·L·n_kv·d_head·bytes said with its value (`per token` was dropped unsaid)",
    (line, typed, bytes) => {
      const reply = ask(line);
      const note = reply.notes.find((n) => n.key === "read.kvPerToken");
      expect(note?.params?.typed).toBe(typed);
      expect(result(line).serving.kvBytesPerToken).toBe(bytes);
      expect(said(line)).toContain(`(${bytes.toLocaleString("en-US")} bytes)`);
    },
  );

  it("llama 3 70b 每個 token 的 KV cache: 327,680 bytes, said in Chinese", () => {
    expect(said("llama 3 70b 每個 token 的 KV cache", "zh-TW")).toContain(
      `將「每個 token 的 KV cache」解讀為一個 token 的 KV cache：328 KB (327,680 bytes)`,
    );
  });

  it.each(["kv cache per token", "kv cache", "KV cache 多大"])(
    "%s with no model: the model's shape is what is missing, with a model's line to try (it said add params=, and tried 70B, whose cache is not counted)",
    (line) => {
      const reply = ask(line, line.includes("多") ? "zh-TW" : "en");
      expect(reply.error?.key).toBe("cards.kvNeedsModel");
      expect(reply.hint?.params?.example).toBe("/flops cards llama-3-8b mode=infer");
      expect(result("cards llama-3-8b mode=infer").serving.kvBytesPerToken).toBe(KV_BYTES_PER_TOKEN);
    },
  );

  it("how big is the kv cache for llama 3 70b at 32k: read as the cache's memory, 327,680 B × 32,768, not the weights'", () => {
    const line = "how big is the kv cache for llama 3 70b at 32k";
    const keys = ask(line).notes.map((n) => n.key);
    expect(keys).toContain("read.sizeAsKv");
    expect(keys).not.toContain("read.sizeAsWeights");
    expect(result(line).breakdown.kvCache).toBe(LLAMA3_70B_KV * 32 * 1024);
    expect(ask("how big is llama 3 70b").notes.map((n) => n.key)).toContain("read.sizeAsWeights");
  });
});

describe("a memory no card of that name has", () => {
  it.each([
    ["13B on a 16GB A100", "16GB", "A100", "40, 80", "/flops 13B on a 40GB A100"],
    ["13B on A100 16GB", "16GB", "A100", "40, 80", "/flops 13B on A100 40GB"],
    ["serve 13B on a 16GB A100", "16GB", "A100", "40, 80", "/flops serve 13B on a 40GB A100"],
    ["13B on a 120GB A100", "120GB", "A100", "40, 80", "/flops 13B on a 80GB A100"],
    ["70B on an 80GB 4090", "80GB", "4090", "24", "/flops 70B on an 24GB 4090"],
  ])(
    "%s: refused, naming the sizes the catalog has (it read the 80GB card and left %s unused, or blamed `gb`)",
    (line, typed, gpu, sizes, example) => {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("read.noSuchMemory");
      expect(reply.error?.params).toMatchObject({ typed, gpu, sizes });
      expect(reply.hint?.params?.example).toBe(example);
    },
  );

  it("the Try line answers on the 40 GB A100 (A100 datasheet: 40 GB, 36 GB usable at 90%)", () => {
    const r = result("serve 13B on a 40GB A100");
    expect(r.gpu).toBe(findGpu("a100-40gb-sxm").name);
    expect(findGpu("a100-40gb-sxm").memoryGB).toBe(40);
    expect(r.usableBytesPerCard).toBe(0.9 * 40e9);
  });

  it("用 16GB 的 A100 跑 13B: in Chinese, the Try line the asker's own", () => {
    const reply = ask("用 16GB 的 A100 跑 13B", "zh-TW");
    expect(reply.error?.key).toBe("read.noSuchMemory");
    expect(reply.hint?.params?.example).toBe("/flops 用 40GB 的 A100 跑 13B");
    expect(said("用 16GB 的 A100 跑 13B", "zh-TW")).toContain("沒有 16GB 的 A100");
  });

  it.each(["7B on 8 80GB A100s", "70B 2T on 512 A100 40GB", "llama 3 8b on a 24GB 4090"])(
    "%s: a size the card has is still read as it",
    (line) => {
      expect(ask(line).ok).toBe(true);
    },
  );
});

describe("GPUs listed with commas, and spaced slashes", () => {
  const seconds = (gpu: string) =>
    (6 * 70e9 * 2e12) / (512 * (findGpu(gpu).peakTflops.bf16 ?? 0) * 1e12 * 0.4);

  it.each([
    "70B 2T on 512 H100, H200, B200",
    "70B 2T on 512 H100,H200,B200",
    "70B 2T on 512 H100 , H200 , B200",
    "70B 2T on 512 H100, H200, and B200",
  ])(
    "%s: the three side by side, 6ND / (512 × peak × MFU 0.4) each (it said gpu was given twice)",
    (line) => {
      const byGpu = result(line).byGpu as { gpu: string; seconds: number }[];
      expect(byGpu.map((row) => row.gpu).sort()).toEqual(
        [findGpu("b200").name, findGpu("h100-sxm").name, findGpu("h200").name].sort(),
      );
      for (const id of ["b200", "h100-sxm", "h200"])
        expect(byGpu.find((row) => row.gpu === findGpu(id).name)?.seconds).toBeCloseTo(seconds(id), 3);
    },
  );

  it("a comma before words that name no GPU is left as it was (`70B 2T on H100, how long`)", () => {
    expect(result("70B 2T on H100, how long").gpu).toBe(findGpu("h100-sxm").name);
  });

  it("H100 / A100: the filter said as the names typed (it showed `H100 , A100`)", () => {
    expect(said("H100 / A100")).not.toContain("H100 , A100");
    expect(said("H100 / A100")).toContain("filter H100, A100");
  });

  it.each([
    ["7B / 13B / 70B", "7B / 13B / 70B", "/flops 7B"],
    ["chinchilla 7B / 13B", "7B / 13B", "/flops chinchilla 7B"],
  ])(
    "%s: several model sizes, as `7B/13B/70B` is (it read a division, 0.0077 parameters)",
    (line, value, example) => {
      const reply = ask(line);
      expect(reply.error?.key).toBe("read.slashedSizes");
      expect(reply.error?.params?.value).toBe(value);
      expect(reply.hint?.params?.example).toBe(example);
    },
  );

  it("70B / 2T is still a model and its tokens, offered apart", () => {
    expect(ask("70B / 2T").hint?.params?.example).toBe("/flops 70B 2T");
  });
});

describe("a ZeRO stage said in words (`zero 2`, `ZeRO stage 3`)", () => {
  it.each([
    "train 7B with zero 2 on 8 A100",
    "cards 7B zero 2 on 8 A100",
    "train 7B with ZeRO stage 2 on 8 A100",
  ])(
    "%s: as zero-2, 2 B of weights + (2 + 12) B sharded over dp 2 = 7B × 9 B = 63 GB a GPU (it was refused, or read 7B as the stage)",
    (line) => {
      const r = result(line);
      expect(r.layout.zero).toBe(2);
      expect(r.layout.dp).toBe(2);
      expect(r.layout.bytesPerGpu).toBe(7e9 * (2 + (2 + 12) / 2));
    },
  );

  it("a refusal names the stage as typed (`zero 1`, not `zero-1`)", () => {
    const reply = ask("70B 2T on 1024 H100 zero 1");
    expect(reply.error?.params?.word).toBe("zero 1");
  });
});

describe("the unit a time is asked in (`in hours`, `in days`)", () => {
  // 6 × 7B × 1T / (8 × 989.4 TFLOP/s × 40%) = 1.33e7 s, about 154 days.
  it.each([
    ["7B 1T on 8 H100 in hours", "in hours"],
    ["how long in days is 7B 1T on 8 H100", "in days"],
  ])("%s: the time, said as read (it refused the unit as a word)", (line, typed) => {
    const reply = ask(line);
    expect(reply.notes.find((n) => n.key === "read.unitAsked")?.params?.typed).toBe(typed);
    const peak = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
    expect(result(line).seconds).toBeCloseTo((6 * 7e9 * 1e12) / (8 * peak * 0.4), 0);
  });

  it("in 30 days is still a deadline", () => {
    expect(ask("7B 1T on 8 H100 in 30 days").notes.map((n) => n.key)).not.toContain("read.unitAsked");
    expect(result("7B 1T on 8 H100 in 30 days").seconds).toBe(30 * 86400);
  });
});

describe("a run's GPUs asked (`llama 3 70b how many gpus`, 要幾張卡)", () => {
  it.each([
    ["llama 3 70b how many gpus", "en"],
    ["llama 3 70b 要幾張卡", "zh-TW"],
    ["llama 3 70b 需要多少張卡", "zh-TW"],
  ] as const)(
    "%s: the run's plan with the cards it takes pointed to, as `how many gpus for llama 3 70b` (it searched the GPU catalog for `llama-3-70b`)",
    (line, lang) => {
      const reply = ask(line, lang);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("compute");
      expect(reply.notes.find((n) => n.key === "read.alsoAskedCount")?.params?.example).toBe(
        "cards llama-3-70b gpu=h100-sxm mode=train",
      );
      // Meta Llama 3 model card: 6.4M H100-hours for 70B.
      expect((reply.result as { gpuHours: number }).gpuHours).toBe(6.4e6);
    },
  );

  it("the line it points to: mixed-precision Adam, 16 B × 70,553,706,496 parameters of training state", () => {
    expect(result("cards llama-3-70b gpu=h100-sxm mode=train").bytesTotal).toBe(16 * 70_553_706_496);
  });
});

describe("資料量, 数据量 (the amount of data)", () => {
  it.each(["7B 模型 chinchilla 最佳資料量", "7B 模型 chinchilla 最佳数据量"])(
    "%s: Chinchilla's 20 tokens a parameter, 140B for 7B (it said tokens needs a number, not 資料量)",
    (line) => {
      expect(result(line).tokens).toBe(20 * 7e9);
    },
  );

  it("70B 資料量 2T: 2T is the tokens, 6 × 70B × 2T = 8.4e23 FLOP", () => {
    const reply = ask("70B 資料量 2T 用 1024 張 H100", "zh-TW");
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
    expect((reply.result as { tokens: number }).tokens).toBe(2e12);
  });
});

describe("several typos in one line", () => {
  it.each([
    ["trainign 7B on 1T tokns with 64 h100", "/flops training 7B on 1T tokens with 64 h100"],
    [
      "hwo long to trian 7B on 1T tokesn with 64 h100",
      "/flops how long to train 7B on 1T tokens with 64 h100",
    ],
  ])("%s: the Try line has each spelled right (it offered the generic example)", (line, example) => {
    expect(ask(line).hint?.params?.example).toBe(example);
    // The line offered answers: 6 × 7B × 1T / (64 × 989.4 TFLOP/s × 40%).
    const peak = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
    expect(result(example.replace("/flops ", "")).seconds).toBeCloseTo(
      (6 * 7e9 * 1e12) / (64 * peak * 0.4),
      0,
    );
  });
});

describe("runs and GPUs compared by `or`, `more efficient than`, with the metric named", () => {
  it.each([
    "which is more efficient gpt-3 or chinchilla",
    "which is more efficient, gpt-3 or chinchilla?",
    "gpt-3 or chinchilla",
  ])(
    "%s: side by side, GPT-3 1.7 and Chinchilla 20 tokens a parameter (it refused `more`, or `or` as a run)",
    (line) => {
      const models = result(line).models as { id: string; tokensPerParam: number }[];
      expect(models.map((m) => m.id)).toEqual(["gpt-3-175b", "chinchilla-70b"]);
      // Brown et al. 2020: 300B tokens for 175B; Hoffmann et al. 2022: 1.4T for 70B.
      expect(models[0]?.tokensPerParam).toBeCloseTo(300e9 / 175e9, 9);
      expect(models[1]?.tokensPerParam).toBe(1.4e12 / 70e9);
    },
  );

  it("llama 3 405b vs deepseek v3 mfu: the comparison, whose rows hold each run's MFU (it looked for a run named `mfu`)", () => {
    const models = result("llama 3 405b vs deepseek v3 mfu").models as { id: string; mfu6N: number }[];
    expect(models.map((m) => m.id)).toEqual(["llama-3-405b", "deepseek-v3"]);
    // DeepSeek-V3: 6 × 37B active × 14.8T over 2,664K H800-hours at 989.4 TFLOP/s bf16 dense.
    const peak = (findGpu("h800").peakTflops.bf16 ?? 0) * 1e12;
    expect(models[1]?.mfu6N).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * peak), 3);
  });

  it("is H100 more efficient than A100: their catalog lines side by side (it refused `more`)", () => {
    const gpus = result("is H100 more efficient than A100").gpus as { id: string }[];
    expect(gpus.map((g) => g.id)).toContain("h100-sxm");
    expect(gpus.map((g) => g.id)).toContain("a100-80gb-sxm");
  });
});

describe("FLOPs per token asked", () => {
  it.each([
    "flops per token for 70b",
    "/flops flops per token for 70b",
    "forward pass flops 70B",
    "70B inference FLOPs/token",
  ])(
    "%s: the serving answer's Inference FLOP per token, 2·N = 1.4e11 (it refused `per`, or `forward`)",
    (line) => {
      const reply = ask(line);
      expect(reply.command).toBe("cards");
      expect(reply.notes.map((n) => n.key)).toContain("read.flopsPerToken");
      expect(result(line).inferenceFlopsPerToken).toBe(2 * 70e9);
    },
  );

  it("flops per token llama 3 8b: 2·N + 4·L·ctx·d_attn at its 8,192 context (PaLM App. B)", () => {
    expect(result("flops per token llama 3 8b").inferenceFlopsPerToken).toBe(
      2 * LLAMA3_8B + 4 * 32 * 8192 * 32 * 128,
    );
  });

  it("the note quotes the words typed", () => {
    const note = ask("70B inference FLOPs/token").notes.find((n) => n.key === "read.flopsPerToken");
    expect(note?.params?.typed).toBe("inference FLOPs/token");
  });

  it("`flops 70B 2T` still has `flops` as the bot's name: 6 × 70B × 2T", () => {
    expect(result("flops 70B 2T").flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
  });
});

describe("nodes counted by what each holds, a memory in brackets", () => {
  it.each([
    ["70B 2T on 64 8xH100 nodes", 512, "h100-sxm"],
    ["70B 2T on 16 8x A100 servers", 128, "a100-80gb-sxm"],
  ])("%s: %i GPUs, as `N nodes of 8` (the count was blamed, the Try line one node)", (line, gpus, id) => {
    const r = result(line);
    expect(r.gpus).toBe(gpus);
    const peak = (findGpu(id).peakTflops.bf16 ?? 0) * 1e12;
    expect(r.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (gpus * peak * 0.4), 0);
  });

  it.each([
    ["7B 1T on 8 a100s (80gb)", "a100-80gb-sxm"],
    ["7B 1T on 8 a100s (40 GB)", "a100-40gb-sxm"],
  ])("%s: the card of that memory (it refused the bracketed word)", (line, id) => {
    expect(result(line).gpu).toBe(findGpu(id).name);
  });
});

describe("epochs", () => {
  it.each([
    ["7B 1T on 64 H100 for 2 epochs", 2e12],
    ["7B on 1T tokens for 3 epochs on 64 H100", 3e12],
    ["7B 500B tokens x 2 epochs on 64 H100", 1e12],
    ["7B tokens=1T 2 epochs on 64 H100", 2e12],
  ])("%s: D is every pass, 6 × 7B × %d (it refused `epochs`)", (line, seen) => {
    const reply = ask(line);
    expect(reply.notes.map((n) => n.key)).toContain("read.epochs");
    expect(result(line).flops).toBeCloseTo(6 * 7e9 * seen, -18);
  });

  it("用 64 張 H100 訓練 7B 1T token 2 個 epoch: the same in Chinese", () => {
    const reply = ask("用 64 張 H100 訓練 7B 1T token 2 個 epoch", "zh-TW");
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 7e9 * 2e12, -18);
    expect(said("用 64 張 H100 訓練 7B 1T token 2 個 epoch", "zh-TW")).toContain("2 個 epoch");
  });

  it("7B for 2 epochs on 64 H100: no tokens to repeat, refused (it read 2 tokens)", () => {
    const reply = ask("7B for 2 epochs on 64 H100");
    expect(reply.error?.key).toBe("read.epochsNeedTokens");
    expect(reply.error?.params?.epochs).toBe("2");
  });
});
