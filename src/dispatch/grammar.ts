import { distance } from "fastest-levenshtein";
import { UserError } from "../core/errors.ts";
import { isQuantityWord } from "../core/quantity.ts";
import { nearest } from "../core/suggest.ts";
import type { Text } from "../reply/reply.ts";
import type { AnyCommand } from "./command.ts";
import { normalizeText } from "./normalize.ts";
import type { OptionSpec } from "./options.ts";
import { FILLER, type Reading, readsShapes, readWords } from "./reader.ts";

/** Words that change how any reply is delivered, whatever the command. */
export interface GlobalFlags {
  private: boolean;
  explain: boolean;
  lang?: string;
  /** `chart`: a picture after the text, on the chat platforms. */
  chart?: boolean;
}

export interface ParsedLine {
  command: AnyCommand;
  raw: Record<string, string>;
  flags: GlobalFlags;
  /** A model name stood in for numbers: the options its preset filled in. */
  preset?: AppliedPreset;
  /** How the forgiving reader read words that were not plain `key=value` (reader.ts). */
  reading?: { notes: Text[]; unplaced: string[] };
}

/**
 * Raw option text by canonical option name, in priority order (core/models.ts modelPreset). A
 * null value means "none for this model" and stops later keys that name the same option.
 */
export interface Preset {
  name: string;
  values: readonly (readonly [string, string | null])[];
  sources: readonly { title: string; url: string }[];
}

/** Where the grammar looks up a word that may name a preset (a published run). */
export interface PresetSource {
  find(word: string): Preset | undefined;
  /** Likely intended names for a mistyped one (empty when nothing is close). */
  suggest(word: string): string[];
  /** Keys that are alternative ways to give one input: a typed one drops the preset's others. */
  alternatives: readonly (readonly string[])[];
}

export interface AppliedPreset {
  name: string;
  /** Option name → raw text the preset filled (the user typed none of these). */
  filled: Record<string, string>;
  sources: readonly { title: string; url: string }[];
}

const MAX_LINE_LENGTH = 2000;
const PRIVATE_WORDS = new Set(["private", "me", "--private"]);
const EXPLAIN_WORDS = new Set(["explain", "--explain"]);
const CHART_WORDS = new Set(["chart", "--chart", "圖表"]);

export const normalizeKey = (key: string): string => key.trim().toLowerCase().replace(/_/g, "-");

/** Finds an option by its name or alias (case-, dash- and underscore-insensitive). */
export function findOption(command: AnyCommand, key: string): [string, OptionSpec] | undefined {
  return optionIndex(command).get(squash(key));
}

const squash = (s: string) => s.trim().toLowerCase().replace(/[-_]/g, "");
const optionIndexes = new WeakMap<AnyCommand, Map<string, [string, OptionSpec]>>();

/** Every name and alias of a command's options, squashed, built once per command (the first declared wins). */
function optionIndex(command: AnyCommand): Map<string, [string, OptionSpec]> {
  let index = optionIndexes.get(command);
  if (!index) {
    index = new Map();
    for (const entry of Object.entries(command.options as Record<string, OptionSpec>)) {
      for (const name of [entry[0], ...entry[1].aliases]) {
        if (!index.has(squash(name))) index.set(squash(name), entry);
      }
    }
    optionIndexes.set(command, index);
  }
  return index;
}

/**
 * Splits on whitespace, then glues unit and multiplier words to the number before them (`175
 * billion`, `21 days`) and arithmetic spaced on both sides (`2048 * 21 days`). An operator spaced
 * on one side only (`7B +300B`) joins nothing: two quantities the user set apart stay two.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const previous = tokens.at(-1);
    const joinable = previous !== undefined && /[\d)]$/.test(previous) && isQuantityWord(word);
    const loneOperator = /^[*/+^-]$/.test(word);
    const continuesExpression =
      previous !== undefined &&
      !word.includes("=") &&
      ((loneOperator && /[\d)a-z%]$/i.test(previous)) ||
        /(^|\s)[*/+^-]$/.test(previous) ||
        /^\)/.test(word) ||
        /\($/.test(previous));
    if (joinable || continuesExpression) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

export interface Registry {
  commands: readonly AnyCommand[];
  defaultCommand: AnyCommand;
  /** A word the default command takes in place of numbers (a model name), not a mistyped command. */
  acceptsWord?: (word: string) => boolean;
  /** Model presets: any command takes a model name in place of the numbers it implies. */
  presets?: PresetSource;
}

export function findCommand(registry: Registry, name: string): AnyCommand | undefined {
  const wanted = name.toLowerCase();
  return registry.commands.find((c) => c.name === wanted || c.aliases.includes(wanted));
}

/** Only primary command names are offered for a mistyped one: an alias (`hfu`) is never a suggestion. */
const commandNames = (registry: Registry) => registry.commands.map((c) => c.name);

