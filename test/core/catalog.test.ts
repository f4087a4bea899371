import { describe, expect, it } from "vitest";
import { type Catalog, createCatalog, rankByKeys } from "../../src/core/catalog.ts";
import { GPU_CATALOG, GPUS, type Gpu, normalizeGpuName } from "../../src/core/gpus.ts";
import { MODELS } from "../../src/core/runs/entries.ts";
import { MODEL_CATALOG, normalizeModelName } from "../../src/core/runs/lookup.ts";

const byId = (id: string): Gpu => {
  const gpu = GPUS.find((g) => g.id === id);
  if (!gpu) throw new Error(`no catalog entry ${id}`);
  return gpu;
};

/** A catalog of real GPU entries, named as the GPU catalog names them. */
const gpuCatalog = (items: readonly Gpu[]) =>
  createCatalog({
    label: "test catalog",
    items,
    id: (gpu) => gpu.id,
    names: (gpu) => [gpu.id, gpu.name, ...gpu.aliases],
    normalize: normalizeGpuName,
  });

describe("createCatalog", () => {
  it("refuses at load two entries claiming one normalized name, naming both", () => {
    // The H100 PCIe card answering to bare "h100" too (the SXM5 part owns it on the datasheet's naming).
    const pcie = byId("h100-pcie");
    const clash = { ...pcie, aliases: [...pcie.aliases, "H100"] };
    expect(() => gpuCatalog([byId("h100-sxm"), clash])).toThrow(
      'test catalog: "h100" names both h100-sxm and h100-pcie',
    );
    // Punctuation and case do not hide a clash: "A100-SXM4" is "a100sxm4" either way.
    const a100 = byId("a100-40gb-sxm");
    expect(() => gpuCatalog([byId("a100-80gb-sxm"), { ...a100, aliases: ["A100-SXM4"] }])).toThrow(
      /"a100sxm4" names both a100-80gb-sxm and a100-40gb-sxm/,
    );
    // One entry naming itself twice (its id is also an alias) is no clash.
    expect(gpuCatalog([byId("h20")]).find("H20")?.id).toBe("h20");
  });

  it("the GPU and run catalogs load: every name resolves to its own entry", () => {
    for (const gpu of GPUS) {
      for (const name of [gpu.id, gpu.name, ...gpu.aliases]) expect(GPU_CATALOG.find(name)).toBe(gpu);
    }
    for (const model of MODELS) {
      for (const name of [model.id, model.name, ...model.aliases])
        expect(MODEL_CATALOG.find(name)).toBe(model);
    }
    expect(GPU_CATALOG.find("NVIDIA H100-SXM5")?.id).toBe("h100-sxm");
    expect(MODEL_CATALOG.find("Llama 3.1 405B")?.id).toBe("llama-3-405b");
    expect(GPU_CATALOG.find("gpt-3")).toBeUndefined();
    expect(MODEL_CATALOG.find("h100")).toBeUndefined();
  });

  it("suggest: nearest names first, each entry once, at most the limit", () => {
    // "h100 sxm6" is one edit from the SXM5 part's "h100sxm5"; the other H100s follow.
    const suggested = GPU_CATALOG.suggest("h100 sxm6").map((g) => g.id);
    expect(suggested[0]).toBe("h100-sxm");
    expect(suggested).toHaveLength(3);
    expect(new Set(suggested).size).toBe(3);
    expect(GPU_CATALOG.suggest("h100 sxm6", 1).map((g) => g.id)).toEqual(["h100-sxm"]);
    // The run catalog compares ids and aliases with the same numbers only: 450 is a transposed 405.
    expect(MODEL_CATALOG.suggest("llama-3-450b").map((m) => m.id)).toContain("llama-3-405b");
    expect(MODEL_CATALOG.suggest("mistral-8b").map((m) => m.id)).not.toContain("mixtral-8x7b");
    // A paste far longer than any name is no typo of one.
    expect(MODEL_CATALOG.suggest("llama".repeat(20))).toEqual([]);
  });

  it("search is exact, prefix, then substring in catalog order; complete also takes near-misses", () => {
    // Exact "a10" (the NVIDIA A10), then the A100s by prefix, catalog order.
    expect(GPU_CATALOG.search("a10").map((g) => g.id)).toEqual([
      "a10",
      "a100-40gb-sxm",
      "a100-80gb-sxm",
      "a100-40gb-pcie",
      "a100-80gb-pcie",
    ]);
    // A typo is no search hit, but autocomplete still offers the MI300X.
    expect(GPU_CATALOG.search("mi30x")).toEqual([]);
    expect(GPU_CATALOG.complete("mi30x")[0]?.id).toBe("mi300x");
    expect(GPU_CATALOG.search("")).toHaveLength(GPUS.length);
    expect(GPU_CATALOG.complete("")).toHaveLength(GPUS.length);
  });

  it("search finds what ranking each entry key by key finds, in the same order, for pieces of every name", () => {
    // The catalogs' search skips entries with one text of all their keys; the reference ranks every key.
    const check = <T>(
      catalog: Catalog<T>,
      items: readonly T[],
      names: (item: T) => string[],
      normalize: (s: string) => string,
    ) => {
      const keysOf = (item: T) => [...new Set(names(item).map(normalize))];
      const queries = new Set<string>(["a", "3", "x", "80gb", "llama"]);
      for (const item of items) {
        for (const key of keysOf(item)) {
          queries.add(key);
          for (let from = 0; from < key.length; from += 3) queries.add(key.slice(from, from + 4));
        }
      }
      let found = 0;
      for (const query of queries) {
        const result = catalog.search(query);
        expect(result).toEqual(rankByKeys(normalize(query), items, keysOf, false));
        found += result.length;
      }
      // Most pieces are found (each comes from a name), several entries at a time.
      expect(found).toBeGreaterThan(queries.size);
    };
    check(GPU_CATALOG, GPUS, (gpu) => [gpu.id, gpu.name, ...gpu.aliases], normalizeGpuName);
    check(MODEL_CATALOG, MODELS, (model) => [model.id, model.name, ...model.aliases], normalizeModelName);
  });

  it("rankByKeys: within the substring rank, fuzzy ranks the earlier match first; strict keeps the given order", () => {
    const names = ["xxab", "xab", "ab-cd", "zz"];
    const keys = (name: string) => [name];
    expect(rankByKeys("ab", names, keys, false)).toEqual(["ab-cd", "xxab", "xab"]);
    expect(rankByKeys("ab", names, keys, true)).toEqual(["ab-cd", "xab", "xxab"]);
    // Letters in order (a…d) and a typo of the start (abx for ab-) only when fuzzy.
    expect(rankByKeys("ad", names, keys, false)).toEqual([]);
    expect(rankByKeys("ad", names, keys, true)).toEqual(["ab-cd"]);
    expect(rankByKeys("abx", names, keys, true)).toEqual(["ab-cd"]);
  });
});
