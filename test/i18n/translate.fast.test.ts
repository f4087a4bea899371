import { describe, expect, it } from "vitest";
import type { ErrorParams } from "../../src/core/errors.ts";
import { LANGS, type Lang } from "../../src/i18n/lang.ts";
import { CATALOGS, isMessageKey, t } from "../../src/i18n/translate.ts";

/** The oracle: `t` as it was before it kept each message's pieces per key (a lookup and a split per call). */
function byCatalog(lang: Lang, key: string, params: ErrorParams = {}): string {
  const template = isMessageKey(key) ? CATALOGS[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const say = t as (lang: Lang, key: string, params?: ErrorParams) => string;

describe("t keeps each catalog message's pieces once per key", () => {
  it("gives every message of both catalogs exactly as the catalog lookup does, filled, half-filled and empty", () => {
    let filled = 0;
    for (const lang of LANGS) {
      for (const key of Object.keys(CATALOGS[lang])) {
        const names = [...CATALOGS[lang][key as keyof (typeof CATALOGS)["en"]].matchAll(/\{(\w+)\}/g)].map(
          (m) => m[1] as string,
        );
        const all: ErrorParams = Object.fromEntries(
          names.map((name, i) => [name, i % 2 ? i * 1.5 : `v${i}`]),
        );
        const half: ErrorParams = Object.fromEntries(
          names.slice(1).map((name) => [name, name.toUpperCase()]),
        );
        // Twice each: the first call fills the per-key entry, the second reads it.
        for (let pass = 0; pass < 2; pass++) {
          expect(say(lang, key, all)).toBe(byCatalog(lang, key, all));
          expect(say(lang, key, half)).toBe(byCatalog(lang, key, half));
          expect(say(lang, key)).toBe(byCatalog(lang, key));
        }
        if (names.length > 0) filled++;
      }
    }
    // Both catalogs have hundreds of messages with placeholders; the loop above met them.
    expect(filled).toBeGreaterThan(100);
  });

  it("treats text that is no key as the template itself, placeholders and all", () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(say("en", "plain text")).toBe("plain text");
      expect(say("zh-TW", "{a} and {b}", { a: 1 })).toBe("1 and {b}");
      expect(say("en", "row.trainingFlop")).toBe("row.trainingFlop");
    }
    expect(t("en", "row.trainingFlops")).toBe("Training compute (6ND)");
    expect(t("en", "readAs.params", { value: "70B" })).toBe(
      byCatalog("en", "readAs.params", { value: "70B" }),
    );
  });
});
