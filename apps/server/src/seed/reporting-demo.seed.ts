import type { Queryable } from '../platform/db/db.ts';
import { parsePeriod, periodsOf, deadlineOf } from '../modules/reporting/period.ts';

/**
 * Demo figures for 2023–2025, marked as demo (created_by null, source 'report'): quarterly reports
 * of every commune-level unit on the structure of each quarter, yearly reports of units, and
 * accepted plans, so that the dashboard shows the programme's progress through both reforms.
 * Deterministic: the same database gets the same numbers.
 */
export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

const COMMUNE_TYPES = ['ward', 'commune', 'township', 'special_zone'];
const YEARLY_TYPES = [...COMMUNE_TYPES, 'district', 'department', 'agency', 'party_body', 'mass_organisation', 'press_agency'];

/** How far the programme had got, 0..1, by the end of a period (it starts low in 2023). */
export function progress(period: string): number {
  const p = parsePeriod(period)!;
  const t = (new Date(p.end).getTime() - new Date('2023-01-01').getTime()) / (new Date('2025-12-31').getTime() - new Date('2023-01-01').getTime());
  return Math.min(0.98, 0.35 + 0.63 * t);
}

type Row = { formId: string; unitId: string; rootId: string; period: string; start: string; end: string; submitted: string | null; status: string; values: [string, string, number][] };

