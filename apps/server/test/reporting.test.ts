import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { periodContaining, periodsOf } from '../src/modules/reporting/period.ts';
import { todayIso } from '../src/platform/time.ts';

let s: TestServer;
let editor: Client;
let approver: Client;
let manager: Client;
let haiChau: string;
let city: string;
let quarterly: { id: string; elements: { code: string }[] };
const today = todayIso();
const current = periodContaining('quarter', today);
const closed = (() => {
  const all = [...periodsOf('quarter', current.year - 1), ...periodsOf('quarter', current.year)];
  return all[all.findIndex((p) => p.id === current.id) - 2]!;
})();

beforeAll(async () => {
  s = await startTestServer();
  [editor, approver, manager] = await Promise.all([s.as('bientap.haichau'), s.as('duyet.haichau'), s.as('thuongtruc')]);
  haiChau = await unitId(s.db, 'gso2025:20242');
  city = await unitId(s.db, 'gso:48');
  const forms = await manager.get('/api/v1/report-forms');
  quarterly = forms.body.items.find((f: { code: string }) => f.code === 'BC-CDS-QUY');
});
afterAll(async () => s?.close());

const values = (teams: number, trained: number) => [
  { element: 'CDT_TEAMS_TOTAL', value: teams },
  { element: 'CDT_TEAMS_TRAINED', value: trained },
  // Target 8 reads these two in this file (set up below); target 5 reads the trainings register.
  { element: 'SCHOOLS_TOTAL', value: teams },
  { element: 'SCHOOLS_DX', value: trained },
  { element: 'PEOPLE_REACHED', category: 'citizens', value: 420 },
];

