import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './http.ts';
import { TEST_PASSWORD } from './constants.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe('login, session, CSRF', () => {
  it('logs in with the demo password and answers /auth/me with roles and a CSRF token', async () => {
    const c = await s.as('bientap.haichau');
    const me = await c.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('bientap.haichau');
    expect(me.body.roles).toEqual([expect.objectContaining({ role: 'unit_editor', unitName: 'Phường Hải Châu' })]);
    expect(me.body.permissions).toContain('org-unit:update-profile');
    expect(me.body.permissions).not.toContain('user:manage');
    expect(me.body.csrfToken).toBe(c.csrf);
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const res = await s.client().post('/api/v1/auth/login', { username: 'xem', password: TEST_PASSWORD });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/lantoa_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a wrong password with a Vietnamese message and records nothing else', async () => {
    const res = await s.client().post('/api/v1/auth/login', { username: 'lanhdao', password: 'sai-mat-khau-1' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng' });
  });

  it('validates the login body', async () => {
    const res = await s.client().post('/api/v1/auth/login', { username: '', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'username', message: 'Vui lòng nhập tên đăng nhập' });
  });

  it('throttles a username after 5 failures, even with the right password, with the wait in minutes', async () => {
    const c = s.client();
    for (let i = 0; i < 5; i++) expect((await c.post('/api/v1/auth/login', { username: 'taichinh', password: `wrong-${i}-pass` })).status).toBe(401);
    const blocked = await c.post('/api/v1/auth/login', { username: 'taichinh', password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(blocked.body.error.message).toMatch(/thử lại sau \d+ phút/);
    // Another user is not affected.
    expect((await s.client().post('/api/v1/auth/login', { username: 'thuongtruc', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const c = await s.as('thuongtruc');
    const res = await c.request('POST', '/api/v1/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('logs out: the old cookie no longer works', async () => {
    const c = await s.as('lanhdao');
    const cookie = c.cookie;
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    c.cookie = cookie;
    const after = await c.get('/api/v1/auth/me');
    expect(after.status).toBe(401);
  });

  it('expires an idle session', async () => {
    const c = await s.as('duyet.haichau');
    await s.db.query(`UPDATE user_session SET last_seen_at = now() - interval '3 hours'`);
    const res = await c.get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('SESSION_EXPIRED');
  });

  it('changes the password and signs out every other session', async () => {
    const a = await s.as('bientap.thanhkhe');
    const b = await s.as('bientap.thanhkhe');
    const weak = await a.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    const wrong = await a.post('/api/v1/auth/change-password', { currentPassword: 'nope-nope-1', newPassword: 'Mat-khau-moi-2026' });
    expect(wrong.body.error.code).toBe('PASSWORD_WRONG');
    const ok = await a.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Mat-khau-moi-2026' });
    expect(ok.status).toBe(200);
    expect((await a.get('/api/v1/auth/me')).status).toBe(200);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    expect((await s.client().post('/api/v1/auth/login', { username: 'bientap.thanhkhe', password: 'Mat-khau-moi-2026' })).status).toBe(200);
    const audit = await s.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.change-password'`);
    expect(audit.rows[0].n).toBe(1);
  });

  it('answers the health check with the database state', async () => {
    const res = await s.client().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('answers unknown API paths and malformed JSON in the one error shape', async () => {
    const c = s.client();
    const missing = await c.get('/api/v1/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await c.request('POST', '/api/v1/auth/login', undefined, { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBeTruthy();
  });

  it('keeps the audit log append-only', async () => {
    await expect(s.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(s.db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
  });
});
