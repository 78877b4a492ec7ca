import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { getPublicFormSecret } from '../src/platform/public-forms/public-forms.ts';
import { issueChallenge, solveChallenge } from '../src/platform/public-forms/pow.ts';
import { REPORT_THROTTLE } from '../src/portal/report.routes.ts';

let s: TestServer;
let manager: Client;
let editor: Client;
let otherEditor: Client;
let viewer: Client;
let haiChau: string;
let thanhKhe: string;
let ipSeq = 0;
/** Each test submits from its own client address, so that the throttle of one does not touch another. */
const nextIp = () => `198.51.100.${++ipSeq}`;

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex');

beforeAll(async () => {
  s = await startTestServer({ env: { LANTOA_POW_BITS: '8' } });
  manager = await s.as('thuongtruc');
  editor = await s.as('bientap.haichau');
  otherEditor = await s.as('bientap.thanhkhe');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
  thanhKhe = await unitId(s.db, 'gso2025:20209');
  const demo = await s.db.query<{ status: string; n: number; events: number }>(
    `SELECT c.status, count(*)::int AS n, sum((SELECT count(*) FROM workflow_event e WHERE e.entity_id = c.id))::int AS events FROM misinfo_case c WHERE is_demo GROUP BY 1`,
  );
  demoStatuses = Object.fromEntries(demo.rows.map((r) => [r.status, r.n]));
  demoEvents = demo.rows.reduce((a, r) => a + r.events, 0);
  // The checks below count exactly what they make; the demo cases are looked at first, then set aside.
  await s.db.query('DELETE FROM misinfo_case WHERE is_demo');
});
let demoStatuses: Record<string, number> = {};
let demoEvents = 0;

describe('the demo data', () => {
  it('has cases in every state, with their history, clearly marked', () => {
    expect(Object.keys(demoStatuses).sort()).toEqual(['assigned', 'closed', 'dismissed', 'received', 'referred', 'responded', 'triaged', 'verified']);
    expect(demoEvents).toBeGreaterThan(30);
  });
});
afterAll(async () => s?.close());

async function challengeFor(ip: string): Promise<string> {
  const res = await fetch(`${s.base}/phan-anh`, { headers: { 'x-forwarded-for': ip } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const m = /name="challenge" value="([^"]+)"/.exec(await res.text());
  return m![1]!;
}

type Submit = { ip: string; token?: string; solution?: string | null; answer?: string; fields?: Record<string, string>; file?: { name: string; data: Buffer; type: string } };

async function submit(o: Submit): Promise<{ status: number; text: string; location: string | null; code: string | null }> {
  const token = o.token ?? (await challengeFor(o.ip));
  const form = new FormData();
  const fields = { link: 'https://www.facebook.com/bai-viet/123456', platform: 'facebook', description: 'Bài đăng nói dịch vụ công trực tuyến thu phí 500.000 đồng mỗi hồ sơ.', contact: '', website: '', ...o.fields };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('challenge', token);
  form.append('pow_solution', o.solution === null ? '' : (o.solution ?? solveChallenge(token, 8)));
  form.append('answer', o.answer ?? '');
  if (o.file) form.append('screenshot', new Blob([new Uint8Array(o.file.data)], { type: o.file.type }), o.file.name);
  const res = await fetch(`${s.base}/phan-anh`, { method: 'POST', body: form, headers: { 'x-forwarded-for': o.ip }, redirect: 'manual' });
  const location = res.headers.get('location');
  return { status: res.status, text: await res.text(), location, code: location ? /ma=([^&]+)/.exec(location)![1]! : null };
}

