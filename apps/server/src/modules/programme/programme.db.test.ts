import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeDetail } from '@lantoa/contracts/programme';
import { startTestServer, type Client, type TestServer } from '../../../test/http.ts';
import { unitId } from '../../../test/db.ts';

let s: TestServer;
let manager: Client;
let editor: Client;
let seeded: ProgrammeDetail;
beforeAll(async () => {
  s = await startTestServer();
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
  const list = await manager.get('/api/v1/programmes');
  const id = list.body.items.find((p: { code: string }) => p.code === 'DA-TT-CDS-DN-2022-2025').id;
  seeded = (await manager.get(`/api/v1/programmes/${id}`)).body;
});
afterAll(async () => s?.close());

/** The next programme, as a programme manager would enter it: no code involved. */
function nextProgramme(code: string) {
  return {
    code,
    title: 'Đề án truyền thông Chuyển đổi số giai đoạn 2026 – 2030',
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2026-03-15',
    issuer: 'UBND tỉnh Quảng Ngãi',
    periodStart: '2026-01-01',
    periodEnd: '2030-12-31',
    parentTitle: '',
    objective: 'Nâng cao nhận thức về chuyển đổi số.',
    status: 'draft',
    taskAreas: [
      { number: 1, title: 'Kế hoạch', content: 'Xây dựng kế hoạch truyền thông hằng năm.' },
      { number: 2, title: 'Tập huấn', content: 'Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng.' },
    ],
    targets: [
      {
        number: 1,
        title: 'Tổ CNSCĐ được tập huấn',
        content: '100% tổ công nghệ số cộng đồng được tập huấn',
        targetValue: 100,
        unit: '%',
        unitGroup: 'cdt_team',
        taskAreaNumbers: [2],
      },
      {
        number: 2,
        title: 'Mô hình',
        content: 'Mỗi năm 3–5 mô hình',
        targetValue: 3,
        targetValueMax: 5,
        unit: 'mô hình',
        isYearly: true,
      },
    ],
    responsibilities: [
      { taskAreaNumber: 1, unitGroup: 'locality', role: 'lead', duty: 'Xây dựng kế hoạch của địa phương.' },
    ],
  };
}

describe('reading', () => {
  it('gives the seeded programme with its 11 task areas, 9 targets and named units', () => {
    expect(seeded.decisionNumber).toBe('2780/QĐ-UBND');
    expect(seeded.ownerUnitName).toBe('Thành phố Đà Nẵng');
    expect(seeded.taskAreas).toHaveLength(11);
    expect(seeded.targets).toHaveLength(9);
    expect(seeded.targets[8]).toMatchObject({ targetValue: 2, targetValueMax: 3, unit: 'mô hình', isYearly: true });
    expect(seeded.responsibilities.find((r) => r.role === 'standing')).toMatchObject({
      unitName: 'Sở Thông tin và Truyền thông',
      taskAreaNumber: null,
    });
    expect(seeded.responsibilities.find((r) => r.unitName === 'Sở Giáo dục và Đào tạo')).toMatchObject({
      role: 'lead',
      taskAreaNumber: 8,
    });
    expect(seeded.documents[0]).toMatchObject({ number: '2780/QĐ-UBND', issuedOn: '2022-10-28' });
  });

  it('finds programmes by words without diacritics, and takes % literally', async () => {
    const found = await editor.get(`/api/v1/programmes?q=${encodeURIComponent('chuyen doi so da nang')}`);
    expect(found.body.items.map((p: { code: string }) => p.code)).toEqual(['DA-TT-CDS-DN-2022-2025']);
    expect((await editor.get('/api/v1/programmes?q=%25')).body.total).toBe(0);
  });

  it('lets every role read, and answers 404 for an unknown programme', async () => {
    const res = await editor.get(`/api/v1/programmes/${seeded.id}`);
    expect(res.status).toBe(200);
    expect((await editor.get('/api/v1/programmes/0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a')).status).toBe(404);
  });
});

