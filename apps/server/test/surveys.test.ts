import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { unitId } from './db.ts';
import { solveChallenge } from '../src/platform/public-forms/pow.ts';

let s: TestServer;
let manager: Client;
let ward: Client;
let otherWard: Client;
let viewer: Client;
let haiChau: string;

const QUESTIONS = [
  { id: 'used', kind: 'single', text: 'Anh/chị đã dùng dịch vụ công trực tuyến chưa?', required: true, options: ['Đã dùng', 'Chưa dùng'], showIf: null },
  { id: 'why-not', kind: 'multiple', text: 'Vì sao chưa dùng?', required: true, options: ['Không biết', 'Khó dùng', 'Không có thiết bị'], showIf: { questionId: 'used', equals: 'Chưa dùng' } },
  { id: 'easy', kind: 'likert', text: 'Dịch vụ dễ sử dụng', required: true, options: [], showIf: { questionId: 'used', equals: 'Đã dùng' } },
  { id: 'times', kind: 'number', text: 'Số lần dùng trong năm', required: false, options: [], showIf: null },
  { id: 'note', kind: 'text', text: 'Góp ý thêm', required: false, options: [], showIf: null },
];

beforeAll(async () => {
  s = await startTestServer({ env: { LANTOA_POW_BITS: '8' } });
  manager = await s.as('thuongtruc');
  ward = await s.as('bientap.haichau');
  otherWard = await s.as('bientap.thanhkhe');
  viewer = await s.as('xem');
  haiChau = await unitId(s.db, 'gso2025:20242');
});
afterAll(async () => s?.close());

async function answerOnPortal(id: string, ip: string, fields: [string, string][]): Promise<{ status: number; text: string }> {
  const page = await (await fetch(`${s.base}/khao-sat/${id}`, { headers: { 'x-forwarded-for': ip } })).text();
  const token = /name="challenge" value="([^"]+)"/.exec(page)![1]!;
  const body = new URLSearchParams([...fields, ['challenge', token], ['pow_solution', solveChallenge(token, 8)], ['website', '']]);
  const res = await fetch(`${s.base}/khao-sat/${id}`, { method: 'POST', body, headers: { 'x-forwarded-for': ip } });
  return { status: res.status, text: await res.text() };
}

