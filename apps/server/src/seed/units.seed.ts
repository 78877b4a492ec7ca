import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnitType } from '@lantoa/contracts/org-units';
import type { Queryable } from '../platform/db/db.ts';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

type Units2022 = {
  units: {
    code: string;
    name: string;
    type: string;
    parentCode: string | null;
    validFrom: string | null;
    validTo: string | null;
    note?: string;
    mergedInto?: string;
    renamedOn?: string;
    nameFrom20250101?: string;
  }[];
};
type Pred = {
  code: string;
  name: string;
  type: string;
  share: 'full' | 'partial';
  oldDistrictCode?: string;
  oldDistrictName?: string;
  oldProvinceCode: string;
  uncertain?: boolean;
  note?: string;
};
type Units2025 = {
  units: {
    code: string;
    name: string;
    type: string;
    parentCode: string;
    formerArea: string;
    resolutionClause: number;
    unchanged: boolean;
    predecessors: Pred[];
  }[];
};
type Agencies = {
  meta: { sources: Record<string, string> };
  agencies: {
    id: string;
    name: string;
    shortName: string;
    group: string;
    validFrom: string | null;
    validTo: string | null;
    status: string;
    verification: string;
    sources: string[];
    mergedInto?: string;
    formedFrom?: string[];
    note?: string;
  }[];
};

const REFORM_2025_01 = '2025-01-01';
const REFORM_2025_07 = '2025-07-01';
const LAST_DAY_OLD = '2025-06-30';

const SRC_GSO = 'Danh mục đơn vị hành chính của Tổng cục Thống kê (01/10/2022 và 01/03/2025)';
const SRC_2025 = 'NQ 1659/NQ-UBTVQH15 (16/6/2025); CV 1027/CTK-CSCL (25/6/2025) của Cục Thống kê';

function unitType(vnType: string): UnitType {
  switch (vnType) {
    case 'thành phố trực thuộc trung ương':
    case 'tỉnh':
      return 'province';
    case 'quận':
    case 'huyện':
    case 'thị xã':
    case 'thành phố':
      return 'district';
    case 'phường':
      return 'ward';
    case 'xã':
      return 'commune';
    case 'thị trấn':
      return 'township';
    case 'đặc khu':
      return 'special_zone';
    default:
      throw new Error(`Unknown unit type in seed data: ${vnType}`);
  }
}

const AGENCY_TYPE: Record<string, UnitType> = {
  'city-department': 'department',
  'city-agency': 'agency',
  'party-body': 'party_body',
  'mass-organisation': 'mass_organisation',
  press: 'press_agency',
};