export async function seedReportingDemo(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM report LIMIT 1');
  if (exists.rowCount) return;
  const forms = new Map((await db.query<{ code: string; id: string }>('SELECT code, id FROM report_form')).rows.map((r) => [r.code, r.id]));
  const city = (await db.query<{ id: string }>(`SELECT id FROM org_unit WHERE external_key = 'gso:48'`)).rows[0]!.id;
  const standing = new Map((await db.query<{ external_key: string; id: string }>(`SELECT external_key, id FROM org_unit WHERE external_key IN ('agency:so-tttt', 'agency:so-khcn', 'agency:thanh-doan')`)).rows.map((r) => [r.external_key, r.id]));
  // Units of Đà Nẵng on that day (Quảng Nam's communes reported to Quảng Nam before the merger).
  const unitsAt = async (date: string, types: string[]) =>
    (await db.query<{ unit_id: string; type: string }>(
      `WITH RECURSIVE t(unit_id, type, depth) AS (
         SELECT unit_id, type, 0 FROM org_unit_version WHERE unit_id = $3 AND validity @> $1::date
         UNION ALL
         SELECT v.unit_id, v.type, t.depth + 1 FROM t JOIN org_unit_version v ON v.parent_id = t.unit_id AND v.validity @> $1::date WHERE t.depth < 10
       ) SELECT unit_id, type FROM t WHERE type = ANY($2::text[])`,
      [date, types, city],
    )).rows;

  const rows: Row[] = [];
  for (const year of [2023, 2024, 2025]) {
    for (const p of periodsOf('quarter', year)) {
      const deadline = deadlineOf(p, 15);
      const late = p.id === '2025Q4';
      for (const u of await unitsAt(p.end, COMMUNE_TYPES)) {
        const r = hash(u.unit_id);
        if (late && r < 0.05) continue; // a few communes never sent their last quarter
        const k = progress(p.id);
        const teams = 20 + Math.floor(r * 40);
        const schools = 2 + Math.floor(hash(`${u.unit_id}s`) * 8);
        const reached = 200 + Math.floor(hash(`${u.unit_id}${p.id}`) * 800);
        rows.push({
          formId: forms.get('BC-CDS-QUY')!, unitId: u.unit_id, rootId: city, period: p.id, start: p.start, end: p.end,
          submitted: late && r < 0.12 ? addDays(deadline, 6) : addDays(deadline, -1 - Math.floor(r * 10)), status: 'accepted',
          values: [
            ['CDT_TEAMS_TOTAL', '', teams],
            ['CDT_TEAMS_TRAINED', '', Math.min(teams, Math.round(teams * Math.min(1, k + (r - 0.5) * 0.2)))],
            ['SCHOOLS_TOTAL', '', schools],
            ['SCHOOLS_DX', '', Math.min(schools, Math.round(schools * Math.min(1, k + 0.05)))],
            ['DX_ARTICLES', '', 3 + Math.floor(hash(`${u.unit_id}a${p.id}`) * 12)],
            ['PEOPLE_REACHED', 'citizens', Math.round(reached * 0.6)],
            ['PEOPLE_REACHED', 'businesses', Math.round(reached * 0.1)],
            ['PEOPLE_REACHED', 'students', Math.round(reached * 0.2)],
            ['PEOPLE_REACHED', 'elderly', Math.round(reached * 0.1)],
          ],
        });
      }
    }
    const y = periodsOf('year', year)[0]!;
    const deadline = deadlineOf(y, 15);
    for (const u of await unitsAt(y.end, YEARLY_TYPES)) {
      const r = hash(`${u.unit_id}y`);
      const k = progress(y.id);
      const leaders = 5 + Math.floor(r * 20);
      const staff = 3 + Math.floor(hash(`${u.unit_id}c`) * 12);
      const values: [string, string, number][] = [
        ['LEADERS_TOTAL', '', leaders],
        ['LEADERS_INFORMED', '', Math.min(leaders, Math.round(leaders * Math.min(1, k + 0.05)))],
        ['COMM_STAFF_TOTAL', '', staff],
        ['COMM_STAFF_TRAINED', '', Math.min(staff, Math.round(staff * k))],
      ];
      if (u.type === 'press_agency') values.push(['HAS_DX_COLUMN', '', year >= 2024 || r > 0.4 ? 1 : 0]);
      const isStanding = u.unit_id === standing.get(year >= 2025 ? 'agency:so-khcn' : 'agency:so-tttt');
      if (isStanding) values.push(['REPORTER_CLASSES', '', year === 2025 ? 3 : 2], ['DX_MODELS', '', year === 2024 ? 2 : 2]);
      if (u.unit_id === standing.get('agency:thanh-doan') && year >= 2024) values.push(['DX_MODELS', '', 1]);
      rows.push({ formId: forms.get('BC-CDS-NAM')!, unitId: u.unit_id, rootId: city, period: y.id, start: y.start, end: y.end, submitted: addDays(deadline, -3 - Math.floor(r * 10)), status: 'accepted', values });
    }
  }

  const inserted = await db.query<{ id: string }>(
    `INSERT INTO report (form_id, unit_id, root_id, period, period_start, period_end, status, submitted_at, first_submitted_at, approved_at, accepted_at)
     SELECT f, u, r, p, ps, pe, s, sub::timestamptz, sub::timestamptz, sub::timestamptz + interval '1 day', sub::timestamptz + interval '2 days'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::text[], $8::text[]) WITH ORDINALITY AS t(f, u, r, p, ps, pe, s, sub, n)
      ORDER BY n
     RETURNING id`,
    [rows.map((x) => x.formId), rows.map((x) => x.unitId), rows.map((x) => x.rootId), rows.map((x) => x.period), rows.map((x) => x.start), rows.map((x) => x.end),
      rows.map((x) => x.status), rows.map((x) => `${x.submitted}T09:00:00+07:00`)],
  );
  const ids = inserted.rows.map((r) => r.id);
  const v = { report: [] as string[], element: [] as string[], category: [] as string[], value: [] as number[] };
  rows.forEach((row, i) => {
    for (const [el, cat, val] of row.values) {
      v.report.push(ids[i]!);
      v.element.push(el);
      v.category.push(cat);
      v.value.push(val);
    }
  });
  await db.query(
    `INSERT INTO report_value (report_id, element_id, category, value)
     SELECT t.r, e.id, t.c, t.v FROM unnest($1::uuid[], $2::text[], $3::text[], $4::numeric[]) AS t(r, el, c, v) JOIN data_element e ON e.code = t.el`,
    [v.report, v.element, v.category, v.value],
  );
  await db.query(
    `INSERT INTO fact (root_id, unit_id, key, period_start, period_end, category, value, source_type, source_id)
     SELECT r.root_id, r.unit_id, 'de:' || e.code, r.period_start, r.period_end, v.category, v.value, 'report', r.id::text
       FROM report r JOIN report_value v ON v.report_id = r.id JOIN data_element e ON e.id = v.element_id WHERE r.status = 'accepted'`,
  );
  await db.query(
    `INSERT INTO fact_unit_year (key, unit_id, year, value_sum, value_count, last_period_start, last_value, root_id)
     SELECT key, unit_id, year, sum(v), sum(n)::int, max(period_start), (array_agg(v ORDER BY period_start DESC))[1], $1::uuid
       FROM (SELECT key, unit_id, extract(year FROM period_start)::int AS year, period_start, sum(value) AS v, count(*) AS n FROM fact GROUP BY 1, 2, 3, 4) f
      GROUP BY key, unit_id, year`,
    [city],
  );
  await db.query(`INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, comment, actor_name, at)
                  SELECT 'report', id, 'accept', 'approved', 'accepted', 'Dữ liệu mẫu', 'Dữ liệu mẫu', accepted_at FROM report`);
  await seedPlansDemo(db);
}

