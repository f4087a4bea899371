import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { readFollowUp } from "../../src/conversation/followUp.ts";
import type { Question } from "../../src/conversation/question.ts";
import { ask, rendered, result, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16; NVIDIA A100 datasheet: 312 TFLOP/s dense bf16. */
const H100 = 989.4e12;
const A100 = 312e12;
const DAY = 86_400;

describe("a past run asked about (`what was the MFU of …`): `was` is no word to refuse", () => {
  it("what was the MFU of PaLM → 46.2%, PaLM's own figure (Chowdhery et al. 2022, Table 3)", () => {
    for (const line of ["what was the MFU of PaLM", "what was the MFU of PaLM?", "PaLM's MFU"]) {
      const reply = ask(line);
      expect(reply.command).toBe("mfu");
      expect(result(line).mfu).toBeCloseTo(0.462, 3);
    }
  });

  it("what was the MFU of Llama 3 405B: 6N + attention over 30.84M H100-hours (Llama 3 model card)", () => {
    // 15.6T tokens × (6 × 405.9B + 12 × 126 × 128 × 128 × 8192) / (30.84M × 3600 × 989.4 TFLOP/s) ≈ 37.5%
    // (Table 4's 38–43% is measured on pre-training steps; the GPU-hours cover the whole training).
    for (const line of ["what was the MFU of Llama 3 405B", "what was llama 3 405b's MFU"]) {
      expect(ask(line).command).toBe("mfu");
      const r = result(line);
      expect(r.mfuWithAttention).toBeGreaterThan(0.37);
      expect(r.mfuWithAttention).toBeLessThan(0.38);
    }
  });

  it("what's deepseek v3's mfu: 6 × 37B × 14.8T / (2.664M × 3600 × 989.4 TFLOP/s) ≈ 34.6% (DeepSeek-AI 2024, §1 and Table 1)", () => {
    const r = result("what's deepseek v3's mfu");
    expect(r.mfu).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * H100), 3);
  });
});

describe("a question mark set apart (`palm mfu ?`, zh-TW 是多少？) leaves the command named last asked", () => {
  it("palm mfu ? is PaLM's MFU, 46.2%", () => {
    expect(ask("palm mfu ?").command).toBe("mfu");
    expect(result("palm mfu ?").mfu).toBeCloseTo(0.462, 3);
  });

  it("DeepSeek V3 的 MFU 是多少？ is DeepSeek-V3's MFU (37B active of 671B, 2.664M H800 GPU-hours)", () => {
    for (const line of ["DeepSeek V3 的 MFU 是多少？", "PaLM 的 MFU 是多少？"]) {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("mfu");
    }
    expect(result("DeepSeek V3 的 MFU 是多少？").mfu).toBeCloseTo(
      (6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * H100),
      3,
    );
  });
});

describe("planning from GPUs and a deadline said as a sentence", () => {
  // 2,048 × 30 d × 24 h = 1,474,560 GPU-hours; C = GPU-h × 3600 × 989.4 TFLOP/s × 40% = 2.1e24 FLOP;
  // N* = √(C/120) ≈ 132B, D* = 20·N* (Hoffmann et al. 2022, §3.4).
  it("I have 2048 H100s for 30 days, what's the biggest model I can train chinchilla-optimally? → ≈132B on 2.65T", () => {
    const line = "I have 2048 H100s for 30 days, what's the biggest model I can train chinchilla-optimally?";
    const r = result(line);
    expect(r.gpuHours).toBe(2048 * 30 * 24);
    const flops = 2048 * 30 * DAY * H100 * 0.4;
    expect(r.flops).toBeCloseTo(flops, -21);
    expect(r.optimalParams).toBeCloseTo(Math.sqrt(flops / 120), -7);
    expect(rendered(line).readAs).toContain("2,048 × H100");
  });
});

describe("units people type: months as `mo`, years as `yrs`", () => {
  it("70B 15T 1024 H100 6mo is six months, 182.6 days (a month is 1/12 of 365.25 days)", () => {
    for (const line of ["70B 15T 1024 H100 6mo", "70B 15T 1024 H100 6 mo"]) {
      expect(ask(line).ok).toBe(true);
      expect(result(line).seconds).toBeCloseTo(6 * (365.25 / 12) * DAY, 0);
    }
  });

  it("70B 15T 1024 H100 1.5 yrs is 1.5 years, and flagged as no plan", () => {
    const r = result("70B 15T 1024 H100 1.5 yrs");
    expect(r.seconds).toBeCloseTo(1.5 * 365.25 * DAY, 0);
    expect(ask("70B 15T 1024 H100 1.5 yrs").warnings.map((w) => w.key)).toContain("compute.planTooLong");
  });
});

