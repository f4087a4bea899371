import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { withChanges } from "../../src/conversation/answer.ts";
import { readFollowUp } from "../../src/conversation/followUp.ts";
import { type Question, questionText } from "../../src/conversation/question.ts";
import { localize } from "../../src/reply/localize.ts";
import { testAnswerer } from "../support/answerer.ts";
import { ask, result, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 80 GB HBM3; 90% usable (vLLM gpu_memory_utilization = 0.9). */
const H100_USABLE = 0.9 * 80e9;

describe("4-bit weights named with no command (`70B on a single H100 in int4`) are a serving question", () => {
  // int4 stores 0.5 B per weight (Dettmers et al. 2023, QLoRA §2, NF4 is 4-bit): 70B × 0.5 B = 35 GB,
  // plus 10% runtime overhead = 38.5 GB, which fits the 72 GB usable of one H100 80GB.
  it.each(["70B on a single H100 in int4", "70B int4 on H100", "70B on a single H100 at 4-bit"])(
    "%s: cards, 35 GB of weights on 1 H100, never `did you mean int8`",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("cards");
      const r = result(line);
      expect(r.breakdown.weights).toBe(70e9 * 0.5);
      expect(r.cards).toBe(1);
      expect(r.bytesPerCard).toBeLessThanOrEqual(H100_USABLE);
      expect(said(line)).not.toContain("int8");
    },
  );

  it("a training line with int4 (`70B 1.4T int4`) stays compute, 6ND = 5.88e23 FLOP, int4 named as not used", () => {
    // Kaplan et al. 2020: C ≈ 6ND = 6 × 70e9 × 1.4e12.
    const reply = ask("70B 1.4T int4");
    expect(reply.command).toBe("compute");
    expect(result("70B 1.4T int4").flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
    expect(said("70B 1.4T int4")).toContain("Not used: int4");
  });
});

describe("zh-TW 上下文 is the context length (32k 上下文), not 上 then 下文 refused", () => {
  // Llama 3 70B config.json: 80 layers, 8 KV heads (GQA), head_dim 128; KV bytes per token in bf16
  // = 2 · 80 · 8 · 128 · 2 = 327,680 B; at 32,768 tokens that is 10.74 GB.
  it.each([
    "llama 3 70b 在 H100 推論 32k 上下文",
    "llama 3 70b 在 H100 推論 上下文長度 32k",
    "llama 3 70b 推論 32k 上下文 需要多少顯存",
  ])("%s: context 32,768, KV cache 2·80·8·128·2 B × 32,768", (line) => {
    const reply = ask(line, "zh-TW");
    expect(reply.ok).toBe(true);
    expect((reply.result as { breakdown: { kvCache: number } }).breakdown.kvCache).toBe(
      2 * 80 * 8 * 128 * 2 * 32768,
    );
  });
});

describe("follow-ups that scale a value (`what about 2x the tokens`) scale it, never read 2x as a model size", () => {
  const plan: Question = {
    command: "compute",
    options: { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" },
    asker: "U1",
  };
  const changed = (question: Question, line: string) => {
    const followUp = readFollowUp(registry, question, line);
    if (followUp.kind !== "changed") throw new Error(`expected a change for ${line}`);
    return followUp;
  };
  const answered = (followUp: { question: Question }) =>
    result(`${followUp.question.command} ${questionText(followUp.question)}`);

  // Kaplan et al. 2020: C ≈ 6ND; 6 × 70e9 × 15e12 = 6.3e24 FLOP, twice the tokens 1.26e25.
  it.each([
    "what about 2x the tokens",
    "double the tokens",
    "same with 2x tokens",
    "2 x the tokens?",
    "那兩倍的 token 呢",
    "token 加倍",
  ])("%s: tokens 15T × 2 = 30T, 6 × 70B × 30T = 1.26e25 FLOP, params kept at 70B", (line) => {
    const followUp = changed(plan, line);
    expect(followUp.question.options.params).toBe("70B");
    expect(followUp.changes).toEqual(["tokens=15T*2"]);
    const r = answered(followUp);
    expect(r.tokens).toBe(30e12);
    expect(r.flops).toBeCloseTo(6 * 70e9 * 30e12, -20);
  });

  it("twice the GPUs / half the gpus scale gpus=512 to 1,024 / 256 (the GPU stays H100)", () => {
    expect(answered(changed(plan, "twice the GPUs")).gpus).toBe(1024);
    expect(answered(changed(plan, "half the gpus")).gpus).toBe(256);
    expect(changed(plan, "GPU 減半").question.options).toMatchObject({ gpu: "H100", gpus: "512*0.5" });
  });

  it("after a cards question, `2x the tokens` is answered again with the words named as not used", () => {
    const cards: Question = {
      command: "cards",
      options: { params: "70B", gpu: "H100", mode: "infer" },
      asker: "U1",
    };
    const followUp = changed(cards, "what about 2x the tokens");
    expect(followUp.question.options.params).toBe("70B");
    expect(followUp.unplaced).toEqual(["what about 2x the tokens"]);
  });
});

describe("a follow-up's words the command has no option for are said, never dropped (`in int4` after compute)", () => {
  const plan: Question = { command: "compute", options: { params: "70B", tokens: "15T" }, asker: "U1" };

  it.each([
    ["in int4", "int4"],
    ["and with lora", "lora"],
    ["改成 int4", "int4"],
  ])("%s: the re-answer notes “Not used: %s”", (line, word) => {
    const followUp = readFollowUp(registry, plan, line);
    expect(followUp.kind === "changed" && followUp.unplaced).toEqual([word]);
    const reply = withChanges(ask("70B 15T"), plan, [], followUp.kind === "changed" ? followUp.unplaced : []);
    const notes = JSON.stringify(localize(reply, "en"));
    expect(notes).toContain(`Not used: ${word} (/flops compute has no option for it)`);
  });
});

describe("Discord's split options take a value as a typed line does: full-width digits (IME), 億/兆", () => {
  const discord = testAnswerer();
  const answer = (command: string, options: Record<string, string>) =>
    discord.answer({ platform: "discord", userId: "U1", lang: "zh-TW", command, options });

  // Kaplan et al. 2020: C ≈ 6ND = 6 × 70e9 × 15e12 = 6.3e24 FLOP, as `/flops 70B 15T` answers.
  it.each([
    [{ params: "７０Ｂ", tokens: "15T" }],
    [{ params: "70B", tokens: "１５Ｔ" }],
    [{ params: "700億", tokens: "15兆" }],
    [{ params: "七百億", tokens: "15兆" }],
  ])("compute %o: 6 × 70B × 15T = 6.3e24 FLOP", (options) => {
    const reply = answer("compute", options);
    expect(reply.ok).toBe(true);
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6.3e24, -20);
  });

  it("cards gpu=Ｈ１００ is the H100 80GB: 70B × 2 B = 140 GB + 10% overhead = 154 GB over 72 GB usable cards → 4 (TP a power of two)", () => {
    const reply = answer("cards", { params: "70B", gpu: "Ｈ１００" });
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(localize(reply, "zh-TW"))).toContain("H100 SXM5 80GB");
    expect((reply.result as { cards: number }).cards).toBe(4);
  });

  it("mfu=４０％ is 40%: the time is 6ND / (GPUs × 989.4 TFLOP/s dense bf16 × 0.4)", () => {
    const reply = answer("compute", {
      params: "70B",
      tokens: "15T",
      gpu: "H100",
      gpus: "1024",
      mfu: "４０％",
    });
    expect(reply.ok).toBe(true);
    expect((reply.result as { seconds: number }).seconds).toBeCloseTo(6.3e24 / (1024 * 989.4e12 * 0.4), -2);
  });
});

