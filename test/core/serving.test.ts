import { describe, expect, it } from "vitest";
import {
  decodeStep,
  expertsRead,
  gqaKvLayout,
  kvShareOnRank,
  largestBatchAtRate,
  prefillFlops,
  replicasForRate,
  type ServingModel,
  searchServingLayout,
  weightParamsRead,
} from "../../src/core/serving.ts";

const GB = 1e9;
const USABLE_80GB = 0.9 * 80 * GB;
/** H100 SXM: 3.35 TB/s HBM3, 989.4 TFLOP/s dense bf16 (NVIDIA H100 datasheet; dense = half the sparse figure). */
const H100 = { bandwidth: 3.35e12, peak: 989.4e12 };

// Llama-3-8B: 8,030,261,248 parameters, L 32, 32 query heads, 8 KV heads, d_head 128 (its config.json).
const llama3_8b: ServingModel = {
  params: 8_030_261_248,
  activeParams: 8_030_261_248,
  layers: 32,
  heads: 32,
  attentionWidth: 4096,
  kv: gqaKvLayout({ layers: 32, kvHeads: 8, headDim: 128 }, "bf16"),
};

describe("KV cache", () => {
  it("GQA: 2·L·n_kv·d_head·bytes per token; Llama-3-8B in bf16 is 128 KiB per token, 1 GiB at 8K", () => {
    expect(llama3_8b.kv?.bytesPerToken).toBe(131_072);
    expect((llama3_8b.kv?.bytesPerToken ?? 0) * 8192).toBe(2 ** 30);
    expect(gqaKvLayout({ layers: 32, kvHeads: 8, headDim: 128 }, "fp8").bytesPerToken).toBe(65_536);
  });

  it("tensor parallelism splits KV heads; with fewer KV heads than t each rank keeps a whole one", () => {
    const kv = gqaKvLayout({ layers: 80, kvHeads: 8, headDim: 128 }, "bf16");
    expect(kvShareOnRank(kv, 4)).toBe(1 / 4);
    expect(kvShareOnRank(kv, 8)).toBe(1 / 8);
    expect(kvShareOnRank(kv, 16)).toBe(1 / 8);
    const mqa = gqaKvLayout({ layers: 60, kvHeads: 1, headDim: 64 }, "bf16");
    expect(kvShareOnRank(mqa, 8)).toBe(1);
  });
});

describe("serving layouts", () => {
  // Llama 3 405B: 405.85B parameters, L 126, 128 heads, 8 KV heads (its config.json).
  const llama405: ServingModel = {
    params: 405.85e9,
    activeParams: 405.85e9,
    layers: 126,
    heads: 128,
    attentionWidth: 16384,
    kv: gqaKvLayout({ layers: 126, kvHeads: 8, headDim: 128 }, "bf16"),
  };

  it("Llama 3 405B in bf16 needs TP 8 × PP 2 = 16 H100 on two nodes, as Meta served it (Llama Team 2024, §6.1)", () => {
    const layout = searchServingLayout(llama405, "bf16", { context: 8192, batch: 1 }, USABLE_80GB, 8);
    expect(layout).toMatchObject({ tp: 8, pp: 2, gpus: 16, nodes: 2 });
    // 811.7 GB / 16 = 50.7 GB of weights per GPU; × 1.1 with the cache and overhead < 72 GB.
    expect((layout?.weightsPerGpu ?? 0) / GB).toBeCloseTo(50.7, 1);
  });

  it("in fp8 it fits one node: 405.85 GB / 8 × 1.1 = 55.8 GB per H100", () => {
    const layout = searchServingLayout(llama405, "fp8", { context: 8192, batch: 1 }, USABLE_80GB, 8);
    expect(layout).toMatchObject({ tp: 8, pp: 1, gpus: 8, nodes: 1 });
  });

  it("never 3, 6 or 7 cards: t is a power of two dividing the heads, and pipeline stages come only once t fills a node", () => {
    for (const params of [20e9, 70e9, 120e9, 200e9, 300e9, 500e9]) {
      const model = { ...llama405, params, activeParams: params };
      const layout = searchServingLayout(model, "bf16", { context: 8192, batch: 1 }, USABLE_80GB, 8);
      expect(layout, `${params}`).toBeDefined();
      const { tp = 0, pp = 0 } = layout ?? {};
      expect([1, 2, 4, 8]).toContain(tp);
      if (pp > 1) expect(tp).toBe(8);
      expect(126 % pp).toBe(0);
    }
  });
});

