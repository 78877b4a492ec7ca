import type { AgreementInput, ActivityInput, ContributionInput, ContributionKind, PartnerInput, PartnerKind } from '@lantoa/contracts/partners';
import type { Queryable } from '../../platform/db/db.ts';

const nameOf = (col: string) => `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

export type PartnerRow = {
  id: string;
  name: string;
  kind: PartnerKind;
  is_international: boolean;
  country: string | null;
  contact: string | null;
  website: string | null;
  notes: string | null;
  is_demo: boolean;
  lock_version: number;
  agreement_count: number;
  contributed_vnd: string;
};

const COLS = `p.id, p.name, p.kind, p.is_international, p.country, p.contact, p.website, p.notes, p.is_demo, p.lock_version,
  (SELECT count(*) FROM partner_agreement a WHERE a.partner_id = p.id)::int AS agreement_count,
  (SELECT coalesce(sum(c.value_vnd), 0) FROM partner_contribution c WHERE c.partner_id = p.id)::text AS contributed_vnd`;

export async function listPartners(db: Queryable, f: { kind?: string; international?: boolean; q?: string; sort: string; limit: number; offset: number }): Promise<{ rows: PartnerRow[]; total: number }> {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.kind) where.push(`p.kind = ${p(f.kind)}`);
  if (f.international !== undefined) where.push(`p.is_international = ${p(f.international)}`);
  if (f.q) where.push(`vn_fold(p.name || ' ' || coalesce(p.country, '') || ' ' || coalesce(p.notes, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.join(' AND ');
  const order = f.sort === '-contributed'
    ? '(SELECT coalesce(sum(c.value_vnd), 0) FROM partner_contribution c WHERE c.partner_id = p.id) DESC, p.name COLLATE "vi-x-icu", p.id'
    : 'p.name COLLATE "vi-x-icu", p.id';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM partner p WHERE ${w}`, params);
  const { rows } = await db.query<PartnerRow>(`SELECT ${COLS} FROM partner p WHERE ${w} ORDER BY ${order} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`, params);
  return { rows, total: total.rows[0]!.n };
}

export async function findPartner(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<PartnerRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM partner WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<PartnerRow>(`SELECT ${COLS} FROM partner p WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertPartner(db: Queryable, p: PartnerInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO partner (name, kind, is_international, country, contact, website, notes, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [p.name, p.kind, p.isInternational, p.country, p.contact, p.website, p.notes, createdBy],
  );
  return rows[0]!.id;
}

export async function updatePartner(db: Queryable, id: string, p: PartnerInput, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE partner SET name = $2, kind = $3, is_international = $4, country = $5, contact = $6, website = $7, notes = $8, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $9`,
    [id, p.name, p.kind, p.isInternational, p.country, p.contact, p.website, p.notes, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function touchPartner(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE partner SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1', [id]);
}

export type AgreementRow = { id: string; unit_id: string; unit_name: string; number: string; signed_on: string; valid_until: string | null; scope: string };
export async function findAgreements(db: Queryable, partnerId: string): Promise<AgreementRow[]> {
  const { rows } = await db.query<AgreementRow>(
    `SELECT a.id, a.unit_id, ${nameOf('a.unit_id')} AS unit_name, a.number, to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until, a.scope
       FROM partner_agreement a WHERE a.partner_id = $1 ORDER BY a.signed_on DESC, a.id`,
    [partnerId],
  );
  return rows;
}
export async function insertAgreement(db: Queryable, partnerId: string, a: AgreementInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO partner_agreement (partner_id, unit_id, number, signed_on, valid_until, scope) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [partnerId, a.unitId, a.number, a.signedOn, a.validUntil, a.scope],
  );
  return rows[0]!.id;
}

export type ContributionRow = {
  id: string; unit_id: string; unit_name: string; kind: ContributionKind; value_vnd: string; received_on: string; description: string;
  event_id: string | null; event_title: string | null; model_id: string | null; model_title: string | null;
};
export async function findContributions(db: Queryable, partnerId: string): Promise<ContributionRow[]> {
  const { rows } = await db.query<ContributionRow>(
    `SELECT c.id, c.unit_id, ${nameOf('c.unit_id')} AS unit_name, c.kind, c.value_vnd::text AS value_vnd, to_char(c.received_on, 'YYYY-MM-DD') AS received_on, c.description,
            c.event_id, e.title AS event_title, c.model_id, m.title AS model_title
       FROM partner_contribution c LEFT JOIN dx_event e ON e.id = c.event_id LEFT JOIN comm_model m ON m.id = c.model_id
      WHERE c.partner_id = $1 ORDER BY c.received_on DESC, c.id`,
    [partnerId],
  );
  return rows;
}
export async function insertContribution(db: Queryable, partnerId: string, c: ContributionInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO partner_contribution (partner_id, unit_id, kind, value_vnd, received_on, description, event_id, model_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [partnerId, c.unitId, c.kind, c.valueVnd, c.receivedOn, c.description, c.eventId, c.modelId],
  );
  return rows[0]!.id;
}

export type ActivityRow = { id: string; event_id: string | null; model_id: string | null; title: string; role: string | null };
export async function findActivities(db: Queryable, partnerId: string): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>(
    `SELECT a.id, a.event_id, a.model_id, coalesce(e.title, m.title) AS title, a.role
       FROM partner_activity a LEFT JOIN dx_event e ON e.id = a.event_id LEFT JOIN comm_model m ON m.id = a.model_id
      WHERE a.partner_id = $1 ORDER BY coalesce(e.starts_on, m.deployed_on) DESC NULLS LAST, a.id`,
    [partnerId],
  );
  return rows;
}
export async function insertActivity(db: Queryable, partnerId: string, a: ActivityInput): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO partner_activity (partner_id, event_id, model_id, role) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id',
    [partnerId, a.eventId, a.modelId, a.role],
  );
  return rows[0]?.id ?? null;
}

/** Removes one agreement, contribution or activity of the partner; what was removed, or null. */
export async function deleteItem(db: Queryable, table: 'partner_agreement' | 'partner_contribution' | 'partner_activity', partnerId: string, itemId: string): Promise<Record<string, unknown> | null> {
  const { rows } = await db.query<Record<string, unknown>>(`DELETE FROM ${table} WHERE id = $2 AND partner_id = $1 RETURNING *`, [partnerId, itemId]);
  return rows[0] ?? null;
}

export async function refsExist(db: Queryable, r: { unitId?: string; eventId?: string | null; modelId?: string | null }): Promise<{ unit: boolean; event: boolean; model: boolean }> {
  const { rows } = await db.query<{ unit: boolean; event: boolean; model: boolean }>(
    `SELECT ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM org_unit WHERE id = $1)) AS unit,
            ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM dx_event WHERE id = $2)) AS event,
            ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM comm_model WHERE id = $3)) AS model`,
    [r.unitId ?? null, r.eventId ?? null, r.modelId ?? null],
  );
  return rows[0]!;
}

/** The name of a partner as imports match it: spacing and case folded. */
export const partnerKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Partners by folded name; a name held by more than one partner maps to all of them. */
export async function findPartnersByNames(db: Queryable, names: string[]): Promise<Map<string, PartnerRow[]>> {
  const out = new Map<string, PartnerRow[]>();
  if (names.length === 0) return out;
  const { rows } = await db.query<PartnerRow>(
    `SELECT ${COLS} FROM partner p WHERE lower(regexp_replace(btrim(p.name), '\\s+', ' ', 'g')) = ANY($1::text[])`,
    [names],
  );
  for (const r of rows) out.set(partnerKey(r.name), [...(out.get(partnerKey(r.name)) ?? []), r]);
  return out;
}