describe("users served at once (`1000 users`, `500 concurrent users`, 1000 個使用者) are serve's batch, said in a note", () => {
  // Llama 3 70B config.json: 80 layers, 8 KV heads, head_dim 128, max_position_embeddings 8,192;
  // KV cache = 2 · 80 · 8 · 128 · 2 B = 327,680 B per token × 8,192 × 1,000 sequences = 2.68 TB.
  it.each([
    ["how many H100 to serve llama 3 70b for 1000 users chatting", "en"],
    ["llama 3 70b H100 1000 users", "en"],
    ["serve llama 3 70b gpu=H100 for 1000 concurrent users", "en"],
    ["llama 3 70b 在 H100 上 1000 個使用者", "zh-TW"],
    // 聊天 (chatting) holds 天 (day): never read as days.
    ["1000 人同時聊天 llama 3 70b 要幾張 H100", "zh-TW"],
    ["llama 3 70b 要幾張 H100 給 1000 個用戶同時使用", "zh-TW"],
  ] as const)("%s: serve at batch 1,000, KV cache 327,680 B × 8,192 × 1,000", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    const r = reply.result as { throughput: { batch: number }; breakdown: { kvCache: number } };
    expect(r.throughput.batch).toBe(1000);
    expect(r.breakdown.kvCache).toBe(327680 * 8192 * 1000);
    expect(reply.notes.map((n) => n.key)).toContain("read.usersAsBatch");
  });

  it("the note says how it was read, in either language", () => {
    expect(said("serve llama-3-8b gpu=H100 500 users")).toContain(
      "Read “500 users” as 500 conversations in flight at once (batch=500)",
    );
    expect(said("serve llama-3-8b gpu=H100 500 位使用者", "zh-TW")).toContain(
      "同時進行 500 段對話 (batch=500)",
    );
    // The words quoted as typed, not as read (users, chatting).
    expect(said("1000 人同時聊天 llama 3 70b 要幾張 H100", "zh-TW")).toContain(
      "將「1000 人 同時 聊天」解讀為",
    );
  });

  it("a command with no batch names the words as not used (cards 70B gpu=H100 1000 users)", () => {
    expect(said("cards 70B gpu=H100 1000 users")).toContain("Not used: 1000 users");
  });

  it("a count after the GPU still counts GPUs when no users follow (70B 15T H100 512)", () => {
    expect(result("70B 15T H100 512").gpus).toBe(512);
  });
});

