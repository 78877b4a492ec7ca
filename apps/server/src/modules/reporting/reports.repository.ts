import type { ReportStatus } from '@lantoa/contracts/reporting';
import type { Queryable } from '../../platform/db/db.ts';

export type FormRow = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  period_type: 'month' | 'quarter' | 'half' | 'year';
  unit_types: string[];
  deadline_day: number;
  late_days: number;
  rules: { left: string; op: '<=' | '>=' | '=' | '<' | '>'; right: string; message: string }[];
};

export type ElementRow = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  value_type: 'integer' | 'decimal' | 'percentage';
  unit_label: string | null;
  min_value: number | null;
  max_value: number | null;
  categories: string[];
  time_aggregation: 'sum' | 'latest';
  required: boolean;
};

export async function findForms(db: Queryable): Promise<FormRow[]> {
  const { rows } = await db.query<FormRow>('SELECT id, code, name, description, period_type, unit_types, deadline_day, late_days, rules FROM report_form WHERE active ORDER BY code');
  return rows;
}

export async function findForm(db: Queryable, id: string): Promise<FormRow | null> {
  const { rows } = await db.query<FormRow>('SELECT id, code, name, description, period_type, unit_types, deadline_day, late_days, rules FROM report_form WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export async function findFormElements(db: Queryable, formId: string): Promise<ElementRow[]> {
  const { rows } = await db.query<ElementRow>(
    `SELECT e.id, e.code, e.name, e.description, e.value_type, e.unit_label, e.min_value::float8 AS min_value, e.max_value::float8 AS max_value,
            e.categories, e.time_aggregation, fe.required
       FROM report_form_element fe JOIN data_element e ON e.id = fe.element_id WHERE fe.form_id = $1 ORDER BY fe.sort`,
    [formId],
  );
  return rows;
}

export type ReportRow = {
  id: string;
  form_id: string;
  unit_id: string;
  root_id: string | null;
  period: string;
  period_start: string;
  period_end: string;
  status: ReportStatus;
  revision: number;
  lock_version: number;
  submitted_at: Date | null;
  first_submitted_at: Date | null;
  accepted_at: Date | null;
};

export async function findReport(db: Queryable, formId: string, unitId: string, period: string, forUpdate = false): Promise<ReportRow | null> {
  const { rows } = await db.query<ReportRow>(
    `SELECT id, form_id, unit_id, root_id, period, period_start, period_end, status, revision, lock_version, submitted_at, first_submitted_at, accepted_at
       FROM report WHERE form_id = $1 AND unit_id = $2 AND period = $3 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [formId, unitId, period],
  );
  return rows[0] ?? null;
}

export async function findReportById(db: Queryable, id: string, forUpdate = false): Promise<ReportRow | null> {
  const { rows } = await db.query<ReportRow>(
    `SELECT id, form_id, unit_id, root_id, period, period_start, period_end, status, revision, lock_version, submitted_at, first_submitted_at, accepted_at
       FROM report WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertReport(db: Queryable, r: { formId: string; unitId: string; rootId: string | null; period: string; start: string; end: string; createdBy: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO report (form_id, unit_id, root_id, period, period_start, period_end, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.formId, r.unitId, r.rootId, r.period, r.start, r.end, r.createdBy],
  );
  return rows[0]!.id;
}

export async function bumpLock(db: Queryable, id: string, expected: number): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE report SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $2', [id, expected]);
  return (rowCount ?? 0) > 0;
}

export async function findValues(db: Queryable, reportId: string): Promise<{ element: string; category: string; value: number }[]> {
  const { rows } = await db.query<{ element: string; category: string; value: number }>(
    `SELECT e.code AS element, v.category, v.value FROM report_value v JOIN data_element e ON e.id = v.element_id WHERE v.report_id = $1 ORDER BY e.code, v.category`,
    [reportId],
  );
  return rows;
}

export async function replaceValues(db: Queryable, reportId: string, values: { elementId: string; category: string; value: number }[]): Promise<void> {
  await db.query('DELETE FROM report_value WHERE report_id = $1', [reportId]);
  if (!values.length) return;
  await db.query(
    `INSERT INTO report_value (report_id, element_id, category, value) SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::numeric[])`,
    [reportId, values.map((v) => v.elementId), values.map((v) => v.category), values.map((v) => v.value)],
  );
}

export async function setReportStatus(db: Queryable, id: string, status: ReportStatus, opts: { newRevision?: boolean } = {}): Promise<void> {
  await db.query(
    `UPDATE report SET status = $2, lock_version = lock_version + 1, updated_at = now(),
            submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
            first_submitted_at = CASE WHEN $2 = 'submitted' THEN coalesce(first_submitted_at, now()) ELSE first_submitted_at END,
            approved_at = CASE WHEN $2 = 'approved' THEN now() ELSE approved_at END,
            accepted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE accepted_at END,
            revision = revision + CASE WHEN $3 THEN 1 ELSE 0 END
      WHERE id = $1`,
    [id, status, opts.newRevision ?? false],
  );
}

export async function insertRevision(db: Queryable, reportId: string, revision: number, values: unknown, userId: string): Promise<void> {
  await db.query('INSERT INTO report_revision (report_id, revision, values_json, accepted_by) VALUES ($1, $2, $3, $4)', [reportId, revision, JSON.stringify(values), userId]);
}

export async function findException(db: Queryable, formId: string, unitId: string, period: string): Promise<string | null> {
  const { rows } = await db.query<{ open_until: string }>('SELECT open_until FROM report_exception WHERE form_id = $1 AND unit_id = $2 AND period = $3', [formId, unitId, period]);
  return rows[0]?.open_until ?? null;
}

export async function upsertException(db: Queryable, e: { formId: string; unitId: string; period: string; openUntil: string; reason: string; grantedBy: string }) {
  await db.query(
    `INSERT INTO report_exception (form_id, unit_id, period, open_until, reason, granted_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (form_id, unit_id, period) DO UPDATE SET open_until = EXCLUDED.open_until, reason = EXCLUDED.reason, granted_by = EXCLUDED.granted_by, granted_at = now()`,
    [e.formId, e.unitId, e.period, e.openUntil, e.reason, e.grantedBy],
  );
}

/** Expected units (of the form's types, valid at the end of the period, in the subtree) and their report. */
export async function findCompleteness(db: Queryable, f: { formId: string; period: string; asOf: string; rootId: string; types: string[] }) {
  const { rows } = await db.query<{ unit_id: string; unit_name: string; status: string | null; first_submitted_at: Date | null }>(
    `WITH RECURSIVE scope(unit_id, depth) AS (
       SELECT $4::uuid, 0
       UNION ALL
       SELECT v.unit_id, s.depth + 1 FROM scope s JOIN org_unit_version v ON v.parent_id = s.unit_id AND v.validity @> $3::date WHERE s.depth < 64
     )
     SELECT v.unit_id, v.name AS unit_name, r.status, r.first_submitted_at
       FROM (SELECT DISTINCT unit_id FROM scope) s
       JOIN org_unit_version v ON v.unit_id = s.unit_id AND v.validity @> $3::date AND v.type = ANY($5::text[])
       LEFT JOIN report r ON r.unit_id = v.unit_id AND r.form_id = $1 AND r.period = $2
      ORDER BY v.name COLLATE "vi-x-icu"`,
    [f.formId, f.period, f.asOf, f.rootId, f.types],
  );
  return rows;
}

export async function listReports(db: Queryable, f: { formId?: string; period?: string; status?: string; unitId?: string; scopeUnitIds: string[] | null; limit: number; offset: number }) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.formId) where.push(`r.form_id = ${p(f.formId)}`);
  if (f.period) where.push(`r.period = ${p(f.period)}`);
  if (f.status) where.push(`r.status = ${p(f.status)}`);
  if (f.unitId) where.push(`r.unit_id = ${p(f.unitId)}`);
  if (f.scopeUnitIds) where.push(`r.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { rows } = await db.query<ReportRow & { unit_name: string; form_name: string; total: number }>(
    `SELECT r.id, r.form_id, r.unit_id, r.period, r.period_start, r.period_end, r.status, r.revision, r.lock_version, r.submitted_at, r.first_submitted_at, r.accepted_at,
            (SELECT v.name FROM org_unit_version v WHERE v.unit_id = r.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name,
            f.name AS form_name, count(*) OVER ()::int AS total
       FROM report r JOIN report_form f ON f.id = r.form_id ${w}
      ORDER BY r.period DESC, r.updated_at DESC LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return rows;
}

/**
 * Counts per period for one form under a unit, in one query: units expected (of the form's types,
 * valid on `asOf`), reports submitted, submitted by the deadline, accepted.
 */
export async function findCompletenessCounts(
  db: Queryable,
  f: { formId: string; periods: { id: string; deadline: string }[]; asOf: string; rootId: string; types: string[] },
) {
  const { rows } = await db.query<{ period: string; expected: number; submitted: number; on_time: number; accepted: number }>(
    `WITH RECURSIVE scope(unit_id, depth) AS (
       SELECT $4::uuid, 0
       UNION ALL
       SELECT v.unit_id, s.depth + 1 FROM scope s JOIN org_unit_version v ON v.parent_id = s.unit_id AND v.validity @> $3::date WHERE s.depth < 64
     ), expected AS (
       SELECT DISTINCT v.unit_id FROM scope s JOIN org_unit_version v ON v.unit_id = s.unit_id AND v.validity @> $3::date AND v.type = ANY($5::text[])
     ), p AS (SELECT * FROM unnest($2::text[], $6::date[]) AS p(id, deadline))
     SELECT p.id AS period, (SELECT count(*) FROM expected)::int AS expected,
            count(r.id) FILTER (WHERE r.first_submitted_at IS NOT NULL)::int AS submitted,
            count(r.id) FILTER (WHERE (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.deadline)::int AS on_time,
            count(r.id) FILTER (WHERE r.status = 'accepted')::int AS accepted
       FROM p LEFT JOIN report r ON r.form_id = $1 AND r.period = p.id AND r.unit_id IN (SELECT unit_id FROM expected)
      GROUP BY p.id ORDER BY p.id`,
    [f.formId, f.periods.map((p) => p.id), f.asOf, f.rootId, f.types, f.periods.map((p) => p.deadline)],
  );
  return rows;
}

/** The unit's name, type and root on a day (or its nearest version). */
export async function findUnitInfo(db: Queryable, unitId: string, date: string) {
  const { rows } = await db.query<{ name: string; type: string; root_id: string | null }>(
    `SELECT v.name, v.type, u.root_id FROM org_unit u JOIN org_unit_version v ON v.unit_id = u.id
      WHERE u.id = $1 ORDER BY (v.validity @> $2::date) DESC, v.valid_from DESC NULLS LAST LIMIT 1`,
    [unitId, date],
  );
  return rows[0] ?? null;
}