/** "2025" and "2025-07" become the first day of the year or month, marked as uncertain. */
function normaliseDate(d: string | null): { date: string | null; approximate: boolean } {
  if (d === null) return { date: null, approximate: false };
  if (/^\d{4}$/.test(d)) return { date: `${d}-01-01`, approximate: true };
  if (/^\d{4}-\d{2}$/.test(d)) return { date: `${d}-01`, approximate: true };
  return { date: d, approximate: false };
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

type VersionInput = {
  name: string;
  shortName?: string | null;
  type: UnitType;
  code?: string | null;
  parentKey: string | null;
  validFrom: string | null;
  validTo: string | null;
  uncertain?: boolean;
  note?: string | null;
  source?: string | null;
};
type SuccessionInput = {
  fromKey: string;
  toKey: string;
  kind: 'merge' | 'split' | 'rename' | 'absorb' | 'dissolve' | 'transform';
  share: 'full' | 'partial';
  date: string;
  event: string;
  uncertain?: boolean;
  note?: string | null;
};

/** Builds the whole plan in memory first, so the insert can be one pass in one transaction. */
export function planDaNangUnits() {
  const units = new Map<string, VersionInput[]>();
  const successions: SuccessionInput[] = [];
  const add = (key: string, v: VersionInput) => {
    const list = units.get(key) ?? [];
    list.push(v);
    units.set(key, list);
  };

  const u2022 = readJson<Units2022>('danang-admin-units-2022.json');
  const u2025 = readJson<Units2025>('danang-admin-units-2025.json');
  const agencies = readJson<Agencies>('danang-agencies.json');

  // The city keeps its identity and code 48 through the 2025 merger with Quảng Nam.
  add('gso:48', { name: 'Thành phố Đà Nẵng', type: 'province', code: '48', parentKey: null, validFrom: null, validTo: LAST_DAY_OLD, source: SRC_GSO });
  add('gso:48', {
    name: 'Thành phố Đà Nẵng', type: 'province', code: '48', parentKey: null, validFrom: REFORM_2025_07, validTo: null,
    note: 'Hợp nhất tỉnh Quảng Nam và thành phố Đà Nẵng thành thành phố Đà Nẵng (NQ 202/2025/QH15, 12/6/2025).',
    source: 'NQ 202/2025/QH15',
  });
  add('gso:49', { name: 'Tỉnh Quảng Nam', type: 'province', code: '49', parentKey: null, validFrom: null, validTo: LAST_DAY_OLD, source: SRC_GSO });
  successions.push({ fromKey: 'gso:49', toKey: 'gso:48', kind: 'merge', share: 'full', date: REFORM_2025_07, event: 'qn-merge' });

  // Đà Nẵng's districts and its 56 commune-level units, with the 2025-01-01 mergers and renames.
  for (const u of u2022.units) {
    if (u.code === '48') continue;
    const parentKey = u.parentCode ? `gso:${u.parentCode}` : null;
    const base = { type: unitType(u.type), code: u.code, parentKey, source: SRC_GSO, note: u.note ?? null };
    if (u.renamedOn && u.nameFrom20250101) {
      add(`gso:${u.code}`, { ...base, name: u.name, validFrom: u.validFrom, validTo: '2024-12-31' });
      add(`gso:${u.code}`, { ...base, name: u.nameFrom20250101, validFrom: u.renamedOn, validTo: u.validTo });
    } else {
      add(`gso:${u.code}`, { ...base, name: u.name, validFrom: u.validFrom, validTo: u.validTo });
    }
    if (u.mergedInto) {
      successions.push({ fromKey: `gso:${u.code}`, toKey: `gso:${u.mergedInto}`, kind: 'merge', share: 'full', date: REFORM_2025_01, event: 'dn-2025-01' });
    }
  }

  // Quảng Nam's districts and communes, known from the predecessors of the 2025 units.
  const qnDistricts = new Map<string, string>();
  for (const nu of u2025.units) {
    for (const p of nu.predecessors) {
      if (p.oldProvinceCode !== '49' || !p.oldDistrictCode) continue;
      qnDistricts.set(p.oldDistrictCode, p.oldDistrictName!);
      const key = `gso:${p.code}`;
      if (units.has(key)) continue;
      add(key, {
        name: p.name, type: unitType(p.type), code: p.code, parentKey: `gso:${p.oldDistrictCode}`,
        validFrom: null, validTo: LAST_DAY_OLD, source: SRC_GSO,
      });
    }
  }
  for (const [code, name] of qnDistricts) {
    add(`gso:${code}`, { name, type: 'district', code, parentKey: 'gso:49', validFrom: null, validTo: LAST_DAY_OLD, source: SRC_GSO });
  }

  // The 94 commune-level units of 2025-07-01, directly under the city.
  const districtSuccessors = new Map<string, Set<string>>();
  for (const nu of u2025.units) {
    const only = nu.predecessors[0];
    const newKey = nu.unchanged && only ? `gso:${only.code}` : `gso2025:${nu.code}`;
    add(newKey, {
      name: nu.name, type: unitType(nu.type), code: nu.code, parentKey: 'gso:48', validFrom: REFORM_2025_07, validTo: null,
      note: nu.unchanged
        ? `Giữ nguyên, không sắp xếp (NQ 1659, khoản ${nu.resolutionClause}).`
        : `Thành lập theo NQ 1659/NQ-UBTVQH15, khoản ${nu.resolutionClause}; trước đây thuộc ${nu.formerArea}.`,
      source: SRC_2025,
    });
    if (nu.unchanged) continue;
    const many = nu.predecessors.length > 1;
    for (const p of nu.predecessors) {
      successions.push({
        fromKey: `gso:${p.code}`, toKey: newKey,
        kind: p.share === 'partial' ? 'split' : many ? 'merge' : 'transform',
        share: p.share, date: REFORM_2025_07, event: 'dn-2025-07',
        uncertain: p.uncertain ?? false, note: p.note ?? null,
      });
      if (p.oldDistrictCode) {
        const set = districtSuccessors.get(p.oldDistrictCode) ?? new Set<string>();
        set.add(newKey);
        districtSuccessors.set(p.oldDistrictCode, set);
      }
    }
  }
  // District level abolished: each district's work passes, in part, to the units covering its area.
  for (const [district, successorKeys] of districtSuccessors) {
    for (const toKey of successorKeys) {
      successions.push({
        fromKey: `gso:${district}`, toKey, kind: 'dissolve', share: 'partial', date: REFORM_2025_07, event: 'dn-2025-07',
        note: 'Kết thúc hoạt động cấp huyện từ 01/7/2025; nhiệm vụ chuyển cho chính quyền cấp xã trên địa bàn và thành phố.',
      });
    }
  }

  // Agencies, party bodies, mass organisations and press, with their 2025 mergers.
  for (const a of agencies.agencies) {
    const from = normaliseDate(a.validFrom);
    const to = normaliseDate(a.validTo);
    const doubtful = /general knowledge|inferred|approximate|not verified/i.test(`${a.verification} ${a.note ?? ''}`);
    const sourceText = a.sources.map((s) => agencies.meta.sources[s] ?? s).join('\n');
    add(`agency:${a.id}`, {
      name: a.name, shortName: a.shortName, type: AGENCY_TYPE[a.group] ?? 'other', code: null, parentKey: 'gso:48',
      validFrom: from.date, validTo: to.date,
      uncertain: doubtful || from.approximate || to.approximate,
      note: [a.note, `Kiểm chứng: ${a.verification}`].filter(Boolean).join(' — '),
      source: sourceText || null,
    });
    if (a.mergedInto && to.date) {
      successions.push({
        fromKey: `agency:${a.id}`, toKey: `agency:${a.mergedInto}`, kind: 'merge', share: 'full', date: dayAfter(to.date),
        event: `agency-${a.mergedInto}`, uncertain: doubtful || to.approximate,
      });
    }
  }
  return { units, successions };
}

const EVENTS: Record<string, { kind: string; date: string; legalBasis: string; note: string }> = {
  'qn-merge': { kind: 'merge', date: REFORM_2025_07, legalBasis: 'NQ 202/2025/QH15 (12/6/2025)', note: 'Hợp nhất tỉnh Quảng Nam vào thành phố Đà Nẵng' },
  'dn-2025-01': {
    kind: 'merge', date: REFORM_2025_01, legalBasis: 'Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã của Đà Nẵng giai đoạn 2023–2025 (số hiệu chưa kiểm chứng)',
    note: 'Sắp xếp 56 → 47 đơn vị hành chính cấp xã',
  },
  'dn-2025-07': {
    kind: 'restructure', date: REFORM_2025_07, legalBasis: 'NQ 1659/NQ-UBTVQH15 (16/6/2025)',
    note: 'Sắp xếp đơn vị hành chính cấp xã; không tổ chức cấp huyện; 94 đơn vị cấp xã',
  },
};

/**
 * Loads Đà Nẵng's units, their versions and successions. Idempotent: a database that already has
 * the city is left as it is.
 */
export async function seedDaNangUnits(db: Queryable): Promise<{ inserted: boolean; units: number; successions: number }> {
  const exists = await db.query(`SELECT 1 FROM org_unit WHERE external_key = 'gso:48'`);
  if (exists.rowCount) return { inserted: false, units: 0, successions: 0 };
  const { units, successions } = planDaNangUnits();

  const keys = [...units.keys()];
  const ids = await db.query<{ id: string; external_key: string }>(
    `INSERT INTO org_unit (external_key) SELECT unnest($1::text[]) RETURNING id, external_key`,
    [keys],
  );
  const idOf = new Map(ids.rows.map((r) => [r.external_key, r.id]));
  const cityId = idOf.get('gso:48')!;
  await db.query(`UPDATE org_unit SET root_id = $1 WHERE id = ANY($2::uuid[])`, [cityId, [...idOf.values()]]);

  const cols: Record<string, unknown[]> = {
    unit: [], name: [], short: [], type: [], code: [], parent: [], from: [], to: [], uncertain: [], note: [], source: [],
  };
  for (const [key, versions] of units) {
    for (const v of versions) {
      const parentId = v.parentKey ? idOf.get(v.parentKey) : null;
      if (v.parentKey && !parentId) throw new Error(`Seed: parent ${v.parentKey} of ${key} is missing`);
      cols.unit!.push(idOf.get(key));
      cols.name!.push(v.name);
      cols.short!.push(v.shortName ?? null);
      cols.type!.push(v.type);
      cols.code!.push(v.code ?? null);
      cols.parent!.push(parentId ?? null);
      cols.from!.push(v.validFrom);
      cols.to!.push(v.validTo);
      cols.uncertain!.push(v.uncertain ?? false);
      cols.note!.push(v.note ?? null);
      cols.source!.push(v.source ?? null);
    }
  }
  await db.query(
    `INSERT INTO org_unit_version (unit_id, name, short_name, type, official_code, parent_id, valid_from, valid_to, uncertain, note, source)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::date[], $8::date[], $9::bool[], $10::text[], $11::text[])`,
    [cols.unit, cols.name, cols.short, cols.type, cols.code, cols.parent, cols.from, cols.to, cols.uncertain, cols.note, cols.source],
  );

  const eventIds = new Map<string, string>();
  for (const [key, e] of Object.entries(EVENTS)) {
    const r = await db.query<{ id: string }>(
      `INSERT INTO org_unit_event (kind, effective_date, legal_basis, note) VALUES ($1, $2, $3, $4) RETURNING id`,
      [e.kind, e.date, e.legalBasis, e.note],
    );
    eventIds.set(key, r.rows[0]!.id);
  }
  for (const s of successions) {
    if (!eventIds.has(s.event)) {
      const r = await db.query<{ id: string }>(
        `INSERT INTO org_unit_event (kind, effective_date, legal_basis, note) VALUES ('merge', $1, NULL, 'Hợp nhất cơ quan chuyên môn') RETURNING id`,
        [s.date],
      );
      eventIds.set(s.event, r.rows[0]!.id);
    }
  }
  const sc: Record<string, unknown[]> = { event: [], from: [], to: [], kind: [], share: [], date: [], uncertain: [], note: [] };
  for (const s of successions) {
    const from = idOf.get(s.fromKey);
    const to = idOf.get(s.toKey);
    if (!from || !to) throw new Error(`Seed: succession ${s.fromKey} → ${s.toKey} names a missing unit`);
    sc.event!.push(eventIds.get(s.event));
    sc.from!.push(from);
    sc.to!.push(to);
    sc.kind!.push(s.kind);
    sc.share!.push(s.share);
    sc.date!.push(s.date);
    sc.uncertain!.push(s.uncertain ?? false);
    sc.note!.push(s.note ?? null);
  }
  await db.query(
    `INSERT INTO org_unit_succession (event_id, predecessor_id, successor_id, kind, share, effective_date, uncertain, note)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::bool[], $8::text[])`,
    [sc.event, sc.from, sc.to, sc.kind, sc.share, sc.date, sc.uncertain, sc.note],
  );
  return { inserted: true, units: keys.length, successions: successions.length };
}