describe("half a trillion tokens, 半兆 token: 500B tokens", () => {
  it.each([
    ["70B half a trillion tokens", "en"],
    ["70B on half a trillion tokens on 512 H100", "en"],
    ["70B 半兆 token", "zh-TW"],
  ] as const)("%s: 6 × 70B × 0.5T = 2.1e23 FLOP", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect((reply.result as { tokens: number }).tokens).toBe(0.5e12);
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 70e9 * 0.5e12, -18);
  });
});

describe("a count of GPUs in thousands with a decimal (`2.5k H100`)", () => {
  it.each(["70B 15T 2.5k H100", "70B 15T on 2.5k H100s", "70B 15T 2.5k GPUs H100", "70B 15T H100 2.5k"])(
    "%s: 2,500 × H100, time = 6ND / (2,500 × 989.4 TFLOP/s × 40%)",
    (line) => {
      const r = result(line);
      expect(r.gpus).toBe(2500);
      expect(r.seconds).toBeCloseTo((6 * 70e9 * 15e12) / (2500 * H100 * 0.4), -2);
    },
  );

  it("16k gpus H100 is 16,000 GPUs as 16k H100 is", () => {
    expect(result("70B 15T 16k gpus H100").gpus).toBe(16_000);
  });

  it("1.5k A100 for 3 months: 1,500 GPUs, MFU implied = 6ND / (1,500 × 91.3 d × 312 TFLOP/s) > 100%, flagged", () => {
    const line = "70B 15T on 1.5k A100 for 3 months";
    const r = result(line);
    expect(r.gpus).toBe(1500);
    const implied = (6 * 70e9 * 15e12) / (1500 * 3 * (365.25 / 12) * DAY * A100);
    expect(r.impliedMfu.sixN).toBeCloseTo(implied, 3);
    expect(ask(line).warnings.map((w) => w.key)).toContain("mfu.impossible");
  });
});

describe("prices in another currency are refused as such, never read as dollars", () => {
  it.each([
    "70B 15T H100 €2/h",
    "70B 15T H100 ¥15/h",
    "70B 15T H100 £2/h",
    "70B 15T H100 price=€2/h",
    "70B 15T H100 at 2 euros per hour",
    "70B 15T H100 2 GBP/h",
  ])("%s: refused, saying prices are in US dollars, with a dollar example", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.currency");
    expect(said(line)).toContain("price=$2/h");
  });

  it.each([
    "70B 15T H100 每小時 15 人民幣",
    "70B 15T H100 每小時 2 歐元",
    "70B 15T 預算 1000 萬台幣 H100 每小時 2 美元",
  ])("zh-TW %s: refused naming the currency as typed (人民幣's 人 is no count of users)", (line) => {
    const reply = ask(line, "zh-TW");
    expect(reply.error?.key).toBe("read.currency");
    const currency = ["人民幣", "歐元", "台幣"].find((c) => line.includes(c)) as string;
    expect(said(line, "zh-TW")).toContain(`「${currency}」不是美元`);
  });

  it("dollars still read: 70B 15T H100 每小時 2 美元 and $2/h are $2 per GPU-hour", () => {
    expect(result("70B 15T H100 $2/h").costUsd).toBeCloseTo(result("70B 15T H100 每小時 2 美元").costUsd, 0);
    expect(result("70B 15T H100 $2/h").costUsd).toBeCloseTo(result("70B 15T H100").gpuHours * 2, 0);
  });
});

