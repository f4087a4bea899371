import { randomUUID } from "node:crypto";
import { decodeQuestion, encodeQuestion, type Question } from "./question.ts";

/**
 * Where a conversation's last question lives when the message cannot carry it: a thread's last
 * question (Slack), or a question too long for a button. Entries expire; a lost one (restart,
 * expiry, eviction) reads as undefined and the user is asked for the whole question again.
 */
export interface ContextStore {
  get(key: string): Promise<Question | undefined>;
  set(key: string, question: Question): Promise<void>;
  /** Optional: several gets in one call, in order, as `get` one after another would read them. */
  getMany?(keys: readonly string[]): Promise<(Question | undefined)[]>;
  /** Optional: several sets in one call, in order, as `set` one after another would write them. */
  setMany?(entries: readonly (readonly [string, Question])[]): Promise<void>;
}

/** A day: long enough for a meeting and its follow-ups, short enough to forget. */
export const CONTEXT_TTL_MS = 24 * 60 * 60 * 1000;
export const CONTEXT_MAX_ENTRIES = 10_000;

export interface MemoryStoreOptions {
  ttlMs?: number;
  maxEntries?: number;
  /** Milliseconds on a clock that never goes back (tests inject one). */
  now?: () => number;
}

/** In this process's memory: bounded (least recently used first out) and expiring. */
export class MemoryContextStore implements ContextStore {
  private readonly entries = new Map<string, { question: Question; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlMs = CONTEXT_TTL_MS, maxEntries = CONTEXT_MAX_ENTRIES, now }: MemoryStoreOptions = {}) {
    this.ttlMs = ttlMs;
    this.maxEntries = Math.max(1, Math.floor(maxEntries));
    this.now = now ?? (() => performance.now());
  }

  async get(key: string): Promise<Question | undefined> {
    return this.read(key, this.now());
  }

  async set(key: string, question: Question): Promise<void> {
    this.write(key, question, this.now());
  }

  /**
   * One promise for a user's recent list (recent.ts) instead of one per slot; same order, same
   * state. The clock is read once for the batch: its calls are the same instant.
   */
  async getMany(keys: readonly string[]): Promise<(Question | undefined)[]> {
    const now = this.now();
    return keys.map((key) => this.read(key, now));
  }

  async setMany(entries: readonly (readonly [string, Question])[]): Promise<void> {
    const now = this.now();
    for (const [key, question] of entries) this.write(key, question, now);
  }

  private read(key: string, now: number): Question | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) return undefined;
    this.entries.set(key, entry);
    return entry.question;
  }

  private write(key: string, question: Question, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { question, expires: now + this.ttlMs });
    if (this.entries.size <= this.maxEntries) return;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The two commands of a Redis client the store needs (ioredis's signatures). */
export interface RedisLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: "PX", ms: number): Promise<unknown>;
}

/**
 * In Redis (REDIS_URL), shared by every replica: keys under `flopsbot:ctx:` with Redis's own
 * expiry. Redis unreachable reads as a lost context, never as a crash.
 */
export class RedisContextStore implements ContextStore {
  constructor(
    private readonly redis: RedisLike,
    private readonly ttlMs = CONTEXT_TTL_MS,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async get(key: string): Promise<Question | undefined> {
    try {
      const value = await this.redis.get(`flopsbot:ctx:${key}`);
      return value === null ? undefined : decodeQuestion(value);
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }

  async set(key: string, question: Question): Promise<void> {
    try {
      await this.redis.set(`flopsbot:ctx:${key}`, encodeQuestion(question), "PX", this.ttlMs);
    } catch (error) {
      this.onError(error);
    }
  }
}

/** A reference to a stored question: `#` and 16 hex digits, short enough for any custom_id. */
const REF = /^#[0-9a-f]{16}$/;

/**
 * The question carried in a component: inline when its encoded form fits `limit` characters
 * (with `prefix`), otherwise stored under a fresh reference. `inline` is the question already
 * encoded, for a caller that places it in more than one component.
 */
export async function contextValue(
  question: Question,
  limit: number,
  store: ContextStore,
  prefix = "",
  inline = encodeQuestion(question),
): Promise<string> {
  if (prefix.length + inline.length <= limit) return inline;
  const ref = `#${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await store.set(`ref:${ref}`, question);
  return ref;
}

/** The question a component carries, or undefined when it was stored and is gone (or forged). */
export async function questionOfValue(value: string, store: ContextStore): Promise<Question | undefined> {
  if (REF.test(value)) return store.get(`ref:${value}`);
  return decodeQuestion(value);
}
