/**
 * A token bucket per user: each holds at most `perMinute` tokens, refills continuously at
 * `perMinute` tokens a minute, and every command takes one. A burst of `perMinute` commands is
 * allowed at once, then one every 60/perMinute seconds.
 *
 * Memory stays bounded: a bucket left alone for a minute is full again, which is exactly what a
 * user without a bucket gets, so it is dropped; and above `maxUsers` buckets the least recently
 * used are dropped first (those users start again with a full bucket).
 */
export interface RateLimiterOptions {
  /** Commands per user per minute: the bucket's capacity and its refill per minute. */
  perMinute: number;
  /** Milliseconds on a clock that never goes back (default `performance.now`). */
  now?: () => number;
  /** At most this many buckets are kept (default 100,000). */
  maxUsers?: number;
}

interface Bucket {
  readonly key: string;
  tokens: number;
  /** When `tokens` was last brought up to date. */
  at: number;
  /** The next less and more recently used buckets (the order of use is a list through them). */
  older: Bucket | undefined;
  newer: Bucket | undefined;
}

const MINUTE_MS = 60_000;
export const DEFAULT_MAX_USERS = 100_000;

export class RateLimiter {
  readonly perMinute: number;
  private readonly now: () => number;
  private readonly maxUsers: number;
  private readonly buckets = new Map<string, Bucket>();
  /**
   * The buckets from the least to the most recently used, linked through the buckets themselves: a
   * bucket used again moves to the end by four links, where moving its key to the end of the Map
   * (a delete, then a set) cost a third of a take, and left holes the Map rehashed away.
   */
  private oldest: Bucket | undefined;
  private newest: Bucket | undefined;
  private readonly perMs: number;

  constructor({
    perMinute,
    now = () => performance.now(),
    maxUsers = DEFAULT_MAX_USERS,
  }: RateLimiterOptions) {
    if (!(Number.isFinite(perMinute) && perMinute >= 1)) throw new RangeError("perMinute must be at least 1");
    this.perMinute = perMinute;
    this.now = now;
    this.maxUsers = Math.max(1, Math.floor(maxUsers));
    this.perMs = perMinute / MINUTE_MS;
  }

  /**
   * Takes one token for `key`. Returns 0 when the command may run, otherwise the milliseconds
   * until the next token (nothing is taken then).
   */
  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    let tokens = this.perMinute;
    if (bucket) tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    // The user's bucket brought up to date in place (no new object a command), made the newest.
    if (bucket) {
      bucket.tokens = tokens;
      bucket.at = now;
      if (bucket !== this.newest) {
        this.unlink(bucket);
        this.append(bucket);
      }
    } else {
      bucket = { key, tokens, at: now, older: undefined, newer: undefined };
      this.buckets.set(key, bucket);
      this.append(bucket);
    }
    this.evict(now);
    // Rounded down by a nanosecond first, so float error does not add a whole millisecond.
    return allowed ? 0 : Math.ceil((1 - tokens) / this.perMs - 1e-6);
  }

  /** Buckets held now (users seen in the last minute, at most `maxUsers`). */
  get size(): number {
    return this.buckets.size;
  }

  /** The least recently used first: idle for a minute (full again), or over `maxUsers`. */
  private evict(now: number): void {
    for (let bucket = this.oldest; bucket !== undefined; bucket = this.oldest) {
      if (now - bucket.at < MINUTE_MS && this.buckets.size <= this.maxUsers) return;
      this.buckets.delete(bucket.key);
      this.unlink(bucket);
    }
  }

  private unlink(bucket: Bucket): void {
    if (bucket.older) bucket.older.newer = bucket.newer;
    else this.oldest = bucket.newer;
    if (bucket.newer) bucket.newer.older = bucket.older;
    else this.newest = bucket.older;
    bucket.older = undefined;
    bucket.newer = undefined;
  }

  private append(bucket: Bucket): void {
    bucket.older = this.newest;
    if (this.newest) this.newest.newer = bucket;
    else this.oldest = bucket;
    this.newest = bucket;
  }
}

/** The bucket key of one asker: platform, team (Slack workspace, Discord server) and user, case-folded. */
export const rateLimitKey = (platform: string, teamId: string | undefined, userId: string): string =>
  `${platform}:${(teamId ?? "-").toLowerCase()}:${userId.toLowerCase()}`;

/** What a limiter shared between replicas needs from its store: take a point or say how long to wait. */
export interface SharedLimiterStore {
  /** Resolves when allowed; rejects with `{ msBeforeNext }` when limited, or with an Error when the store failed. */
  consume(key: string): Promise<unknown>;
}

/**
 * The rate limit kept in Redis (every replica counts against one limit) when REDIS_URL is set:
 * `perMinute` commands per key per 60-second window (rate-limiter-flexible's RateLimiterRedis,
 * one atomic Redis transaction a command). When Redis fails, the in-memory token bucket of this
 * process answers instead, and `onStoreError` is told (it logs once).
 */
export class SharedRateLimiter {
  readonly perMinute: number;

  constructor(
    private readonly store: SharedLimiterStore,
    private readonly local: RateLimiter,
    private readonly onStoreError: (error: unknown) => void = () => undefined,
  ) {
    this.perMinute = local.perMinute;
  }

  /** 0 when the command may run, otherwise the milliseconds until it may. */
  async take(key: string): Promise<number> {
    try {
      await this.store.consume(key);
      return 0;
    } catch (error) {
      const limited = (error as { msBeforeNext?: unknown })?.msBeforeNext;
      if (!(error instanceof Error) && typeof limited === "number") return Math.max(1, limited);
      this.onStoreError(error);
      return this.local.take(key);
    }
  }
}
