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
