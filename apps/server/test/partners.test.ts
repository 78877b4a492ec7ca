import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs } from './transfer.ts';

let s: TestServer;
let manager: Client;
let editor: Client;
let viewer: Client;
let agency: string;
let eventId: string;
let modelId: string;
beforeAll(async () => {
  s = await startTestServer();
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
  viewer = await s.as('xem');
  agency = await unitId(s.db, 'agency:so-khcn');
  eventId = (await s.db.query<{ id: string }>(`SELECT id FROM dx_event WHERE kind = 'danang_dx_day' ORDER BY starts_on LIMIT 1`)).rows[0]!.id;
  modelId = (await s.db.query<{ id: string }>(`SELECT id FROM comm_model WHERE status = 'deployed' ORDER BY deployed_on LIMIT 1`)).rows[0]!.id;
});
afterAll(async () => s?.close());

describe('partners and resources', () => {
  let id: string;
  let version: number;

  it('lists the demo partners with their contributions, searchable without diacritics', async () => {
    const r = await viewer.get('/api/v1/partners?q=dai hoc da nang');
    expect(r.body.items.map((p: { name: string }) => p.name)).toEqual(['Đại học Đà Nẵng']);
    const intl = await viewer.get('/api/v1/partners?international=true');
    expect(intl.body.items).toHaveLength(1);
    const top = await viewer.get('/api/v1/partners?sort=-contributed');
    expect(top.body.items[0]).toMatchObject({ name: 'Chương trình Phát triển Liên Hợp Quốc (UNDP) tại Việt Nam', contributedVnd: 450_000_000 });
  });

  it('is managed by the standing agency only, with Vietnamese validation', async () => {
    expect((await editor.post('/api/v1/partners', { name: 'X', kind: 'enterprise' })).status).toBe(403);
    const bad = await manager.post('/api/v1/partners', { name: '', kind: 'nope', website: 'ftp://x' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên đối tác');
    expect(bad.text).toContain('http:// hoặc https://');
    const r = await manager.post('/api/v1/partners', { name: 'Công ty CP Giải pháp Số Sơn Trà', kind: 'enterprise', website: 'https://sontra.example.vn' });
    expect(r.status).toBe(201);
    id = r.body.id;
    version = r.body.lockVersion;
    const upd = await manager.put(`/api/v1/partners/${id}`, { name: 'Công ty CP Giải pháp Số Sơn Trà', kind: 'enterprise', isInternational: false, lockVersion: version });
    expect(upd.status).toBe(200);
    expect((await manager.put(`/api/v1/partners/${id}`, { name: 'Cũ', kind: 'enterprise', lockVersion: version })).status).toBe(409);
  });

  it('records an agreement, a contribution tied to an event and an activity in a model, all audited', async () => {
    const badAgreement = await manager.post(`/api/v1/partners/${id}/agreements`, { unitId: agency, number: '01/TTHT', signedOn: '2026-02-01', validUntil: '2025-01-01', scope: 'Hợp tác' });
    expect(badAgreement.status).toBe(400);
    expect(badAgreement.text).toContain('Ngày hết hạn phải sau ngày ký');
    const a = await manager.post(`/api/v1/partners/${id}/agreements`, { unitId: agency, number: '01/TTHT', signedOn: '2026-02-01', validUntil: '2027-02-01', scope: 'Truyền thông số cho doanh nghiệp nhỏ' });
    expect(a.status).toBe(200);
    const badValue = await manager.post(`/api/v1/partners/${id}/contributions`, { unitId: agency, kind: 'cash', valueVnd: 1.5, receivedOn: '2026-03-01', description: 'X' });
    expect(badValue.status).toBe(400);
    const c = await manager.post(`/api/v1/partners/${id}/contributions`, { unitId: agency, kind: 'in_kind', valueVnd: 75_000_000, receivedOn: '2026-03-01', description: 'Gian hàng trưng bày', eventId });
    expect(c.status).toBe(200);
    expect(c.body.contributedVnd).toBe(75_000_000);
    expect(c.body.contributions[0].eventTitle).toContain('Ngày Chuyển đổi số thành phố Đà Nẵng');
    const act = await manager.post(`/api/v1/partners/${id}/activities`, { modelId, role: 'Đồng hành' });
    expect(act.status).toBe(200);
    expect((await manager.post(`/api/v1/partners/${id}/activities`, { modelId })).status).toBe(400);
    expect((await manager.post(`/api/v1/partners/${id}/activities`, { eventId, modelId })).status).toBe(400);
    const removed = await manager.delete(`/api/v1/partners/${id}/contributions/${c.body.contributions[0].id}`);
    expect(removed.body.contributedVnd).toBe(0);
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE entity_type = 'partner' AND entity_id = $1 ORDER BY at, id`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['partner.create', 'partner.update', 'partner.agreement.add', 'partner.contribution.add', 'partner.activity.add', 'partner.contribution.remove']);
  });

  it('exports the list', async () => {
    const x = await downloadAs(viewer, '/api/v1/partners/export?format=csv');
    expect(x.status).toBe(200);
    expect(x.data.toString('utf8')).toContain('Tên đối tác,Loại,Trong nước/Quốc tế');
    expect(x.data.toString('utf8')).toContain('Đại học Đà Nẵng');
  });
});
