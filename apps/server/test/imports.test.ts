import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJob } from '../src/platform/jobs/queue.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs, uploadAs } from './transfer.ts';

const csv = (lines: string[]) => `\ufeff${lines.join('\r\n')}\r\n`;
const UNIT_HEADER = 'Mã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị';
const TEAM = 'Tổ công nghệ số cộng đồng';

async function countUnits(s: TestServer): Promise<number> {
  const { rows } = await s.db.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM org_unit)::int + (SELECT count(*) FROM org_unit_version)::int AS n',
  );
  return rows[0]!.n;
}

describe('importing units', () => {
  let s: TestServer;
  let pm: Client;
  let ward: string;
  const preview = (file: string, name = 'don-vi.csv', effectiveDate = '2025-10-01') =>
    uploadAs(pm, '/api/v1/imports/org-units/preview', { name, data: file }, { parentId: ward, effectiveDate });

  beforeAll(async () => {
    s = await startTestServer();
    pm = await s.as('thuongtruc');
    ward = await unitId(s.db, 'gso2025:20242');
  });
  afterAll(async () => s?.close());

  it('offers a template with the same headers as the export', async () => {
    const x = await downloadAs(pm, '/api/v1/imports/org-units/template?format=xlsx');
    expect(x.status).toBe(200);
    expect(decodeURIComponent(x.headers.get('content-disposition')!.split("''")[1]!)).toBe('Mẫu nhập đơn vị.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.data as never);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Tên viết tắt',
      'Loại đơn vị',
    ]);
    expect(wb.getWorksheet('Hướng dẫn')!.rowCount).toBe(5);
    const c = await downloadAs(pm, '/api/v1/imports/org-units/template?format=csv');
    expect(c.data.toString('utf8')).toBe(`\ufeff${UNIT_HEADER}\r\n`);
    expect((await downloadAs(await s.as('xem'), '/api/v1/imports/org-units/template')).status).toBe(403);
  });

  it('lists every row error of a faulty file and changes nothing, not even on commit', async () => {
    const before = await countUnits(s);
    const res = await preview(
      csv([
        UNIT_HEADER,
        `HC-T01,Tổ CNSCĐ khu dân cư 1,,${TEAM}`,
        `HC-T01,Trùng mã,,${TEAM}`,
        `,Không có mã,,${TEAM}`,
        `HC-T03,X,,${TEAM}`,
        'HC-T04,Tổ CNSCĐ khu dân cư 4,,Loại lạ',
        'HC-T05,Tổ CNSCĐ khu dân cư 5,,',
        '20209,Phường Thanh Khê,,Phường',
        'mã sai!,Tổ CNSCĐ khu dân cư 7,,',
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('invalid');
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Mã đơn vị'],
      [4, 'Mã đơn vị'],
      [5, 'Tên đơn vị'],
      [6, 'Loại đơn vị'],
      [7, 'Loại đơn vị'],
      [8, 'Mã đơn vị'],
      [9, 'Mã đơn vị'],
    ]);
    expect(res.body.errors[0]).toEqual({
      row: 3,
      column: 'Mã đơn vị',
      message: 'Mã HC-T01 đã có ở dòng 2',
      expected: 'Mỗi mã đơn vị chỉ xuất hiện một lần trong tệp',
    });
    expect(res.body.errors[3].message).toBe('Không có loại đơn vị "Loại lạ"');
    expect(res.body.errors[3].expected).toMatch(/^Bắt buộc với đơn vị mới; một trong: Tỉnh\/Thành phố, /);
    expect(res.body.errors[5].message).toBe('Mã 20209 là của "Phường Thanh Khê", không trực thuộc Phường Hải Châu');
    expect(res.body.counts).toEqual({ rows: 8, create: 1, update: 0, unchanged: 0, errors: 7 });
    const commit = await pm.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.status).toBe(422);
    expect(commit.body.error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await countUnits(s)).toBe(before);
  });

  const GOOD = csv([
    UNIT_HEADER,
    `HC-T01,Tổ CNSCĐ khu dân cư 1,,${TEAM}`,
    `HC-T02,Tổ CNSCĐ khu dân cư 2,Tổ 2,${TEAM}`,
    `HC-T03,Tổ CNSCĐ khu dân cư 3,,${TEAM.toUpperCase()}`,
    'HC-T04,Tổ CNSCĐ khu dân cư 4,,cdt_team',
  ]);

  it('imports the corrected file in one go, with an audit entry', async () => {
    const res = await preview(GOOD);
    expect(res.body).toMatchObject({
      status: 'ready',
      errors: [],
      counts: { rows: 4, create: 4, update: 0, unchanged: 0, errors: 0 },
    });
    const commit = await pm.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ status: 'applied', counts: { create: 4, update: 0, unchanged: 0 } });
    expect(commit.body.appliedAt).not.toBeNull();
    const list = await pm.get(`/api/v1/org-units?parentId=${ward}&asOf=2025-10-01&q=HC-T`);
    expect(list.body.items.map((u: { officialCode: string }) => u.officialCode).sort()).toEqual([
      'HC-T01',
      'HC-T02',
      'HC-T03',
      'HC-T04',
    ]);
    expect(list.body.items.find((u: { officialCode: string }) => u.officialCode === 'HC-T02')).toMatchObject({
      shortName: 'Tổ 2',
      type: 'cdt_team',
      validFrom: '2025-10-01',
    });
    const audit = await s.db.query(
      `SELECT summary FROM audit_log WHERE action = 'import.org-units' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit.rows[0].summary).toBe('Nhập đơn vị từ tệp don-vi.csv: 4 thêm mới, 0 cập nhật, 0 không đổi');
    // Committing the same run again is refused.
    expect((await pm.post(`/api/v1/imports/${res.body.id}/commit`)).body.error.code).toBe('IMPORT_NOT_PENDING');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await countUnits(s);
    const res = await preview(GOOD);
    expect(res.body.counts).toEqual({ rows: 4, create: 0, update: 0, unchanged: 4, errors: 0 });
    const commit = await pm.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.body).toMatchObject({ status: 'applied', counts: { create: 0, update: 0, unchanged: 4 } });
    expect(await countUnits(s)).toBe(before);
  });

  it('renames units by code from the effective date, and the XLSX export imports back unchanged', async () => {
    const res = await preview(
      csv([UNIT_HEADER, `HC-T01,Tổ CNSCĐ tổ dân phố 1,,${TEAM}`, `HC-T02,Tổ CNSCĐ khu dân cư 2,,`]),
      'doi-ten.csv',
      '2025-11-01',
    );
    expect(res.body.counts).toEqual({ rows: 2, create: 0, update: 1, unchanged: 1, errors: 0 });
    expect((await pm.post(`/api/v1/imports/${res.body.id}/commit`)).status).toBe(200);
    const t01 = await s.db.query(
      `SELECT name, valid_from, valid_to FROM org_unit_version WHERE official_code = 'HC-T01' ORDER BY valid_from`,
    );
    expect(t01.rows).toEqual([
      { name: 'Tổ CNSCĐ khu dân cư 1', valid_from: '2025-10-01', valid_to: '2025-10-31' },
      { name: 'Tổ CNSCĐ tổ dân phố 1', valid_from: '2025-11-01', valid_to: null },
    ]);
    const exported = await downloadAs(pm, `/api/v1/org-units/export?format=xlsx&parentId=${ward}&asOf=2025-11-01`);
    const again = await uploadAs(
      pm,
      '/api/v1/imports/org-units/preview',
      { name: 'xuat.xlsx', data: exported.data },
      { parentId: ward, effectiveDate: '2025-11-01' },
    );
    expect(again.body.status).toBe('ready');
    expect(again.body.counts.create + again.body.counts.update).toBe(0);
  });

  it('checks again when committing: a code taken in between fails the whole file', async () => {
    const res = await preview(
      csv([UNIT_HEADER, `HC-T08,Tổ CNSCĐ khu dân cư 8,,${TEAM}`, `HC-T09,Tổ CNSCĐ khu dân cư 9,,${TEAM}`]),
    );
    expect(res.body.status).toBe('ready');
    const elsewhere = await unitId(s.db, 'gso2025:20209');
    const taken = await pm.post('/api/v1/org-units', {
      name: 'Tổ khác',
      type: 'cdt_team',
      officialCode: 'HC-T09',
      parentId: elsewhere,
      effectiveDate: '2025-09-15',
    });
    expect(taken.status).toBe(201);
    const before = await countUnits(s);
    const commit = await pm.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.status).toBe(422);
    expect(commit.body.error.details.errors).toEqual([expect.objectContaining({ row: 3, column: 'Mã đơn vị' })]);
    expect(await countUnits(s)).toBe(before);
    expect((await pm.get(`/api/v1/imports/${res.body.id}`)).body.status).toBe('invalid');
  });

  it('needs restructure rights on the parent, and keeps runs to their uploader', async () => {
    const editor = await s.as('bientap.haichau');
    const denied = await uploadAs(
      editor,
      '/api/v1/imports/org-units/preview',
      { name: 'a.csv', data: csv([UNIT_HEADER]) },
      { parentId: ward, effectiveDate: '2025-10-01' },
    );
    expect(denied.status).toBe(403);
    const res = await preview(csv([UNIT_HEADER, `HC-T10,Tổ CNSCĐ khu dân cư 10,,${TEAM}`]));
    const admin = await s.as('admin');
    expect((await admin.get(`/api/v1/imports/${res.body.id}`)).status).toBe(200);
    expect((await admin.post(`/api/v1/imports/${res.body.id}/commit`)).status).toBe(404);
    expect((await (await s.as('lanhdao')).get(`/api/v1/imports/${res.body.id}`)).status).toBe(404);
    const missing = await uploadAs(
      pm,
      '/api/v1/imports/org-units/preview',
      { name: 'a.csv', data: csv([UNIT_HEADER]) },
      { effectiveDate: '2025-10-01' },
    );
    expect(missing.status).toBe(400);
  });

  it('refuses a file that is not XLSX or CSV', async () => {
    const res = await uploadAs(
      pm,
      '/api/v1/imports/org-units/preview',
      { name: 'a.pdf', data: '%PDF-1.4\n' },
      { parentId: ward, effectiveDate: '2025-10-01' },
    );
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/Chỉ nhận: bảng tính Excel \(\.xlsx\), CSV\./);
  });
});

describe('importing users', () => {
  let s: TestServer;
  let admin: Client;
  const HEADER = 'Tên đăng nhập,Họ và tên,Email,Điện thoại,Mã đơn vị,Vai trò';
  const preview = (file: string) =>
    uploadAs(admin, '/api/v1/imports/users/preview', { name: 'nguoi-dung.csv', data: file });

  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.as('admin');
  });
  afterAll(async () => s?.close());

  it('lists every row error and creates nobody', async () => {
    const res = await preview(
      csv([
        HEADER,
        'Nguyen Van A,Nguyễn Văn A,,,20242,Người xem',
        'nv.a,N,a@,12,20242,Người xem',
        'nv.b,Nguyễn Văn B,,,99999,Vua',
        'nv.c,Nguyễn Văn C,,,,',
        'nv.c,Nguyễn Văn C,,,20242,',
      ]),
    );
    expect(res.body.status).toBe('invalid');
    expect(
      res.body.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message]),
    ).toEqual([
      [2, 'Tên đăng nhập', 'Tên đăng nhập "Nguyen Van A" không hợp lệ'],
      [3, 'Họ và tên', 'Họ và tên có 1 ký tự'],
      [3, 'Email', '"a@" không phải địa chỉ thư điện tử'],
      [3, 'Điện thoại', 'Số điện thoại "12" không hợp lệ'],
      [4, 'Vai trò', 'Không có vai trò "Vua"'],
      [4, 'Mã đơn vị', 'Không có đơn vị mã 99999'],
      [5, 'Mã đơn vị', 'Chưa có mã đơn vị'],
      [6, 'Tên đăng nhập', 'Tên đăng nhập nv.c đã có ở dòng 5'],
    ]);
    const stillNone = await s.db.query(`SELECT count(*)::int AS n FROM app_user WHERE username LIKE 'nv.%'`);
    expect(stillNone.rows[0].n).toBe(0);
  });

  it('creates and updates accounts by username, then changes nothing the second time', async () => {
    const file = csv([
      HEADER,
      'nv.haichau1,Nguyễn Văn Một,mot@danang.gov.vn,0905 111 222,20242,Người xem',
      'NV.HaiChau2,Trần Thị Hai,,,gso2025:20242,"Biên tập viên đơn vị, Người xem"',
      'bientap.thanhkhe,Phạm Văn Thanh,,0236 3 888 999,20209,Biên tập viên đơn vị',
    ]);
    const res = await preview(file);
    expect(res.body).toMatchObject({
      status: 'ready',
      counts: { rows: 3, create: 2, update: 1, unchanged: 0, errors: 0 },
    });
    const commit = await admin.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.body).toMatchObject({ status: 'applied', counts: { create: 2, update: 1, unchanged: 0 } });
    const users = await admin.get('/api/v1/users?q=nv.haichau');
    const two = users.body.items.find((u: { username: string }) => u.username === 'nv.haichau2');
    expect(two).toMatchObject({ fullName: 'Trần Thị Hai', unitName: 'Phường Hải Châu', mustChangePassword: true });
    expect(two.roles.map((r: { role: string }) => r.role).sort()).toEqual(['unit_editor', 'viewer']);
    const tk = await s.db.query(`SELECT phone FROM app_user WHERE username = 'bientap.thanhkhe'`);
    expect(tk.rows[0].phone).toBe('0236 3 888 999');
    const again = await preview(file);
    expect(again.body.counts).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, errors: 0 });
    expect((await admin.post(`/api/v1/imports/${again.body.id}/commit`)).body.counts).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 3,
    });
  });

  it('imports its own CSV export back without a change', async () => {
    const exported = await downloadAs(admin, '/api/v1/users/export?format=csv');
    const res = await uploadAs(admin, '/api/v1/imports/users/preview', { name: 'xuat.csv', data: exported.data });
    expect(res.body.errors).toEqual([]);
    expect(res.body.counts).toMatchObject({ create: 0, update: 0, errors: 0 });
    expect(res.body.counts.unchanged).toBe(res.body.counts.rows);
  });

  it('needs user:manage', async () => {
    const res = await uploadAs(await s.as('thuongtruc'), '/api/v1/imports/users/preview', {
      name: 'a.csv',
      data: csv([HEADER]),
    });
    expect(res.status).toBe(403);
  });
});

describe('a large import runs as a job', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ worker: true, env: { LANTOA_IMPORT_DIRECT_MAX_ROWS: '2' } });
  });
  afterAll(async () => s?.close());

  it('checks and commits in background jobs with progress', async () => {
    const pm = await s.as('thuongtruc');
    const ward = await unitId(s.db, 'gso2025:20242');
    const rows = Array.from({ length: 5 }, (_, i) => `HC-J${i + 1},Tổ CNSCĐ số ${i + 1},,${TEAM}`);
    const res = await uploadAs(
      pm,
      '/api/v1/imports/org-units/preview',
      { name: 'lon.csv', data: csv([UNIT_HEADER, ...rows]) },
      { parentId: ward, effectiveDate: '2025-10-01' },
    );
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('checking');
    expect((await waitForJob(s.db, res.body.jobId)).status).toBe('succeeded');
    const checked = await pm.get(`/api/v1/imports/${res.body.id}`);
    expect(checked.body).toMatchObject({ status: 'ready', counts: { rows: 5, create: 5 } });
    const commit = await pm.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.status).toBe(202);
    const job = await waitForJob(s.db, commit.body.jobId);
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ status: 'applied', counts: { create: 5 } });
    expect((await pm.get(`/api/v1/imports/${res.body.id}`)).body.status).toBe('applied');
    const made = await s.db.query(`SELECT count(*)::int AS n FROM org_unit_version WHERE official_code LIKE 'HC-J%'`);
    expect(made.rows[0].n).toBe(5);
  });
});
