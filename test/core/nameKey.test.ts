import { describe, expect, it } from "vitest";
import { GPUS } from "../../src/core/gpus.ts";
import { nameKey } from "../../src/core/nameKey.ts";
import { MODELS } from "../../src/core/runs/entries.ts";

/** The key as the catalogs first defined it: lower-cased, then every run of separators removed. */
const byPattern = (name: string) => name.toLowerCase().replace(/[\s\-_.]+/g, "");

describe("nameKey", () => {
  it("keys every GPU and run name in the catalogs as the separator pattern does", () => {
    const names = [
      ...GPUS.flatMap((gpu) => [gpu.id, gpu.name, ...gpu.aliases]),
      ...MODELS.flatMap((model) => [model.id, model.name, ...model.aliases]),
    ];
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expect(nameKey(name)).toBe(byPattern(name));
  });

  it("lower-cases a plain word and removes spaces, dashes, underscores and dots of any other", () => {
    expect(nameKey("H100")).toBe("h100");
    expect(nameKey("NVIDIA H100-SXM5 80GB")).toBe("nvidiah100sxm580gb");
    expect(nameKey("Llama 3.1 405B")).toBe("llama31405b");
    expect(nameKey("tpu_v5p")).toBe("tpuv5p");
    expect(nameKey("")).toBe("");
    expect(nameKey("- . _")).toBe("");
  });

  it("treats Unicode spaces and letters as the pattern does", () => {
    for (const name of ["H100\u00a0SXM", "A100\u3000PCIe", "İnstinct MI300X", "Ｈ100", "h100\u200b", "ß-b"]) {
      expect(nameKey(name)).toBe(byPattern(name));
    }
  });
});