describe("charts and explanations asked with other words (`plot`, `graph`, 畫圖, 解釋)", () => {
  it.each(["plot 175B 300B on A100", "graph 175B 300B on A100"])("%s asks for the chart", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.chart).toBe(true);
  });

  it("zh-TW 175B 300B A100 畫圖 asks for the chart", () => {
    expect(ask("175B 300B A100 畫圖", "zh-TW").chart).toBe(true);
  });

  it.each(["解釋 175B 300B", "175B 300B 解釋", "解釋一下 175B 300B"])(
    "zh-TW %s is the derivation step by step (6 × 175B × 300B = 3.15e23, Kaplan et al. 2020 §2.1)",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      expect(reply.notes.map((n) => n.key)).toContain("explain.title");
    },
  );

  it("explain 6ND with no numbers: why 6 = 2 + 4, step by step on the seed's GPT-3 (6 × 175B × 300B = 3.15e23); plot … keeps `chart`", () => {
    for (const [line, lang] of [
      ["explain 6ND", "en"],
      ["解釋 6ND", "zh-TW"],
      ["what is 6ND", "en"],
    ] as const) {
      const reply = ask(line, lang);
      expect(reply.ok).toBe(true);
      expect(reply.notes[0]?.key).toBe("read.sixOnExample");
      expect(result(line).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    }
    expect(rendered("plot cost vs gpus").hint).toMatch(/ chart$/);
  });

  it("幫我算 70B 15T: 幫我算 asks, it is no word to refuse (6 × 70B × 15T = 6.3e24 FLOP)", () => {
    expect(ask("幫我算 70B 15T", "zh-TW").ok).toBe(true);
    expect(result("幫我算 70B 15T").flops).toBe(6.3e24);
  });
});

describe("an amount in dollars said in words (`10 million dollars`) is a dollar budget", () => {
  // $10M ÷ $2/GPU-hour = 5M GPU-hours; × 3600 × 989.4 TFLOP/s × 40% = 7.12e24 FLOP; N* = √(C/120) ≈ 244B.
  it.each(["10 million dollars on H100 at $2/h", "budget 10 million dollars H100 $2/h"])(
    "%s: $10M ÷ $2/h = 5M GPU-hours, never `10 million hours`",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      const r = result(line);
      expect(r.gpuHours).toBe(5e6);
      expect(r.optimalParams).toBeCloseTo(Math.sqrt((5e6 * 3600 * H100 * 0.4) / 120), -8);
    },
  );

  it("I have 5 million USD, H100 at 2 dollars per hour: 2.5M GPU-hours", () => {
    expect(result("I have 5 million USD, H100 at 2 dollars per hour").gpuHours).toBe(2.5e6);
  });
});

describe("nodes and DGX systems", () => {
  // NVIDIA DGX H100 / DGX B200 datasheets: 8 GPUs per system.
  it.each([
    ["70B 1T on a DGX H100", 8],
    ["70B 1T on one DGX H100", 8],
    ["70B 1T on 4 DGX H100", 32],
    ["70B 15T on 16 DGX-H100s for a month", 128],
  ] as const)("%s: %i GPUs, said in a note", (line, gpus) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect((reply.result as { gpus: number }).gpus).toBe(gpus);
    expect(said(line)).toContain(`as ${gpus} GPUs: a DGX holds 8`);
  });

  it("a DGX B200 is 8 B200, not one (its alias `dgx b200` names the GPU)", () => {
    expect(result("70B 1T on a DGX B200").gpus).toBe(8);
    expect(said("70B 1T on a DGX B200")).toContain("B200");
  });

  it.each(["70B 15T 8 H100 nodes", "70B 15T 2 H100 nodes for a week"])(
    "%s: nodes of how many GPUs each, never `Try … model`",
    (line) => {
      const reply = ask(line);
      expect(reply.error?.key).toBe("read.nodesWithoutCount");
      expect(said(line)).not.toContain("model");
    },
  );

  it("a node of H100s: refused asking how many GPUs a node holds, in either language", () => {
    expect(ask("70B 1T a node of H100s").error?.key).toBe("read.nodeWithoutCount");
    expect(said("70B 1T a node of H100s")).not.toContain("a model of");
    expect(said("70B 1T 一個節點的 H100", "zh-TW")).toContain("一個節點有幾張 GPU");
  });

  it("an H100 node with 8 GPUs: the count is given, 8 × H100", () => {
    expect(result("70B 1T on an H100 node with 8 GPUs").gpus).toBe(8);
  });
});

