import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { computeModelFacts } from '../src/modules/comm-models/index.ts';
import { downloadAs } from './transfer.ts';

let s: TestServer;
let editor: Client;
let otherEditor: Client;
let manager: Client;
let leader: Client;
let viewer: Client;
let admin: Client;
let haiChau: string;
let thanhKhe: string;
let soTttt: string;
let thanhDoan: string;
let city: string;
const userId = async (username: string) => (await s.db.query<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [username])).rows[0]!.id;

beforeAll(async () => {
  s = await startTestServer();
  [editor, otherEditor, manager, leader, viewer, admin] = (await Promise.all(['bientap.haichau', 'bientap.thanhkhe', 'thuongtruc', 'lanhdao', 'xem', 'admin'].map((u) => s.as(u)))) as [Client, Client, Client, Client, Client, Client];
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
  soTttt = await unitId(s.db, 'agency:so-tttt');
  thanhDoan = await unitId(s.db, 'agency:thanh-doan');
  city = await unitId(s.db, 'gso:48');
});
afterAll(async () => s?.close());

describe('target 9 from the models register (demo data, counted by hand)', () => {
  it('counts models whose deployment started in the year, per proposing unit; replications and refusals do not count', async () => {
    // 2023: Thành Đoàn's elderly café, Sở TT&TT's cashless market → 2.
    expect((await computeModelFacts(s.db, { year: 2023 })).total).toBe(2);
    // 2024: Sở TT&TT ×2 (service points, e-commerce), Thành Đoàn ×1; the refused map app is not counted.
    const y2024 = await computeModelFacts(s.db, { year: 2024 });
    expect(y2024.total).toBe(3);
    expect(new Map(y2024.byUnit.map((r) => [r.unitId, r.count]))).toEqual(new Map([[soTttt, 2], [thanhDoan, 1]]));
    // 2025: MTTQ and Phường Hải Châu; the one still being scored does not count.
    expect((await computeModelFacts(s.db, { year: 2025 })).total).toBe(2);
    expect((await computeModelFacts(s.db, { year: 2024, unitIds: [thanhDoan] })).total).toBe(1);
  });

  it('feeds indicator T9 on the dashboard, the register named as its source', async () => {
    const d = (await manager.get(`/api/v1/dashboard?year=2024&unitId=${city}`)).body;
    const t9 = d.indicators.find((i: { code: string }) => i.code === 'T9');
    expect(t9).toMatchObject({ value: 3, target: 2, targetMax: 3, met: true });
    expect(t9.description).toContain('sổ mô hình truyền thông');
    const y2023 = (await manager.get(`/api/v1/dashboard?year=2023&unitId=${city}`)).body.indicators.find((i: { code: string }) => i.code === 'T9');
    expect(y2023.value).toBe(2);
    // 2025, on the structure after the July merger: MTTQ and the new Phường Hải Châu.
    const y2025 = (await manager.get(`/api/v1/dashboard?year=2025&unitId=${city}`)).body.indicators.find((i: { code: string }) => i.code === 'T9');
    expect(y2025.value).toBe(2);
  });
});

