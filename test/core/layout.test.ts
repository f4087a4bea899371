import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activationBytesPerLayer,
  adamStates,
  divisors,
  firstStageActivationBytes,
  type Layout,
  layoutMemory,
  searchLayout,
  type TransformerShape,
} from "../../src/core/layout.ts";

const GB = 1e9;
/** 90% of an 80 GB A100/H100, the usable share the search fits into. */
const USABLE_80GB = 0.9 * 80 * GB;

const layout = (over: Partial<Layout>): Layout => ({
  tp: 1,
  pp: 1,
  dp: 1,
  zero: 0,
  sequenceParallel: false,
  recompute: "none",
  microBatch: 1,
  sequenceLength: 2048,
  attention: "unfused",
  ...over,
});

describe("activations per layer: Korthikanti et al. 2022, Table 2", () => {
  // GPT-3 175B as in Korthikanti et al. 2022, Table 3: a = 96, h = 12288, s = 2048, t = 8, b = 1.
  const gpt3: TransformerShape = { layers: 96, hidden: 12288, heads: 96 };
  const sbh = 2048 * 12288;
  const per = (over: Partial<Layout>) => activationBytesPerLayer(gpt3, layout({ tp: 8, ...over })) / sbh;

  it("pins each row of Table 2 for the 175B shape (exact)", () => {
    // No parallelism: 34 + 5as/h = 34 + 5·96·2048/12288 = 34 + 80.
    expect(activationBytesPerLayer(gpt3, layout({})) / sbh).toBe(34 + 80);
    // Tensor parallel: 10 + 24/t + 5as/(ht) = 10 + 3 + 10.
    expect(per({})).toBe(23);
    // Tensor + sequence parallel: 34/t + 5as/(ht) = 4.25 + 10.
    expect(per({ sequenceParallel: true })).toBe(14.25);
    // Tensor parallel + selective recomputation: 10 + 24/t.
    expect(per({ recompute: "selective" })).toBe(13);
    // Tensor + sequence parallel + selective recomputation: 34/t.
    expect(per({ sequenceParallel: true, recompute: "selective" })).toBe(4.25);
    // Full recomputation: 2 (the layer input only).
    expect(per({ recompute: "full" })).toBe(2);
  });

  it("sequence parallelism + selective recomputation cut activations about 5× (Korthikanti et al. 2022, abstract), within 4.5–6.5× for each of its Table 3 models", () => {
    // Table 3 shapes: 22B (a 64, h 6144), 175B (96, 12288), 530B (128, 20480), 1T (160, 25600); t = 8, s = 2048.
    for (const [heads, hidden] of [
      [64, 6144],
      [96, 12288],
      [128, 20480],
      [160, 25600],
    ] as const) {
      const shape = { layers: 1, hidden, heads };
      const baseline = activationBytesPerLayer(shape, layout({ tp: 8 }));
      const reduced = activationBytesPerLayer(
        shape,
        layout({ tp: 8, sequenceParallel: true, recompute: "selective" }),
      );
      expect(baseline / reduced).toBeGreaterThan(4.5);
      expect(baseline / reduced).toBeLessThan(6.5);
    }
  });

  it("a fused attention kernel (FlashAttention, Dao et al. 2022) stores no s² term: no recomputation costs what selective does", () => {
    const flash = activationBytesPerLayer(
      gpt3,
      layout({ tp: 8, sequenceParallel: true, attention: "flash" }),
    );
    expect(flash / sbh).toBe(4.25);
    // The unfused figure stays available and is larger by exactly 5as/(ht).
    const unfused = activationBytesPerLayer(gpt3, layout({ tp: 8, sequenceParallel: true }));
    expect((unfused - flash) / sbh).toBe((5 * 96 * 2048) / (12288 * 8));
  });

  it("1F1B: the first stage holds L layers' worth whatever p is (Korthikanti et al. 2022, §4.2.3), never divided by d", () => {
    const base = layout({ tp: 8, sequenceParallel: true, recompute: "selective" });
    const onePp = firstStageActivationBytes(gpt3, { ...base, pp: 8 });
    expect(firstStageActivationBytes(gpt3, { ...base, pp: 16 })).toBe(onePp);
    expect(onePp).toBe(96 * 4.25 * sbh);
    const states = adamStates(175e9);
    const d1 = layoutMemory(states, gpt3, { ...base, pp: 8, zero: 1, dp: 1 }).activations;
    const d64 = layoutMemory(states, gpt3, { ...base, pp: 8, zero: 1, dp: 64 }).activations;
    expect(d64).toBe(d1);
  });
});

