import { describe, expect, it } from "vitest";
import { activationBytesPerLayer, type Layout, type TransformerShape } from "../../src/core/layout.ts";
import { formulaText } from "../../src/reply/formula.ts";
import { ask } from "../commands/helpers.ts";

const layout = (over: Partial<Layout>): Layout =>
  Object.assign(
    {
      tp: 1,
      pp: 1,
      dp: 1,
      zero: 0 as const,
      sequenceParallel: false,
      recompute: "selective" as const,
      microBatch: 1,
      sequenceLength: 8192,
      attention: "flash" as const,
    },
    over,
  );

// config.json of meta-llama/Meta-Llama-3-70B and -8B: hidden_size, num_attention_heads,
// num_key_value_heads, head_dim (hidden / heads), intermediate_size.
const CONFIGS = {
  "70B": { h: 8192, layers: 80, nq: 64, nkv: 8, dh: 128, f: 28_672 },
  "8B": { h: 4096, layers: 32, nq: 32, nkv: 8, dh: 128, f: 14_336 },
} as const;
type Config = (typeof CONFIGS)[keyof typeof CONFIGS];

const shapeOf = (c: Config): TransformerShape => ({
  layers: c.layers,
  hidden: c.h,
  heads: c.nq,
  kvHeads: c.nkv,
  gated: { headDim: c.dh, ffn: c.f },
});

/**
 * What each op keeps for its backward pass, bytes per token (16-bit values), as Korthikanti et al.
 * 2022 §4.1 list them for a GPT layer, for a Llama layer: [bytes, split by tensor parallelism].
 */
function keptPerToken(c: Config, unfusedNoRecompute: boolean, s: number): [number, boolean][] {
  const q = c.nq * c.dh;
  const kv = (unfusedNoRecompute ? c.nq : c.nkv) * c.dh; // unfused repeats K and V to the query heads
  return [
    [2 * c.h, false], // RMSNorm (attention) input
    [2 * c.h, false], // Q, K, V projections' input
    [2 * q, true], // Q
    [2 * kv, true], // K
    [2 * kv, true], // V
    [2 * q, true], // output projection's input (attention output)
    [unfusedNoRecompute ? 2 * c.nq * s : 0, true], // softmax output, s² per head; no dropout mask
    [2 * c.h, false], // RMSNorm (MLP) input
    [2 * c.h, false], // gate and up projections' input
    [4 * c.f, true], // SwiGLU's input: gate and up outputs
    [2 * c.f, true], // down projection's input
  ];
}

const perToken = (c: Config, t: number, sp: boolean, unfused = false, s = 8192) =>
  keptPerToken(c, unfused, s).reduce(
    (sum, [bytes, split]) => sum + (split || sp || t === 1 ? bytes / t : bytes),
    0,
  );

describe("activations of a Llama-style layer, Korthikanti et al. 2022 §4.1's method", () => {
  it("Llama 3 70B and 8B at t = 1: 33.5·h and 34·h bytes a token, from the config's widths", () => {
    for (const [name, c] of Object.entries(CONFIGS)) {
      const s = 8192;
      const bytes = activationBytesPerLayer(shapeOf(c), layout({}));
      expect(bytes, name).toBe(s * perToken(c, 1, false));
      // 70B: 8·8192 + 4·8192 + 4·1024 + 6·28,672 = 274,432 = 33.5·h; 8B: 139,264 = 34·h.
      expect(bytes / (s * c.h), name).toBe(name === "70B" ? 33.5 : 34);
    }
  });

  it("tensor parallelism splits the heads and f, leaving 8h on every rank; sequence parallelism splits that too", () => {
    const c = CONFIGS["70B"];
    const s = 8192;
    const tp = activationBytesPerLayer(shapeOf(c), layout({ tp: 8 }));
    const sp = activationBytesPerLayer(shapeOf(c), layout({ tp: 8, sequenceParallel: true }));
    expect(tp).toBe(s * perToken(c, 8, false));
    expect(tp / s).toBe(8 * 8192 + (4 * 8192 + 4 * 1024 + 6 * 28_672) / 8); // 91,904
    expect(sp / s).toBe(274_432 / 8); // 34,304
  });

  it("selective recomputation equals FlashAttention; unfused attention without it keeps the softmax and repeated K, V", () => {
    const c = CONFIGS["8B"];
    const s = 8192;
    const flash = activationBytesPerLayer(shapeOf(c), layout({ recompute: "none" }));
    const selective = activationBytesPerLayer(shapeOf(c), layout({ attention: "unfused" }));
    const unfused = activationBytesPerLayer(shapeOf(c), layout({ recompute: "none", attention: "unfused" }));
    expect(flash).toBe(selective);
    expect(unfused).toBe(s * perToken(c, 1, false, true, s));
    // 2·n_q·s = 524,288 bytes a token for the softmax, 4·(n_q − n_kv)·d_h = 12,288 for the copies of K and V.
    expect((unfused - flash) / s).toBe(2 * 32 * 8192 + 4 * (32 - 8) * 128);
    // Not the GPT layer's 5·a·s/h: a dropout-free layer stores the softmax output once.
    expect((unfused - flash) / s).toBeLessThan((5 * 32 * 8192 * s * 4096) / (4096 * s));
  });

  it("full recomputation keeps the layer input, 2·s·b·h, as for a GPT layer", () => {
    const c = CONFIGS["70B"];
    expect(activationBytesPerLayer(shapeOf(c), layout({ recompute: "full", tp: 8 }))).toBe(2 * 8192 * 8192);
  });
});

describe("cards mode=train picks the layer's form by its shape", () => {
  const activationRow = (question: string) => {
    const reply = ask(question);
    const row = reply.rows.find((r) => r.label.key === "row.activationsPerGpu");
    if (!row?.formula || row.value.kind !== "bytes") throw new Error(`no activations row: ${question}`);
    return { bytes: row.value.value, formula: formulaText(row.formula), layout: reply.result?.layout };
  };

  it("Llama 3 70B: the Llama-style form, its value L layers of 274,432/t bytes a token plus the output layer", () => {
    const { bytes, formula } = activationRow("cards llama-3-70b gpu=H100 mode=train tp=8 pp=1 zero=3");
    expect(formula).toContain("s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f) / t");
    expect(formula).toContain("n_kv 8");
    const s = 8192;
    const output = ((4 * s * 8192) / 8) * (1 + 128_256 / 8192);
    expect(bytes).toBe(80 * s * (274_432 / 8) + output);
  });

  it("GPT-3 and Falcon-40B (plain GeLU MLP) keep Korthikanti et al.'s count", () => {
    for (const q of ["cards gpt-3 gpu=H100 mode=train", "cards falcon-40b gpu=H100 mode=train"]) {
      const { formula } = activationRow(q);
      expect(formula, q).toContain("34·s·b·h / t");
      expect(formula, q).not.toContain("n_kv");
    }
  });

  it("a typed shape with ffn= is read as a decoder's layer; without it, as a GPT layer", () => {
    const typed = "cards 8B layers=32 hidden=4096 heads=32 kv-heads=8 gpu=H100 mode=train context=8k";
    expect(activationRow(`${typed} ffn=14336`).formula).toContain("f 14,336");
    expect(activationRow(typed).formula).not.toContain("n_kv");
  });
});
