import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { periodContaining } from '../src/modules/reporting/period.ts';
import { todayIso } from '../src/platform/time.ts';

/**
 * Parallel requests on the same object, over real HTTP on separate connections and sessions:
 * no lost update (the losers get 409 and their change is nowhere), and of parallel workflow
 * transitions exactly one wins.
 */

const N = 8;
let s: TestServer;
let editors: Client[];
let approvers: Client[];
let haiChau: string;
beforeAll(async () => {
  s = await startTestServer();
  editors = await Promise.all(Array.from({ length: N }, () => s.as('bientap.haichau')));
  approvers = await Promise.all(Array.from({ length: N }, () => s.as('duyet.haichau')));
  haiChau = await unitId(s.db, 'gso2025:20242');
});
afterAll(async () => s?.close());

const count = async (sql: string, params: unknown[]) => (await s.db.query<{ n: number }>(sql, params)).rows[0]!.n;

function planContent(title: string) {
  return {
    title,
    summary: null,
    activities: [
      {
        taskAreaNumber: 5, title: 'Tờ rơi hướng dẫn VNeID', description: null, audiences: ['citizens'], channels: ['community'],
        periodStart: '2027-03-01', periodEnd: '2027-06-30', responsibleUnitId: null, coordinatingUnitIds: [], outputQuantity: 100, outputUnit: 'tờ', linkedProgrammes: [],
      },
    ],
    budgetLines: [{ activityIndex: 0, taskAreaNumber: 5, description: 'In tờ rơi', amount: 1_000_000, source: 'local_budget' }],
  };
}

function statuses(results: { status: number }[]) {
  return results.map((r) => r.status).sort((a, b) => a - b);
}

describe('a plan edited and submitted by several people at once', () => {
  let planId: string;
  let lock: number;

  it('creates one plan when the same unit and year are created in parallel', async () => {
    const results = await Promise.all(editors.map((c, i) => c.post('/api/v1/plans', { ...planContent(`Kế hoạch song song ${i}`), unitId: haiChau, year: 2027 })));
    expect(statuses(results)).toEqual([201, ...Array(N - 1).fill(409)]);
    expect(await count(`SELECT count(*)::int AS n FROM comm_plan WHERE unit_id = $1 AND year = 2027`, [haiChau])).toBe(1);
    const won = results.find((r) => r.status === 201)!;
    planId = won.body.id;
    lock = won.body.lockVersion;
  });

  it('keeps exactly one of N parallel saves on the same version; the others get 409 and leave no trace', async () => {
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [planId]);
    const results = await Promise.all(editors.map((c, i) => c.put(`/api/v1/plans/${planId}`, { ...planContent(`Bản sửa số ${i}`), lockVersion: lock })));
    expect(statuses(results)).toEqual([200, ...Array(N - 1).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('VERSION_CONFLICT');
    const winner = results.findIndex((r) => r.status === 200);
    const now = await editors[0]!.get(`/api/v1/plans/${planId}`);
    expect(now.body.title).toBe(`Bản sửa số ${winner}`);
    expect(now.body.lockVersion).toBe(lock + 1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [planId])).toBe(auditBefore + 1);
    lock = now.body.lockVersion;
  });

  it('lets exactly one of N parallel submissions through', async () => {
    const eventsBefore = await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [planId]);
    const results = await Promise.all(editors.map((c) => c.post(`/api/v1/plans/${planId}/transition`, { action: 'submit', lockVersion: lock })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect([409, 422]).toContain(r.status);
    expect(await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [planId])).toBe(eventsBefore + 1);
    const now = await editors[0]!.get(`/api/v1/plans/${planId}`);
    expect(now.body.status).toBe('submitted');
  });
});

