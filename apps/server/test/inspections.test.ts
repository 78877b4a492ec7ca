import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { notifyOverdueRecommendations } from '../src/modules/inspections/index.ts';

let s: TestServer;
let manager: Client;
let editor: Client;
let approver: Client;
let otherEditor: Client;
let viewer: Client;
let haiChau: string;
let thanhKhe: string;
let khcn: string;

beforeAll(async () => {
  s = await startTestServer();
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
  approver = await s.as('duyet.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
  khcn = await unitId(s.db, 'agency:so-khcn');
});
afterAll(async () => s?.close());

const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const year = new Date().getFullYear();
const planBody = (o: Record<string, unknown> = {}) => ({
  year, title: 'Kiểm tra truyền thông chuyển đổi số tại phường', scopeNote: 'Thực hiện kế hoạch năm', leadUnitId: khcn,
  unitIds: [haiChau, thanhKhe], periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, members: 'Trưởng đoàn: Phó Giám đốc Sở', ...o,
});

describe('inspection plans, visits, findings and recommendations', () => {
  let planId: string;
  let recId: string;

  it('are set up by the standing agency, refused with Vietnamese messages when wrong, and not by units', async () => {
    const bad = await manager.post('/api/v1/inspections/plans', planBody({ title: '', unitIds: [], periodEnd: `${year - 1}-12-31` }));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên kế hoạch kiểm tra');
    expect(bad.text).toContain('Chọn ít nhất một đơn vị được kiểm tra');
    expect((await editor.post('/api/v1/inspections/plans', planBody())).status).toBe(403);
    const before = (await s.db.query('SELECT count(*)::int AS n FROM inspection_plan')).rows[0].n;
    const res = await manager.post('/api/v1/inspections/plans', planBody());
    expect(res.status).toBe(201);
    planId = res.body.id;
    expect(res.body.units.map((u: { id: string }) => u.id).sort()).toEqual([haiChau, thanhKhe].sort());
    expect((await s.db.query('SELECT count(*)::int AS n FROM inspection_plan')).rows[0].n).toBe(before + 1);
    const audit = await s.db.query(`SELECT 1 FROM audit_log WHERE action = 'inspection.plan.create' AND entity_id = $1`, [planId]);
    expect(audit.rowCount).toBe(1);
  });

  it('saves with optimistic locking: a stale version is refused and nothing changes', async () => {
    const cur = await manager.get(`/api/v1/inspections/plans/${planId}`);
    const ok = await manager.put(`/api/v1/inspections/plans/${planId}`, { ...planBody({ title: 'Kiểm tra (sửa)' }), lockVersion: cur.body.lockVersion });
    expect(ok.status).toBe(200);
    const stale = await manager.put(`/api/v1/inspections/plans/${planId}`, { ...planBody({ title: 'Bản cũ' }), lockVersion: cur.body.lockVersion });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('vừa được người khác lưu');
    expect((await manager.get(`/api/v1/inspections/plans/${planId}`)).body.title).toBe('Kiểm tra (sửa)');
  });

  it('records a visit within the plan, its finding and a recommendation that the unit is told of', async () => {
    const outside = await manager.post(`/api/v1/inspections/plans/${planId}/visits`, { unitId: khcn, visitDate: `${year}-05-05`, inspectors: 'Đoàn kiểm tra' });
    expect(outside.status).toBe(400);
    expect(outside.text).toContain('Đơn vị không thuộc phạm vi');
    const late = await manager.post(`/api/v1/inspections/plans/${planId}/visits`, { unitId: haiChau, visitDate: `${year + 1}-01-05`, inspectors: 'Đoàn kiểm tra' });
    expect(late.status).toBe(400);
    expect(late.text).toContain('Ngày kiểm tra phải trong thời gian của kế hoạch');
    const v = await manager.post(`/api/v1/inspections/plans/${planId}/visits`, { unitId: haiChau, visitDate: `${year}-05-05`, inspectors: 'Đoàn kiểm tra 5 người' });
    expect(v.status).toBe(201);
    const visitId = v.body.visits[0].id;
    expect(v.body.visits[0].unitName).toBe('Phường Hải Châu');
    const f = await manager.post(`/api/v1/inspections/visits/${visitId}/findings`, { content: 'Chưa có chuyên mục chuyển đổi số' });
    expect(f.status).toBe(201);
    const findingId = f.body.visits[0].findings[0].id;
    const notesBefore = (await s.db.query(`SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'bientap.haichau'`)).rows[0].n;
    const r = await manager.post(`/api/v1/inspections/findings/${findingId}/recommendations`, { content: 'Xây dựng chuyên mục chuyển đổi số', responsibleUnitId: haiChau, deadline: inFuture(30) });
    expect(r.status).toBe(201);
    recId = r.body.visits[0].findings[0].recommendations[0].id;
    expect(r.body.visits[0].findings[0].recommendations[0]).toMatchObject({ status: 'open', displayStatus: 'open', isOverdue: false });
    const notesAfter = (await s.db.query(`SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'bientap.haichau'`)).rows[0].n;
    expect(notesAfter).toBe(notesBefore + 1);
    expect((await editor.post(`/api/v1/inspections/visits/${visitId}/findings`, { content: 'x' })).status).toBe(403);
  });

  it('is followed up: the unit reports, the standing agency closes it; a reopen must say why', async () => {
    expect((await otherEditor.get(`/api/v1/inspections/recommendations/${recId}`)).status).toBe(404);
    const view = await editor.get(`/api/v1/inspections/recommendations/${recId}`);
    expect(view.status).toBe(200);
    expect(view.body.canReport).toBe(true);
    expect(view.body.actions).toEqual(['start']);
    const empty = await editor.post(`/api/v1/inspections/recommendations/${recId}/reports`, { body: ' ', lockVersion: view.body.lockVersion });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Vui lòng nhập nội dung báo cáo thực hiện');
    const rep = await editor.post(`/api/v1/inspections/recommendations/${recId}/reports`, { body: 'Đã lập chuyên mục, đăng 3 tin', lockVersion: view.body.lockVersion });
    expect(rep.status).toBe(200);
    expect(rep.body.status).toBe('in_progress');
    expect(rep.body.reports).toHaveLength(1);
    const stale = await editor.post(`/api/v1/inspections/recommendations/${recId}/reports`, { body: 'Lần hai', lockVersion: view.body.lockVersion });
    expect(stale.status).toBe(409);
    const closeByUnit = await approver.post(`/api/v1/inspections/recommendations/${recId}/transition`, { action: 'close', lockVersion: rep.body.lockVersion });
    expect(closeByUnit.status).toBe(403);
    const closed = await manager.post(`/api/v1/inspections/recommendations/${recId}/transition`, { action: 'close', comment: 'Đạt yêu cầu', lockVersion: rep.body.lockVersion });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'done', displayStatus: 'done', closingNote: 'Đạt yêu cầu', canReport: false });
    const reopen = await manager.post(`/api/v1/inspections/recommendations/${recId}/transition`, { action: 'reopen', lockVersion: closed.body.lockVersion });
    expect(reopen.status).toBe(422);
    expect(reopen.text).toContain('Vui lòng ghi rõ lý do');
    expect(closed.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'start', 'close']);
  });

  it('keeps plans, visits and recommendations of other units out of a unit\'s lists and pages', async () => {
    const only = await manager.post('/api/v1/inspections/plans', planBody({ title: 'Chỉ Hải Châu', unitIds: [haiChau] }));
    expect((await otherEditor.get(`/api/v1/inspections/plans/${only.body.id}`)).status).toBe(404);
    expect((await editor.get(`/api/v1/inspections/plans/${only.body.id}`)).status).toBe(200);
    const list = await otherEditor.get(`/api/v1/inspections/plans?year=${year}&pageSize=200`);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(only.body.id);
    const recs = await otherEditor.get(`/api/v1/inspections/recommendations?pageSize=200`);
    expect(recs.body.items.every((r: { responsibleUnitId: string }) => r.responsibleUnitId !== haiChau)).toBe(true);
    const search = await manager.get(`/api/v1/inspections/plans?q=${encodeURIComponent('hai chau')}&year=${year}`);
    expect(search.body.items.map((p: { id: string }) => p.id)).toContain(only.body.id);
  });

  it('flags a recommendation past its deadline as overdue, lists it under that status and notifies once', async () => {
    const plan = await manager.get(`/api/v1/inspections/plans/${planId}`);
    const findingId = plan.body.visits[0].findings[0].id;
    const r = await manager.post(`/api/v1/inspections/findings/${findingId}/recommendations`, { content: 'Báo cáo danh sách tổ công nghệ số', responsibleUnitId: haiChau, deadline: inFuture(10) });
    const id = r.body.visits[0].findings[0].recommendations.find((x: { content: string }) => x.content.startsWith('Báo cáo danh sách')).id;
    await s.db.query(`UPDATE inspection_recommendation SET deadline = current_date - 3 WHERE id = $1`, [id]);
    const one = await editor.get(`/api/v1/inspections/recommendations/${id}`);
    expect(one.body).toMatchObject({ status: 'open', displayStatus: 'overdue', isOverdue: true });
    const overdue = await manager.get(`/api/v1/inspections/recommendations?status=overdue&pageSize=200`);
    expect(overdue.body.items.map((x: { id: string }) => x.id)).toContain(id);
    const open = await manager.get(`/api/v1/inspections/recommendations?status=open&pageSize=200`);
    expect(open.body.items.map((x: { id: string }) => x.id)).not.toContain(id);
    const notes = async () => (await s.db.query(`SELECT count(*)::int AS n FROM notification WHERE entity_id = $1 AND kind = 'reminder.deadline'`, [id])).rows[0].n;
    expect(await notes()).toBe(0);
    expect(await notifyOverdueRecommendations(s.db, s.app.platform.notifier)).toBeGreaterThanOrEqual(1);
    const first = await notes();
    expect(first).toBeGreaterThanOrEqual(3); // the ward's editor and approver, and the standing agency
    await notifyOverdueRecommendations(s.db, s.app.platform.notifier);
    expect(await notes()).toBe(first);
    const planView = await manager.get(`/api/v1/inspections/plans/${planId}`);
    expect(planView.body.overdueRecommendations).toBe(1);
  });

  it('exports the recommendations list', async () => {
    const res = await manager.get(`/api/v1/inspections/recommendations/export?format=csv&year=${year}`);
    expect([200, 202]).toContain(res.status);
  });
});

