import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

/**
 * Questions researchers paste, checked against the published figures named beside each (never
 * read back from the bot).
 */

describe("a family and its version with no size (`what MFU did Llama 3 get`): that release's runs, never llama-65b", () => {
  it.each([
    ["what MFU did Llama 3 get", "Llama 3", "/flops what MFU did llama-3-405b get"],
    ["mfu llama 3", "llama 3", "/flops mfu llama-3-405b"],
    // `3 MFU` was read as an MFU of 3 and the family alone blamed.
    ["llama 3 mfu", "llama 3", "/flops llama-3-405b mfu"],
    ["Llama 3 的 MFU 是多少", "Llama 3", "/flops llama-3-405b 的 MFU 是多少"],
  ])("%s → Llama 3's sizes offered, largest first; Try the 405B", (line, query, example) => {
    const reply = ask(line);
    expect(reply.error?.key).toBe("model.unknown");
    expect(reply.error?.params?.query).toBe(query);
    expect(reply.error?.params?.suggestions).toBe("llama-3-405b, llama-3-70b, llama-3-8b");
    expect(reply.hint?.params?.example).toBe(example);
  });

  it("the Try line answers with the published MFU: Llama 3 405B, BF16 MFU 38–43% (Llama 3 Herd, Table 4)", () => {
    const reply = ask("what MFU did llama-3-405b get");
    expect(reply.command).toBe("mfu");
    expect(said("what MFU did llama-3-405b get")).toContain("38–43%");
    // 6 × 405,853,388,800 × 15.6T over 30.84M H100-hours at 989.4 TFLOP/s: 34.6% by 6N alone.
    expect(result("what MFU did llama-3-405b get").mfu6N).toBeCloseTo(
      (6 * 405_853_388_800 * 15.6e12) / (30.84e6 * 3600 * 989.4e12),
      4,
    );
  });

  it("gemma 2 on 8 H100: Gemma 2's 27B, 9B, 2B (Gemma 2 report §3.1)", () => {
    expect(ask("gemma 2 on 8 H100").error?.params?.suggestions).toBe("gemma-2-27b, gemma-2-9b, gemma-2-2b");
  });
});

describe("a release after a run's own name that the catalog does not hold (`palm 2`, `deepseek v4`) is refused as an unknown run", () => {
  it.each([
    // PaLM 2 (Google 2023) is no PaLM 540B on 2 tokens, nor at 2% MFU.
    ["palm 2", "palm 2", "palm-540b"],
    ["palm 2 mfu", "palm 2", "palm-540b"],
    // DeepSeek-V4 is no DeepSeek-V3 on TPU v4.
    ["deepseek v4", "deepseek v4", "deepseek-v3"],
    ["deepseek 3 mfu", "deepseek 3", "deepseek-v3"],
    ["mistral 7 mfu", "mistral 7", "mistral-7b"],
    ["compare palm 2 gopher", "palm 2", "palm-540b"],
  ])("%s: “%s” is no run; %s is offered, and nothing is computed", (line, query, offered) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("model.unknown");
    expect(reply.error?.params?.query).toBe(query);
    expect(String(reply.error?.params?.suggestions).split(", ")[0]).toBe(offered);
  });

  it("a count after the number is read as typed: `palm 2 gpus` is PaLM on 2 TPU v4 chips, `llama-3-8b 2 H100` on 2 H100", () => {
    expect(said("palm 2 gpus")).toContain("2 × Cloud TPU v4");
    expect(said("llama-3-8b 2 H100")).toContain("2 × H100 SXM5 80GB");
  });
});

