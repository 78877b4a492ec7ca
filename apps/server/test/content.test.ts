import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { countColumnPosts } from '../src/modules/content/index.ts';
import { publishDueItems } from '../src/modules/content/content.service.ts';

let s: TestServer;
let editor: Client;
let approver: Client;
let otherEditor: Client;
let manager: Client;
let viewer: Client;
let haiChau: string;
let thanhKhe: string;

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.as('bientap.haichau');
  approver = await s.as('duyet.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  manager = await s.as('thuongtruc');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
});
afterAll(async () => s?.close());

const body = (over: Record<string, unknown> = {}) => ({
  kind: 'article',
  title: 'Phường Hải Châu đẩy mạnh Chuyển đổi số trong cải cách hành chính',
  summary: 'Tin về chuyển đổi số ở phường.',
  bodyHtml: '<p>Người dân được hướng dẫn dùng <strong>dịch vụ công trực tuyến</strong>.</p>',
  unitId: haiChau,
  inColumn: true,
  audiences: ['citizens'],
  channels: ['column'],
  taskAreas: [5],
  tags: ['cải cách hành chính'],
  ...over,
});

async function upload(c: Client, itemId: string, name: string, data: Buffer, lockVersion: number, caption?: string) {
  const form = new FormData();
  form.set('lockVersion', String(lockVersion));
  if (caption) form.set('caption', caption);
  form.set('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(`${s.base}/api/v1/content/${itemId}/files`, { method: 'POST', body: form, headers: { cookie: c.cookie!, 'x-csrf-token': c.csrf! } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function publishNow(itemId: string) {
  let v = (await editor.get(`/api/v1/content/${itemId}`)).body;
  v = (await editor.post(`/api/v1/content/${itemId}/transition`, { action: 'submit', lockVersion: v.lockVersion })).body;
  const res = await approver.post(`/api/v1/content/${itemId}/transition`, { action: 'publish', lockVersion: v.lockVersion });
  expect(res.status).toBe(200);
  return res.body;
}

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">bấm</a>',
  '<a href="JaVaScRiPt:alert(1)">bấm</a>',
  '<a href="&#106;avascript:alert(1)">bấm</a>',
  '<a href=" javascript:alert(1)">bấm</a>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<iframe src="https://example.com"></iframe>',
  '<p style="background:url(javascript:alert(1))">kiểu</p>',
  '<div onclick="alert(1)">nhấn</div>',
  '"><script>alert(document.cookie)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="https://evil.example"><input autofocus onfocus=alert(1)></form>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<a href="//evil.example/x">tương đối giao thức</a>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

function assertHarmless(out: string) {
  expect(out).not.toMatch(/<script/i);
  expect(out).not.toMatch(/\son[a-z]+\s*=/i);
  expect(out).not.toMatch(/javascript:/i);
  expect(out).not.toMatch(/&#0*106;avascript/i);
  expect(out).not.toMatch(/<(iframe|svg|math|style|object|embed|form|input|base|meta|noscript)\b/i);
  expect(out).not.toMatch(/(src|href)="(data:|\/\/)/i);
}

describe('content library', () => {
  let itemId: string;

  it('keeps a draft inside its unit, sanitises rich text on save and keeps every version', async () => {
    const bad = await editor.post('/api/v1/content', body({ title: '', kind: 'nope' }));
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/Vui lòng nhập tiêu đề|Loại nội dung không hợp lệ/);

    const res = await editor.post('/api/v1/content', body({ bodyHtml: `<p>Mở đầu</p>${XSS_PAYLOADS.join('\n')}<p>Kết</p>` }));
    expect(res.status).toBe(201);
    itemId = res.body.id;
    expect(res.body.status).toBe('draft');
    expect(res.body.slug).toBe('phuong-hai-chau-day-manh-chuyen-doi-so-trong-cai-cach-hanh-chinh');
    assertHarmless(res.body.bodyHtml);
    expect(res.body.bodyHtml).toContain('<p>Mở đầu</p>');

    // Another ward does not see a draft at all; a city-wide viewer does.
    expect((await otherEditor.get(`/api/v1/content/${itemId}`)).status).toBe(404);
    expect((await viewer.get(`/api/v1/content/${itemId}`)).status).toBe(200);
    expect((await viewer.put(`/api/v1/content/${itemId}`, { ...body(), lockVersion: 1 })).status).toBe(403);
    expect((await otherEditor.put(`/api/v1/content/${itemId}`, { ...body(), lockVersion: 1 })).status).toBe(404);
    const list = await otherEditor.get('/api/v1/content?pageSize=200');
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(itemId);
    expect((await manager.get(`/api/v1/content/${itemId}`)).status).toBe(200);

    // Edits: each save is a version; a stale lockVersion is refused and changes nothing.
    const v1 = res.body;
    const up = await editor.put(`/api/v1/content/${itemId}`, { ...body({ bodyHtml: '<p>Nội dung mới về <em>chuyển đổi số</em></p><script>x()</script>' }), lockVersion: v1.lockVersion });
    expect(up.status).toBe(200);
    expect(up.body.bodyHtml).toBe('<p>Nội dung mới về <em>chuyển đổi số</em></p>');
    const stale = await editor.put(`/api/v1/content/${itemId}`, { ...body({ title: 'Ghi đè' }), lockVersion: v1.lockVersion });
    expect(stale.status).toBe(409);
    expect((await editor.get(`/api/v1/content/${itemId}`)).body.title).toBe(body().title);
    const versions = await editor.get(`/api/v1/content/${itemId}/versions`);
    expect(versions.body.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
    const first = await editor.get(`/api/v1/content/${itemId}/versions/1`);
    expect(first.body.data.bodyHtml).toContain('<p>Mở đầu</p>');
  });

  it('stores an image with a thumbnail, refuses a disguised executable and cleans file names', async () => {
    const v = (await editor.get(`/api/v1/content/${itemId}`)).body;
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0b4f8a' } }).png().toBuffer();
    const evilName = '<img src=x onerror=alert(1)>\u202egnp.exe.png';
    const up = await upload(editor, itemId, evilName, png, v.lockVersion, 'Infographic <b>dịch vụ công</b>');
    expect(up.status).toBe(200);
    const f = up.body.files[0];
    expect(f.role).toBe('image');
    expect(f.width).toBe(1200);
    expect(f.name).not.toMatch(/[<>"\u202e]/);
    expect(f.thumbUrl).toBeTruthy();
    const thumb = await fetch(s.base + f.thumbUrl, { headers: { cookie: editor.cookie! } });
    expect(thumb.status).toBe(200);
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta.width).toBe(480);
    expect(meta.format).toBe('webp');

    // A Windows program renamed to .png, .mp4 or .pdf is refused whatever its name says.
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(200, 0), Buffer.from('This program cannot be run in DOS mode.')]);
    for (const name of ['anh.png', 'clip.mp4', 'van-ban.pdf', 'setup.exe']) {
      const r = await upload(editor, itemId, name, exe, up.body.lockVersion);
      expect(r.status, name).toBe(415);
      expect(r.body.error.message).toMatch(/Nội dung tệp không khớp|Không nhận tệp/);
    }
    // A real (tiny) MP4 header is kept as uploaded, as video.
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(12, 0), Buffer.alloc(64, 1)]);
    const vid = await upload(editor, itemId, 'clip.mp4', mp4, up.body.lockVersion);
    expect(vid.status).toBe(200);
    expect(vid.body.files.find((x: { role: string }) => x.role === 'video').mime).toBe('video/mp4');
    const after = (await editor.get(`/api/v1/content/${itemId}`)).body;
    expect(after.files).toHaveLength(2);
  });

  it('goes draft → review → published by the reviewer only, and appears on the portal, column, feeds and widget', async () => {
    let v = (await editor.get(`/api/v1/content/${itemId}`)).body;
    expect(v.actions.map((a: { action: string }) => a.action)).toEqual(['submit', 'archive'].filter((a) => a === 'submit'));
    v = (await editor.post(`/api/v1/content/${itemId}/transition`, { action: 'submit', lockVersion: v.lockVersion })).body;
    expect(v.status).toBe('review');
    expect((await editor.post(`/api/v1/content/${itemId}/transition`, { action: 'publish', lockVersion: v.lockVersion })).status).toBe(403);
    const ret = await approver.post(`/api/v1/content/${itemId}/transition`, { action: 'return', lockVersion: v.lockVersion });
    expect(ret.status).toBe(422);
    expect(ret.text).toContain('Vui lòng ghi rõ lý do');
    const before = await s.client().get('/tin-tuc');
    const etag = before.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await s.client().request('GET', '/tin-tuc', undefined, { 'if-none-match': etag })).status).toBe(304);

    const pub = await approver.post(`/api/v1/content/${itemId}/transition`, { action: 'publish', lockVersion: v.lockVersion });
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('published');
    expect(pub.body.publicUrl).toBe(`/noi-dung/${pub.body.slug}`);

    // The cached list was dropped on publish: the new post is there, with a new ETag.
    const news = await s.client().get('/tin-tuc');
    expect(news.text).toContain(body().title);
    expect(news.headers.get('etag')).not.toBe(etag);
    expect(news.headers.get('cache-control')).toContain('public');

    const page = await s.client().get(pub.body.publicUrl);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<h1>${body().title}</h1>`);
    expect(page.text).toContain('<meta property="og:title"');
    expect(page.text).toContain('<meta property="og:image"');
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).toContain('<video controls');
    expect(page.text).toContain('Infographic &lt;b&gt;dịch vụ công&lt;/b&gt;');

    const column = await s.client().get(`/chuyen-muc/${haiChau}`);
    expect(column.text).toContain(body().title);
    expect((await s.client().get(`/chuyen-muc/${thanhKhe}`)).text).not.toContain(body().title);

    // Public file addresses serve published items' files only.
    const cover = pub.body.files.find((f: { role: string }) => f.role === 'image');
    const pubFile = await s.client().get(`/tep/${cover.fileId}`);
    expect(pubFile.status).toBe(200);
    expect(pubFile.headers.get('content-type')).toBe('image/png');

    const rss = await s.client().get(`/rss.xml?don-vi=${haiChau}`);
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    expect(rss.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
    expect(rss.text).toContain(`<title>${body().title}</title>`);
    expect(rss.text.match(/<item>/g)!.length).toBe(rss.text.match(/<\/item>/g)!.length);
    const atom = await s.client().get(`/atom.xml?don-vi=${haiChau}`);
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.text).toContain(`<title>${body().title}</title>`);
    const json = await s.client().get(`/feed.json?don-vi=${haiChau}`);
    const feed = JSON.parse(json.text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0].title).toBe(body().title);
    const topic = await s.client().get(`/rss.xml?chu-de=${encodeURIComponent('cải cách hành chính')}`);
    expect(topic.text).toContain(body().title);

    const widget = await s.client().get(`/nhung/chuyen-muc/${haiChau}`);
    expect(widget.text).toContain(body().title);
    expect(widget.headers.get('x-frame-options')).toBeNull();
    expect(widget.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect((await s.client().get('/tin-tuc')).headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const script = await s.client().get(`/nhung/chuyen-muc/${haiChau}.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(script.text).toContain(`/nhung/chuyen-muc/${haiChau}`);

    const sitemap = await s.client().get('/sitemap.xml');
    expect(sitemap.text).toContain(`/noi-dung/${pub.body.slug}</loc>`);

    // Published items are the shared library: another unit's editor now reads it.
    expect((await otherEditor.get(`/api/v1/content/${itemId}`)).status).toBe(200);
    expect((await otherEditor.put(`/api/v1/content/${itemId}`, { ...body(), lockVersion: pub.body.lockVersion })).status).toBe(403);
  });

  it('drops cached pages when a published item is edited or taken down', async () => {
    const v = (await approver.get(`/api/v1/content/${itemId}`)).body;
    const slugPath = v.publicUrl;
    await s.client().get(slugPath);
    const up = await approver.put(`/api/v1/content/${itemId}`, { ...body({ summary: 'Tóm tắt đã sửa sau khi đăng' }), lockVersion: v.lockVersion });
    expect(up.status).toBe(200);
    expect((await s.client().get(slugPath)).text).toContain('Tóm tắt đã sửa sau khi đăng');
    const down = await approver.post(`/api/v1/content/${itemId}/transition`, { action: 'unpublish', comment: 'Cần bổ sung số liệu', lockVersion: up.body.lockVersion });
    expect(down.status).toBe(200);
    expect((await s.client().get(slugPath)).status).toBe(404);
    expect((await s.client().get('/tin-tuc')).text).not.toContain(body().title);
    await publishNow(itemId);
  });

  it('publishes a scheduled item when its time comes', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const c = (await editor.post('/api/v1/content', body({ title: 'Bài hẹn giờ về thanh toán số', publishAt: future }))).body;
    let v = (await editor.post(`/api/v1/content/${c.id}/transition`, { action: 'submit', lockVersion: c.lockVersion })).body;
    v = (await approver.post(`/api/v1/content/${c.id}/transition`, { action: 'schedule', lockVersion: v.lockVersion })).body;
    expect(v.status).toBe('scheduled');
    expect(await publishDueItems(s.db)).toBe(0);
    expect((await s.client().get('/tin-tuc')).text).not.toContain('Bài hẹn giờ về thanh toán số');
    expect(await publishDueItems(s.db, new Date(Date.now() + 3_700_000))).toBe(1);
    const after = (await editor.get(`/api/v1/content/${c.id}`)).body;
    expect(after.status).toBe('published');
    expect(after.publishedAt).toBe(new Date(future).toISOString());
    expect(after.history.at(-1).comment).toBe('Đăng theo giờ đã hẹn');
    expect((await s.client().get('/tin-tuc')).text).toContain('Bài hẹn giờ về thanh toán số');
    // Scheduling needs a time in the future.
    const d = (await editor.post('/api/v1/content', body({ title: 'Không hẹn giờ' }))).body;
    const r = (await editor.post(`/api/v1/content/${d.id}/transition`, { action: 'submit', lockVersion: d.lockVersion })).body;
    expect((await approver.post(`/api/v1/content/${d.id}/transition`, { action: 'schedule', lockVersion: r.lockVersion })).status).toBe(400);
  });

  it('logs which unit used which item on which channel, for the standing agency', async () => {
    const ok = await editor.post(`/api/v1/content/${itemId}/usage`, { unitId: haiChau, channel: 'loudspeaker', usedOn: '2025-11-02', reach: 1200, note: 'Phát 3 buổi sáng' });
    expect(ok.status).toBe(201);
    expect(ok.body.unitName).toContain('Hải Châu');
    expect((await otherEditor.post(`/api/v1/content/${itemId}/usage`, { unitId: haiChau, channel: 'social', usedOn: '2025-11-02' })).status).toBe(403);
    expect((await otherEditor.post(`/api/v1/content/${itemId}/usage`, { unitId: thanhKhe, channel: 'social', usedOn: '2025-11-03' })).status).toBe(201);
    const bad = await editor.post(`/api/v1/content/${itemId}/usage`, { unitId: haiChau, channel: 'tv', usedOn: '2025-13-01' });
    expect(bad.status).toBe(400);
    const all = await manager.get(`/api/v1/content/usage?itemId=${itemId}`);
    expect(all.body.total).toBe(2);
    expect(all.body.byItem[0]).toMatchObject({ itemId, uses: 2, units: 2 });
    const own = await otherEditor.get(`/api/v1/content/usage?itemId=${itemId}`);
    expect(own.body.total).toBe(1);
    const csv = await manager.get(`/api/v1/content/usage/export?format=csv&itemId=${itemId}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Loa truyền thanh cơ sở');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(3);
    const list = await otherEditor.get('/api/v1/content/export?format=csv&kind=guide');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Kích hoạt tài khoản định danh điện tử VNeID mức độ 2');
  });

  it('counts published column posts per unit per month', async () => {
    const year = new Date().getFullYear();
    const counts = await countColumnPosts(s.db, { year, unitIds: [haiChau] });
    const total = counts.reduce((a, c) => a + c.count, 0);
    expect(total).toBe(2);
    expect(counts.every((c) => c.unitId === haiChau && c.month >= 1 && c.month <= 12)).toBe(true);
    const demo = await countColumnPosts(s.db, { year: 2025 });
    expect(demo.length).toBeGreaterThan(3);
  });
});

describe('portal search', () => {
  it('finds Vietnamese typed without diacritics, keeps phrases together, ranks exact diacritics first', async () => {
    const folded = await s.client().get('/tim-kiem?q=chuyen+doi+so');
    expect(folded.status).toBe(200);
    expect(folded.text).toContain('Phường Hải Châu đẩy mạnh Chuyển đổi số');
    const dd = await s.client().get(`/tim-kiem?q=${encodeURIComponent('dinh danh dien tu')}`);
    expect(dd.text).toContain('Kích hoạt tài khoản định danh điện tử VNeID');

    // "dịch vụ công" as a phrase vs the same words anywhere.
    const words = await s.client().get(`/tim-kiem?q=${encodeURIComponent('cong dich vu')}`);
    const phrase = await s.client().get(`/tim-kiem?q=${encodeURIComponent('"cong dich vu"')}`);
    const count = (t: string) => Number(/Tìm thấy ([\d.]+) kết quả/.exec(t)![1]!.replace(/\./g, ''));
    expect(count(words.text)).toBeGreaterThan(0);
    expect(count(phrase.text)).toBeLessThan(count(words.text));

    // Exact diacritics first: "thế" and "the" fold alike, the one typed wins.
    const mk = async (title: string) => {
      const c = (await editor.post('/api/v1/content', body({ title, bodyHtml: `<p>${title}</p>`, inColumn: false, tags: [] }))).body;
      await publishNow(c.id);
    };
    await mk('Mô hình bán hàng trên sàn thương mại điện tử');
    await mk('Mo hinh ban hang tren san thuong mai dien tu (khong dau)');
    const exact = await s.client().get(`/tim-kiem?q=${encodeURIComponent('bán hàng trên sàn')}`);
    const a = exact.text.indexOf('Mô hình bán hàng trên sàn');
    const b = exact.text.indexOf('Mo hinh ban hang tren san');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    const plain = await s.client().get(`/tim-kiem?q=${encodeURIComponent('ban hang tren san')}`);
    expect(plain.text.indexOf('Mo hinh ban hang tren san')).toBeLessThan(plain.text.indexOf('Mô hình bán hàng trên sàn'));
  });

  it('suggests titles for a typo, shows facets, and escapes what was typed', async () => {
    const typo = await s.client().get(`/tim-kiem?q=${encodeURIComponent('dinh dann dien tuu')}`);
    expect(typo.text).toContain('Có phải anh/chị muốn tìm');
    expect(typo.text).toContain('định danh điện tử');
    const faceted = await s.client().get('/tim-kiem?q=VNeID');
    expect(faceted.text).toContain('Loại nội dung');
    expect(faceted.text).toContain('Hướng dẫn từng bước');
    expect(faceted.text).toContain('Năm');
    const narrowed = await s.client().get('/tim-kiem?q=VNeID&loai=faq');
    expect(narrowed.text).toContain('Hỏi – đáp: Tài khoản VNeID');
    expect(narrowed.text).toContain('Tìm thấy 1 kết quả');
    expect((await s.client().get('/tim-kiem?q=VNeID&nam=2025&loai=guide')).text).toContain('Kích hoạt tài khoản định danh điện tử VNeID mức độ 2</a>');
    expect((await s.client().get('/tim-kiem?q=VNeID&nam=2024')).text).toContain('Tìm thấy 0 kết quả');
    const xss = await s.client().get(`/tim-kiem?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(xss.status).toBe(200);
    expect(xss.text).not.toContain('<script>alert(1)');
    expect(xss.text).toContain('&lt;script&gt;');
  });
});

