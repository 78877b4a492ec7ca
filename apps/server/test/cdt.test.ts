import { sharedOnce } from '../src/modules/reporting/providers.ts';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/platform/db/db.ts';
import { getProvider } from '../src/modules/reporting/providers.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs, uploadAs } from './transfer.ts';

let s: TestServer;
let admin: Client;
let editor: Client;
let otherEditor: Client;
let member: Client;
let viewer: Client;
let haiChau: string;
let memberTeam: string;
const f = { oldWard: '', newWard: '', t1: '', t2: '' };

/**
 * A ward closed on 2025-06-30 and its successor from 2025-07-01, with two teams: T1 founded in
 * 2022 under the old ward and carried to the new one on 2025-07-01, T2 founded in the new ward.
 */
async function buildMergerFixture(db: Db): Promise<void> {
  const city = await unitId(db, 'gso:48');
  const ids = await db.query<{ id: string; external_key: string }>(
    `INSERT INTO org_unit (external_key, root_id) SELECT k, $1 FROM unnest(ARRAY['test:old', 'test:new', 'test:t1', 'test:t2']) k RETURNING id, external_key`,
    [city],
  );
  const id = (k: string) => ids.rows.find((r) => r.external_key === k)!.id;
  Object.assign(f, { oldWard: id('test:old'), newWard: id('test:new'), t1: id('test:t1'), t2: id('test:t2') });
  await db.query(
    `INSERT INTO org_unit_version (unit_id, name, type, official_code, parent_id, valid_from, valid_to) VALUES
       ($1, 'Phường Cũ Thử Nghiệm', 'ward', 'T-OLD', $5, NULL, '2025-06-30'),
       ($2, 'Phường Mới Thử Nghiệm', 'ward', 'T-NEW', $5, '2025-07-01', NULL),
       ($3, 'Tổ CNSCĐ thôn Một', 'cdt_team', NULL, $1, '2022-05-01', '2025-06-30'),
       ($3, 'Tổ CNSCĐ thôn Một', 'cdt_team', NULL, $2, '2025-07-01', NULL),
       ($4, 'Tổ CNSCĐ thôn Hai', 'cdt_team', NULL, $2, '2025-07-01', NULL)`,
    [f.oldWard, f.newWard, f.t1, f.t2, city],
  );
  await db.query(`INSERT INTO org_unit_succession (predecessor_id, successor_id, kind, share, effective_date) VALUES ($1, $2, 'merge', 'full', '2025-07-01')`, [f.oldWard, f.newWard]);
  await db.query(`INSERT INTO cdt_team (unit_id, served_area, established_on) VALUES ($1, 'Thôn Một', '2022-05-01'), ($2, 'Thôn Hai', '2025-07-01')`, [f.t1, f.t2]);
}

const log = (teamId: string, logDate: string, counts: Partial<Record<'vneid' | 'onlineServices' | 'cashless' | 'antiFraud' | 'cityApps', number>>, id: string = randomUUID()) => ({
  id, teamId, logDate, place: 'Nhà văn hóa thôn', vneid: 0, onlineServices: 0, cashless: 0, antiFraud: 0, cityApps: 0, ...counts,
});

const members = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ fullName: `Thành viên số ${i + 1}`, phone: `0905 000 ${String(100 + i)}`, role: i === 0 ? 'leader' : 'member', isYouthUnion: i % 2 === 0, activeFrom: '2024-01-01', activeTo: null }));

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
  editor = await s.as('bientap.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  member = await s.as('cdt.haichau');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  memberTeam = await unitId(s.db, 'demo-cdt:hai-chau');
  await buildMergerFixture(s.db);
});
afterAll(async () => s?.close());