describe("要多少 H100 (張 left out) asks a count, as 要多少張 H100 and `how many H100` do", () => {
  it.each(["訓練 70B 模型 1.4T tokens 要多少 H100", "70B 1.4T 需要多少 GPU", "70B 1.4T 要多少個 H100"])(
    "%s: the count noted, never 1,024 assumed in silence",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      expect(said(line, "zh-TW")).toContain("你問了需要幾張");
    },
  );

  it("Chinchilla's 70B on 1.4T tokens (Hoffmann et al. 2022 §4.1): 6ND = 5.88e23 FLOP", () => {
    expect(result("70B 1.4T 要多少 H100").flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
  });

  it("多少 GPU 小時 stays a question of GPU time, no count noted", () => {
    expect(said("70B 1.4T 用 H100 要多少 GPU 小時", "zh-TW")).not.toContain("你問了需要幾張");
  });

  it.each(["70B 2T H100 需要多少 GPU-days", "70B 2T 需要多少 H100 GPU 小時"])(
    "%s stays GPU time as before, never a count (GPU-days was refused as `-days`)",
    (line) => {
      expect(ask(line, "zh-TW").ok).toBe(true);
      const text = said(line, "zh-TW");
      expect(text).toContain("在問 GPU 時間");
      expect(text).not.toContain("你問了需要幾張");
    },
  );
});

describe("tokens per second asked of serve, or of a run it cannot name (`tokens/s to serve llama 70b on 2 H100`)", () => {
  // Llama 3 70B: 70,553,706,496 parameters (Hugging Face safetensors), bf16, TP 4 on H100 SXM5
  // (3.35 TB/s, datasheet): each decode step reads a quarter of the weights and of the 8,192-token
  // cache (2 · 80 · 8 · 128 · 2 B = 327,680 B a token); not the untied embedding table (128,256 × 8,192),
  // of which a step gathers one row a sequence.
  const stepSeconds = (((70_553_706_496 - 128_256 * 8192) * 2) / 4 + (327_680 * 8192) / 4) / 3.35e12;

  it.each([
    "serve llama-3-70b on 4 H100 tokens/s",
    "serve llama-3-70b on 4 H100 tokens per second",
    "serve llama-3-70b on 4 H100 tok/s",
    "what throughput in tokens/s to serve llama-3-70b on 4 H100",
  ])("%s: serve answers the rate it was asked (it refused tokens/s as an unknown word)", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    expect(result(line).throughput.decodeStepSeconds).toBeCloseTo(stepSeconds, 6);
  });

  it("tokens/s to serve llama 70b on 2 H100: the run blamed with its sizes, never `give a model and a GPU`", () => {
    const reply = ask("tokens/s to serve llama 70b on 2 H100");
    expect(reply.error?.key).toBe("model.unknown");
    expect(reply.error?.params?.suggestions).toContain("llama-3-70b");
    expect(reply.hint?.params?.example).toBe("/flops serve 70b on 2 H100");
  });
});

describe("zh-TW formulas carry no English words (the MFU range's point, the serving layout)", () => {
  it("用 64 張 A100 訓練 7B 1T: the time is 4.2e22 / (64 × 312T × 0.4) = 60.9 天, the range in 天, no `point:`", () => {
    // 6 × 7e9 × 1e12 = 4.2e22 FLOP; A100 bf16 dense 312 TFLOP/s (NVIDIA A100 datasheet).
    // 4.2e22 / (64 × 312e12 × 0.4) = 5.26e6 s = 60.9 days; at 50%, 48.7 days.
    const zh = said("7B 1T 64 A100", "zh-TW");
    expect(zh).toContain("60.9 天");
    expect(zh).not.toContain("point:");
    expect(zh).toContain("48.7 天");
    expect(zh).not.toMatch(/\d d[,;\s]/);
  });

  it("chinchilla 70B in zh-TW: Hoffmann Table 3 and Eq. 4 in Chinese; Approach 3 gives C = 3.22e24 → 7.66T tokens", () => {
    // Eq. 4 with E 1.69, A 406.4, B 410.7, α 0.34, β 0.28: N_opt = G·(C/6)^(β/(α+β)), G = (αA/(βB))^(1/(α+β)).
    const G = ((0.34 * 406.4) / (0.28 * 410.7)) ** (1 / 0.62);
    const c = 6 * (70e9 / G) ** (0.62 / 0.28);
    const zh = said("chinchilla 70B", "zh-TW");
    expect(zh).not.toContain("log-log between its rows");
    expect(zh).not.toContain("N optimal at");
    expect(zh).toContain(`${Number((c / 1e24).toFixed(2))}e24`);
    expect(zh).toContain(`${Number((c / 6 / 70e9 / 1e12).toFixed(2))}T`);
  });

  it("serve llama-3-70b on H100 in zh-TW: no `dividing` or `per replica`", () => {
    const zh = said("serve llama-3-70b gpu=H100", "zh-TW");
    expect(zh).not.toContain("dividing");
    expect(zh).not.toContain("per replica");
    expect(zh).toContain("整除 64 個 head");
  });
});

