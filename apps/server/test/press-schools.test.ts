import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJob } from '../src/platform/jobs/queue.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { downloadAs, uploadAs } from './transfer.ts';
import { seedPressDemo } from '../src/seed/press.seed.ts';
import { pullFeedsJob } from '../src/modules/press/index.ts';
import { seedSchoolsDemo } from '../src/seed/schools.seed.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chuyển đổi số</title><link>https://example.vn/cds</link>
  <item><title>Người dân phường Hải Châu kích hoạt VNeID</title><link>https://example.vn/cds/vneid.html</link><guid>cds-1</guid><pubDate>Tue, 30 Sep 2025 18:30:00 +0000</pubDate></item>
  <item><title><![CDATA[Thanh toán số tại chợ Hàn & chợ Cồn]]></title><link>https://example.vn/cds/cho.html</link><guid isPermaLink="true">https://example.vn/cds/cho.html</guid><pubDate>Wed, 01 Oct 2025 08:00:00 +0700</pubDate></item>
  <item><title>Tổ công nghệ số cộng đồng ra quân</title><link>https://example.vn/cds/to-cns.html</link><pubDate>Fri, 10 Oct 2025 08:00:00 +0700</pubDate></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Đà Nẵng số</title><id>urn:dn:cds</id><updated>2025-11-02T00:00:00Z</updated>
  <entry><title type="html">Học sinh THCS làm quen AI</title><link rel="alternate" href="https://example.vn/atom/ai"/><id>urn:dn:cds:1</id><published>2025-11-01T09:00:00+07:00</published><updated>2025-11-02T00:00:00Z</updated></entry>
  <entry><title>Ngày Chuyển đổi số quốc gia 10/10</title><link href="https://example.vn/atom/10-10"/><id>urn:dn:cds:2</id><updated>2025-10-10T01:00:00Z</updated></entry>
