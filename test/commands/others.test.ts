import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

describe("/flops chinchilla", () => {
  it("175B wants 3.5T tokens (Hoffmann et al. 2022)", () => {
    const r = result("chinchilla 175B");
    expect(r.tokens).toBe(3.5e12);
    expect(r.flops).toBeCloseTo(6 * 175e9 * 3.5e12, -20);
  });

  it("a budget of Chinchilla's 5.88e23 FLOP gives 70B parameters and 1.4T tokens", () => {
    const r = result("chinchilla budget=5.88e23");
    expect(r.params / 70e9).toBeCloseTo(1, 6);
    expect(r.tokens / 1.4e12).toBeCloseTo(1, 6);
  });

  it("rates a run against the optimum", () => {
    const r = result("chinchilla 175B tokens=300B");
    expect(r.tokensPerParam).toBeCloseTo(1.714, 3);
    expect(ask("chinchilla").error?.key).toBe("chinchilla.needInput");
  });
});

describe("/flops cards", () => {
  it("Llama-3-70B in bf16 with an 8K context on H100: 141 GB of weights, 2.7 GB of KV cache, TP 4 (3 cards is no tensor-parallel size)", () => {
    const line = "cards 70.55B gpu=H100 context=8k layers=80 kv-heads=8 head-dim=128";
    const r = result(line) as unknown as {
      cards: number;
      bytesTotal: number;
      breakdown: Record<string, number>;
    };
    expect(r.breakdown.weights).toBeCloseTo(141.1e9, -6);
    expect(r.breakdown.kvCache).toBe(2 * 80 * 8 * 128 * 2 * 8192);
    expect(r.cards).toBe(4);
  });

  it("int4 fits Llama-3-70B on one H100", () => {
    expect(result("cards 70.55B gpu=H100 precision=int4").cards).toBe(1);
  });

  it("training 7.5B with mixed-precision Adam is 120 GB; ZeRO-3 over 64 GPUs leaves 1.88 GB per card", () => {
    const r = result("cards 7.5B gpu=A100 mode=train zero=3 dp=64") as unknown as {
      bytesTotal: number;
      bytesPerCard: number;
      cards: number;
    };
    expect(r.bytesTotal).toBe(120e9);
    expect(r.bytesPerCard).toBeCloseTo(1.875e9, 3);
    // dp=64 is the user's layout: 64 cards, each holding its 1/64 ZeRO-3 share.
    expect(r.cards).toBe(64);
  });

  it("states the seed's rule of thumb beside the detailed estimate", () => {
    expect(said("cards 7B gpu=H100")).toContain("Rule of thumb");
    expect(result("cards 7B gpu=H100").ruleOfThumbBytes).toBe(7e9 * 2 * 2.5);
    expect(result("cards 7B gpu=H100 mode=train").ruleOfThumbBytes).toBe(7e9 * 2 * 4);
  });

  it("a bad mode suggests the right one", () => {
    const reply = ask("cards 7B gpu=H100 mode=trian");
    expect(reply.error?.key).toBe("args.badChoice");
    expect(reply.error?.params?.suggestions).toContain("train");
  });
});

describe("/flops params", () => {
  it("GPT-3 175B config: within 0.5% of 175B", () => {
    const r = result("params transformer layers=96 d=12288 vocab=50257 ctx=2048");
    expect(Math.abs(r.total / 175e9 - 1)).toBeLessThan(0.005);
  });

  it("GPT-3 175B counted as 12h² + 13h per layer: the 13h (biases, norms) is Narayanan et al. 2021 §5.1, not Kaplan", () => {
    // Narayanan et al. 2021 §5.1: P = 12lh²(1 + 13/(12h) + (V + s)/(12lh)); plus the final norm 2h.
    const [l, h, V, s] = [96, 12288, 50257, 2048];
    const line = `params transformer layers=${l} d=${h} vocab=${V} ctx=${s}`;
    expect(result(line).total).toBe(
      Math.round(12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h))) + 2 * h,
    );
    const reply = ask(line);
    expect(reply.sources.map((source) => source.url)).toContain("https://arxiv.org/abs/2104.04473");
    expect(said(line)).toMatch(
      /Kaplan et al\. 2020 \(Table 1\) count the 12h² and leave biases and norms out/,
    );
    expect(said(line, "zh-TW")).toContain("Narayanan et al. 2021 (§5.1)");
  });

  it("Llama-3-8B = 8,030,261,248 exactly", () => {
    const line = "params decoder layers=32 hidden=4096 heads=32 kv-heads=8 ffn=14336 vocab=128256";
    expect(result(line).total).toBe(8_030_261_248);
    expect(result(line).active).toBeUndefined();
    expect(said(line)).toContain("8,030,261,248");
  });

  it("Mixtral 8x7B: 46.7B total, 12.9B active", () => {
    const r = result(
      "params moe layers=32 d=4096 heads=32 kv-heads=8 vocab=32000 experts=8 top-k=2 expert-ffn=14336",
    );
    expect(r.total).toBe(46_702_792_704);
    expect(r.active).toBe(12_879_925_248);
  });

  it("layer lists as people write them: MNIST MLP 101,770; Keras LSTM(128) on 64 features 98,816", () => {
    expect(result("params dense 784->128, relu, dense 128->10").total).toBe(101_770);
    expect(result("params lstm 64->128").total).toBe(98_816);
    expect(result("params conv 3x3 3->64, maxpool, flatten, dropout 0.5").total).toBe(1_792);
    expect(result("params embedding 20000x128").total).toBe(2_560_000);
  });

  it("an unknown key of an architecture gets a suggestion", () => {
    const reply = ask("params transformer layers=96 d=12288 vocab=50257 layrs=96");
    expect(reply.ok).toBe(false);
    expect(ask("params transformer layers=96 d=12288").error?.key).toBe("params.missing");
  });
});