describe("the MFU of a named run shows what its paper published and its caveats (OPT-175B)", () => {
  it("opt mfu: OPT's published 147 TFLOP/s per GPU (OPT §2.4), 147 / 312 = 47.1% of the A100's dense peak", () => {
    const text = said("opt mfu");
    expect(text).toContain("147 TFLOP/s per GPU");
    expect(text).toContain(`${((147 / 312) * 100).toFixed(1)}%`);
  });

  it("opt mfu: the 180B tokens are the corpus size (OPT §2.3), so the MFU from 809,472 GPU-hours is rough", () => {
    expect(said("opt mfu")).toContain("corpus size");
    // 6 × 175e9 × 180e9 over 809,472 A100-hours (LLaMA Table 15) at 312 TFLOP/s: 20.8% by 6N.
    expect(result("opt mfu").mfu6N).toBeCloseTo((6 * 175e9 * 180e9) / (809_472 * 3600 * 312e12), 4);
  });

  it("mfu llama-3-405b: the 30.84M GPU-hours cover the whole training (model card), said beside the MFU", () => {
    expect(said("mfu llama-3-405b")).toContain("30.84M GPU-hours cover the whole 405B training");
  });
});

describe("a rate per GPU with no GPU count (`mfu 65B 1.4T A100 380 tokens/s/gpu`): no wall time of one GPU", () => {
  it("LLaMA-65B's 380 tokens/s/GPU (LLaMA §2.4) on A100: 380 × 6 × 65e9 / 312e12 = 47.5% MFU, no 117-year row", () => {
    const reply = result("mfu 65B 1.4T A100 380 tokens/s/gpu");
    expect(reply.mfu).toBeCloseTo((380 * 6 * 65e9) / 312e12, 6);
    expect(reply.seconds).toBeUndefined();
    expect(said("mfu 65B 1.4T A100 380 tokens/s/gpu")).not.toContain("years");
    expect(said("mfu 65B 1.4T A100 380 tokens/s/gpu")).toContain("No GPU count given");
  });

  it("with LLaMA's 2048 A100: 1.4T / (380 × 2,048) tokens/s = 20.8 days (LLaMA §2.4: about 21 days)", () => {
    expect(result("65B 1.4T 2048 A100 380 tokens/sec/GPU how long").seconds / 86_400).toBeCloseTo(
      1.4e12 / (380 * 2048) / 86_400,
      6,
    );
  });
});

describe("DeepSeek-V3's published cost (Table 1: $5.576M at $2 per H800 GPU-hour, every stage)", () => {
  it("How much did it cost to train DeepSeek-V3?: the report's $5.576M is said, with price= to add for ours (none was given)", () => {
    const line = "How much did it cost to train DeepSeek-V3?";
    expect(said(line)).toContain("$5.576M");
    expect(said(line)).toContain("add price= for ours");
    expect(said(line)).not.toContain("the price given");
    expect(said(line, "zh-TW")).toContain("加上 price=");
    expect(said("deepseek v3 cost at $2/hour")).toContain("the GPU-hours above × the price given");
  });

  it("at $2/h ours is the pre-training's 2,664K × $2 = $5.328M (Table 1's first column), the report's total said too", () => {
    expect(result("deepseek v3 cost at $2/hour").costUsd).toBeCloseTo(2.664e6 * 2, 0);
    expect(said("deepseek v3 cost at $2/hour")).toContain("$5.576M");
    // 2,664K + 119K + 5K = 2,788K GPU-hours; × $2 = $5.576M.
    expect((2.664e6 + 119e3 + 5e3) * 2).toBeCloseTo(5.576e6, 0);
  });
});