describe("`full fine-tune` is full fine-tuning (mode=full), not `full` refused", () => {
  // Llama 2 7B: 6,738,415,616 parameters (meta-llama/Llama-2-7b-hf safetensors). Mixed-precision Adam
  // keeps 2 + 2 + 12 = 16 B per parameter (Rajbhandari et al. 2020, ZeRO §3.1, K = 12): 107.8 GB.
  it.each([
    "full fine-tune llama 2 7b on A100",
    "full fine tuning llama-2-7b on A100",
    "cards llama-2-7b gpu=A100 full sft",
  ])("%s: mode full, weights 2 B + gradients 2 B + Adam 12 B per parameter", (line) => {
    const r = result(line);
    expect(r.mode).toBe("full");
    const n = r.breakdown.weights / 2;
    expect(n).toBeCloseTo(6.74e9, -7);
    expect(r.breakdown.gradients).toBe(2 * n);
    expect(r.breakdown.optimizer).toBe(12 * n);
    expect(r.bytesTotal).toBe(16 * n);
  });
});

describe("the activation row's form adds up to its value: with p = 1 it names the output layer it counts", () => {
  // A Llama-style layer, counted by Korthikanti et al. 2022 §4.1's method (test/core/gatedActivations.test.ts):
  // s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f) per layer, with sequence parallelism split over t, and the
  // first stage's output layer 4·s·b·h/t · (1 + V/h) (§4.3). Llama 2 7B (meta-llama/Llama-2-7b-hf
  // config.json): L 32, h 4,096, 32 heads and 32 KV heads of 128, intermediate_size 11,008, V 32,000:
  // 8·4,096 + 4·4,096 + 4·4,096 + 6·11,008 = 131,584 bytes a token (32.125·h, not the GPT layer's 34·h).
  it("full fine-tune llama 2 7b on A100 (TP 2): 32 × s·131,584/2 + 4·s·b·h/2 · (1 + 32,000/4,096) = 8.92 GB", () => {
    const r = result("full fine-tune llama 2 7b on A100");
    expect(r.layout).toMatchObject({
      tp: 2,
      pp: 1,
      recompute: "selective",
      sequenceLength: 4096,
      microBatch: 1,
    });
    const s = 4096;
    const sbh = s * 1 * 4096;
    const layers = (32 * s * (8 * 4096 + 4 * 4096 + 4 * 4096 + 6 * 11_008)) / 2;
    const output = ((4 * sbh) / 2) * (1 + 32000 / 4096);
    expect(r.breakdown.activations).toBeCloseTo(layers + output, -3);
    expect(said("full fine-tune llama 2 7b on A100")).toContain(
      "L · s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f) / t + 4·s·b·h/t · (1 + V/h)",
    );
  });
});