describe("a published run's MFU asked by name shows the figure its authors published beside ours", () => {
  const noteOf = (line: string, lang: "en" | "zh-TW" = "en") =>
    ask(line, lang).notes.find((n) => n.key === "mfu.publishedFigure");

  it("Llama 3 405B: published 38–43% (Llama Team 2024, Table 4) beside ours, 37.5% over the model card's 30.84M H100-hours", () => {
    const note = noteOf("what was the MFU of Llama 3 405B");
    expect(note?.params?.published).toBe("38–43%");
    expect(said("what was the MFU of Llama 3 405B")).toContain("Llama 3 405B's published MFU is 38–43%");
    expect(ask("what was the MFU of Llama 3 405B").sources.map((s) => s.url)).toContain(
      "https://arxiv.org/abs/2407.21783",
    );
    expect(said("Llama 3 405B 的 MFU 是多少", "zh-TW")).toContain("Llama 3 405B 公開的 MFU 是 38–43%");
  });

  it("PaLM: 46.2% (Chowdhery et al. 2022, Appendix B); GPT-3: 21.3% (PaLM Table 3)", () => {
    expect(noteOf("PaLM MFU")?.params?.published).toBe("46.2%");
    expect(noteOf("GPT-3 MFU")?.params?.published).toBe("21.3%");
  });

  it("no published figure beside another GPU's or a typed GPU time (the run is no longer the published one)", () => {
    expect(noteOf("mfu llama-3-405b gpu=A100")).toBeUndefined();
    expect(noteOf("mfu llama-3-405b gpu-hours=20M")).toBeUndefined();
    // DeepSeek-V3 published no MFU (DeepSeek-AI 2024 gives GPU-hours, not utilization).
    expect(noteOf("deepseek v3 mfu")).toBeUndefined();
  });
});

describe("comparisons asked in words (`how does X compare to Y`, `compare X to Y`, `X vs Y?`)", () => {
  // Llama 2 70B: 2T tokens (Touvron et al. 2023, §2.2); Llama 3 70B: 15T+ tokens (Meta Llama 3 model card).
  it.each([
    "how does llama 3 70b compare to llama 2 70b",
    "llama 3 70b compared to llama 2 70b",
    "compare llama 3 70b to llama 2 70b",
    "llama 3 70b vs llama 2 70b?",
  ])("%s: side by side, 15T beside 2T tokens", (line) => {
    const reply = ask(line);
    expect(reply.command).toBe("compare");
    expect(reply.ok).toBe(true);
    const table = rendered(line).table;
    expect(table?.columns).toEqual(["Llama 3 70B", "Llama 2 70B"]);
  });

  it("how does gpt-3 compare with chinchilla? (the ? glued to the last name)", () => {
    expect(rendered("how does gpt-3 compare with chinchilla?").table?.columns).toEqual([
      "GPT-3 175B",
      "Chinchilla 70B",
    ]);
  });

  it("two GPUs compared in words: 70B 2T 512 H100 compared to A100 is both side by side", () => {
    const r = result("70B 2T 512 H100 compared to A100");
    expect(r.byGpu.map((g: { gpu: string }) => g.gpu)).toEqual(
      expect.arrayContaining(["NVIDIA H100 SXM5 80GB", "NVIDIA A100 SXM4 80GB"]),
    );
  });

  it("Read as shows a list's names without its commas (compare gpt-3, chinchilla and palm)", () => {
    expect(rendered("compare gpt-3, chinchilla and palm").readAs).toBe(
      "Read as: names gpt-3 chinchilla palm",
    );
  });
});

describe("a run's name, then a command, then options (`deepseek-v3 mfu fp8`)", () => {
  it.each(["deepseek-v3 mfu fp8", "deepseek v3 mfu in fp8"])(
    "%s: DeepSeek-V3's MFU against the H800's fp8 dense peak, half the bf16 figure (DeepSeek-AI 2024: FP8 training)",
    (line) => {
      const reply = ask(line);
      expect(reply.command).toBe("mfu");
      const r = result(line);
      expect(r.precision).toBe("fp8");
      expect(r.mfu).toBeCloseTo(result("deepseek v3 mfu").mfu / 2, 3);
    },
  );
});

describe("values typed without a model (`is 60% MFU realistic`): the Try line keeps them and the GPU", () => {
  it("is 60% mfu realistic → the verdict itself (sweep23), above PaLM Table 3's best 46.2%; its Next line plans at mfu=60%", () => {
    const reply = ask("is 60% mfu realistic");
    expect(reply.ok).toBe(true);
    expect(reply.notes.map((n) => n.key)).toContain("note.mfuTypedAbove");
    const hint = rendered("is 60% mfu realistic").hint as string;
    expect(hint).toMatch(/ mfu=60% /);
    const tried = (/\/flops (\S+(?: \S+)*?) for /.exec(hint)?.[1] ?? "").trim();
    expect(ask(tried).ok).toBe(true);
    expect(ask(tried).notes.map((n) => n.key)).toContain("note.mfuTypedAbove");
  });

  it("is 60% MFU realistic on H100 keeps the H100 (the verdict and its Next line); how long on 1024 H100 is still refused with a Try line on it", () => {
    expect(rendered("is 60% MFU realistic on H100").hint).toContain("gpu=h100-sxm mfu=60%");
    expect(rendered("how long on 1024 H100").hint).toBe("Try: /flops 70B 1.4T gpu=h100-sxm gpus=1024");
  });
});