describe("published layouts fit, with per-GPU bytes derived by hand", () => {
  it("Megatron-LM 1T (Narayanan et al. 2021, Table 1: a 160, h 25600, L 128, t 8, p 64, s 2048, 3072 A100 80GB): the search with t = 8 finds p = 64, as published", () => {
    const shape = { layers: 128, hidden: 25600, heads: 160, vocab: 51200 };
    const params = 1008e9;
    const constraints = {
      tp: 8,
      zero: 0 as const,
      recompute: "full" as const,
      sequenceParallel: false,
      microBatch: 1,
      sequenceLength: 2048,
      attention: "unfused" as const,
      nodeSize: 8,
    };
    const choice = searchLayout(adamStates(params), shape, constraints, USABLE_80GB);
    expect(choice?.layout.pp).toBe(64);
    expect(choice?.layout.dp).toBe(1);
    // By hand: 16 B × (layers' params / (t·p) + embedding V·h / t) + 2·s·h·L + one layer recomputed sbh(10 + 24/8 + 5as/(8h)).
    const embedding = 51200 * 25600;
    const states = 16 * ((params - embedding) / 512 + embedding / 8);
    const sbh = 2048 * 25600;
    const activations = 2 * sbh * 128 + sbh * (10 + 3 + (5 * 160 * 2048) / (25600 * 8));
    expect(choice?.memory.perGpu).toBeCloseTo(states + activations, -3);
    expect((choice?.memory.perGpu ?? 0) / GB).toBeCloseTo(48.7, 0);
  });

  it("Megatron-LM Table 1 rows (Narayanan et al. 2021): each published t × p fits an 80 GB A100, and our smallest p is never more than theirs", () => {
    // [params, heads, hidden, layers, t, p], Narayanan et al. 2021, Table 1 (s 2048, vocab 51200, full recomputation).
    const rows = [
      [18.4e9, 48, 6144, 40, 8, 1],
      [39.1e9, 64, 8192, 48, 8, 2],
      [76.1e9, 80, 10240, 60, 8, 4],
      [145.6e9, 96, 12288, 80, 8, 8],
      [310.1e9, 128, 16384, 96, 8, 16],
      [529.6e9, 128, 20480, 105, 8, 35],
    ] as const;
    for (const [params, heads, hidden, layers, tp, pp] of rows) {
      const shape = { layers, hidden, heads, vocab: 51200 };
      const fixed = layout({ tp, pp, recompute: "full" });
      const memory = layoutMemory(adamStates(params), shape, fixed);
      expect(memory.perGpu, `${params}`).toBeLessThanOrEqual(USABLE_80GB);
      const choice = searchLayout(
        adamStates(params),
        shape,
        {
          tp,
          zero: 0,
          recompute: "full",
          sequenceParallel: false,
          microBatch: 1,
          sequenceLength: 2048,
          attention: "unfused",
          nodeSize: 8,
        },
        USABLE_80GB,
      );
      expect(choice?.layout.pp, `${params}`).toBeLessThanOrEqual(pp);
    }
  });

  it("BLOOM-176B (Le Scao et al. 2022 §3.4; BigScience: TP 4 × PP 12 (70 layers: uneven, 6 on the fullest) × DP 8, ZeRO-1, 384 A100 80GB, 'one copy takes 48 GPUs, 60 GB each'): fits; our estimate is 45–100% of the measured 60 GB", () => {
    // h 14336, L 70, a 112, vocab 250,880, s 2048, micro-batch 2, activation checkpointing, unfused attention.
    const shape = { layers: 70, hidden: 14336, heads: 112, vocab: 250880 };
    const bloom = layout({ tp: 4, pp: 12, dp: 8, zero: 1, recompute: "full", microBatch: 2 });
    const memory = layoutMemory(adamStates(176.247e9), shape, bloom);
    expect(memory.gpus).toBe(384);
    // By hand: 70 layers over 12 stages are uneven, ⌈70/12⌉ = 6 on the fullest: its params =
    // (N − V·h)·6/(70·4) + V·h/4; 2 + 2 B each, 12 B over d = 8; 2·s·b·h · 12 × 6 layers in flight +
    // one layer sbh(10 + 24/4 + 5as/(4h)).
    const embedding = 250880 * 14336;
    const local = ((176.247e9 - embedding) * 6) / (70 * 4) + embedding / 4;
    const sbh = 2048 * 2 * 14336;
    const expected =
      4 * local + (12 * local) / 8 + 2 * sbh * 12 * 6 + sbh * (10 + 6 + (5 * 112 * 2048) / (4 * 14336));
    expect(memory.perGpu).toBeCloseTo(expected, -3);
    // The measured 60 GB also holds fp32 gradient buffers, the allocator's cache and fragmentation.
    expect(memory.perGpu / (60 * GB)).toBeGreaterThan(0.45);
    expect(memory.perGpu).toBeLessThan(60 * GB);
  });

  it("OPT-175B (Zhang et al. 2022 §2.4: FSDP with Megatron TP 8 on 992 A100 80GB, so d = 124, ZeRO-3): fits, states 2.8 GB per GPU", () => {
    const shape = { layers: 96, hidden: 12288, heads: 96, vocab: 50272 };
    const opt = layout({ tp: 8, dp: 124, zero: 3, recompute: "selective" });
    const memory = layoutMemory(adamStates(175e9), shape, opt);
    expect(memory.gpus).toBe(992);
    // 16 B × 175e9 / (8 × 124) = 2.82 GB of states; two gathered layers 2 × 2 B × N / (96 × 8).
    expect((memory.weights + memory.gradients + memory.optimizer) / GB).toBeCloseTo(2.82, 2);
    expect(memory.gatherBuffer).toBeCloseTo((2 * 2 * 175e9) / (96 * 8), -3);
    expect(memory.perGpu).toBeLessThanOrEqual(USABLE_80GB);
  });

  it("Llama 3 405B (Llama Team 2024, Table 4: TP 8 × PP 16 × DP 128 at s 8192 on 16,384 H100 80GB): fits with full recomputation, 49 GB per GPU by hand (the fullest of the uneven stages)", () => {
    const shape = { layers: 126, hidden: 16384, heads: 128, vocab: 128256 };
    const llama = layout({
      tp: 8,
      pp: 16,
      dp: 128,
      zero: 1,
      sequenceParallel: true,
      recompute: "full",
      sequenceLength: 8192,
      attention: "flash",
    });
    const memory = layoutMemory(adamStates(405.85e9), shape, llama);
    expect(memory.gpus).toBe(16384);
    // 126 layers over 16 stages are uneven (§3.3.2): ⌈126/16⌉ = 8 on the fullest, 16 × 8 in flight.
    const embedding = 128256 * 16384;
    const local = ((405.85e9 - embedding) * 8) / (126 * 8) + embedding / 8;
    const sbh = 8192 * 16384;
    const expected = 4 * local + (12 * local) / 128 + 2 * sbh * 16 * 8 + (34 / 8) * sbh;
    expect(memory.perGpu).toBeCloseTo(expected, -3);
    expect(memory.perGpu / GB).toBeGreaterThan(45);
    expect(memory.perGpu / GB).toBeLessThan(50);
    expect(memory.perGpu).toBeLessThanOrEqual(USABLE_80GB);
  });
});

