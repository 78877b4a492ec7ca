import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Db } from '../db/db.ts';
import { withTransaction } from '../db/db.ts';

/**
 * Counts a public client's submissions per bucket in a sliding window, in the database so that
 * every server process sees the same count (the login throttle does the same with login_attempt).
 * Hits of one client are serialised by an advisory lock: a burst of parallel requests can never
 * pass more than `max`.
 */
export type RateLimit = { bucket: string; max: number; windowMinutes: number };

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** The client's IP is kept only as a hash. */
export function clientKey(ip: string | null | undefined): string {
  return createHash('sha256').update(`lantoa:${ip ?? 'unknown'}`).digest('hex').slice(0, 32);
}

/**
 * Records a hit and answers whether it is allowed; a refused hit is not recorded. `work` runs in
 * the same transaction after an allowed hit, so that what it stores and the hit are kept together.
 */
export async function withRateLimit<T>(db: Db, limit: RateLimit, key: string, work: (tx: PoolClient) => Promise<T>): Promise<{ allowed: true; value: T } | { allowed: false; retryAfterMinutes: number }> {
  return withTransaction(db, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${limit.bucket}:${key}`]);
    const { rows } = await tx.query<{ n: number; oldest: Date | null }>(
      `SELECT count(*)::int AS n, min(at) AS oldest FROM rate_limit_hit WHERE bucket = $1 AND client_key = $2 AND at > now() - make_interval(mins => $3)`,
      [limit.bucket, key, limit.windowMinutes],
    );
    const { n, oldest } = rows[0]!;
    if (n >= limit.max) {
      const waitMs = (oldest?.getTime() ?? Date.now()) + limit.windowMinutes * 60_000 - Date.now();
      return { allowed: false as const, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
    }
    await tx.query('DELETE FROM rate_limit_hit WHERE bucket = $1 AND client_key = $2 AND at <= now() - make_interval(mins => $3)', [limit.bucket, key, limit.windowMinutes]);
    await tx.query('INSERT INTO rate_limit_hit (bucket, client_key) VALUES ($1, $2)', [limit.bucket, key]);
    return { allowed: true as const, value: await work(tx) };
  });
}
