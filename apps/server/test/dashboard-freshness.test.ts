import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { todayIso } from '../src/platform/time.ts';

/**
 * The dashboard is cached by a data stamp. Each register feeding a target is written here through
 * the API right after a dashboard read (which filled the cache): the next read must show the change.
 */
let s: TestServer;
let admin: Client;
let manager: Client;
let editor: Client;
let approver: Client;
let member: Client;
let city: string;
let haiChau: string;
const today = todayIso();
const thisYear = +today.slice(0, 4);

type Indicator = { code: string; value: number | null; numerator: number | null; denominator: number | null };

async function indicator(code: string, year: number): Promise<Indicator> {
  const d = await manager.get(`/api/v1/dashboard?year=${year}&unitId=${city}`);
  expect(d.status, d.text).toBe(200);
  return d.body.indicators.find((i: { code: string }) => i.code === code);
}

/** Reads twice (the second read is served from the cache), so a later change must pass the stamp. */
async function cached(code: string, year: number): Promise<Indicator> {
  await indicator(code, year);
  return indicator(code, year);
}

/** Points T9 at one provider (summed), to watch a register no seeded target reads. */
async function watchWithT9(provider: string, params: Record<string, unknown> = {}) {
  const t9 = (await admin.get('/api/v1/indicators')).body.items.find((d: { code: string }) => d.code === 'T9');
  const res = await admin.put(`/api/v1/indicators/${t9.id}`, {
    name: t9.name, description: `Theo dõi nguồn ${provider}`, unitLabel: t9.unitLabel, version: t9.version,
    formula: { numerator: { provider, params }, denominator: null, aggregation: 'sum', missing: 'zero', scale: 1 },
  });
  expect(res.status, res.text).toBe(200);
}

beforeAll(async () => {
  s = await startTestServer();
  [admin, manager, editor, approver, member] = await Promise.all([s.as('admin'), s.as('thuongtruc'), s.as('bientap.haichau'), s.as('duyet.haichau'), s.as('cdt.haichau')]);
  city = await unitId(s.db, 'gso:48');
  haiChau = await unitId(s.db, 'gso2025:20242');
});
afterAll(async () => s?.close());