describe('a quarterly report from entry to the dashboard', () => {
  // Every seeded target reads a register now; from this year on, T8 is set to read the quarterly
  // report instead, as an administrator may, so a report's figures can be followed to the dashboard.
  beforeAll(async () => {
    const admin = await s.as('admin');
    const t8 = (await admin.get('/api/v1/indicators')).body.items.find((i: { code: string; validFromYear: number }) => i.code === 'T8');
    const res = await admin.put(`/api/v1/indicators/${t8.id}`, {
      name: t8.name, description: `${t8.description} Từ năm ${current.year}: theo báo cáo quý.`, unitLabel: t8.unitLabel, version: t8.version, fromYear: current.year,
      formula: { numerator: { provider: 'data_element', params: { element: 'SCHOOLS_DX' } }, denominator: { provider: 'data_element', params: { element: 'SCHOOLS_TOTAL' } }, aggregation: 'ratio', missing: 'exclude', scale: 100 },
    });
    expect(res.status).toBe(200);
  });

  let lock: number;
  let reportId: string;

  it('does not offer to reopen an accepted report of a closed period', async () => {
    const entry = await editor.get(`/api/v1/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=2025Q4`);
    expect(entry.body.status).toBe('accepted');
    expect(entry.body.actions).not.toContain('correct');
    const res = await editor.post(`/api/v1/reports/${entry.body.id}/transition`, { action: 'correct', lockVersion: entry.body.lockVersion });
    expect(res.body.error.code).toBe('REPORT_LOCKED');
  });

  it('says why a closed period is locked and until when it was open', async () => {
    const entry = await editor.get(`/api/v1/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=${closed.id}`);
    expect(entry.status).toBe(200);
    expect(entry.body.canEdit).toBe(false);
    expect(entry.body.lockedReason).toMatch(/Đã hết thời hạn nhập \(hạn nộp \d\d\/\d\d\/\d{4}, nhận muộn đến hết ngày \d\d\/\d\d\/\d{4}\)/);
    const save = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: closed.id, values: values(40, 30), lockVersion: null });
    expect(save.status).toBe(409);
    expect(save.body.error.code).toBe('REPORT_LOCKED');
  });

  it('lets the standing agency reopen it for one unit, and then it can be entered', async () => {
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const ex = await manager.post('/api/v1/report-exceptions', { formId: quarterly.id, unitId: haiChau, period: closed.id, openUntil: until, reason: 'Phường mới thành lập, bổ sung số liệu' });
    expect(ex.status).toBe(200);
    expect(ex.body).toMatchObject({ canEdit: false }); // the standing agency cannot enter the ward's data
    const entry = await editor.get(`/api/v1/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=${closed.id}`);
    expect(entry.body).toMatchObject({ canEdit: true, lockedReason: null, window: { open: true, late: true, closes: until } });
  });

  it('refuses letters, out-of-range values and broken cross-field rules, in Vietnamese', async () => {
    const text = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: [{ element: 'CDT_TEAMS_TOTAL', value: 'N/A' }], lockVersion: null });
    expect(text.status).toBe(400);
    const frac = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: [{ element: 'CDT_TEAMS_TOTAL', value: 4.5 }], lockVersion: null });
    expect(frac.body.error.message).toContain('phải là số nguyên');
    const neg = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: [{ element: 'CDT_TEAMS_TOTAL', value: -1 }], lockVersion: null });
    expect(neg.body.error.message).toContain('không được nhỏ hơn 0');
    const rule = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: values(10, 12), lockVersion: null });
    expect(rule.body.error.message).toBe('Số tổ đã tập huấn không được lớn hơn tổng số tổ');
    const wrongPeriod = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: String(current.year), values: values(10, 5), lockVersion: null });
    expect(wrongPeriod.body.error.message).toContain('theo quý');
    expect((await s.db.query('SELECT count(*)::int AS n FROM report WHERE unit_id = $1 AND period = $2', [haiChau, current.id])).rows[0].n).toBe(0);
  });

  it('saves a draft with optimistic locking and requires every required figure to submit', async () => {
    const first = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: [{ element: 'CDT_TEAMS_TOTAL', value: 40 }], lockVersion: null });
    expect(first.status).toBe(200);
    reportId = first.body.id;
    lock = first.body.lockVersion;
    const second = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: [{ element: 'CDT_TEAMS_TOTAL', value: 41 }], lockVersion: lock });
    expect(second.status).toBe(200);
    const stale = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: values(40, 20), lockVersion: lock });
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    lock = second.body.lockVersion;
    const early = await editor.post(`/api/v1/reports/${reportId}/transition`, { action: 'submit', lockVersion: lock });
    expect(early.body.error.message).toContain('Vui lòng nhập');
    const full = await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: values(40, 20), lockVersion: lock });
    lock = full.body.lockVersion;
  });

  it('goes submitted → approved → accepted, and the dashboard changes at once', async () => {
    const before = await manager.get(`/api/v1/dashboard?year=${current.year}&unitId=${haiChau}`);
    const t8Before = before.body.indicators.find((i: { code: string }) => i.code === 'T8');
    expect(t8Before.value).toBeNull();

    const sub = await editor.post(`/api/v1/reports/${reportId}/transition`, { action: 'submit', lockVersion: lock });
    expect(sub.body.status).toBe('submitted');
    expect((await editor.post(`/api/v1/reports/${reportId}/transition`, { action: 'approve', lockVersion: sub.body.lockVersion })).status).toBe(403);
    const app = await approver.post(`/api/v1/reports/${reportId}/transition`, { action: 'approve', lockVersion: sub.body.lockVersion });
    expect(app.body.status).toBe('approved');
    const acc = await manager.post(`/api/v1/reports/${reportId}/transition`, { action: 'accept', lockVersion: app.body.lockVersion });
    expect(acc.body.status).toBe('accepted');
    expect(acc.body.onTime).toBe(true);

    const after = await manager.get(`/api/v1/dashboard?year=${current.year}&unitId=${haiChau}`);
    const t8 = after.body.indicators.find((i: { code: string }) => i.code === 'T8');
    expect(t8).toMatchObject({ value: 50, numerator: 20, denominator: 40 });
    const facts = await manager.get(`/api/v1/indicators/T8/facts?year=${current.year}&unitId=${haiChau}`);
    expect(facts.body.items.map((f: { key: string; value: number }) => `${f.key}=${f.value}`).sort()).toEqual(['de:SCHOOLS_DX=20', 'de:SCHOOLS_TOTAL=40']);
    expect(facts.body.items.find((f: { key: string }) => f.key === 'de:SCHOOLS_TOTAL')).toMatchObject({
      label: 'Số trường từ trung học cơ sở trở lên trên địa bàn', period: `Quý ${current.id.slice(-1)}/${current.year}`,
      link: `/admin/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=${current.id}`,
    });
  });

  it('a correction after acceptance opens a new revision; the accepted figures stand until it is accepted', async () => {
    const entry = (await editor.get(`/api/v1/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=${current.id}`)).body;
    expect(entry.actions).toContain('correct');
    const c = await editor.post(`/api/v1/reports/${reportId}/transition`, { action: 'correct', lockVersion: entry.lockVersion });
    expect(c.body).toMatchObject({ status: 'draft', revision: 2, canEdit: true });
    await editor.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: values(40, 30), lockVersion: c.body.lockVersion });
    const t8 = (await manager.get(`/api/v1/dashboard?year=${current.year}&unitId=${haiChau}`)).body.indicators.find((i: { code: string }) => i.code === 'T8');
    expect(t8.value).toBe(50);
  });

  it('a return needs a reason at every step', async () => {
    const e = (await editor.get(`/api/v1/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=${current.id}`)).body;
    const sub = await editor.post(`/api/v1/reports/${reportId}/transition`, { action: 'submit', lockVersion: e.lockVersion });
    const noReason = await approver.post(`/api/v1/reports/${reportId}/transition`, { action: 'return', lockVersion: sub.body.lockVersion });
    expect(noReason.body.error.code).toBe('COMMENT_REQUIRED');
    const back = await approver.post(`/api/v1/reports/${reportId}/transition`, { action: 'return', comment: 'Kiểm tra lại số tổ đã tập huấn', lockVersion: sub.body.lockVersion });
    expect(back.body.status).toBe('returned');
    expect(back.body.history.at(-1)).toMatchObject({ action: 'return', comment: 'Kiểm tra lại số tổ đã tập huấn', actorName: 'Lê Thị Phê Duyệt' });
  });

  it('shows completeness with the units that have not reported, and who was late', async () => {
    const c = await manager.get(`/api/v1/reports/completeness?formId=${quarterly.id}&period=2025Q4&unitId=${city}`);
    expect(c.status).toBe(200);
    expect(c.body.expected).toBe(94);
    expect(c.body.submitted).toBeLessThan(94);
    expect(c.body.units.filter((u: { status: string }) => u.status === 'none').length).toBe(94 - c.body.submitted);
    expect(c.body.units.some((u: { late: boolean; onTime: boolean | null }) => u.late && u.onTime === false)).toBe(true);
    expect(c.body.onTime).toBeLessThan(c.body.submitted);
  });

  it('keeps another ward’s editor out', async () => {
    const other = await s.as('bientap.thanhkhe');
    expect((await other.get(`/api/v1/reports/entry?formId=${quarterly.id}&unitId=${haiChau}&period=${current.id}`)).status).toBe(404);
    expect((await other.put('/api/v1/reports', { formId: quarterly.id, unitId: haiChau, period: current.id, values: values(1, 1), lockVersion: 1 })).status).toBe(404);
  });
});

