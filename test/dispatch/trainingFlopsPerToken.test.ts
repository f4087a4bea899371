import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";

const notesOf = (line: string, lang: Lang = "en") => {
  const reply = respondToText(registry, line, { lang, langFromText: true });
  expect(reply.ok, line).toBe(true);
  return { reply, text: localize(reply, reply.lang ?? lang).notes.join("\n") };
};

// Kaplan et al. 2020: training takes 6·N FLOP a token (2·N forward, 4·N backward); with attention
// 6N + 12·L·H·Q·T (Chowdhery et al. 2022, PaLM App. B).
describe("`flops per token` in a training plan is answered: 6·N a token, with its value", () => {
  it("training flops per token for 70B: 6 × 70B = 420B FLOP, said in a note, not named as unused", () => {
    const { reply, text } = notesOf("training flops per token for 70B");
    expect(reply.command).toBe("compute");
    expect(text).toContain(
      "Read “flops per token” as the training FLOP of one token: 6·N = 6 × 70B = 420B FLOP",
    );
    expect(text).not.toContain("Not used");
    expect((reply.result as { params: number }).params * 6).toBe(4.2e11);
  });

  it("Llama 3 70B (80 layers, 64 × 128 attention width, 8,192 context): with attention 6N + 12·L·H·Q·T = 488B", () => {
    const { text } = notesOf("llama 3 70b training flops per token");
    // 6 × 70.6B = 423.6B; 12 × 80 × 8,192 × 8,192 = 64.4B; 488B in all.
    expect(text).toContain("6·N = 6 × 70.6B = 423B FLOP");
    expect(text).toContain("6N + 12·L·H·Q·T = 488B FLOP");
  });

  it("in Chinese: 訓練 70B 每個 token 的 FLOP, answered in zh-TW with the words as typed", () => {
    const { reply, text } = notesOf("訓練 70B 每個 token 的 FLOP", "en");
    expect(reply.lang).toBe("zh-TW");
    expect(text).toContain("將「每個 token 的 FLOP」解讀為每個 token 的訓練 FLOP：6·N = 6 × 70B = 420B FLOP");
  });

  it("serving's `flops per token` is still the inference FLOP of a token (2·N), not training's", () => {
    const { reply, text } = notesOf("flops per token for 70B");
    expect(reply.command).toBe("cards");
    expect(text).toContain("as the inference FLOP of one token");
  });
});
