import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitTreeNode } from '@lantoa/contracts/org-units';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';

let s: TestServer;
let admin: Client;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
});
afterAll(async () => s?.close());

const COMMUNE = new Set(['ward', 'commune', 'township', 'special_zone']);
function flatten(nodes: UnitTreeNode[], depth = 0, out: { node: UnitTreeNode; depth: number }[] = []) {
  for (const n of nodes) {
    out.push({ node: n, depth });
    flatten(n.children, depth + 1, out);
  }
  return out;
}
async function tree(asOf: string) {
  const res = await admin.get(`/api/v1/org-units/tree?asOf=${asOf}`);
  expect(res.status).toBe(200);
  const da = (res.body.roots as UnitTreeNode[]).find((r) => r.officialCode === '48')!;
  return { res, da, all: flatten(res.body.roots) };
}

describe('the tree of a date', () => {
  it('has 8 district-level units and 56 wards/communes on 2024-06-01', async () => {
    const { da } = await tree('2024-06-01');
    const districts = da.children.filter((c) => c.type === 'district');
    expect(districts).toHaveLength(8);
    expect(districts.flatMap((d) => d.children).filter((c) => COMMUNE.has(c.type))).toHaveLength(56);
  });

  it('has 47 wards/communes on 2025-03-01', async () => {
    const { da } = await tree('2025-03-01');
    expect(da.children.filter((c) => c.type === 'district').flatMap((d) => d.children).filter((c) => COMMUNE.has(c.type))).toHaveLength(47);
  });

  it('has 94 commune-level units directly under the city on 2025-08-01, Quảng Nam gone', async () => {
    const { res, da } = await tree('2025-08-01');
    expect(da.children.filter((c) => COMMUNE.has(c.type))).toHaveLength(94);
    expect(da.children.filter((c) => c.type === 'district')).toHaveLength(0);
    expect((res.body.roots as UnitTreeNode[]).map((r) => r.name)).toEqual(['Thành phố Đà Nẵng']);
  });

  it('shows Sở TT&TT before 2025-03-01 and Sở KH&CN (merged) after, with agencies under the city', async () => {
    const before = (await tree('2024-06-01')).da.children.map((c) => c.name);
    const after = (await tree('2025-08-01')).da.children.map((c) => c.name);
    expect(before).toContain('Sở Thông tin và Truyền thông');
    expect(after).not.toContain('Sở Thông tin và Truyền thông');
    expect(after).toContain('Sở Khoa học và Công nghệ (sau hợp nhất)');
  });

  it('gives every unit valid on 2025-06-30 a successor or a version on 2025-07-01', async () => {
    const { rows } = await s.db.query(`
      SELECT v.unit_id, v.name FROM org_unit_version v
       WHERE v.validity @> '2025-06-30'::date
         AND NOT EXISTS (SELECT 1 FROM org_unit_version w WHERE w.unit_id = v.unit_id AND w.validity @> '2025-07-01'::date)
         AND NOT EXISTS (SELECT 1 FROM org_unit_succession s WHERE s.predecessor_id = v.unit_id AND s.effective_date = '2025-07-01')`);
    expect(rows).toEqual([]);
  });

  it('limits the tree to a subtree and a depth', async () => {
    const haiChau = await unitId(s.db, 'gso:492');
    const res = await admin.get(`/api/v1/org-units/tree?asOf=2024-06-01&rootId=${haiChau}&depth=1`);
    expect(res.body.roots).toHaveLength(1);
    expect(res.body.roots[0].name).toBe('Quận Hải Châu');
    expect(res.body.roots[0].children).toHaveLength(13);
  });

  it('rejects an impossible date in Vietnamese', async () => {
    const res = await admin.get('/api/v1/org-units/tree?asOf=2025-02-30');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Ngày không tồn tại');
  });
});

describe('search', () => {
  it.each([
    ['hoa khanh', 'Phường Hòa Khánh'],
    ['da nang', 'Thành phố Đà Nẵng'],
    ['Hải Châu', 'Phường Hải Châu'],
  ])('finds %s ignoring diacritics', async (q, expected) => {
    const res = await admin.get(`/api/v1/org-units/search?q=${encodeURIComponent(q)}&includeHistorical=true`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { name: string }) => i.name).join('|')).toContain(expected);
  });

  it('ranks the exact spelling first', async () => {
    const res = await admin.get(`/api/v1/org-units/search?q=${encodeURIComponent('Phường Hải Châu')}&asOf=2025-08-01`);
    expect(res.body.items[0].name).toBe('Phường Hải Châu');
  });
});

