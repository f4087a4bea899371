/**
 * 對 as "for" (50% MFU 對 70B 在 H100 上合理嗎, 對 H100 來說): it was refused as params on 對, the MFU
 * judged never reached. 對 standing alone is now filler, and 對於 / 來說 too; inside a longer run it
 * stays part of its word (不對 is a correction, read by the thread, never dropped as filler).
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/dispatch/normalize.ts";
import { answered } from "./helpers.ts";

describe("對 (for) in a question", () => {
  it.each([
    "50% MFU 對 70B 在 H100 上合理嗎？",
    "對 H100 來說，70B 的 MFU 50% 合理嗎？",
    "對於 70B，在 H100 上 MFU 50% 合理嗎",
  ])("%s: 70B on H100 at 50% MFU, the MFU placed against PaLM's Table 3", (line) => {
    const asked = answered(line, "zh-TW");
    expect(asked.command).toBe("compute");
    expect(asked.result.params).toBe(70e9);
    expect(asked.result.gpu).toBe("NVIDIA H100 SXM5 80GB");
    expect(asked.result.mfu).toBe(0.5);
    // PaLM (Chowdhery et al. 2022), Table 3: PaLM 540B reached 46.2% MFU, the highest published there.
    expect(asked.notes).toContain("PaLM 46.2%");
  });

  it("對 inside a longer word is left to that word (不對, 相對)", () => {
    expect(normalizeText("8B，不對，13B")).toContain("不對");
    expect(normalizeText("相對 70B")).toContain("相對");
  });
});
