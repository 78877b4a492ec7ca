import type {
  CreateDocumentBody,
  CreateTaskAreaBody,
  CreateTargetBody,
  Programme,
  ProgrammeDocument,
  ProgrammeStatus,
  Responsibility,
  ResponsibilityRole,
  TaskArea,
  Target,
} from '@lantoa/contracts/programme';
import type { UnitGroup } from '@lantoa/contracts/org-units';
import type { Queryable } from '../../platform/db/db.ts';

/** All SQL of the programme module. Rows are mapped to the API shapes here. */

// A unit's name is the one of its latest version: a merged agency keeps the name it carried.
const UNIT_NAME_SQL = (unitIdExpr: string) =>
  `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${unitIdExpr}
     ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

// ── Programme ───────────────────────────────────────────────────────────────────────────────

type ProgrammeRow = {
  id: string;
  code: string;
  title: string;
  decision_number: string;
  decision_date: string;
  issuer: string;
  owner_unit_id: string | null;
  owner_unit_name: string | null;
  period_start: string;
  period_end: string;
  parent_title: string | null;
  summary: string | null;
  objective: string | null;
  status: ProgrammeStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const PROGRAMME_COLUMNS = `p.id, p.code, p.title, p.decision_number, p.decision_date, p.issuer, p.owner_unit_id,
  ${UNIT_NAME_SQL('p.owner_unit_id')} AS owner_unit_name,
  p.period_start, p.period_end, p.parent_title, p.summary, p.objective, p.status, p.version, p.created_at, p.updated_at`;

function toProgramme(r: ProgrammeRow): Programme {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
    ownerUnitId: r.owner_unit_id,
    ownerUnitName: r.owner_unit_name,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    parentTitle: r.parent_title,
    summary: r.summary,
    objective: r.objective,
    status: r.status,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export type ProgrammeData = {
  code: string;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  ownerUnitId: string | null;
  periodStart: string;
  periodEnd: string;
  parentTitle: string | null;
  summary: string | null;
  objective: string | null;
  status: ProgrammeStatus;
};

export async function findProgrammePage(
  db: Queryable,
  f: { statuses: readonly ProgrammeStatus[]; q: string | undefined; limit: number; offset: number },
): Promise<{ items: (Programme & { taskAreaCount: number; targetCount: number })[]; total: number }> {
  const params: unknown[] = [f.statuses];
  let where = 'p.status = ANY($1::text[])';
  // Every word must appear, diacritics optional; % and _ match themselves.
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean)) {
    params.push(`%${word.replace(/[\\%_]/g, '\\$&')}%`);
    where += ` AND vn_fold(p.title || ' ' || p.code || ' ' || p.decision_number) LIKE vn_fold($${params.length})`;
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM programme p WHERE ${where}`, params);
  params.push(f.limit, f.offset);
  const { rows } = await db.query<ProgrammeRow & { task_area_count: number; target_count: number }>(
    `SELECT ${PROGRAMME_COLUMNS},
            (SELECT count(*)::int FROM task_area t WHERE t.programme_id = p.id) AS task_area_count,
            (SELECT count(*)::int FROM programme_target t WHERE t.programme_id = p.id) AS target_count
       FROM programme p
      WHERE ${where}
      ORDER BY p.period_start DESC, p.decision_date DESC, p.code
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return {
    items: rows.map((r) => ({ ...toProgramme(r), taskAreaCount: r.task_area_count, targetCount: r.target_count })),
    total: total.rows[0]!.n,
  };
}

/** One programme; `lock` takes a row lock for the rest of the transaction. */
export async function findProgramme(db: Queryable, id: string, lock = false): Promise<Programme | null> {
  const { rows } = await db.query<ProgrammeRow>(
    `SELECT ${PROGRAMME_COLUMNS} FROM programme p WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`,
    [id],
  );
  return rows[0] ? toProgramme(rows[0]) : null;
}

export async function findProgrammeIdByCode(db: Queryable, code: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM programme WHERE lower(code) = lower($1)', [code]);
  return rows[0]?.id ?? null;
}

/**
 * The programme the public portal presents: one being carried out (today inside its period first,
 * then the most recent), else the most recently closed. Drafts are never public.
 */
export async function findPortalProgrammeId(db: Queryable, today: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM programme
      WHERE status IN ('active', 'closed')
      ORDER BY status = 'active' DESC,
               (period_start <= $1::date AND period_end >= $1::date) DESC,
               period_start DESC, decision_date DESC
      LIMIT 1`,
    [today],
  );
  return rows[0]?.id ?? null;
}