describe('history and successors', () => {
  it('follows a ward merged on 2025-01-01 to its successor, and on to today', async () => {
    const hcII = await unitId(s.db, 'gso:20239');
    const res = await admin.get(`/api/v1/org-units/${hcII}`);
    expect(res.status).toBe(200);
    expect(res.body.current).toMatchObject({ name: 'Phường Hải Châu II', validTo: '2024-12-31' });
    expect(res.body.successors).toEqual([expect.objectContaining({ unitName: 'Phường Hải Châu', effectiveDate: '2025-01-01', kind: 'merge' })]);
    expect(res.body.ancestors.map((a: { name: string }) => a.name)).toEqual(['Thành phố Đà Nẵng', 'Quận Hải Châu']);
    expect(res.body.currentSuccessors.map((u: { name: string }) => u.name)).toEqual(['Phường Hải Châu']);
    const next = await admin.get(`/api/v1/org-units/${res.body.successors[0].unitId}`);
    expect(next.body.versions.map((v: { name: string }) => v.name)).toEqual(['Phường Hải Châu I', 'Phường Hải Châu']);
    expect(next.body.predecessors.map((p: { unitName: string }) => p.unitName)).toEqual(['Phường Hải Châu II']);
  });

  it('lists the predecessors of a 2025 unit with the uncertain one flagged', async () => {
    const quePhuoc = await unitId(s.db, 'gso2025:20669');
    const res = await admin.get(`/api/v1/org-units/${quePhuoc}`);
    const communes = res.body.predecessors.filter((p: { kind: string }) => p.kind !== 'dissolve');
    expect(communes).toHaveLength(4);
    expect(res.body.predecessors.find((p: { kind: string }) => p.kind === 'dissolve').unitName).toBe('Huyện Quế Sơn');
    expect(res.body.predecessors.filter((p: { uncertain: boolean }) => p.uncertain).map((p: { unitName: string }) => p.unitName)).toEqual(['Xã Quế Phước']);
  });

  it('answers 404 for an unknown unit and 400 for a malformed id', async () => {
    expect((await admin.get('/api/v1/org-units/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.get('/api/v1/org-units/not-a-uuid')).status).toBe(400);
  });
});

describe('structural actions', () => {
  it('merges two wards into a new one, closes them, records successions and audit', async () => {
    const a = await unitId(s.db, 'gso2025:20242');
    const b = await unitId(s.db, 'gso2025:20257');
    const city = await unitId(s.db, 'gso:48');
    const res = await admin.post('/api/v1/org-units/merge', {
      effectiveDate: '2027-01-01', legalBasis: 'NQ thử nghiệm', sourceIds: [a, b],
      target: { mode: 'new', name: 'Phường Trung Tâm', type: 'ward', officialCode: '99001', parentId: city },
    });
    expect(res.status).toBe(200);
    const merged = res.body.unitIds[0];
    const t2026 = (await tree('2026-12-31')).da.children.map((c) => c.name);
    const t2027 = (await tree('2027-01-01')).da.children.map((c) => c.name);
    expect(t2026).toEqual(expect.arrayContaining(['Phường Hải Châu', 'Phường Hòa Cường']));
    expect(t2027).toContain('Phường Trung Tâm');
    expect(t2027).not.toContain('Phường Hải Châu');
    const detail = await admin.get(`/api/v1/org-units/${merged}`);
    expect(detail.body.predecessors.map((p: { unitName: string }) => p.unitName).sort()).toEqual(['Phường Hòa Cường', 'Phường Hải Châu']);
    const audit = await admin.get(`/api/v1/audit?entityType=org_unit&entityId=${merged}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'org-unit.merge' });
  });

  it('refuses to merge a unit that does not exist on the effective date, changing nothing', async () => {
    const old = await unitId(s.db, 'gso:20239');
    const other = await unitId(s.db, 'gso2025:20209');
    const before = await s.db.query('SELECT count(*)::int AS n FROM org_unit_version');
    const res = await admin.post('/api/v1/org-units/merge', {
      effectiveDate: '2026-01-01', sourceIds: [old, other], target: { mode: 'existing', unitId: other },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('UNIT_NOT_VALID_ON_DATE');
    expect(res.body.error.message).toContain('01/01/2026');
    const after = await s.db.query('SELECT count(*)::int AS n FROM org_unit_version');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('splits a unit into two and closes it', async () => {
    const city = await unitId(s.db, 'gso:48');
    // A ward without units under it (the demo wards have community digital-technology teams).
    const made = await admin.post('/api/v1/org-units', { effectiveDate: '2026-01-01', name: 'Phường Thanh Khê Tạm', type: 'ward', parentId: city });
    const src = made.body.unitIds[0] as string;
    const res = await admin.post(`/api/v1/org-units/${src}/split`, {
      effectiveDate: '2027-06-01', keepSource: false,
      parts: [
        { name: 'Phường Thanh Khê Bắc', type: 'ward', parentId: city },
        { name: 'Phường Thanh Khê Nam', type: 'ward', parentId: city },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.unitIds).toHaveLength(2);
    const detail = await admin.get(`/api/v1/org-units/${src}`);
    expect(detail.body.current.validTo).toBe('2027-05-31');
    expect(detail.body.successors.map((x: { kind: string; share: string }) => `${x.kind}/${x.share}`)).toEqual(['split/partial', 'split/partial']);
  });

  it('needs two parts to split a unit that closes', async () => {
    const src = await unitId(s.db, 'gso2025:20305');
    const city = await unitId(s.db, 'gso:48');
    const res = await admin.post(`/api/v1/org-units/${src}/split`, { effectiveDate: '2027-06-01', parts: [{ name: 'Phường X', type: 'ward', parentId: city }] });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('SPLIT_NEEDS_TWO');
  });

  it('renames from a date and keeps the old name in the timeline', async () => {
    const id = await unitId(s.db, 'gso2025:20275');
    const res = await admin.post(`/api/v1/org-units/${id}/rename`, { effectiveDate: '2026-03-01', name: 'Phường An Hải Mới' });
    expect(res.status).toBe(200);
    const detail = await admin.get(`/api/v1/org-units/${id}`);
    expect(detail.body.versions.map((v: { name: string; validTo: string | null }) => [v.name, v.validTo])).toEqual([
      ['Phường An Hải', '2026-02-28'],
      ['Phường An Hải Mới', null],
    ]);
    // A change dated before the rename is refused rather than reordered.
    const late = await admin.post(`/api/v1/org-units/${id}/rename`, { effectiveDate: '2025-12-01', name: 'Phường Khác' });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('UNIT_VERSION_OVERLAP');
  });

  it('refuses to move a unit under its own descendant', async () => {
    const city = await unitId(s.db, 'gso:48');
    const ward = await unitId(s.db, 'gso2025:20194');
    const res = await admin.post(`/api/v1/org-units/${city}/move`, { effectiveDate: '2026-01-01', parentId: ward });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('UNIT_CYCLE');
  });

  it('creates a unit, refuses a code already in use, and closes a unit without children only', async () => {
    const city = await unitId(s.db, 'gso:48');
    const dup = await admin.post('/api/v1/org-units', { effectiveDate: '2026-01-01', name: 'Phường Trùng Mã', type: 'ward', officialCode: '20242', parentId: city });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('UNIT_CODE_TAKEN');
    const ok = await admin.post('/api/v1/org-units', { effectiveDate: '2026-01-01', name: 'Trường THCS Mẫu', type: 'school', parentId: city });
    expect(ok.status).toBe(201);
    expect((await admin.post(`/api/v1/org-units/${city}/close`, { effectiveDate: '2026-01-01' })).body.error.code).toBe('UNIT_HAS_CHILDREN');
    expect((await admin.post(`/api/v1/org-units/${ok.body.unitIds[0]}/close`, { effectiveDate: '2026-09-01' })).status).toBe(200);
  });
});

describe('profile and scope', () => {
  it('lets a ward editor edit only its own ward, with optimistic locking', async () => {
    const editor = await s.as('bientap.haichau');
    const own = await unitId(s.db, 'gso2025:20242');
    const other = await unitId(s.db, 'gso2025:20209');
    const body = { address: '270 Trần Phú', phone: '0236 3821 000', email: 'haichau@danang.gov.vn', website: null, headName: null, version: 1 };
    const res = await editor.put(`/api/v1/org-units/${own}/profile`, body);
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ address: '270 Trần Phú', version: 2 });
    const stale = await editor.put(`/api/v1/org-units/${own}/profile`, { ...body, address: 'Khác' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const denied = await editor.put(`/api/v1/org-units/${other}/profile`, body);
    expect(denied.status).toBe(403);
    const badEmail = await editor.put(`/api/v1/org-units/${own}/profile`, { ...body, email: 'không-phải-email', version: 2 });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.message).toContain('Email không hợp lệ');
  });

  it('does not let a ward editor restructure', async () => {
    const editor = await s.as('bientap.haichau');
    const own = await unitId(s.db, 'gso2025:20242');
    const res = await editor.post(`/api/v1/org-units/${own}/rename`, { effectiveDate: '2026-01-01', name: 'Tên mới' });
    expect(res.status).toBe(403);
  });
});
