import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const noteOf = (line: string) =>
  ask(line).notes.find((n) => n.key.startsWith("params.note.") && n.key.endsWith("Published"));

/**
 * `params <run>` counts with the decoder formula; the run's published total stands beside it, so a
 * reader checking against Hugging Face sees the gap and its size instead of a silent mismatch.
 */
describe("params of a published run: its published total beside the formula's count", () => {
  it("Llama 3 8B matches the Hub's 8,030,261,248 exactly, and says so", () => {
    expect(result("params llama-3-8b").total).toBe(8_030_261_248);
    expect(noteOf("params llama-3-8b")?.key).toBe("params.note.matchesPublished");
  });

  it("Qwen2.5 7B is short of the Hub's 7,615,616,512 by exactly its q/k/v biases, 28 × (28 + 2·4) × 128", () => {
    // Qwen/Qwen2.5-7B config.json: 28 layers, 28 heads, 4 kv heads, head dim 3584 / 28 = 128, qkv bias.
    const ours = result("params qwen2.5-7b").total;
    const biases = 28 * (28 + 2 * 4) * 128;
    expect(7_615_616_512 - ours).toBe(biases);
    const note = noteOf("params qwen2.5-7b");
    expect(note?.key).toBe("params.note.shortOfPublished");
    expect(said("params qwen2.5-7b")).toContain("129,024 parameters short");
    expect(said("params qwen2.5-7b", "zh-TW")).toContain("少了 129,024 個參數");
  });

  it("Gemma 2 2B is short of 2,614,341,888 by its second pair of norms, 26 layers × 2 × 2,304", () => {
    // google/gemma-2-2b config.json: 26 layers, hidden 2304; four RMSNorms per layer, the formula counts two.
    expect(2_614_341_888 - result("params gemma-2-2b").total).toBe(26 * 2 * 2304);
  });

  it("a typed architecture value is the user's own model: no published total beside it", () => {
    expect(noteOf("params qwen2.5-7b layers=30")).toBeUndefined();
    expect(
      noteOf("params decoder layers=32 hidden=4096 heads=32 kv-heads=8 ffn=14336 vocab=128256"),
    ).toBeUndefined();
  });
});