describe("the search", () => {
  const llama70 = { layers: 80, hidden: 8192, heads: 64, vocab: 128256 };
  const base = { microBatch: 1, sequenceLength: 4096, attention: "flash" as const, nodeSize: 8 };

  it("70B at 4k on A100 80GB: no longer 17 cards; every card of the chosen layout holds its share", () => {
    const choice = searchLayout(adamStates(70e9), llama70, base, USABLE_80GB);
    expect(choice).toBeDefined();
    expect(choice?.memory.perGpu).toBeLessThanOrEqual(USABLE_80GB);
    expect(choice?.memory.gpus).toBeGreaterThan(17);
    // Pure ZeRO-3 data parallelism over 17 cards does not fit (16 B × 70e9 / 17 = 65.9 GB of states alone, plus activations).
    expect(
      searchLayout(adamStates(70e9), llama70, { ...base, tp: 1, pp: 1, dp: 17 }, USABLE_80GB),
    ).toBeUndefined();
  });

  it("fixing parts of the layout keeps them", () => {
    const choice = searchLayout(
      adamStates(70e9),
      llama70,
      { ...base, tp: 8, pp: 2, zero: 1, recompute: "selective" },
      USABLE_80GB,
    );
    expect(choice?.layout).toMatchObject({ tp: 8, pp: 2, zero: 1, recompute: "selective" });
    expect(choice?.memory.perGpu).toBeLessThanOrEqual(USABLE_80GB);
  });

  it("t stays a power of two dividing the heads, p divides the layers", () => {
    const shape = { layers: 60, hidden: 6656, heads: 52 };
    const choice = searchLayout(adamStates(33e9), shape, { ...base, zero: 0 }, USABLE_80GB);
    expect(choice).toBeDefined();
    expect([1, 2, 4]).toContain(choice?.layout.tp);
    expect(60 % (choice?.layout.pp ?? 7)).toBe(0);
  });

  it("nothing fits when one layer's activations exceed the card (70B at 128k context on 80 GB)", () => {
    expect(
      searchLayout(adamStates(70e9), llama70, { ...base, sequenceLength: 131072 }, USABLE_80GB),
    ).toBeUndefined();
  });
});

describe("pipeline sizes: the divisors of the layer count", () => {
  it("are every k with n mod k = 0, ascending, found in √n steps", () => {
    // Llama 3 405B has 126 layers (Llama 3 paper, Table 3): its pipeline can be 1, 2, 3, 6, 7, 9, ….
    expect(divisors(126)).toEqual([1, 2, 3, 6, 7, 9, 14, 18, 21, 42, 63, 126]);
    expect(divisors(1)).toEqual([1]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), (n) => {
        const everyK = Array.from({ length: n }, (_, i) => i + 1).filter((k) => n % k === 0);
        expect(divisors(n)).toEqual(everyK);
      }),
      { numRuns: 300 },
    );
  });
});
