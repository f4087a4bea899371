import { describe, expect, it } from "vitest";
import { GPU_CATALOG, GPUS, mayStartGpuName } from "../../src/core/gpus.ts";

/** Every name the catalog answers to, split into the words a person types. */
const nameWords = GPUS.flatMap((gpu) => [gpu.id, gpu.name, ...gpu.aliases]).flatMap((name) =>
  name.split(/\s+/),
);
const everyday = ["how", "long", "to", "train", "a", "13B", "model", "on", "3T", "tokens", "with", "128"];
const vocabulary = [
  ...new Set([
    ...nameWords,
    ...nameWords.map((w) => `${w}s`),
    ...nameWords.map((w) => w.toUpperCase()),
    ...everyday,
    "NVIDIA",
    "nvidia",
    "nvi",
    "amd",
    "Google",
    "-",
    ".",
    "A",
    "100",
    "s",
    "H100s",
    "mi300x",
    "x",
    "gpu=H100",
  ]),
];

describe("mayStartGpuName (the reader's test before it looks a GPU up)", () => {
  it("passes the first word of every catalog name, as typed, upper-case and plural", () => {
    for (const gpu of GPUS) {
      for (const name of [gpu.id, gpu.name, ...gpu.aliases]) {
        const first = name.split(/\s+/)[0] as string;
        expect(mayStartGpuName(first), name).toBe(true);
        expect(mayStartGpuName(first.toUpperCase()), name).toBe(true);
        expect(mayStartGpuName(`${name.replace(/\s+/g, "")}s`), name).toBe(true);
      }
    }
  });

  it("rules out the everyday words of a question, which name no GPU", () => {
    for (const word of ["how", "long", "model", "13B", "3T", "tokens", "with", "128"]) {
      expect(mayStartGpuName(word), word).toBe(false);
    }
  });

  it("never rules out a start from which the catalog finds a GPU (one to three words, plural or not)", () => {
    const ruledOut = vocabulary.filter((word) => !mayStartGpuName(word));
    expect(ruledOut.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const first of ruledOut) {
      const lines = [[first], ...vocabulary.map((w) => [first, w])];
      for (const second of ["100", "H100", "v5p", "sxm"]) {
        for (const third of ["", "sxm", "80GB", "SXM5", "pcie", "s"]) lines.push([first, second, third]);
      }
      for (const words of lines) {
        const joined = words.join(" ").trim();
        if (GPU_CATALOG.find(joined) || GPU_CATALOG.find(joined.replace(/s$/i, ""))) found.push(joined);
      }
    }
    expect(found).toEqual([]);
  });

  it("passes the first two words of every catalog name of two or more words (the reader's test before it tries longer runs)", () => {
    const twoWords = GPUS.flatMap((gpu) => [gpu.id, gpu.name, ...gpu.aliases])
      .map((name) => name.split(/\s+/))
      .filter((words) => words.length >= 2);
    expect(twoWords.length).toBeGreaterThan(5);
    for (const [first, second] of twoWords) {
      expect(mayStartGpuName(`${first} ${second}`), `${first} ${second}`).toBe(true);
      expect(mayStartGpuName(`${first?.toUpperCase()} ${second}`), `${first} ${second}`).toBe(true);
    }
    // `H100 how long`: no name begins with the GPU and the question's next word.
    for (const start of ["H100 how", "H100s to", "A100 with", "MI300X for"])
      expect(mayStartGpuName(start), start).toBe(false);
  });
});
