import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const noteKeys = (line: string) => ask(line).notes.map((note) => note.key);

describe("a named run whose training tokens are not published: the default token count says so", () => {
  it("how many tokens was mixtral trained on: 20 × 46.7B = 934B, said to be an assumption, not Mixtral's", () => {
    // Mistral AI, Mixtral of experts (Jiang et al. 2024): 46.7B total, 12.9B active; no token count.
    const line = "how many tokens was mixtral trained on";
    const r = result(line);
    expect(r.tokens).toBeCloseTo(20 * 46.7e9, -9);
    expect(noteKeys(line)).toContain("note.tokensDefaultChinchillaRun");
    expect(noteKeys(line)).not.toContain("note.tokensDefaultChinchilla");
    expect(said(line)).toContain("Mixtral 8x7B's training tokens are not published");
    expect(said(line, "zh-TW")).toContain("Mixtral 8x7B 的訓練 token 數沒有公開");
  });

  it("a size alone keeps the plain default: there is no run to have published anything", () => {
    expect(noteKeys("70B")).toContain("note.tokensDefaultChinchilla");
    expect(noteKeys("70B")).not.toContain("note.tokensDefaultChinchillaRun");
  });

  it("a run with published tokens uses them, with no default note (Chinchilla: 1.4T, Hoffmann et al. §4.1)", () => {
    expect(result("chinchilla-70b").tokens).toBe(1.4e12);
    const keys = noteKeys("chinchilla-70b");
    expect(keys).not.toContain("note.tokensDefaultChinchillaRun");
    expect(keys).not.toContain("note.tokensDefaultChinchilla");
  });
});
