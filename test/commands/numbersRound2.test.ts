import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const warningKeys = (line: string) => (ask(line).warnings ?? []).map((w) => w.key);

// H100 SXM5 bf16 dense peak: 989 TFLOP/s (NVIDIA H100 datasheet, 1,979 with sparsity). MFU = 6ND /
// (GPU-seconds × peak) (PaLM §4.1, App. B). Published large runs sit at 30–60% (PaLM Table 3: 46.2%);
// the mfu command and the README warn of an implied MFU under 5%, and compute now does too.
describe("compute warns of a low implied MFU as /flops mfu does", () => {
  // With no tokens typed, GPUs and a time set the tokens instead (sweep21: 4.7T at 40%), so the tokens are typed here.
  it("7B on Chinchilla's 20 tokens per parameter (140B), 3 months on 64 H100: 6 × 7B × 140B / (64 × 91.3 d × 989T) ≈ 1.18%", () => {
    const line = "a 7B model on 140B tokens for 3 months on 64 H100";
    const r = result(line);
    const seconds = ((3 * 365.25) / 12) * 86_400;
    expect(r.impliedMfu.sixN).toBeCloseTo((6 * 7e9 * 140e9) / (64 * seconds * 989e12), 4);
    expect(r.impliedMfu.sixN).toBeLessThan(0.05);
    expect(warningKeys(line)).toContain("plausible.impliedMfuLow");
    expect(said(line)).toContain("The implied MFU, 1.2%, is far below any real run");
    expect(said(line, "zh-TW")).toContain("1.2%");
  });

  it("70B 2T on 1024 H100 for a year: 6 × 70B × 2T / (1024 × 365.25 d × 989T) ≈ 2.63%, warned; 30 days (32%) is not", () => {
    const line = "70B 2T 1024 H100 for a year";
    expect(result(line).impliedMfu.sixN).toBeCloseTo(
      (6 * 70e9 * 2e12) / (1024 * 365.25 * 86_400 * 989e12),
      4,
    );
    expect(warningKeys(line)).toContain("plausible.impliedMfuLow");
    expect(warningKeys("70B 2T 1024 H100 for 30 days")).not.toContain("plausible.impliedMfuLow");
  });

  it("the same notice as the mfu command's, not a copy", () => {
    expect(warningKeys("mfu 7B 140B gpu=H100 gpus=64 days=91")).toContain("plausible.impliedMfuLow");
  });
});

// Llama 3 70B (meta-llama/Meta-Llama-3-70B config.json): 80 layers, 8 KV heads, head dim 128, so the
// cache is 2 × 80 × 8 × 128 × 2 B = 327,680 B per token in bf16 (GQA, Ainslie et al. 2023).
describe("serve with a rate: a typed context= is the request's length when no prompt= is given", () => {
  const line = "serve llama-3-70b gpu=H100 rate=20 context=32k";

  it("context=32k is read as a 32,768-token prompt plus the assumed 256 generated tokens: 33,024 per sequence", () => {
    const r = result(line);
    expect(r.throughput.promptTokens).toBe(32_768);
    expect(r.throughput.context).toBe(32_768 + 256);
    expect(r.serving.kvBytesPerToken).toBe(2 * 80 * 8 * 128 * 2);
    expect(r.breakdown.kvCache).toBe(2 * 80 * 8 * 128 * 2 * (32_768 + 256) * r.throughput.batch);
    expect(r.assumedInputs.prompt).toBeUndefined();
    expect(said(line)).not.toContain("Not used: context");
    expect(said(line)).toContain("read as each request's prompt length (prompt=32768)");
    expect(said(line, "zh-TW")).toContain("當成每個請求的 prompt 長度");
  });

  it("with prompt= given, context= stays not used, and the preset's context is never a prompt", () => {
    const both = "serve llama-3-70b gpu=H100 rate=20 context=32k prompt=1k";
    expect(result(both).throughput.promptTokens).toBe(1024);
    expect(said(both)).toContain("Not used: context=32k");
    // The preset fills Llama 3's 8,192-token window; a request is then the assumed 1k + 256.
    expect(result("serve llama-3-70b gpu=H100 rate=20").throughput.promptTokens).toBe(1024);
  });
});

describe("compute: a GPU count and time without a GPU say a GPU is needed, not that the answer ignores them", () => {
  it("70B 2T 1000 GPUs 30 days: 6 × 70B × 2T = 8.4e23 FLOP, and a warning naming gpus= and days= with gpu=H100", () => {
    for (const line of ["70B 2T 1000 GPUs 30 days", "compute 70B 2T gpus=1000 days=30"]) {
      // 6ND (Kaplan et al. 2020, §2.1) does not need a GPU; time and MFU do.
      expect(result(line).flops).toBe(6 * 70e9 * 2e12);
      expect(said(line)).not.toContain("Not used: gpus");
      expect(said(line)).not.toContain("Not used: days");
      expect(said(line)).toContain(
        "gpus=, days= need a GPU to plan time, MFU or cost: name one, e.g. gpu=H100.",
      );
      expect(said(line, "zh-TW")).toContain("需要指定 GPU");
    }
    expect(warningKeys("compute 70B 2T")).not.toContain("compute.needsGpu");
    expect(warningKeys("compute 70B 2T gpu=H100 gpus=1000 days=30")).not.toContain("compute.needsGpu");
  });
});

// NVIDIA H100 datasheet (SXM): INT8 Tensor Core 3,958 TOPS with sparsity, 1,979 dense — an integer
// inference figure; training runs in bf16 (989 TFLOP/s dense) or fp8 (Micikevicius et al. 2022).
describe("a training plan at an integer precision warns that TOPS are an inference figure", () => {
  it("7B 1T gpu=H100 precision=int8: the plan is at 1,978.9 T ops/s, and the warning says to plan in bf16 or fp8", () => {
    const line = "7B 1T gpu=H100 precision=int8";
    expect(result(line).peakFlopsPerGpu).toBeCloseTo(1978.9e12, -9);
    expect(warningKeys(line)).toContain("compute.integerPrecision");
    expect(said(line)).toContain("training runs in bf16 or fp8");
    expect(said(line, "zh-TW")).toContain("訓練用 bf16 或 fp8 跑");
    expect(warningKeys("7B 1T gpu=H100 precision=fp8")).not.toContain("compute.integerPrecision");
    expect(warningKeys("7B 1T gpu=H100")).not.toContain("compute.integerPrecision");
  });
});

describe("range errors show an example that reads once and a range the value is outside of", () => {
  const error = (line: string, lang: "en" | "zh-TW" = "en") => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(false);
    return said(line, lang);
  };

  it("days=0: the example is days=21d (the unit once), and that example is read as 21 days", () => {
    const text = error("compute 70B 2T gpu=H100 days=0");
    expect(text).toContain("e.g. days=21d.");
    expect(text).not.toContain("days=21 days");
    // LLaMA 65B: 2,048 A100 for about 21 days (Touvron et al. 2023, §2.4).
    expect(result("70B 2T gpu=H100 gpus=512 days=21d").seconds).toBe(21 * 86_400);
  });

  it("mfu=0 and mfu=150% are outside (0, 100%]: the message says above 0% and at most 100%, not 'between 0 and 100%'", () => {
    for (const value of ["0", "150%"]) {
      const text = error(`compute 70B 2T gpu=H100 mfu=${value}`);
      expect(text).toContain(`mfu “${value}” must be above 0% and at most 100%, e.g. mfu=40%.`);
      expect(error(`compute 70B 2T gpu=H100 mfu=${value}`, "zh-TW")).toContain("必須大於 0% 且不超過 100%");
    }
  });
});
