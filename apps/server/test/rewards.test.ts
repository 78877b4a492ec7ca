import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';

let s: TestServer;
let manager: Client;
let ward: Client;
let otherWard: Client;
let haiChau: string;

beforeAll(async () => {
  s = await startTestServer();
  manager = await s.as('thuongtruc');
  ward = await s.as('bientap.haichau');
  otherWard = await s.as('bientap.thanhkhe');
  haiChau = await unitId(s.db, 'gso2025:20242');
});
afterAll(async () => s?.close());

describe('a reward proposal', () => {
  it('cites evidence the platform holds, goes through review with Sở Nội vụ and is awarded with its decision', async () => {
    const options = (await manager.get(`/api/v1/rewards/evidence?unitId=${haiChau}&year=2025`)).body.items as { kind: string; ref: string; label: string; link: string | null }[];
    const kinds = new Set(options.map((o) => o.kind));
    expect(kinds.has('target')).toBe(true);
    expect(kinds.has('plan') || kinds.has('report')).toBe(true);
    const held = options.find((o) => o.kind === 'plan') ?? options.find((o) => o.kind === 'report')!;
    const target = options.find((o) => o.kind === 'target')!;

    const base = { kind: 'collective', unitId: haiChau, nominee: 'Tổ công nghệ số cộng đồng khu dân cư 12', award: 'Giấy khen của Chủ tịch UBND phường', year: 2025, achievements: 'Hướng dẫn 1.200 lượt người dân dùng dịch vụ công trực tuyến.' };
    // Evidence the platform does not hold is refused.
    const fake = await manager.post('/api/v1/rewards', { ...base, evidence: [{ kind: 'plan', ref: '0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a' }] });
    expect(fake.status).toBe(400);
    expect(fake.body.error.message).toContain('Minh chứng 1 không có trong hệ thống');
    expect((await ward.post('/api/v1/rewards', { ...base, evidence: [] })).status).toBe(403);

    let r = (await manager.post('/api/v1/rewards', { ...base, evidence: [{ kind: held.kind, ref: held.ref }, { kind: 'target', ref: target.ref }] })).body;
    expect(r).toMatchObject({ status: 'proposed', evidenceCount: 2, actions: ['review'] });
    expect(r.evidence.map((e: { label: string }) => e.label)).toEqual([held.label, target.label]);

    // The ward reads its own proposal (without actions); another ward does not see it.
    expect((await ward.get(`/api/v1/rewards/${r.id}`)).body.actions).toEqual([]);
    expect((await otherWard.get(`/api/v1/rewards/${r.id}`)).status).toBe(404);

    r = (await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'review', lockVersion: r.lockVersion })).body;
    expect(r.status).toBe('reviewing');
    expect((await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'award', lockVersion: r.lockVersion, decisionNo: '1', decisionDate: '2026-01-05' })).status).toBe(409);
    r = (await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'approve', lockVersion: r.lockVersion })).body;
    const noNumber = await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'award', lockVersion: r.lockVersion, decisionDate: '2026-01-05' });
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.error.message).toBe('Vui lòng nhập số quyết định khen thưởng');
    r = (await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'award', lockVersion: r.lockVersion, decisionNo: '125/QĐ-UBND', decisionDate: '2026-01-05' })).body;
    expect(r).toMatchObject({ status: 'awarded', decisionNo: '125/QĐ-UBND', decisionDate: '2026-01-05' });
    expect(r.history.map((h: { to: string }) => h.to)).toEqual(['proposed', 'reviewing', 'approved', 'awarded']);
    expect(JSON.stringify((await ward.get('/api/v1/notifications')).body)).toContain('Ghi nhận quyết định khen thưởng');
  });

  it('is rejected only with a reason, and lists with search', async () => {
    let r = (await manager.post('/api/v1/rewards', { kind: 'individual', unitId: haiChau, nominee: 'Nguyễn Văn Hùng', award: 'Bằng khen', year: 2025, achievements: 'Tuyên truyền viên tích cực.', evidence: [] })).body;
    r = (await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'review', lockVersion: r.lockVersion })).body;
    expect((await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'reject', lockVersion: r.lockVersion })).status).toBe(422);
    r = (await manager.post(`/api/v1/rewards/${r.id}/transition`, { action: 'reject', lockVersion: r.lockVersion, comment: 'Chưa đủ thời gian công tác' })).body;
    expect(r.status).toBe('rejected');
    const found = (await ward.get(`/api/v1/rewards?q=${encodeURIComponent('nguyen van hung')}`)).body;
    expect(found.items.map((x: { nominee: string }) => x.nominee)).toEqual(['Nguyễn Văn Hùng']);
    expect((await otherWard.get('/api/v1/rewards?pageSize=200')).body.items).toEqual([]);
  });
});

describe('the demo proposals', () => {
  it('show an award with the evidence it links, and one under review', async () => {
    const list = (await manager.get('/api/v1/rewards?q=du%20lieu%20mau')).body.items as { id: string; status: string }[];
    expect(list.map((r) => r.status).sort()).toEqual(['awarded', 'reviewing']);
    const awarded = (await manager.get(`/api/v1/rewards/${list.find((r) => r.status === 'awarded')!.id}`)).body;
    expect(awarded.evidence.map((e: { kind: string }) => e.kind)).toContain('target');
    expect(awarded.history.map((h: { to: string }) => h.to)).toEqual(['proposed', 'reviewing', 'approved', 'awarded']);
  });
});
