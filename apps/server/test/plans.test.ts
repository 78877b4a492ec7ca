import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContent } from '@lantoa/contracts/plans';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import ExcelJS from 'exceljs';
import { computePlanTargetFacts } from '../src/modules/plans/index.ts';
import { waitForJob } from '../src/platform/jobs/queue.ts';

let s: TestServer;
let editor: Client;
let manager: Client;
let haiChau: string;
let thanhKhe: string;
beforeAll(async () => {
  s = await startTestServer({ worker: true, env: { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' } });
  editor = await s.as('bientap.haichau');
  manager = await s.as('thuongtruc');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
});
afterAll(async () => s?.close());

function content(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    title: 'Kế hoạch truyền thông chuyển đổi số năm 2026',
    summary: 'Đưa nội dung chuyển đổi số đến từng tổ dân phố.',
    inSocioEconomicPlan: true,
    inYearlyProgramme: false,
    inMidTermProgramme: false,
    inLongTermProgramme: false,
    activities: [
      {
        taskAreaNumber: 5, title: 'Tờ rơi hướng dẫn kích hoạt VNeID', description: null, audiences: ['citizens', 'elderly'], channels: ['community', 'loudspeaker'],
        periodStart: '2026-03-01', periodEnd: '2026-06-30', responsibleUnitId: null, coordinatingUnitIds: [], outputQuantity: 3000, outputUnit: 'tờ', linkedProgrammes: [],
      },
    ],
    budgetLines: [{ activityIndex: 0, taskAreaNumber: 5, description: 'In 3.000 tờ rơi', amount: 15_000_000, source: 'local_budget' }],
    ...overrides,
  };
}

describe('a ward plan from draft to accepted', () => {
  let planId: string;
  let lock: number;

  it('the ward editor drafts it; validation speaks Vietnamese and saves nothing', async () => {
    const bad = await editor.post('/api/v1/plans', { ...content(), unitId: haiChau, year: 2026, budgetLines: [{ activityIndex: 0, taskAreaNumber: 5, description: 'X', amount: 'N/A', source: 'local_budget' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Số tiền phải là số');
    const res = await editor.post('/api/v1/plans', { ...content(), unitId: haiChau, year: 2026 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', unitName: 'Phường Hải Châu', totalAmount: 15_000_000, canEdit: true, actions: ['submit'] });
    planId = res.body.id;
    lock = res.body.lockVersion;
    const again = await editor.post('/api/v1/plans', { ...content(), unitId: haiChau, year: 2026 });
    expect(again.status).toBe(409);
  });

  it('refuses the second of two saves made on the same version, keeping the first', async () => {
    const first = await editor.put(`/api/v1/plans/${planId}`, { ...content({ title: 'Bản của người thứ nhất' }), lockVersion: lock });
    expect(first.status).toBe(200);
    const second = await editor.put(`/api/v1/plans/${planId}`, { ...content({ title: 'Bản của người thứ hai' }), lockVersion: lock });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('VERSION_CONFLICT');
    expect(second.body.error.message).toContain('người khác');
    const now = await editor.get(`/api/v1/plans/${planId}`);
    expect(now.body.title).toBe('Bản của người thứ nhất');
    lock = now.body.lockVersion;
  });

  it('submits; the standing agency must give a reason to return it; the editor is notified', async () => {
    const sub = await editor.post(`/api/v1/plans/${planId}/transition`, { action: 'submit', lockVersion: lock });
    expect(sub.status).toBe(200);
    expect(sub.body.status).toBe('submitted');
    expect((await editor.put(`/api/v1/plans/${planId}`, { ...content(), lockVersion: sub.body.lockVersion })).body.error.code).toBe('PLAN_LOCKED');
    const noReason = await manager.post(`/api/v1/plans/${planId}/transition`, { action: 'return', lockVersion: sub.body.lockVersion });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe('COMMENT_REQUIRED');
    const back = await manager.post(`/api/v1/plans/${planId}/transition`, { action: 'return', comment: 'Bổ sung kinh phí cho hội nghị tập huấn', lockVersion: sub.body.lockVersion });
    expect(back.body.status).toBe('returned');
    const inbox = await editor.get('/api/v1/notifications');
    expect(inbox.body.items[0].title).toContain('bị trả lại: Bổ sung kinh phí cho hội nghị tập huấn');
    lock = back.body.lockVersion;
  });

  it('is fixed, resubmitted and accepted, keeping both submitted versions comparable', async () => {
    const fixed = await editor.put(`/api/v1/plans/${planId}`, {
      ...content({ budgetLines: [...content().budgetLines, { activityIndex: null, taskAreaNumber: 6, description: 'Hội nghị tập huấn tổ CNSCĐ', amount: 8_500_000, source: 'local_budget' }] }),
      lockVersion: lock,
    });
    expect(fixed.body.totalAmount).toBe(23_500_000);
    const sub = await editor.post(`/api/v1/plans/${planId}/transition`, { action: 'submit', lockVersion: fixed.body.lockVersion });
    const acc = await manager.post(`/api/v1/plans/${planId}/transition`, { action: 'accept', lockVersion: sub.body.lockVersion });
    expect(acc.body.status).toBe('accepted');
    expect(acc.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'return', 'submit', 'accept']);
    const [v1, v2] = acc.body.versions;
    const diff = await editor.get(`/api/v1/plans/${planId}/compare?from=${v1.snapshotId}&to=${v2.snapshotId}`);
    expect(diff.body.changes.map((c: { path: string }) => c.path)).toEqual(['title', 'budgetLines[1]']);
  });

  it('counts the ward toward target 2 once accepted', async () => {
    const programme = (await s.db.query(`SELECT id FROM programme LIMIT 1`)).rows[0].id;
    const city = await unitId(s.db, 'gso:48');
    const facts = await computePlanTargetFacts(s.db, { programmeId: programme, year: 2026, asOf: '2026-06-30', rootId: city });
    expect(facts.target2.denominator).toBe(94);
    expect(facts.target2.numerator).toBe(1);
    expect(facts.target2.units.find((u) => u.unitId === haiChau)?.counts).toBe(true);
  });

  it('stays immutable once accepted; a change opens version 2', async () => {
    const plan = (await editor.get(`/api/v1/plans/${planId}`)).body;
    expect(plan.canEdit).toBe(false);
    expect((await editor.put(`/api/v1/plans/${planId}`, { ...content(), lockVersion: plan.lockVersion })).body.error.code).toBe('PLAN_LOCKED');
    const reopened = await editor.post(`/api/v1/plans/${planId}/transition`, { action: 'reopen', lockVersion: plan.lockVersion });
    expect(reopened.body).toMatchObject({ status: 'draft', versionNo: 2, canEdit: true });
    // The accepted version still counts while version 2 is drafted.
    const programme = (await s.db.query(`SELECT id FROM programme LIMIT 1`)).rows[0].id;
    const facts = await computePlanTargetFacts(s.db, { programmeId: programme, year: 2026, asOf: '2026-06-30', rootId: await unitId(s.db, 'gso:48') });
    expect(facts.target2.numerator).toBe(1);
  });
});

describe('who may see and do what', () => {
  it('a ward editor cannot read another ward’s plan, nor create one for it', async () => {
    const other = await s.as('bientap.thanhkhe');
    const created = await other.post('/api/v1/plans', { ...content(), unitId: thanhKhe, year: 2026 });
    expect(created.status).toBe(201);
    expect((await editor.get(`/api/v1/plans/${created.body.id}`)).status).toBe(404);
    expect((await editor.post('/api/v1/plans', { ...content(), unitId: thanhKhe, year: 2027 })).status).toBe(403);
    const mine = await editor.get('/api/v1/plans?year=2026');
    expect(mine.body.items.map((p: { unitName: string }) => p.unitName)).toEqual(['Phường Hải Châu']);
  });

  it('a viewer changes nothing', async () => {
    const viewer = await s.as('xem');
    const list = await viewer.get('/api/v1/plans?year=2026');
    expect(list.status).toBe(200);
    const id = list.body.items[0].id;
    const plan = (await viewer.get(`/api/v1/plans/${id}`)).body;
    expect(plan.actions).toEqual([]);
    expect((await viewer.post('/api/v1/plans', { ...content(), unitId: haiChau, year: 2028 })).status).toBe(403);
    expect((await viewer.put(`/api/v1/plans/${id}`, { ...content(), lockVersion: plan.lockVersion })).status).toBe(403);
    expect((await viewer.post(`/api/v1/plans/${id}/transition`, { action: 'submit', lockVersion: plan.lockVersion })).status).toBe(403);
  });

  it('the status board shows every locality and department with its status', async () => {
    const board = await manager.get('/api/v1/plans/board?year=2026');
    expect(board.status).toBe(200);
    const hc = board.body.units.find((u: { unitId: string }) => u.unitId === haiChau);
    expect(hc.status).toBe('draft');
    expect(board.body.counts.none).toBeGreaterThan(90);
    expect(board.body.byGroup.map((g: { group: string }) => g.group).sort()).toEqual(['department', 'locality', 'mass_organisation', 'press']);
    const remind = await manager.post('/api/v1/plans/remind', { year: 2026, statuses: ['draft'] });
    expect(remind.body).toEqual({ units: 2, notified: 3 });
  });
});

describe('the budget-estimate chain', () => {
  it('goes from department plans through consolidation, appraisal with a cut, to UBND approval', async () => {
    const admin = await s.as('admin');
    const soYTe = await unitId(s.db, 'agency:so-y-te');
    const created = await admin.post('/api/v1/users', { username: 'bientap.soyte', fullName: 'Biên tập Sở Y tế', unitId: soYTe, password: 'Mat-khau-2026', roles: [{ role: 'unit_editor', unitId: soYTe }] });
    expect(created.status).toBe(201);
    await s.db.query(`UPDATE app_user SET must_change_password = false WHERE username = 'bientap.soyte'`);
    const dept = await s.client().login('bientap.soyte', 'Mat-khau-2026');
    const plan = await dept.post('/api/v1/plans', {
      ...content({
        title: 'Kế hoạch truyền thông CĐS ngành y tế năm 2026', inSocioEconomicPlan: false,
        budgetLines: [
          { activityIndex: 0, taskAreaNumber: 5, description: 'Video clip hướng dẫn đặt lịch khám trực tuyến', amount: 120_000_000, source: 'city_budget' },
          { activityIndex: 0, taskAreaNumber: 6, description: 'Tập huấn truyền thông cho cán bộ y tế', amount: 45_000_000, source: 'city_budget' },
          { activityIndex: 0, taskAreaNumber: 6, description: 'Tài trợ in ấn', amount: 10_000_000, source: 'socialised' },
        ],
      }),
      unitId: soYTe, year: 2026,
    });
    expect(plan.status).toBe(201);
    const sub = await dept.post(`/api/v1/plans/${plan.body.id}/transition`, { action: 'submit', lockVersion: plan.body.lockVersion });
    await manager.post(`/api/v1/plans/${plan.body.id}/transition`, { action: 'accept', lockVersion: sub.body.lockVersion });

    const finance = await s.as('taichinh');
    const leader = await s.as('lanhdao');
    // Sở Tài chính reads but cannot edit a unit's lines.
    expect((await finance.get(`/api/v1/plans/${plan.body.id}`)).status).toBe(200);
    expect((await finance.put(`/api/v1/plans/${plan.body.id}`, { ...content(), lockVersion: 1 })).status).toBe(403);
    expect((await finance.post('/api/v1/budget-estimates/2026/consolidate')).status).toBe(403);

    const cons = await manager.post('/api/v1/budget-estimates/2026/consolidate');
    expect(cons.status, cons.text).toBe(200);
    let e = cons.body;
    expect(e.lines).toHaveLength(2); // city-budget lines only
    expect(e.totals.proposed).toBe(165_000_000);
    e = (await manager.post('/api/v1/budget-estimates/2026/transition', { action: 'submit_for_appraisal', lockVersion: e.lockVersion })).body;
    expect(e.status).toBe('appraising');

    const video = e.lines.find((l: { description: string }) => l.description.startsWith('Video'));
    const training = e.lines.find((l: { description: string }) => l.description.startsWith('Tập huấn'));
    const noReason = await finance.post(`/api/v1/budget-estimates/2026/lines/${video.id}/appraise`, { appraisedAmount: 100_000_000, lockVersion: e.lockVersion });
    expect(noReason.body.error.code).toBe('COMMENT_REQUIRED');
    e = (await finance.post(`/api/v1/budget-estimates/2026/lines/${video.id}/appraise`, { appraisedAmount: 100_000_000, reason: 'Định mức sản xuất video theo Quyết định của UBND thành phố', lockVersion: e.lockVersion })).body;
    const early = await finance.post('/api/v1/budget-estimates/2026/transition', { action: 'submit_for_approval', lockVersion: e.lockVersion });
    expect(early.body.error.message).toBe('Còn 1 dòng chưa thẩm định');
    e = (await finance.post(`/api/v1/budget-estimates/2026/lines/${training.id}/appraise`, { appraisedAmount: 45_000_000, lockVersion: e.lockVersion })).body;
    e = (await finance.post('/api/v1/budget-estimates/2026/transition', { action: 'submit_for_approval', lockVersion: e.lockVersion })).body;
    expect(e.status).toBe('awaiting_approval');
    expect((await manager.post('/api/v1/budget-estimates/2026/transition', { action: 'approve', lockVersion: e.lockVersion })).status).toBe(403);
    e = (await leader.post('/api/v1/budget-estimates/2026/transition', { action: 'approve', lockVersion: e.lockVersion })).body;
    expect(e.status).toBe('approved');
    expect(e.totals).toEqual({ proposed: 165_000_000, appraised: 145_000_000, approved: 145_000_000 });
    const line = e.lines.find((l: { id: string }) => l.id === video.id);
    expect(line).toMatchObject({ proposedAmount: 120_000_000, appraisedAmount: 100_000_000, approvedAmount: 100_000_000, appraisalReason: expect.stringContaining('Định mức') });
    expect(e.history.map((h: { action: string }) => h.action)).toEqual(['consolidate', 'submit_for_appraisal', 'appraise', 'appraise', 'submit_for_approval', 'approve']);
    expect(e.history.map((h: { actorName: string }) => h.actorName)).toEqual([
      'Nguyễn Thị Thường Trực', 'Nguyễn Thị Thường Trực', 'Võ Thị Thẩm Định', 'Võ Thị Thẩm Định', 'Võ Thị Thẩm Định', 'Hoàng Văn Lãnh Đạo',
    ]);
    expect(e.history[2].comment).toBe('Sở Y tế — Video clip hướng dẫn đặt lịch khám trực tuyến: 120.000.000 → 100.000.000 đồng (Định mức sản xuất video theo Quyết định của UBND thành phố)');
  });

  it('exports the estimate with every step’s figures, and renders it and a plan as DOCX and PDF', async () => {
    const leader = await s.as('lanhdao');
    const xlsx = await fetch(`${s.base}/api/v1/budget-estimates/2026/export?format=xlsx`, { headers: { cookie: leader.cookie! } });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Đơn vị', 'Nội dung nhiệm vụ', 'Nội dung chi', 'Nguồn', 'Đề xuất (đồng)', 'Thẩm định (đồng)', 'Lý do điều chỉnh', 'Phê duyệt (đồng)']);
    const rows = [];
    for (let i = 2; i <= sheet.rowCount; i++) rows.push((sheet.getRow(i).values as unknown[]).slice(1));
    const video = rows.find((r) => String(r[2]).startsWith('Video'))!;
    expect(video.slice(4, 6)).toEqual([120_000_000, 100_000_000]);
    expect(video[7]).toBe(100_000_000);

    const render = await leader.post('/api/v1/budget-estimates/2026/render');
    expect(render.status).toBe(202);
    const job = await waitForJob(s.db, render.body.jobId, 60_000);
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect((job.result as { files: unknown[] }).files).toHaveLength(2);

    const planId = (await editor.get('/api/v1/plans?year=2026')).body.items[0].id;
    const planJob = await waitForJob(s.db, (await editor.post(`/api/v1/plans/${planId}/render`)).body.jobId, 60_000);
    expect(planJob.status, planJob.error ?? '').toBe('succeeded');

    const csv = await fetch(`${s.base}/api/v1/plans/export?format=csv&year=2026`, { headers: { cookie: editor.cookie! } });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads Vietnamese right
    const text = bytes.toString('utf8');
    expect(text).toContain('Phường Hải Châu');
    expect(text).not.toContain('Phường Thanh Khê');
  }, 120_000);

  it('refuses to send an approved estimate back', async () => {
    const leader = await s.as('lanhdao');
    const e = (await leader.get('/api/v1/budget-estimates/2026')).body;
    const res = await leader.post('/api/v1/budget-estimates/2026/transition', { action: 'return_to_appraisal', lockVersion: e.lockVersion });
    expect(res.status).toBe(409); // already approved
    expect(res.body.error.code).toBe('TRANSITION_NOT_ALLOWED');
  });
});
