import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16. */
const H100 = 989.4e12;
const DAY = 86_400;

describe("tokens processed, consumed, chewed through (處理): what GPUs train in the time, never refused on the verb", () => {
  // 1,024 H100 × 30 days = 737,280 GPU-hours; at 40% MFU that is 737,280 × 3,600 × 989.4 TFLOP/s × 0.4 FLOP,
  // and the Chinchilla-optimal tokens D* = 20 · N* with N* = √(C / 120) (Hoffmann et al. 2022).
  const flops = 1024 * 30 * DAY * H100 * 0.4;
  it.each([
    ["how many tokens can 1024 H100 process in 30 days", "en"],
    ["how many tokens can 1024 H100 chew through in 30 days", "en"],
    ["how many tokens can 1024 H100 consume in 30 days", "en"],
    ["1024 張 H100 30 天能處理多少 token", "zh-TW"],
  ] as const)("%s: C = 1,024 × 30 d × 989.4 TFLOP/s × 40%, D* = 20 · √(C / 120)", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    const r = reply.result as { gpuHours: number; flops: number; optimalTokens: number };
    expect(r.gpuHours).toBe(737_280);
    expect(r.flops).toBeCloseTo(flops, -20);
    expect(r.optimalTokens).toBeCloseTo(20 * Math.sqrt(flops / 120), -9);
  });

  it("the verb is training only in a line about tokens: `70B process on 8 H100` is still refused on it", () => {
    expect(ask("70B process on 8 H100").ok).toBe(false);
    expect(said("70B process on 8 H100")).toContain("process");
  });
});

describe("`chinchilla` after a size and its tokens (`70B 2T chinchilla`): is that Chinchilla-optimal, as `chinchilla 70B 2T` answers", () => {
  // Before: refused (“I don't know what chinchilla is for in /flops compute”).
  it("70B 2T chinchilla: D* = 20 × 70B = 1.4T (Hoffmann et al. 2022), 2T is 143% of it", () => {
    const reply = ask("70B 2T chinchilla");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("chinchilla");
    expect(reply.asked?.raw).toMatchObject({ params: "70B", tokens: "2T" });
    expect(result("70B 2T chinchilla").tokens).toBe(1.4e12);
    expect(said("70B 2T chinchilla")).toContain("143%");
  });

  it("the same as `chinchilla 70B 2T`, and a lone size stays the rule (1.5B chinchilla: 30B tokens)", () => {
    expect(said("70B 2T chinchilla")).toBe(said("chinchilla 70B 2T"));
    expect(result("1.5B chinchilla").tokens).toBe(30e9);
  });
});

describe("`mfu` after a parameter or token count (`gpt-3 175B 300B mfu`) is the command asked, never `300B` as an MFU", () => {
  // Before: refused, “mfu “300B” must be above 0% and at most 100%”.
  // GPT-3 (Brown et al. 2020): 175B on 300B tokens; 6ND = 3.15e23 FLOP over 10,000 V100 × 14.8 days at
  // 125 TFLOP/s (NVIDIA V100 datasheet, fp16 tensor) is 19.7% by 6N.
  it.each(["gpt-3 175B 300B mfu", "gpt-3 175B 300B MFU?"])("%s: mfu, as `gpt-3 mfu` answers", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("mfu");
    const r = result(line);
    expect(r.mfu6N).toBeCloseTo((6 * 175e9 * 300e9) / (10_000 * 14.8 * DAY * 125e12), 3);
    expect(r.mfu).toBe(result("gpt-3 mfu").mfu);
  });

  it("a percent before `mfu` is still its value (70B 2T 2048 A100 45% mfu plans at 45%)", () => {
    expect(ask("70B 2T 2048 A100 45% mfu").asked?.raw.mfu).toBe("45%");
  });
});

describe("a family's name and a size its run is not (`mistral 123b`): refused as another size, as `falcon 7b` is", () => {
  // Before: Mistral 7B (7,241,732,096 parameters, mistralai/Mistral-7B-v0.1) on 123B tokens. Mistral
  // Large 2 is 123B parameters; Mistral 7B's tokens are unpublished, so 123B reads as no token count.
  it.each([
    ["en", "I have no published figures for “mistral 123b”", "Try: /flops compute 123b"],
    ["zh-TW", "我沒有「mistral 123b」的公開數字", "試試：/flops compute 123b"],
  ] as const)("%s: names Mistral 7B (7.24B) and offers the bare size", (lang, refusal, tryLine) => {
    const reply = ask("mistral 123b", lang);
    expect(reply.ok).toBe(false);
    expect(said("mistral 123b", lang)).toContain(refusal);
    expect(said("mistral 123b", lang)).toContain("Mistral 7B");
    expect(said("mistral 123b", lang)).toContain(tryLine);
  });

  it("the Try line answers 6 × 123B × (20 × 123B) = 1.82e24 FLOP (Hoffmann et al. 2022: 20 tokens a parameter)", () => {
    expect(result("compute 123b").flops).toBeCloseTo(6 * 123e9 * 20 * 123e9, -21);
  });

  it.each([
    // Brown et al. 2020: GPT-3 175B on 300B tokens; Chowdhery et al. 2022: PaLM 540B on 780B tokens.
    ["gpt-3 500B", 175e9, 500e9],
    ["palm 780b", 540e9, 780e9],
    ["mistral 2T", 7_241_732_096, 2e12],
  ] as const)(
    "%s: a size a run's published tokens make a token count is still its tokens",
    (line, params, tokens) => {
      const r = result(line);
      expect(r.tokens).toBe(tokens);
      expect(r.params / params).toBeCloseTo(1, 2);
    },
  );
});