describe('a model from proposal through scoring to deployment', () => {
  let id: string;
  let version: number;
  const act = (c: Client, body: Record<string, unknown>) => c.post(`/api/v1/comm-models/${id}/transition`, { lockVersion: version, ...body });

  it('is proposed by a ward editor, with Vietnamese validation', async () => {
    const bad = await editor.post('/api/v1/comm-models', { year: 2026, unitId: haiChau, title: '', targetGroup: 'x', description: '', expectedReach: -1 });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên mô hình');
    expect(bad.text).toContain('không được âm');
    expect((await editor.post('/api/v1/comm-models', { year: 2026, unitId: thanhKhe, title: 'X', targetGroup: 'citizens', description: 'Y', expectedReach: 1 })).status).toBe(403);
    const r = await editor.post('/api/v1/comm-models', { year: 2026, unitId: haiChau, title: 'Chợ 4.0 Hải Châu', targetGroup: 'businesses', description: 'Tiểu thương dùng mã QR', expectedReach: 400 });
    expect(r.status).toBe(201);
    id = r.body.id;
    version = r.body.lockVersion;
    expect(r.body.status).toBe('proposed');
    expect(r.body.can.actions).toEqual([]);
    expect((await otherEditor.get(`/api/v1/comm-models/${id}`)).status).toBe(404);
    const forManager = await manager.get(`/api/v1/comm-models/${id}`);
    expect(forManager.body.can.actions).toEqual(['open_evaluation', 'reject']);
  });

  it('goes to a panel named by the standing agency; panel members are notified', async () => {
    expect((await act(editor, { action: 'open_evaluation', panelUserIds: [await userId('thuongtruc')] })).status).toBe(403);
    expect((await act(manager, { action: 'open_evaluation', panelUserIds: [] })).status).toBe(400);
    const notPanel = await act(manager, { action: 'open_evaluation', panelUserIds: [await userId('bientap.haichau')] });
    expect(notPanel.status).toBe(400);
    expect(notPanel.text).toContain('cơ quan thường trực hoặc lãnh đạo');
    const r = await act(manager, { action: 'open_evaluation', panelUserIds: [await userId('thuongtruc'), await userId('lanhdao')] });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('evaluating');
    expect(r.body.panel.map((p: { fullName: string }) => p.fullName).sort()).toEqual(['Hoàng Văn Lãnh Đạo', 'Nguyễn Thị Thường Trực']);
    version = r.body.lockVersion;
    const inbox = await s.db.query(`SELECT title FROM notification WHERE user_id = $1 AND entity_id = $2`, [await userId('lanhdao'), id]);
    expect(inbox.rows.map((x) => x.title)).toEqual(['Mời chấm điểm mô hình: Chợ 4.0 Hải Châu']);
  });

  it('is scored by each member against the weighted rubric, the average shown', async () => {
    const criteria = (await viewer.get('/api/v1/comm-models/criteria')).body.items as { id: string; weight: number; maxScore: number }[];
    expect(criteria.map((c) => [c.weight, c.maxScore])).toEqual([[3, 10], [2, 10], [2, 10], [1, 10]]);
    const score = (c: Client, values: number[]) => c.put(`/api/v1/comm-models/${id}/scores`, { scores: values.map((v, i) => ({ criterionId: criteria[i]!.id, score: v })) });
    expect((await score(viewer, [1, 1, 1, 1])).status).toBe(403);
    const outsider = await score(admin, [1, 1, 1, 1]);
    expect(outsider.status).toBe(403);
    expect(outsider.text).toContain('không phải thành viên hội đồng');
    const tooHigh = await score(manager, [11, 1, 1, 1]);
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.text).toContain('Điểm tối đa của tiêu chí là 10');
    // Not yet complete: no decision possible.
    await score(manager, [8, 6]);
    expect((await act(manager, { action: 'approve', lockVersion: (await manager.get(`/api/v1/comm-models/${id}`)).body.lockVersion })).status).toBe(409);
    // (3×0.8 + 2×0.6 + 2×0.9 + 1×0.5) / 8 × 100 = 5.9 / 8 × 100 = 73.75
    const a = await score(manager, [8, 6, 9, 5]);
    expect(a.body.panel.find((p: { fullName: string }) => p.fullName === 'Nguyễn Thị Thường Trực').weightedScore).toBe(73.75);
    expect(a.body.averageScore).toBe(73.75);
    // (3×1 + 2×0.8 + 2×0.7 + 1×1) / 8 × 100 = 7 / 8 × 100 = 87.5; average (73.75 + 87.5) / 2 = 80.63
    const b = await score(leader, [10, 8, 7, 10]);
    expect(b.body.averageScore).toBe(80.63);
    expect(b.body.can.score).toBe(true);
    version = b.body.lockVersion;
  });

  it('is decided with a reason required for a refusal, then deployed by the unit', async () => {
    const noReason = await act(leader, { action: 'reject' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Vui lòng ghi rõ lý do');
    expect((await act(editor, { action: 'approve' })).status).toBe(403);
    const ok = await act(leader, { action: 'approve', comment: 'Điểm cao, dễ nhân rộng' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', decisionReason: 'Điểm cao, dễ nhân rộng' });
    version = ok.body.lockVersion;
    expect((await act(editor, { action: 'deploy' })).status).toBe(400);
    const dep = await act(editor, { action: 'deploy', deployedOn: '2026-03-01' });
    expect(dep.status).toBe(200);
    expect(dep.body.status).toBe('deployed');
    expect(dep.body.units).toEqual([{ unitId: haiChau, unitName: 'Phường Hải Châu', isReplication: false, startedOn: '2026-03-01', notes: null }]);
    expect(dep.body.history.map((h: { action: string }) => h.action)).toEqual(['propose', 'open_evaluation', 'approve', 'deploy']);
    expect((await computeModelFacts(s.db, { year: 2026 })).byUnit).toEqual([{ unitId: haiChau, count: 1 }]);
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, id`, [id]);
    expect(audit.rows.map((r) => r.action)).toContain('comm-model.deploy');
  });

  it('records results and is replicated by another ward, which counts no new model', async () => {
    const view = (await editor.get(`/api/v1/comm-models/${id}`)).body;
    const r = await editor.put(`/api/v1/comm-models/${id}/results`, { lockVersion: view.lockVersion, resultReach: 520, resultNotes: '120 tiểu thương' });
    expect(r.status).toBe(200);
    expect((await editor.put(`/api/v1/comm-models/${id}/results`, { lockVersion: view.lockVersion, resultReach: 1, resultNotes: null })).status).toBe(409);
    // Deployed: Thanh Khê sees it and takes it up in its own ward, not in Hải Châu.
    expect((await otherEditor.get(`/api/v1/comm-models/${id}`)).status).toBe(200);
    expect((await otherEditor.post(`/api/v1/comm-models/${id}/replications`, { unitId: haiChau, startedOn: '2026-05-01' })).status).toBe(403);
    const early = await otherEditor.post(`/api/v1/comm-models/${id}/replications`, { unitId: thanhKhe, startedOn: '2026-01-01' });
    expect(early.status).toBe(400);
    const rep = await otherEditor.post(`/api/v1/comm-models/${id}/replications`, { unitId: thanhKhe, startedOn: '2026-05-01', notes: 'Chợ Thanh Khê' });
    expect(rep.status).toBe(200);
    expect(rep.body.replicationCount).toBe(1);
    expect((await computeModelFacts(s.db, { year: 2026 })).total).toBe(1);
  });

  it('exports the list with the same filter', async () => {
    const x = await downloadAs(viewer, '/api/v1/comm-models/export?format=csv&status=deployed&year=2024');
    expect(x.status).toBe(200);
    const lines = x.data.toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toContain('Năm,Tên mô hình,Đơn vị đề xuất');
    expect(lines).toHaveLength(4);
  });

  it('lists models in scope with filters and search without diacritics', async () => {
    const r = await otherEditor.get('/api/v1/comm-models?q=cho 4.0 hai chau');
    expect(r.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    const evaluating = await viewer.get('/api/v1/comm-models?status=evaluating');
    expect(evaluating.body.items).toHaveLength(1);
    expect(evaluating.body.items[0].averageScore).toBe(77.5);
    // A ward editor sees deployed models everywhere, but others' proposals only in its ward.
    const ward = await otherEditor.get('/api/v1/comm-models?status=evaluating');
    expect(ward.body.items).toHaveLength(0);
  });
});

describe('the rubric', () => {
  it('is configured by the standing agency; a retired criterion no longer counts', async () => {
    const before = (await viewer.get('/api/v1/comm-models/criteria')).body.items as { id: string; name: string; weight: number; maxScore: number; description: string | null }[];
    expect((await editor.put('/api/v1/comm-models/criteria', { criteria: before })).status).toBe(403);
    const bad = await manager.put('/api/v1/comm-models/criteria', { criteria: [{ name: 'X', weight: 0, maxScore: 10 }] });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Trọng số phải lớn hơn 0');
    // Keep only the first criterion (weight 3, max 10): the demo model being scored had 8 there → 80.
    const r = await manager.put('/api/v1/comm-models/criteria', { criteria: [before[0]!] });
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(1);
    const evaluating = await viewer.get('/api/v1/comm-models?status=evaluating');
    expect(evaluating.body.items[0].averageScore).toBe(80);
    const audit = await s.db.query(`SELECT 1 FROM audit_log WHERE action = 'comm-model.criteria'`);
    expect(audit.rowCount).toBe(1);
  });
});
