import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './http.ts';
import { TEST_PASSWORD } from './constants.ts';
import { databaseChecksum, diffChecksums } from './checksum.ts';

/**
 * Sessions and login beyond auth.test.ts: CSRF on every state-changing route (from the route
 * list), session fixation, absolute expiry, sessions ended by an administrator, throttling by
 * address, and the security headers on portal, admin and API.
 */

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const FAKE_ID = '0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a';
const urlOf = (p: string) => p.replace(':year', '2025').replace(':code', 'T1').replace(/:[a-zA-Z]+/g, FAKE_ID);

describe('CSRF', () => {
  it('refuses every state-changing route without the session’s CSRF token, and changes nothing', async () => {
    const admin = await s.as('admin');
    const other = await s.as('thuongtruc');
    const routes = s.app.apiRoutes.filter((r) => r.access !== 'public' && !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
    expect(routes.length).toBeGreaterThan(40);
    const before = await databaseChecksum(s.db);
    for (const r of routes) {
      for (const [label, headers] of [
        ['no token', { 'x-csrf-token': '' }],
        ['forged token', { 'x-csrf-token': 'a'.repeat(32) }],
        ["another session's token", { 'x-csrf-token': other.csrf! }],
      ] as const) {
        const res = await admin.request(r.method, urlOf(r.url), {}, headers);
        expect(res.status, `${r.method} ${r.url} with ${label}`).toBe(403);
        expect(res.body.error.code, `${r.method} ${r.url} with ${label}`).toBe('CSRF_FAILED');
      }
    }
    expect(diffChecksums(before, await databaseChecksum(s.db))).toEqual([]);
    // The session survived the refusals (logout without a token did not log out).
    expect((await admin.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('keeps the session cookie out of cross-site requests (SameSite) and out of scripts (HttpOnly)', async () => {
    const res = await s.client().post('/api/v1/auth/login', { username: 'xem', password: TEST_PASSWORD });
    expect(res.headers.get('set-cookie')).toMatch(/^lantoa_sid=[^;]{40,};.*HttpOnly.*SameSite=Lax/i);
    // The token is in no JSON answer: only the CSRF token is.
    expect(res.text).not.toContain(/lantoa_sid=([^;]*)/.exec(res.headers.get('set-cookie')!)![1]);
  });
});

describe('session fixation and lifetime', () => {
  it('issues a new token at login whatever cookie the browser brought, and stores only its hash', async () => {
    const c = s.client();
    c.cookie = 'lantoa_sid=chosen-by-an-attacker-0123456789abcdef';
    await c.login('bientap.haichau');
    expect(c.cookie).not.toContain('chosen-by-an-attacker');
    const attacker = s.client();
    attacker.cookie = 'lantoa_sid=chosen-by-an-attacker-0123456789abcdef';
    expect((await attacker.get('/api/v1/auth/me')).status).toBe(401);
    const token = String(c.cookie).split('=')[1];
    const { rows } = await s.db.query(`SELECT count(*)::int AS n FROM user_session WHERE id = $1`, [token]);
    expect(rows[0].n).toBe(0);
  });

  it('gives a signed-in browser a fresh token when another user signs in on it; the first token stays the first user’s', async () => {
    const c = await s.as('lanhdao');
    const first = c.cookie;
    await c.login('taichinh');
    expect(c.cookie).not.toBe(first);
    expect((await c.get('/api/v1/auth/me')).body.user.username).toBe('taichinh');
    const old = s.client();
    old.cookie = first;
    expect((await old.get('/api/v1/auth/me')).body.user.username).toBe('lanhdao');
  });

  it('ends a session at its absolute lifetime even when it is in use', async () => {
    const c = await s.as('duyet.haichau');
    await s.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = (SELECT id FROM app_user WHERE username = 'duyet.haichau')`);
    const res = await c.get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('SESSION_EXPIRED');
    expect(res.headers.get('set-cookie')).toMatch(/lantoa_sid=;/);
  });

  it('ends every session of a user whose password an administrator resets, or who is deactivated', async () => {
    const admin = await s.as('admin');
    const a = await s.as('bientap.thanhkhe');
    const b = await s.as('bientap.thanhkhe');
    const user = (await a.get('/api/v1/auth/me')).body.user;
    expect((await admin.post(`/api/v1/users/${user.id}/reset-password`, { newPassword: 'Mat-khau-dat-lai-2026' })).status).toBe(200);
    expect((await a.get('/api/v1/auth/me')).status).toBe(401);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    const c = await s.client().login('bientap.thanhkhe', 'Mat-khau-dat-lai-2026');
    const detail = await admin.get(`/api/v1/users/${user.id}`);
    const put = await admin.put(`/api/v1/users/${user.id}`, { ...userInput(detail.body), isActive: false });
    expect(put.status, put.text).toBe(200);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    const again = await s.client().post('/api/v1/auth/login', { username: 'bientap.thanhkhe', password: 'Mat-khau-dat-lai-2026' });
    expect(again.status).toBe(401);
  });
});

/** The body PUT /users/:id takes, from what GET /users/:id answers. */
function userInput(u: any) {
  return {
    fullName: u.fullName,
    email: u.email,
    phone: u.phone ?? null,
    unitId: u.unitId,
    isActive: u.isActive,
    roles: (u.roles ?? []).map((r: any) => ({ role: r.role, unitId: r.unitId })),
    version: u.version,
  };
}

describe('brute force', () => {
  it('throttles an address that tries many user names (password spraying), not only one user name', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    const c = s.client();
    for (let i = 0; i < 30; i++) {
      const res = await c.request('POST', '/api/v1/auth/login', { username: `khong-co-${i}`, password: 'Sai-mat-khau-1' }, headers);
      expect(res.status).toBe(401);
    }
    const blocked = await c.request('POST', '/api/v1/auth/login', { username: 'xem', password: TEST_PASSWORD }, headers);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    // Another address is not blocked.
    expect((await c.request('POST', '/api/v1/auth/login', { username: 'xem', password: TEST_PASSWORD }, { 'x-forwarded-for': '203.0.113.78' })).status).toBe(200);
  }, 60_000);

  it('answers an unknown user and a wrong password alike (no user enumeration)', async () => {
    const unknown = await s.client().post('/api/v1/auth/login', { username: 'khong-ton-tai', password: 'Sai-mat-khau-1' });
    const wrong = await s.client().post('/api/v1/auth/login', { username: 'lanhdao', password: 'Sai-mat-khau-1' });
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
  });
});

describe('security headers', () => {
  const PAGES = ['/', '/de-an', '/tien-do', '/admin/', '/admin/plans', '/api/v1/health', '/api/v1/nope', '/khong-co-trang-nay'];

  it.each(PAGES)('%s carries the security headers and a strict Content-Security-Policy', async (page) => {
    const res = await fetch(s.base + page, { redirect: 'manual' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'self'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
    if (page.startsWith('/api/')) expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