</feed>`;

let s: TestServer;
let manager: Client;
let editor: Client;
let otherEditor: Client;
let viewer: Client;
let feeds: http.Server;
let feedBase: string;
let city: string;
let haiChau: string;
let thanhKhe: string;
const hits: Record<string, number> = {};

beforeAll(async () => {
  feeds = http.createServer((req, res) => {
    hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1;
    if (req.url === '/rss.xml') res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS);
    else if (req.url === '/atom.xml') res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
    else if (req.url === '/broken.xml') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Bảo trì</body></html>');
    else if (req.url === '/half.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS.slice(0, RSS.length - 40));
    else res.writeHead(404).end('không có');
  });
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  s = await startTestServer({ worker: true });
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  viewer = await s.as('xem');
  city = await unitId(s.db, 'gso:48');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
});
afterAll(async () => {
  await s?.close();
  await new Promise((r) => feeds?.close(r));
});

const channelBody = (o: Record<string, unknown> = {}) => ({
  ownerUnitId: haiChau, kind: 'unit_portal', name: 'Trang thông tin phường Hải Châu (thử)', url: 'https://haichau.example.vn',
  hasDxColumn: true, columnTitle: 'Chuyển đổi số', columnUrl: 'https://haichau.example.vn/cds', columnSince: '2025-08-01', feedUrl: `${feedBase}/rss.xml`, ...o,
});

async function pull(c: Client, id: string) {
  const res = await c.post(`/api/v1/press/channels/${id}/pull`);
  expect(res.status, res.text).toBe(202);
  return waitForJob(s.db, res.body.jobId, 20_000);
}

describe('press channels and their feeds', () => {
  let rssChannel: string;

  it('are created with Vietnamese validation, scoped to the unit subtree', async () => {
    const bad = await editor.post('/api/v1/press/channels', channelBody({ name: '', columnSince: null, feedUrl: 'ftp://x' }));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên kênh');
    expect(bad.text).toContain('http:// hoặc https://');
    const wrongKind = await editor.post('/api/v1/press/channels', channelBody({ kind: 'press_agency' }));
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.text).toContain('cơ quan báo chí');
    const res = await editor.post('/api/v1/press/channels', channelBody());
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ ownerUnitName: 'Phường Hải Châu', hasDxColumn: true, articleCount: 0, canEdit: true, lockVersion: 1 });
    rssChannel = res.body.id;
    expect((await otherEditor.get(`/api/v1/press/channels/${rssChannel}`)).status).toBe(404);
    expect((await otherEditor.post('/api/v1/press/channels', channelBody())).status).toBe(403);
    expect((await viewer.post('/api/v1/press/channels', channelBody({ ownerUnitId: thanhKhe }))).status).toBe(403);
    const found = await manager.get('/api/v1/press/channels?q=trang%20thong%20tin%20phuong%20hai%20chau');
    expect(found.body.items.map((c: { id: string }) => c.id)).toContain(rssChannel);
    const audit = await s.db.query(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'press.channel.create'`, [rssChannel]);
    expect(audit.rowCount).toBe(1);
  });

  it('refuses a stale edit (optimistic locking)', async () => {
    const ok = await editor.put(`/api/v1/press/channels/${rssChannel}`, { ...channelBody({ columnTitle: 'Chuyển đổi số phường' }), lockVersion: 1 });
    expect(ok.status, ok.text).toBe(200);
    const stale = await editor.put(`/api/v1/press/channels/${rssChannel}`, { ...channelBody({ columnTitle: 'Cũ' }), lockVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('pulls an RSS 2.0 feed from a loopback server, and a second pull adds nothing', async () => {
    const job = await pull(editor, rssChannel);
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    const list = await editor.get(`/api/v1/press/channels/${rssChannel}/articles?sort=published_on`);
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((a: { title: string; publishedOn: string; source: string }) => [a.title, a.publishedOn, a.source]).sort()).toEqual([
      // 18:30 UTC on 30 September is 1 October in Vietnam.
      ['Người dân phường Hải Châu kích hoạt VNeID', '2025-10-01', 'feed'],
      ['Thanh toán số tại chợ Hàn & chợ Cồn', '2025-10-01', 'feed'],
      ['Tổ công nghệ số cộng đồng ra quân', '2025-10-10', 'feed'],
    ]);
    const again = await pull(editor, rssChannel);
    expect(again.status).toBe('succeeded');
    expect(again.result).toMatchObject({ items: 3, added: 0 });
    expect((await editor.get(`/api/v1/press/channels/${rssChannel}/articles`)).body.total).toBe(3);
    expect(hits['/rss.xml']).toBe(2);
    // The same address entered by hand is refused: an article is in a channel once.
    const dup = await editor.post(`/api/v1/press/channels/${rssChannel}/articles`, { title: 'Trùng', publishedOn: '2025-10-02', url: 'https://example.vn/cds/cho.html' });
    expect(dup.status).toBe(409);
    const manual = await editor.post(`/api/v1/press/channels/${rssChannel}/articles`, { title: 'Phát thanh: kỹ năng số', publishedOn: '2025-11-03', kind: 'broadcast' });
    expect(manual.status, manual.text).toBe(201);
    expect(manual.body.source).toBe('manual');
  });

  it('pulls an Atom 1.0 feed the same way', async () => {
    const ch = await manager.post('/api/v1/press/channels', channelBody({ ownerUnitId: await unitId(s.db, 'agency:bao-ptth-dn'), kind: 'press_agency', name: 'Báo thử Atom', feedUrl: `${feedBase}/atom.xml` }));
    expect(ch.status, ch.text).toBe(201);
    expect((await pull(manager, ch.body.id)).status).toBe('succeeded');
    expect((await pull(manager, ch.body.id)).result).toMatchObject({ items: 2, added: 0 });
    const list = await manager.get(`/api/v1/press/channels/${ch.body.id}/articles?sort=published_on`);
    expect(list.body.items.map((a: { title: string; publishedOn: string; url: string }) => [a.title, a.publishedOn, a.url])).toEqual([
      ['Ngày Chuyển đổi số quốc gia 10/10', '2025-10-10', 'https://example.vn/atom/10-10'],
      ['Học sinh THCS làm quen AI', '2025-11-01', 'https://example.vn/atom/ai'],
    ]);
  });

  it('fails the job with a clear message on a broken feed and adds nothing', async () => {
    for (const [path, words] of [['/broken.xml', 'không phải RSS 2.0 hay Atom 1.0'], ['/half.xml', 'không phải XML hợp lệ'], ['/missing.xml', 'HTTP 404']] as const) {
      const ch = await editor.post('/api/v1/press/channels', channelBody({ name: `Kênh hỏng ${path}`, feedUrl: `${feedBase}${path}` }));
      expect(ch.status).toBe(201);
      const job = await pull(editor, ch.body.id);
      expect(job.status).toBe('failed');
      expect(job.error).toContain('Không lấy được tin của kênh');
      expect(job.error).toContain(words);
      const after = await editor.get(`/api/v1/press/channels/${ch.body.id}`);
      expect(after.body).toMatchObject({ articleCount: 0, feedStatus: 'failed' });
      expect(after.body.feedError).toContain(words);
    }
  });

  it('the hourly run pulls every channel with a feed, and one broken feed does not stop the others', async () => {
    const ctx = { db: s.db, config: s.config, progress: async () => undefined } as unknown as Parameters<typeof pullFeedsJob.run>[0];
    const result = await pullFeedsJob.run(ctx, {});
    expect(result).toMatchObject({ channels: 5, items: 5, added: 0 });
    expect(result.failed).toHaveLength(3);
    expect(result.failed.map((f) => f.message).join('\n')).toContain('HTTP 404');
  });

  it('counts articles per channel and month, and exports them', async () => {
    const counts = await editor.get('/api/v1/press/article-counts?year=2025');
    expect(counts.status).toBe(200);
    const row = counts.body.rows.find((r: { channelId: string }) => r.channelId === rssChannel);
    expect(row.months).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 0]);
    expect(row.total).toBe(4);
    // The editor sees only the ward's channels.
    expect(counts.body.rows.every((r: { ownerUnitName: string }) => r.ownerUnitName === 'Phường Hải Châu')).toBe(true);
    const file = await downloadAs(editor, '/api/v1/press/article-counts/export?year=2025&format=csv');
    expect(file.status).toBe(200);
    const text = file.data.toString('utf8');
    expect(text).toContain('Tháng 10');
    expect(text).toContain('Trang thông tin phường Hải Châu (thử)');
  });
});

