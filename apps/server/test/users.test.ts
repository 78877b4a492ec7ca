import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';

let s: TestServer;
let admin: Client;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
});
afterAll(async () => s?.close());

describe('user administration', () => {
  it('lists users with search (diacritics folded), filters, sorting and paging', async () => {
    const all = await admin.get('/api/v1/users?pageSize=3&sort=username');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(9);
    expect(all.body.items).toHaveLength(3);
    expect(all.body.items.map((u: { username: string }) => u.username)).toEqual(['admin', 'bientap.haichau', 'bientap.thanhkhe']);
    const folded = await admin.get(`/api/v1/users?q=${encodeURIComponent('tham dinh')}`);
    expect(folded.body.items.map((u: { username: string }) => u.username)).toEqual(['taichinh']);
    const editors = await admin.get('/api/v1/users?role=unit_editor');
    expect(editors.body.total).toBe(2);
  });

  it('creates a user who must change the password, and refuses a duplicate username', async () => {
    const ward = await unitId(s.db, 'gso2025:20194');
    const body = { username: 'bientap.haivan', fullName: 'Ngô Thị Hải Vân', email: 'haivan@danang.gov.vn', unitId: ward, password: 'Mat-khau-2026', roles: [{ role: 'unit_editor', unitId: ward }] };
    const res = await admin.post('/api/v1/users', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'bientap.haivan', mustChangePassword: true, unitName: 'Phường Hải Vân' });
    expect((await admin.post('/api/v1/users', body)).body.error.code).toBe('USERNAME_TAKEN');
    const login = await s.client().post('/api/v1/auth/login', { username: 'bientap.haivan', password: 'Mat-khau-2026' });
    expect(login.body.user.mustChangePassword).toBe(true);
    const audit = await s.db.query(`SELECT after FROM audit_log WHERE action = 'user.create' AND entity_id = $1`, [res.body.id]);
    expect(JSON.stringify(audit.rows[0].after)).not.toMatch(/argon2|password_?hash|Mat-khau-2026/i);
  });

  it('validates input with Vietnamese messages and changes nothing', async () => {
    const before = await s.db.query('SELECT count(*)::int AS n FROM app_user');
    const res = await admin.post('/api/v1/users', { username: 'Có Dấu', fullName: 'A', unitId: null, password: 'ngan', roles: [] });
    expect(res.status).toBe(400);
    const messages = res.body.error.details.issues.map((i: { message: string }) => i.message).join(' | ');
    expect(messages).toContain('Tên đăng nhập gồm 3–50 ký tự');
    expect(messages).toContain('Họ và tên phải có ít nhất 2 ký tự');
    expect(messages).toContain('Mật khẩu phải có ít nhất 10 ký tự');
    expect((await s.db.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(before.rows[0].n);
  });

  it('updates with optimistic locking and signs the user out when roles change', async () => {
    const list = await admin.get('/api/v1/users?q=xem');
    const user = list.body.items[0];
    const viewer = await s.as('xem');
    const city = await unitId(s.db, 'gso:48');
    const update = { fullName: 'Đặng Thị Người Xem', email: null, phone: '0905 123 456', unitId: user.unitId, isActive: true, roles: [{ role: 'leader', unitId: city }], version: user.version };
    const ok = await admin.put(`/api/v1/users/${user.id}`, update);
    expect(ok.status).toBe(200);
    expect(ok.body.roles.map((r: { role: string }) => r.role)).toEqual(['leader']);
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(401);
    const stale = await admin.put(`/api/v1/users/${user.id}`, update);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('never removes the last system administrator', async () => {
    const me = (await admin.get('/api/v1/auth/me')).body;
    const u = (await admin.get(`/api/v1/users/${me.user.id}`)).body;
    const res = await admin.put(`/api/v1/users/${u.id}`, { fullName: u.fullName, email: null, phone: null, unitId: u.unitId, isActive: true, roles: [], version: u.version });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('LAST_ADMIN');
  });

  it('resets a password: old sessions end, the new password works and must be changed', async () => {
    const target = (await admin.get('/api/v1/users?q=duyet')).body.items[0];
    const session = await s.as('duyet.haichau');
    expect((await admin.post(`/api/v1/users/${target.id}/reset-password`, { newPassword: 'Dat-lai-2026x' })).status).toBe(200);
    expect((await session.get('/api/v1/auth/me')).status).toBe(401);
    const again = await s.client().post('/api/v1/auth/login', { username: 'duyet.haichau', password: 'Dat-lai-2026x' });
    expect(again.body.user.mustChangePassword).toBe(true);
  });

  it('hides users outside the reader scope and keeps unit editors out', async () => {
    const editor = await s.as('bientap.haichau');
    expect((await editor.get('/api/v1/users')).status).toBe(403);
    const leader = await s.as('lanhdao');
    expect((await leader.get('/api/v1/users')).status).toBe(200);
    expect((await leader.post('/api/v1/users', {})).status).toBe(403);
  });

  it('deactivates an account: it can no longer sign in', async () => {
    const u = (await admin.get('/api/v1/users?q=thanhkhe')).body.items[0];
    const res = await admin.put(`/api/v1/users/${u.id}`, { fullName: u.fullName, email: null, phone: null, unitId: u.unitId, isActive: false, roles: u.roles.map((r: { role: string; unitId: string }) => ({ role: r.role, unitId: r.unitId })), version: u.version });
    expect(res.status).toBe(200);
    const login = await s.client().post('/api/v1/auth/login', { username: 'bientap.thanhkhe', password: 'Demo-Pass-2025' });
    expect(login.status).toBe(401);
    expect(login.body.error.message).toContain('khóa');
  });
});
