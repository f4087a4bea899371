import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

// Serving a request rate: requests/s per replica = 1 / (prefill + G · step / batch), replicas =
// ⌈rate / that⌉ (decode per step = max(bytes / HBM bandwidth, FLOP / peak), Pope et al. 2022 §3).
// Llama 3 70B (HF meta-llama/Meta-Llama-3-70B config.json: 80 layers, hidden 8192, 64 heads, 8 KV heads).
const readAsOf = (line: string) =>
  (toJson(ask(line), "en") as { readAs: Record<string, unknown> & { assumed: string[] } }).readAs;

describe("serve with rate= but no prompt=/generate= states what it assumed", () => {
  it("assumes the README's prompt=1k generate=256: 12 H100s for 20 req/s, as the README's own example", () => {
    const bare = result("serve llama 3 70b rate=20");
    const typed = result("serve llama-3-70b gpu=H100 rate=20 prompt=1k generate=256");
    expect(bare.throughput.generatedTokens).toBe(256);
    expect(bare.throughput.promptTokens).toBe(1024);
    expect(bare.throughput.gpus).toBe(typed.throughput.gpus);
    expect(bare.throughput.gpus).toBe(12);
  });

  it("lists prompt, generate and the batch it chose as assumed in Read as (text and JSON)", () => {
    const readAs = readAsOf("serve llama 3 70b rate=20");
    expect(readAs.prompt).toBe(1024);
    expect(readAs.generate).toBe(256);
    expect(readAs.assumed).toEqual(expect.arrayContaining(["prompt", "generate", "batch"]));
    const text = said("serve llama 3 70b rate=20");
    expect(text).toContain("prompt 1,024 (assumed)");
    expect(text).toContain("generate 256 (assumed)");
    expect(text).toContain("assumed to be a 1,024-token prompt and 256 generated tokens");
    expect(text).not.toContain("+ 0 × ");
    expect(text).toContain("s + 256 × ");
    expect(said("serve llama 3 70b rate=20", "zh-TW")).toContain("假設每個請求的 prompt 為 1,024 個 token");
  });

  it("typed prompt and generate are not marked assumed; a typed batch neither", () => {
    const readAs = readAsOf("serve llama-3-70b gpu=H100 rate=20 prompt=2k generate=128 batch=16");
    expect(readAs.assumed).not.toContain("prompt");
    expect(readAs.assumed).not.toContain("generate");
    expect(readAs.assumed).not.toContain("batch");
  });

  it("without a rate the batch (1) is stated as assumed", () => {
    const readAs = readAsOf("serve llama-3-70b gpu=H100");
    expect(readAs.batch).toBe(1);
    expect(readAs.assumed).toContain("batch");
  });
});

describe("a size alone served (no layers): the prefill's prompt is said and its formula counts the weights only", () => {
  // NVIDIA RTX 6000 Ada datasheet: 364.2 TFLOP/s dense bf16 (728.5 with sparsity); 48 GB.
  const line = "serve 70b on an rtx 6000 ada";

  it("the 4,096-token prompt prefill assumes is in Read as, marked assumed, and said in a note", () => {
    const readAs = readAsOf(line);
    expect(readAs.context).toBe(4096);
    expect(readAs.assumed).toContain("context");
    expect(said(line)).toContain("No context given: 4,096 tokens assumed.");
  });

  it("prefill: 4,096 × 2 × 70B / (4 × 364.2T × 0.4), shown as P · 2·N, no attention term it cannot count", () => {
    const r = result(line);
    const prefill = (r.throughput as { prefillSeconds: number }).prefillSeconds;
    const shown = said(line);
    expect(shown).toContain("P · 2·N / (t · peak · MFU) = 4,096 tokens × 2 × 70B");
    expect(shown).not.toContain("2·L·P·d_attn");
    expect(prefill).toBeCloseTo((4096 * 2 * 70e9) / (4 * 364.2e12 * 0.4), 2);
  });

  it("a model with its shape still counts attention, and its context is its own, not assumed", () => {
    const readAs = readAsOf("serve llama 3 8b gpu=h100");
    expect(readAs.assumed).not.toContain("context");
    expect(said("serve llama 3 8b gpu=h100")).toContain("P · (2·N + 2·L·P·d_attn)");
  });
});
