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
  if (!preset) return undefined;
  if (preset.filled["gpu-hours"] === undefined && preset.filled.days === undefined) return undefined;
  return runOnOtherGpu(preset, gpu);
}

/**
 * The published run's per-GPU power a preset filled in (GPT-3's 330 W per V100, Patterson et al.
 * 2021 Table 4), when the GPU typed is another one: that power is not this GPU's.
 */
export function publishedPowerElsewhere(
  preset: CommandContext["preset"],
  gpu: Gpu,
): { model: string; runGpu: string; watts: string } | undefined {
  const watts = preset?.filled.power;
  if (!preset || watts === undefined) return undefined;
  const other = runOnOtherGpu(preset, gpu);
  return other && { ...other, watts };
}

/** The preset's run and its GPU, when the user typed another GPU than the run's. */
function runOnOtherGpu(
  preset: NonNullable<CommandContext["preset"]>,
  gpu: Gpu,
): { model: string; runGpu: string } | undefined {
  if (preset.filled.gpu !== undefined) return undefined;
  const runGpu = lookupModel(preset.name)?.hardware?.gpu;
  if (runGpu === undefined) return undefined;
  const found = findGpu(runGpu);
  return found.id === gpu.id ? undefined : { model: preset.name, runGpu: found.name };
}