describe('yearly self-assessment', () => {
  const Y = 2031;
  let id: string;
  let criteria: { id: string; code: string; maxPoints: number }[];

  it('has a criteria set per year, configured by the standing agency with Vietnamese validation', async () => {
    const dup = await manager.put(`/api/v1/assessments/criteria/${Y}`, { criteria: [{ code: 'A', title: 'Một', maxPoints: 10 }, { code: 'a', title: 'Hai', maxPoints: 5 }], lockVersion: 0 });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('Mã tiêu chí bị trùng');
    const neg = await manager.put(`/api/v1/assessments/criteria/${Y}`, { criteria: [{ code: 'A', title: 'Một', maxPoints: 0 }], lockVersion: 0 });
    expect(neg.text).toContain('Điểm tối đa phải lớn hơn 0');
    expect((await editor.put(`/api/v1/assessments/criteria/${Y}`, { criteria: [{ code: 'A', title: 'Một', maxPoints: 10 }], lockVersion: 0 })).status).toBe(403);
    const ok = await manager.put(`/api/v1/assessments/criteria/${Y}`, {
      criteria: [{ code: 'TC1', title: 'Kế hoạch năm', maxPoints: 20 }, { code: 'TC2', title: 'Thực hiện hoạt động', maxPoints: 50 }, { code: 'TC3', title: 'Báo cáo', maxPoints: 30 }],
      lockVersion: 0,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.totalPoints).toBe(100);
    criteria = ok.body.criteria;
    expect((await manager.put(`/api/v1/assessments/criteria/${Y}`, { criteria: [{ code: 'TC1', title: 'x', maxPoints: 1 }], lockVersion: 0 })).status).toBe(409);
  });

  it('is scored by the unit with evidence, within each criterion\'s points, and submitted only when complete', async () => {
    const noSet = await editor.post('/api/v1/assessments', { year: 2032, unitId: haiChau });
    expect(noSet.status).toBe(400);
    expect(noSet.text).toContain('Chưa có bộ tiêu chí đánh giá năm 2032');
    expect((await otherEditor.post('/api/v1/assessments', { year: Y, unitId: haiChau })).status).toBe(403);
    const created = await editor.post('/api/v1/assessments', { year: Y, unitId: haiChau });
    expect(created.status).toBe(201);
    id = created.body.id;
    expect(created.body.scores).toHaveLength(3);
    expect(created.body.maxTotal).toBe(100);
    expect((await editor.post('/api/v1/assessments', { year: Y, unitId: haiChau })).status).toBe(409);
    const tooMuch = await editor.put(`/api/v1/assessments/${id}/self`, { summary: null, scores: [{ criterionId: criteria[0]!.id, selfScore: 25, evidence: null }], lockVersion: created.body.lockVersion });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.text).toContain('Điểm tiêu chí TC1 không được vượt quá 20');
    const partial = await editor.put(`/api/v1/assessments/${id}/self`, { summary: 'Hoàn thành cơ bản', scores: [{ criterionId: criteria[0]!.id, selfScore: 18, evidence: 'Kế hoạch số 12/KH-UBND' }], lockVersion: created.body.lockVersion });
    expect(partial.status).toBe(200);
    const early = await editor.post(`/api/v1/assessments/${id}/transition`, { action: 'submit', lockVersion: partial.body.lockVersion });
    expect(early.status).toBe(400);
    expect(early.text).toContain('Chưa tự chấm điểm tiêu chí: TC2, TC3');
    const full = await editor.put(`/api/v1/assessments/${id}/self`, {
      summary: 'Hoàn thành cơ bản',
      scores: [{ criterionId: criteria[0]!.id, selfScore: 18, evidence: 'Kế hoạch số 12/KH-UBND' }, { criterionId: criteria[1]!.id, selfScore: 42.5, evidence: '27/30 hoạt động' }, { criterionId: criteria[2]!.id, selfScore: 30, evidence: '4/4 báo cáo đúng hạn' }],
      lockVersion: partial.body.lockVersion,
    });
    expect(full.body.selfTotal).toBe(90.5);
    const sent = await editor.post(`/api/v1/assessments/${id}/transition`, { action: 'submit', lockVersion: full.body.lockVersion });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('submitted');
    expect(sent.body.canEdit).toBe(false);
    const locked = await editor.put(`/api/v1/assessments/${id}/self`, { summary: null, scores: [], lockVersion: sent.body.lockVersion });
    expect(locked.status).toBe(409);
    // The criteria stay as the units were scored against.
    expect((await manager.put(`/api/v1/assessments/criteria/${Y}`, { criteria: [{ code: 'TC1', title: 'x', maxPoints: 1 }], lockVersion: 1 })).status).toBe(409);
  });

  it('is reviewed by the standing agency: returned with a reason, resubmitted, scored and accepted', async () => {
    expect((await otherEditor.get(`/api/v1/assessments/${id}`)).status).toBe(404);
    const cur = await manager.get(`/api/v1/assessments/${id}`);
    expect(cur.body.canReview).toBe(true);
    expect(cur.body.actions.sort()).toEqual(['accept', 'return']);
    expect((await editor.put(`/api/v1/assessments/${id}/review`, { reviewComment: null, scores: [], lockVersion: cur.body.lockVersion })).status).toBe(403);
    const noReason = await manager.post(`/api/v1/assessments/${id}/transition`, { action: 'return', lockVersion: cur.body.lockVersion });
    expect(noReason.status).toBe(422);
    const returned = await manager.post(`/api/v1/assessments/${id}/transition`, { action: 'return', comment: 'Bổ sung minh chứng TC2', lockVersion: cur.body.lockVersion });
    expect(returned.body.status).toBe('returned');
    const told = await s.db.query(`SELECT 1 FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'bientap.haichau' AND n.entity_id = $1 AND n.title LIKE '%bị trả lại%'`, [id]);
    expect(told.rowCount).toBe(1);
    const again = await editor.post(`/api/v1/assessments/${id}/transition`, { action: 'submit', lockVersion: returned.body.lockVersion });
    expect(again.body.status).toBe('submitted');
    const notScored = await manager.post(`/api/v1/assessments/${id}/transition`, { action: 'accept', lockVersion: again.body.lockVersion });
    expect(notScored.status).toBe(400);
    expect(notScored.text).toContain('Chưa chấm thẩm định tiêu chí');
    const reviewed = await manager.put(`/api/v1/assessments/${id}/review`, {
      reviewComment: 'Hoàn thành tốt',
      scores: criteria.map((c, i) => ({ criterionId: c.id, reviewScore: [17, 40, 28][i]!, reviewNote: i === 1 ? 'Trừ điểm 3 hoạt động chậm' : null })),
      lockVersion: again.body.lockVersion,
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.reviewTotal).toBe(85);
    const accepted = await manager.post(`/api/v1/assessments/${id}/transition`, { action: 'accept', lockVersion: reviewed.body.lockVersion });
    expect(accepted.body).toMatchObject({ status: 'accepted', selfTotal: 90.5, reviewTotal: 85, maxTotal: 100 });
    expect(accepted.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'return', 'submit', 'accept']);
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.rows.map((r) => r.action)).toContain('assessment.accept');
    const list = await viewer.get(`/api/v1/assessments?year=${Y}&status=accepted`);
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
  });

  it('shows the unit\'s yearly plan beside it, and the demo has 2024 assessments in every state', async () => {
    const demo = await manager.get('/api/v1/assessments?year=2024&pageSize=50');
    expect(new Set(demo.body.items.map((a: { status: string }) => a.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'accepted']));
    const withPlan = await s.db.query<{ id: string }>(
      `SELECT a.id FROM self_assessment a JOIN comm_plan p ON p.unit_id = a.unit_id AND p.year = a.year LIMIT 1`,
    );
    if (withPlan.rows[0]) {
      const v = await manager.get(`/api/v1/assessments/${withPlan.rows[0].id}`);
      expect(v.body.plan).not.toBeNull();
      expect(v.body.plan.activities.length).toBeGreaterThan(0);
    }
  });
});
