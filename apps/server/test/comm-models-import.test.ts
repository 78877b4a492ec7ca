import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { downloadAs, uploadAs } from './transfer.ts';

let s: TestServer;
let editor: Client;
let manager: Client;
let viewer: Client;
beforeAll(async () => {
  s = await startTestServer();
  [editor, manager, viewer] = (await Promise.all(['bientap.haichau', 'thuongtruc', 'xem'].map((u) => s.as(u)))) as [Client, Client, Client];
});
afterAll(async () => s?.close());

const HEADER = 'Năm,Tên mô hình,Mã đơn vị đề xuất,Đối tượng,Mô tả,Dự kiến tiếp cận';
const csv = (lines: string[]) => `\ufeff${[HEADER, ...lines].join('\r\n')}\r\n`;
const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comm_model')).rows[0]!.n;
const audits = async () => (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'comm-model.%'`)).rows[0]!.n;

describe('importing communication model proposals', () => {
  it('lists every bad row by row and column and saves nothing, even on commit', async () => {
    const [before, auditBefore] = [await count(), await audits()];
    const r = await uploadAs(editor, '/api/v1/imports/comm-models/preview', {
      name: 'mo-hinh.csv',
      data: csv([
        '2027,Cà phê số cho người cao tuổi Hải Châu,20242,Người dân,Mỗi tháng một buổi hướng dẫn dùng VNeID,1200',
        '27,Năm sai,20242,Người dân,Mô tả,10',
        '2027,Đối tượng lạ,20242,Học sinh,Mô tả,10',
        '2027,Của phường khác,20209,Doanh nghiệp,Mô tả,10',
        '2027,Số âm,20242,Người dân,Mô tả,-5',
        '2027,Không mô tả,20242,Người dân,,10',
        '2027,Đơn vị không có,99999,Người dân,Mô tả,10',
        '2027,Cà phê số  cho người cao tuổi Hải Châu,20242,Người dân,Lặp lại,1200',
      ]),
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('invalid');
    expect(r.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Năm'],
      [4, 'Đối tượng'],
      [5, 'Mã đơn vị đề xuất'],
      [6, 'Dự kiến tiếp cận'],
      [7, 'Mô tả'],
      [8, 'Mã đơn vị đề xuất'],
      [9, 'Tên mô hình'],
    ]);
    expect(r.body.errors[2].message).toContain('Bạn không được đề xuất mô hình cho');
    expect(r.body.errors[5].message).toContain('Không có đơn vị mã 99999');
    expect(r.body.errors[6].message).toContain('dòng 2');
    for (const e of r.body.errors) expect(e.expected).toBeTruthy();
    const c = await editor.post(`/api/v1/imports/${r.body.id}/commit`);
    expect(c.status).toBe(422);
    expect(await count()).toBe(before);
    expect(await audits()).toBe(auditBefore);
  });

  it('proposes the rows of a clean file all at once; the same file again changes nothing; a changed one edits the proposal', async () => {
    const before = await count();
    const rows = [
      '2027,Bình dân học vụ số tại tổ dân phố,20242,Người dân và doanh nghiệp,"Lớp tối thứ Bảy, hai tháng một khóa",2500',
      '2027,Chợ không tiền mặt Hải Châu,20242,doanh nghiệp,Tiểu thương nhận thanh toán bằng mã QR,"1.500"',
    ];
    const r = await uploadAs(editor, '/api/v1/imports/comm-models/preview', { name: 'mo-hinh.csv', data: csv(rows) });
    expect(r.body.status).toBe('ready');
    expect(r.body.counts).toMatchObject({ create: 2, update: 0, unchanged: 0, errors: 0 });
    expect((await editor.post(`/api/v1/imports/${r.body.id}/commit`)).status).toBe(200);
    expect(await count()).toBe(before + 2);
    const saved = await s.db.query<{ status: string; target_group: string; expected_reach: number; description: string }>(
      `SELECT status, target_group, expected_reach, description FROM comm_model WHERE title = 'Chợ không tiền mặt Hải Châu' AND year = 2027`,
    );
    expect(saved.rows).toEqual([{ status: 'proposed', target_group: 'businesses', expected_reach: 1500, description: 'Tiểu thương nhận thanh toán bằng mã QR' }]);
    const list = await manager.get('/api/v1/comm-models?year=2027&q=cho khong tien mat');
    expect(list.body.items.map((m: { title: string }) => m.title)).toContain('Chợ không tiền mặt Hải Châu');

    const again = await uploadAs(editor, '/api/v1/imports/comm-models/preview', { name: 'mo-hinh.csv', data: csv(rows) });
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });

    const changed = await uploadAs(editor, '/api/v1/imports/comm-models/preview', { name: 'mo-hinh.csv', data: csv([rows[0]!.replace('2500', '3000')]) });
    expect(changed.body.counts).toMatchObject({ create: 0, update: 1, unchanged: 0 });
    expect((await editor.post(`/api/v1/imports/${changed.body.id}/commit`)).status).toBe(200);
    const edited = await s.db.query<{ expected_reach: number; lock_version: number }>(
      `SELECT expected_reach, lock_version FROM comm_model WHERE title = 'Bình dân học vụ số tại tổ dân phố' AND year = 2027`,
    );
    expect(edited.rows).toEqual([{ expected_reach: 3000, lock_version: 2 }]);
  });

  it('refuses to change a model that has gone past the proposal', async () => {
    const { rows } = await s.db.query<{ year: number; title: string; description: string; expected_reach: number }>(
      `SELECT m.year, m.title, m.description, m.expected_reach FROM comm_model m JOIN org_unit ou ON ou.id = m.unit_id
        WHERE ou.external_key = 'agency:so-tttt' AND m.status = 'deployed' ORDER BY m.title LIMIT 1`,
    );
    const m = rows[0]!;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Mô hình');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([m.year, m.title, 'agency:so-tttt', 'Người dân', m.description, m.expected_reach + 1]);
    const r = await uploadAs(manager, '/api/v1/imports/comm-models/preview', { name: 'mo-hinh.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(r.body.status).toBe('invalid');
    expect(r.body.errors).toEqual([expect.objectContaining({ row: 2, column: 'Tên mô hình', message: expect.stringContaining('đã qua bước đề xuất') })]);
  });

  it('takes the export back unchanged (round trip)', async () => {
    const x = await downloadAs(manager, '/api/v1/comm-models/export?format=xlsx');
    expect(x.status).toBe(200);
    const total = (await manager.get('/api/v1/comm-models?pageSize=1')).body.total as number;
    expect(total).toBeGreaterThan(5);
    const r = await uploadAs(manager, '/api/v1/imports/comm-models/preview', { name: 'mo-hinh.xlsx', data: x.data });
    expect(r.body.status).toBe('ready');
    expect(r.body.counts).toMatchObject({ rows: total, create: 0, update: 0, unchanged: total, errors: 0 });
  });

  it('is not for those who may only read models', async () => {
    const r = await uploadAs(viewer, '/api/v1/imports/comm-models/preview', { name: 'mo-hinh.csv', data: csv([]) });
    expect(r.status).toBe(403);
  });
});