/** A mistyped command is close: one edit for short words, two for longer ones. */
function closeCommands(registry: Registry, word: string): string[] {
  const limit = word.length <= 3 ? 1 : 2;
  return nearest(word, commandNames(registry)).filter((name) => distance(word.toLowerCase(), name) <= limit);
}

/** The text grammar: `[/flops] [command] positional... key=value... [private] [explain] [lang=zh-TW]`. */
export function parseLine(registry: Registry, line: string): ParsedLine {
  if (line.length > MAX_LINE_LENGTH) throw new UserError("args.tooLong", { max: MAX_LINE_LENGTH });
  const text = normalizeText(line);
  const flags: GlobalFlags = { private: false, explain: false };
  const words = tokenize(text).filter((word) => {
    const lower = word.toLowerCase();
    if (PRIVATE_WORDS.has(lower)) flags.private = true;
    else if (EXPLAIN_WORDS.has(lower)) flags.explain = true;
    else if (CHART_WORDS.has(lower)) flags.chart = true;
    else if (/^(--)?lang=/.test(lower)) flags.lang = word.slice(word.indexOf("=") + 1);
    else return true;
    return false;
  });

  // A question's opening words (`how long to train …`) are skipped; a command word after them counts
  // only when it is not itself an everyday word (`how many gpus …` is not the GPU catalog).
  let start = 0;
  while (
    start < words.length - 1 &&
    isFiller(words[start] as string) &&
    !findCommand(registry, words[start] as string)
  )
    start++;
  const first = words[start];
  let command = first === undefined ? findCommand(registry, "help") : findCommand(registry, first);
  if (command && start > 0 && isFiller(first as string)) command = undefined;
  const explicit = command !== undefined;
  const rest = command ? words.filter((_, i) => i !== start) : words;
  command ??= registry.defaultCommand;

  let reading = read(registry, command, rest);
  if (!explicit && reading.unplaced.length > 0) {
    for (const other of registry.commands) {
      if (other === command || !readsShapes(other)) continue;
      try {
        const alternative = read(registry, other, rest);
        if (alternative.unplaced.length === 0) {
          command = other;
          reading = alternative;
          break;
        }
      } catch {
        // this command cannot read the line either
      }
    }
  }
  if (takesNumbers(command))
    blameUnknownWords(registry, command, reading.words, explicit ? undefined : first);
  const { raw, preset } = argumentsWithPreset(registry.presets, command, reading.words);
  const parsed: ParsedLine = {
    command,
    raw,
    flags,
    reading: { notes: reading.notes, unplaced: reading.unplaced },
  };
  return preset ? { ...parsed, preset } : parsed;
}

/** Its positional options are all numbers (compute, mfu, chinchilla, cards), so a stray name is a mistake. */
const takesNumbers = (command: AnyCommand) => {
  const slots = Object.values(command.options as Record<string, OptionSpec>).filter(
    (spec) => spec.positional,
  );
  return slots.length > 0 && slots.every((spec) => spec.kind === "count" || spec.kind === "integer");
};

const isFiller = (word: string) => FILLER.has(word.toLowerCase().replace(/[?,!]+$/, ""));

function read(registry: Registry, command: AnyCommand, words: readonly string[]): Reading {
  const models = registry.acceptsWord;
  return readWords(command, words, models ? { isModel: models } : {});
}

/**
 * A word still standing where a number is expected, that names nothing: blame that word. A close
 * command name (for the first word) or a close run name (same numbers: `mistral-7b` is never
 * `mixtral-8x7b`) is offered; otherwise the command's example.
 */