describe('a register written through the API shows on the dashboard at once', () => {
  it('trainings: a reporter class ending in the year adds to target 4', async () => {
    const before = await cached('T4', 2025);
    const course = await manager.post('/api/v1/trainings/courses', { kind: 'reporter_class', title: 'Bồi dưỡng báo cáo viên (kiểm thử)' });
    expect(course.status, course.text).toBe(201);
    const cls = await manager.post('/api/v1/trainings/classes', {
      courseId: course.body.id, organiserUnitId: city, title: 'Lớp báo cáo viên bổ sung 2025', startsOn: '2025-05-06', endsOn: '2025-05-07', place: 'Hội trường', isOnline: false,
    });
    expect(cls.status, cls.text).toBe(201);
    expect((await indicator('T4', 2025)).value).toBe((before.value ?? 0) + 1);
  });

  it('schools: a DX session at a school without one adds to target 8', async () => {
    const school = await s.db.query<{ id: string }>(
      `SELECT s.id FROM school s JOIN school_placement p ON p.school_id = s.id AND p.valid_from <= '2025-12-31' AND (p.valid_to IS NULL OR p.valid_to >= '2025-12-31')
        WHERE NOT EXISTS (SELECT 1 FROM school_dx_session x WHERE x.school_id = s.id AND x.held_on BETWEEN '2024-09-01' AND '2025-08-31')
        ORDER BY s.id LIMIT 1`,
    );
    expect(school.rowCount).toBe(1);
    const before = await cached('T8', 2025);
    const res = await manager.post(`/api/v1/schools/${school.rows[0]!.id}/sessions`, { heldOn: '2025-03-10', topic: 'ai', title: 'Trí tuệ nhân tạo quanh em', classes: 2, students: 80 });
    expect(res.status, res.text).toBe(201);
    expect((await indicator('T8', 2025)).numerator).toBe(before.numerator! + 1);
  });

  it('communication models: a model deployed this year adds to target 9', async () => {
    const before = await cached('T9', thisYear);
    const m = await editor.post('/api/v1/comm-models', { year: thisYear, unitId: haiChau, title: 'Tổ dân phố số (kiểm thử)', targetGroup: 'citizens', description: 'Hướng dẫn người dân', expectedReach: 100 });
    expect(m.status, m.text).toBe(201);
    const panelUser = (await s.db.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'thuongtruc'`)).rows[0]!.id;
    let r = await manager.post(`/api/v1/comm-models/${m.body.id}/transition`, { action: 'open_evaluation', panelUserIds: [panelUser], lockVersion: m.body.lockVersion });
    expect(r.status, r.text).toBe(200);
    const criteria = (await manager.get('/api/v1/comm-models/criteria')).body.items as { id: string }[];
    r = await manager.put(`/api/v1/comm-models/${m.body.id}/scores`, { scores: criteria.map((c) => ({ criterionId: c.id, score: 9 })) });
    expect(r.status, r.text).toBe(200);
    r = await manager.post(`/api/v1/comm-models/${m.body.id}/transition`, { action: 'approve', comment: 'Chọn', lockVersion: r.body.lockVersion });
    expect(r.status, r.text).toBe(200);
    const mid = await indicator('T9', thisYear);
    expect(mid.value).toBe(before.value);
    r = await editor.post(`/api/v1/comm-models/${m.body.id}/transition`, { action: 'deploy', deployedOn: today, lockVersion: r.body.lockVersion });
    expect(r.status, r.text).toBe(200);
    expect((await indicator('T9', thisYear)).value).toBe((before.value ?? 0) + 1);
  });

  it('plans: a ward plan accepted for the year counts for target 2', async () => {
    await s.db.query('DELETE FROM comm_plan WHERE unit_id = $1 AND year = $2', [haiChau, thisYear]);
    const t2 = async () => {
      const d = await manager.get(`/api/v1/dashboard?year=${thisYear}&unitId=${haiChau}`);
      return d.body.indicators.find((i: { code: string }) => i.code === 'T2') as Indicator;
    };
    await t2();
    const before = await t2();
    const plan = await editor.post('/api/v1/plans', {
      title: `Kế hoạch truyền thông chuyển đổi số năm ${thisYear} (kiểm thử)`, summary: 'Đưa nội dung chuyển đổi số đến từng tổ dân phố.',
      inSocioEconomicPlan: true, inYearlyProgramme: false, inMidTermProgramme: false, inLongTermProgramme: false,
      activities: [{
        taskAreaNumber: 5, title: 'Tờ rơi hướng dẫn kích hoạt VNeID', description: null, audiences: ['citizens'], channels: ['community'],
        periodStart: `${thisYear}-03-01`, periodEnd: `${thisYear}-06-30`, responsibleUnitId: null, coordinatingUnitIds: [], outputQuantity: 3000, outputUnit: 'tờ', linkedProgrammes: [],
      }],
      budgetLines: [{ activityIndex: 0, taskAreaNumber: 5, description: 'In 3.000 tờ rơi', amount: 15_000_000, source: 'local_budget' }],
      unitId: haiChau, year: thisYear,
    });
    expect(plan.status, plan.text).toBe(201);
    const sub = await editor.post(`/api/v1/plans/${plan.body.id}/transition`, { action: 'submit', lockVersion: plan.body.lockVersion });
    expect(sub.status, sub.text).toBe(200);
    const acc = await manager.post(`/api/v1/plans/${plan.body.id}/transition`, { action: 'accept', lockVersion: sub.body.lockVersion });
    expect(acc.status, acc.text).toBe(200);
    expect((await t2()).numerator).toBe((before.numerator ?? 0) + 1);
  });

  it('CDT teams: a support log from a phone adds to the logs of the year', async () => {
    await watchWithT9('cdt_support_logs');
    const team = await unitId(s.db, 'demo-cdt:hai-chau');
    const before = await cached('T9', 2025);
    const res = await member.post('/api/v1/cdt/support-logs', {
      id: randomUUID(), teamId: team, logDate: '2025-11-03', place: 'Nhà văn hóa tổ dân phố', vneid: 3, onlineServices: 1, cashless: 0, antiFraud: 0, cityApps: 0,
    });
    expect(res.status, res.text).toBe(201);
    expect((await indicator('T9', 2025)).value).toBe((before.value ?? 0) + 1);
  });

  it('press: an article entered by hand adds to the articles of the year', async () => {
    await watchWithT9('press_articles');
    const channel = (await s.db.query<{ id: string }>(`SELECT id FROM press_channel WHERE has_dx_column ORDER BY name LIMIT 1`)).rows[0]!.id;
    const before = await cached('T9', 2025);
    const res = await manager.post(`/api/v1/press/channels/${channel}/articles`, { title: 'Phường số, người dân số (kiểm thử)', publishedOn: '2025-11-04', url: 'https://example.vn/cds/phuong-so-kiem-thu.html' });
    expect(res.status, res.text).toBe(201);
    expect((await indicator('T9', 2025)).value).toBe((before.value ?? 0) + 1);
  });

  it('content library: a column post published now adds to the articles of the year', async () => {
    await watchWithT9('press_articles');
    const before = await cached('T9', thisYear);
    const c = await editor.post('/api/v1/content', {
      kind: 'article', title: 'Hải Châu hướng dẫn người dân dùng dịch vụ công trực tuyến (kiểm thử)', summary: 'Tin chuyên mục.', bodyHtml: '<p>Tin chuyên mục.</p>',
      unitId: haiChau, inColumn: true, audiences: ['citizens'], channels: ['column'], taskAreas: [5], tags: [],
    });
    expect(c.status, c.text).toBe(201);
    const sub = await editor.post(`/api/v1/content/${c.body.id}/transition`, { action: 'submit', lockVersion: c.body.lockVersion });
    expect(sub.status, sub.text).toBe(200);
    expect((await indicator('T9', thisYear)).value).toBe(before.value);
    const pub = await approver.post(`/api/v1/content/${c.body.id}/transition`, { action: 'publish', lockVersion: sub.body.lockVersion });
    expect(pub.status, pub.text).toBe(200);
    expect((await indicator('T9', thisYear)).value).toBe((before.value ?? 0) + 1);
  });
});

describe('the change log behind the stamp', () => {
  it('records one row per statement, even one that changes no row, and prunes rows older than a day now and then', async () => {
    const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reporting_change')).rows[0]!.n;
    const n0 = await count();
    await s.db.query('UPDATE training_course SET title = title WHERE false');
    expect(await count()).toBe(n0 + 1);
    await s.db.query(`UPDATE reporting_change SET at = now() - interval '2 days'`);
    // A prune runs on about one statement in a hundred: a thousand make one all but certain.
    await s.db.query('DO $$ BEGIN FOR i IN 1..1000 LOOP UPDATE training_course SET title = title WHERE false; END LOOP; END $$');
    const old = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reporting_change WHERE at < now() - interval '1 day'`);
    expect(old.rows[0]!.n).toBe(0);
    expect(await count()).toBeGreaterThan(0);
  });
});