describe('entering a new programme through the API', () => {
  it('creates a programme with its task areas, targets and responsibilities in one request', async () => {
    const res = await manager.post('/api/v1/programmes', nextProgramme('DA-QNG-2026-2030'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'DA-QNG-2026-2030', status: 'draft', version: 1, parentTitle: null });
    expect(res.body.taskAreas.map((t: { number: number }) => t.number)).toEqual([1, 2]);
    expect(res.body.targets[1]).toMatchObject({
      targetValue: 3,
      targetValueMax: 5,
      isYearly: true,
      unitGroup: null,
      taskAreaNumbers: [],
    });
    expect(res.body.responsibilities[0]).toMatchObject({ taskAreaNumber: 1, unitGroup: 'locality', unitId: null });
    const audit = await s.db.query(
      `SELECT actor_name, after FROM audit_log WHERE action = 'programme.create' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit.rows[0].actor_name).toMatch(/thuongtruc/);
    expect(audit.rows[0].after.taskAreas).toHaveLength(2);
  });

  it('builds a programme step by step: programme, then task area, target, responsibility, document', async () => {
    const { taskAreas: _t, targets: _g, responsibilities: _r, ...bare } = nextProgramme('DA-STEP-2026');
    const p = await manager.post('/api/v1/programmes', { ...bare, ownerUnitId: await unitId(s.db, 'gso:48') });
    expect(p.status).toBe(201);
    const id = p.body.id;
    const area = await manager.post(`/api/v1/programmes/${id}/task-areas`, {
      number: 1,
      title: 'Sự kiện',
      content: 'Tổ chức Ngày Chuyển đổi số.',
    });
    expect(area.status).toBe(201);
    const target = await manager.post(`/api/v1/programmes/${id}/targets`, {
      number: 1,
      title: 'Sự kiện hằng năm',
      content: 'Mỗi năm 1 sự kiện',
      targetValue: 1,
      unit: 'sự kiện',
      isYearly: true,
      taskAreaNumbers: [1],
    });
    expect(target.status).toBe(201);
    const unit = await unitId(s.db, 'agency:so-khcn');
    const resp = await manager.post(`/api/v1/programmes/${id}/responsibilities`, {
      taskAreaId: area.body.id,
      unitId: unit,
      role: 'lead',
      duty: 'Chủ trì tổ chức sự kiện.',
    });
    expect(resp.status).toBe(201);
    expect(resp.body).toMatchObject({ unitName: 'Sở Khoa học và Công nghệ (sau hợp nhất)', taskAreaNumber: 1 });
    const doc = await manager.post(`/api/v1/programmes/${id}/documents`, {
      title: 'Quyết định ban hành',
      number: '1/QĐ',
      issuedOn: '2026-03-15',
      url: 'https://example.vn/qd',
    });
    expect(doc.status).toBe(201);
    const detail = await manager.get(`/api/v1/programmes/${id}`);
    expect(detail.body).toMatchObject({ ownerUnitName: 'Thành phố Đà Nẵng' });
    expect([
      detail.body.taskAreas.length,
      detail.body.targets.length,
      detail.body.responsibilities.length,
      detail.body.documents.length,
    ]).toEqual([1, 1, 1, 1]);
  });

  it('refuses an invalid programme with a Vietnamese message and stores nothing', async () => {
    const res = await manager.post('/api/v1/programmes', { ...nextProgramme('DA-BAD'), periodEnd: '2025-12-31' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toBe('Dữ liệu không hợp lệ: Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
    expect(res.body.error.details.issues).toContainEqual({
      path: 'periodEnd',
      message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
    });
    expect((await s.db.query(`SELECT 1 FROM programme WHERE code = 'DA-BAD'`)).rowCount).toBe(0);
  });

  it('refuses a target naming a task area the programme lacks, and a duplicate code', async () => {
    const body = nextProgramme('DA-BAD-AREA');
    body.targets[0]!.taskAreaNumbers = [7];
    const res = await manager.post('/api/v1/programmes', body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('TASK_AREA_UNKNOWN');
    expect((await s.db.query(`SELECT 1 FROM programme WHERE code = 'DA-BAD-AREA'`)).rowCount).toBe(0);
    const dup = await manager.post('/api/v1/programmes', nextProgramme('da-qng-2026-2030'));
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({
      code: 'PROGRAMME_CODE_TAKEN',
      message: 'Mã đề án đã được dùng cho một đề án khác',
    });
  });
});

describe('access', () => {
  it('denies changes to a unit editor', async () => {
    const res = await editor.post('/api/v1/programmes', nextProgramme('DA-EDITOR'));
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này' });
    const put = await editor.put(`/api/v1/programmes/${seeded.id}/task-areas/${seeded.taskAreas[0]!.id}`, {
      ...seeded.taskAreas[0],
      title: 'Đổi tên',
    });
    expect(put.status).toBe(403);
  });

  it('hides drafts from those who cannot manage programmes', async () => {
    const draft = (await manager.get('/api/v1/programmes?status=draft')).body.items[0];
    expect(draft.status).toBe('draft');
    expect((await editor.get(`/api/v1/programmes/${draft.id}`)).status).toBe(404);
    const codes = (await editor.get('/api/v1/programmes')).body.items.map((p: { code: string }) => p.code);
    expect(codes).toEqual(['DA-TT-CDS-DN-2022-2025']);
  });
});

describe('optimistic locking and audit', () => {
  it('updates the programme on the current version and refuses a stale one with 409', async () => {
    const {
      documents: _d,
      taskAreas: _t,
      targets: _g,
      responsibilities: _r,
      id,
      ownerUnitName: _o,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = seeded;
    const first = await manager.put(`/api/v1/programmes/${id}`, { ...fields, summary: 'Tóm tắt mới' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ summary: 'Tóm tắt mới', version: seeded.version + 1 });
    const stale = await manager.put(`/api/v1/programmes/${id}`, { ...fields, summary: 'Ghi đè' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'VERSION_CONFLICT',
      message: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại để xem bản mới nhất',
      details: { currentVersion: seeded.version + 1 },
    });
    const audit = await s.db.query(
      `SELECT before->>'summary' AS before, after->>'summary' AS after FROM audit_log WHERE action = 'programme.update' AND entity_id = $1`,
      [id],
    );
    expect(audit.rows).toEqual([{ before: seeded.summary, after: 'Tóm tắt mới' }]);
  });

  it('locks targets too, and a delete naming a stale version changes nothing', async () => {
    const t = seeded.targets[3]!;
    const ok = await manager.put(`/api/v1/programmes/${seeded.id}/targets/${t.id}`, {
      ...t,
      title: 'Lớp báo cáo viên',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(t.version + 1);
    expect((await manager.put(`/api/v1/programmes/${seeded.id}/targets/${t.id}`, { ...t, title: 'Cũ' })).status).toBe(
      409,
    );
    expect((await manager.delete(`/api/v1/programmes/${seeded.id}/targets/${t.id}?version=${t.version}`)).status).toBe(
      409,
    );
    expect((await s.db.query('SELECT 1 FROM programme_target WHERE id = $1', [t.id])).rowCount).toBe(1);
  });
});

describe('task areas and targets stay consistent', () => {
  let id: string;
  let areas: ProgrammeDetail['taskAreas'];
  beforeAll(async () => {
    const res = await manager.post('/api/v1/programmes', nextProgramme('DA-CONSISTENT'));
    id = res.body.id;
    areas = res.body.taskAreas;
  });

  it('refuses a second task area with the same number', async () => {
    const res = await manager.post(`/api/v1/programmes/${id}/task-areas`, {
      number: 2,
      title: 'Trùng',
      content: 'Trùng số',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('TASK_AREA_NUMBER_TAKEN');
  });

  it('carries targets along when a task area is renumbered, and unlinks them when it is deleted', async () => {
    const area2 = areas.find((a) => a.number === 2)!;
    const moved = await manager.put(`/api/v1/programmes/${id}/task-areas/${area2.id}`, { ...area2, number: 5 });
    expect(moved.status).toBe(200);
    let detail = (await manager.get(`/api/v1/programmes/${id}`)).body as ProgrammeDetail;
    expect(detail.targets[0]!.taskAreaNumbers).toEqual([5]);

    const area1 = areas.find((a) => a.number === 1)!;
    const del = await manager.delete(`/api/v1/programmes/${id}/task-areas/${area1.id}?version=${area1.version}`);
    expect(del.status).toBe(200);
    detail = (await manager.get(`/api/v1/programmes/${id}`)).body;
    expect(detail.taskAreas.map((a) => a.number)).toEqual([5]);
    // The responsibility under the deleted area went with it.
    expect(detail.responsibilities).toHaveLength(0);
  });

  it('deletes a draft programme, but not an issued one', async () => {
    const issued = await manager.delete(`/api/v1/programmes/${seeded.id}`);
    expect(issued.status).toBe(422);
    expect(issued.body.error.code).toBe('PROGRAMME_NOT_DRAFT');
    expect((await manager.delete(`/api/v1/programmes/${id}`)).status).toBe(200);
    expect((await manager.get(`/api/v1/programmes/${id}`)).status).toBe(404);
  });
});
