import type { CaseCategory, CasePlatform, CaseStatus } from '@lantoa/contracts/cases';
import type { Queryable } from '../../platform/db/db.ts';

export type CaseRow = {
  id: string;
  code: string;
  source: 'public' | 'internal';
  intake_unit_id: string | null;
  intake_unit_name: string | null;
  link: string;
  platform: CasePlatform;
  description: string;
  contact: string | null;
  screenshot_file_id: string | null;
  screenshot_name: string | null;
  category: CaseCategory | null;
  status: CaseStatus;
  verification_note: string | null;
  responsible_unit_id: string | null;
  responsible_unit_name: string | null;
  response_kind: 'correction' | 'clarification' | null;
  response_title: string | null;
  response_url: string | null;
  response_content_ref: string | null;
  referral_date: string | null;
  referral_ref: string | null;
  outcome: string | null;
  stage_due_at: Date | null;
  is_overdue: boolean;
  closed_at: Date | null;
  lock_version: number;
  created_at: Date;
  updated_at: Date;
};

/** Unit names as of today (the unit's current version). */
const unitName = (col: string) =>
  `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY (v.validity @> current_date) DESC, v.valid_from DESC NULLS LAST LIMIT 1)`;

const SELECT = `SELECT c.id, c.code, c.source, c.intake_unit_id, ${unitName('c.intake_unit_id')} AS intake_unit_name, c.link, c.platform, c.description,
       c.contact, c.screenshot_file_id, f.name AS screenshot_name, c.category, c.status, c.verification_note, c.responsible_unit_id,
       ${unitName('c.responsible_unit_id')} AS responsible_unit_name, c.response_kind, c.response_title, c.response_url, c.response_content_ref,
       to_char(c.referral_date, 'YYYY-MM-DD') AS referral_date, c.referral_ref, c.outcome, c.stage_due_at,
       (c.status NOT IN ('closed', 'dismissed') AND c.stage_due_at < now()) AS is_overdue,
       c.closed_at, c.lock_version, c.created_at, c.updated_at
  FROM misinfo_case c LEFT JOIN stored_file f ON f.id = c.screenshot_file_id`;

export async function findCase(db: Queryable, id: string): Promise<CaseRow | null> {
  const { rows } = await db.query<CaseRow>(`${SELECT} WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findCaseForUpdate(db: Queryable, id: string): Promise<CaseRow | null> {
  await db.query('SELECT 1 FROM misinfo_case WHERE id = $1 FOR UPDATE', [id]);
  return findCase(db, id);
}

export async function findCaseByCode(db: Queryable, code: string): Promise<CaseRow | null> {
  const { rows } = await db.query<CaseRow>(`${SELECT} WHERE c.code = $1`, [code]);
  return rows[0] ?? null;
}

export async function insertCase(
  db: Queryable,
  c: {
    code: string;
    source: 'public' | 'internal';
    intakeUnitId: string | null;
    link: string;
    platform: string;
    description: string;
    contact: string | null;
    screenshotFileId: string | null;
    stageHours: number;
    createdBy: string | null;
  },
): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO misinfo_case (code, source, intake_unit_id, link, platform, description, contact, screenshot_file_id, stage_due_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(hours => $9), $10)
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [c.code, c.source, c.intakeUnitId, c.link, c.platform, c.description, c.contact, c.screenshotFileId, c.stageHours, c.createdBy],
  );
  return rows[0]?.id ?? null;
}

export type CasePatch = Partial<{
  category: string;
  verification_note: string | null;
  responsible_unit_id: string;
  response_kind: string;
  response_title: string;
  response_url: string | null;
  response_content_ref: string | null;
  referral_date: string;
  referral_ref: string;
  outcome: string;
}>;

/** Moves a case to its next state with the fields that step records; false when the lock version moved. */
export async function applyTransition(db: Queryable, id: string, lockVersion: number, to: string, stageHours: number | null, patch: CasePatch): Promise<boolean> {
  const cols = Object.keys(patch) as (keyof CasePatch)[];
  const params: unknown[] = [id, lockVersion, to, stageHours];
  const sets = cols.map((k) => {
    params.push(patch[k]);
    return `${k} = $${params.length}`;
  });
  const r = await db.query(
    `UPDATE misinfo_case SET status = $3, stage_due_at = CASE WHEN $4::int IS NULL THEN NULL ELSE now() + make_interval(hours => $4::int) END,
            closed_at = CASE WHEN $3 IN ('closed', 'dismissed') THEN now() ELSE NULL END,
            lock_version = lock_version + 1, updated_at = now()${sets.length ? `, ${sets.join(', ')}` : ''}
      WHERE id = $1 AND lock_version = $2`,
    params,
  );
  return r.rowCount === 1;
}

export type CaseFilter = {
  status?: string;
  category?: string;
  overdue?: boolean;
  year?: number;
  q?: string;
  sort: 'newest' | 'oldest' | 'due';
  scopeUnitIds: string[] | null;
  limit: number;
  offset: number;
};

function whereOf(f: Omit<CaseFilter, 'sort' | 'limit' | 'offset'>, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (f.scopeUnitIds) where.push(`(c.intake_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[]) OR c.responsible_unit_id = ANY($${params.length}::uuid[]))`);
  if (f.status) where.push(`c.status = ${p(f.status)}`);
  if (f.category) where.push(`c.category = ${p(f.category)}`);
  if (f.overdue === true) where.push(`c.status NOT IN ('closed', 'dismissed') AND c.stage_due_at < now()`);
  if (f.overdue === false) where.push(`NOT (c.status NOT IN ('closed', 'dismissed') AND c.stage_due_at < now())`);
  if (f.year) where.push(`extract(year FROM c.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = ${p(f.year)}`);
  if (f.q) where.push(`c.search_text LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

export async function listCases(db: Queryable, f: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
  const params: unknown[] = [];
  const where = whereOf(f, params);
  const order = f.sort === 'oldest' ? 'c.created_at, c.id' : f.sort === 'due' ? `(c.status IN ('closed', 'dismissed')), c.stage_due_at NULLS LAST, c.id` : 'c.created_at DESC, c.id';
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM misinfo_case c ${where}`, params);
  params.push(f.limit, f.offset);
  const { rows } = await db.query<CaseRow>(`${SELECT} ${where} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
  return { rows, total: count.rows[0]!.n };
}

/** Cases of a year counted by month (Vietnam time), category and state. */
export async function countCasesByMonth(db: Queryable, year: number, scopeUnitIds: string[] | null) {
  const params: unknown[] = [];
  const where = whereOf({ year, scopeUnitIds }, params);
  const { rows } = await db.query<{ month: number; category: string | null; status: string; overdue: boolean; n: number }>(
    `SELECT extract(month FROM c.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS month, c.category, c.status,
            (c.status NOT IN ('closed', 'dismissed') AND c.stage_due_at < now()) AS overdue, count(*)::int AS n
       FROM misinfo_case c ${where} GROUP BY 1, 2, 3, 4 ORDER BY 1`,
    params,
  );
  return rows;
}


/** The root of today's structure, to which files sent from the portal belong. */
export async function findCityRootId(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ unit_id: string }>(
    `SELECT v.unit_id FROM org_unit_version v WHERE v.parent_id IS NULL AND v.validity @> current_date
      ORDER BY (SELECT count(*) FROM org_unit_version c WHERE c.parent_id = v.unit_id) DESC LIMIT 1`,
  );
  return rows[0]?.unit_id ?? null;
}

export async function unitExists(db: Queryable, unitId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM org_unit WHERE id = $1', [unitId]);
  return rows.length > 0;
}
