import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJob } from '../src/platform/jobs/queue.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs } from './transfer.ts';

async function readXlsx(data: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  return wb.worksheets[0]!;
}

const UNIT_HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Tên viết tắt',
  'Loại đơn vị',
  'Nhóm',
  'Đơn vị cấp trên',
  'Số đơn vị trực thuộc',
  'Hiệu lực từ ngày',
  'Hiệu lực đến ngày',
];

describe('exports that download at once', () => {
  let s: TestServer;
  let admin: Client;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.as('admin');
  });
  afterAll(async () => s?.close());

  it('exports the unit list to XLSX with Vietnamese headers, real dates and numbers, and the filter applied', async () => {
    const filter = 'asOf=2025-08-01&group=locality&sort=code&order=desc';
    const list = await admin.get(`/api/v1/org-units?${filter}&pageSize=200`);
    const res = await downloadAs(admin, `/api/v1/org-units/export?format=xlsx&${filter}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("''")[1]!)).toMatch(
      /^Danh sách đơn vị \d{2}-\d{2}-\d{4}\.xlsx$/,
    );
    const ws = await readXlsx(res.data);
    expect(ws.name).toBe('Danh sách đơn vị');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(UNIT_HEADERS);
    expect(ws.rowCount - 1).toBe(list.body.total);
    // Same rows in the same order as the list.
    const codes = (list.body.items as { officialCode: string | null }[]).map((u) => u.officialCode);
    expect(Array.from({ length: codes.length }, (_, i) => ws.getCell(i + 2, 1).value ?? null)).toEqual(codes);
    for (let r = 2; r <= ws.rowCount; r++) expect(ws.getCell(r, 5).value).toBe('Địa phương');
    const city = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2)).find(
      (row) => row.getCell(1).value === '48',
    )!;
    expect(city.getCell(2).value).toBe('Thành phố Đà Nẵng');
    expect(typeof city.getCell(7).value).toBe('number');
    expect(city.getCell(7).value as number).toBeGreaterThan(90);
    expect(city.getCell(8).value).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(city.getCell(8).numFmt).toBe('dd/mm/yyyy');
  });

  it('exports CSV starting with a BOM, with CRLF lines, neutralising "=1+1"', async () => {
    const ward = await unitId(s.db, 'gso2025:20242');
    const created = await admin.post('/api/v1/org-units', {
      name: '=1+1',
      type: 'cdt_team',
      parentId: ward,
      effectiveDate: '2025-09-01',
    });
    expect(created.status).toBe(201);
    const res = await downloadAs(admin, `/api/v1/org-units/export?format=csv&parentId=${ward}&asOf=2025-09-02`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...res.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.data.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(UNIT_HEADERS.join(','));
    expect(lines.find((l) => l.includes('1+1'))).toBe(
      ",'=1+1,,Tổ công nghệ số cộng đồng,Tổ công nghệ số cộng đồng,Phường Hải Châu,0,01/09/2025,",
    );
  });

  it("exports only the users in the reader's scope, like the list", async () => {
    const ward = await unitId(s.db, 'gso2025:20242');
    const made = await admin.post('/api/v1/users', {
      username: 'lanhdao.haichau',
      fullName: 'Lãnh đạo Hải Châu',
      email: null,
      phone: null,
      unitId: ward,
      password: 'Mat-Khau-Du-Manh-2025',
      roles: [{ role: 'leader', unitId: ward }],
    });
    expect(made.status).toBe(201);
    await s.db.query('UPDATE app_user SET must_change_password = false WHERE username = $1', ['lanhdao.haichau']);
    const reader = await s.client().login('lanhdao.haichau', 'Mat-Khau-Du-Manh-2025');
    const list = await reader.get('/api/v1/users?pageSize=200');
    const res = await downloadAs(reader, '/api/v1/users/export?format=csv');
    expect(res.status).toBe(200);
    const lines = res.data.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Tên đăng nhập,Họ và tên,Email,Điện thoại,Mã đơn vị,Vai trò,Đơn vị,Đang hoạt động,Đăng nhập lần cuối,Ngày tạo',
    );
    const names = lines.slice(1).map((l) => l.split(',')[0]);
    expect(names).toEqual((list.body.items as { username: string }[]).map((u) => u.username));
    expect(names).toContain('bientap.haichau');
    expect(names).not.toContain('admin');
    expect(names).not.toContain('bientap.thanhkhe');
    const all = await downloadAs(admin, '/api/v1/users/export?format=csv&q=bientap');
    expect(all.data.toString('utf8').trim().split('\r\n')).toHaveLength(3);
  });

  it('refuses an unknown format and callers without the permission', async () => {
    expect((await admin.get('/api/v1/org-units/export?format=pdf')).status).toBe(400);
    expect((await (await s.as('xem')).get('/api/v1/users/export')).status).toBe(403);
  });
});

describe('a large export runs as a job', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ worker: true, env: { LANTOA_EXPORT_DIRECT_MAX_ROWS: '10' } });
  });
  afterAll(async () => s?.close());

  it('answers 202 with a job, reports progress, and the file downloads for its owner only', async () => {
    const pm = await s.as('thuongtruc');
    const total = (await pm.get('/api/v1/org-units?asOf=2025-08-01&pageSize=1')).body.total as number;
    expect(total).toBeGreaterThan(10);
    const res = await pm.get('/api/v1/org-units/export?format=xlsx&asOf=2025-08-01');
    expect(res.status).toBe(202);
    const job = await waitForJob(s.db, res.body.jobId);
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(job.message).toBe(`Đã ghi ${total}/${total} dòng`);
    const view = await pm.get(`/api/v1/jobs/${res.body.jobId}`);
    expect(view.body).toMatchObject({ kind: 'export.run', status: 'succeeded', progress: 100 });
    const { fileId, rows } = view.body.result as { fileId: string; rows: number };
    expect(rows).toBe(total);
    const file = await downloadAs(pm, `/api/v1/files/${fileId}`);
    expect(file.status).toBe(200);
    const ws = await readXlsx(file.data);
    expect(ws.rowCount).toBe(total + 1);
    expect(ws.getCell('A1').value).toBe('Mã đơn vị');
    const stored = await s.db.query('SELECT purpose, owner_id, job_id FROM stored_file WHERE id = $1', [fileId]);
    expect(stored.rows[0]).toMatchObject({ purpose: 'export', job_id: res.body.jobId });
    // Someone else's export is not there for them.
    const other = await downloadAs(await s.as('xem'), `/api/v1/files/${fileId}`);
    expect(other.status).toBe(404);
  });
});
