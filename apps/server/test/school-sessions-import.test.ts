import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs, uploadAs } from './transfer.ts';

let s: TestServer;
let editor: Client;
let viewer: Client;
const SCHOOL = 'Trường THCS Nhập Tệp Thử';
beforeAll(async () => {
  s = await startTestServer();
  [editor, viewer] = (await Promise.all(['bientap.haichau', 'xem'].map((u) => s.as(u)))) as [Client, Client];
  const created = await editor.post('/api/v1/schools', { name: SCHOOL, level: 'lower_secondary', ownership: 'public', communeUnitId: await unitId(s.db, 'gso2025:20242'), teachersTrained: 2, hasDxClub: true });
  expect(created.status).toBe(201);
});
afterAll(async () => s?.close());

const csv = (lines: string[]) => `\ufeff${['Ngày,Trường,Chủ đề,Nội dung,Số lớp,Số học sinh,"Phường, xã",Ghi chú', ...lines].join('\r\n')}\r\n`;
const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM school_dx_session')).rows[0]!.n;

describe('importing school DX sessions', () => {
  it('lists every bad row by row and column and saves nothing, even on commit', async () => {
    const before = await count();
    const r = await uploadAs(editor, '/api/v1/imports/school-sessions/preview', {
      name: 'ngoai-khoa.csv',
      data: csv([
        `05/10/2024,${SCHOOL},An toàn trên không gian mạng,Nhận diện lừa đảo qua mạng,3,105,Phường Hải Châu,`,
        `05/10/2099,${SCHOOL},An toàn trên không gian mạng,Buổi tương lai,3,105,Phường Hải Châu,`,
        `06/10/2024,${SCHOOL},Người máy,Chủ đề lạ,3,105,Phường Hải Châu,`,
        `07/10/2024,Trường Không Có,An toàn trên không gian mạng,Trường lạ,3,105,Phường Hải Châu,`,
        `08/10/2024,${SCHOOL},An toàn trên không gian mạng,Phường khác,3,105,Phường Thanh Khê,`,
        `09/10/2024,${SCHOOL},An toàn trên không gian mạng,Số lớp sai,ba,105,Phường Hải Châu,`,
      ]),
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('invalid');
    expect(r.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Ngày'],
      [4, 'Chủ đề'],
      [5, 'Trường'],
      [6, 'Phường, xã'],
      [7, 'Số lớp'],
    ]);
    expect((await editor.post(`/api/v1/imports/${r.body.id}/commit`)).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('records a clean file all at once; the same file again changes nothing; other figures for a recorded session are an error', async () => {
    const before = await count();
    const rows = [
      `05/10/2024,${SCHOOL},An toàn trên không gian mạng,Nhận diện lừa đảo qua mạng,3,105,Phường Hải Châu,Phối hợp Công an phường`,
      `2024-11-12,${SCHOOL.toUpperCase()},Trí tuệ nhân tạo (AI),Làm quen trợ lý AI,2,70,phường hải châu,`,
    ];
    const r = await uploadAs(editor, '/api/v1/imports/school-sessions/preview', { name: 'ngoai-khoa.csv', data: csv(rows) });
    expect(r.body.errors).toEqual([]);
    expect(r.body.counts).toMatchObject({ create: 2, unchanged: 0 });
    expect((await editor.post(`/api/v1/imports/${r.body.id}/commit`)).status).toBe(200);
    expect(await count()).toBe(before + 2);
    const again = await uploadAs(editor, '/api/v1/imports/school-sessions/preview', { name: 'ngoai-khoa.csv', data: csv(rows) });
    expect(again.body.counts).toMatchObject({ create: 0, unchanged: 2 });
    const other = await uploadAs(editor, '/api/v1/imports/school-sessions/preview', { name: 'ngoai-khoa.csv', data: csv([rows[0]!.replace(',3,105,', ',4,140,')]) });
    expect(other.body.errors).toEqual([expect.objectContaining({ row: 2, column: 'Nội dung', message: expect.stringContaining('số liệu khác') })]);
  });

  it('takes the export back unchanged (round trip)', async () => {
    const x = await downloadAs(editor, '/api/v1/schools/sessions/export?format=xlsx');
    expect(x.status).toBe(200);
    const total = (await editor.get('/api/v1/schools/sessions?pageSize=1')).body.total as number;
    expect(total).toBeGreaterThanOrEqual(2);
    const r = await uploadAs(editor, '/api/v1/imports/school-sessions/preview', { name: 'ngoai-khoa.xlsx', data: x.data });
    expect(r.body.errors).toEqual([]);
    expect(r.body.counts).toMatchObject({ rows: total, create: 0, unchanged: total });
  });

  it('is not for those who may only read schools', async () => {
    expect((await uploadAs(viewer, '/api/v1/imports/school-sessions/preview', { name: 'x.csv', data: csv([]) })).status).toBe(403);
  });
});
