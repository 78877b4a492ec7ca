import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { computeAgeBucket } from '../src/modules/difficulties/difficulties.service.ts';

let s: TestServer;
let ward: Client;
let otherWard: Client;
let agency: Client;
let leader: Client;
let viewer: Client;
let haiChau: string;
let thanhKhe: string;
let soKhcn: string;

beforeAll(async () => {
  s = await startTestServer();
  ward = await s.as('bientap.haichau');
  otherWard = await s.as('bientap.thanhkhe');
  agency = await s.as('thuongtruc');
  leader = await s.as('lanhdao');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
  soKhcn = await unitId(s.db, 'agency:so-khcn');
});
afterAll(async () => s?.close());

const body = (over: Record<string, unknown> = {}) => ({
  unitId: haiChau,
  taskAreaNumber: 5,
  severity: 'high',
  title: 'Tổ công nghệ số cộng đồng thiếu tài liệu hướng dẫn bằng tiếng địa phương',
  description: 'Người dân lớn tuổi khó hiểu tài liệu hướng dẫn VNeID hiện có.',
  proposedSolution: 'Đề nghị biên soạn tờ gấp đơn giản, chữ lớn.',
  ...over,
});

describe('age buckets', () => {
  it.each([
    [0, 'under7'],
    [6, 'under7'],
    [7, 'under30'],
    [30, 'under30'],
    [31, 'under90'],
    [90, 'under90'],
    [91, 'over90'],
  ])('%i days → %s', (days, bucket) => expect(computeAgeBucket(days)).toBe(bucket));
});

