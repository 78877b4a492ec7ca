import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Proof-of-work challenges for public forms, without third-party services. The server signs a
 * challenge (nonce, issue and expiry times, difficulty, and a small sum for browsers without
 * JavaScript) with the installation's secret; the browser finds a number whose SHA-256 with the
 * challenge starts with `bits` zero bits. Checking costs one hash; finding costs 2^bits on average.
 * A challenge is good for one submission (see consumeChallenge).
 */
export type Challenge = {
  /** Random, the key that makes a challenge single-use. */
  n: string;
  /** Issued and expires, epoch milliseconds. */
  i: number;
  e: number;
  /** Leading zero bits required of sha256(token + ':' + solution). */
  b: number;
  /** The sum asked of a browser that runs no script: q[0] + q[1]. */
  q: [number, number];
};

export type IssuedChallenge = { token: string; challenge: Challenge };

/** A person needs longer than this to fill in a form; the no-script answer must not come sooner. */
export const NO_SCRIPT_MIN_AGE_MS = 3_000;

function b64url(buf: Buffer | string): string {
  return Buffer.from(buf).toString('base64url');
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`pow:${payload}`).digest('base64url');
}

export function issueChallenge(secret: string, opts: { bits: number; ttlMs: number; now?: number }): IssuedChallenge {
  const now = opts.now ?? Date.now();
  const rnd = randomBytes(18);
  const challenge: Challenge = { n: b64url(rnd), i: now, e: now + opts.ttlMs, b: opts.bits, q: [2 + (rnd[0]! % 8), 1 + (rnd[1]! % 9)] };
  const payload = b64url(JSON.stringify(challenge));
  return { token: `${payload}.${sign(secret, payload)}`, challenge };
}

/** Number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function powDigest(token: string, solution: string): Buffer {
  return createHash('sha256').update(`${token}:${solution}`, 'utf8').digest();
}

/** Finds a solution (what the browser's script does); for tests and tools. */
export function solveChallenge(token: string, bits: number): string {
  for (let k = 0; ; k++) if (leadingZeroBits(powDigest(token, String(k))) >= bits) return String(k);
}

export type ChallengeCheck = { ok: true; challenge: Challenge } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'unsolved' | 'too-soon' | 'wrong-answer' };

/**
 * Checks a submitted challenge: our signature, not expired, and either a valid proof of work or
 * (no script) the right sum given no sooner than NO_SCRIPT_MIN_AGE_MS after issue. Pure: the
 * single use is enforced by consumeChallenge in the transaction that stores the submission.
 */
export function checkChallenge(
  secret: string,
  input: { token: string | undefined; solution?: string | undefined; answer?: string | undefined },
  now = Date.now(),
): ChallengeCheck {
  const token = input.token?.trim() ?? '';
  const dot = token.indexOf('.');
  if (dot <= 0 || token.length > 1000) return { ok: false, reason: 'malformed' };
  const payload = token.slice(0, dot);
  const sent = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(secret, payload));
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return { ok: false, reason: 'signature' };
  let c: Challenge;
  try {
    c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Challenge;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof c.e !== 'number' || c.e <= now) return { ok: false, reason: 'expired' };
  const solution = input.solution?.trim();
  if (solution) {
    if (solution.length > 32 || leadingZeroBits(powDigest(token, solution)) < c.b) return { ok: false, reason: 'unsolved' };
    return { ok: true, challenge: c };
  }
  const answer = input.answer?.trim();
  if (!answer) return { ok: false, reason: 'unsolved' };
  if (Number(answer) !== c.q[0] + c.q[1]) return { ok: false, reason: 'wrong-answer' };
  if (now - c.i < NO_SCRIPT_MIN_AGE_MS) return { ok: false, reason: 'too-soon' };
  return { ok: true, challenge: c };
}

export const CHALLENGE_MESSAGES_VI: Record<Exclude<ChallengeCheck, { ok: true }>['reason'] | 'replayed', string> = {
  malformed: 'Phiên gửi không hợp lệ. Vui lòng tải lại trang và gửi lại.',
  signature: 'Phiên gửi không hợp lệ. Vui lòng tải lại trang và gửi lại.',
  expired: 'Phiên gửi đã hết hạn. Vui lòng gửi lại (trang đã được làm mới).',
  unsolved: 'Chưa hoàn tất bước kiểm tra chống gửi tự động. Vui lòng trả lời câu hỏi kiểm tra rồi gửi lại.',
  'too-soon': 'Anh/chị gửi quá nhanh. Vui lòng chờ vài giây rồi gửi lại.',
  'wrong-answer': 'Câu trả lời kiểm tra chưa đúng. Vui lòng tính lại và gửi lại.',
  replayed: 'Phiên gửi này đã được dùng. Vui lòng gửi lại (trang đã được làm mới).',
};