describe('a periodic report saved and moved on by several people at once', () => {
  const current = periodContaining('quarter', todayIso());
  let formId: string;
  let reportId: string;
  let lock: number;

  const values = (teams: number) => [
    { element: 'CDT_TEAMS_TOTAL', value: teams },
    { element: 'CDT_TEAMS_TRAINED', value: 1 },
    { element: 'SCHOOLS_TOTAL', value: 6 },
    { element: 'SCHOOLS_DX', value: 5 },
    { element: 'PEOPLE_REACHED', category: 'citizens', value: 420 },
  ];

  it('creates one report when its first save arrives N times at once', async () => {
    const forms = await editors[0]!.get('/api/v1/report-forms');
    formId = forms.body.items.find((f: { code: string }) => f.code === 'BC-CDS-QUY').id;
    const results = await Promise.all(editors.map((c, i) => c.put('/api/v1/reports', { formId, unitId: haiChau, period: current.id, values: values(10 + i), lockVersion: null })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect(r.status).toBe(409);
    expect(await count(`SELECT count(*)::int AS n FROM report WHERE unit_id = $1 AND period = $2`, [haiChau, current.id])).toBe(1);
    const won = results.find((r) => r.status === 200)!;
    reportId = won.body.id;
    lock = won.body.lockVersion;
  });

  it('keeps exactly one of N parallel saves on the same version', async () => {
    const results = await Promise.all(editors.map((c, i) => c.put('/api/v1/reports', { formId, unitId: haiChau, period: current.id, values: values(100 + i), lockVersion: lock })));
    expect(statuses(results)).toEqual([200, ...Array(N - 1).fill(409)]);
    const winner = results.findIndex((r) => r.status === 200);
    const entry = await editors[0]!.get(`/api/v1/reports/entry?formId=${formId}&unitId=${haiChau}&period=${current.id}`);
    const teams = entry.body.values.find((v: { element: string }) => v.element === 'CDT_TEAMS_TOTAL');
    expect(teams.value).toBe(100 + winner);
    lock = entry.body.lockVersion;
  });

  it('lets exactly one of N parallel submissions, then one of N parallel approvals, through', async () => {
    const subs = await Promise.all(editors.map((c) => c.post(`/api/v1/reports/${reportId}/transition`, { action: 'submit', lockVersion: lock })));
    const sub = subs.filter((r) => r.status === 200);
    expect(sub, JSON.stringify(subs.map((r) => r.body))).toHaveLength(1);
    const apps = await Promise.all(approvers.map((c) => c.post(`/api/v1/reports/${reportId}/transition`, { action: 'approve', lockVersion: sub[0]!.body.lockVersion })));
    expect(apps.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of [...subs, ...apps].filter((x) => x.status !== 200)) expect([409, 422]).toContain(r.status);
    // create, submit, approve: one event each.
    expect(await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [reportId])).toBe(3);
  });
});

describe('a misinformation case handled by several people at once', () => {
  let managers: Client[];
  let caseId: string;
  let lock: number;

  beforeAll(async () => {
    managers = await Promise.all(Array.from({ length: N }, () => s.as('thuongtruc')));
  });

  it('lets exactly one of N parallel triages with different categories through; its category is the one kept', async () => {
    const created = await editors[0]!.post('/api/v1/cases', {
      link: 'https://www.facebook.com/bai-dang-song-song', platform: 'facebook', description: 'Bài đăng tin sai về thủ tục cấp đổi căn cước', contact: null, intakeUnitId: haiChau,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    caseId = created.body.id;
    lock = created.body.lockVersion;
    const eventsBefore = await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [caseId]);
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [caseId]);
    const categories = ['false', 'distorting', 'hostile', 'scam'] as const;
    const results = await Promise.all(managers.map((c, i) => c.post(`/api/v1/cases/${caseId}/transition`, { action: 'triage', category: categories[i % 4], comment: `Phân loại số ${i}`, lockVersion: lock })));
    expect(results.filter((r) => r.status === 200), JSON.stringify(results.map((r) => r.body))).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) {
      expect([409, 422]).toContain(r.status);
      expect(r.body.error.code).toBeTruthy();
    }
    const winner = results.findIndex((r) => r.status === 200);
    const now = await managers[0]!.get(`/api/v1/cases/${caseId}`);
    expect(now.body.status).toBe('triaged');
    expect(now.body.category).toBe(categories[winner % 4]);
    expect(now.body.lockVersion).toBe(lock + 1);
    expect(now.body.history.filter((h: { action: string }) => h.action === 'triage')).toHaveLength(1);
    expect(await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [caseId])).toBe(eventsBefore + 1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [caseId])).toBe(auditBefore + 1);
    lock = now.body.lockVersion;
  });

  it('of N parallel verify and dismiss decisions on the same version keeps exactly one; the losers change nothing', async () => {
    const eventsBefore = await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [caseId]);
    const results = await Promise.all(managers.map((c, i) => c.post(`/api/v1/cases/${caseId}/transition`, i % 2 === 0
      ? { action: 'verify', verificationNote: `Xác minh số ${i}: nội dung sai sự thật`, lockVersion: lock }
      : { action: 'dismiss', comment: `Không phải tin sai (${i})`, lockVersion: lock })));
    expect(results.filter((r) => r.status === 200), JSON.stringify(results.map((r) => r.body))).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect([409, 422]).toContain(r.status);
    const winner = results.findIndex((r) => r.status === 200);
    const now = await managers[0]!.get(`/api/v1/cases/${caseId}`);
    expect(now.body.status).toBe(winner % 2 === 0 ? 'verified' : 'dismissed');
    if (winner % 2 === 0) expect(now.body.verificationNote).toBe(`Xác minh số ${winner}: nội dung sai sự thật`);
    expect(now.body.lockVersion).toBe(lock + 1);
    expect(await count(`SELECT count(*)::int AS n FROM workflow_event WHERE entity_id = $1`, [caseId])).toBe(eventsBefore + 1);
  });
});

describe('a training class edited by several people at once', () => {
  it('keeps exactly one of N parallel saves on the same version; the others get 409 and leave no trace', async () => {
    const list = await editors[0]!.get(`/api/v1/trainings/classes?organiserUnitId=${haiChau}&pageSize=1`);
    expect(list.status).toBe(200);
    const id: string = list.body.items[0].id;
    const cls = (await editors[0]!.get(`/api/v1/trainings/classes/${id}`)).body;
    expect(cls.canEdit).toBe(true);
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [id]);
    const body = (i: number) => ({
      courseId: cls.courseId, organiserUnitId: cls.organiserUnitId, title: `Lớp sửa song song ${i}`, startsOn: cls.startsOn, endsOn: cls.endsOn,
      place: cls.place ?? 'Hội trường phường', isOnline: cls.isOnline, trainers: cls.trainers, materials: cls.materials, lockVersion: cls.lockVersion,
    });
    const results = await Promise.all(editors.map((c, i) => c.put(`/api/v1/trainings/classes/${id}`, body(i))));
    expect(statuses(results), JSON.stringify(results.map((r) => r.body))).toEqual([200, ...Array(N - 1).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('VERSION_CONFLICT');
    const winner = results.findIndex((r) => r.status === 200);
    const now = await editors[0]!.get(`/api/v1/trainings/classes/${id}`);
    expect(now.body.title).toBe(`Lớp sửa song song ${winner}`);
    expect(now.body.lockVersion).toBe(cls.lockVersion + 1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [id])).toBe(auditBefore + 1);
  });
});
