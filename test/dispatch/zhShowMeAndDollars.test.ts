/**
 * 給我看 70B 在 H100 上的記憶體明細 (show me the memory breakdown, as the answers' own 下一步 line
 * words it) was refused on 看, then on 明細; llama 3 8b 訓練成本大概多少美金 (how many US dollars) on
 * 美金 read as `usd`. Asking words now; 只給我看 (only I see it) stays the private flag.
 */
import { describe, expect, it } from "vitest";
import { answered, ask } from "./helpers.ts";

describe("給我看, 明細 and 多少美金", () => {
  it("給我看 70B 在 H100 上的記憶體明細: 70B's memory on H100 (weights 2 B each: 140 GB)", () => {
    const asked = answered("給我看 70B 在 H100 上的記憶體明細", "zh-TW");
    expect(asked.command).toBe("cards");
    expect((asked.result.breakdown as { weights: number }).weights).toBe(140e9);
  });

  it("llama 3 8b 訓練成本大概多少美金？: Llama 3 8B's published 1.3M GPU-hours, and the price it needs", () => {
    const asked = answered("llama 3 8b 訓練成本大概多少美金？", "zh-TW");
    // Llama 3 model card: 1.3M H100-80GB GPU-hours for 8B.
    expect(asked.result.gpuHours).toBe(1.3e6);
    expect(asked.notes).toContain("price=$2/h");
  });

  it("只給我看 is still the private flag", () => {
    expect(ask("70B 15T 只給我看", "zh-TW").ephemeral).toBe(true);
  });
});
