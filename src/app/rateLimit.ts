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
  tokens: number;
  /** When `tokens` was last brought up to date. */
  at: number;
}

const MINUTE_MS = 60_000;
export const DEFAULT_MAX_USERS = 100_000;

export class RateLimiter {
  readonly perMinute: number;
  private readonly now: () => number;
  private readonly maxUsers: number;
  /** In least recently used order: a key is moved to the end whenever it is used. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  /**
   * At or before the first (least recently used) bucket's `at`: while it is within a minute of now
   * and no bucket is over `maxUsers`, there is nothing to evict and the buckets are not walked.
   */
  private oldestAt = Number.NEGATIVE_INFINITY;

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
    if (bucket) {
      tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
      this.buckets.delete(key);
    }
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    // The user's bucket brought up to date in place (no new object a command), moved to the end.
    if (bucket) {
      bucket.tokens = tokens;
      bucket.at = now;
    } else bucket = { tokens, at: now };
    this.buckets.set(key, bucket);
    this.evict(now);
    // Rounded down by a nanosecond first, so float error does not add a whole millisecond.
    return allowed ? 0 : Math.ceil((1 - tokens) / this.perMs - 1e-6);
  }

  /** Buckets held now (users seen in the last minute, at most `maxUsers`). */
  get size(): number {
    return this.buckets.size;
  }

  private evict(now: number): void {
    if (now - this.oldestAt < MINUTE_MS && this.buckets.size <= this.maxUsers) return;
    this.oldestAt = Number.NEGATIVE_INFINITY;
    for (const [key, bucket] of this.buckets) {
      const idleAndFull = now - bucket.at >= MINUTE_MS;
      if (!idleAndFull && this.buckets.size <= this.maxUsers) {
        this.oldestAt = bucket.at;
        break;
      }
      this.buckets.delete(key);
    }
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