describe("decode throughput: the roofline of Pope et al. 2022", () => {
  it("Llama-3-8B bf16 on one H100, batch 1 at 8K context: memory-bound, ≈196 tokens/s", () => {
    const step = decodeStep(llama3_8b, "bf16", { tp: 1, pp: 1 }, H100, 1, 8192);
    // Bytes per step: weights 2 × 8,030,261,248 = 16.06 GB + KV 2^30 = 1.07 GB → 17.13 GB.
    const bytes = 2 * 8_030_261_248 + 2 ** 30;
    expect(step.bytesPerGpu).toBe(bytes);
    // 17.13 GB / 3.35 TB/s = 5.11 ms per token; FLOP: 2N + 4·L·ctx·d = 16.06e9 + 4.29e9 → 20.6 µs at 989.4 TFLOP/s.
    expect(step.stepTime).toBeCloseTo(bytes / 3.35e12, 12);
    expect(step.bound).toBe("memory");
    expect(step.tokensPerSecondPerReplica).toBeCloseTo(195.6, 0);
  });

  it("turns compute-bound between batch 256 and 512 at a 128-token context", () => {
    // Compute time B·(2N + 4·L·128·d)/peak = B·16.3 µs; memory time (16.06 GB + B·16.8 MB)/3.35 TB/s
    // = 4.79 ms + B·5.0 µs; they cross at B ≈ 4.79 ms / 11.3 µs ≈ 425.
    expect(decodeStep(llama3_8b, "bf16", { tp: 1, pp: 1 }, H100, 256, 128).bound).toBe("memory");
    expect(decodeStep(llama3_8b, "bf16", { tp: 1, pp: 1 }, H100, 512, 128).bound).toBe("compute");
  });

  it("tensor parallelism divides the bytes each GPU reads: TP 2 nearly doubles a replica's tokens/s", () => {
    const one = decodeStep(llama3_8b, "bf16", { tp: 1, pp: 1 }, H100, 1, 8192);
    const two = decodeStep(llama3_8b, "bf16", { tp: 2, pp: 1 }, H100, 1, 8192);
    expect(two.tokensPerSecondPerReplica / one.tokensPerSecondPerReplica).toBeCloseTo(2, 5);
    expect(two.tokensPerSecondPerGpu).toBeCloseTo(one.tokensPerSecondPerGpu, 5);
  });

  it("a MoE reads its active experts at batch 1 and all of them as the batch grows (Mixtral 8x7B: 46.7B, 12.9B active, top-2 of 8)", () => {
    const mixtral: ServingModel = {
      params: 46.7e9,
      activeParams: 12.9e9,
      layers: 32,
      heads: 32,
      moe: { experts: 8, topK: 2 },
    };
    expect(expertsRead(8, 2, 1)).toBe(2);
    expect(weightParamsRead(mixtral, 1)).toBeCloseTo(12.9e9, -3);
    // Batch 4: 8·(1 − (3/4)^4) = 5.47 experts per layer.
    expect(expertsRead(8, 2, 4)).toBeCloseTo(5.47, 2);
    expect(weightParamsRead(mixtral, 256)).toBeCloseTo(46.7e9, -6);
  });
});

describe("prefill and request rates", () => {
  it("prefill FLOP = P·(2N + 2·L·P·d_attn): the causal average context P/2 in PaLM's 4·L·ctx·d", () => {
    expect(prefillFlops(llama3_8b, 1000)).toBe(1000 * (2 * 8_030_261_248 + 2 * 32 * 1000 * 4096));
  });

  it("replicas = ⌈rate × (prefill + G·step/B)⌉", () => {
    const step = decodeStep(llama3_8b, "bf16", { tp: 1, pp: 1 }, H100, 32, 1280);
    const sizing = replicasForRate(10, 0.05, 256, step);
    expect(sizing.secondsPerRequest).toBeCloseTo(0.05 + (256 * step.stepTime) / 32, 12);
    expect(sizing.replicas).toBe(Math.ceil(10 * sizing.secondsPerRequest));
  });
});

describe("largestBatchAtRate halves its range (the rate per sequence only falls as the batch grows)", () => {
  // 1M parameters of one layer of width 64 on an H100 (3.35 TB/s, 989.4 TFLOP/s dense bf16):
  // tens of millions of sequences fit, and each batch up to them was once tried in turn.
  const model = { params: 1e6, activeParams: 1e6, layers: 1, heads: 1, attentionWidth: 64 };
  const counted = () => {
    let reads = 0;
    const hardware = new Proxy(
      { bandwidth: 3.35e12, peak: 989.4e12 },
      {
        get(target, key: "bandwidth" | "peak") {
          reads++;
          return target[key];
        },
      },
    );
    return { hardware, reads: () => reads };
  };

  it("a batch limit of 63,918,501 is searched in a few dozen steps, not one step a batch", () => {
    const { hardware, reads } = counted();
    const most = 63_918_501;
    const largest = largestBatchAtRate(model, "bf16", { tp: 1, pp: 1 }, hardware, 4, 1e6, most);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(most);
    // log2(63,918,501) ≈ 26 steps, each reading the hardware a few times.
    expect(reads()).toBeLessThan(400);
  });

  it("finds the same batch as trying each in turn", () => {
    const { hardware } = counted();
    const most = 5_000;
    const step = (batch: number) =>
      largestBatchAtRate(model, "bf16", { tp: 1, pp: 1 }, hardware, 4, 1e6, batch);
    const largest = step(most);
    // The largest batch meets the rate and one more does not (unless memory's limit came first).
    expect(step(largest)).toBe(largest);
    if (largest < most) expect(step(largest + 1)).toBe(largest);
  });
});
