import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { ask } from "./helpers.ts";

/** The `/flops …` commands a reply's Next line offers, each up to the words that say what it is for. */
function offered(line: string, lang: Lang): string[] {
  const hint = localize(ask(line, lang), lang).hint ?? "";
  return [...hint.matchAll(/\/flops (.+?)(?= or | for |: |：| 或| 看|[,，。]|\.(?:\s|$)|$)/g)].map((m) =>
    (m[1] ?? "").trim(),
  );
}

describe("a Next line offers only commands that answer", () => {
  // Every run of the catalog: mfu is offered only where it computes or a paper printed an MFU
  // (Mixtral, Gemma 2, Phi-3 publish no GPU time: their training plan is offered instead).
  it.each(MODELS.map((model) => model.id))("model %s", (id) => {
    for (const lang of ["en", "zh-TW"] as const) {
      const commands = offered(`model ${id}`, lang);
      expect(commands.length).toBeGreaterThan(0);
      for (const command of commands) expect(ask(command, lang).ok, `${lang}: /flops ${command}`).toBe(true);
    }
  });

  it.each([
    // LSTM 64→128: 4 × (64·128 + 128·128 + 128) = 98,816 (Hochreiter & Schmidhuber's four gates).
    ["params lstm 64->128", "98816"],
    // A 3×3 conv 3→64: 3·3·3·64 + 64 = 1,792.
    ["params conv 3x3 3->64", "1792"],
    ["params transformer layers=96 d=12288 vocab=50257 ctx=2048", "175B"],
  ])(
    "%s offers /flops %s, every digit of a count under a million (a grouped 98,816 read as 98)",
    (line, size) => {
      expect(offered(line, "en")).toEqual([size]);
      expect(ask(size).ok).toBe(true);
    },
  );

  it("a count under a thousand, which a size alone would be refused as, offers no Next line", () => {
    expect(ask("params dense 10->5").hint).toBeUndefined();
  });
});
