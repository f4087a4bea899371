import { UserError } from "../core/errors.ts";
import { type Architecture, architectureParams } from "../core/params/architecture.ts";
import { readHfConfig } from "../core/params/hfConfig.ts";
import type { Preset } from "../dispatch/presets.ts";
import { cachedHubModel } from "../hf/hub.ts";

/**
 * `hf:<org>/<name>` wherever a published run's name is accepted: the config the async pre-step
 * fetched stands in for the numbers, like a run's preset (the exact count as params, the active
 * count for a MoE, the shape for attention and KV-cache options). undefined for other words;
 * the Hub's error (private, unknown, offline) when the look-up failed.
 */
export function hubPreset(word: string): Preset | undefined {
  if (!word.toLowerCase().startsWith("hf:")) return undefined;
  const repo = word.slice(3);
  const cached = cachedHubModel(repo);
  if (!cached) throw new UserError("hf.notFetched", { repo });
  if (!cached.ok) throw cached.error;
  const { architecture: a } = readHfConfig(cached.model.config);
  const count = architectureParams(a);
  const values: [string, string | null][] = [["params", String(count.total)]];
  if (count.active !== count.total) values.push(["active", String(count.active)], ["moe", "true"]);
  values.push(
    ["spec", word],
    ["layers", String(a.layers)],
    ["hidden", String(a.hidden)],
    ["heads", String(a.heads)],
    ["kv-heads", String(a.kvHeads)],
    ["head-dim", String(a.headDim)],
    ["vocab", String(a.vocab)],
    ["tied", String(a.tiedEmbeddings)],
    ["positions", null],
  );
  return {
    name: cached.model.repo,
    values,
    sources: [{ title: `Hugging Face ${cached.model.repo}: config.json`, url: cached.model.url }],
  };
}

/** The architecture of a Hub model already fetched (its config.json read), else undefined. */
export function cachedHubArchitecture(repo: string): Architecture | undefined {
  const cached = cachedHubModel(repo);
  return cached?.ok ? readHfConfig(cached.model.config).architecture : undefined;
}