describe("a model that does not fit the GPUs given names fp8 weights first where the GPU computes fp8", () => {
  // Llama 3 405B: 405.9B parameters (Hugging Face meta-llama/Llama-3.1-405B). bf16: 812 GB of weights,
  // more than 8 × 72 GB usable H100s; fp8 (1 B per weight): 406 GB / 8 = 50.7 GB a card, which fits —
  // Llama Team 2024, The Llama 3 Herd of Models, §6.2: FP8 inference of 405B on one node of 8 H100s.
  it.each(["can I run llama 3 405b on 8 H100", "serve llama-3-405b gpu=H100 available=8"])(
    "%s: 16 needed in bf16; fp8 takes 8 and is named before int4",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      const keys = reply.warnings.map((w) => w.key);
      expect(keys).toContain("cards.availableFp8");
      expect(keys.indexOf("cards.availableFp8")).toBeLessThan(keys.indexOf("cards.available4bit"));
      const fp8 = reply.warnings.find((w) => w.key === "cards.availableFp8");
      expect(fp8?.params?.needed).toBe(8);
    },
  );

  it("no fp8 line on a GPU without fp8 tensor cores (A100: 312 TFLOP/s bf16, no FP8 in its datasheet)", () => {
    const keys = ask("can I run llama 3 70b on 2 A100").warnings.map((w) => w.key);
    expect(keys).toContain("cards.available4bit");
    expect(keys).not.toContain("cards.availableFp8");
  });

  it("zh-TW says it too", () => {
    expect(said("can I run llama 3 405b on 8 H100", "zh-TW")).toContain("改用 fp8 權重 (precision=fp8");
  });
});

describe("scaling a value a run's name filled in (`llama-3-70b`, then `what about 2x the tokens`)", () => {
  // Llama 3 70B: 70,553,706,496 parameters (Hugging Face), 15T tokens (Meta Llama 3 model card).
  // 6 × 70.55B × 30T = 1.27e25 FLOP (Kaplan et al. 2020, C ≈ 6ND); the model stays Llama 3 70B.
  it("keeps the run and doubles its 15T tokens to 30T", () => {
    const previous: Question = {
      command: "compute",
      options: { params: "llama-3-70b", gpu: "H100", gpus: "1024" },
    };
    const followUp = readFollowUp(registry, previous, "what about 2x the tokens");
    if (followUp.kind !== "changed") throw new Error("expected a change");
    expect(followUp.question.options.params).toBe("llama-3-70b");
    expect(followUp.changes).toEqual(["tokens=15T*2"]);
    const r = result(`compute ${questionText(followUp.question)}`);
    expect(r.tokens).toBe(30e12);
    expect(r.flops).toBeCloseTo(6 * 70_553_706_496 * 30e12, -20);
  });
});

describe("NaN is no number, not one too large", () => {
  it.each(["serve 70B gpu=H100 batch=NaN", "70B 15T mfu=0/0"])(
    "%s: “can't read as a number”, never “too large”",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      // A count given the word (batch=NaN) is told it takes a number; a share's 0/0 is unreadable.
      expect(reply.error?.key).toBe(line.includes("NaN") ? "quantity.wordFor" : "quantity.syntax");
    },
  );

  it("a value past the double range is still too large (1e400)", () => {
    expect(ask("70B 15T gpus=1e400").error?.key).toBe("quantity.notFinite");
  });
});
