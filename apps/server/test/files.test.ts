import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { downloadAs, uploadAs } from './transfer.ts';

let s: TestServer;
let editor: Client;
beforeAll(async () => {
  s = await startTestServer();
  editor = await s.as('bientap.haichau');
});
afterAll(async () => s?.close());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

describe('uploads and downloads', () => {
  it('stores a PDF with a Vietnamese name and gives the same bytes back as an attachment', async () => {
    const up = await uploadAs(editor, '/api/v1/files', {
      name: 'Kế hoạch truyền thông Đà Nẵng 2025.pdf',
      data: PDF,
      type: 'text/plain',
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      name: 'Kế hoạch truyền thông Đà Nẵng 2025.pdf',
      mime: 'application/pdf',
      size: PDF.length,
      purpose: 'upload',
    });
    const down = await downloadAs(editor, up.body.url);
    expect(down.status).toBe(200);
    expect(down.data.equals(PDF)).toBe(true);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    const cd = down.headers.get('content-disposition')!;
    expect(cd.startsWith('attachment; filename="Ke hoach truyen thong Da Nang 2025.pdf"; ')).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(cd)![1]!)).toBe('Kế hoạch truyền thông Đà Nẵng 2025.pdf');
  });

  it('cleans the name of folders and control characters', async () => {
    const up = await uploadAs(editor, '/api/v1/files', { name: '..\\..\\windows\\bá\u0007o\u202Ecáo.pdf', data: PDF });
    expect(up.status).toBe(201);
    expect(up.body.name).toBe('báocáo.pdf');
  });

  it('refuses a program renamed to .pdf, in Vietnamese', async () => {
    const up = await uploadAs(editor, '/api/v1/files', { name: 'hoa-don.pdf', data: EXE, type: 'application/pdf' });
    expect(up.status).toBe(415);
    expect(up.body.error.code).toBe('FILE_TYPE_REFUSED');
    expect(up.body.error.message).toMatch(/^Nội dung tệp không khớp với phần mở rộng \.pdf/);
  });

  it('refuses a file over the size limit (10 MB by default) with 413', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const up = await uploadAs(editor, '/api/v1/files', { name: 'lon.pdf', data: big });
    expect(up.status).toBe(413);
    expect(up.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Tệp quá lớn: dung lượng tối đa là 10 MB',
    });
  });

  it('asks for a file when there is none', async () => {
    const res = await editor.post('/api/v1/files', {});
    expect(res.status).toBe(400);
  });

  it("answers 404 to another user's download, and lets an administrator read it", async () => {
    const up = await uploadAs(editor, '/api/v1/files', { name: 'rieng.pdf', data: PDF });
    const other = await s.as('bientap.thanhkhe');
    const denied = await downloadAs(other, up.body.url);
    expect(denied.status).toBe(404);
    expect(denied.json.error.code).toBe('NOT_FOUND');
    expect((await downloadAs(await s.as('admin'), up.body.url)).status).toBe(200);
    expect((await downloadAs(other, '/api/v1/files/0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a')).status).toBe(404);
  });

  it("lets readers of a file's unit download it", async () => {
    const up = await uploadAs(editor, '/api/v1/files', { name: 'chung.pdf', data: PDF });
    const ward = await s.db.query<{ id: string }>(`SELECT id FROM org_unit WHERE external_key = 'gso2025:20242'`);
    await s.db.query('UPDATE stored_file SET unit_id = $2 WHERE id = $1', [up.body.id, ward.rows[0]!.id]);
    expect((await downloadAs(await s.as('duyet.haichau'), up.body.url)).status).toBe(200);
    expect((await downloadAs(await s.as('bientap.thanhkhe'), up.body.url)).status).toBe(404);
  });
});
