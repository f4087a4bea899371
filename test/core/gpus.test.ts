import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import {
  findGpu,
  GPUS,
  type Gpu,
  gpuSchema,
  normalizeGpuName,
  PRECISIONS,
  peakFlops,
  searchGpus,
  shortGpuName,
} from "../../src/core/gpus.ts";

const byId = (id: string): Gpu => {
  const gpu = GPUS.find((g) => g.id === id);
  if (!gpu) throw new Error(`no catalog entry ${id}`);
  return gpu;
};

/** Runs fn, expecting a UserError, and returns it. */
const userError = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError");
};

const HOPPER = ["h100-sxm", "h100-pcie", "h100-nvl", "h800-sxm", "h20", "h200-sxm"];
const BLACKWELL = ["b200", "gb200"];
const BLACKWELL_ULTRA = ["b300", "gb300"];

describe("GPU catalog data", () => {
  it("has every entry the commands rely on", () => {
    const ids = GPUS.map((g) => g.id);
    for (const id of [
      "v100-sxm2",
      "a100-40gb-sxm",
      "a100-80gb-sxm",
      "a100-40gb-pcie",
      "a100-80gb-pcie",
      ...HOPPER,
      ...BLACKWELL,
      "l40s",
      "l4",
      "a10",
      "t4",
      "rtx-4090",
      "rtx-3090",
      "rtx-5090",
      "rtx-6000-ada",
      "rtx-a6000",
      ...BLACKWELL_ULTRA,
      "mi250x",
      "mi300x",
      "mi325x",
      "mi355x",
      "mi350x",
      "tpu-v3",
      "tpu-v4",
      "tpu-v5e",
      "tpu-v5p",
      "tpu-v6e",
      "tpu-v7",
      "gaudi2",
      "gaudi3",
      "trainium",
      "trainium2",
      "trainium3",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("every entry passes gpuSchema, cites an https source and has at least one peak", () => {
    for (const gpu of GPUS) {
      expect(gpuSchema.parse(gpu)).toEqual(gpu);
      expect(gpu.source.url).toMatch(/^https:\/\//);
      expect(gpu.source.title.length).toBeGreaterThan(5);
      expect(Object.keys(gpu.peakTflops).length).toBeGreaterThan(0);
      for (const key of Object.keys(gpu.peakTflops)) {
        expect(PRECISIONS).toContain(key);
      }
    }
  });

  it("ids are unique", () => {
    const ids = GPUS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("no normalized alias, id or name is claimed by two entries", () => {
    const owner = new Map<string, string>();
    for (const gpu of GPUS) {
      for (const key of new Set([gpu.id, gpu.name, ...gpu.aliases].map(normalizeGpuName))) {
        const other = owner.get(key);
        expect(other === undefined || other === gpu.id, `"${key}" is claimed by ${other} and ${gpu.id}`).toBe(
          true,
        );
        owner.set(key, gpu.id);
      }
    }
  });

  it("every alias, id and name resolves to its own entry", () => {
    for (const gpu of GPUS) {
      for (const alias of [gpu.id, gpu.name, ...gpu.aliases]) {
        expect(findGpu(alias).id, alias).toBe(gpu.id);
      }
    }
  });

  it("stores dense figures: Hopper bf16 stays under 1,000 TFLOPS (no sparse figure slipped in)", () => {
    for (const id of HOPPER) {
      const bf16 = byId(id).peakTflops.bf16;
      expect(bf16, id).toBeDefined();
      expect(bf16, id).toBeLessThan(1000);
    }
    for (const id of BLACKWELL) {
      expect(byId(id).peakTflops.bf16, id).toBeLessThanOrEqual(2500);
    }
  });

  it("fp8 is about 2x bf16 on Hopper and Blackwell, fp4 2x fp8 on Blackwell", () => {
    for (const id of [...HOPPER, ...BLACKWELL]) {
      const { bf16, fp8 } = byId(id).peakTflops;
      expect(fp8, id).toBeDefined();
      expect((fp8 ?? 0) / (bf16 ?? 1), id).toBeCloseTo(2, 2);
    }
    for (const id of BLACKWELL) {
      const { fp8, fp4 } = byId(id).peakTflops;
      expect((fp4 ?? 0) / (fp8 ?? 1), id).toBeCloseTo(2, 5);
    }
  });
});

describe("datasheet values", () => {
  it("H100 SXM: 989.4 bf16, 1,978.9 fp8, 494.7 tf32, 67 fp64/fp32, 80GB at 3.35 TB/s", () => {
    const h100 = findGpu("h100");
    expect(h100.peakTflops).toEqual({
      fp64: 67,
      fp32: 67,
      tf32: 494.7,
      bf16: 989.4,
      fp16: 989.4,
      fp8: 1978.9,
      int8: 1978.9,
    });
    expect(h100.memoryGB).toBe(80);
    expect(h100.memoryBandwidthTBs).toBe(3.35);
    expect(h100.notes).toMatch(/sparsity/);
  });

  it("H800 SXM: H100 tensor compute, FP64 cut to 1, 80GB at 3.35 TB/s", () => {
    const h800 = findGpu("H800");
    expect(h800.id).toBe("h800-sxm");
    expect(h800.peakTflops.bf16).toBe(989.4);
    expect(h800.peakTflops.fp8).toBe(1978.9);
    expect(h800.peakTflops.fp64).toBe(1);
    expect(h800.memoryGB).toBe(80);
    expect(h800.memoryBandwidthTBs).toBe(3.35);
  });

  it("H200: H100 compute with 141GB at 4.8 TB/s", () => {
    const h200 = findGpu("h200");
    expect(h200.peakTflops).toEqual(findGpu("h100").peakTflops);
    expect(h200.memoryGB).toBe(141);
    expect(h200.memoryBandwidthTBs).toBe(4.8);
  });

  it("A100: 312 bf16, 156 tf32, 19.5 fp32/fp64, 624 int8; 80GB SXM at 2.039 TB/s", () => {
    const a100 = findGpu("A100");
    expect(a100.id).toBe("a100-80gb-sxm");
    expect(a100.peakTflops).toMatchObject({ bf16: 312, tf32: 156, fp32: 19.5, fp64: 19.5, int8: 624 });
    expect(a100.memoryBandwidthTBs).toBe(2.039);
    expect(findGpu("a100 40gb").memoryBandwidthTBs).toBe(1.555);
    expect(findGpu("a100 pcie").memoryBandwidthTBs).toBe(1.935);
  });

  it("V100 SXM2: 125 fp16 tensor, 15.7 fp32, 7.8 fp64, 900 GB/s", () => {
    expect(findGpu("v100").peakTflops).toEqual({ fp16: 125, fp32: 15.7, fp64: 7.8 });
    expect(findGpu("v100").memoryBandwidthTBs).toBe(0.9);
  });

  it("B200 and GB200 dense figures", () => {
    expect(findGpu("b200").peakTflops).toMatchObject({ bf16: 2250, fp8: 4500, fp4: 9000 });
    expect(findGpu("gb200").peakTflops).toMatchObject({ bf16: 2500, fp8: 5000, fp4: 10000 });
    expect(findGpu("gb200").notes).toMatch(/ONE Blackwell GPU/);
  });

  it("AMD: MI300X 1,307.4 bf16 / 2,614.9 fp8, 192GB at 5.3 TB/s; MI250X 383 bf16, 95.7 fp64", () => {
    const mi300x = findGpu("mi300x");
    expect(mi300x.peakTflops).toMatchObject({ bf16: 1307.4, fp8: 2614.9 });
    expect([mi300x.memoryGB, mi300x.memoryBandwidthTBs]).toEqual([192, 5.3]);
    const mi250x = findGpu("mi250x");
    expect(mi250x.peakTflops).toMatchObject({ bf16: 383, fp64: 95.7 });
    expect([mi250x.memoryGB, mi250x.memoryBandwidthTBs]).toEqual([128, 3.2]);
    expect(findGpu("mi325x").peakTflops).toEqual(mi300x.peakTflops);
    expect(findGpu("mi325x").memoryGB).toBe(256);
  });

  it("TPUs per chip: v4 275, v5e 197, v5p 459, v6e 918 bf16", () => {
    expect(findGpu("tpu v4")).toMatchObject({
      peakTflops: { bf16: 275 },
      memoryGB: 32,
      memoryBandwidthTBs: 1.2,
    });
    expect(findGpu("tpu v5e")).toMatchObject({
      peakTflops: { bf16: 197 },
      memoryGB: 16,
      memoryBandwidthTBs: 0.819,
    });
    // v5p: 95 GiB ("HBM capacity per chip (GiB) | 95" in the current docs table), 2,765 GBps.
    expect(findGpu("tpu v5p")).toMatchObject({
      peakTflops: { bf16: 459 },
      memoryGB: 95,
      memoryBandwidthTBs: 2.765,
    });
    expect(findGpu("tpu v5p").notes).toMatch(/95 GiB/);
    expect(findGpu("tpu v6e")).toMatchObject({ peakTflops: { bf16: 918, int8: 1836 }, memoryGB: 32 });
  });

  it("Gaudi and Trainium", () => {
    expect(findGpu("gaudi2").peakTflops.bf16).toBe(432);
    expect(findGpu("gaudi3")).toMatchObject({
      peakTflops: { bf16: 1835 },
      memoryGB: 128,
      memoryBandwidthTBs: 3.7,
    });
    expect(findGpu("trn1")).toMatchObject({
      peakTflops: { bf16: 190 },
      memoryGB: 32,
      memoryBandwidthTBs: 0.82,
    });
    expect(findGpu("trn2")).toMatchObject({
      peakTflops: { bf16: 667, fp8: 1299 },
      memoryGB: 96,
      memoryBandwidthTBs: 2.9,
    });
  });
});

describe("late-2026 accelerators: dense figures against their vendor sources", () => {
  it("AMD MI355X (CDNA 4, 2.4 GHz): 2,516.6 bf16, 5,033.2 fp8, 10,066.3 fp4, 78.6 fp64; 288GB at 8 TB/s", () => {
    const mi355x = findGpu("MI355X");
    expect(mi355x.peakTflops).toEqual({
      fp64: 78.6,
      fp32: 157.3,
      bf16: 2516.6,
      fp16: 2516.6,
      fp8: 5033.2,
      int8: 5033.2,
      fp4: 10066.3,
    });
    expect([mi355x.memoryGB, mi355x.memoryBandwidthTBs]).toEqual([288, 8]);
    // The dense bf16 peak is the clock × matrix-core arithmetic: 2.4 GHz × 1,024 cores × 1,024 FLOP/clock.
    expect((2.4e9 * 1024 * 1024) / 1e12).toBeCloseTo(mi355x.peakTflops.bf16 ?? 0, 1);
    // CDNA 4 has no TF32 matrix path: asking for it names what the sheet has.
    expect(userError(() => peakFlops(mi355x, "tf32")).params.supported).toBe(
      "fp64, fp32, bf16, fp16, fp8, int8, fp4",
    );
  });

  it("AMD MI350X: the same die at 2.2 GHz, every peak 2.2/2.4 of the MI355X's (2,306.9 bf16, 4,613.7 fp8)", () => {
    const mi350x = findGpu("mi350x");
    const mi355x = findGpu("mi355x");
    expect(mi350x.peakTflops).toMatchObject({ bf16: 2306.9, fp8: 4613.7, fp4: 9227.5, fp64: 72.1 });
    for (const p of ["fp64", "fp32", "bf16", "fp8", "fp4"] as const) {
      // AMD rounds each figure to 0.1 TFLOPS, so the ratio holds to about 0.1% (72.1 / 78.6 = 0.9173).
      expect((mi350x.peakTflops[p] ?? 0) / (mi355x.peakTflops[p] ?? 1), p).toBeCloseTo(2.2 / 2.4, 2);
    }
    expect([mi350x.memoryGB, mi350x.memoryBandwidthTBs]).toEqual([288, 8]);
  });

  it("NVIDIA B300 (HGX, per GPU): 2,250 bf16, 4,500 fp8, 13,125 fp4 dense (105 PF / 8), FP64 cut to 1.25", () => {
    const b300 = findGpu("B300");
    expect(b300.peakTflops).toEqual({
      fp64: 1.25,
      fp32: 75,
      tf32: 1125,
      bf16: 2250,
      fp16: 2250,
      fp8: 4500,
      fp4: 13125,
    });
    // HGX B300 table: 36 PF FP16/BF16 and 72 PF FP8 with sparsity for 8 GPUs → halve, divide by 8.
    expect(36_000 / 2 / 8).toBe(b300.peakTflops.bf16);
    expect(72_000 / 2 / 8).toBe(b300.peakTflops.fp8);
    expect(105_000 / 8).toBe(b300.peakTflops.fp4);
    expect([b300.memoryGB, b300.memoryBandwidthTBs]).toEqual([288, 8]);
  });

  it("NVIDIA GB300 (one GPU of NVL72): 2,500 bf16, 5,000 fp8, 15,000 fp4 dense (rack table / 72)", () => {
    const gb300 = findGpu("gb300 nvl72");
    expect(gb300.id).toBe("gb300");
    expect(gb300.peakTflops).toEqual({ tf32: 1250, bf16: 2500, fp16: 2500, fp8: 5000, fp4: 15000 });
    expect(360_000 / 2 / 72).toBe(gb300.peakTflops.bf16);
    expect(720_000 / 2 / 72).toBe(gb300.peakTflops.fp8);
    expect(1_080_000 / 72).toBe(gb300.peakTflops.fp4);
    expect(gb300.notes).toMatch(/ONE Blackwell Ultra GPU/);
  });

  it("Google TPU7x (Ironwood): 2,307 bf16 and 4,614 fp8 per chip, 192 GiB at 7,380 GBps (docs table)", () => {
    const ironwood = findGpu("ironwood");
    expect(ironwood.id).toBe("tpu-v7");
    expect(ironwood.peakTflops).toEqual({ bf16: 2307, fp8: 4614 });
    expect([ironwood.memoryGB, ironwood.memoryBandwidthTBs]).toEqual([192, 7.38]);
    expect(findGpu("TPU7x").id).toBe("tpu-v7");
    // BF16 is half the FP8 peak: both are dense.
    expect((ironwood.peakTflops.fp8 ?? 0) / (ironwood.peakTflops.bf16 ?? 1)).toBeCloseTo(2, 3);
  });

  it("Google TPU v3: 123 TFLOPS bf16 per chip, 32 GiB HBM2 at 900 GBps (Cloud TPU v3 docs)", () => {
    expect(findGpu("tpu v3")).toMatchObject({
      peakTflops: { bf16: 123 },
      memoryGB: 32,
      memoryBandwidthTBs: 0.9,
    });
    expect(peakFlops(findGpu("v3"), "bf16")).toBe(123e12);
  });

  it("AWS Trainium3: 2,517 MXFP8/MXFP4, 671 BF16/FP16/TF32, 183 FP32; 144 GiB at 4.9 TB/s (Neuron docs)", () => {
    expect(findGpu("trn3")).toMatchObject({
      peakTflops: { fp32: 183, tf32: 671, bf16: 671, fp16: 671, fp8: 2517, fp4: 2517 },
      memoryGB: 144,
      memoryBandwidthTBs: 4.9,
    });
  });

  it("GeForce RTX 5090: 209.5 bf16 (FP32 accumulate), 104.8 fp32, fp4 half of the 3,352 AI TOPS; 32GB at 1,792 GB/s", () => {
    const rtx5090 = findGpu("RTX 5090");
    expect(rtx5090.peakTflops).toEqual({ fp32: 104.8, tf32: 104.8, bf16: 209.5, fp16: 209.5, fp4: 1676 });
    expect(3352 / 2).toBe(rtx5090.peakTflops.fp4);
    expect([rtx5090.memoryGB, rtx5090.memoryBandwidthTBs]).toEqual([32, 1.792]);
  });

  it("RTX 6000 Ada: 1,457 sparse FP8 → 728.5 dense, 364.2 bf16, 91.1 fp32; RTX A6000: 309.7 sparse → 154.8 bf16", () => {
    const ada = findGpu("rtx 6000 ada");
    expect(ada.peakTflops).toMatchObject({ fp32: 91.1, bf16: 364.2, fp8: 728.5, tf32: 182.1 });
    expect(ada.peakTflops.fp8).toBeCloseTo(1457 / 2, 1);
    expect([ada.memoryGB, ada.memoryBandwidthTBs]).toEqual([48, 0.96]);
    const a6000 = findGpu("A6000");
    expect(a6000.id).toBe("rtx-a6000");
    expect(a6000.peakTflops).toMatchObject({ fp32: 38.7, tf32: 77.4, bf16: 154.8, int8: 309.7 });
    expect(a6000.peakTflops.bf16).toBeCloseTo(309.7 / 2, 1);
    expect([a6000.memoryGB, a6000.memoryBandwidthTBs]).toEqual([48, 0.768]);
  });

  it("every entry whose figures could not be checked against the primary page says so in its notes", () => {
    for (const id of ["b300", "gb300", "mi355x", "mi350x", "rtx-5090", "rtx-6000-ada", "rtx-a6000"]) {
      expect(byId(id).notes, id).toMatch(/could not be fetched|not re-checked/i);
    }
  });

  it("Blackwell Ultra stays dense: bf16 at most 2,500 and fp8 2x bf16", () => {
    for (const id of BLACKWELL_ULTRA) {
      const { bf16, fp8 } = byId(id).peakTflops;
      expect(bf16, id).toBeLessThanOrEqual(2500);
      expect((fp8 ?? 0) / (bf16 ?? 1), id).toBe(2);
    }
  });
});

describe("normalizeGpuName", () => {
  it("lowercases and strips separators and vendor prefixes", () => {
    expect(normalizeGpuName("NVIDIA H100-SXM5_80GB")).toBe("h100sxm580gb");
    expect(normalizeGpuName("AMD Instinct MI300X")).toBe("instinctmi300x");
    expect(normalizeGpuName("Google TPU v5p")).toBe("tpuv5p");
    expect(normalizeGpuName("Intel Gaudi 3")).toBe("gaudi3");
    expect(normalizeGpuName("AWS Trainium2")).toBe("trainium2");
    expect(normalizeGpuName("  a.100 ")).toBe("a100");
  });

  it("leaves a bare vendor word alone", () => {
    expect(normalizeGpuName("NVIDIA")).toBe("nvidia");
  });
});

describe("findGpu", () => {
  it.each([
    ["h100", "h100-sxm"],
    ["H100-SXM", "h100-sxm"],
    ["h100 sxm5", "h100-sxm"],
    ["H100SXM", "h100-sxm"],
    ["NVIDIA H100", "h100-sxm"],
    ["h100 pcie", "h100-pcie"],
    ["A100", "a100-80gb-sxm"],
    ["a100-40gb", "a100-40gb-sxm"],
    ["h800", "h800-sxm"],
    ["h20", "h20"],
    ["h200", "h200-sxm"],
    ["mi300", "mi300x"],
    ["MI300X", "mi300x"],
    ["tpu v4", "tpu-v4"],
    ["tpuv4", "tpu-v4"],
    ["v4", "tpu-v4"],
    ["TPU v5p", "tpu-v5p"],
    ["trillium", "tpu-v6e"],
    ["gaudi3", "gaudi3"],
    ["Gaudi 2", "gaudi2"],
    ["trn2", "trainium2"],
    ["trainium2", "trainium2"],
    ["Trainium", "trainium"],
    ["RTX 4090", "rtx-4090"],
    ["l4", "l4"],
    ["L40S", "l40s"],
    ["mi355x", "mi355x"],
    ["MI350X", "mi350x"],
    ["b300", "b300"],
    ["GB300", "gb300"],
    ["tpu v3", "tpu-v3"],
    ["tpu v7", "tpu-v7"],
    ["Trainium3", "trainium3"],
    ["5090", "rtx-5090"],
    ["RTX A6000", "rtx-a6000"],
    ["RTX 6000 Ada", "rtx-6000-ada"],
  ])("%s → %s", (query, id) => {
    expect(findGpu(query).id).toBe(id);
  });

  it.each([
    ["h10O", "H100 SXM5 80GB"],
    ["a1000", "A100 SXM4 80GB"],
    ["mi3000x", "Instinct MI300X 192GB"],
  ])("a typo (%s) throws gpu.unknown suggesting %s", (query, expected) => {
    const error = userError(() => findGpu(query));
    expect(error.id).toBe("gpu.unknown");
    expect(error.params.query).toBe(query);
    expect(String(error.params.suggestions).split(", ")).toContain(expected);
  });

  it("suggests each GPU once and at most three", () => {
    const error = userError(() => findGpu("h100 sxm6"));
    const suggestions = String(error.params.suggestions).split(", ");
    expect(suggestions[0]).toBe("H100 SXM5 80GB");
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  it("an empty query is unknown, not a crash", () => {
    // Nothing is near an empty name: the list is pointed to, not a "Did you mean".
    expect(userError(() => findGpu("")).id).toBe("gpu.unknownNoSuggestion");
  });
});

describe("searchGpus", () => {
  it("an empty filter returns the whole catalog in order", () => {
    expect(searchGpus("")).toEqual([...GPUS]);
    expect(searchGpus("  ")).toHaveLength(GPUS.length);
  });

  it("h1 returns the H100 family, SXM first", () => {
    const ids = searchGpus("h1").map((g) => g.id);
    expect(ids[0]).toBe("h100-sxm");
    expect(ids).toEqual(["h100-sxm", "h100-pcie", "h100-nvl"]);
  });

  it("h returns the Hopper entries (H100, H800, H20, H200) before anything else", () => {
    const ids = searchGpus("h").map((g) => g.id);
    expect(ids.slice(0, HOPPER.length).sort()).toEqual([...HOPPER].sort());
    expect(ids.length).toBeGreaterThan(HOPPER.length);
  });

  it("an exact match ranks first, then prefix matches", () => {
    const ids = searchGpus("a10").map((g) => g.id);
    expect(ids[0]).toBe("a10");
    expect(ids.slice(1).every((id) => id.startsWith("a100"))).toBe(true);
  });

  it("substring matches come after prefix matches", () => {
    const ids = searchGpus("200").map((g) => g.id);
    expect(ids).toContain("h200-sxm");
    expect(ids).toContain("b200");
    expect(ids).toContain("gb200");
    // Catalog order: TPU v3 (Gopher, Chinchilla) through TPU7x (Ironwood).
    expect(searchGpus("tpu").map((g) => g.id)).toEqual([
      "tpu-v3",
      "tpu-v4",
      "tpu-v5e",
      "tpu-v5p",
      "tpu-v6e",
      "tpu-v7",
    ]);
  });

  it("no match is an empty list", () => {
    expect(searchGpus("zzz")).toEqual([]);
  });
});

describe("peakFlops", () => {
  it("returns FLOP/s", () => {
    const h100 = findGpu("h100");
    expect(peakFlops(h100, "bf16")).toBe(989.4e12);
    expect(peakFlops(h100, "fp8")).toBe(1978.9e12);
    expect(peakFlops(findGpu("a100"), "bf16")).toBe(312e12);
    expect(peakFlops(findGpu("mi300x"), "bf16")).toBe(1307.4e12);
  });

  it("throws gpu.precisionUnsupported listing what the sheet has", () => {
    const error = userError(() => peakFlops(findGpu("h100"), "fp4"));
    expect(error.id).toBe("gpu.precisionUnsupported");
    expect(error.params).toEqual({
      gpu: "NVIDIA H100 SXM5 80GB",
      precision: "fp4",
      supported: "fp64, fp32, tf32, bf16, fp16, fp8, int8",
    });
    expect(userError(() => peakFlops(findGpu("v100"), "bf16")).params.supported).toBe("fp64, fp32, fp16");
  });
});

describe("shortGpuName", () => {
  it("drops the vendor word", () => {
    expect(shortGpuName(findGpu("h100"))).toBe("H100 SXM5 80GB");
    expect(shortGpuName(findGpu("tpu v4"))).toBe("Cloud TPU v4");
    expect(shortGpuName({ ...findGpu("h100"), vendor: "Other" })).toBe("NVIDIA H100 SXM5 80GB");
  });
});
