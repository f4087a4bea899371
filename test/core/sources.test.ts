import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctSources, SOURCES } from "../../src/core/sources.ts";

describe("distinctSources", () => {
  it("keeps each paper once, where it is first cited", () => {
    const { hoffmann2022, kaplan2020, gpt3 } = SOURCES;
    expect(distinctSources([hoffmann2022, kaplan2020, { ...hoffmann2022 }, gpt3, kaplan2020])).toEqual([
      hoffmann2022,
      kaplan2020,
      gpt3,
    ]);
    // The same page cited for another section is one footnote, as first cited: a reply shows a
    // source by its short title and url only.
    expect(distinctSources([gpt3, { ...gpt3, title: `${gpt3.title}, §2.1` }])).toEqual([gpt3]);
  });

  it("is the order-keeping de-duplication by url", () => {
    const source = fc.record({
      url: fc.constantFrom("a", "b", "a|b"),
      title: fc.constantFrom("x", "y", "b|x"),
    });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 12 }), (sources) => {
        const seen: { url: string; title: string }[] = [];
        for (const s of sources) if (!seen.some((t) => t.url === s.url)) seen.push(s);
        expect(distinctSources(sources)).toEqual(seen);
      }),
    );
  });
});
