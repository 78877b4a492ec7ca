import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/http.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe('public portal', () => {
  it('presents Decision 2780 on the home page, with its 11 task areas and 9 targets, without JavaScript', async () => {
    const res = await s.client().get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = res.text;
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Đề án truyền thông Chuyển đổi số tại thành phố Đà Nẵng giai đoạn 2022 – 2025');
    expect(page).toContain('Quyết định số 2780/QĐ-UBND ngày 28/10/2022 của UBND thành phố Đà Nẵng');
    expect(page).toContain('<h2 id="nhiem-vu">11 nội dung nhiệm vụ</h2>');
    expect(page).toContain('<h2 id="chi-tieu">9 chỉ tiêu đến năm 2025</h2>');
    const taskList = page.slice(
      page.indexOf('<ol class="task-list">'),
      page.indexOf('</ol>', page.indexOf('<ol class="task-list">')),
    );
    expect(taskList.match(/<li>/g)).toHaveLength(11);
    expect(page).toContain('Các hoạt động tmyền thông gắn liền với với công tác đấu tranh');
    expect(page).toContain('2–3 mô hình/năm');
    expect(page).toContain('Sở Thông tin và Truyền thông');
    expect(page).not.toMatch(/<script/i);
  });

  it('shows the programme in full at /de-an', async () => {
    const res = await s.client().get('/de-an');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<a href="/de-an" aria-current="page">Đề án</a>');
    expect(res.text).toContain('id="noi-dung-11"');
    expect(res.text).toContain('<span class="role">Chủ trì: Sở Giáo dục và Đào tạo</span>');
    expect(res.text).toContain('<h3>Sở Thông tin và Truyền thông</h3>');
    expect(res.text).toContain('2780/QĐ-UBND');
  });

  it('escapes what editors typed', async () => {
    await s.db.query(
      `UPDATE task_area SET title = '<script>alert(1)</script>' WHERE number = 1
          AND programme_id = (SELECT id FROM programme WHERE code = 'DA-TT-CDS-DN-2022-2025')`,
    );
    const res = await s.client().get('/');
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('serves the stylesheet with long caching for its versioned URL', async () => {
    const page = (await s.client().get('/')).text;
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1]!;
    expect(href).toMatch(/^\/portal\/assets\/portal\.css\?v=[0-9a-f]{12}$/);
    const css = await s.client().get(href);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const again = await s.client().request('GET', href, undefined, { 'if-none-match': css.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('shows a drafted programme nowhere and shows nothing when no programme is published', async () => {
    await s.db.query(`UPDATE programme SET status = 'draft'`);
    const res = await s.client().get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Chưa có đề án được công bố');
    await s.db.query(`UPDATE programme SET status = 'active'`);
  });
});
