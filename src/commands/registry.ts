import { GPU_CATALOG } from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";
import { modelSources } from "../core/runs/analysis.ts";
import { lookupModel, mayStartModelName, suggestModels } from "../core/runs/lookup.ts";
import type { Model } from "../core/runs/schema.ts";
import type { AnyCommand } from "../dispatch/command.ts";
import type { Preset, PresetSource } from "../dispatch/presets.ts";
import type { Registry } from "../dispatch/registry.ts";
import { cards } from "./cards.ts";
import { chinchilla } from "./chinchilla.ts";
import { compare } from "./compare.ts";
import { compute } from "./compute.ts";
import { gpus } from "./gpus.ts";
import { helpCommand } from "./help.ts";
import { hubPreset } from "./hubPreset.ts";
import { mfu } from "./mfu.ts";
import { model } from "./model.ts";
import { params } from "./params.ts";
import { modelPreset, PRESET_ALTERNATIVES, PRESET_OVERRIDES } from "./presets.ts";
import { serve } from "./serve.ts";

/** Every command, in help order. Adding a command means adding its file and one line here. */
const commands: AnyCommand[] = [compute, mfu, chinchilla, cards, serve, params, model, compare, gpus];
commands.push(helpCommand(() => registry));

/** Any command takes a published run's name in place of the numbers it implies (core/runs, presets.ts). */
const presets: PresetSource = {
  find(word) {
    // Most words asked about are numbers (`70B`): no run's name begins like one, and no lookup is made.
    const run = mayStartModelName(word) ? lookupModel(word) : undefined;
    return run ? runPreset(run) : hubPreset(word);
  },
  suggest: suggestModels,
  alternatives: PRESET_ALTERNATIVES,
  overrides: PRESET_OVERRIDES,
};

/** A run's preset depends on its catalog entry alone: made once per entry (read only). */
const runPreset = oncePer((run: Model): Preset => {
  const preset: Preset = { name: run.name, values: modelPreset(run), sources: modelSources(run) };
  const gpu = gpuNamed(run);
  if (gpu) preset.gpuExample = gpu;
  return preset;
});

/**
 * A run whose hardware the catalog holds only by name (Chinchilla: "TPU v3 / TPU v4"): its first card
 * the catalog knows, for a refusal's example (`mfu chinchilla gpu=tpu-v3`), never filled in as its GPU.
 */
function gpuNamed(run: Model): string | undefined {
  if (run.hardware?.gpu !== undefined || run.hardware === undefined) return undefined;
  for (const part of run.hardware.name.split("/")) {
    const found = GPU_CATALOG.find(part.trim());
    if (found) return found.id;
  }
  return undefined;
}

export const registry: Registry = {
  commands,
  defaultCommand: compute,
  acceptsWord: (word) => lookupModel(word) !== undefined,
  mayStartWord: mayStartModelName,
  presets,
};
