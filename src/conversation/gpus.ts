import { findGpu, GPU_CATALOG, shortGpuName } from "../core/gpus.ts";

/**
 * The GPU menu under an answer: the catalog's common training and serving cards, by the name a
 * user types (`gpu=H100`). Ten, so the menu fits every platform (Discord's select holds 25).
 */
const MENU = [
  "V100",
  "A100",
  "H100",
  "H800",
  "H200",
  "B200",
  "L40S",
  "MI300X",
  "TPU v5p",
  "Gaudi 3",
] as const;

export const COMMON_GPUS: readonly { value: string; label: string; id: string }[] = MENU.map((value) => {
  const gpu = findGpu(value);
  return { value, label: shortGpuName(gpu), id: gpu.id };
});

/** The menu value of the card a question names (`h100-sxm5` → `H100`), if it is on the menu. */
export function currentGpu(typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  // Looked up without findGpu's refusal: an unknown card or a list (`gpu=h100,a100`) is just off the
  // menu, not an error to build (with its suggestions and stack) for every answer that has one.
  const id = GPU_CATALOG.find(typed)?.id;
  return id === undefined ? undefined : COMMON_GPUS.find((gpu) => gpu.id === id)?.value;
}