describe("`fit` asks whether a model fits, as `run` does (serving memory in cards)", () => {
  // Llama 3.1 405B config.json: 126 layers, 8 KV heads × 128; 405.9B × 2 B (bf16) = 812 GB of weights,
  // more than the 8 × 72 GB usable of a DGX H100 (8 H100 80GB, NVIDIA DGX H100 datasheet); fp8 halves them.
  it("can I fit llama 3 405b on a DGX H100: no in bf16 (16 H100 as TP 8 × PP 2), yes with fp8 weights (8)", () => {
    const line = "can I fit llama 3 405b on a DGX H100";
    const reply = ask(line);
    expect(reply.command).toBe("cards");
    const r = result(line);
    expect(r.available).toBe(8);
    expect(r.fitsAvailable).toBe(false);
    expect(r.cards).toBe(16);
    expect(reply.notes.map((n) => n.key)).toContain("read.runAsServing");
    expect(result("can I fit llama 3 405b on 8 H100 in fp8").fitsAvailable).toBe(true);
  });
});

describe("a dollar budget asked of chinchilla with a GPU and its price: the Try line is compute's", () => {
  it("chinchilla for $1M on H100 at $2/h → Try: /flops for $1M on H100 at $2/h (500K GPU-hours, N* ≈ 77B)", () => {
    const hint = rendered("chinchilla for $1M on H100 at $2/h").hint;
    expect(hint).toBe("Try: /flops for $1M on H100 at $2/h");
    const r = result("for $1M on H100 at $2/h");
    expect(r.gpuHours).toBe(5e5);
    expect(r.optimalParams).toBeCloseTo(Math.sqrt((5e5 * 3600 * H100 * 0.4) / 120), -8);
  });
});

describe("zh-TW sentences of budgets and deadlines", () => {
  it.each(["預算五百萬美元，H100 一小時 2 美元", "預算 500 萬美元 H100 2 美元一小時"])(
    "%s: $2 an hour is the price, never a duration of one hour; $5M ÷ $2/h = 2.5M GPU-hours",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      const r = reply.result as { gpuHours: number };
      expect(r.gpuHours).toBe(2.5e6);
      expect(reply.readAs?.items.map((item) => item.option)).not.toContain("days");
    },
  );

  it("訓練 70B 15T 要幾張 H100 才能在 90 天內完成: the GPUs a 90-day deadline needs, ⌈6ND / (90 d × 989.4 TFLOP/s × 40%)⌉", () => {
    const reply = ask("訓練 70B 15T 要幾張 H100 才能在 90 天內完成", "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { gpus: number };
    expect(r.gpus).toBe(Math.ceil((6 * 70e9 * 15e12) / (90 * DAY * H100 * 0.4)));
  });

  it("一台 DGX H100 能跑 llama 3 70b 嗎 and 兩台 DGX H100: 8 and 16 H100 (NVIDIA DGX H100: 8 GPUs)", () => {
    const one = ask("一台 DGX H100 能跑 llama 3 70b 嗎", "zh-TW");
    expect(one.command).toBe("cards");
    expect((one.result as { available: number }).available).toBe(8);
    expect(said("兩台 DGX H100 訓練 7B 1T 要多久", "zh-TW")).toContain("將 2 台 DGX 解讀為 16 張 GPU");
  });

  it("6ND 是什麼: why it is 6, on the seed's GPT-3, never blaming 什麼", () => {
    const reply = ask("6ND 是什麼", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.notes[0]?.key).toBe("read.sixOnExample");
  });
});