describe('a difficulty', () => {
  it('goes from a ward to UBND and back resolved, each step notified and audited', async () => {
    const bad = await ward.post('/api/v1/difficulties', body({ title: ' ', taskAreaNumber: 12 }));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tiêu đề');
    expect((await ward.post('/api/v1/difficulties', body({ unitId: thanhKhe }))).status).toBe(403);
    expect((await viewer.post('/api/v1/difficulties', body())).status).toBe(403);

    let d = (await ward.post('/api/v1/difficulties', body())).body;
    expect(d).toMatchObject({ status: 'reported', ageBucket: 'under7', unitName: expect.stringContaining('Hải Châu'), actions: [] });
    expect(JSON.stringify((await agency.get('/api/v1/notifications')).body)).toContain('thiếu tài liệu hướng dẫn');
    // Another ward sees nothing of it.
    expect((await otherWard.get(`/api/v1/difficulties/${d.id}`)).status).toBe(404);
    expect((await otherWard.get('/api/v1/difficulties')).body.items.map((x: { id: string }) => x.id)).not.toContain(d.id);

    d = (await agency.get(`/api/v1/difficulties/${d.id}`)).body;
    expect(d.actions).toEqual(['coordinate', 'escalate']);
    const noUnits = await agency.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'coordinate', lockVersion: d.lockVersion, concernedUnitIds: [] });
    expect(noUnits.status).toBe(400);
    expect(noUnits.body.error.message).toBe('Vui lòng chọn ít nhất một đơn vị phối hợp');
    d = (await agency.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'coordinate', lockVersion: d.lockVersion, concernedUnitIds: [soKhcn], comment: 'Sở KH&CN hỗ trợ biên soạn' })).body;
    expect(d).toMatchObject({ status: 'coordinating', concernedUnits: [{ id: soKhcn, name: expect.any(String) }] });
    // The ward may not escalate, and the leader acts only once it is put to UBND.
    expect((await ward.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'escalate', lockVersion: d.lockVersion, proposal: 'x' })).status).toBe(403);
    expect((await leader.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'direct', lockVersion: d.lockVersion, direction: 'x' })).status).toBe(409);
    const stale = await agency.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'escalate', lockVersion: d.lockVersion - 1, proposal: 'x' });
    expect(stale.status).toBe(409);
    d = (await agency.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'escalate', lockVersion: d.lockVersion, proposal: 'Đề nghị UBND thành phố giao kinh phí in 5.000 tờ gấp.' })).body;
    expect(d.status).toBe('escalated');
    expect(JSON.stringify((await leader.get('/api/v1/notifications')).body)).toContain('Trình UBND thành phố');

    const leaderView = (await leader.get(`/api/v1/difficulties/${d.id}`)).body;
    expect(leaderView.actions).toEqual(['direct']);
    expect((await leader.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'direct', lockVersion: d.lockVersion })).status).toBe(400);
    d = (await leader.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'direct', lockVersion: d.lockVersion, direction: 'Đồng ý; giao Sở Tài chính bố trí kinh phí.' })).body;
    expect(d.status).toBe('directed');
    d = (await agency.post(`/api/v1/difficulties/${d.id}/transition`, { action: 'resolve', lockVersion: d.lockVersion, resolution: 'Đã in và phát 5.000 tờ gấp cho các tổ.' })).body;
    expect(d).toMatchObject({ status: 'resolved', resolution: 'Đã in và phát 5.000 tờ gấp cho các tổ.', resolvedAt: expect.any(String) });
    expect(d.history.map((h: { to: string }) => h.to)).toEqual(['reported', 'coordinating', 'escalated', 'directed', 'resolved']);
    expect(JSON.stringify((await ward.get('/api/v1/notifications')).body)).toContain('Đã giải quyết');

    const audit = await s.db.query("SELECT action FROM audit_log WHERE entity_type = 'difficulty' AND entity_id = $1 ORDER BY at, id", [d.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['difficulty.report', 'difficulty.coordinate', 'difficulty.escalate', 'difficulty.direct', 'difficulty.resolve']);
  });

  it('shows on a board by status and age, and lists with filters, diacritic-free search and export', async () => {
    await s.db.query(`UPDATE difficulty SET created_at = now() - interval '45 days' WHERE title LIKE 'Tổ công nghệ số cộng đồng thiếu tài liệu%'`);
    const board = (await viewer.get('/api/v1/difficulties/board')).body;
    const col = (st: string) => board.columns.find((c: { status: string }) => c.status === st);
    expect(board.columns.map((c: { status: string }) => c.status)).toEqual(['reported', 'coordinating', 'escalated', 'directed', 'resolved']);
    // The demo data has one of each state at least; ours is resolved after 45 days (minus what it took).
    for (const c of board.columns) expect(c.total).toBeGreaterThan(0);
    expect(col('resolved').items.some((i: { title: string; ageBucket: string }) => i.title.startsWith('Tổ công nghệ') && i.ageBucket === 'under90')).toBe(true);
    expect(Object.values(col('reported').byAge).reduce((a: number, b) => a + (b as number), 0)).toBe(col('reported').total);

    const found = (await viewer.get(`/api/v1/difficulties?q=${encodeURIComponent('tieng dia phuong')}`)).body;
    expect(found.items.map((i: { title: string }) => i.title)).toEqual(['Tổ công nghệ số cộng đồng thiếu tài liệu hướng dẫn bằng tiếng địa phương']);
    const crit = (await viewer.get('/api/v1/difficulties?severity=critical')).body;
    expect(crit.items.every((i: { severity: string }) => i.severity === 'critical')).toBe(true);
    const bySeverity = (await viewer.get('/api/v1/difficulties?sort=severity&pageSize=1')).body;
    expect(bySeverity.items[0].severity).toBe('critical');
    // The ward sees only its own.
    const wardList = (await ward.get('/api/v1/difficulties?pageSize=200')).body;
    expect(wardList.items.every((i: { unitId: string }) => i.unitId === haiChau)).toBe(true);
    const csv = await fetch(`${s.base}/api/v1/difficulties/export?format=csv&q=tieng%20dia%20phuong`, { headers: { cookie: viewer.cookie! } });
    const text = await csv.text();
    expect(text).toContain('Đã giải quyết');
    expect(text.trim().split('\r\n')).toHaveLength(2);
  });
});
