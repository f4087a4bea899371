import { describe, expect, it } from "vitest";
import { say } from "../../src/reply/localize.ts";
import { rendered, said } from "../commands/helpers.ts";

const notes = (line: string, lang: "en" | "zh-TW" = "en") => rendered(line, lang).notes.join("\n");

describe("numbers in a message's prose are grouped; numbers to copy back stay as typed", () => {
  it("a count passed into prose reads grouped in both languages, as Intl.NumberFormat writes it", () => {
    const fits = { key: "cards.availableFits", params: { available: 16_000, gpu: "H100", needed: 4 } };
    for (const lang of ["en", "zh-TW"] as const) {
      expect(say(lang, fits)).toContain(new Intl.NumberFormat(lang).format(16_000));
      expect(say(lang, fits)).not.toContain("16000");
    }
    // Decimals keep every digit they have; only the whole part is grouped.
    expect(
      say("en", { key: "cards.availableFits", params: { available: 1234.5, gpu: "H100", needed: 4 } }),
    ).toContain("1,234.5 H100");
  });

  it("`16k H100`: fits on the 16,000 given, not the 16000", () => {
    expect(notes("cards 70B 16k H100")).toContain(
      "Fits on the 16,000 NVIDIA H100 SXM5 80GB given: 4 needed.",
    );
    expect(notes("cards 70B 16k H100", "zh-TW")).toContain("放得進給定的 16,000 張");
  });

  it("`1000 concurrent users`: 1,000 conversations in prose, batch=1000 to copy", () => {
    const line = "serve llama 3 70b gpu=H100 for 1000 concurrent users";
    expect(notes(line)).toContain("as 1,000 conversations in flight at once (batch=1000)");
    expect(notes(line, "zh-TW")).toContain("同時進行 1,000 段對話 (batch=1000)");
  });

  it("BLOOM's 1,082,990 A100 hours (BigScience 2022, Table 4) are read back grouped", () => {
    expect(notes("mfu 176B 366B 1,082,990 A100 hours")).toContain("as 1,082,990 GPU-hours.");
  });

  it("a preset's filled options and a prompt= read from context= stay key=value to copy (hidden=8192, prompt=32768)", () => {
    // Llama 3 70B config.json: hidden_size 8192, max_position_embeddings 8192.
    const line = "serve llama-3-70b gpu=H100 rate=20 context=32k";
    const text = notes(line);
    expect(text).toContain("hidden=8192 heads=64 kv-heads=8 head-dim=128");
    expect(text).toContain("context=32768 with a request rate");
    expect(text).toContain("(prompt=32768)");
    expect(text).not.toMatch(/=\d{1,3},\d{3}/);
    // The same number in prose beside it is grouped.
    expect(text).toContain("prompt + generate = 32,768 + 256 = 33,024 tokens");
  });

  it("a Next: line's command keeps its digits as typed (784·128 + 128 + 128·10 + 10 = 101,770)", () => {
    expect(said("params dense 784->128, dense 128->10")).toContain(
      "Next: /flops 101770 for its training compute.",
    );
  });

  it("the GPU list's datasheet peaks group from 1,000 (H100 SXM fp8 dense 1,978.9 TFLOP/s)", () => {
    expect(said("gpus h100")).toContain("989.4 / 1,978.9");
  });
});
