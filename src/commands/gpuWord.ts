import { GPU_CATALOG, type Gpu } from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";

/**
 * The word a suggested command names a GPU by (`H200`, `MI300X`): an alias without a space that
 * finds this very entry again, preferring one that is a word of its name, then the shortest; its
 * id when none does. Worked out once per catalog entry.
 */
export const gpuWord = oncePer((gpu: Gpu): string => {
  const nameWords = new Set(gpu.name.toLowerCase().split(" "));
  const words = gpu.aliases
    .filter((alias) => !/\s/.test(alias) && GPU_CATALOG.find(alias) === gpu)
    .sort((a, b) => Number(nameWords.has(b)) - Number(nameWords.has(a)) || a.length - b.length);
  return words[0]?.toUpperCase() ?? gpu.id;
});
