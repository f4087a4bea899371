import { findGpu, type Gpu } from "../core/gpus.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import type { CommandContext } from "../dispatch/command.ts";

/**
 * The published run whose GPU time a preset filled in, when that time was measured on another GPU
 * than the one typed (`llama-2-70b gpu=H100`: 1.72M A100 GPU-hours): its name and GPU.
 */
export function publishedGpuElsewhere(
  preset: CommandContext["preset"],
  gpu: Gpu,
): { model: string; runGpu: string } | undefined {
  if (!preset || preset.filled.gpu !== undefined) return undefined;
  if (preset.filled["gpu-hours"] === undefined && preset.filled.days === undefined) return undefined;
  const runGpu = lookupModel(preset.name)?.hardware?.gpu;
  if (runGpu === undefined) return undefined;
  const found = findGpu(runGpu);
  return found.id === gpu.id ? undefined : { model: preset.name, runGpu: found.name };
}