async function caseCount(): Promise<number> {
  return (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM misinfo_case')).rows[0]!.n;
}

describe('the public report form', () => {
  it('is readable without JavaScript: a check question, a honeypot, a signed challenge, and a script that only helps', async () => {
    const res = await fetch(`${s.base}/phan-anh`);
    const page = await res.text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toMatch(/cộng \d+ bằng mấy\?/);
    expect(page).toContain('name="website"');
    expect(page).toContain('<script src="/portal/assets/pow.js" defer>');
    const js = await fetch(`${s.base}/portal/assets/pow.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
  });

  it('takes a report with a solved challenge and a screenshot, and gives a tracking code the reporter can follow', async () => {
    const before = await caseCount();
    const r = await submit({ ip: nextIp(), file: { name: 'anh-chup.png', data: PNG, type: 'image/png' } });
    expect(r.status).toBe(303);
    expect(r.code).toMatch(/^PA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await caseCount()).toBe(before + 1);
    const page = await (await fetch(`${s.base}${r.location}`)).text();
    expect(page).toContain('Cảm ơn anh/chị đã gửi phản ánh');
    expect(page).toContain(r.code);
    expect(page).toContain('Đã tiếp nhận, đang chờ phân loại');
    // Codes are typed by hand: lower case and no dashes still find it.
    const typed = await (await fetch(`${s.base}/phan-anh/tra-cuu?ma=${r.code!.toLowerCase().replaceAll('-', '')}`)).text();
    expect(typed).toContain(`Phản ánh ${r.code}`);
    const row = (await s.db.query('SELECT c.source, f.mime, f.unit_id FROM misinfo_case c JOIN stored_file f ON f.id = c.screenshot_file_id WHERE c.code = $1', [r.code])).rows[0];
    expect(row).toMatchObject({ source: 'public', mime: 'image/png' });
    expect(row.unit_id).not.toBeNull();
    // The standing agency is told.
    const inbox = await manager.get('/api/v1/notifications');
    expect(JSON.stringify(inbox.body)).toContain(r.code);
  });

  it('refuses a screenshot that is not an image by its content, keeping what was typed', async () => {
    const before = await caseCount();
    const r = await submit({ ip: nextIp(), file: { name: 'anh.png', data: Buffer.from('MZ this is not an image at all'), type: 'image/png' } });
    expect(r.status).toBe(400);
    expect(r.text).toContain('Ảnh chụp màn hình:');
    expect(r.text).toContain('https://www.facebook.com/bai-viet/123456');
    expect(await caseCount()).toBe(before);
  });

  it('answers every bad field in Vietnamese and stores nothing', async () => {
    const before = await caseCount();
    const r = await submit({ ip: nextIp(), fields: { link: 'javascript:alert(1)', platform: '', description: ' ' } });
    expect(r.status).toBe(400);
    expect(r.text).toContain('Đường dẫn phải bắt đầu bằng http:// hoặc https://');
    expect(r.text).toContain('Vui lòng chọn nền tảng');
    expect(r.text).toContain('Vui lòng nhập nội dung phản ánh');
    expect(r.text).toContain('3 mục cần sửa');
    expect(await caseCount()).toBe(before);
  });

  it('drops a submission whose honeypot is filled', async () => {
    const before = await caseCount();
    const r = await submit({ ip: nextIp(), fields: { website: 'http://spam.example' } });
    expect(r.status).toBe(400);
    expect(r.text).toContain('Không gửi được phản ánh');
    expect(await caseCount()).toBe(before);
  });

  it('takes a challenge once: a replay is refused', async () => {
    const ip = nextIp();
    const token = await challengeFor(ip);
    const solution = solveChallenge(token, 8);
    const before = await caseCount();
    expect((await submit({ ip, token, solution })).status).toBe(303);
    const again = await submit({ ip, token, solution });
    expect(again.status).toBe(400);
    expect(again.text).toContain('Phiên gửi này đã được dùng');
    expect(await caseCount()).toBe(before + 1);
  });

  it('takes a replayed challenge once even when both copies arrive together', async () => {
    const ip = nextIp();
    const token = await challengeFor(ip);
    const solution = solveChallenge(token, 8);
    const before = await caseCount();
    const results = await Promise.all([1, 2, 3].map(() => submit({ ip, token, solution })));
    expect(results.filter((r) => r.status === 303)).toHaveLength(1);
    expect(await caseCount()).toBe(before + 1);
  });

  it('refuses an expired, a forged or an unsolved challenge', async () => {
    const secret = await getPublicFormSecret(s.db);
    const expired = issueChallenge(secret, { bits: 8, ttlMs: 60_000, now: Date.now() - 120_000 }).token;
    const r1 = await submit({ ip: nextIp(), token: expired });
    expect(r1.status).toBe(400);
    expect(r1.text).toContain('Phiên gửi đã hết hạn');
    const forged = issueChallenge('not-our-secret', { bits: 8, ttlMs: 60_000 }).token;
    const r2 = await submit({ ip: nextIp(), token: forged });
    expect(r2.status).toBe(400);
    expect(r2.text).toContain('Phiên gửi không hợp lệ');
    // A token of ours with the difficulty lowered is no longer ours.
    const ours = issueChallenge(secret, { bits: 8, ttlMs: 60_000 }).token;
    const [payload, sig] = ours.split('.');
    const lowered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), b: 1 })).toString('base64url');
    expect((await submit({ ip: nextIp(), token: `${lowered}.${sig}`, solution: '0' })).text).toContain('Phiên gửi không hợp lệ');
    const r3 = await submit({ ip: nextIp(), solution: null });
    expect(r3.status).toBe(400);
    expect(r3.text).toContain('Chưa hoàn tất bước kiểm tra');
  });

  it('lets a browser without JavaScript answer the sum instead, not sooner than a person could', async () => {
    const secret = await getPublicFormSecret(s.db);
    const fresh = issueChallenge(secret, { bits: 8, ttlMs: 60_000 });
    const sum = String(fresh.challenge.q[0] + fresh.challenge.q[1]);
    const tooSoon = await submit({ ip: nextIp(), token: fresh.token, solution: null, answer: sum });
    expect(tooSoon.status).toBe(400);
    expect(tooSoon.text).toContain('gửi quá nhanh');
    const older = issueChallenge(secret, { bits: 8, ttlMs: 60_000, now: Date.now() - 10_000 });
    const wrong = await submit({ ip: nextIp(), token: older.token, solution: null, answer: String(older.challenge.q[0] + older.challenge.q[1] + 1) });
    expect(wrong.text).toContain('Câu trả lời kiểm tra chưa đúng');
    const right = await submit({ ip: nextIp(), token: older.token, solution: null, answer: String(older.challenge.q[0] + older.challenge.q[1]) });
    expect(right.status).toBe(303);
  });

  it('throttles 1,000 rapid submissions from one client with a clear message, and loses none that passed', async () => {
    const ip = '203.0.113.77';
    const secret = await getPublicFormSecret(s.db);
    const before = await caseCount();
    const results: Awaited<ReturnType<typeof submit>>[] = [];
    // Solved challenges made ahead, as a script would; then sent 50 at a time.
    for (let batch = 0; batch < 20; batch++) {
      const tokens = Array.from({ length: 50 }, () => issueChallenge(secret, { bits: 8, ttlMs: 600_000 }).token);
      results.push(...(await Promise.all(tokens.map((token) => submit({ ip, token, solution: solveChallenge(token, 8), fields: { description: `Tin sai số ${batch}` } })))));
    }
    expect(results).toHaveLength(1000);
    const passed = results.filter((r) => r.status === 303);
    const throttled = results.filter((r) => r.status === 429);
    expect(passed).toHaveLength(REPORT_THROTTLE.accepted);
    expect(throttled).toHaveLength(1000 - REPORT_THROTTLE.accepted);
    expect(throttled[0]!.text).toMatch(/Anh\/chị đã gửi quá nhiều lần trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\./);
    // Every submission that passed is stored, under the code its reporter was given.
    expect(await caseCount()).toBe(before + passed.length);
    const codes = passed.map((r) => r.code);
    const stored = await s.db.query<{ code: string }>('SELECT code FROM misinfo_case WHERE code = ANY($1)', [codes]);
    expect(stored.rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    // Another client is not affected.
    expect((await submit({ ip: nextIp() })).status).toBe(303);
  }, 120_000);
});

describe('a case inside', () => {
  let id: string;
  let code: string;
  let lock: number;

  it('goes through triage, verification, assignment, a correction and an outcome the reporter sees', async () => {
    const r = await submit({ ip: nextIp(), fields: { description: 'Video TikTok nói VNeID lấy cắp tiền trong tài khoản ngân hàng.', platform: 'tiktok', link: 'https://www.tiktok.com/@x/video/987' } });
    code = r.code!;
    const list = await manager.get(`/api/v1/cases?q=${encodeURIComponent('vneid lay cap')}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { code: string }) => c.code)).toContain(code);
    id = list.body.items.find((c: { code: string }) => c.code === code).id;
    let c = (await manager.get(`/api/v1/cases/${id}`)).body;
    expect(c.status).toBe('received');
    expect(c.actions).toEqual(['triage', 'dismiss']);
    lock = c.lockVersion;

    // A ward does not see a case that is not its own.
    expect((await editor.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await editor.post(`/api/v1/cases/${id}/transition`, { action: 'triage', lockVersion: lock, category: 'false' })).status).toBe(404);

    const noCat = await manager.post(`/api/v1/cases/${id}/transition`, { action: 'triage', lockVersion: lock });
    expect(noCat.status).toBe(400);
    expect(noCat.body.error.message).toBe('Vui lòng chọn loại thông tin');
    c = (await manager.post(`/api/v1/cases/${id}/transition`, { action: 'triage', lockVersion: lock, category: 'false' })).body;
    expect(c.status).toBe('triaged');
    const stale = await manager.post(`/api/v1/cases/${id}/transition`, { action: 'verify', lockVersion: lock, verificationNote: 'x' });
    expect(stale.status).toBe(409);
    c = (await manager.post(`/api/v1/cases/${id}/transition`, { action: 'verify', lockVersion: c.lockVersion, verificationNote: 'Đối chiếu với Bộ Công an: VNeID không liên kết tài khoản ngân hàng.', category: 'scam' })).body;
    expect(c).toMatchObject({ status: 'verified', category: 'scam' });
    c = (await manager.post(`/api/v1/cases/${id}/transition`, { action: 'assign', lockVersion: c.lockVersion, responsibleUnitId: haiChau, comment: 'Đề nghị phường đăng tin cải chính trên trang của phường' })).body;
    expect(c).toMatchObject({ status: 'assigned', responsibleUnitName: expect.stringContaining('Hải Châu') });

    // The ward is told, sees it, and is the one to respond; another ward still sees nothing.
    expect(JSON.stringify((await editor.get('/api/v1/notifications')).body)).toContain(code);
    expect((await otherEditor.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await otherEditor.get('/api/v1/cases')).body.items.map((x: { id: string }) => x.id)).not.toContain(id);
    const seen = (await editor.get(`/api/v1/cases/${id}`)).body;
    expect(seen.actions).toEqual(['respond']);
    // The standing agency may record a response itself too, or refer the case.
    expect((await manager.get(`/api/v1/cases/${id}`)).body.actions).toEqual(['respond', 'refer']);
    const noLink = await editor.post(`/api/v1/cases/${id}/transition`, { action: 'respond', lockVersion: seen.lockVersion, responseKind: 'correction', responseTitle: 'Cải chính' });
    expect(noLink.status).toBe(400);
    c = (await editor.post(`/api/v1/cases/${id}/transition`, {
      action: 'respond', lockVersion: seen.lockVersion, responseKind: 'correction', responseTitle: 'Cải chính: VNeID không lấy tiền trong tài khoản ngân hàng',
      responseUrl: 'https://haichau.danang.gov.vn/cai-chinh-vneid', responseContentRef: 'TV-2026-014',
    })).body;
    expect(c.status).toBe('responded');
    c = (await manager.post(`/api/v1/cases/${id}/transition`, { action: 'refer', lockVersion: c.lockVersion, referralDate: '2020-01-01', referralRef: 'x' }));
    expect(c.status).toBe(400);
    c = (await manager.post(`/api/v1/cases/${id}/transition`, { action: 'refer', lockVersion: (await manager.get(`/api/v1/cases/${id}`)).body.lockVersion, referralDate: new Date().toISOString().slice(0, 10), referralRef: 'TTXLTG-2026/0042' })).body;
    expect(c).toMatchObject({ status: 'referred', referralRef: 'TTXLTG-2026/0042' });
    const noOutcome = await manager.post(`/api/v1/cases/${id}/transition`, { action: 'close', lockVersion: c.lockVersion });
    expect(noOutcome.status).toBe(400);
    c = (await manager.post(`/api/v1/cases/${id}/transition`, { action: 'close', lockVersion: c.lockVersion, outcome: 'Video đã bị gỡ; phường đã đăng tin cải chính.' })).body;
    expect(c.status).toBe('closed');
    expect(c.history.map((h: { to: string }) => h.to)).toEqual(['received', 'triaged', 'verified', 'assigned', 'responded', 'referred', 'closed']);

    const page = await (await fetch(`${s.base}/phan-anh/tra-cuu?ma=${code}`)).text();
    expect(page).toContain('Đã xử lý xong');
    expect(page).toContain('Cải chính: VNeID không lấy tiền trong tài khoản ngân hàng');
    expect(page).toContain('href="https://haichau.danang.gov.vn/cai-chinh-vneid"');
    expect(page).toContain('Video đã bị gỡ');
    // Who handled it stays inside.
    expect(page).not.toContain('Thường trực');

    const audit = await s.db.query("SELECT action FROM audit_log WHERE entity_type = 'misinfo_case' AND entity_id = $1 ORDER BY at, id", [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['case.create', 'case.triage', 'case.verify', 'case.assign', 'case.respond', 'case.refer', 'case.close']);
  });

  it('dismisses only with a reason', async () => {
    const r = await submit({ ip: nextIp() });
    const c = (await manager.get(`/api/v1/cases?q=${r.code}`)).body.items[0];
    const view = (await manager.get(`/api/v1/cases/${c.id}`)).body;
    const bare = await manager.post(`/api/v1/cases/${c.id}/transition`, { action: 'dismiss', lockVersion: view.lockVersion });
    expect(bare.status).toBe(422);
    expect((await manager.post(`/api/v1/cases/${c.id}/transition`, { action: 'close', lockVersion: view.lockVersion, outcome: 'x' })).status).toBe(409);
    const ok = await manager.post(`/api/v1/cases/${c.id}/transition`, { action: 'dismiss', lockVersion: view.lockVersion, comment: 'Thông tin đúng sự thật' });
    expect(ok.body.status).toBe('dismissed');
    expect(await (await fetch(`${s.base}/phan-anh/tra-cuu?ma=${r.code}`)).text()).toContain('không phải tin sai sự thật');
  });

  it('flags a case whose stage is past its deadline, and lists the overdue ones first by deadline', async () => {
    const r = await submit({ ip: nextIp() });
    await s.db.query(`UPDATE misinfo_case SET stage_due_at = now() - interval '2 hours' WHERE code = $1`, [r.code]);
    const overdue = await manager.get('/api/v1/cases?overdue=true');
    expect(overdue.body.items.map((c: { code: string }) => c.code)).toEqual([r.code]);
    expect(overdue.body.items[0].isOverdue).toBe(true);
    const byDue = await manager.get('/api/v1/cases?sort=due&pageSize=1');
    expect(byDue.body.items[0].code).toBe(r.code);
    const notOverdue = await manager.get('/api/v1/cases?overdue=false&pageSize=200');
    expect(notOverdue.body.items.map((c: { code: string }) => c.code)).not.toContain(r.code);
    expect((await manager.get(`/api/v1/cases/stats?year=${new Date().getFullYear()}`)).body.totals.overdue).toBe(1);
  });

  it('takes a report from a unit inside its own scope only', async () => {
    const body = { intakeUnitId: haiChau, link: 'https://zalo.me/g/abc', platform: 'zalo', description: 'Tin nhắn Zalo giả danh UBND phường thu tiền cập nhật VNeID.', contact: null };
    const made = await editor.post('/api/v1/cases', body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ source: 'internal', status: 'received', intakeUnitName: expect.stringContaining('Hải Châu') });
    expect((await editor.get(`/api/v1/cases/${made.body.id}`)).status).toBe(200);
    expect((await otherEditor.get(`/api/v1/cases/${made.body.id}`)).status).toBe(404);
    expect((await editor.post('/api/v1/cases', { ...body, intakeUnitId: thanhKhe })).status).toBe(403);
    expect((await viewer.post('/api/v1/cases', body)).status).toBe(403);
    const bad = await editor.post('/api/v1/cases', { ...body, link: 'không phải link' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Đường dẫn phải bắt đầu bằng http:// hoặc https://');
  });

  it('counts the year by month, category and outcome, and exports the list and the statistics', async () => {
    const year = new Date().getFullYear();
    const stats = (await viewer.get(`/api/v1/cases/stats?year=${year}`)).body;
    const month = stats.months[Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', month: 'numeric' }).format(new Date())) - 1];
    expect(stats.totals.total).toBe(await caseCount());
    expect(month.total).toBe(stats.totals.total);
    expect(stats.totals.byCategory.scam).toBe(1);
    expect(stats.totals.byOutcome.closed).toBe(1);
    expect(stats.totals.byOutcome.dismissed).toBe(1);
    const xlsx = await fetch(`${s.base}/api/v1/cases/stats/export?year=${year}&format=xlsx`, { headers: { cookie: viewer.cookie! } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('Th%E1%BB%91ng%20k%C3%AA');
    const csv = await fetch(`${s.base}/api/v1/cases/export?format=csv&status=closed`, { headers: { cookie: manager.cookie! } });
    const text = await csv.text();
    expect(text).toContain('Mã theo dõi');
    expect(text).toContain(code);
    expect(text.trim().split('\r\n')).toHaveLength(2);
  });
});
