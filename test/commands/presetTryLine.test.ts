import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// mistralai/Mistral-7B-v0.1 on the Hugging Face Hub: 7,241,732,096 parameters (safetensors).
const MISTRAL_7B = 7_241_732_096;

describe("a run that gives no GPU for training or fine-tuning cards: the Try line is the asker's question with gpu= added", () => {
  it.each([
    ["how much memory to fine-tune mistral 7b with lora", "cards mistral-7b gpu=H100 mode=lora", "lora"],
    ["cards mistral-7b mode=qlora context=4k", "cards mistral-7b gpu=H100 mode=qlora context=4k", "qlora"],
  ])("%s → Try: /flops %s, which answers Mistral 7B's own count", (line, example, mode) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("model.notApplicable");
    expect(reply.hint?.params?.example).toBe(`/flops ${example}`);
    const tried = ask(example);
    expect(tried.ok).toBe(true);
    expect(tried.asked?.raw.params).toBe(String(MISTRAL_7B));
    expect(tried.asked?.raw.mode ?? "infer").toBe(mode);
  });
});

describe("Adam named (`with Adam`, `AdamW`) is what training memory already assumes, never refused", () => {
  it("memory needed to train 7B with Adam: 16 B a parameter, 112 GB (ZeRO §3.1), on an assumed H100", () => {
    const reply = ask("memory needed to train 7B with Adam");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("cards");
    expect((reply.result as { bytesTotal: number }).bytesTotal).toBe(16 * 7e9);
    expect(reply.readAs?.items.find((item) => item.option === "gpu")?.assumed).toBe(true);
  });

  it("cards 7B gpu=H100 mode=train with AdamW: mixed-precision Adam's 16 B a parameter, 112 GB (ZeRO §3.1)", () => {
    const reply = ask("cards 7B gpu=H100 mode=train with AdamW");
    expect(reply.ok).toBe(true);
    expect((reply.result as { bytesTotal: number }).bytesTotal).toBe(16 * 7e9);
  });
});

describe("a run that publishes no GPU time: mfu's Try line gives a time that answers with an MFU a run could have", () => {
  // Qwen3 Technical Report: 36T pre-training tokens, 22B of 235B active; no GPU time published.
  // 6 × 22B × 36T = 4.75e24 FLOP over 2,048 H800 at 989.4 TFLOP/s dense bf16 and 40%: 67.9 → 68 days.
  it.each([
    ["mfu qwen3-235b gpu=H800", "mfu qwen3-235b-a22b gpu=h800-sxm gpus=2048 days=68d", 2048],
    ["mfu qwen3-235b gpu=H800 gpus=1000", "mfu qwen3-235b-a22b gpu=h800-sxm days=139d gpus=1000", 1000],
  ])("%s → Try: /flops %s", (line, example, gpus) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("mfu.needTimeRun");
    const days = Math.round((6 * 22e9 * 36e12) / (gpus * 989.4e12 * 0.4) / 86_400);
    expect(reply.hint?.params?.example).toContain(`days=${days}d`);
    const tried = ask(`mfu qwen3-235b gpu=H800 gpus=${gpus} days=${days}d`);
    expect(tried.ok).toBe(true);
    // 6N per token: 40% but for the whole day it was rounded to, never the 129% a fixed 21 days gave.
    const mfu = (6 * 22e9 * 36e12) / (gpus * days * 86_400 * 989.4e12);
    expect(mfu).toBeGreaterThan(0.39);
    expect(mfu).toBeLessThan(0.41);
    expect(said(`mfu qwen3-235b gpu=H800 gpus=${gpus} days=${days}d`)).not.toContain("impossible");
    expect(said("mfu qwen3-235b gpu=H800 gpus=2048 days=21d")).toContain("impossible");
    expect(example).toContain(`days=${days}d`);
  });
});
