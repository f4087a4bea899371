import { describe, expect, it } from "vitest";
import { ask } from "./helpers.ts";

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
