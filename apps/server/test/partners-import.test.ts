import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { downloadAs, uploadAs } from './transfer.ts';

let s: TestServer;
let manager: Client;
let editor: Client;
beforeAll(async () => {
  s = await startTestServer();
  [manager, editor] = (await Promise.all(['thuongtruc', 'bientap.haichau'].map((u) => s.as(u)))) as [Client, Client];
});
afterAll(async () => s?.close());

const HEADER = 'Tên đối tác,Loại,Trong nước/Quốc tế,Quốc gia,Liên hệ,Trang web,Ghi chú';
const csv = (lines: string[]) => `\ufeff${[HEADER, ...lines].join('\r\n')}\r\n`;
const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM partner')).rows[0]!.n;

describe('importing partners', () => {
  it('lists every bad row by row and column and saves nothing, even on commit', async () => {
    const before = await count();
    const r = await uploadAs(manager, '/api/v1/imports/partners/preview', {
      name: 'doi-tac.csv',
      data: csv([
        'Công ty Phần mềm Sông Hàn,Doanh nghiệp,Trong nước,Việt Nam,0236 123 456,https://songhan.example.vn,',
        ',Doanh nghiệp,Trong nước,,,,',
        'Hội Tin học lạ,Câu lạc bộ,Trong nước,,,,',
        'Quỹ Hợp tác số,Tổ chức quốc tế,Liên lục địa,,,,',
        'Công ty Web sai,Doanh nghiệp,Trong nước,,,songhan.example.vn,',
        'Công ty  phần mềm Sông Hàn,Doanh nghiệp,Trong nước,,,,',
      ]),
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('invalid');
    expect(r.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Tên đối tác'],
      [4, 'Loại'],
      [5, 'Trong nước/Quốc tế'],
      [6, 'Trang web'],
      [7, 'Tên đối tác'],
    ]);
    expect(r.body.errors[4].message).toContain('dòng 2');
    const c = await manager.post(`/api/v1/imports/${r.body.id}/commit`);
    expect(c.status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('adds the partners of a clean file, matches known names, and a second run changes nothing', async () => {
    const before = await count();
    const rows = [
      'Công ty Phần mềm Sông Hàn,Doanh nghiệp,Trong nước,Việt Nam,0236 123 456,https://songhan.example.vn,Hỗ trợ tập huấn',
      'Quỹ Hợp tác số Mê Kông,Tổ chức quốc tế,Quốc tế,Thái Lan,,,',
    ];
    const r = await uploadAs(manager, '/api/v1/imports/partners/preview', { name: 'doi-tac.csv', data: csv(rows) });
    expect(r.body.status).toBe('ready');
    expect(r.body.counts).toMatchObject({ create: 2, update: 0, unchanged: 0 });
    expect((await manager.post(`/api/v1/imports/${r.body.id}/commit`)).status).toBe(200);
    expect(await count()).toBe(before + 2);
    const saved = await s.db.query(`SELECT kind, is_international, country, website FROM partner WHERE name = 'Quỹ Hợp tác số Mê Kông'`);
    expect(saved.rows).toEqual([{ kind: 'international_org', is_international: true, country: 'Thái Lan', website: null }]);
    const audit = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'partner.create' AND summary LIKE '%nhập từ tệp%'`);
    expect(audit.rows[0]!.n).toBe(2);

    const again = await uploadAs(manager, '/api/v1/imports/partners/preview', { name: 'doi-tac.csv', data: csv(rows) });
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    const changed = await uploadAs(manager, '/api/v1/imports/partners/preview', { name: 'doi-tac.csv', data: csv([rows[0]!.replace('0236 123 456', '0236 999 999')]) });
    expect(changed.body.counts).toMatchObject({ create: 0, update: 1 });
    expect((await manager.post(`/api/v1/imports/${changed.body.id}/commit`)).status).toBe(200);
    const edited = await s.db.query(`SELECT contact, lock_version FROM partner WHERE name = 'Công ty Phần mềm Sông Hàn'`);
    expect(edited.rows).toEqual([{ contact: '0236 999 999', lock_version: 2 }]);
  });

  it('takes the export back unchanged (round trip)', async () => {
    const x = await downloadAs(manager, '/api/v1/partners/export?format=xlsx');
    expect(x.status).toBe(200);
    const total = await count();
    expect(total).toBeGreaterThan(3);
    const r = await uploadAs(manager, '/api/v1/imports/partners/preview', { name: 'doi-tac.xlsx', data: x.data });
    expect(r.body.status).toBe('ready');
    expect(r.body.counts).toMatchObject({ rows: total, create: 0, update: 0, unchanged: total, errors: 0 });
  });

  it('is only for those who manage partners', async () => {
    expect((await uploadAs(editor, '/api/v1/imports/partners/preview', { name: 'doi-tac.csv', data: csv([]) })).status).toBe(403);
  });
});