describe("a GPU's compute asked in zh-TW (`H100 的 bf16 算力是多少`, 算力 read as flops): the catalog's line", () => {
  it.each([
    ["H100 的 bf16 算力是多少", "zh-TW"],
    ["H100 算力", "zh-TW"],
    ["H100 flops", "en"],
  ] as const)(
    "%s → gpus, H100 SXM5 dense bf16 989.4 TFLOP/s (NVIDIA H100 datasheet: 1,979 with sparsity)",
    (line, lang) => {
      const reply = ask(line, lang);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("gpus");
      expect(said(line, lang)).toContain("989.4 / 1,978.9");
    },
  );

  it.each([
    "which has more flops H100 or A100",
    "H100 or A100 which has more flops",
    "which has more memory H100 or A100",
  ])(
    "%s: both lines side by side as before flops asked a figure (H100 SXM5 989.4, A100 312 TFLOP/s dense bf16)",
    (line) => {
      const reply = ask(line);
      expect(reply.command).toBe("gpus");
      expect(said(line)).toContain("989.4 / 1,978.9");
      expect(said(line)).toContain("A100 SXM4 80GB · 80 GB · 2.04 TB/s · 312");
    },
  );

  it("7B 2T flops stays training compute: 6 × 7e9 × 2e12 = 8.4e22", () => {
    expect(result("7B 2T flops").flops).toBeCloseTo(8.4e22, -19);
  });
});

describe("a training framework typed in a plan (`using deepspeed`, `ZeRO-3`, `with FSDP`): never DeepSeek-V3", () => {
  it.each([
    ["train 7B on 1T tokens with 64 A100s using deepspeed", "/flops train 7B on 1T tokens with 64 A100s"],
    ["train 7B on 1T tokens with 64 A100s using ZeRO-3", "/flops train 7B on 1T tokens with 64 A100s"],
    ["7B 1T on 64 H100 with FSDP at 45% mfu", "/flops 7B 1T on 64 H100 at 45% mfu"],
    ["7B 1T 64 A100 megatron", "/flops 7B 1T 64 A100"],
  ])("%s: said to change the MFU, not 6ND; Try %s", (line, example) => {
    const reply = ask(line);
    expect(reply.error?.key).toBe("read.framework");
    expect(said(line)).not.toContain("deepseek-v3");
    expect(reply.hint?.params?.example).toBe(example);
  });

  it("the Try line's plan: 6 × 7e9 × 1e12 = 4.2e22 FLOP on 64 A100 (312 TFLOP/s) at 40%: 60.9 days", () => {
    expect(result("train 7B on 1T tokens with 64 A100s").seconds / 86_400).toBeCloseTo(
      4.2e22 / (64 * 312e12 * 0.4) / 86_400,
      6,
    );
  });

  it("in cards the ZeRO stage is an option: zero-3 reads as zero=3; deepspeed is pointed at zero=, tp=, pp=", () => {
    // 16 B × 70e9 = 1,120 GB of mixed-precision Adam states (ZeRO, Rajbhandari et al. 2020) over 72 GB usable: 16 cards.
    expect(result("cards 70B gpu=H100 mode=train zero=3").cards).toBe(16);
    for (const line of ["cards 70B gpu=H100 mode=train zero-3", "cards 70B gpu=H100 mode=train ZeRO3"]) {
      const zero = toJson(ask(line), "en") as { readAs: { zero: string }; result: { cards: number } };
      expect(zero.readAs.zero, said(line)).toBe("3");
      expect(zero.result.cards).toBe(16);
    }
    expect(ask("cards 70B on 8 H100 train with deepspeed").error?.key).toBe("read.frameworkMemory");
  });
});