describe("/flops gpus", () => {
  it("lists the catalog with dense peaks and sources", () => {
    const all = result("gpus") as unknown as { gpus: { name: string; peakFlops: Record<string, number> }[] };
    expect(all.gpus.length).toBeGreaterThanOrEqual(30);
    const h100 = result("gpus h100") as unknown as {
      gpus: {
        name: string;
        memoryBytes: number;
        peakFlops: Record<string, number>;
        source: { url: string };
      }[];
    };
    expect(h100.gpus[0]?.name).toContain("H100");
    expect(h100.gpus[0]?.memoryBytes).toBe(80e9);
    expect(h100.gpus[0]?.peakFlops.bf16).toBeCloseTo(989.4e12, -9);
    expect(h100.gpus[0]?.source.url).toMatch(/^https:\/\//);
  });

  it("a filter that matches nothing points to the whole list", () => {
    expect(ask("gpus zzzz9").error?.key).toBe("gpu.unknownNoSuggestion");
  });
});

describe("/flops help", () => {
  it("lists every command with an example, privately", () => {
    const reply = ask("help");
    expect(reply.ephemeral).toBe(true);
    for (const name of ["compute", "mfu", "chinchilla", "cards", "params", "gpus"]) {
      expect(said("help")).toContain(name);
    }
  });

  it("help <command> lists its options with aliases and examples", () => {
    const text = said("help mfu");
    expect(text).toContain("gpu-hours");
    expect(text).toContain("throughput");
    expect(text).toContain("/flops mfu 671B 14.8T");
    expect(ask("help mfuu").error?.key).toBe("args.unknownCommand");
  });

  it("an empty line is help", () => {
    expect(ask("").command).toBe("help");
    expect(ask("/flops").command).toBe("help");
  });

  // Before: `hi` was refused as “I don't know what “hi” means in /flops compute”, 你好 as a number
  // for params, `what can you do` as a missing model size.
  it.each([
    ["hi", "en"],
    ["hello", "en"],
    ["Hello!", "en"],
    ["hey there", "en"],
    ["help me", "en"],
    ["help please", "en"],
    ["help?", "en"],
    ["what can you do", "en"],
    ["what can you do?", "en"],
    ["@flopsbot hi", "en"],
    ["你好", "zh-TW"],
    ["你好！", "zh-TW"],
    ["幫助", "zh-TW"],
    ["說明", "zh-TW"],
    ["怎麼用", "zh-TW"],
    ["哈囉", "zh-TW"],
    ["你能做什麼", "zh-TW"],
  ] as const)("%s is answered as /flops help is: every command", (line, lang) => {
    const reply = ask(line, lang);
    const help = ask("help", lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("help");
    expect(reply.result).toEqual({ topic: "" });
    expect(reply.rows).toEqual(help.rows);
    expect(reply.ephemeral).toBe(true);
  });

  it("says how the line was read (a greeting asks what the bot does)", () => {
    expect(ask("hi").notes[0]).toEqual({ key: "read.helpAsked", params: { words: "hi" } });
    expect(said("what can you do")).toContain("Read “what can you do” as asking what I do");
    expect(said("你好", "zh-TW")).toContain("將「你好」解讀為詢問我能做什麼");
    // `help` named is help, with nothing more to say.
    expect(ask("help").notes.map((note) => note.key)).not.toContain("read.helpAsked");
  });

  it("a greeting before a question is no question: hi, 70B 2T is 70B 2T (8.4e23 FLOP); help mfu is mfu's help", () => {
    expect(result("hi, 70B 2T").flops).toBeCloseTo(6 * 70e9 * 2e12, -19);
    expect(result("你好，請問 70B 2T 要多久").params).toBe(70e9);
    expect(ask("help mfu").result).toEqual({ topic: "mfu" });
  });
});

describe("/flops gpus headline peaks", () => {
  it("shows fp16 where a card has no bf16 (V100: 125 TFLOP/s tensor fp16)", () => {
    expect(said("gpus v100")).toContain("Tesla V100 SXM2 32GB · 32 GB · 0.9 TB/s · fp16 125");
    expect(said("gpus h100")).toContain("H100 SXM5 80GB · 80 GB · 3.35 TB/s · 989.4 / 1,978.9");
  });
});

describe("extreme but finite inputs stay readable", () => {
  it.each(["chinchilla budget=1e300", "1e100 1e100", "1e-300 1e-300", "chinchilla 1e-5"])("%s", (line) => {
    const text = said(line);
    expect(text).not.toMatch(/\d{25}/);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});