async function seedPlansDemo(db: Queryable): Promise<void> {
  const prog = (await db.query<{ id: string }>(`SELECT id FROM programme WHERE code = 'DA-TT-CDS-DN-2022-2025'`)).rows[0];
  if (!prog) return;
  for (const [year, locShare, orgShare] of [[2023, 0.6, 0.5], [2024, 0.8, 0.8], [2025, 0.95, 1]] as const) {
    const units = (await db.query<{ unit_id: string; type: string; name: string }>(
      `WITH RECURSIVE t(unit_id, type, name, depth) AS (
         SELECT unit_id, type, name, 0 FROM org_unit_version WHERE parent_id IS NULL AND validity @> $1::date
           AND unit_id = (SELECT id FROM org_unit WHERE external_key = 'gso:48')
         UNION ALL
         SELECT v.unit_id, v.type, v.name, t.depth + 1 FROM t JOIN org_unit_version v ON v.parent_id = t.unit_id AND v.validity @> $1::date WHERE t.depth < 10
       ) SELECT unit_id, type, name FROM t WHERE type = ANY($2::text[])`,
      [`${year}-12-31`, ['district', 'ward', 'commune', 'township', 'special_zone', 'mass_organisation', 'party_body']],
    )).rows.filter((u) => hash(`${u.unit_id}p${year}`) < (['mass_organisation', 'party_body'].includes(u.type) ? orgShare : locShare));
    for (const u of units) {
      const isOrg = ['mass_organisation', 'party_body'].includes(u.type);
      const amount = isOrg ? 0 : 10_000_000 + Math.floor(hash(`${u.unit_id}b${year}`) * 40) * 1_000_000;
      const data = {
        title: `Kế hoạch truyền thông chuyển đổi số năm ${year}`, summary: 'Dữ liệu mẫu', inSocioEconomicPlan: !isOrg, inYearlyProgramme: isOrg, inMidTermProgramme: false, inLongTermProgramme: false,
        activities: [{ taskAreaNumber: 2, title: 'Tuyên truyền chuyển đổi số tại cộng đồng', description: null, audiences: ['citizens'], channels: ['community'], periodStart: null, periodEnd: null, responsibleUnitId: null, coordinatingUnitIds: [], outputQuantity: null, outputUnit: null, linkedProgrammes: [] }],
        budgetLines: amount ? [{ activityIndex: 0, taskAreaNumber: 2, description: 'Tổ chức tuyên truyền', amount, source: 'local_budget' }] : [],
      };
      const plan = await db.query<{ id: string }>(
        `INSERT INTO comm_plan (programme_id, unit_id, year, title, summary, status, in_socio_economic_plan, in_yearly_programme, submitted_at, accepted_at)
         VALUES ($1, $2, $3, $4, 'Dữ liệu mẫu', 'accepted', $5, $6, make_date($3, 2, 1), make_date($3, 2, 20)) RETURNING id`,
        [prog.id, u.unit_id, year, data.title, data.inSocioEconomicPlan, data.inYearlyProgramme],
      );
      await db.query(`INSERT INTO comm_plan_snapshot (plan_id, version_no, status, data, total_amount) VALUES ($1, 1, 'accepted', $2, $3)`, [plan.rows[0]!.id, JSON.stringify(data), amount]);
      if (amount) await db.query(`INSERT INTO comm_plan_budget_line (plan_id, task_area_number, description, amount, source) VALUES ($1, 2, 'Tổ chức tuyên truyền', $2, 'local_budget')`, [plan.rows[0]!.id, amount]);
      await db.query(`INSERT INTO comm_plan_activity (plan_id, task_area_number, title, audiences, channels) VALUES ($1, 2, 'Tuyên truyền chuyển đổi số tại cộng đồng', '{citizens}', '{community}')`, [plan.rows[0]!.id]);
    }
  }
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