describe('team register', () => {
  let teamId: string;
  let lock: number;

  it('creates a team with members under a commune; fewer than seven is a warning, not a block', async () => {
    const bad = await editor.post('/api/v1/cdt/teams', { communeId: haiChau, name: '', servedArea: '', members: [{ fullName: '', phone: 'abc' }] });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên tổ');
    const res = await editor.post('/api/v1/cdt/teams', { communeId: haiChau, name: 'Tổ CNSCĐ tổ dân phố Đống Đa 9', servedArea: 'Tổ dân phố Đống Đa 9', establishedOn: '2023-02-01', members: members(5) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ communeId: haiChau, communeName: 'Phường Hải Châu', memberCount: 5, belowMinimum: true, status: 'active', canEdit: true });
    expect(res.body.warnings).toEqual(['Tổ có 5 thành viên đang hoạt động, ít hơn 7 thành viên theo quy định']);
    expect(res.body.history).toEqual([{ validFrom: '2025-07-01', validTo: null, name: 'Tổ CNSCĐ tổ dân phố Đống Đa 9', parentId: haiChau, parentName: 'Phường Hải Châu' }]);
    teamId = res.body.id;
    lock = res.body.lockVersion;
    const dup = await editor.post('/api/v1/cdt/teams', { communeId: haiChau, name: 'Tổ CNSCĐ tổ dân phố Đống Đa 9', servedArea: 'x' });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toContain('đã có tổ tên');
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [teamId]);
    expect(audit.rows.map((r) => r.action)).toEqual(['cdt.team.create']);
  });

  it('edits with optimistic locking; a rename is a new version of the unit', async () => {
    const body = { name: 'Tổ CNSCĐ Đống Đa 9', servedArea: 'Tổ dân phố Đống Đa 9', status: 'active', members: members(7), lockVersion: lock };
    const ok = await editor.put(`/api/v1/cdt/teams/${teamId}`, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Tổ CNSCĐ Đống Đa 9', memberCount: 7, belowMinimum: false, warnings: [] });
    const stale = await editor.put(`/api/v1/cdt/teams/${teamId}`, { ...body, servedArea: 'Khác' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect((await s.db.query(`SELECT served_area FROM cdt_team WHERE unit_id = $1`, [teamId])).rows[0].served_area).toBe('Tổ dân phố Đống Đa 9');
  });

  it('is scoped to the unit subtree: other wards answer 404 and cannot write', async () => {
    expect((await otherEditor.get(`/api/v1/cdt/teams/${teamId}`)).status).toBe(404);
    const put = await otherEditor.put(`/api/v1/cdt/teams/${teamId}`, { name: 'X', servedArea: 'X', members: [], lockVersion: 2 });
    expect(put.status).toBe(404);
    const theirs = await otherEditor.get('/api/v1/cdt/teams?pageSize=200');
    expect(theirs.body.items.some((t: { id: string }) => t.id === teamId)).toBe(false);
    expect((await viewer.get(`/api/v1/cdt/teams/${teamId}`)).status).toBe(200);
    expect((await viewer.post('/api/v1/cdt/teams', { communeId: haiChau, name: 'Y', servedArea: 'Y' })).status).toBe(403);
  });

  it('lists with filters, diacritic-insensitive search (đ → d) and sort', async () => {
    const found = await editor.get('/api/v1/cdt/teams?q=dong da 9');
    expect(found.body.items.map((t: { id: string }) => t.id)).toEqual([teamId]);
    const below = await admin.get(`/api/v1/cdt/teams?unitId=${haiChau}&belowMinimum=true&pageSize=200`);
    expect(below.body.items.every((t: { memberCount: number; communeId: string }) => t.memberCount < 7 && t.communeId === haiChau)).toBe(true);
    const sorted = await admin.get(`/api/v1/cdt/teams?unitId=${haiChau}&sort=-members&pageSize=200`);
    const counts = sorted.body.items.map((t: { memberCount: number }) => t.memberCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(sorted.body.total).toBeGreaterThan(1);
  });

  it('shows a team moved by the 2025 reform under each commune it belonged to', async () => {
    const t = await admin.get(`/api/v1/cdt/teams/${f.t1}`);
    expect(t.body.history).toEqual([
      { validFrom: '2022-05-01', validTo: '2025-06-30', name: 'Tổ CNSCĐ thôn Một', parentId: f.oldWard, parentName: 'Phường Cũ Thử Nghiệm' },
      { validFrom: '2025-07-01', validTo: null, name: 'Tổ CNSCĐ thôn Một', parentId: f.newWard, parentName: 'Phường Mới Thử Nghiệm' },
    ]);
  });
});

describe('support logs', () => {
  it('stores a log once per client id: a resend answers the stored record', async () => {
    const body = log(memberTeam, '2025-11-03', { vneid: 4, cityApps: 2 });
    const first = await member.post('/api/v1/cdt/support-logs', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: body.id, teamId: memberTeam, total: 6, createdByName: 'Ngô Thị Tổ Viên' });
    const again = await member.post('/api/v1/cdt/support-logs', { ...body, vneid: 40 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: body.id, vneid: 4, total: 6 });
    const rows = await s.db.query(`SELECT count(*)::int AS n FROM cdt_support_log WHERE id = $1`, [body.id]);
    expect(rows.rows[0].n).toBe(1);
    const audits = await s.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [body.id]);
    expect(audits.rows[0].n).toBe(1);
  });

  it('is refused with Vietnamese messages when empty, in the future or before the team existed', async () => {
    const empty = await member.post('/api/v1/cdt/support-logs', log(memberTeam, '2025-11-03', {}));
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('ít nhất một dịch vụ');
    const future = await member.post('/api/v1/cdt/support-logs', log(memberTeam, '2099-01-01', { vneid: 1 }));
    expect(future.body.error.message).toBe('Ngày hỗ trợ không được sau hôm nay');
    const early = await admin.post('/api/v1/cdt/support-logs', log(f.t2, '2025-03-01', { vneid: 1 }));
    expect(early.body.error.message).toBe('Ngày hỗ trợ trước ngày tổ được thành lập');
  });

  it('lets a member log and read only their own team', async () => {
    const teams = await member.get('/api/v1/cdt/log-teams');
    expect(teams.body.items.map((t: { id: string }) => t.id)).toEqual([memberTeam]);
    expect((await member.post('/api/v1/cdt/support-logs', log(f.t1, '2025-11-03', { vneid: 1 }))).status).toBe(404);
    expect((await member.get(`/api/v1/cdt/teams/${f.t1}`)).status).toBe(404);
    const own = await member.get(`/api/v1/cdt/teams/${memberTeam}`);
    expect(own.body).toMatchObject({ canLog: true, canEdit: false });
    const list = await member.get('/api/v1/cdt/support-logs?pageSize=200');
    expect(list.body.items.every((l: { teamId: string }) => l.teamId === memberTeam)).toBe(true);
    expect((await member.put(`/api/v1/cdt/teams/${memberTeam}`, { name: 'X', servedArea: 'X', members: [], lockVersion: 1 })).status).toBe(403);
    expect((await member.get('/api/v1/org-units')).status).toBe(403);
  });
});

describe('summaries on the structure of the date asked (hand-counted)', () => {
  beforeAll(async () => {
    for (const body of [
      log(f.t1, '2025-03-10', { vneid: 3, onlineServices: 2 }),
      log(f.t1, '2025-03-25', { cashless: 4 }),
      log(f.t1, '2025-08-05', { vneid: 1, antiFraud: 5 }),
      log(f.t2, '2025-08-20', { cityApps: 6 }),
    ]) expect((await admin.post('/api/v1/cdt/support-logs', body)).status).toBe(201);
  });

  it('counts the moved team under its new commune for the year', async () => {
    const y = (await admin.get(`/api/v1/cdt/summary?unitId=${f.newWard}&year=2025`)).body;
    expect(y.asOf).toBe('2025-12-31');
    expect(y.totals).toEqual({ logs: 4, vneid: 4, onlineServices: 2, cashless: 4, antiFraud: 5, cityApps: 6, total: 21 });
    expect(y.communes).toEqual([{ unitId: f.newWard, name: 'Phường Mới Thử Nghiệm', teams: 2, teamsWithoutLog: 0, logs: 4, vneid: 4, onlineServices: 2, cashless: 4, antiFraud: 5, cityApps: 6, total: 21 }]);
    expect(y.months.map((m: { month: number; logs: number; total: number }) => [m.month, m.logs, m.total])).toEqual([[3, 2, 9], [8, 2, 12]]);
  });

  it('counts March under the old ward, on the structure of March', async () => {
    const m = (await admin.get(`/api/v1/cdt/summary?unitId=${f.oldWard}&year=2025&month=3`)).body;
    expect(m.asOf).toBe('2025-03-31');
    expect(m.totals).toMatchObject({ logs: 2, total: 9 });
    expect(m.communes.map((c: { name: string; logs: number }) => [c.name, c.logs])).toEqual([['Phường Cũ Thử Nghiệm', 2]]);
    const city = (await admin.get(`/api/v1/cdt/summary?unitId=${await unitId(s.db, 'gso:48')}&year=2025&month=3`)).body;
    expect(city.communes.find((c: { unitId: string }) => c.unitId === f.oldWard)).toMatchObject({ logs: 2, total: 9, teams: 1 });
    expect(city.communes.find((c: { unitId: string }) => c.unitId === f.newWard)).toBeUndefined();
  });

  it('lists the teams without a log in the month', async () => {
    const aug = (await admin.get(`/api/v1/cdt/summary?unitId=${f.newWard}&year=2025&month=8`)).body;
    expect(aug.teamsWithoutLogTotal).toBe(0);
    const sep = (await admin.get(`/api/v1/cdt/summary?unitId=${f.newWard}&year=2025&month=9`)).body;
    expect(sep.teamsWithoutLog.map((t: { name: string }) => t.name)).toEqual(['Tổ CNSCĐ thôn Hai', 'Tổ CNSCĐ thôn Một']);
    expect(sep.communes[0]).toMatchObject({ teams: 2, teamsWithoutLog: 2, logs: 0 });
  });

  it('gives the indicator engine people helped per team and service', async () => {
    const nodes = [f.t1, f.t2].map((id) => ({ id, name: id, type: 'cdt_team', officialCode: null, parentId: f.newWard }));
    const ctx = { db: s.db, year: 2025, periodDate: '2025-12-31', nodes, programmeId: null, yearValues: async () => new Map(), shared: sharedOnce() };
    expect(Object.fromEntries(await getProvider('cdt_support_people')!.compute(ctx, { service: 'all' }))).toEqual({ [f.t1]: 15, [f.t2]: 6 });
    expect(Object.fromEntries(await getProvider('cdt_support_people')!.compute(ctx, { service: 'vneid' }))).toEqual({ [f.t1]: 4, [f.t2]: 0 });
    expect(Object.fromEntries(await getProvider('cdt_support_logs')!.compute(ctx, {}))).toEqual({ [f.t1]: 3, [f.t2]: 1 });
    expect(Object.fromEntries(await getProvider('cdt_team_logged')!.compute({ ...ctx, year: 2024 }, {}))).toEqual({ [f.t1]: 0, [f.t2]: 0 });
  });
});

describe('import and export of teams with members', () => {
  const q = (s: string) => `"${s}"`;
  const header = ['Mã xã, phường', 'Xã, phường', 'Tên tổ', 'Thôn, tổ dân phố', 'Trạng thái', 'Ngày thành lập', 'Người liên hệ', 'Điện thoại liên hệ', 'Thành viên', 'Điện thoại thành viên', 'Vai trò trong tổ', 'Đoàn viên', 'Tham gia từ', 'Tham gia đến'];
  const file = (rows: string[][]) => `\ufeff${[header, ...rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
  const teamCount = async () => (await s.db.query<{ n: number }>(`SELECT (SELECT count(*) FROM cdt_team)::int + (SELECT count(*) FROM cdt_member)::int AS n`)).rows[0]!.n;

  it('lists every bad row and saves nothing', async () => {
    const before = await teamCount();
    const res = await uploadAs(editor, '/api/v1/imports/cdt-teams/preview', {
      name: 'to-cnscd.csv',
      data: file([
        ['20242', '', 'Tổ CNSCĐ Nhập Một', 'Tổ dân phố 1', 'Đang hoạt động', '01/03/2024', '', '', 'Trần Văn Một', '0905111222', 'Tổ trưởng', 'Có', '01/03/2024', ''],
        ['20242', '', 'Tổ CNSCĐ Nhập Một', 'Tổ dân phố 1', 'Đang hoạt động', '01/03/2024', '', '', 'Lê Thị Hai', 'abc', 'Thư ký', 'Có', '31/02/2024', ''],
        ['20209', '', 'Tổ CNSCĐ của Thanh Khê', 'Thôn X', '', '', '', '', '', '', '', '', '', ''],
      ]),
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('invalid');
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Điện thoại thành viên'],
      [3, 'Vai trò trong tổ'],
      [3, 'Tham gia từ'],
      [4, 'Mã xã, phường'],
    ]);
    expect(res.body.errors[3].message).toBe('Bạn không quản lý tổ công nghệ số của Phường Thanh Khê');
    const commit = await editor.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.status).toBe(422);
    expect(await teamCount()).toBe(before);
  });

  it('creates teams with their members, and the export imports back unchanged', async () => {
    const res = await uploadAs(editor, '/api/v1/imports/cdt-teams/preview', {
      name: 'to-cnscd.csv',
      data: file([
        ['20242', '', 'Tổ CNSCĐ Nhập Một', 'Tổ dân phố 1', 'Đang hoạt động', '01/03/2024', 'Trần Văn Một', '0905111222', 'Trần Văn Một', '0905111222', 'Tổ trưởng', 'Có', '01/03/2024', ''],
        ['20242', '', 'Tổ CNSCĐ Nhập Một', 'Tổ dân phố 1', 'Đang hoạt động', '01/03/2024', 'Trần Văn Một', '0905111222', 'Lê Thị Hai', '', 'Tổ phó', 'Không', '', ''],
        ['20242', '', 'Tổ CNSCĐ Nhập Hai', 'Tổ dân phố 2', 'Tạm ngừng', '', '', '', '', '', '', '', '', ''],
      ]),
    });
    expect(res.body).toMatchObject({ status: 'ready', counts: { create: 2, update: 0, unchanged: 0, errors: 0 } });
    const commit = await editor.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.body).toMatchObject({ status: 'applied' });
    const list = await editor.get('/api/v1/cdt/teams?q=nhap&sort=name');
    expect(list.body.items.map((t: { name: string; memberCount: number; status: string }) => [t.name, t.memberCount, t.status])).toEqual([
      ['Tổ CNSCĐ Nhập Hai', 0, 'suspended'],
      ['Tổ CNSCĐ Nhập Một', 2, 'active'],
    ]);

    const exported = await downloadAs(editor, `/api/v1/cdt/teams/export?q=nhap&format=xlsx`);
    expect(exported.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.data as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(4);
    const again = await uploadAs(editor, '/api/v1/imports/cdt-teams/preview', { name: 'xuat.xlsx', data: exported.data });
    expect(again.body.errors).toEqual([]);
    expect(again.body).toMatchObject({ status: 'ready', counts: { create: 0, update: 0, unchanged: 2, errors: 0 } });
  });
});
