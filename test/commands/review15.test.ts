import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import { ask, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16. */
const H100 = 989.4e12;

describe("a label with a colon opening the line (`Q:`, `Question:`, `note:`) is no run's name", () => {
  it.each([
    ["Q: how long to train 7B on 2T with 64 H100", "Q:", "how long to train 7B on 2T with 64 H100"],
    [
      "Question: how long to train 7B on 2T with 64 H100",
      "Question:",
      "how long to train 7B on 2T with 64 H100",
    ],
    ["q: mfu 70B 2T 1024 H100 21 days", "q:", "mfu 70B 2T 1024 H100 21 days"],
    ["note: 7B 2T 64 H100", "note:", "7B 2T 64 H100"],
    ["Re: 7B 2T", "Re:", "7B 2T"],
  ])("%s: the label is named as typed and the Try line is the question after it", (line, label, rest) => {
    const out = said(line);
    expect(out).toContain(`“${label}”`);
    expect(out).not.toContain("I don't know the run");
    expect(out).toContain(`Try: /flops ${rest}`);
  });

  it("zh-TW 問題: an asking word (as 請問 is), so the question after it is answered: 6 × 7B × 2T on 64 H100", () => {
    for (const line of ["問題: 7B 2T 要多久 64 張 H100", "問題：7B 2T 要多久 64 張 H100"]) {
      const reply = ask(line, "zh-TW");
      expect(reply.ok, line).toBe(true);
      const r = reply.result as { flops: number; seconds: number };
      expect(r.flops).toBeCloseTo(8.4e22, -19);
      expect(r.seconds).toBeCloseTo(8.4e22 / (64 * H100 * 0.4), -2);
    }
  });

  it("the Try line answers 6 × 7B × 2T = 8.4e22 FLOP over 64 H100 at 40% (Kaplan et al. 2020: C ≈ 6ND)", () => {
    const reply = ask("how long to train 7B on 2T with 64 H100");
    const r = reply.result as { gpus: number; seconds: number; flops: number };
    expect(r.flops).toBeCloseTo(8.4e22, -19);
    expect(r.seconds).toBeCloseTo(8.4e22 / (64 * H100 * 0.4), -2);
  });

  it("a command named with a colon stays that command (mfu: 70B …)", () => {
    expect(ask("mfu: 70B 2T 2048 A100 21 days").command).toBe("mfu");
  });
});

describe("a variant's word between a run's name and a size (`mistral large 123b`): the Try line never reads the run named", () => {
  // Mistral Large 2 is 123B parameters (Mistral AI, 2024-07-24); `mistral 123b` read Mistral 7B
  // (7.24B, mistralai/Mistral-7B-v0.1) on 123B tokens.
  it.each([
    ["mistral large 123b", "123b"],
    ["mistral large 123b 2T tokens", "123b 2T tokens"],
  ])("%s → Try %s", (line, fixed) => {
    expect(ask(line).hint?.params?.example).toBe(`/flops ${fixed}`);
  });

  it("that Try line reads 123B parameters, not Mistral 7B", () => {
    const reply = ask("123b 2T tokens");
    expect(reply.ok).toBe(true);
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 123e9 * 2e12, -20);
  });

  // (`hello` was the word once; a greeting is filler now, as `hey` is.)
  it("another word between a run and its tokens is dropped alone: gpt-3 banana 300B → gpt-3 300B (GPT-3's 300B tokens)", () => {
    expect(ask("gpt-3 banana 300B").hint?.params?.example).toBe("/flops gpt-3 300B");
  });
});