describe("a model's size asked (`how big is llama 3 405b in bf16`, 權重有多大): the weights' memory, never the training answer", () => {
  // Before: `how big is llama 3 405b in bf16` answered Llama 3 405B's training compute (6ND on 15.6T).
  // Meta-Llama-3.1-405B config.json: 405,853,388,800 parameters × 2 B (bf16) = 811,706,777,600 B.
  it("how big is llama 3 405b in bf16: cards, 405,853,388,800 × 2 B of weights", () => {
    const reply = ask("how big is llama 3 405b in bf16");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(2 * 405_853_388_800);
  });

  it("the reading is said: en and zh-TW", () => {
    expect(said("how big is llama 3 405b in bf16")).toContain("Read “how big” as the memory of the weights");
    expect(said("how big is llama 3 405b in bf16", "zh-TW")).toContain("將「how big」解讀為權重的記憶體");
  });

  // fp8 quantizes the linear layers; the embedding and untied head (2 × 128,256 × 8,192 = 2,101,346,304) stay 2 B.
  it("how large is llama 3 70b in fp8: cards, (70,553,706,496 − 2,101,346,304) × 1 B + 2,101,346,304 × 2 B", () => {
    const reply = ask("how large is llama 3 70b in fp8");
    expect(reply.command).toBe("cards");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(
      70_553_706_496 + 2_101_346_304,
    );
  });

  it("how big are llama 3 70b's weights in fp8: 70,553,706,496 + 2,101,346,304 B (Meta-Llama-3-70B config.json)", () => {
    const reply = ask("how big are llama 3 70b's weights in fp8");
    expect(reply.command).toBe("cards");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(
      70_553_706_496 + 2_101_346_304,
    );
  });

  it("llama 3 405b 的權重有多大 (zh-TW weights): cards, in bf16 by default", () => {
    const reply = ask("llama 3 405b 的權重有多大", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(2 * 405_853_388_800);
  });

  it("405B 的權重有多大 with no GPU: the weights' question, 2 B × 405B = 810 GB, on an assumed H100, in Chinese", () => {
    const reply = ask("405B 的權重有多大", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { breakdown: { weights: number } }).breakdown.weights).toBe(2 * 405e9);
    expect(said("405B 的權重有多大", "zh-TW")).toContain("沒有指定 GPU：假設用 NVIDIA H100 SXM5 80GB");
  });

  it("`how big a model` from a budget is still compute: 1e24 FLOP → N* = √(1e24 / 120) = 91.3B", () => {
    const reply = ask("how big a model can I train with 1e24 flops");
    expect(reply.command).toBe("compute");
    expect(result("how big a model can I train with 1e24 flops").params).toBeCloseTo(
      Math.sqrt(1e24 / 120),
      -8,
    );
  });
});

