import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { uploadAs } from './transfer.ts';
import { TEST_PASSWORD } from './constants.ts';

/** What the contract fuzzing found (each one answered 5xx or outside the error shape before its fix). */

let s: TestServer;
let admin: Client;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
});
afterAll(async () => s?.close());

function expectErrorShape(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  expect(Object.keys(res.body)).toEqual(['error']);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).toMatch(/\S/);
}

/** A raw HTTP/1.1 request, for what fetch refuses to send. */
function rawRequest(base: string, requestLine: string): Promise<{ status: number; body: any; headers: Headers }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => (data += d.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const lines = head!.split('\r\n');
      const headers = new Headers();
      for (const l of lines.slice(1)) {
        const i = l.indexOf(':');
        if (i > 0) headers.append(l.slice(0, i).trim(), l.slice(i + 1).trim());
      }
      resolve({ status: Number(lines[0]!.split(' ')[1]), body: JSON.parse(rest.join('\r\n')), headers });
    });
  });
}

describe('input the contract fuzzing found breaking the server', () => {
  it('answers a path that is not valid UTF-8 with 400 in the error shape', async () => {
    for (const p of ['/api/v1/plans/%ED%A0%80', '/api/v1/org-units/%E0%A4%A/profile', '/api/v1/plans/%']) {
      const res = await admin.get(p);
      expectErrorShape(res, 400, 'BAD_REQUEST');
    }
  });

  it('answers a path parameter longer than the router allows with 414 in the error shape', async () => {
    expectErrorShape(await admin.get(`/api/v1/plans/${'A'.repeat(150)}`), 414, 'BAD_REQUEST');
  });

  it('answers an address larger than the HTTP parser allows with 431 in the error shape', async () => {
    const res = await rawRequest(s.base, `GET /api/v1/plans?q=${'x'.repeat(20_000)} HTTP/1.1`);
    expectErrorShape(res, 431, 'BAD_REQUEST');
  });

  it('refuses a NUL character in a body, a query or a path with a Vietnamese message, before the database', async () => {
    const login = await s.client().post('/api/v1/auth/login', { username: 'admin\u0000', password: TEST_PASSWORD });
    expectErrorShape(login, 400, 'VALIDATION_FAILED');
    expect(login.body.error.message).toBe('Dữ liệu chứa ký tự không hợp lệ (ký tự NUL)');
    expect(login.body.error.details.issues[0].path).toBe('username');
    expectErrorShape(await admin.get('/api/v1/jobs?kind=a%00b'), 400, 'VALIDATION_FAILED');
    expectErrorShape(await admin.get('/api/v1/org-units/search?q=%00'), 400, 'VALIDATION_FAILED');
    expectErrorShape(await admin.get('/api/v1/indicators/T%001/facts?year=2025'), 400, 'VALIDATION_FAILED');
    const attempts = await s.db.query(`SELECT count(*)::int AS n FROM login_attempt WHERE username LIKE 'admin%'`);
    expect(attempts.rows[0].n).toBe(1);
  });

  it('answers a version number too large for the database with 400, not 500', async () => {
    const put = await admin.put('/api/v1/programme-reports/2025', { overview: 'Tổng quan', lockVersion: 2 ** 40 });
    expectErrorShape(put, 400, 'BAD_REQUEST');
    const issue = await admin.post('/api/v1/programme-reports/2025/issue', { lockVersion: 318_499_093_178 });
    expectErrorShape(issue, 400, 'BAD_REQUEST');
  });

  it('stores an upload sent without a file name under a fallback name', async () => {
    // An empty name with a binary type makes a file part without any name.
    const up = await uploadAs(admin, '/api/v1/files', { name: '', data: '%PDF-1.4\n%%EOF\n', type: 'application/octet-stream' });
    expect(up.status, JSON.stringify(up.body)).toBeLessThan(500);
    expect(up.body.error?.code ?? up.body.name, JSON.stringify(up.body)).toMatch(/^(tep|FILE_TYPE_REFUSED)/);
  });
});

describe('references to objects that do not exist', () => {
  it('answers 400 in the error shape, not 500, when a body names a unit or a survey that is not there', async () => {
    const reward = await admin.post('/api/v1/rewards', { kind: 'individual', unitId: '596064c9-86f0-4b6e-abe2-f26f2da74a2e', nominee: 'Nguyễn Văn A', award: 'key_message', year: 2024, achievements: 'Thành tích' });
    expect(reward.status, JSON.stringify(reward.body)).toBeLessThan(500);
    expect(reward.body.error.code).toMatch(/BAD_REQUEST|NOT_FOUND|VALIDATION_FAILED/);
    const survey = await admin.post('/api/v1/surveys', { title: 'Khảo sát', year: 2023, audience: 'public', isAnonymous: false, questions: [], previousSurveyId: '885f6a09-1a78-4610-a8c1-9c084b335355' });
    expect(survey.status, JSON.stringify(survey.body)).toBeLessThan(500);
    expect(survey.body.error.code).toMatch(/BAD_REQUEST|NOT_FOUND|VALIDATION_FAILED/);
  });
});