describe('deleting', () => {
  it('removes an article and then a channel with its articles, audited, in scope only', async () => {
    const ch = await editor.post('/api/v1/press/channels', channelBody({ name: 'Kênh để xóa', feedUrl: null }));
    const a = await editor.post(`/api/v1/press/channels/${ch.body.id}/articles`, { title: 'Bài để xóa', publishedOn: '2025-05-05' });
    await editor.post(`/api/v1/press/channels/${ch.body.id}/articles`, { title: 'Bài còn lại', publishedOn: '2025-05-06' });
    expect((await otherEditor.delete(`/api/v1/press/channels/${ch.body.id}/articles/${a.body.id}`)).status).toBe(404);
    expect((await editor.delete(`/api/v1/press/channels/${ch.body.id}/articles/${a.body.id}`)).status).toBe(200);
    expect((await editor.get(`/api/v1/press/channels/${ch.body.id}`)).body.articleCount).toBe(1);
    expect((await viewer.delete(`/api/v1/press/channels/${ch.body.id}`)).status).toBe(403);
    expect((await editor.delete(`/api/v1/press/channels/${ch.body.id}`)).status).toBe(200);
    expect((await editor.get(`/api/v1/press/channels/${ch.body.id}`)).status).toBe(404);
    const left = await s.db.query('SELECT 1 FROM press_article WHERE channel_id = $1', [ch.body.id]);
    expect(left.rowCount).toBe(0);
    const audit = await s.db.query(`SELECT action FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY id`, [ch.body.id, a.body.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['press.channel.create', 'press.article.create', 'press.article.delete', 'press.channel.delete']);
  });
});

async function channelWorkbook(rows: (string | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kênh');
  ws.addRow(['Đơn vị chủ quản', 'Loại kênh', 'Tên kênh', 'Địa chỉ trang', 'Có chuyên mục Chuyển đổi số', 'Tên chuyên mục', 'Địa chỉ chuyên mục', 'Có chuyên mục từ ngày', 'Địa chỉ RSS/Atom']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('importing channels', () => {
  const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM press_channel')).rows[0]!.n;

  it('lists every bad row and saves nothing, then imports a good file once', async () => {
    const before = await count();
    const bad = await channelWorkbook([
      ['Phường Hải Châu', 'Bản tin', 'Bản tin phường Hải Châu', 'https://haichau.example.vn/bantin', 'Có', 'CĐS', null, '15/03/2025', null],
      ['Phường Không Có', 'Bản tin', 'Bản tin X', null, 'Không', null, null, null, null],
      ['Phường Hải Châu', 'Tạp chí', 'Kênh Y', 'không-phải-địa-chỉ', 'Có', null, null, null, null],
      ['Phường Thanh Khê', 'Bản tin', 'Bản tin Thanh Khê', null, 'Không', null, null, null, null],
    ]);
    const res = await uploadAs(editor, '/api/v1/imports/press-channels/preview', { name: 'kenh.xlsx', data: bad });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('invalid');
    const messages = res.body.errors.map((e: { row: number; message: string }) => `${e.row}: ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      '3: Không có đơn vị đang hoạt động tên "Phường Không Có"',
      '4: Không có loại kênh "Tạp chí"',
      '4: "không-phải-địa-chỉ" không phải địa chỉ web',
      '4: Kênh có chuyên mục cần ngày bắt đầu',
      '5: Bạn không quản lý kênh của Phường Thanh Khê',
    ]));
    expect(messages.some((m: string) => m.startsWith('2:'))).toBe(false);
    const commit = await editor.post(`/api/v1/imports/${res.body.id}/commit`);
    expect(commit.status).toBe(422);
    expect(await count()).toBe(before);

    const good = await channelWorkbook([['Phường Hải Châu', 'Bản tin', 'Bản tin phường Hải Châu', null, 'Có', 'CĐS', null, '15/03/2025', null]]);
    const ok = await uploadAs(editor, '/api/v1/imports/press-channels/preview', { name: 'kenh.xlsx', data: good });
    expect(ok.body.status).toBe('ready');
    expect((await editor.post(`/api/v1/imports/${ok.body.id}/commit`)).body.counts).toMatchObject({ create: 1 });
    expect(await count()).toBe(before + 1);
    const again = await uploadAs(editor, '/api/v1/imports/press-channels/preview', { name: 'kenh.xlsx', data: good });
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 1 });
  });

  it('exports the list in the format the import reads', async () => {
    const file = await downloadAs(editor, '/api/v1/press/channels/export?format=xlsx&q=ban%20tin');
    expect(file.status).toBe(200);
    const back = await uploadAs(editor, '/api/v1/imports/press-channels/preview', { name: 'xuat.xlsx', data: file.data });
    expect(back.body.status, JSON.stringify(back.body.errors)).toBe('ready');
    expect(back.body.counts).toMatchObject({ rows: 1, create: 0, update: 0, unchanged: 1 });
  });
});

const indicator = async (code: string, year: number, unit: string, structure = 'as-of') =>
  (await manager.get(`/api/v1/dashboard?year=${year}&unitId=${unit}&structure=${structure}`)).body.indicators.find((i: { code: string }) => i.code === code);

describe('target 7 from the channel register', () => {
  beforeAll(async () => {
    // Hand-counted fixtures only: the demo channels and the ones made above go.
    await s.db.query('DELETE FROM press_channel');
    const add = async (owner: string, kind: string, name: string, since: string | null) => {
      const res = await manager.post('/api/v1/press/channels', { ownerUnitId: await unitId(s.db, owner), kind, name, hasDxColumn: since !== null, columnSince: since });
      expect(res.status, res.text).toBe(201);
    };
    await add('agency:bao-da-nang', 'press_agency', 'Báo Đà Nẵng', '2023-05-01');
    await add('agency:drt', 'press_agency', 'DRT', null);
    await add('agency:cong-ttdt', 'city_portal', 'Cổng TTĐT thành phố', '2022-01-01');
    await add('gso:48', 'party_portal', 'Cổng TTĐT Thành ủy', '2024-02-01');
    await add('gso2025:20242', 'unit_portal', 'Trang phường (không thuộc chỉ tiêu 7)', '2022-01-01');
  });

  it.each([
    // Báo ĐN, DRT, Cổng TTĐT (press units of the year) + the Party portal.
    [2022, 1, 4],
    [2023, 2, 4],
    [2024, 3, 4],
    // After 1/7/2025: the merged agency (Báo ĐN's column carried to it), Cổng TTĐT, the Party portal.
    [2025, 3, 3],
  ])('%i: %i of %i outlets have a column', async (year, numerator, denominator) => {
    const t7 = await indicator('T7', year, city);
    expect(t7).toMatchObject({ numerator, denominator });
    expect(t7.value).toBeCloseTo((numerator / denominator) * 100, 5);
  });
});

describe('target 7 facts', () => {
  it('list each outlet with its channel as evidence', async () => {
    const facts = await manager.get(`/api/v1/indicators/T7/facts?year=2024&unitId=${city}`);
    expect(facts.status, facts.text).toBe(200);
    expect(facts.body.total).toBe(4);
    const labels = facts.body.items.map((i: { label: string; value: number }) => `${i.label} = ${i.value}`).sort();
    expect(labels).toEqual([
      'Báo Đà Nẵng: có chuyên mục = 1',
      'Cổng TTĐT Thành ủy: có chuyên mục = 1',
      'Cổng thông tin điện tử thành phố Đà Nẵng (danang.gov.vn): có chuyên mục = 1',
      'Đài Phát thanh - Truyền hình Đà Nẵng: chưa có chuyên mục = 0',
    ]);
    expect(facts.body.items.every((i: { link: string | null }) => i.link?.startsWith('/admin/press/'))).toBe(true);
  });
});

describe('schools and target 8', () => {
  let oldWard: string;
  let s1: string;
  let s2: string;
  let s3: string;

  beforeAll(async () => {
    await s.db.query(`DELETE FROM school WHERE is_demo`);
    const { rows } = await s.db.query<{ id: string }>(
      `SELECT x.predecessor_id AS id FROM org_unit_succession x JOIN org_unit_version v ON v.unit_id = x.predecessor_id
        WHERE x.successor_id = $1 AND v.type = 'ward' AND v.validity @> '2025-06-30'::date ORDER BY v.name LIMIT 1`,
      [haiChau],
    );
    oldWard = rows[0]!.id;
  });

  it('registers a school with its commune before the 2025 merger, scoped to the ward', async () => {
    const bad = await editor.post('/api/v1/schools', { name: '', level: 'primary', ownership: 'public', communeUnitId: haiChau, teachersTrained: -1 });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập tên trường');
    expect(bad.text).toContain('Cấp học không hợp lệ');
    expect(bad.text).toContain('không được âm');
    const notWard = await editor.post('/api/v1/schools', { name: 'Trường X', level: 'lower_secondary', ownership: 'public', communeUnitId: haiChau, formerCommuneUnitId: thanhKhe });
    expect(notWard.status).toBe(400);
    const a = await editor.post('/api/v1/schools', { name: 'Trường THCS Thử Một', level: 'lower_secondary', ownership: 'public', communeUnitId: haiChau, formerCommuneUnitId: oldWard, teachersTrained: 3, hasDxClub: true });
    expect(a.status, a.text).toBe(201);
    expect(a.body.placements.map((p: { communeUnitId: string; validTo: string | null }) => [p.communeUnitId, p.validTo])).toEqual([[oldWard, '2025-06-30'], [haiChau, null]]);
    s1 = a.body.id;
    const b = await editor.post('/api/v1/schools', { name: 'Trường THPT Thử Hai', level: 'upper_secondary', ownership: 'private', communeUnitId: haiChau, formerCommuneUnitId: oldWard });
    s2 = b.body.id;
    const c = await otherEditor.post('/api/v1/schools', { name: 'Trường GDTX Thử Ba', level: 'continuing', ownership: 'public', communeUnitId: thanhKhe });
    expect(c.status, c.text).toBe(201);
    s3 = c.body.id;
    expect((await otherEditor.get(`/api/v1/schools/${s1}`)).status).toBe(404);
    expect((await otherEditor.post(`/api/v1/schools/${s1}/sessions`, { heldOn: '2025-01-01', topic: 'ai', title: 'x', classes: 1, students: 1 })).status).toBe(404);
    const list = await editor.get(`/api/v1/schools?q=${encodeURIComponent('Thử')}`);
    expect(list.body.items.map((x: { name: string }) => x.name).sort()).toEqual(['Trường THCS Thử Một', 'Trường THPT Thử Hai']);
  });

  it('records sessions with validation and keeps the profile under optimistic locking', async () => {
    const future = await editor.post(`/api/v1/schools/${s1}/sessions`, { heldOn: '2099-01-01', topic: 'ai', title: 'AI', classes: 2, students: 70 });
    expect(future.status).toBe(400);
    const badTopic = await editor.post(`/api/v1/schools/${s1}/sessions`, { heldOn: '2024-10-05', topic: 'robots', title: '', classes: 1, students: 1 });
    expect(badTopic.status).toBe(400);
    expect(badTopic.text).toContain('Chủ đề không hợp lệ');
    const add = (id: string, c: Client, heldOn: string) => c.post(`/api/v1/schools/${id}/sessions`, { heldOn, topic: 'online_safety', title: 'An toàn trên mạng', classes: 3, students: 105 });
    expect((await add(s1, editor, '2024-10-05')).status).toBe(201); // school year 2025
    expect((await add(s1, editor, '2023-11-01')).status).toBe(201); // school year 2024
    expect((await add(s2, editor, '2024-03-12')).status).toBe(201); // school year 2024
    expect((await add(s2, editor, '2025-09-10')).status).toBe(201); // school year 2026
    expect((await add(s3, otherEditor, '2025-10-01')).status).toBe(201); // school year 2026
    const view = await editor.get(`/api/v1/schools/${s1}`);
    expect(view.body.sessions.map((x: { heldOn: string; schoolYear: number }) => [x.heldOn, x.schoolYear])).toEqual([['2024-10-05', 2025], ['2023-11-01', 2024]]);
    const upd = await editor.put(`/api/v1/schools/${s1}`, { level: 'lower_secondary', ownership: 'public', hasSciencePlayground: true, teachersTrained: 5, lockVersion: 1 });
    expect(upd.status, upd.text).toBe(200);
    expect(upd.body.teachersTrained).toBe(5);
    expect((await editor.put(`/api/v1/schools/${s1}`, { level: 'lower_secondary', ownership: 'public', lockVersion: 1 })).status).toBe(409);
  });

  it.each([
    // The old ward in 2024: both of its schools held a session in school year 2023–2024.
    ['old ward', 2024, 2, 2],
    // New Phường Hải Châu in 2025 (school year 2024–2025): only the THCS.
    ['Hải Châu', 2025, 1, 2],
    // The city in 2025: the Thanh Khê school exists from 1/7/2025 without a session in 2024–2025.
    ['city', 2025, 1, 3],
  ] as const)('%s, %i: %i of %i schools', async (where, year, numerator, denominator) => {
    const unit = where === 'old ward' ? oldWard : where === 'Hải Châu' ? haiChau : city;
    const t8 = await indicator('T8', year, unit);
    expect(t8).toMatchObject({ numerator, denominator });
  });

  it('lists the schools behind the figure, with links', async () => {
    const facts = await manager.get(`/api/v1/indicators/T8/facts?year=2025&unitId=${haiChau}`);
    expect(facts.status, facts.text).toBe(200);
    expect(facts.body.items.map((i: { label: string; link: string }) => [i.label, i.link]).sort()).toEqual([
      ['Trường THCS Thử Một: có ngoại khóa CĐS', `/admin/schools/${s1}`],
      ['Trường THPT Thử Hai: chưa có ngoại khóa CĐS', `/admin/schools/${s2}`],
    ]);
  });

  it('carries the old ward’s schools to today’s ward', async () => {
    const t8 = await indicator('T8', 2024, haiChau, 'today');
    expect(t8).toMatchObject({ numerator: 2, denominator: 2 });
  });

  it('exports the school list and the sessions', async () => {
    const list = await downloadAs(editor, '/api/v1/schools/export?format=csv&schoolYear=2025');
    expect(list.status).toBe(200);
    expect(list.data.toString('utf8')).toContain('Trường THCS Thử Một');
    const sessions = await downloadAs(editor, '/api/v1/schools/sessions/export?format=csv');
    expect(sessions.data.toString('utf8').match(/An toàn trên mạng/g)).toHaveLength(4);
  });
});

describe('importing schools', () => {
  const HEADER = ['Tên trường', 'Phường, xã', 'Cấp học', 'Loại hình', 'Câu lạc bộ CĐS', 'Sân chơi khoa học', 'Giáo viên được tập huấn', 'Số học sinh'];
  const book = async (rows: (string | number | null)[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trường');
    ws.addRow(HEADER);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const count = async () => (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM school')).rows[0]!.n;

  it('lists every bad row and saves nothing, then imports once, and the export imports back', async () => {
    const before = await count();
    const bad = await uploadAs(editor, '/api/v1/imports/schools/preview', {
      name: 'truong.xlsx',
      data: await book([
        ['Trường THCS Nhập Một', 'Phường Hải Châu', 'Trung học cơ sở (THCS)', 'Công lập', 'Có', 'Không', 2, 900],
        ['', 'Phường Hải Châu', 'Tiểu học', 'Tư thục', 'Có lẽ', null, -1, null],
        ['Trường THPT Nhập Hai', 'Phường Thanh Khê', 'Trung học phổ thông (THPT)', 'Công lập', null, null, null, null],
      ]),
    });
    expect(bad.body.status).toBe('invalid');
    expect(bad.body.errors.map((e: { row: number; message: string }) => `${e.row}: ${e.message}`)).toEqual([
      '3: Chưa có tên trường',
      '3: Không có cấp học "Tiểu học"',
      '3: Không có loại hình "Tư thục"',
      '3: "Có lẽ" không phải Có hay Không',
      '3: "-1" không phải số nguyên từ 0 đến 10.000',
      '4: Bạn không quản lý trường học của Phường Thanh Khê',
    ]);
    expect((await editor.post(`/api/v1/imports/${bad.body.id}/commit`)).status).toBe(422);
    expect(await count()).toBe(before);
    const good = await uploadAs(editor, '/api/v1/imports/schools/preview', {
      name: 'truong.xlsx',
      data: await book([['Trường THCS Nhập Một', 'Phường Hải Châu', 'Trung học cơ sở (THCS)', 'Công lập', 'Có', 'Không', 2, 900]]),
    });
    expect(good.body.status).toBe('ready');
    expect((await editor.post(`/api/v1/imports/${good.body.id}/commit`)).body.counts).toMatchObject({ create: 1 });
    expect(await count()).toBe(before + 1);
    const exported = await downloadAs(editor, `/api/v1/schools/export?format=xlsx&q=${encodeURIComponent('Nhập Một')}`);
    const back = await uploadAs(editor, '/api/v1/imports/schools/preview', { name: 'xuat.xlsx', data: exported.data });
    expect(back.body.status, JSON.stringify(back.body.errors)).toBe('ready');
    expect(back.body.counts).toMatchObject({ rows: 1, create: 0, update: 0, unchanged: 1 });
  });
});

describe('demo data of the two registers', () => {
  it('loads realistic amounts, and a second run adds nothing', async () => {
    await s.db.query('DELETE FROM press_channel WHERE is_demo');
    await s.db.query('DELETE FROM school WHERE is_demo');
    const count = async () =>
      (await s.db.query<{ n: string }>(`SELECT (SELECT count(*) FROM press_article WHERE is_demo) || '/' || (SELECT count(*) FROM school WHERE is_demo) || '/' || (SELECT count(*) FROM school_dx_session WHERE is_demo) AS n`)).rows[0]!.n;
    await seedPressDemo(s.db);
    await seedSchoolsDemo(s.db);
    const [articles, schools] = (await count()).split('/').map(Number);
    expect(articles).toBeGreaterThan(300);
    expect(schools).toBeGreaterThan(80);
    const before = await count();
    await seedPressDemo(s.db);
    await seedSchoolsDemo(s.db);
    expect(await count()).toBe(before);
  });
});
