import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_DIST } from '../src/app.ts';
import { startTestServer, type TestServer } from './http.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

it('serves the admin shell for client routes, hashed assets with a long cache, and nothing outside the build', async () => {
  const c = s.client();
  for (const p of ['/admin/', '/admin/units/123', '/admin/plans/new?year=2026']) {
    const res = await c.get(p);
    expect(res.status, p).toBe(200);
    expect(res.text).toContain('<div id="root">');
  }
  expect((await c.get('/admin')).status).toBe(302);
  const asset = readdirSync(path.join(ADMIN_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
  const js = await c.get(`/admin/assets/${asset}`);
  expect(js.status).toBe(200);
  expect(js.headers.get('cache-control')).toContain('immutable');
  expect(js.headers.get('content-type')).toContain('javascript');
  const escape = await c.get('/admin/..%2F..%2Fpackage.json');
  expect(escape.text).not.toContain('"workspaces"');
});
