import { isUserError, UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { GPU_CATALOG } from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";
import { distinctSources } from "../core/sources.ts";
import { text } from "../reply/build.ts";
import { formulaNumber } from "../reply/format.ts";
import type { Reply } from "../reply/reply.ts";
import { parseArguments } from "./arguments.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { neededWith } from "./options.ts";
import { unpublishedMfuRun } from "./unpublishedMfuRun.ts";

/**
 * Raw option text by canonical option name, in priority order (commands/presets.ts modelPreset). A
 * null value means "none for this model" and stops later keys that name the same option.
 */
export interface Preset {
  name: string;
  values: readonly (readonly [string, string | null])[];
  sources: readonly { title: string; url: string }[];
  /** The run's card when the catalog knows it by name only: a refusal's example, never filled in. */
  gpuExample?: string;
}

/** Where the grammar looks up a word that may name a preset (a published run). */
export interface PresetSource {
  find(word: string): Preset | undefined;
  /** Likely intended names for a mistyped one (empty when nothing is close). */
  suggest(word: string): string[];
  /** Keys that are alternative ways to give one input: a typed one drops the preset's others. */
  alternatives: readonly (readonly string[])[];
  /**
   * A typed key that plans the user's own run drops these published figures (one way only: `mfu`
   * typed drops the published GPU-hours, a published MFU never drops typed GPU-hours).
   */
  overrides?: readonly (readonly [string, readonly string[]])[];
}

export interface AppliedPreset {
  name: string;
  /** The run as the line named it (`llama-3-405b`): what names it again in an example. */
  word: string;
  /** Option name → raw text the preset filled (the user typed none of these). */
  filled: Record<string, string>;
  sources: readonly { title: string; url: string }[];
  /** The preset's values left out because the user typed an alternative or an override (`typed`). */
  dropped?: { values: Record<string, string>; typed: Record<string, string> };
  /** The run publishes no GPU and none was typed: a serving question is answered on SERVING_GPU. */
  gpuDefault?: true;
}

/**
 * The GPU a serving question is answered on when neither the asker nor the run names one
 * (`mistral 7b kv cache at 32k context`: Mistral AI publishes no training hardware). The cache and
 * the weights do not depend on it; the card count does, and the reply says which card it assumed.
 */
export const SERVING_GPU = "h100-sxm";
/** A serving question: serve, or cards in its default mode (infer) or named as such. */
const servesWithoutGpu = (command: AnyCommand, raw: Record<string, string>): boolean =>
  command.name === "serve" || (command.name === "cards" && (raw.mode === undefined || raw.mode === "infer"));

/**
 * The preset step. When the first positional word names a model, it stands in for the first
 * positional option: every option the command declares that the user did not type is filled
 * from the model's preset (matched by option name or alias, so a new command gets presets for
 * free), and typed values win. A preset that fills nothing for this command (help, gpus, model)
 * leaves the word alone. A mistyped model name where a number is expected gets suggestions.
 */
export function argumentsWithPreset(
  presets: PresetSource | undefined,
  command: AnyCommand,
  words: readonly string[],
): { raw: Record<string, string>; preset?: AppliedPreset } {
  const index = presets ? words.findIndex((word) => isPositionalWord(command, word)) : -1;
  const word = words[index];
  if (!presets || word === undefined) return { raw: parseArguments(command, words) };
  const preset = presets.find(word);
  if (preset && fillsSomething(presets, command, preset)) {
    otherSizeOfFamily(command, preset, words, index);
    let typed: Record<string, string>;
    try {
      typed = parseArguments(
        command,
        words.filter((_, i) => i !== index),
        1,
      );
    } catch (error) {
      // An example built from the words after the model name: the name goes back in its place.
      if (isUserError(error) && typeof error.params.example === "string")
        error.params.example = error.params.example.replace("<model>", word);
      throw error;
    }
    return applyPreset(presets, command, preset, typed, word);
  }
  if (!preset) suggestIfMistypedModel(presets, command, word, words[index + 1]);
  return { raw: parseArguments(command, words) };
}

/**
 * The same step for adapters that pass options already split (Discord): a `model` value the
 * command does not declare, or a first positional option whose value names a model.
 */
export function optionsWithPreset(
  presets: PresetSource | undefined,
  command: AnyCommand,
  options: Record<string, string>,
): { raw: Record<string, string>; preset?: AppliedPreset } {
  if (!presets) return { raw: options };
  const first = command.optionList.find(([, s]) => s.positional);
  const key = options.model !== undefined && !findOption(command, "model") ? "model" : first?.[0];
  const word = key === undefined ? undefined : options[key];
  if (key === undefined || word === undefined) return { raw: options };
  const preset = presets.find(word);
  const typed = Object.fromEntries(Object.entries(options).filter(([name]) => name !== key));
  if (preset && (key === "model" || fillsSomething(presets, command, preset))) {
    return applyPreset(presets, command, preset, typed, word);
  }
  if (preset) return { raw: options };
  if (key === "model") {
    const suggestions = presets.suggest(word);
    throw suggestions.length > 0
      ? new UserError("model.unknown", { query: word, suggestions: suggestions.join(", ") })
      : new UserError("model.unknownNoSuggestion", { query: word });
  }
  suggestIfMistypedModel(presets, command, word);
  return { raw: options };
}

/** A parameter count as a model's name ends with one (`40b`, `7B`, `350m`). */
const MODEL_SIZE = /^(\d+(?:\.\d+)?)([bm])$/i;

/**
 * A family's name and then a size that is none of this run's (`falcon 40b`: Falcon-40B, not the
 * Falcon-180B run on 40B tokens; `gpt-3 13b`): refused, naming the run we have and how to ask
 * with the numbers. A size over the run's (`gpt-3 500B`) is its tokens when the run's published
 * tokens make that a fair reading; else another size (`mistral 123b` is no Mistral 7B on 123B tokens).
 */
function otherSizeOfFamily(
  command: AnyCommand,
  preset: Preset,
  words: readonly string[],
  index: number,
): void {
  const next = words[index + 1];
  const size = next === undefined ? null : MODEL_SIZE.exec(next);
  if (!size || next === undefined) return;
  const value = Number(size[1]) * ((size[2] as string).toLowerCase() === "b" ? 1e9 : 1e6);
  const sizes = preset.values
    .filter(([key, raw]) => (key === "params" || key === "active") && raw !== null)
    .map(([, raw]) => Number(raw));
  const params = sizes[0];
  // Within 10% of the total or active count is this run (`gpt-3 175B`, `deepseek-v3 37B`).
  if (params === undefined || sizes.some((n) => Math.abs(value / n - 1) <= 0.1)) return;
  // Over the run's size, it is its tokens when the run's published tokens make that a fair reading
  // (`gpt-3 500B`, `palm 780b`: a tenth of them or more). A run with no published tokens (`mistral
  // 123b`: Mistral 7B's are unpublished) or far more of them is another size of the family.
  const tokens = preset.values.find(([key]) => key === "tokens")?.[1];
  if (value >= params * 0.9 && tokens != null && value >= Number(tokens) / 10) return;
  throw new UserError("preset.otherSize", {
    typed: `${words[index]} ${next}`,
    run: preset.name,
    params: formulaNumber(params),
    corrected: `${command.name} ${words.filter((_, i) => i !== index).join(" ")}`,
  });
}

/** A word that would fill a positional slot: not `key=value`, not a flag of the command. */
function isPositionalWord(command: AnyCommand, word: string): boolean {
  if (word.indexOf("=") > 0) return false;
  return findOption(command, word)?.[1].kind !== "flag";
}

/**
 * Whether the preset has a value for at least one option of the command (help, gpus, model: none).
 * The answer follows from the source's alternatives, the preset and the command's option specs
 * alone (nothing typed): worked out once for each.
 */
function fillsSomething(presets: PresetSource, command: AnyCommand, preset: Preset): boolean {
  return Object.keys(untypedFill(presets, command, preset)).length > 0;
}

/** What the preset fills when nothing is typed, worked out once per source, preset and command. */
function untypedFill(presets: PresetSource, command: AnyCommand, preset: Preset): Record<string, string> {
  return fillsOf(presets.alternatives)(preset)(command);
}

const fillsOf = oncePer((alternatives: PresetSource["alternatives"]) =>
  oncePer((preset: Preset) =>
    oncePer((command: AnyCommand) => fillFromPreset(command, preset.values, {}, alternatives).filled),
  ),
);

function applyPreset(
  presets: PresetSource,
  command: AnyCommand,
  preset: Preset,
  typed: Record<string, string>,
  word: string,
): { raw: Record<string, string>; preset: AppliedPreset } {
  let { filled, dropped } = fillFromPreset(
    command,
    preset.values,
    typed,
    presets.alternatives,
    presets.overrides,
  );
  const countDropped = command.name === "compute" ? countLeftByDeadline(preset, filled, typed) : undefined;
  if (countDropped !== undefined) {
    // A copy without the count: the object filled may be one a cache keeps.
    const { gpus: _count, ...rest } = filled;
    filled = rest;
    dropped = {
      values: extended(dropped?.values ?? {}, { gpus: countDropped }),
      typed: extended(dropped?.typed ?? {}, { days: typed.days as string }),
    };
  }
  const raw = extended(filled, typed);
  let gpuDefault = false;
  for (const [name, spec] of command.optionList) {
    if (spec.required && raw[name] === undefined && name === "gpu" && servesWithoutGpu(command, raw)) {
      raw.gpu = SERVING_GPU;
      gpuDefault = true;
    } else if (raw[name] === undefined && neededWith(spec, raw)) {
      // `mfu mixtral`: no hardware published, so no GPU time either: everything missing, said once.
      const unpublished =
        command.name === "mfu" && name === "gpu" ? unpublishedMfuRun(preset, word, raw, typed) : undefined;
      if (unpublished) throw unpublished;
      // The Try line is the asker's question with the option added (`cards mistral-7b gpu=H100
      // mode=lora`), not the command's first example, which names another model.
      const commandExample = [
        command.name,
        word,
        `${name}=${name === "gpu" ? (preset.gpuExample ?? spec.example) : spec.example}`,
        ...Object.entries(typed).map(([option, value]) => `${option}=${value}`),
      ].join(" ");
      throw new UserError("model.notApplicable", {
        model: preset.name,
        command: command.name,
        option: name,
        commandExample,
      });
    }
  }
  // The assumed GPU is the bot's choice, as a run's own GPU is: filled, not typed (a copy: fillFromPreset's
  // object is the preset's own).
  const applied: AppliedPreset = {
    name: preset.name,
    word,
    filled: gpuDefault ? extended(filled, { gpu: SERVING_GPU }) : filled,
    sources: preset.sources,
  };
  if (dropped) applied.dropped = dropped;
  if (gpuDefault) applied.gpuDefault = true;
  return { raw, preset: applied };
}

/**
 * `how many A100s to train gpt-3 in 34 days`: the run's published GPU count (GPT-3's 10,000, V100s
 * in Patterson et al. 2021) is no figure of a run on the GPU the user named instead, and with a
 * time typed the time is the deadline and the count is what is asked (6ND / (peak · MFU · t): 860
 * A100s at 40% MFU), not 10,000 assumed A100s idling at 3.4% MFU. The count is left out, said as a
 * typed gpus= leaves out the published days. On the run's own GPU, the published count is kept; `mfu`
 * keeps it too (an MFU needs a count: there it is marked assumed). Its value, when left out.
 */
function countLeftByDeadline(
  preset: Preset,
  filled: Record<string, string>,
  typed: Record<string, string>,
): string | undefined {
  const count = filled.gpus;
  if (count === undefined || typed.days === undefined || typed.gpu === undefined) return undefined;
  const runGpuId = preset.values.find(([key]) => key === "gpu")?.[1];
  if (runGpuId === undefined || runGpuId === null) return undefined;
  const runGpu = GPU_CATALOG.find(runGpuId);
  if (runGpu === undefined) return undefined;
  // Every GPU typed (`on A100,H100`) is another than the run's: a list with the run's own keeps it.
  for (const name of typed.gpu.split(",")) {
    const gpu = GPU_CATALOG.find(name.trim());
    if (gpu === undefined || gpu.id === runGpu.id) return undefined;
  }
  return count;
}

/**
 * Option name → preset text for every option the user did not type, first matching key wins.
 * A key dropped by a typed alternative or override (`llama-3-8b mfu=40%`: the published GPU-hours)
 * is left out, and recorded with the typed options that dropped it, for a note.
 */
export function fillFromPreset(
  command: AnyCommand,
  values: Preset["values"],
  typed: Record<string, string>,
  alternatives: PresetSource["alternatives"],
  overrides: PresetSource["overrides"] = [],
): { filled: Record<string, string>; dropped?: AppliedPreset["dropped"] } {
  const names = optionNamesOf(command);
  const typedName = (key: string) => {
    const name = names(key);
    return name !== undefined && typed[name] !== undefined ? name : undefined;
  };
  // Nothing typed (the check whether a preset fills anything): no group is dropped, no lookups.
  const droppedBy = isEmpty(typed) ? NOTHING_DROPPED : droppedKeys(alternatives, overrides, typedName);
  const decided = new Set<string>();
  const filled: Record<string, string> = {};
  const left = new Map<string, { value: string; by: readonly string[] }>();
  for (const { key, name, value } of optionValuesOf(command)(values)) {
    if (decided.has(name)) continue;
    const by = droppedBy.get(key);
    if (by) {
      // Left out unless a later key fills the same option (checked below).
      if (value !== null && typed[name] === undefined && !left.has(name)) left.set(name, { value, by });
      continue;
    }
    decided.add(name);
    if (value !== null && typed[name] === undefined) filled[name] = value;
  }
  if (left.size === 0) return { filled };
  const dropped: NonNullable<AppliedPreset["dropped"]> = { values: {}, typed: {} };
  for (const [name, { value, by }] of left) {
    if (filled[name] !== undefined) continue;
    dropped.values[name] = value;
    for (const typedOption of by) dropped.typed[typedOption] = typed[typedOption] as string;
  }
  return isEmpty(dropped.values) ? { filled } : { filled, dropped };
}

const NOTHING_DROPPED: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * A preset's values whose key names one of the command's options, with that option's name: the
 * same for every question that names the run, so worked out once per command and preset.
 */
const optionValuesOf = oncePer((command: AnyCommand) =>
  oncePer((values: Preset["values"]) => {
    const named: { key: string; name: string; value: string | null }[] = [];
    for (const [key, value] of values) {
      const found = findOption(command, key);
      if (found) named.push({ key, name: found[0], value });
    }
    return named;
  }),
);

/** The option a preset key (never a typed word) names in a command, looked up once per key. */
const optionNamesOf = oncePer((command: AnyCommand) => {
  const names = new Map<string, string | undefined>();
  return (key: string): string | undefined => {
    if (names.has(key)) return names.get(key);
    const name = findOption(command, key)?.[0];
    names.set(key, name);
    return name;
  };
});

/**
 * The preset keys a typed option drops (the rest of its alternatives' groups, and its overrides),
 * each with the typed option names that drop it.
 */
function droppedKeys(
  alternatives: PresetSource["alternatives"],
  overrides: NonNullable<PresetSource["overrides"]>,
  typedName: (key: string) => string | undefined,
): ReadonlyMap<string, readonly string[]> {
  const dropped = new Map<string, string[]>();
  const drop = (key: string, by: string) => {
    const list = dropped.get(key);
    if (!list) dropped.set(key, [by]);
    else if (!list.includes(by)) list.push(by);
  };
  for (const group of alternatives) {
    const by = group.map(typedName).filter((name) => name !== undefined);
    for (const key of group) for (const name of by) drop(key, name);
  }
  for (const [key, drops] of overrides) {
    const by = typedName(key);
    if (by !== undefined) for (const d of drops) drop(d, by);
  }
  return dropped;
}

function isEmpty(record: Record<string, string>): boolean {
  for (const _ in record) return false;
  return true;
}

/** A name (not a number) where the command expects a number, close to a model name: say which. */
function suggestIfMistypedModel(
  presets: PresetSource,
  command: AnyCommand,
  word: string,
  next?: string,
): void {
  const slot = command.optionList.find(([, spec]) => spec.positional)?.[1];
  if (!slot || slot.kind === "text" || !/^[a-z]/i.test(word)) return;
  // A family then its version (`llama 3 mfu`): that release's runs, named as typed.
  if (next !== undefined && /^\d(?:\.\d)?$/.test(next)) {
    const release = presets.suggest(`${word} ${next}`);
    if (release.length > 0)
      throw new UserError("model.unknown", { query: `${word} ${next}`, suggestions: release.join(", ") });
  }
  const suggestions = presets.suggest(word);
  if (suggestions.length > 0) {
    throw new UserError("model.unknown", { query: word, suggestions: suggestions.join(", ") });
  }
}

/**
 * `key=value …` of raw option text, numbers written as formulas show them (`gpu-hours=1.3M`) but
 * whole counts below 100,000 as typed (`hidden=8192`, not 8,192): text to copy into a question.
 */
function optionList(values: Record<string, string>, fromPreset = false): string {
  let list = "";
  for (const key in values) {
    const value = values[key] as string;
    const shown = fromPreset ? shownPresetValue(value) : shownValue(value);
    list = list === "" ? `${key}=${shown}` : `${list} ${key}=${shown}`;
  }
  return list;
}

function shownValue(value: string): string {
  if (!/^\d[\d.]*(e\+?\d+)?$/.test(value)) return value;
  const n = Number(value);
  return Number.isInteger(n) && n < 100_000 ? String(n) : formulaNumber(n);
}

/**
 * A preset's value as shown, kept: the catalog's values are few and asked again and again. Never
 * used for typed text, and the store starts over when full, so it cannot grow without bound.
 */
function shownPresetValue(value: string): string {
  let shown = SHOWN_PRESET_VALUES.get(value);
  if (shown === undefined) {
    if (SHOWN_PRESET_VALUES.size >= 4096) SHOWN_PRESET_VALUES.clear();
    shown = shownValue(value);
    SHOWN_PRESET_VALUES.set(value, shown);
  }
  return shown;
}
const SHOWN_PRESET_VALUES = new Map<string, string>();

/** Says which published figures a model name filled in (typed values override them), and cites them. */
export function withPreset(reply: Reply, preset: AppliedPreset | undefined): Reply {
  return preset ? presetInPlace({ ...reply }, preset) : reply;
}

/**
 * `withPreset` on a reply object the caller owns (runCommand's own copy): its lists are replaced,
 * never changed, and its keys keep their places.
 */
export function presetInPlace(reply: Reply, preset: AppliedPreset | undefined): Reply {
  if (!preset) return reply;
  const values = optionList(preset.filled, true);
  const sources = distinctSources([...reply.sources, ...preset.sources]);
  const dropped = preset.dropped;
  reply.notes = dropped
    ? [
        text("preset.applied", { model: preset.name, values }),
        text("preset.notUsed", {
          model: preset.name,
          values: optionList(dropped.values),
          typed: optionList(dropped.typed),
        }),
        ...reply.notes,
      ]
    : [text("preset.applied", { model: preset.name, values }), ...reply.notes];
  reply.sources = sources;
  return reply;
}
