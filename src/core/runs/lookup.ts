import { distance } from "fastest-levenshtein";
import { type Catalog, createCatalog } from "../catalog.ts";
import { isDigitCode, isLetterCode } from "../chars.ts";
import { UserError } from "../errors.ts";
import { nameKey } from "../nameKey.ts";
import { sameNumbers } from "../suggest.ts";
import { MODELS } from "./entries.ts";
import type { Model } from "./schema.ts";

/** Case- and punctuation-free form of a name: "Llama 3.1 405B" → "llama31405b". */
export const normalizeModelName = (name: string): string => nameKey(name);

/** Far longer than any run's name (a paste, an attack): no typo of one, and not worth comparing. */
const MAX_SUGGESTED_NAME = 64;

/**
 * Close means a typo: the same numbers, and at most one edit in four characters (or a prefix).
 * The length difference bounds the edit distance from below: no quadratic distance for a paste.
 * The numbers are compared last, for the few names near enough (every name is asked).
 */
function typoOf(wanted: string, key: string): boolean {
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  return (
    (key.startsWith(wanted) ||
      (Math.abs(wanted.length - key.length) <= allowed && distance(wanted, key) <= allowed)) &&
    sameNumbers(wanted, key)
  );
}

/** Every run by its normalized id, name and aliases; a typo is compared with ids and aliases. */
export const MODEL_CATALOG: Catalog<Model> = createCatalog({
  label: "model catalog",
  items: MODELS,
  id: (model) => model.id,
  names: modelNames,
  normalize: normalizeModelName,
  suggestNames: (model) => [model.id, ...model.aliases],
  suggestable: typoOf,
  maxSuggested: MAX_SUGGESTED_NAME,
});

/** The names the catalog answers to: id, full name and aliases. */
function modelNames(model: Model): string[] {
  return [model.id, model.name, ...model.aliases];
}

let nameStarts: ReadonlySet<string> | undefined;
/** By character code (ASCII): whether some run's normalized name begins with that character. */
let firstCharacters: readonly boolean[] | undefined;

/**
 * Whether a run's name (the word alone or run together with the words after it) can begin with
 * `word`: false means no lookup starting here can find one. True for a word that normalizes to
 * nothing or is not plain ASCII. Most words asked about are numbers (`70B`, `512`): a word whose
 * first character is a letter or digit no name begins with is answered from that character, with
 * no normalized copy of the word made.
 */
export function mayStartModelName(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  if (nameStarts === undefined || firstCharacters === undefined) {
    const keys = MODELS.flatMap(modelNames).map(normalizeModelName);
    nameStarts = new Set(keys.flatMap((key) => [...key].map((_, i) => key.slice(0, i + 1))));
    const firsts = Array.from({ length: 128 }, () => false);
    for (const key of keys) if (key.length > 0) firsts[key.charCodeAt(0)] = true;
    firstCharacters = firsts;
  }
  const first = word.charCodeAt(0);
  // A letter or digit first is the normalized name's first character too (lower-cased).
  if (isDigitCode(first) || isLetterCode(first)) {
    if (firstCharacters[first | 0x20] !== true) return false;
  }
  const piece = normalizeModelName(word);
  return piece === "" || nameStarts.has(piece);
}

/** The entry `query` names (id, name or alias, any case or punctuation), or undefined. */
export function lookupModel(query: string): Model | undefined {
  return MODEL_CATALOG.find(query);
}

/** Up to three model ids a mistyped name probably meant. */
export function suggestModels(query: string): string[] {
  const sized = SIZED_QUERY.exec(query);
  if (sized) {
    // `llama 70b`: the runs of that family and size (llama-2-70b, llama-3-70b) before any typo match.
    const family = normalizeModelName(sized[1] as string);
    const size = `-${(sized[2] as string).toLowerCase()}`;
    // The whole size ends the id (`-7b`, never the end of `-27b`).
    const hits = MODELS.filter(
      (model) => normalizeModelName(model.id).startsWith(family) && model.id.toLowerCase().endsWith(size),
    );
    if (hits.length > 0) return hits.slice(0, 3).map((model) => model.id);
  }
  // `llama 3`, `gemma 2`, `qwen 2.5`: a family and its version name every size of that release, the
  // largest first (the release's flagship: Llama 3's published MFU is its 405B's).
  const release = RELEASE_QUERY.exec(query);
  if (release) {
    const family = (release[1] as string).toLowerCase();
    const prefixes = [`${family}-${release[2]}-`, `${family}${release[2]}-`];
    const hits = MODELS.filter((model) => prefixes.some((prefix) => model.id.startsWith(prefix)));
    if (hits.length > 0)
      return [...hits]
        .sort((a, b) => b.published.params.value - a.published.params.value)
        .slice(0, 3)
        .map((model) => model.id);
  }
  // `llama-3-70b-instruct`, `Mixtral-8x7B-v0.1`, `llama-2-7b-chat`: a checkpoint of a run the catalog
  // holds (its pre-training is the base run's), named by the run.
  const base = query.replace(CHECKPOINT_SUFFIXES, "");
  const checkpointOf = base !== query ? lookupModel(base) : undefined;
  if (checkpointOf) return [checkpointOf.id];
  return MODEL_CATALOG.suggest(query).map((model) => model.id);
}

/** A checkpoint's suffixes after the run's name: tuned variants and release versions. */
const CHECKPOINT_SUFFIXES = /(?:[-_ ](?:instruct|chat|base|hf|it|sft|dpo|rlhf|v\d+(?:\.\d+)*))+$/i;

/** A family name then a size (`llama-70b`, `llama 70b`): the size is the run's parameter count. */
const SIZED_QUERY = /^([a-z][a-z.]*)[- ](\d+(?:\.\d+)?[bm])$/i;

/** A family then a release's version (`llama 3`, `qwen-2.5`): no size, so every size of it. */
const RELEASE_QUERY = /^([a-z][a-z.]*?)[- ]?(\d(?:\.\d)?)$/i;

/** The entry `query` names; UserError model.unknown (with suggestions) otherwise. */
export function findModel(query: string): Model {
  const hit = lookupModel(query);
  if (hit) return hit;
  const suggestions = suggestModels(query);
  throw suggestions.length > 0
    ? new UserError("model.unknown", { query, suggestions: suggestions.join(", ") })
    : new UserError("model.unknownNoSuggestion", { query });
}

/**
 * A published model of about `params` parameters whose KV-cache shape (layers, KV heads, head
 * dimension) the catalog holds, to name in an example: a dense decoder named by that size (`7B` →
 * a `-7b` run), one that takes `context` tokens when there is one; else the dense decoder nearest in
 * size.
 */
export function modelOfSize(params: number, context?: number): Model | undefined {
  const dense = MODELS.filter((model) => model.architecture.kind === "decoder" && !model.architecture.moe);
  const billions = params / 1e9;
  const named = dense.filter((model) =>
    model.id
      .split("-")
      .some((part) => /^\d+(?:\.\d+)?b$/.test(part) && Number(part.slice(0, -1)) === billions),
  );
  const takes = (model: Model) => context === undefined || (model.maxContext ?? model.context) >= context;
  const published = (model: Model) => model.published.params.value;
  const nearestInSize = [...dense].sort(
    (a, b) => Math.abs(Math.log(published(a) / params)) - Math.abs(Math.log(published(b) / params)),
  );
  return named.find(takes) ?? named[0] ?? nearestInSize.find(takes) ?? nearestInSize[0];
}
