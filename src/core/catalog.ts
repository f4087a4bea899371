import { distance } from "fastest-levenshtein";
import { nearest } from "./suggest.ts";

/**
 * A catalog of named entries (GPUs, published runs): every name an entry answers to is
 * normalized once at load into one index, so an exact lookup is one map read; typo suggestions
 * and prefix search reuse the same keys. Two entries claiming one normalized name is a mistake in
 * the data, refused at load.
 */
export interface CatalogSpec<T> {
  /** What the catalog holds, for the load-time conflict error ("GPU catalog"). */
  label: string;
  /** The entries, in display order (search ties keep it). */
  items: readonly T[];
  id: (item: T) => string;
  /** Every name an entry answers to, as written (id, name, aliases). */
  names: (item: T) => readonly string[];
  /** Case- and punctuation-free form of a name; the index holds only normalized keys. */
  normalize: (name: string) => string;
  /** The names a typo is compared with (default: every name). */
  suggestNames?: (item: T) => readonly string[];
  /** Keeps a normalized name as a candidate for the normalized input `wanted` (default: all). */
  suggestable?: (wanted: string, key: string) => boolean;
  /** Inputs normalized longer than this get no suggestion (a paste is no typo of a name). */
  maxSuggested?: number;
}

export interface Catalog<T> {
  readonly items: readonly T[];
  /** The entry a name (any case or punctuation) belongs to, or undefined. */
  find(query: string): T | undefined;
  /** Up to `limit` entries a mistyped name probably meant, nearest first, each once. */
  suggest(query: string, limit?: number): T[];
  /** Entries one of whose names is, starts with or contains the query; catalog order within each group. */
  search(query: string): T[];
  /** What was typed so far, ranked for autocomplete: also near-misses (letters in order, a typo). */
  complete(query: string): T[];
}

/** How well `query` matches `key`: 0 exact, 1 prefix, 2 substring, 3 subsequence, 4 near-typo; lower is better. */
interface NameMatch {
  rank: number;
  /** Within a rank: the substring's position, the subsequence's span or the edit distance. */
  score: number;
}

/** The span of the shortest window of `key` holding the letters of `query` in order, or undefined. */
function subsequenceSpan(query: string, key: string): number | undefined {
  let best: number | undefined;
  for (
    let start = key.indexOf(query[0] ?? "");
    start !== -1;
    start = key.indexOf(query[0] ?? "", start + 1)
  ) {
    let at = start;
    for (const char of query.slice(1)) {
      at = key.indexOf(char, at + 1);
      if (at === -1) break;
    }
    if (at === -1) break;
    const span = at - start + 1;
    if (best === undefined || span < best) best = span;
  }
  return best;
}

function matchName(query: string, key: string, fuzzy: boolean): NameMatch | undefined {
  if (key === query) return { rank: 0, score: 0 };
  if (key.startsWith(query)) return { rank: 1, score: 0 };
  const at = key.indexOf(query);
  if (at !== -1) return { rank: 2, score: at };
  if (!fuzzy) return undefined;
  const span = subsequenceSpan(query, key);
  if (span !== undefined) return { rank: 3, score: span };
  // A typo in what was typed so far: compare with the key's start of the same length.
  if (query.length >= 3) {
    const typos = distance(query, key.slice(0, query.length));
    if (typos <= Math.floor(query.length / 3)) return { rank: 4, score: typos };
  }
  return undefined;
}

/**
 * Items ranked by their best-matching key for `query` (already normalized like the keys).
 * Strict: exact, then prefix, then substring matches, the given order within each. Fuzzy (for
 * autocomplete): also subsequences and typos, and within a rank the lower score first (an earlier
 * substring, a tighter subsequence, fewer typos); ties keep the given order. An empty query
 * returns every item.
 */
export function rankByKeys<T>(
  query: string,
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  fuzzy: boolean,
): T[] {
  if (query === "") return [...items];
  if (!fuzzy) return rankStrict(query, items, keysOf);
  const scored: { item: T; rank: number; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    let best: NameMatch | undefined;
    for (const key of keysOf(item)) {
      const match = matchName(query, key, fuzzy);
      if (match && (!best || (match.rank - best.rank || match.score - best.score) < 0)) best = match;
    }
    if (best) scored.push({ item, rank: best.rank, score: best.score, order });
  });
  scored.sort((a, b) => a.rank - b.rank || a.score - b.score || a.order - b.order);
  return scored.map((s) => s.item);
}