describe('search at size', () => {
  it('counts up to the cap and then says "more than", ranking the newest matches', async () => {
    await s.db.query(
      `INSERT INTO content_item (kind, title, slug, body_text, unit_id, status, published_at)
       SELECT 'article', 'Bản tin nông thôn mới số ' || i, 'ban-tin-nong-thon-moi-' || i, 'Nông thôn mới và nông nghiệp số', $1, 'published', now() - i * interval '1 hour'
         FROM generate_series(1, 1005) i`,
      [haiChau],
    );
    const res = await s.client().get(`/tim-kiem?q=${encodeURIComponent('nong thon moi')}`);
    expect(res.text).toContain('Tìm thấy hơn 1.000 kết quả');
    expect(res.text).toContain('Bản tin nông thôn mới số 1</a>');
    expect(res.text).toContain('Trang 1 / 50');
  });
});

describe('portal pages', () => {
  it('renders home, guides, materials and columns without any script', async () => {
    for (const path of ['/', '/tin-tuc', '/huong-dan', '/tai-lieu', '/tai-lieu?loai=faq', '/tim-kiem', `/chuyen-muc/${haiChau}`]) {
      const res = await s.client().get(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toMatch(/<script/i);
      expect(res.text, path).toContain('<html lang="vi">');
    }
    const home = await s.client().get('/');
    expect(home.text).toContain('Tin mới về Chuyển đổi số');
    expect(home.text).toContain('href="/su-kien"');
    expect(home.text).toContain('href="/make-in-da-nang"');
    const guides = await s.client().get('/huong-dan');
    for (const t of ['VNeID', 'dịch vụ công trực tuyến', 'Danang Smart City', 'an toàn tài khoản']) expect(guides.text).toContain(t);
    expect((await s.client().get('/chuyen-muc/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await s.client().get('/noi-dung/khong-co')).status).toBe(404);
  });
});