describe("a full-width colon (：) separates words, as the typography table means it to", () => {
  it("請問：7B 2T 64 張 H100 要多久: 6 × 7B × 2T = 8.4e22 FLOP over 64 H100 at 40% (it was refused on `:7B`)", () => {
    const reply = ask("請問：7B 2T 64 張 H100 要多久", "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { gpus: number; seconds: number; flops: number };
    expect(r.gpus).toBe(64);
    expect(r.flops).toBeCloseTo(8.4e22, -19);
    expect(r.seconds).toBeCloseTo(8.4e22 / (64 * H100 * 0.4), -2);
  });

  it("70B 2T 2048 A100 21 天：MFU 多少: 6ND / (2,048 × 21 d × 312 TFLOP/s) ≈ 72.5% (A100 datasheet, dense bf16)", () => {
    const reply = ask("70B 2T 2048 A100 21 天：MFU 多少", "zh-TW");
    expect(reply.command).toBe("mfu");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(
      (6 * 70e9 * 2e12) / (2048 * 21 * 86_400 * 312e12),
      4,
    );
  });

  it("Q：訓練 … names the label Q: as typed (a Latin word's colon), never the run Q", () => {
    const out = said("Q：訓練 7B 2T 用 64 張 H100 要多久", "zh-TW");
    expect(out).toContain("「Q:」");
    expect(out).not.toContain("qwen");
  });
});

describe("比 said in full (對比, 比起) compares GPUs as 比 does; 比例 (a ratio) is never split into `vs 例`", () => {
  it("H100 對比 A100 規格: the catalog's two cards (H100 SXM5 989.4, A100 SXM4 312 dense bf16 TFLOP/s, datasheets)", () => {
    const reply = ask("H100 對比 A100 規格", "zh-TW");
    expect(reply.command).toBe("gpus");
    const out = said("H100 對比 A100 規格", "zh-TW");
    expect(out).toContain("989.4");
    expect(out).toContain("312");
  });

  it("70B 15T 用 1024 張 H100 比起 A100 快多少: both GPUs side by side at 1,024 each", () => {
    const reply = ask("70B 15T 用 1024 張 H100 比起 A100 快多少", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.gpu).toBe("H100,A100");
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 70e9 * 15e12, -21);
  });

  it("70B 2T token 參數比例是多少: the refusal names 比例 as typed, not 比", () => {
    const out = said("70B 2T token 參數比例是多少", "zh-TW");
    expect(out).toContain("「比例」");
    expect(out).not.toContain("「比」");
  });
});

describe("a count in thousands blamed (`at 8k` in mfu) is no parameter or token count: the Try line drops it", () => {
  it("mfu llama 3 70b 2T 1024 H100 at 8k 30 days → Try the line without 8k (not the generic example)", () => {
    expect(ask("mfu llama 3 70b 2T 1024 H100 at 8k 30 days").hint?.params?.example).toBe(
      "/flops mfu llama 3 70b 2T 1024 H100 at 30 days",
    );
  });

  it("that Try line answers MFU = 6ND / (1,024 × 30 d × 989.4 TFLOP/s) for Llama 3 70B (70,553,706,496 params, HF config)", () => {
    const reply = ask("mfu llama 3 70b 2T 1024 H100 at 30 days");
    expect(reply.command).toBe("mfu");
    const expected = (6 * 70_553_706_496 * 2e12) / (1024 * 30 * 86_400 * H100);
    expect((reply.result as { mfu6N: number }).mfu6N).toBeCloseTo(expected, 4);
  });

  it("blamed last, the preposition that led to it goes too: 70B 2T 1024 H100 at 8k → Try 70B 2T 1024 H100", () => {
    expect(ask("70B 2T 1024 H100 at 8k").hint?.params?.example).toBe("/flops 70B 2T 1024 H100");
  });

  it("two sizes left still keep a blamed size (70B 40B fit on 4 A100 → Try 70B fit on 4 A100)", () => {
    expect(ask("70B 40B fit on 4 A100").hint?.params?.example).toBe("/flops 70B fit on 4 A100");
  });
});