/**
 * The strict ranking without a match object per key: the three ranks (exact, prefix, substring)
 * are three lists in catalog order, joined; the same order as sorting by rank, then order.
 */
function rankStrict<T>(query: string, items: Iterable<T>, keysOf: (item: T) => readonly string[]): T[] {
  const ranked: [T[], T[], T[]] = [[], [], []];
  for (const item of items) {
    let best = 3;
    for (const key of keysOf(item)) {
      const rank = key === query ? 0 : key.startsWith(query) ? 1 : key.includes(query) ? 2 : 3;
      if (rank < best) best = rank;
      if (best === 0) break;
    }
    if (best < 3) ranked[best]?.push(item);
  }
  return ranked[0].concat(ranked[1], ranked[2]);
}

/** Parts the keys in `keyTextOf`'s text; a query holding it is ranked over every item instead. */
const KEY_SEPARATOR = "\u0000";

/**
 * Every item's keys in one text, in catalog order, with the item each character belongs to: the
 * items one of whose keys contains a query are found with a few searches of the text rather than
 * one per key (a search matches a handful of the catalog's entries).
 */
function keyTextOf<T>(items: readonly T[], keysOf: (item: T) => readonly string[]) {
  const parts = items.map((item) => keysOf(item).join(KEY_SEPARATOR) + KEY_SEPARATOR);
  const text = parts.join("");
  const owner = new Uint32Array(text.length);
  let at = 0;
  parts.forEach((part, index) => {
    owner.fill(index, at, at + part.length);
    at += part.length;
  });
  return {
    /** The items with a key containing `query` (no separator in it), in catalog order. */
    holding(query: string): T[] {
      const found: T[] = [];
      let last = -1;
      for (let hit = text.indexOf(query); hit !== -1; hit = text.indexOf(query, hit + 1)) {
        const index = owner[hit] as number;
        if (index !== last) found.push(items[index] as T);
        last = index;
      }
      return found;
    },
  };
}

/** Builds the index once; throws when two entries claim the same normalized name. */
export function createCatalog<T>(spec: CatalogSpec<T>): Catalog<T> {
  const { items, normalize } = spec;
  const index = new Map<string, T>();
  const keys = new Map<T, readonly string[]>();
  for (const item of items) {
    const own = [...new Set(spec.names(item).map(normalize))];
    for (const key of own) {
      const other = index.get(key);
      if (other !== undefined && other !== item) {
        throw new Error(`${spec.label}: "${key}" names both ${spec.id(other)} and ${spec.id(item)}`);
      }
      index.set(key, item);
    }
    keys.set(item, own);
  }
  const keysOf = (item: T): readonly string[] => keys.get(item) ?? [];
  // Made at the first search, not at load: the start-up reads the catalogs only to index them.
  let keyText: ReturnType<typeof keyTextOf<T>> | undefined;
  const suggestKeys = spec.suggestNames
    ? [...new Set(items.flatMap((item) => (spec.suggestNames?.(item) ?? []).map(normalize)))]
    : [...index.keys()];

  return {
    items,
    find: (query) => index.get(normalize(query)),
    suggest(query, limit = 3) {
      const wanted = normalize(query);
      const found: T[] = [];
      if (spec.maxSuggested !== undefined && wanted.length > spec.maxSuggested) return found;
      const { suggestable } = spec;
      const candidates = suggestable ? suggestKeys.filter((key) => suggestable(wanted, key)) : suggestKeys;
      for (const key of nearest(wanted, candidates, candidates.length)) {
        const item = index.get(key);
        if (item !== undefined && !found.includes(item)) found.push(item);
        if (found.length === limit) break;
      }
      return found;
    },
    search(query) {
      const wanted = normalize(query);
      if (wanted === "") return [...items];
      if (wanted.includes(KEY_SEPARATOR)) return rankStrict(wanted, items, keysOf);
      keyText ??= keyTextOf(items, keysOf);
      return rankStrict(wanted, keyText.holding(wanted), keysOf);
    },
    complete: (query) => rankByKeys(normalize(query), items, keysOf, true),
  };
}