describe("a follow-up that only asks for the chart (`chart it`, `can you plot it?`, 畫圖)", () => {
  const plan: Question = {
    command: "compute",
    options: { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" },
    asker: "U1",
  };
  it.each(["chart it", "chart it please", "plot it", "can you chart it?", "畫圖", "畫出來"])(
    "%s: the last question's chart, not the last question again without one",
    (line) => {
      const followUp = readFollowUp(registry, plan, line);
      expect(followUp.kind).toBe("chart");
      expect(followUp.kind === "chart" && followUp.question.options).toEqual(plan.options);
    },
  );

  it("a change with the chart word is still a change (`chart it on A100` sets gpu=A100)", () => {
    const followUp = readFollowUp(registry, plan, "chart it on A100");
    expect(followUp.kind).toBe("changed");
  });
});

describe("MFU as people type it: `~40%`, `MFU of 45%`, `30-50% MFU`", () => {
  // time = 6ND / (GPUs × 989.4 TFLOP/s × MFU) (PaLM §4.1 and Appendix B).
  const seconds = (mfu: number) => (6 * 70e9 * 15e12) / (1024 * H100 * mfu);
  it.each([
    ["70B 15T 1024 H100 at ~40% MFU", 0.4],
    ["70B 15T 1024 H100 MFU of 45%", 0.45],
    ["70B 15T 1024 H100 mfu is 45%", 0.45],
  ] as const)("%s: MFU %f, never refused", (line, mfu) => {
    const r = result(line);
    expect(r.mfu).toBe(mfu);
    expect(r.seconds).toBeCloseTo(seconds(mfu), -2);
  });

  it.each(["70B 15T 1024 H100 30-50% MFU", "70B 15T 1024 H100 at 35–45% mfu"])(
    "%s: a range is refused as a range (not 'must be at most 100%'), the Try line the same plan over the default 30–50%",
    (line) => {
      const reply = ask(line);
      expect(reply.error?.key).toBe("read.percentRange");
      const hint = rendered(line).hint as string;
      expect(hint).toBe("Try: /flops compute 70B 15T 1024 H100");
      expect(result(hint.replace("Try: /flops ", "")).mfuRange).toEqual({ low: 0.3, point: 0.4, high: 0.5 });
    },
  );

  it("zh-TW MFU 30-50% is refused the same way, in Chinese", () => {
    expect(ask("70B 15T 1024 張 H100 MFU 30-50%", "zh-TW").error?.key).toBe("read.percentRange");
    expect(said("70B 15T 1024 張 H100 MFU 30-50%", "zh-TW")).toContain("是一個區間");
  });

  it("mixed precision is the default bf16 plan; fp8 e4m3 is fp8 (H100 SXM5: 1,978.9 TFLOP/s dense fp8)", () => {
    expect(result("70B 15T 1024 H100 mixed precision").precision).toBe("bf16");
    expect(result("70B 15T 1024 H100 fp8 e4m3").precision).toBe("fp8");
  });
});

describe("`Is 60% MFU realistic for GPT-3 on V100?`: the run's own MFU beside the one typed", () => {
  it("GPT-3 reached 21.3% (Chowdhery et al. 2022, PaLM Table 3); the plan runs at the 60% typed, flagged above published runs", () => {
    const line = "Is 60% MFU realistic for GPT-3 on V100?";
    const reply = ask(line);
    const note = reply.notes.find((n) => n.key === "note.publishedMfuBesideTyped");
    expect(note?.params).toMatchObject({ published: "21.3%", typed: "60%" });
    expect(result(line).mfu).toBe(0.6);
    expect(reply.notes.map((n) => n.key)).toContain("note.mfuTypedAbove");
    expect(said("GPT-3 在 V100 上 60% MFU 合理嗎", "zh-TW")).toContain("GPT-3 175B 本身的 MFU 是 21.3%");
  });

  it("no such note when the MFU is the run's own (llama-3-405b: its published 38% fills mfu=)", () => {
    expect(ask("llama-3-405b").notes.map((n) => n.key)).not.toContain("note.publishedMfuBesideTyped");
    expect(ask("70B 15T H100 mfu=60%").notes.map((n) => n.key)).not.toContain("note.publishedMfuBesideTyped");
  });
});

describe("a definition asked (`what is MFU`, `explain chinchilla`, MFU 是什麼): answered on the command's example, step by step", () => {
  it.each(["what is MFU", "what does MFU mean", "how is MFU computed", "explain MFU"])(
    "%s → the mfu example explained (DeepSeek-V3: 6 × 37B × 14.8T over 2.664M H800 GPU-hours at 989.4 TFLOP/s)",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.notes[0]).toMatchObject({
        key: "read.definitionOnExample",
        params: { example: "mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B explain" },
      });
      expect(Number(reply.result?.mfu)).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12), 4);
    },
  );

  it("MFU 是什麼 / 什麼是 MFU in zh-TW; explain chinchilla → chinchilla 175B explained (20 × 175B = 3.5T)", () => {
    for (const line of ["MFU 是什麼", "什麼是 MFU"]) {
      expect(ask(line, "zh-TW").notes[0]?.key).toBe("read.definitionOnExample");
      expect(said(line, "zh-TW")).toContain("你問的是定義");
    }
    const chinchilla = ask("explain chinchilla");
    expect(chinchilla.notes[0]?.params?.example).toBe("chinchilla 175B explain");
    expect(result("explain chinchilla").tokens).toBe(20 * 175e9);
  });

  it("a value typed keeps the refusal, with the example explained as its Try (`what is the mfu for 70B` needs a GPU)", () => {
    const reply = ask("what is the mfu for 70B");
    expect(reply.ok).toBe(false);
    expect(rendered("what is the mfu for 70B").hint).toMatch(/ explain$/);
  });

  it("a bare command name keeps its plain example (mfu → no explain)", () => {
    expect(rendered("mfu").hint).toBe("Try: /flops mfu 671B 14.8T gpu=H800 gpu-hours=2.664M active=37B");
  });

  it("70bn params 15tn tokens: `tn` is a trillion as `bn` is a billion", () => {
    expect(result("70bn params 15tn tokens").tokens).toBe(15e12);
  });
});