function blameUnknownWords(
  registry: Registry,
  command: AnyCommand,
  words: readonly string[],
  first?: string,
) {
  for (const word of words) {
    if (word.indexOf("=") > 0 || !/^[a-z][a-z0-9.-]*$/i.test(word)) continue;
    if (registry.acceptsWord?.(word) || findOption(command, word)?.[1].kind === "flag") continue;
    if (word === first && /^[a-z][a-z-]*$/i.test(word)) {
      const commands = closeCommands(registry, word);
      if (commands.length > 0) {
        throw new UserError("args.unknownCommand", { command: word, suggestions: commands.join(", ") });
      }
    }
    const models = registry.presets?.suggest(word) ?? [];
    if (models.length > 0)
      throw new UserError("model.unknown", { query: word, suggestions: models.join(", ") });
    throw new UserError("read.unknownWord", {
      word,
      command: command.name,
      example: command.examples[0] ?? "",
    });
  }
}

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
    const typed = parseArguments(
      command,
      words.filter((_, i) => i !== index),
      1,
    );
    return applyPreset(presets, command, preset, typed);
  }
  if (!preset) suggestIfMistypedModel(presets, command, word);
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
  const first = Object.entries(command.options as Record<string, OptionSpec>).find(([, s]) => s.positional);
  const key = options.model !== undefined && !findOption(command, "model") ? "model" : first?.[0];
  const word = key === undefined ? undefined : options[key];
  if (key === undefined || word === undefined) return { raw: options };
  const preset = presets.find(word);
  const typed = Object.fromEntries(Object.entries(options).filter(([name]) => name !== key));
  if (preset && (key === "model" || fillsSomething(presets, command, preset))) {
    return applyPreset(presets, command, preset, typed);
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

/** A word that would fill a positional slot: not `key=value`, not a flag of the command. */
function isPositionalWord(command: AnyCommand, word: string): boolean {
  if (word.indexOf("=") > 0) return false;
  return findOption(command, word)?.[1].kind !== "flag";
}

/** Whether the preset has a value for at least one option of the command (help, gpus, model: none). */
function fillsSomething(presets: PresetSource, command: AnyCommand, preset: Preset): boolean {
  return Object.keys(fillFromPreset(command, preset.values, {}, presets.alternatives)).length > 0;
}

function applyPreset(
  presets: PresetSource,
  command: AnyCommand,
  preset: Preset,
  typed: Record<string, string>,
): { raw: Record<string, string>; preset: AppliedPreset } {
  const filled = fillFromPreset(command, preset.values, typed, presets.alternatives);
  const raw = { ...filled, ...typed };
  for (const [name, spec] of Object.entries(command.options as Record<string, OptionSpec>)) {
    if (spec.required && raw[name] === undefined) {
      throw new UserError("model.notApplicable", { model: preset.name, command: command.name, option: name });
    }
  }
  return { raw, preset: { name: preset.name, filled, sources: preset.sources } };
}

/** Option name → preset text for every option the user did not type, first matching key wins. */
export function fillFromPreset(
  command: AnyCommand,
  values: Preset["values"],
  typed: Record<string, string>,
  alternatives: PresetSource["alternatives"],
): Record<string, string> {
  const typedOption = (key: string) => {
    const found = findOption(command, key);
    return found !== undefined && typed[found[0]] !== undefined;
  };
  const dropped = new Set(alternatives.filter((group) => group.some(typedOption)).flat());
  const decided = new Set<string>();
  const filled: Record<string, string> = {};
  for (const [key, value] of values) {
    const found = dropped.has(key) ? undefined : findOption(command, key);
    if (!found || decided.has(found[0])) continue;
    decided.add(found[0]);
    if (value !== null && typed[found[0]] === undefined) filled[found[0]] = value;
  }
  return filled;
}

/** A name (not a number) where the command expects a number, close to a model name: say which. */
function suggestIfMistypedModel(presets: PresetSource, command: AnyCommand, word: string): void {
  const slot = Object.values(command.options as Record<string, OptionSpec>).find((spec) => spec.positional);
  if (!slot || slot.kind === "text" || !/^[a-z]/i.test(word)) return;
  const suggestions = presets.suggest(word);
  if (suggestions.length > 0) {
    throw new UserError("model.unknown", { query: word, suggestions: suggestions.join(", ") });
  }
}

/**
 * Positional words fill positional options in declaration order, from slot `firstSlot` (1 when a
 * model name took the first); `key=value` sets any option.
 */
export function parseArguments(
  command: AnyCommand,
  words: readonly string[],
  firstSlot = 0,
): Record<string, string> {
  const raw: Record<string, string> = {};
  const entries = Object.entries(command.options as Record<string, OptionSpec>);
  const positional = entries.filter(([, spec]) => spec.positional);
  let next = firstSlot;
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals > 0) {
      const key = word.slice(0, equals);
      const value = word.slice(equals + 1).trim();
      const found = findOption(command, key);
      const rest = positional[next]?.[1].rest ? positional[next] : undefined;
      if (!found && rest) {
        raw[rest[0]] = raw[rest[0]] ? `${raw[rest[0]]} ${word}` : word;
        continue;
      }
      if (!found) {
        throw new UserError("args.unknownKey", {
          key,
          command: command.name,
          suggestions: nearest(
            normalizeKey(key),
            entries.flatMap(([name, spec]) => [name, ...spec.aliases]),
          ).join(", "),
        });
      }
      if (value === "")
        throw new UserError("args.emptyValue", { key: found[0], example: `${found[0]}=${found[1].example}` });
      raw[found[0]] = value;
      continue;
    }
    const flag = findOption(command, word);
    if (flag && flag[1].kind === "flag" && !positional[next]?.[1].rest) {
      raw[flag[0]] = "true";
      continue;
    }
    const slot = positional[next];
    if (!slot) throw new UserError("args.extra", { value: word, command: command.name });
    if (slot[1].rest) {
      raw[slot[0]] = raw[slot[0]] ? `${raw[slot[0]]} ${word}` : word;
      continue;
    }
    raw[slot[0]] = word;
    next++;
  }
  return raw;
}
