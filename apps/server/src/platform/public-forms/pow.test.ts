import { describe, expect, it } from 'vitest';
import { checkChallenge, issueChallenge, leadingZeroBits, NO_SCRIPT_MIN_AGE_MS, powDigest, solveChallenge } from './pow.ts';

const SECRET = 'test-secret';

describe('leadingZeroBits', () => {
  it.each([
    ['ff', 0],
    ['7f', 1],
    ['01', 7],
    ['00ff', 8],
    ['0001', 15],
    ['0000', 16],
  ])('%s → %i', (hex, bits) => expect(leadingZeroBits(Buffer.from(hex, 'hex'))).toBe(bits));
});

describe('checkChallenge', () => {
  const now = 1_800_000_000_000;
  const issued = issueChallenge(SECRET, { bits: 10, ttlMs: 60_000, now });

  it('accepts a solution with enough zero bits, and refuses one without', () => {
    const solution = solveChallenge(issued.token, 10);
    expect(leadingZeroBits(powDigest(issued.token, solution))).toBeGreaterThanOrEqual(10);
    expect(checkChallenge(SECRET, { token: issued.token, solution }, now + 1)).toMatchObject({ ok: true });
    let bad = 0;
    while (leadingZeroBits(powDigest(issued.token, String(bad))) >= 10) bad++;
    expect(checkChallenge(SECRET, { token: issued.token, solution: String(bad) }, now + 1)).toEqual({ ok: false, reason: 'unsolved' });
  });

  it('refuses another secret, a changed payload, garbage and an expired challenge', () => {
    const solution = solveChallenge(issued.token, 10);
    expect(checkChallenge('other', { token: issued.token, solution }, now)).toEqual({ ok: false, reason: 'signature' });
    expect(checkChallenge(SECRET, { token: `x${issued.token}`, solution }, now)).toEqual({ ok: false, reason: 'signature' });
    expect(checkChallenge(SECRET, { token: 'nonsense', solution }, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkChallenge(SECRET, { token: undefined, solution }, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkChallenge(SECRET, { token: issued.token, solution }, now + 60_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('accepts the sum without script only after a person could have typed it', () => {
    const sum = String(issued.challenge.q[0] + issued.challenge.q[1]);
    expect(checkChallenge(SECRET, { token: issued.token, answer: sum }, now + 500)).toEqual({ ok: false, reason: 'too-soon' });
    expect(checkChallenge(SECRET, { token: issued.token, answer: sum }, now + NO_SCRIPT_MIN_AGE_MS)).toMatchObject({ ok: true });
    expect(checkChallenge(SECRET, { token: issued.token, answer: `${sum}1` }, now + NO_SCRIPT_MIN_AGE_MS)).toEqual({ ok: false, reason: 'wrong-answer' });
    expect(checkChallenge(SECRET, { token: issued.token }, now + NO_SCRIPT_MIN_AGE_MS)).toEqual({ ok: false, reason: 'unsolved' });
  });
});