describe("a card's memory with no GPU named (`does a 13B fit in 24GB`, `70B in 80 GB?`): a GPU of that memory, said in a note", () => {
  // Before: refused (“I don't know what 24GB is for in /flops cards”, “GB” in compute). The fit depends
  // on the memory only: the catalog's first GPU of that memory is taken (NVIDIA L4 datasheet: 24 GB;
  // A100 datasheet: 80 GB), 90% of it usable.
  it.each([
    ["does a 13B fit in 24GB", "en", 2, "NVIDIA L4 24GB"],
    ["13B 放得進 24GB 嗎", "zh-TW", 2, "NVIDIA L4 24GB"],
    ["does a 7B fit in 24GB", "en", 1, "NVIDIA L4 24GB"],
  ] as const)("%s: cards on 24 GB, %i card(s) for 2 B a parameter", (line, lang, cards, gpu) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    const r = reply.result as { cards: number; gpu: string; usableBytesPerCard: number };
    expect(r.cards).toBe(cards);
    expect(r.gpu).toBe(gpu);
    expect(r.usableBytesPerCard).toBe(0.9 * 24e9);
  });

  it("the note says so: en and zh-TW", () => {
    expect(said("does a 13B fit in 24GB")).toContain(
      "Read “24GB” as a GPU of that memory, the NVIDIA L4 24GB",
    );
    expect(said("13B 放得進 24GB 嗎", "zh-TW")).toContain("將「24GB」解讀為這個記憶體大小的 GPU");
  });

  it("70B in 80 GB? (no fit word): cards, 70B × 2 B = 140 GB > 72 GB usable, so not on one card", () => {
    const reply = ask("70B in 80 GB?");
    expect(reply.command).toBe("cards");
    const r = reply.result as { cards: number; breakdown: { weights: number }; usableBytesPerCard: number };
    expect(r.breakdown.weights).toBe(140e9);
    expect(r.usableBytesPerCard).toBe(0.9 * 80e9);
    expect(r.cards).toBeGreaterThan(1);
  });

  it("a memory no catalog GPU has (20GB) is refused with a GPU to try, in the asker's language", () => {
    expect(ask("does a 13B fit in 20GB").ok).toBe(false);
    expect(said("does a 13B fit in 20GB")).toContain("No GPU I know has 20GB of memory");
    // The next larger memory: NVIDIA L4, 24 GB; that line answers.
    expect(said("does a 13B fit in 20GB")).toContain("Try: /flops cards does a 13B fit in gpu=l4");
    expect(ask("cards does a 13B fit in gpu=l4").ok).toBe(true);
    expect(said("13B 放得進 20GB 嗎", "zh-TW")).toContain("我知道的 GPU 沒有 20GB 記憶體的");
  });

  it.each([
    // 13B × 2 B = 26 GB > 21.6 GB usable of one 24 GB card (L4 datasheet): the verdict on the one asked of.
    ["does a 13B fit in 24GB", "en", 1, false],
    ["13B 放得進 24GB 嗎", "zh-TW", 1, false],
    // 70B × 2 B = 140 GB over 4 × 72 GB usable: fits (4 needed at TP 4, 64 heads).
    ["does 70B fit in 4 80GB cards", "en", 4, true],
    ["13B 放得進 2 張 24GB 嗎", "zh-TW", 2, true],
  ] as const)(
    "%s: the memory is that many cards, %i, and the verdict is on them",
    (line, lang, count, fits) => {
      const reply = ask(line, lang);
      expect(reply.ok).toBe(true);
      const r = reply.result as { available: number; fitsAvailable: boolean };
      expect(r.available).toBe(count);
      expect(r.fitsAvailable).toBe(fits);
    },
  );

  it("a GPU named keeps its name: llama 3 70b fit on H100 80GB is the H100", () => {
    expect((ask("does llama 3 70b fit on H100 80GB").result as { gpu: string }).gpu).toBe(
      "NVIDIA H100 SXM5 80GB",
    );
  });
});

describe("values joined by slashes (`70B/2T/512xH100`, `7B/13B/70B on 15T`): refused before the division, with the line apart to try", () => {
  // Before: `70B/2T/512xH100` was refused on “xh100 in a number”; `7B/13B/70B on 15T` said the
  // division 7B/13B/70B was too small a model and offered `7B/13B/70B 15T`.
  it("70B/2T/512xH100: the values apart to try, and that line answers 6 × 70B × 2T / (512 × 989.4 TFLOP/s × 40%)", () => {
    const reply = ask("70B/2T/512xH100");
    expect(reply.ok).toBe(false);
    expect(said("70B/2T/512xH100")).toContain("joined by slashes");
    expect(said("70B/2T/512xH100")).toContain("Try: /flops 70B 2T 512xH100");
    const r = result("70B 2T 512xH100");
    expect(r.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (512 * H100 * 0.4), -2);
  });

  it.each([
    ["en", "is several model sizes", "Try: /flops 7B on 15T"],
    ["zh-TW", "是好幾個模型大小", "試試：/flops 7B on 15T"],
  ] as const)(
    "%s: 7B/13B/70B on 15T is several questions, one a line, the first to try",
    (lang, says, tryLine) => {
      expect(ask("7B/13B/70B on 15T", lang).ok).toBe(false);
      expect(said("7B/13B/70B on 15T", lang)).toContain(says);
      expect(said("7B/13B/70B on 15T", lang)).toContain(tryLine);
    },
  );

  it("that Try line answers 6 × 7B × 15T = 6.3e23 FLOP", () => {
    expect(result("7B on 15T").flops).toBeCloseTo(6 * 7e9 * 15e12, -20);
  });

  it("a price and GPUs keep their slash: $2/h, H100/A100", () => {
    expect(ask("70B 15T $2/h on 1024 H100").ok).toBe(true);
    expect(ask("70B 15T 1024 H100/A100").ok).toBe(true);
  });
});

describe("a bare count after the size and tokens, with a GPU named (`B200 instead: 70B 2T 1024`): that many GPUs", () => {
  // Before: refused, “I don't know what 1024 is for”. HGX B200 datasheet: 2.25 PFLOP/s dense bf16.
  it.each(["B200 instead: 70B 2T 1024", "B200 70B 2T 1024"])(
    "%s: 6 × 70B × 2T / (1,024 × 2.25 PFLOP/s × 40%)",
    (line) => {
      const r = result(line);
      expect(r.gpus).toBe(1024);
      expect(r.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * 2.25e15 * 0.4), -1);
      expect(said(line)).toContain("Read 1024, after the size and tokens, as the number of GPUs");
    },
  );

  it("zh-TW says it in Chinese; with no GPU named, or two numbers, it stays refused", () => {
    expect(said("B200 70B 2T 1024", "zh-TW")).toContain("解讀為 GPU 張數");
    expect(ask("70B 2T 1024").ok).toBe(false);
    expect(ask("70B 15T H100 100 200").ok).toBe(false);
  });
});