describe('the 9 targets from system facts', () => {
  it.each([2023, 2024, 2025])('every target has a value for %i on that year’s structure and on today’s', async (year) => {
    for (const structure of ['as-of', 'today']) {
      const d = await manager.get(`/api/v1/dashboard?year=${year}&unitId=${city}&structure=${structure}`);
      expect(d.status).toBe(200);
      expect(d.body.indicators.map((i: { code: string }) => i.code)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']);
      for (const i of d.body.indicators) expect(i.value, `${i.code} ${year} ${structure}`).not.toBeNull();
    }
  });

  it('target 5 reads the CDT teams of the demo trained by the trainings register, rising over the years', async () => {
    const t5 = async (year: number) => (await manager.get(`/api/v1/dashboard?year=${year}&unitId=${city}`)).body.indicators.find((i: { code: string }) => i.code === 'T5');
    const years = [await t5(2023), await t5(2024), await t5(2025)];
    for (const t of years) {
      expect(t.denominator).toBeGreaterThan(0);
      expect(t.value).toBeGreaterThan(0);
      expect(t.value).toBeLessThanOrEqual(100);
      expect(t.value).toBeCloseTo((t.numerator / t.denominator) * 100, 1);
    }
    expect(years[0].value).toBeLessThan(years[1].value);
    expect(years[1].value).toBeLessThan(years[2].value);
    // The denominator is the teams of the register that exist at the end of the year.
    const teams = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM org_unit_version WHERE type = 'cdt_team' AND validity @> '2025-12-31'::date`);
    expect(years[2].denominator).toBe(teams.rows[0]!.n);
  });

  it('carries 2023 figures of wards merged since then to today’s units without losing any', async () => {
    const asOf = (await manager.get(`/api/v1/dashboard?year=2023&unitId=${city}&structure=as-of`)).body;
    const now = (await manager.get(`/api/v1/dashboard?year=2023&unitId=${city}&structure=today`)).body;
    const t8a = asOf.indicators.find((i: { code: string }) => i.code === 'T8');
    const t8b = now.indicators.find((i: { code: string }) => i.code === 'T8');
    expect(t8b.numerator).toBeCloseTo(t8a.numerator, 0);
    expect(t8b.denominator).toBeCloseTo(t8a.denominator, 0);
    expect(t8b.value).toBeCloseTo(t8a.value, 1);
    expect(asOf.structureDate).toBe('2023-12-31');
  });

  it('breaks a target down by the units of the chosen structure', async () => {
    const on2023 = await manager.get(`/api/v1/indicators/T8/breakdown?year=2023&unitId=${city}`);
    expect(on2023.body.rows.map((r: { type: string }) => r.type)).toContain('district');
    const onToday = await manager.get(`/api/v1/indicators/T8/breakdown?year=2023&unitId=${city}&structure=today`);
    expect(onToday.body.rows.filter((r: { type: string }) => r.type === 'district')).toHaveLength(0);
    // Only today's units that took over old Đà Nẵng wards hold 2023 figures; together they hold all of them.
    expect(onToday.body.rows.length).toBeGreaterThan(10);
    const sum = (rows: { numerator: number }[]) => rows.reduce((a, r) => a + r.numerator, 0);
    expect(sum(onToday.body.rows)).toBeCloseTo(sum(on2023.body.rows), 0);
  });

  it('counts target 2 from accepted plans, and the yearly targets against 2 classes and 2–3 models', async () => {
    const d = (await manager.get(`/api/v1/dashboard?year=2025&unitId=${city}`)).body;
    const t2 = d.indicators.find((i: { code: string }) => i.code === 'T2');
    expect(t2.denominator).toBe(94);
    expect(t2.target).toBe(100);
    const t4 = d.indicators.find((i: { code: string }) => i.code === 'T4');
    expect(t4).toMatchObject({ value: 3, target: 2, met: true, unitLabel: 'lớp' });
    const t9 = d.indicators.find((i: { code: string }) => i.code === 'T9');
    expect(t9).toMatchObject({ target: 2, targetMax: 3 });
    expect(t9.series.map((x: { year: number }) => x.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it('uses the definition valid for each year (definitions are versioned)', async () => {
    const admin = await s.as('admin');
    const defs = (await admin.get('/api/v1/indicators')).body.items;
    const t4 = defs.find((d: { code: string }) => d.code === 'T4');
    const res = await admin.put(`/api/v1/indicators/${t4.id}`, {
      name: t4.name, description: 'Từ 2025 tính cả mô hình', unitLabel: 'lớp', version: t4.version, fromYear: 2025,
      formula: { numerator: { provider: 'data_element', params: { element: 'DX_MODELS' } }, denominator: null, aggregation: 'sum', missing: 'exclude', scale: 1 },
    });
    expect(res.status).toBe(200);
    const y2025 = (await admin.get(`/api/v1/dashboard?year=2025&unitId=${city}`)).body.indicators.find((i: { code: string }) => i.code === 'T4');
    const y2024 = (await admin.get(`/api/v1/dashboard?year=2024&unitId=${city}`)).body.indicators.find((i: { code: string }) => i.code === 'T4');
    expect(y2025.description).toBe('Từ 2025 tính cả mô hình');
    expect(y2024.value).toBe(2);
    const bad = await admin.put(`/api/v1/indicators/${t4.id}`, { ...t4, version: t4.version, formula: { numerator: { provider: 'khong_co', params: {} }, denominator: null, aggregation: 'sum', missing: 'exclude', scale: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Nguồn dữ liệu không tồn tại');
  });
});