export async function insertProgramme(db: Queryable, d: ProgrammeData): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO programme (code, title, decision_number, decision_date, issuer, owner_unit_id, period_start, period_end,
                            parent_title, summary, objective, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      d.code,
      d.title,
      d.decisionNumber,
      d.decisionDate,
      d.issuer,
      d.ownerUnitId,
      d.periodStart,
      d.periodEnd,
      d.parentTitle,
      d.summary,
      d.objective,
      d.status,
    ],
  );
  return rows[0]!.id;
}

export async function updateProgramme(db: Queryable, id: string, d: ProgrammeData): Promise<void> {
  await db.query(
    `UPDATE programme SET code = $2, title = $3, decision_number = $4, decision_date = $5, issuer = $6, owner_unit_id = $7,
            period_start = $8, period_end = $9, parent_title = $10, summary = $11, objective = $12, status = $13,
            version = version + 1, updated_at = now()
      WHERE id = $1`,
    [
      id,
      d.code,
      d.title,
      d.decisionNumber,
      d.decisionDate,
      d.issuer,
      d.ownerUnitId,
      d.periodStart,
      d.periodEnd,
      d.parentTitle,
      d.summary,
      d.objective,
      d.status,
    ],
  );
}

/** A change to a part of the programme marks the programme as changed (not its version). */
export async function touchProgramme(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE programme SET updated_at = now() WHERE id = $1', [id]);
}

export async function deleteProgramme(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM programme WHERE id = $1', [id]);
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────

type DocumentRow = {
  id: string;
  programme_id: string;
  title: string;
  number: string | null;
  issued_on: string | null;
  url: string | null;
  note: string | null;
  sort: number;
  version: number;
};

function toDocument(r: DocumentRow): ProgrammeDocument {
  return {
    id: r.id,
    programmeId: r.programme_id,
    title: r.title,
    number: r.number,
    issuedOn: r.issued_on,
    url: r.url,
    note: r.note,
    sort: r.sort,
    version: r.version,
  };
}

const DOCUMENT_COLUMNS = 'id, programme_id, title, number, issued_on, url, note, sort, version';

export async function findDocuments(db: Queryable, programmeId: string): Promise<ProgrammeDocument[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM programme_document WHERE programme_id = $1 ORDER BY sort, issued_on NULLS LAST, title`,
    [programmeId],
  );
  return rows.map(toDocument);
}

export async function findDocument(
  db: Queryable,
  programmeId: string,
  id: string,
  lock = false,
): Promise<ProgrammeDocument | null> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM programme_document WHERE programme_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [programmeId, id],
  );
  return rows[0] ? toDocument(rows[0]) : null;
}

export async function insertDocument(
  db: Queryable,
  programmeId: string,
  d: CreateDocumentBody,
): Promise<ProgrammeDocument> {
  const { rows } = await db.query<DocumentRow>(
    `INSERT INTO programme_document (programme_id, title, number, issued_on, url, note, sort)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${DOCUMENT_COLUMNS}`,
    [programmeId, d.title, d.number, d.issuedOn, d.url, d.note, d.sort],
  );
  return toDocument(rows[0]!);
}

export async function updateDocument(db: Queryable, id: string, d: CreateDocumentBody): Promise<ProgrammeDocument> {
  const { rows } = await db.query<DocumentRow>(
    `UPDATE programme_document SET title = $2, number = $3, issued_on = $4, url = $5, note = $6, sort = $7,
            version = version + 1
      WHERE id = $1 RETURNING ${DOCUMENT_COLUMNS}`,
    [id, d.title, d.number, d.issuedOn, d.url, d.note, d.sort],
  );
  return toDocument(rows[0]!);
}

export async function deleteDocument(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM programme_document WHERE id = $1', [id]);
}

// ── Task areas ──────────────────────────────────────────────────────────────────────────────

type TaskAreaRow = {
  id: string;
  programme_id: string;
  number: number;
  title: string;
  content: string;
  version: number;
};

function toTaskArea(r: TaskAreaRow): TaskArea {
  return {
    id: r.id,
    programmeId: r.programme_id,
    number: r.number,
    title: r.title,
    content: r.content,
    version: r.version,
  };
}

const TASK_AREA_COLUMNS = 'id, programme_id, number, title, content, version';

export async function findTaskAreas(db: Queryable, programmeId: string): Promise<TaskArea[]> {
  const { rows } = await db.query<TaskAreaRow>(
    `SELECT ${TASK_AREA_COLUMNS} FROM task_area WHERE programme_id = $1 ORDER BY number`,
    [programmeId],
  );
  return rows.map(toTaskArea);
}

export async function findTaskArea(
  db: Queryable,
  programmeId: string,
  id: string,
  lock = false,
): Promise<TaskArea | null> {
  const { rows } = await db.query<TaskAreaRow>(
    `SELECT ${TASK_AREA_COLUMNS} FROM task_area WHERE programme_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [programmeId, id],
  );
  return rows[0] ? toTaskArea(rows[0]) : null;
}

