import { UserError } from "../core/errors.ts";

/**
 * Hugging Face Hub reads for `hf:<org>/<name>`: config.json and, when the repository has one,
 * model.safetensors.index.json (its metadata.total_size is the weights' size in bytes, a
 * cross-check of the count). HTTPS only, a timeout, a size cap, an in-memory cache with expiry,
 * and a specific error for offline, private/gated (401/403) and unknown (404) repositories.
 * The command layer stays synchronous: an async pre-step (src/app/hub.ts) fills this cache
 * before dispatch, and the params command reads it with `cachedHubModel`.
 */

export const HUB_ORIGIN = "https://huggingface.co";
export const HUB_TIMEOUT_MS = 5_000;
/** A config.json is a few KB; an index lists every tensor (DeepSeek-V3's is about 9 MB). */
export const CONFIG_MAX_BYTES = 64 * 1024;
export const INDEX_MAX_BYTES = 16 * 1024 * 1024;
export const HUB_CACHE_TTL_MS = 10 * 60 * 1000;
/** A failed look-up is remembered briefly, so a retry soon after asks the Hub again. */
export const HUB_ERROR_TTL_MS = 30 * 1000;
export const HUB_CACHE_MAX_ENTRIES = 200;

/** `org/name` as the Hub spells repository ids (letters, digits, - _ .; at most 96 each). */
export const HUB_REPO = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;

export interface HubModel {
  repo: string;
  /** The parsed config.json. */
  config: unknown;
  /** metadata.total_size of model.safetensors.index.json, in bytes, when the repository has one. */
  totalSizeBytes?: number;
  url: string;
}

export type HubResult = { ok: true; model: HubModel } | { ok: false; error: UserError };

export interface HubOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

interface Entry {
  result: HubResult;
  expires: number;
}

const cache = new Map<string, Entry>();

/** Clears the cache (tests; a long-running process never needs to). */
export function clearHubCache(): void {
  cache.clear();
}

/** The cached result for `repo`, if still fresh: what the synchronous command layer reads. */
export function cachedHubModel(repo: string, now: number = Date.now()): HubResult | undefined {
  // A malformed name (`hf:foo`, `hf:a/b/c`, `hf:a/b?x=1`) is never fetched: it is named as such.
  if (!HUB_REPO.test(repo)) return { ok: false, error: new UserError("hf.badName", { repo }) };
  const entry = cache.get(repo.toLowerCase());
  if (!entry) return undefined;
  if (entry.expires <= now) {
    cache.delete(repo.toLowerCase());
    return undefined;
  }
  return entry.result;
}

function remember(repo: string, result: HubResult, now: number): HubResult {
  if (cache.size >= HUB_CACHE_MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(repo.toLowerCase(), {
    result,
    expires: now + (result.ok ? HUB_CACHE_TTL_MS : HUB_ERROR_TTL_MS),
  });
  return result;
}

/** Fetches (or reads from the cache) config.json and the safetensors index of `repo`. Never throws. */
export async function loadHubModel(repo: string, options: HubOptions = {}): Promise<HubResult> {
  const now = options.now ?? Date.now;
  if (!HUB_REPO.test(repo)) return { ok: false, error: new UserError("hf.badName", { repo }) };
  const cached = cachedHubModel(repo, now());
  if (cached) return cached;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? HUB_TIMEOUT_MS;
  const base = `${HUB_ORIGIN}/${repo}/resolve/main`;
  try {
    const configText = await getText(doFetch, `${base}/config.json`, CONFIG_MAX_BYTES, timeoutMs, repo);
    if (configText === undefined) {
      return remember(repo, { ok: false, error: new UserError("hf.unknown", { repo }) }, now());
    }
    let config: unknown;
    try {
      config = JSON.parse(configText);
    } catch {
      return remember(repo, { ok: false, error: new UserError("hf.configNotJson", { detail: repo }) }, now());
    }
    const model: HubModel = { repo, config, url: `${HUB_ORIGIN}/${repo}` };
    const totalSize = await indexTotalSize(doFetch, `${base}/model.safetensors.index.json`, timeoutMs, repo);
    if (totalSize !== undefined) model.totalSizeBytes = totalSize;
    return remember(repo, { ok: true, model }, now());
  } catch (error) {
    const userError = error instanceof UserError ? error : new UserError("hf.offline", { repo });
    return remember(repo, { ok: false, error: userError }, now());
  }
}

/** The index's metadata.total_size, or undefined (no index: a single-file checkpoint; or unreadable). */
async function indexTotalSize(
  doFetch: typeof fetch,
  url: string,
  timeoutMs: number,
  repo: string,
): Promise<number | undefined> {
  try {
    const text = await getText(doFetch, url, INDEX_MAX_BYTES, timeoutMs, repo);
    if (text === undefined) return undefined;
    const total = (JSON.parse(text) as { metadata?: { total_size?: unknown } }).metadata?.total_size;
    return typeof total === "number" && Number.isFinite(total) && total > 0 ? total : undefined;
  } catch {
    // The cross-check is optional: a missing, oversized or slow index leaves it out.
    return undefined;
  }
}

/** GET over HTTPS with a timeout and a byte cap; undefined on 404; UserError on the other failures. */
async function getText(
  doFetch: typeof fetch,
  url: string,
  maxBytes: number,
  timeoutMs: number,
  repo: string,
): Promise<string | undefined> {
  if (!url.startsWith("https://")) throw new UserError("hf.offline", { repo });
  let response: Response;
  try {
    response = await doFetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "follow",
      headers: { accept: "application/json" },
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      throw new UserError("hf.timeout", { repo, seconds: timeoutMs / 1000 });
    }
    throw new UserError("hf.offline", { repo });
  }
  if (response.status === 404) return undefined;
  if (response.status === 401 || response.status === 403) throw new UserError("hf.private", { repo });
  if (!response.ok) throw new UserError("hf.status", { repo, status: response.status });
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw new UserError("hf.tooLarge", { repo, max: maxBytes });
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new UserError("hf.tooLarge", { repo, max: maxBytes });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