describe("GPUs named to compare (`compare H100 and A100 for 70B 2T`): the plan on both is offered", () => {
  it("refused as GPUs, not as an unknown run; the Try line answers side by side (989.4 vs 312 TFLOP/s dense bf16)", () => {
    const reply = ask("compare H100 and A100 for 70B 2T");
    expect(reply.error?.key).toBe("compare.gpus");
    expect(rendered("compare H100 and A100 for 70B 2T").hint).toBe("Try: /flops 70B 2T gpu=H100,A100");
    const r = result("70B 2T gpu=H100,A100");
    const seconds = Object.fromEntries(
      r.byGpu.map((g: { gpu: string; seconds: number }) => [g.gpu, g.seconds]),
    );
    expect(seconds["NVIDIA A100 SXM4 80GB"] / seconds["NVIDIA H100 SXM5 80GB"]).toBeCloseTo(H100 / A100, 3);
  });

  it.each([
    ["比較 H100 和 A100", "zh-TW"],
    ["compare H100 A100", "en"],
    ["compare H100 and A100", "en"],
  ] as const)(
    "%s, GPUs and no size: their catalog lines side by side, as h100 vs a100 (989.4 and 312 TFLOP/s dense bf16)",
    (line, lang) => {
      const reply = ask(line, lang);
      expect(reply.command).toBe("gpus");
      const peaks = Object.fromEntries(
        (reply.result as { gpus: { id: string; peakFlops: { bf16?: number } }[] }).gpus.map((g) => [
          g.id,
          g.peakFlops.bf16,
        ]),
      );
      expect(peaks["h100-sxm"]).toBe(H100);
      expect(peaks["a100-80gb-sxm"]).toBe(A100);
    },
  );
});

describe("a count of GPUs in words (`a thousand H100s`, `ten thousand H100`)", () => {
  it.each([
    ["70B 15T a thousand H100s", 1000],
    ["70B 15T ten thousand H100", 10_000],
    ["70B 15T on a hundred thousand H100s", 100_000],
  ] as const)("%s: %i GPUs", (line, gpus) => {
    const r = result(line);
    expect(r.gpus).toBe(gpus);
    expect(r.seconds).toBeCloseTo((6 * 70e9 * 15e12) / (gpus * H100 * 0.4), -1);
  });
});

describe("`how many GPU hours` asks for GPU time, not a count of GPUs", () => {
  it("how many GPU hours for 70B 15T: the GPU-time note only, never 'You asked how many GPU'", () => {
    const keys = ask("how many GPU hours for 70B 15T").notes.map((n) => n.key);
    expect(keys).toContain("read.gpuTimeAsked");
    expect(keys).not.toContain("read.alsoAskedCount");
    expect(ask("how many GPUs for 70B").notes.map((n) => n.key)).toContain("read.alsoAskedCount");
  });
});
