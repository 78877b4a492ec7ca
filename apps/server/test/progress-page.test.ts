import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './http.ts';
import { unitId } from './db.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

it('the public progress page shows the 9 targets with the dashboard’s figures, without JavaScript', async () => {
  const page = await s.client().get('/tien-do?nam=2025');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.text).not.toContain('<script');
  const cards = page.text.match(/<li class="card">/g) ?? [];
  expect(cards).toHaveLength(9);
  const leader = await s.as('lanhdao');
  const d = (await leader.get(`/api/v1/dashboard?year=2025&unitId=${await unitId(s.db, 'gso:48')}`)).body;
  const t4 = d.indicators.find((i: { code: string }) => i.code === 'T4');
  expect(page.text).toContain(`<strong>${t4.value} lớp</strong>`);
  const t5 = d.indicators.find((i: { code: string }) => i.code === 'T5');
  // T5 counts the CDT team units of the demo trained in the trainings register.
  expect(t5.value).not.toBeNull();
  expect(page.text).toContain(`<strong>${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(t5.value)} %</strong>`);
  // A year outside the programme falls back to its last year.
  expect((await s.client().get('/tien-do?nam=abc')).status).toBe(200);
});