describe('a public survey', () => {
  let id: string;
  let lastYear: string;

  it('is built with conditional questions, checked for consistency, and opened', async () => {
    const bad = await manager.post('/api/v1/surveys', { title: 'X', year: 2026, audience: 'public', isAnonymous: true, questions: [QUESTIONS[0], { ...QUESTIONS[2], showIf: { questionId: 'used', equals: 'Có thể' } }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Phương án điều kiện không có trong câu hỏi trước');
    expect((await viewer.post('/api/v1/surveys', { title: 'X' })).status).toBe(403);

    const prev = await manager.post('/api/v1/surveys', { title: 'Khảo sát mức độ sử dụng dịch vụ công trực tuyến 2025', year: 2025, audience: 'public', isAnonymous: true, questions: QUESTIONS });
    lastYear = prev.body.id;
    await manager.post(`/api/v1/surveys/${lastYear}/transition`, { action: 'open', lockVersion: prev.body.lockVersion });
    for (let i = 0; i < 10; i++) await answerOnPortal(lastYear, `192.0.2.${i + 1}`, [['q_used', i < 3 ? 'Đã dùng' : 'Chưa dùng'], ...(i < 3 ? [['q_easy', '3'] as [string, string]] : [['q_why-not', 'Không biết'] as [string, string]])]);

    const made = await manager.post('/api/v1/surveys', { title: 'Khảo sát mức độ sử dụng dịch vụ công trực tuyến 2026', description: 'Khảo sát hằng năm theo nội dung 1 của Đề án.', year: 2026, audience: 'public', isAnonymous: true, questions: QUESTIONS, previousSurveyId: lastYear });
    expect(made.status).toBe(201);
    id = made.body.id;
    expect(made.body).toMatchObject({ status: 'draft', canEdit: true, actions: ['open'], publicUrl: null, previousSurvey: { year: 2025 } });
    // A draft is not on the portal.
    expect((await fetch(`${s.base}/khao-sat/${id}`)).status).toBe(404);
    const opened = await manager.post(`/api/v1/surveys/${id}/transition`, { action: 'open', lockVersion: made.body.lockVersion });
    expect(opened.body).toMatchObject({ status: 'open', canEdit: false, publicUrl: `/khao-sat/${id}` });
    expect((await manager.put(`/api/v1/surveys/${id}`, { ...made.body, questions: QUESTIONS, lockVersion: opened.body.lockVersion })).status).toBe(409);
  });

  it('is answered by 50 people on the portal, with every bad answer explained and nothing stored', async () => {
    const page = await (await fetch(`${s.base}/khao-sat/${id}`)).text();
    expect(page).toContain('Chỉ trả lời nếu anh/chị chọn “Chưa dùng” ở câu 1.');
    expect(page).toContain('1 — Rất không đồng ý');
    const missing = await answerOnPortal(id, '198.18.0.1', [['q_used', 'Đã dùng']]);
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Vui lòng trả lời câu hỏi này');
    const wrongNumber = await answerOnPortal(id, '198.18.0.1', [['q_used', 'Đã dùng'], ['q_easy', '4'], ['q_times', 'nhiều']]);
    expect(wrongNumber.text).toContain('Vui lòng nhập một số');
    expect((await s.db.query('SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1', [id])).rows[0].n).toBe(0);

    // 50 respondents: 30 have used the services (scale 1–5 in turn), 20 have not (reasons in turn).
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const used = i < 30;
        const fields: [string, string][] = [['q_used', used ? 'Đã dùng' : 'Chưa dùng']];
        if (used) fields.push(['q_easy', String((i % 5) + 1)], ['q_times', String(i % 4)]);
        else fields.push(['q_why-not', ['Không biết', 'Khó dùng', 'Không có thiết bị'][i % 3]!], ...(i % 2 ? [['q_why-not', 'Khó dùng'] as [string, string]] : []));
        if (i % 10 === 0) fields.push(['q_note', `Góp ý số ${i}`]);
        return answerOnPortal(id, `198.19.${Math.floor(i / 5)}.${i}`, fields);
      }),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(results[0]!.text).toContain('Cảm ơn anh/chị đã trả lời khảo sát');

    const r = (await viewer.get(`/api/v1/surveys/${id}/results`)).body;
    expect(r.respondents).toBe(50);
    const q = (qid: string) => r.questions.find((x: { questionId: string }) => x.questionId === qid);
    expect(q('used').counts).toEqual({ 'Đã dùng': 30, 'Chưa dùng': 20 });
    expect(q('easy')).toMatchObject({ answered: 30, counts: { '1': 6, '2': 6, '3': 6, '4': 6, '5': 6 }, mean: 3 });
    // Reasons: i = 30..49 → i % 3 picks one, odd i add "Khó dùng" too (counted once).
    const expected = { 'Không biết': 0, 'Khó dùng': 0, 'Không có thiết bị': 0 } as Record<string, number>;
    for (let i = 30; i < 50; i++) {
      const set = new Set([['Không biết', 'Khó dùng', 'Không có thiết bị'][i % 3]!, ...(i % 2 ? ['Khó dùng'] : [])]);
      for (const k of set) expected[k]! += 1;
    }
    expect(q('why-not')).toMatchObject({ answered: 20, counts: expected });
    // 0,1,2,3 in turn over 30 people: 43 / 30.
    expect(q('times')).toMatchObject({ answered: 30, min: 0, max: 3, mean: 1.43 });
    expect([...q('note').samples].sort()).toEqual(['Góp ý số 0', 'Góp ý số 10', 'Góp ý số 20', 'Góp ý số 30', 'Góp ý số 40']);
    expect(r.byUnit).toEqual([{ unitId: null, unitName: 'Người dân (cổng thông tin)', respondents: 50 }]);
    // Year on year: last year's 10 answers, on the same questions.
    expect(r.previous).toMatchObject({ year: 2025, respondents: 10 });
    expect(r.previous.questions.find((x: { questionId: string }) => x.questionId === 'used').counts).toEqual({ 'Đã dùng': 3, 'Chưa dùng': 7 });

    const csv = await fetch(`${s.base}/api/v1/surveys/${id}/results/export?format=csv`, { headers: { cookie: viewer.cookie! } });
    const text = await csv.text();
    expect(text).toContain('Số người trả lời,,,50,10');
    expect(text).toContain('Đã dùng,30,3');
  }, 60_000);

  it('stops taking answers once closed', async () => {
    const v = (await manager.get(`/api/v1/surveys/${id}`)).body;
    await manager.post(`/api/v1/surveys/${id}/transition`, { action: 'close', lockVersion: v.lockVersion });
    expect((await fetch(`${s.base}/khao-sat/${id}`)).status).toBe(404);
  });
});

describe('a survey of officials', () => {
  it('reaches the officials of the chosen units only, once each, without their names when anonymous', async () => {
    const made = await manager.post('/api/v1/surveys', {
      title: 'Đánh giá công tác truyền thông CĐS của phường 2026', year: 2026, audience: 'officials', isAnonymous: true, targetUnitIds: [haiChau],
      questions: [{ id: 'plan', kind: 'likert', text: 'Kế hoạch truyền thông của đơn vị sát thực tế', required: true, options: [], showIf: null }],
    });
    expect(made.status).toBe(201);
    const noTargets = await manager.post('/api/v1/surveys', { title: 'Y', year: 2026, audience: 'officials', isAnonymous: true, questions: [] });
    expect(noTargets.body.error.message).toBe('Vui lòng chọn các đơn vị nhận khảo sát');
    const id = made.body.id;
    expect((await ward.get(`/api/v1/surveys/${id}`)).status).toBe(404);
    await manager.post(`/api/v1/surveys/${id}/transition`, { action: 'open', lockVersion: made.body.lockVersion });

    const mine = (await ward.get('/api/v1/surveys/mine')).body.items;
    expect(mine.map((x: { id: string }) => x.id)).toContain(id);
    expect((await otherWard.get('/api/v1/surveys/mine')).body.items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await otherWard.get(`/api/v1/surveys/${id}`)).status).toBe(404);
    expect((await otherWard.post(`/api/v1/surveys/${id}/responses`, { answers: { plan: 4 } })).status).toBe(404);

    expect((await ward.get(`/api/v1/surveys/${id}`)).body).toMatchObject({ canAnswer: true, hasAnswered: false });
    const bad = await ward.post(`/api/v1/surveys/${id}/responses`, { answers: { plan: 9 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([{ path: 'plan', message: 'Vui lòng chọn mức từ 1 đến 5' }]);
    expect((await ward.post(`/api/v1/surveys/${id}/responses`, { answers: { plan: 4 } })).status).toBe(201);
    const again = await ward.post(`/api/v1/surveys/${id}/responses`, { answers: { plan: 5 } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Anh/chị đã trả lời khảo sát này');
    expect((await ward.get(`/api/v1/surveys/${id}`)).body).toMatchObject({ canAnswer: false, hasAnswered: true });

    const stored = await s.db.query('SELECT respondent_id, unit_id FROM survey_response WHERE survey_id = $1', [id]);
    expect(stored.rows).toEqual([{ respondent_id: null, unit_id: haiChau }]);
    const r = (await manager.get(`/api/v1/surveys/${id}/results?unitId=${haiChau}`)).body;
    expect(r.respondents).toBe(1);
    expect(r.byUnit[0]).toMatchObject({ unitId: haiChau, respondents: 1, unitName: expect.stringContaining('Hải Châu') });
    expect((await manager.get(`/api/v1/surveys?q=${encodeURIComponent('truyen thong cds')}`)).body.items.map((x: { id: string }) => x.id)).toEqual([id]);
  });
});

describe('the demo surveys', () => {
  it('compare 2026 with 2025 and wait for the wards', async () => {
    const list = (await viewer.get('/api/v1/surveys?q=du%20lieu%20mau&pageSize=50')).body.items as { id: string; year: number; audience: string }[];
    const y2026 = list.find((x) => x.year === 2026 && x.audience === 'public')!;
    const r = (await viewer.get(`/api/v1/surveys/${y2026.id}/results`)).body;
    expect(r.respondents).toBe(32);
    expect(r.previous).toMatchObject({ year: 2025, respondents: 40 });
    const used = (qs: { questionId: string; counts: Record<string, number> }[]) => qs.find((q) => q.questionId === 'used')!.counts['Đã dùng']!;
    expect(used(r.questions) / 32).toBeGreaterThan(used(r.previous.questions) / 40);
    expect((await ward.get('/api/v1/surveys/mine')).body.items.some((x: { title: string }) => x.title.includes('(dữ liệu mẫu)'))).toBe(true);
  });
});