describe("`tokens per parameter` asked before the sizes never labels the first size as tokens", () => {
  // Llama 2 70B: 70B parameters on 2T tokens (Touvron et al. 2023, Table 1): 6ND = 8.4e23 FLOP, 28.6 tokens a parameter.
  it.each([
    "tokens per parameter 70B 2T",
    "tokens per param 70B 2T",
    "2T tokens per param 70B",
    "70B 2T tokens per param",
  ])("%s: 70B parameters on 2T tokens", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.asked?.raw.params).toBe("70B");
    expect(reply.asked?.raw.tokens).toBe("2T");
    expect((reply.result as { flops: number }).flops).toBeCloseTo(8.4e23, -20);
  });
});

describe("a size in P before FLOPs is a compute budget (peta-FLOP), never tokens", () => {
  // 500 PFLOP = 5e17 FLOP; on 7B, D = C / 6N = 5e17 / 4.2e10 ≈ 11.9M tokens (Kaplan et al. 2020: C ≈ 6ND).
  it("7B 500P flops: a 5e17-FLOP budget, D = 5e17 / (6 × 7B) (it read 500P tokens, 2.1e28 FLOP)", () => {
    const reply = ask("7B 500P flops");
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; tokens: number };
    expect(r.flops).toBe(5e17);
    expect(r.tokens).toBeCloseTo(5e17 / (6 * 7e9), -3);
  });

  it("7B 2T flops still asks the FLOPs of 7B on 2T tokens: 8.4e22", () => {
    expect((ask("7B 2T flops").result as { flops: number }).flops).toBeCloseTo(8.4e22, -19);
  });
});

describe("a command named with a colon is that command even when its name is also a filler word (`cards:`, `gpus:`)", () => {
  it("cards: 70B H100 → cards: 70B in bf16 is 140 GB, 4 × H100 (80 GB, 90% usable) with TP 4", () => {
    const reply = ask("cards: 70B H100");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { cards: number }).cards).toBe(4);
  });

  it("gpus: H100 → the catalog filtered to H100 (it was refused by compute)", () => {
    const reply = ask("gpus: H100");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("gpus");
  });
});

describe("a windowed attention row over active parameters says N_active, as the row without a window does", () => {
  // google/gemma-2-9b: 21 global + 21 local layers, 16 heads × 256, W 4,096, T 8,192, 8T tokens (Gemma 2 report §2, §3.1).
  it("gemma-2-9b active=5B: D·(6N_active + 12·H·Q·(L_global·T + L_local·min(T, W))) with N_active = 5B", () => {
    const reply = ask("gemma-2-9b active=5B");
    const row = reply.rows.find((r) => r.label.key === "row.trainingFlopsAttention");
    expect(row?.formula && formulaText(row.formula)).toContain("6N_active + 12·H·Q·(L_global·T");
    const expected = 8e12 * (6 * 5e9 + 12 * 16 * 256 * (21 * 8192 + 21 * 4096));
    expect((reply.result as { flopsWithAttention: number }).flopsWithAttention / expected).toBeCloseTo(1, 12);
  });
});

describe("a FLOP budget after a command named first (`compute 1e21 FLOPs on 64 H100`) stays a budget", () => {
  // C = 1e21 FLOP: N* = √(C / 120) = 2.89B (Hoffmann et al. 2022, D = 20N); time = C / (64 × 989.4 TFLOP/s × 40%).
  it.each([
    "compute 1e21 FLOPs on 64 H100",
    "train 1e21 FLOPs on 64 H100",
    "train with 1e21 FLOPs on 64 H100",
  ])("%s: a 1e21-FLOP budget on 64 H100, never 1e21 parameters", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; params: number; gpus: number; seconds: number };
    expect(r.flops).toBe(1e21);
    expect(r.params).toBeCloseTo(Math.sqrt(1e21 / 120), -6);
    expect(r.gpus).toBe(64);
    expect(r.seconds).toBeCloseTo(1e21 / (64 * H100 * 0.4), 0);
  });

  it("a command named again after a size is still dropped (compute 7B 2T flops: 8.4e22 FLOP)", () => {
    expect((ask("compute 7B 2T flops").result as { flops: number }).flops).toBeCloseTo(8.4e22, -19);
  });
});
