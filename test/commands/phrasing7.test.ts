import { describe, expect, it } from "vitest";
import { findGpu } from "../../src/core/gpus.ts";
import { ask, result, said } from "./helpers.ts";

// Llama 3 8B as the catalog gives it (Hugging Face config.json): 8,030,261,248 parameters,
// 32 layers, 8 KV heads of 128.
const LLAMA3_8B = 8_030_261_248;
const KV_BYTES_PER_TOKEN = 2 * 32 * 8 * 128 * 2;

describe("tokens per second asked of a GPU with no model", () => {
  it.each([
    ["how many tokens/s does one H100 serve", "serve llama-3-8b gpu=H100 available=1"],
    ["how many tokens/s can one MI300X serve", "serve llama-3-8b gpu=MI300X available=1"],
    ["how many tokens per second on 8 MI300X", "serve llama-3-8b gpu=MI300X available=8"],
  ])("%s: a model is what is missing, and the Try line keeps the asker's GPU and count", (line, example) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    // It blamed `tokens` as a word in place of a number.
    expect(reply.error?.key).toBe("read.askedTokensPerSecond");
    expect(reply.error?.params?.example).toBe(example);
    expect(reply.hint?.params?.example).toBe(`/flops ${example}`);
  });

  it("the line it suggests answers: decode on one MI300X reads the weights and KV cache once a step, at 5.3 TB/s", () => {
    const r = result("serve llama-3-8b gpu=MI300X available=1");
    const bytes = LLAMA3_8B * 2 + KV_BYTES_PER_TOKEN * 8192;
    const bandwidth = findGpu("mi300x").memoryBandwidthTBs * 1e12;
    expect(r.throughput.bytesReadPerGpuPerStep).toBe(bytes);
    expect(r.throughput.decodeStepSeconds).toBeCloseTo(bytes / bandwidth, 9);
  });

  it("H100 每秒可以產生多少 token: the same, in Chinese (it said params needs a number, not 每秒)", () => {
    const reply = ask("H100 每秒可以產生多少 token", "zh-TW");
    expect(reply.error?.key).toBe("read.askedTokensPerSecond");
    expect(said("H100 每秒可以產生多少 token", "zh-TW")).toContain("請給模型和 GPU");
  });

  it("with a model it is still answered by serve (1 H100, Llama 3 8B)", () => {
    const reply = ask("how many tokens/s does one H100 serve for llama 3 8b");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    expect(result("how many tokens/s does one H100 serve for llama 3 8b").breakdown.weights).toBe(
      LLAMA3_8B * 2,
    );
  });

  it("a word serve does not know is still the one blamed", () => {
    const reply = ask("serve llama 3 70b on 4 H100 tokens/s foo");
    expect(reply.error?.key).toBe("read.unknownWord");
    expect(reply.error?.params?.word).toBe("foo");
  });
});

describe("a run's efficiency asked is its MFU", () => {
  // BLOOM (BigScience 2022, §3.4.1 and Table 3; bigscience/bloom model card): 176,247,271,424
  // parameters, 366B tokens, 1,082,990 A100-hours; A100 bf16 dense 312 TFLOP/s.
  const bloom6N = (6 * 176_247_271_424 * 366e9) / (1_082_990 * 3600 * 312e12);

  it.each(["how efficient was bloom", "bloom efficiency", "what was bloom's efficiency"])(
    "%s: 6 · 176.2B · 366B / (1,082,990 h × 3600 × 312 TFLOP/s) = 31.8% (it refused `efficient`)",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.command).toBe("mfu");
      expect(result(line).mfu6N).toBeCloseTo(bloom6N, 6);
    },
  );

  it("how efficient was deepseek v3 on H800?: the run's options after its name are read", () => {
    const reply = ask("how efficient was deepseek v3 on H800?");
    expect(reply.command).toBe("mfu");
    expect(result("how efficient was deepseek v3 on H800?").gpu).toBe(findGpu("h800").name);
  });

  it("how efficient is 70B 2T on 1024 H100 in 30 days: 6 × 70B × 2T / (1,024 × 30 d × 989.4 TFLOP/s) = 32.0%", () => {
    const peak = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
    const r = result("how efficient is 70B 2T on 1024 H100 in 30 days");
    expect(r.mfu).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * 30 * 86400 * peak), 6);
  });

  it.each(["most efficient GPU for training", "how efficient is H100"])(
    "%s: no run is named, so no MFU is read into it",
    (line) => {
      expect(ask(line).command).not.toBe("mfu");
    },
  );

  it("gpt-3 vs chinchilla which is more efficient: still the comparison", () => {
    expect(ask("gpt-3 vs chinchilla which is more efficient").command).toBe("compare");
  });
});