export async function findTaskAreaNumbers(db: Queryable, programmeId: string): Promise<number[]> {
  const { rows } = await db.query<{ number: number }>('SELECT number FROM task_area WHERE programme_id = $1', [
    programmeId,
  ]);
  return rows.map((r) => r.number);
}

export async function insertTaskArea(db: Queryable, programmeId: string, d: CreateTaskAreaBody): Promise<TaskArea> {
  const { rows } = await db.query<TaskAreaRow>(
    `INSERT INTO task_area (programme_id, number, title, content) VALUES ($1, $2, $3, $4) RETURNING ${TASK_AREA_COLUMNS}`,
    [programmeId, d.number, d.title, d.content],
  );
  return toTaskArea(rows[0]!);
}

export async function updateTaskArea(db: Queryable, id: string, d: CreateTaskAreaBody): Promise<TaskArea> {
  const { rows } = await db.query<TaskAreaRow>(
    `UPDATE task_area SET number = $2, title = $3, content = $4, version = version + 1
      WHERE id = $1 RETURNING ${TASK_AREA_COLUMNS}`,
    [id, d.number, d.title, d.content],
  );
  return toTaskArea(rows[0]!);
}

export async function deleteTaskArea(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM task_area WHERE id = $1', [id]);
}

/** Targets name task areas by number: follow a renumbering, or drop a deleted area. Returns targets changed. */
export async function replaceTaskAreaNumberInTargets(
  db: Queryable,
  programmeId: string,
  from: number,
  to: number | null,
): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE programme_target
        SET task_area_numbers = CASE WHEN $3::int IS NULL THEN array_remove(task_area_numbers, $2)
                                     ELSE array_replace(task_area_numbers, $2, $3::int) END,
            version = version + 1
      WHERE programme_id = $1 AND $2 = ANY(task_area_numbers)`,
    [programmeId, from, to],
  );
  return rowCount ?? 0;
}

export async function countResponsibilitiesOfTaskArea(db: Queryable, taskAreaId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM programme_responsibility WHERE task_area_id = $1',
    [taskAreaId],
  );
  return rows[0]!.n;
}

// ── Targets ─────────────────────────────────────────────────────────────────────────────────

type TargetRow = {
  id: string;
  programme_id: string;
  number: number;
  title: string;
  content: string;
  target_value: number;
  target_value_max: number | null;
  unit: string;
  is_yearly: boolean;
  unit_group: UnitGroup | null;
  task_area_numbers: number[];
  version: number;
};

function toTarget(r: TargetRow): Target {
  return {
    id: r.id,
    programmeId: r.programme_id,
    number: r.number,
    title: r.title,
    content: r.content,
    targetValue: r.target_value,
    targetValueMax: r.target_value_max,
    unit: r.unit,
    isYearly: r.is_yearly,
    unitGroup: r.unit_group,
    taskAreaNumbers: [...r.task_area_numbers].sort((a, b) => a - b),
    version: r.version,
  };
}

const TARGET_COLUMNS =
  'id, programme_id, number, title, content, target_value, target_value_max, unit, is_yearly, unit_group, task_area_numbers, version';

export async function findTargets(db: Queryable, programmeId: string): Promise<Target[]> {
  const { rows } = await db.query<TargetRow>(
    `SELECT ${TARGET_COLUMNS} FROM programme_target WHERE programme_id = $1 ORDER BY number`,
    [programmeId],
  );
  return rows.map(toTarget);
}

export async function findTarget(db: Queryable, programmeId: string, id: string, lock = false): Promise<Target | null> {
  const { rows } = await db.query<TargetRow>(
    `SELECT ${TARGET_COLUMNS} FROM programme_target WHERE programme_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [programmeId, id],
  );
  return rows[0] ? toTarget(rows[0]) : null;
}

export async function insertTarget(db: Queryable, programmeId: string, d: CreateTargetBody): Promise<Target> {
  const { rows } = await db.query<TargetRow>(
    `INSERT INTO programme_target (programme_id, number, title, content, target_value, target_value_max, unit, is_yearly,
                                   unit_group, task_area_numbers)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${TARGET_COLUMNS}`,
    [
      programmeId,
      d.number,
      d.title,
      d.content,
      d.targetValue,
      d.targetValueMax,
      d.unit,
      d.isYearly,
      d.unitGroup,
      d.taskAreaNumbers,
    ],
  );
  return toTarget(rows[0]!);
}

