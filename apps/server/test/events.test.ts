import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs, uploadAs } from './transfer.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let s: TestServer;
let editor: Client;
let otherEditor: Client;
let manager: Client;
let viewer: Client;
let haiChau: string;
let thanhKhe: string;
let agency: string;
beforeAll(async () => {
  s = await startTestServer();
  editor = await s.as('bientap.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  manager = await s.as('thuongtruc');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
  agency = await unitId(s.db, 'agency:so-khcn');
});
afterAll(async () => s?.close());

const body = (o: Record<string, unknown> = {}) => ({
  kind: 'danang_dx_day',
  title: 'Ngày Chuyển đổi số thành phố 2027',
  theme: 'Đô thị thông minh',
  startsOn: '2027-10-15',
  endsOn: '2027-10-16',
  place: 'Cung Hội nghị Ariyana',
  organiserUnitId: agency,
  description: null,
  registrations: 500,
  attendance: 450,
  coverage: [{ title: 'Báo Đà Nẵng đưa tin', url: 'https://baodanang.vn/tin/1' }],
  products: [{ name: 'Ứng dụng Đặt lịch khám Sơn Trà', company: 'Công ty CP Y tế Số Đà Nẵng', category: 'digital_product', description: 'Đặt lịch khám bệnh', link: 'https://example.vn/kham' }],
  ...o,
});

describe('the events register', () => {
  let eventId: string;

  it('refuses bad input with Vietnamese messages and saves nothing', async () => {
    const before = (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dx_event')).rows[0]!.n;
    const r = await manager.post('/api/v1/events', body({ kind: 'national_dx_day', startsOn: '2027-10-11', endsOn: '2027-10-11', theme: null, products: [] }));
    expect(r.status).toBe(400);
    expect(r.text).toContain('Ngày Chuyển đổi số quốc gia là ngày 10/10 hằng năm');
    expect(r.text).toContain('Vui lòng nhập chủ đề năm');
    const r2 = await manager.post('/api/v1/events', body({ endsOn: '2027-10-01', coverage: [{ title: 'X', url: 'javascript:alert(1)' }] }));
    expect(r2.status).toBe(400);
    expect(r2.text).toContain('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu');
    expect(r2.text).toContain('http:// hoặc https://');
    const r3 = await manager.post('/api/v1/events', body({ kind: 'campaign' }));
    expect(r3.status).toBe(400);
    expect(r3.text).toContain('Make in Da Nang chỉ được công bố');
    // One National DX Day a year: 2025 is in the demo data.
    const r4 = await manager.post('/api/v1/events', body({ kind: 'national_dx_day', startsOn: '2025-10-10', endsOn: '2025-10-10', products: [] }));
    expect(r4.status).toBe(400);
    expect(r4.text).toContain('Ngày Chuyển đổi số quốc gia năm 2025 đã có trong sổ');
    expect((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dx_event')).rows[0]!.n).toBe(before);
  });

  it('creates an event with coverage and a product, audited', async () => {
    const r = await manager.post('/api/v1/events', body());
    expect(r.status).toBe(201);
    eventId = r.body.id;
    expect(r.body.products).toHaveLength(1);
    expect(r.body.products[0].year).toBe(2027);
    expect(r.body.coverage[0].url).toBe('https://baodanang.vn/tin/1');
    expect(r.body.canEdit).toBe(true);
    const audit = await s.db.query(`SELECT 1 FROM audit_log WHERE entity_type = 'dx_event' AND entity_id = $1 AND action = 'event.create'`, [eventId]);
    expect(audit.rowCount).toBe(1);
  });

  it('keeps a ward editor inside the ward: others answer 404, writing elsewhere 403', async () => {
    const ward = await editor.post('/api/v1/events', body({ kind: 'campaign', title: 'Chiến dịch VNeID tại tổ dân phố', organiserUnitId: haiChau, products: [] }));
    expect(ward.status).toBe(201);
    expect((await otherEditor.get(`/api/v1/events/${ward.body.id}`)).status).toBe(404);
    expect((await otherEditor.put(`/api/v1/events/${ward.body.id}`, { ...body({ organiserUnitId: haiChau, products: [] }), lockVersion: 1 })).status).toBe(404);
    expect((await editor.post('/api/v1/events', body({ kind: 'campaign', organiserUnitId: thanhKhe, products: [] }))).status).toBe(403);
    expect((await viewer.post('/api/v1/events', body())).status).toBe(403);
    const mine = await otherEditor.get('/api/v1/events?pageSize=200');
    expect(mine.body.items.every((e: { organiserUnitId: string }) => e.organiserUnitId === thanhKhe)).toBe(true);
    const all = await viewer.get(`/api/v1/events/${ward.body.id}`);
    expect(all.status).toBe(200);
    expect(all.body.canEdit).toBe(false);
  });

  it('finds events without diacritics, by month, and sorted', async () => {
    const r = await viewer.get('/api/v1/events?q=dat lich kham son tra');
    expect(r.body.items.map((e: { id: string }) => e.id)).toEqual([eventId]);
    const m = await viewer.get('/api/v1/events?year=2027&month=10');
    expect(m.body.items.map((e: { id: string }) => e.id)).toContain(eventId);
    expect((await viewer.get('/api/v1/events?year=2027&month=11')).body.items.map((e: { id: string }) => e.id)).not.toContain(eventId);
    const sorted = await viewer.get('/api/v1/events?year=2024&sort=starts_on');
    const days = sorted.body.items.map((e: { startsOn: string }) => e.startsOn);
    expect(days).toEqual([...days].sort());
    expect(days.length).toBeGreaterThan(2);
  });

  it('refuses a stale save and keeps the other one', async () => {
    const first = await manager.put(`/api/v1/events/${eventId}`, { ...body({ attendance: 470 }), lockVersion: 1 });
    expect(first.status).toBe(200);
    expect(first.body.lockVersion).toBe(2);
    const stale = await manager.put(`/api/v1/events/${eventId}`, { ...body({ attendance: 10 }), lockVersion: 1 });
    expect(stale.status).toBe(409);
    expect((await viewer.get(`/api/v1/events/${eventId}`)).body.attendance).toBe(470);
  });

  it('takes photos checked by content, and shows them on the public page', async () => {
    const bad = await uploadAs(manager, `/api/v1/events/${eventId}/photos`, { name: 'anh.png', data: 'not an image at all' });
    expect(bad.status).toBe(415);
    const ok = await uploadAs(manager, `/api/v1/events/${eventId}/photos`, { name: 'khai-mac.png', data: PNG }, { caption: 'Lễ khai mạc' });
    expect(ok.status).toBe(201);
    expect(ok.body.photos).toHaveLength(1);
    const photoId = ok.body.photos[0].id;
    const page = await s.client().get(`/su-kien/${eventId}`);
    expect(page.text).toContain(`/su-kien/anh/${photoId}`);
    const img = await fetch(`${s.base}/su-kien/anh/${photoId}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
  });

  it('exports the list with the same filter', async () => {
    const x = await downloadAs(viewer, '/api/v1/events/export?year=2027&format=xlsx');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.data as never);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Loại sự kiện', 'Tên sự kiện', 'Chủ đề']);
    expect(sheet.rowCount).toBeGreaterThanOrEqual(2);
  });
});

describe('importing events', () => {
  const HEADER = 'Loại sự kiện,Tên sự kiện,Chủ đề,Ngày bắt đầu,Ngày kết thúc,Địa điểm,Mã đơn vị tổ chức,Số đăng ký,Số người tham dự';
  const csv = (lines: string[]) => `\ufeff${[HEADER, ...lines].join('\r\n')}\r\n`;
  const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dx_event')).rows[0]!.n;

  it('lists every bad row and saves nothing, even on commit', async () => {
    const before = await count();
    const r = await uploadAs(editor, '/api/v1/imports/events/preview', {
      name: 'su-kien.csv',
      data: csv([
        'Chiến dịch truyền thông cộng đồng,Ra quân hỗ trợ VNeID,,05/03/2027,06/03/2027,Nhà văn hóa,20242,,120',
        'Hội thảo vui,Sự kiện loại lạ,,05/03/2027,,,20242,,',
        'Cuộc thi,Thi không ngày,,31/02/2027,,,20242,,',
        'Ngày Chuyển đổi số quốc gia (10/10),Ngày CĐS sai ngày,Chủ đề,11/10/2027,,,20242,,',
        'Cuộc thi,Thi của phường khác,,05/04/2027,,,20209,,',
        'Cuộc thi,Thi số âm,,05/04/2027,,,20242,-5,',
        'Chiến dịch truyền thông cộng đồng,Ra quân hỗ trợ VNeID,,05/03/2027,,,20242,,',
      ]),
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('invalid');
    expect(r.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'Loại sự kiện'],
      [4, 'Ngày bắt đầu'],
      [5, 'Ngày bắt đầu'],
      [6, 'Mã đơn vị tổ chức'],
      [7, 'Số đăng ký'],
      [8, 'Tên sự kiện'],
    ]);
    expect(r.body.errors[2].message).toContain('10/10');
    expect(r.body.errors[3].message).toContain('Bạn không quản lý sự kiện của');
    const c = await editor.post(`/api/v1/imports/${r.body.id}/commit`);
    expect(c.status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('writes a clean file all at once, and a second time changes nothing', async () => {
    const before = await count();
    const file = csv([
      'Chiến dịch truyền thông cộng đồng,Ra quân hỗ trợ VNeID,,05/03/2027,06/03/2027,Nhà văn hóa,20242,,120',
      'Cuộc thi,Thi ảnh Hải Châu số,,2027-04-05,2027-04-20,Trực tuyến,20242,300,280',
    ]);
    const r = await uploadAs(editor, '/api/v1/imports/events/preview', { name: 'su-kien.csv', data: file });
    expect(r.body.status).toBe('ready');
    expect(r.body.counts.create).toBe(2);
    const c = await editor.post(`/api/v1/imports/${r.body.id}/commit`);
    expect(c.status).toBe(200);
    expect(await count()).toBe(before + 2);
    const again = await uploadAs(editor, '/api/v1/imports/events/preview', { name: 'su-kien.csv', data: file });
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });
});

describe('public pages, without JavaScript', () => {
  it('show the month calendar with the demo National DX Day', async () => {
    const r = await s.client().get('/su-kien?thang=2024-10');
    expect(r.status).toBe(200);
    expect(r.text).toContain('Tháng 10 năm 2024');
    expect(r.text).toContain('Hưởng ứng Ngày Chuyển đổi số quốc gia 2024');
    expect(r.text).toContain('Ngày Chuyển đổi số thành phố Đà Nẵng 2024');
    expect(r.text).toContain('href="/su-kien?thang=2024-11"');
    expect(r.text).not.toMatch(/<script/i);
    expect(r.text).toContain('aria-current="page">Sự kiện');
  });

  it('list Make in Da Nang products by year and category', async () => {
    const all = await s.client().get('/make-in-da-nang');
    expect(all.status).toBe(200);
    expect(all.text).toContain('Ứng dụng Đặt lịch khám Sơn Trà');
    expect(all.text).toContain('Năm 2025');
    expect(all.text).not.toMatch(/<script/i);
    const y = await s.client().get('/make-in-da-nang?nam=2024&nhom=hardware_iot');
    expect(y.text).not.toContain('Bản đồ số du lịch Đà Nẵng');
    const y2 = await s.client().get('/make-in-da-nang?nam=2024&nhom=digital_product');
    expect(y2.text).toContain('Bản đồ số du lịch Đà Nẵng');
    expect(y2.text).not.toContain('Cảm biến ngập lụt đô thị');
  });

  it('answer 404 for an unknown event', async () => {
    expect((await s.client().get('/su-kien/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await s.client().get('/su-kien/abc')).status).toBe(404);
  });
});
