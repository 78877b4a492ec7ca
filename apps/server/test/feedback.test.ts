import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { FEEDBACK_THROTTLE } from '../src/modules/feedback/index.ts';

let s: TestServer;
let manager: Client;
let editor: Client;

beforeAll(async () => {
  s = await startTestServer();
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
});
afterAll(async () => s?.close());

/** A form post from a client (its address is set as a proxy would). */
async function post(path: string, fields: Record<string, string>, ip: string) {
  const res = await fetch(s.base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}
const page = async (path: string) => {
  const res = await fetch(s.base + path);
  return { status: res.status, text: await res.text() };
};
const count = async (ref: string) => (await s.db.query('SELECT count(*)::int AS n FROM citizen_feedback WHERE item_ref = $1', [ref])).rows[0].n as number;

describe('public feedback form', () => {
  it('shows a form for an item reference and refuses references that are not one', async () => {
    const ok = await page('/phan-hoi/su-kien/ngay-hoi-2026');
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('<form method="post" action="/phan-hoi/su-kien/ngay-hoi-2026"');
    expect(ok.text).toContain('name="website"');
    expect(ok.text).not.toContain('<script');
    expect((await page('/phan-hoi/khong-co/abc')).status).toBe(404);
    expect((await page('/phan-hoi/su-kien/%3Cscript%3E')).status).toBe(404);
    expect((await page('/phan-hoi/lien-ket?url=javascript:alert(1)')).status).toBe(404);
    const link = await page(`/phan-hoi/lien-ket?url=${encodeURIComponent('https://danang.gov.vn/bai-viet/1')}`);
    expect(link.status).toBe(200);
    expect(link.text).toContain('https://danang.gov.vn/bai-viet/1');
  });

  it('refuses a short message with a Vietnamese message, keeps what was typed and stores nothing', async () => {
    const res = await post('/phan-hoi/tai-lieu/so-tay-1', { name: 'Lan', contact: '', body: 'ngắn', website: '' }, '10.1.0.1');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Nội dung góp ý cần ít nhất 10 ký tự');
    expect(res.text).toContain('value="Lan"');
    expect(await count('so-tay-1')).toBe(0);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const res = await post('/phan-hoi/tai-lieu/so-tay-2', { name: 'Bot', body: 'Mua ngay sản phẩm tuyệt vời', website: 'http://spam.example' }, '10.1.0.2');
    expect(res.status).toBe(303);
    expect(await count('so-tay-2')).toBe(0);
  });

  it('stores a citizen\'s feedback as pending; after moderation the public sees it with its answer', async () => {
    const ref = 'ngay-hoi-2026';
    const res = await post(`/phan-hoi/su-kien/${ref}`, { name: 'Nguyễn Văn Dân', contact: '0905 000 000', body: 'Đề nghị tổ chức thêm buổi hướng dẫn VNeID cho người cao tuổi.', website: '' }, '10.1.0.3');
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/phan-hoi/su-kien/${ref}?da-gui=1`);
    const thanks = await page(res.location!);
    expect(thanks.text).toContain('Cảm ơn anh/chị đã góp ý');
    expect(thanks.text).not.toContain('người cao tuổi');
    const list = await manager.get(`/api/v1/feedback?status=pending&q=${encodeURIComponent('nguoi cao tuoi')}`);
    expect(list.status).toBe(200);
    const fb = list.body.items.find((f: { itemRef: string }) => f.itemRef === ref);
    expect(fb).toMatchObject({ itemKind: 'event', status: 'pending', authorName: 'Nguyễn Văn Dân', contact: '0905 000 000' });
    expect((await editor.put(`/api/v1/feedback/${fb.id}/moderation`, { status: 'published', answer: 'x', lockVersion: fb.lockVersion })).status).toBe(403);
    const noAnswer = await manager.put(`/api/v1/feedback/${fb.id}/moderation`, { status: 'published', answer: '', lockVersion: fb.lockVersion });
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.text).toContain('Vui lòng nhập câu trả lời trước khi đăng');
    const done = await manager.put(`/api/v1/feedback/${fb.id}/moderation`, { status: 'published', answer: 'Phường sẽ tổ chức vào sáng thứ Bảy hằng tuần.', lockVersion: fb.lockVersion });
    expect(done.status).toBe(200);
    expect(done.body.answeredAt).not.toBeNull();
    const stale = await manager.put(`/api/v1/feedback/${fb.id}/moderation`, { status: 'hidden', answer: null, lockVersion: fb.lockVersion });
    expect(stale.status).toBe(409);
    const pub = await page(`/phan-hoi/su-kien/${ref}`);
    expect(pub.text).toContain('người cao tuổi');
    expect(pub.text).toContain('Phường sẽ tổ chức vào sáng thứ Bảy hằng tuần.');
    expect(pub.text).not.toContain('0905 000 000');
    const hidden = await manager.put(`/api/v1/feedback/${fb.id}/moderation`, { status: 'hidden', answer: done.body.answer, lockVersion: done.body.lockVersion });
    expect(hidden.status).toBe(200);
    expect((await page(`/phan-hoi/su-kien/${ref}`)).text).not.toContain('người cao tuổi');
    const audit = await s.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'feedback.moderate'`, [fb.id]);
    expect(audit.rows[0].n).toBe(2);
  });

  it('escapes what citizens write', async () => {
    await post('/phan-hoi/hoat-dong/xss-1', { body: '<img src=x onerror=alert(1)> góp ý dài hơn mười ký tự', website: '' }, '10.1.0.4');
    const { rows } = await s.db.query<{ id: string; lock_version: number }>(`SELECT id, lock_version FROM citizen_feedback WHERE item_ref = 'xss-1'`);
    await manager.put(`/api/v1/feedback/${rows[0]!.id}/moderation`, { status: 'published', answer: '<b>trả lời</b>', lockVersion: rows[0]!.lock_version });
    const pub = await page('/phan-hoi/hoat-dong/xss-1');
    expect(pub.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(pub.text).not.toContain('<img src=x');
    expect(pub.text).toContain('&lt;b&gt;trả lời&lt;/b&gt;');
  });

  it('throttles 1,000 rapid submissions from one client with a clear message, keeping every one that passed', async () => {
    const ref = 'throttle-1';
    const started = Date.now();
    const statuses: number[] = [];
    let message = '';
    for (let batch = 0; batch < 1000; batch += 50) {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => post(`/phan-hoi/su-kien/${ref}`, { body: `Góp ý thử số ${batch + i} đủ dài`, website: '' }, '10.9.9.9')),
      );
      for (const r of results) {
        statuses.push(r.status);
        if (r.status === 429 && !message) message = r.text;
      }
    }
    const elapsed = Date.now() - started;
    const passed = statuses.filter((x) => x === 303).length;
    expect(passed).toBe(FEEDBACK_THROTTLE.accepted);
    expect(statuses.filter((x) => x === 429).length).toBe(1000 - FEEDBACK_THROTTLE.accepted);
    expect(message).toContain('Anh/chị đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau');
    expect(message).toContain('Góp ý thử số'); // what was typed is kept in the form
    expect(await count(ref)).toBe(passed);
    // Another client is not affected.
    expect((await post(`/phan-hoi/su-kien/${ref}`, { body: 'Góp ý từ người khác, đủ dài', website: '' }, '10.9.9.10')).status).toBe(303);
    expect(await count(ref)).toBe(passed + 1);
    console.info(`1000 submissions from one client: ${passed} stored, ${1000 - passed} throttled in ${elapsed} ms`);
  }, 120_000);
});

describe('moderation list', () => {
  it('filters by status and kind, and the demo has feedback in every moderation state', async () => {
    const all = await manager.get('/api/v1/feedback?pageSize=200');
    expect(new Set(all.body.items.map((f: { status: string }) => f.status))).toEqual(new Set(['pending', 'published', 'hidden']));
    const materials = await manager.get('/api/v1/feedback?itemKind=material&pageSize=200');
    expect(materials.body.items.every((f: { itemKind: string }) => f.itemKind === 'material')).toBe(true);
    expect((await editor.get('/api/v1/feedback')).status).toBe(200);
    const exp = await manager.get('/api/v1/feedback/export?format=csv');
    expect([200, 202]).toContain(exp.status);
  });
});