export async function updateTarget(db: Queryable, id: string, d: CreateTargetBody): Promise<Target> {
  const { rows } = await db.query<TargetRow>(
    `UPDATE programme_target SET number = $2, title = $3, content = $4, target_value = $5, target_value_max = $6,
            unit = $7, is_yearly = $8, unit_group = $9, task_area_numbers = $10, version = version + 1
      WHERE id = $1 RETURNING ${TARGET_COLUMNS}`,
    [
      id,
      d.number,
      d.title,
      d.content,
      d.targetValue,
      d.targetValueMax,
      d.unit,
      d.isYearly,
      d.unitGroup,
      d.taskAreaNumbers,
    ],
  );
  return toTarget(rows[0]!);
}

export async function deleteTarget(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM programme_target WHERE id = $1', [id]);
}

// ── Responsibilities ────────────────────────────────────────────────────────────────────────

type ResponsibilityRow = {
  id: string;
  programme_id: string;
  task_area_id: string | null;
  task_area_number: number | null;
  unit_id: string | null;
  unit_name: string | null;
  unit_group: UnitGroup | null;
  role: ResponsibilityRole;
  duty: string;
  sort: number;
  version: number;
};

function toResponsibility(r: ResponsibilityRow): Responsibility {
  return {
    id: r.id,
    programmeId: r.programme_id,
    taskAreaId: r.task_area_id,
    taskAreaNumber: r.task_area_number,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitGroup: r.unit_group,
    role: r.role,
    duty: r.duty,
    sort: r.sort,
    version: r.version,
  };
}

const RESPONSIBILITY_SELECT = `SELECT r.id, r.programme_id, r.task_area_id, ta.number AS task_area_number, r.unit_id,
    ${UNIT_NAME_SQL('r.unit_id')} AS unit_name, r.unit_group, r.role, r.duty, r.sort, r.version
  FROM programme_responsibility r LEFT JOIN task_area ta ON ta.id = r.task_area_id`;

export async function findResponsibilities(db: Queryable, programmeId: string): Promise<Responsibility[]> {
  const { rows } = await db.query<ResponsibilityRow>(
    `${RESPONSIBILITY_SELECT} WHERE r.programme_id = $1
      ORDER BY r.sort, ta.number NULLS FIRST,
               array_position(ARRAY['standing', 'lead', 'coordinate'], r.role), r.id`,
    [programmeId],
  );
  return rows.map(toResponsibility);
}

export async function findResponsibility(
  db: Queryable,
  programmeId: string,
  id: string,
  lock = false,
): Promise<Responsibility | null> {
  const { rows } = await db.query<ResponsibilityRow>(
    `${RESPONSIBILITY_SELECT} WHERE r.programme_id = $1 AND r.id = $2${lock ? ' FOR UPDATE OF r' : ''}`,
    [programmeId, id],
  );
  return rows[0] ? toResponsibility(rows[0]) : null;
}

export type ResponsibilityData = {
  taskAreaId: string | null;
  unitId: string | null;
  unitGroup: UnitGroup | null;
  role: ResponsibilityRole;
  duty: string;
  sort: number;
};

export async function insertResponsibility(db: Queryable, programmeId: string, d: ResponsibilityData): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO programme_responsibility (programme_id, task_area_id, unit_id, unit_group, role, duty, sort)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [programmeId, d.taskAreaId, d.unitId, d.unitGroup, d.role, d.duty, d.sort],
  );
  return rows[0]!.id;
}

export async function updateResponsibility(db: Queryable, id: string, d: ResponsibilityData): Promise<void> {
  await db.query(
    `UPDATE programme_responsibility SET task_area_id = $2, unit_id = $3, unit_group = $4, role = $5, duty = $6, sort = $7,
            version = version + 1
      WHERE id = $1`,
    [id, d.taskAreaId, d.unitId, d.unitGroup, d.role, d.duty, d.sort],
  );
}

export async function deleteResponsibility(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM programme_responsibility WHERE id = $1', [id]);
}

// ── Units named by the programme ────────────────────────────────────────────────────────────

export async function unitExists(db: Queryable, unitId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM org_unit WHERE id = $1', [unitId]);
  return (rowCount ?? 0) > 0;
}

/** Unit ids by their stable source key ('agency:so-tttt', 'gso:48'); missing keys are absent. */
export async function findUnitIdsByExternalKeys(db: Queryable, keys: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; external_key: string }>(
    'SELECT id, external_key FROM org_unit WHERE external_key = ANY($1::text[])',
    [keys],
  );
  return new Map(rows.map((r) => [r.external_key, r.id]));
}