describe("a framework's word that is no framework where it stands", () => {
  it.each(["megatron 530b mfu", "megatron 530B"])(
    "%s: Megatron-Turing NLG 530B (Smith et al. 2022) offered, as before frameworks were read",
    (line) => {
      const reply = ask(line);
      expect(reply.error?.key).toBe("model.unknown");
      expect(reply.error?.params?.suggestions).toBe("mt-nlg-530b");
    },
  );

  it("megatron before a size no run of it has (`with megatron 70B 2T`) is still the framework", () => {
    expect(ask("train with megatron 70B 2T on 512 H100").error?.key).toBe("read.framework");
  });

  it.each(["7B 1T from zero on 64 H100", "70B 2T zero shot", "7B 1T on 64 H100 with zero downtime"])(
    "%s: a lower-case zero with no stage after it is no ZeRO",
    (line) => {
      expect(ask(line).error?.key).toBe("read.unknownWord");
    },
  );

  it.each(["70B 2T 512 H100 zero 3", "70B 2T 512 H100 with ZeRO"])(
    "%s: ZeRO as typed, or with its stage, is",
    (line) => {
      expect(ask(line).error?.key).toBe("read.framework");
    },
  );

  it("how much memory to train 70B with deepspeed zero 3: the Try line keeps `with zero 3`, never a serving example", () => {
    const line = "how much memory to train 70B with deepspeed zero 3";
    const reply = ask(line);
    expect(reply.error?.key).toBe("read.frameworkMemory");
    expect(reply.hint?.params?.example).toBe("/flops how much memory to train 70B with zero 3");
    // ZeRO-3 (Rajbhandari et al. 2020): 16 B × 70e9 = 1,120 GB of training state over 72 GB usable per H100.
    expect(result("how much memory to train 70B with zero 3").cards).toBe(16);
  });
});

describe("a FLOP count typed beside the size and tokens (`405B 15.6T 3.8e25 flops`) is said, never dropped", () => {
  it("Llama 3 405B (Llama 3 Herd §3.2.1: 3.8e25 FLOPs): 6 × 405B × 15.6T = 3.79e25 is 99.8% of it", () => {
    const line = "405B 15.6T 3.8e25 flops";
    expect(result(line).flops).toBeCloseTo(6 * 405e9 * 15.6e12, -22);
    const text = said(line);
    expect(text).toContain("3.8e25 FLOP typed sets neither");
    expect(text).toContain(`${(((6 * 405e9 * 15.6e12) / 3.8e25) * 100).toFixed(1)}%`);
  });
});

describe("GPUs in thousands that may be a power of two (`16k H100`: the Llama 3 paper's 16K H100 are 16,384)", () => {
  it.each(["cards 70B 16k H100", "serve llama-3-70b on 16k H100"])(
    "%s: the option to type is the command's own (available=16384), never gpus=, which it refuses",
    (line) => {
      const text = said(line);
      expect(text).toContain("type available=16384");
      expect(text).not.toContain("gpus=16384");
      expect(ask(line.replace("16k", "16384")).ok).toBe(true);
    },
  );

  it("405B 15.6T 16k H100 54 days mfu: read as 16,000 and said, with gpus=16384 to type", () => {
    const line = "405B 15.6T 16k H100 54 days mfu";
    // 6 × 405e9 × 15.6e12 / (16,000 × 54 × 86,400 s × 989.4e12) as read.
    expect(result(line).mfu).toBeCloseTo((6 * 405e9 * 15.6e12) / (16_000 * 54 * 86_400 * 989.4e12), 6);
    expect(said(line)).toContain("gpus=16384");
  });

  it("2.5k H100 is no power of two: no note", () => {
    expect(said("405B 15.6T 2.5k H100")).not.toContain("papers often write");
  });
});

describe("MFU from a run's total FLOP over its GPU time (`mfu 3.8e25 FLOP 16384 H100 54 days`)", () => {
  it("Llama 3 405B's 3.8e25 FLOP (Llama 3 Herd §3.2.1) on 16,384 H100 for 54 days: C / (GPU-s × 989.4 TFLOP/s)", () => {
    const line = "mfu 3.8e25 FLOP 16384 H100 54 days";
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(result(line).mfu).toBeCloseTo(3.8e25 / (16_384 * 54 * 86_400 * 989.4e12), 6);
    expect(said(line)).toContain("as given");
  });

  it("GPT-3's 3.14e23 FLOP (Table D.1) on 10,000 V100 for 14.8 days (Patterson et al. 2021): 19.6% of fp16's 125 TFLOP/s", () => {
    expect(result("mfu flops=3.14e23 gpu=V100 gpus=10000 days=14.8").mfu).toBeCloseTo(
      3.14e23 / (10_000 * 14.8 * 86_400 * 125e12),
      6,
    );
  });

  it("with the size and tokens too, 6ND sets the model FLOP and the count typed is held against it", () => {
    expect(said("mfu 405B 15.6T 3.8e25 flops 16384 H100 54 days")).toContain(
      "3.8e25 FLOP typed sets neither",
    );
  });
});
