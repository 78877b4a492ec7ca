import { createHmac } from 'node:crypto';
import type { Queryable } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { CHALLENGE_MESSAGES_VI, checkChallenge, issueChallenge, type Challenge, type IssuedChallenge } from './pow.ts';

/**
 * What protects a public form (no account) from abuse: a per-client throttle kept in PostgreSQL
 * (so that every app process sees the same counts), a honeypot field, and single-use signed
 * proof-of-work challenges (pow.ts).
 */

const secrets = new WeakMap<object, string>();

/** The installation's secret (made by migration 0022), read once per pool. */
export async function getPublicFormSecret(db: Queryable): Promise<string> {
  const cached = secrets.get(db);
  if (cached) return cached;
  const { rows } = await db.query<{ value: string }>(`SELECT value FROM app_secret WHERE name = 'public-forms'`);
  if (!rows[0]) throw new Error('app_secret public-forms is missing');
  secrets.set(db, rows[0].value);
  return rows[0].value;
}

/** A keyed hash of the client's address: enough to count, useless to identify anyone. */
export function clientKeyOf(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`client:${ip}`).digest('hex').slice(0, 32);
}

export type ThrottleRule = {
  /** At most `attempts` submissions of any outcome per `attemptWindowMinutes`. */
  attempts: number;
  attemptWindowMinutes: number;
  /** At most `accepted` stored submissions per `acceptedWindowMinutes`. */
  accepted: number;
  acceptedWindowMinutes: number;
};

function throttled(minutes: number): AppError {
  const m = Math.max(1, Math.ceil(minutes));
  return new AppError('RATE_LIMITED', `Anh/chị đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${m} phút.`, { retryAfterMinutes: m });
}

async function lockClient(tx: Queryable, form: string, clientKey: string) {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${form}:${clientKey}`]);
}

/**
 * Counts one attempt of a client, and refuses it (RATE_LIMITED, with the minutes to wait) past the
 * rule. Runs in its own transaction so that a refused attempt is still counted. Returns the
 * attempt's id, to be marked accepted when the submission is stored.
 */
export async function recordAttempt(
  db: { connect: () => Promise<Queryable & { release: () => void }> },
  form: string,
  clientKey: string,
  rule: ThrottleRule,
): Promise<string> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await lockClient(client, form, clientKey);
    const { rows } = await client.query<{ n: number; wait: number | null }>(
      `SELECT count(*)::int AS n,
              extract(epoch FROM (min(at) + make_interval(mins => $3) - now())) / 60 AS wait
         FROM public_form_attempt WHERE form = $1 AND client_key = $2 AND at > now() - make_interval(mins => $3)`,
      [form, clientKey, rule.attemptWindowMinutes],
    );
    const { rows: ins } = await client.query<{ id: string }>('INSERT INTO public_form_attempt (form, client_key) VALUES ($1, $2) RETURNING id', [form, clientKey]);
    await client.query('COMMIT');
    if (rows[0]!.n >= rule.attempts) throw throttled(rows[0]!.wait ?? rule.attemptWindowMinutes);
    return ins[0]!.id;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Inside the transaction that stores a submission: refuses it past the client's accepted limit
 * (the lock makes concurrent submissions of one client count one after the other) and marks the
 * attempt accepted.
 */
export async function acceptAttempt(tx: Queryable, form: string, clientKey: string, attemptId: string, rule: ThrottleRule): Promise<void> {
  await lockClient(tx, form, clientKey);
  const { rows } = await tx.query<{ n: number; wait: number | null }>(
    `SELECT count(*)::int AS n,
            extract(epoch FROM (min(at) + make_interval(mins => $3) - now())) / 60 AS wait
       FROM public_form_attempt WHERE form = $1 AND client_key = $2 AND accepted AND at > now() - make_interval(mins => $3)`,
    [form, clientKey, rule.acceptedWindowMinutes],
  );
  if (rows[0]!.n >= rule.accepted) throw throttled(rows[0]!.wait ?? rule.acceptedWindowMinutes);
  await tx.query('UPDATE public_form_attempt SET accepted = true WHERE id = $1', [attemptId]);
}

export function newChallenge(secret: string, bits: number): IssuedChallenge {
  return issueChallenge(secret, { bits, ttlMs: 30 * 60_000 });
}

/** Verifies a challenge (signature, expiry, work or sum); throws a Vietnamese message otherwise. */
export function verifyChallenge(secret: string, input: { token?: string; solution?: string; answer?: string }): Challenge {
  const r = checkChallenge(secret, { token: input.token, solution: input.solution, answer: input.answer });
  if (!r.ok) throw new AppError('VALIDATION_FAILED', CHALLENGE_MESSAGES_VI[r.reason], { issues: [{ path: 'challenge', message: CHALLENGE_MESSAGES_VI[r.reason] }], reason: r.reason });
  return r.challenge;
}

/** Spends a challenge in the caller's transaction; a second use of the same one is refused. */
export async function consumeChallenge(tx: Queryable, c: Challenge): Promise<void> {
  // Spent challenges are only needed until they expire.
  await tx.query('DELETE FROM pow_challenge_used WHERE expires_at < now()');
  const r = await tx.query('INSERT INTO pow_challenge_used (nonce, expires_at) VALUES ($1, to_timestamp($2 / 1000.0)) ON CONFLICT DO NOTHING', [c.n, c.e]);
  if (r.rowCount !== 1) {
    throw new AppError('VALIDATION_FAILED', CHALLENGE_MESSAGES_VI.replayed, { issues: [{ path: 'challenge', message: CHALLENGE_MESSAGES_VI.replayed }], reason: 'replayed' });
  }
}

/** A honeypot field: hidden from people, filled in by naive bots. */
export const HONEYPOT_FIELD = 'website';
export function isHoneypotFilled(fields: Record<string, string | undefined>): boolean {
  return Boolean(fields[HONEYPOT_FIELD]?.trim());
}
