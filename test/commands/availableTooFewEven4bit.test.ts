import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

/**
 * Llama 3.1 405B (126 layers, 8 KV heads, h 16,384, vocab 128,256) on one RTX 4090 (24 GB): not in
 * bf16, and not in 4-bit either — (406B − 4.2B) × 0.5 B + 4.2B × 2 B of embedding and head kept in
 * bf16 is 209 GB, nine 4090s' worth before any cache. The reply says both, so the ask reads as
 * impossible, not as a precision to change.
 */
describe("405B on one 4090", () => {
  const line = "can i run llama 3 405b on one 4090";

  it("warns that even 4-bit weights need more cards than given", () => {
    const reply = ask(line);
    const short = reply.warnings.find((w) => w.key === "cards.available4bitShort");
    expect(short?.params?.available).toBe(1);
    expect(short?.params?.needed as number).toBeGreaterThan(209e9 / (0.9 * 24e9));
    expect(reply.warnings.map((w) => w.key)).not.toContain("cards.available4bit");
    expect(said(line, "zh-TW")).toContain("即使改用 4-bit 權重");
  });

  it("names no such line when 4-bit fits (Llama 3 70B on 2 4090s at 2k)", () => {
    const keys = ask("can i run llama-3-70b on 2 4090s context=2k").warnings.map((w) => w.key);
    expect(keys).toContain("cards.available4bit");
    expect(keys).not.toContain("cards.available4bitShort");
  });
});
