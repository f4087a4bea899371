import type { SlidingWindow } from "../core/forward.ts";
import { runArchitectureInput } from "../core/modelArchitecture.ts";
import { readHfConfig } from "../core/params/hfConfig.ts";
import { runArchitecture } from "../core/runArchitectures.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { cachedHubModel } from "../hf/hub.ts";
import type { Source } from "../reply/reply.ts";

/** The sliding window of the model a preset named, for its KV cache, and where it is stated. */
export interface PresetWindow {
  window: SlidingWindow & { slidingWindow: number };
  /** The model's layer count: the window's layer indices are its layers. */
  layers: number;
  sources: Source[];
}

/**
 * The sliding window of the model a preset filled in: a published run's (its catalog entry, after
 * the config.json it cites) or a Hub model's (`hf:<org>/<name>`, its config.json as `readHfConfig`
 * reads sliding_window, use_sliding_window, sliding_window_pattern and layer_types). undefined
 * when the model has none, or no preset was used.
 */
export function windowOf(preset: { name: string } | undefined): PresetWindow | undefined {
  if (!preset) return undefined;
  // A Hub preset is named by its repository (org/name); a published run by its name.
  const fromHub = preset.name.includes("/");
  const model = fromHub ? undefined : lookupModel(preset.name);
  let arch: ReturnType<typeof runArchitectureInput>;
  let sources: Source[] = [];
  if (model) {
    // A catalog run has a window only where its entry declares one (most do not): nothing to build.
    // A run counted from its exact architecture (gpt-oss) declares it there, with its config.json.
    const declared = model.architecture.kind === "decoder" ? model.architecture.slidingWindow : undefined;
    const exact = runArchitecture(model.id);
    if (!declared && exact?.architecture.slidingWindow === undefined) return undefined;
    arch = runArchitectureInput(model);
    sources = [declared?.source ?? model.architectureSource];
  } else if (fromHub) {
    const cached = cachedHubModel(preset.name);
    if (!cached?.ok) return undefined;
    arch = readHfConfig(cached.model.config).architecture;
    sources = [{ title: `Hugging Face ${cached.model.repo}: config.json`, url: cached.model.url }];
  }
  const width = arch?.slidingWindow;
  const slidingLayers = arch?.slidingLayers ?? [];
  if (!arch || width === undefined || slidingLayers.length === 0) return undefined;
  return { window: { slidingWindow: width, slidingLayers }, layers: arch.layers, sources };
}
