import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '@lantoa/contracts/access';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { databaseChecksum, diffChecksums } from './checksum.ts';
import {
  encode,
  hostileString,
  hostileValue,
  invalidBody,
  operationsOf,
  pathValue,
  queryString,
  Rng,
  validValue,
  type Operation,
  type Pools,
  type Schema,
} from './fuzz/generate.ts';

/**
 * Fuzzing from the contract. Every operation of apps/server/openapi.json (so every route a module
 * adds, once `npm run openapi` has run) gets generated requests over real HTTP: valid and invalid
 * bodies, queries and path ids, wrong types, Unicode oddities, injections, huge values, odd content
 * types and uploads, as an administrator, a unit editor, a viewer and anonymously.
 *
 * - no answer is a 5xx;
 * - every 4xx carries the one error shape `{ error: { code, message, details? } }`;
 * - a batch of requests that must all be refused (no session, no CSRF token, no permission,
 *   a body or id of the wrong type) leaves every table of the database as it was.
 *
 * FUZZ_SEED replays a run; FUZZ_REQUESTS sets how many requests the mixed phase sends.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const doc: Schema = JSON.parse(readFileSync(path.resolve(here, '../openapi.json'), 'utf8'));
const OPS = operationsOf(doc);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const MIXED = Number(process.env.FUZZ_REQUESTS ?? 16_000);
const CONCURRENCY = 8;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Who = 'anonymous' | 'admin' | 'editor' | 'viewer';
type Req = { who: Who; method: string; url: string; headers: Record<string, string>; body?: string | FormData; label: string; mustRefuse: boolean };
type Outcome = { req: Req; status: number; problem: string | null };

let s: TestServer;
let pools: Pools;
const clients = new Map<Exclude<Who, 'anonymous'>, Client>();
const ACCOUNTS = { admin: 'admin', editor: 'bientap.haichau', viewer: 'xem' } as const;
const ROLE_OF = { admin: 'system_admin', editor: 'unit_editor', viewer: 'viewer' } as const;
let accessOf: Map<string, string>;
const statuses = new Map<number, number>();
/** Time spent per route (ms), to name the slow ones in the summary. */
const timeByRoute = new Map<string, number>();
let sent = 0;

beforeAll(async () => {
  // FUZZ_LOG=1 prints the server's error log (the cause behind a 5xx).
  s = await startTestServer({ env: process.env.FUZZ_LOG ? { LOG_LEVEL: 'error' } : {} });
  for (const [who, username] of Object.entries(ACCOUNTS)) clients.set(who as keyof typeof ACCOUNTS, await s.as(username));
  accessOf = new Map(s.app.apiRoutes.map((r) => [`${r.method} ${r.url}`, r.access]));
  // Real ids (a few of every table with a uuid id) and short codes: generated requests reach real rows.
  // The fuzzing accounts themselves are left out, so their sessions stay open.
  const { rows: tables } = await s.db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND ((column_name = 'id' AND data_type = 'uuid') OR (column_name IN ('code', 'kind', 'period') AND data_type = 'text'))
        AND table_name NOT IN ('user_session')`,
  );
  const ids: string[] = [];
  const codes: string[] = [];
  for (const t of tables) {
    const where = t.table_name === 'app_user' ? `WHERE username NOT IN ('admin', 'bientap.haichau', 'xem')` : '';
    const { rows } = await s.db.query(`SELECT DISTINCT ${t.column_name}::text AS v FROM ${t.table_name} ${where} LIMIT 6`);
    (t.column_name === 'id' ? ids : codes).push(...rows.map((r) => r.v as string));
  }
  pools = { ids, codes };
}, 120_000);
afterAll(async () => s?.close());

function headersOf(who: Who, method: string, csrf: 'ok' | 'missing' | 'forged' = 'ok'): Record<string, string> {
  const h: Record<string, string> = {};
  if (who === 'anonymous') return h;
  const c = clients.get(who)!;
  if (c.cookie) h.cookie = c.cookie;
  if (STATE_CHANGING.has(method) && csrf !== 'missing') h['x-csrf-token'] = csrf === 'ok' ? c.csrf! : 'forged-token';
  return h;
}

function urlOf(op: Operation, r: Rng, validPath: boolean, validQuery: boolean): string {
  let p = op.path;
  for (const param of op.pathParams) p = p.replace(`{${param.name}}`, pathValue(doc, param.schema, r, pools, validPath));
  return p + queryString(doc, op, r, pools, validQuery);
}

function allows(who: Who, op: Operation): boolean {
  const access = accessOf.get(`${op.method} ${op.route}`);
  if (access === 'public') return true;
  if (who === 'anonymous') return false;
  return access === 'authenticated' || (ROLE_PERMISSIONS[ROLE_OF[who]] as readonly string[]).includes(access ?? '');
}

const UPLOAD_CONTENTS: (Uint8Array<ArrayBuffer> | string)[] = [
  '%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF',
  '<html><script>alert(1)</script></html>',
  'MZ\u0090\u0000\u0003',
  "Mã đơn vị,Tên\n=cmd|' /C calc'!A0,\"+1\"\n",
  new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
  new Uint8Array(0),
];

const FILE_NAMES = [
  '../../../../etc/passwd',
  '..\\..\\boot.ini',
  'bao-cao.pdf',
  'bao-cao.pdf.exe',
  'hoa-don\u202efdp.exe',
  'a\u0000.pdf',
  '',
  '.htaccess',
  'CON',
  'x'.repeat(600) + '.pdf',
  '<img src=x onerror=alert(1)>.png',
  'Kế hoạch 2025 (dữ liệu mẫu).xlsx',
  'đơn-vị.csv',
];

function uploadBody(r: Rng): FormData {
  const form = new FormData();
  const content = r.pick(UPLOAD_CONTENTS);
  const type = r.pick(['application/pdf', 'image/png', 'text/html', 'application/octet-stream', 'text/csv', '']);
  if (r.chance(0.8)) form.append(r.chance(0.9) ? 'file' : 'other', new Blob([content], { type }), r.pick(FILE_NAMES));
  if (r.chance(0.3)) form.append(hostileString(r).slice(0, 40) || 'field', hostileString(r).slice(0, 5000));
  return form;
}

/** A request for the mixed phase: mostly well-formed, often hostile, as anyone. */
function mixedRequest(op: Operation, r: Rng): Req {
  const who: Who = r.pick(['admin', 'admin', 'admin', 'editor', 'viewer', 'anonymous']);
  const mode = r.pick(['valid', 'valid', 'hostile-query', 'bad-path', 'bad-body', 'odd-content']);
  const url = urlOf(op, r, mode !== 'bad-path', mode !== 'hostile-query');
  const headers = headersOf(who, op.method);
  let body: string | FormData | undefined;
  if (op.method !== 'GET' && op.method !== 'DELETE') {
    if (op.multipart) {
      body = uploadBody(r);
    } else if (mode === 'odd-content') {
      const kind = r.int(0, 5);
      if (kind === 0) [headers['content-type'], body] = ['text/plain', 'xin chào'];
      else if (kind === 1) [headers['content-type'], body] = ['application/x-www-form-urlencoded', `a=${encode(hostileString(r))}&title=x`];
      else if (kind === 2) [headers['content-type'], body] = ['application/json', '{"title": "x",'];
      else if (kind === 3) [headers['content-type'], body] = ['application/json', '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'];
      else if (kind === 4) [headers['content-type'], body] = ['application/json; charset=latin1', '{}'];
      else [headers['content-type'], body] = ['application/json', ''];
    } else {
      const value = op.body
        ? mode === 'bad-body'
          ? invalidBody(doc, op.body, r, pools).body
          : validValue(doc, op.body, r, pools, 0.15)
        : r.chance(0.7)
          ? {}
          : hostileValue(r);
      headers['content-type'] = 'application/json';
      body = JSON.stringify(value);
    }
  }
  return { who, method: op.method, url, headers, body, label: `${op.method} ${op.route} ${who} ${mode}`, mustRefuse: false };
}

/** Requests every one of which must be refused; the database must not change. */
function refusedRequests(op: Operation, r: Rng): Req[] {
  const out: Req[] = [];
  const jsonBody = () => (op.body ? JSON.stringify(validValue(doc, op.body, r, pools, 0.2)) : '{}');
  const withBody = (h: Record<string, string>) => (op.method === 'GET' || op.method === 'DELETE' ? {} : { body: jsonBody(), headers: { ...h, 'content-type': 'application/json' } });
  const base = (who: Who, label: string, headers: Record<string, string>, url = urlOf(op, r, true, true)): Req => ({
    who,
    method: op.method,
    url,
    headers,
    label: `${op.method} ${op.route} ${who} ${label}`,
    mustRefuse: true,
    ...withBody(headers),
  });
  if (!allows('anonymous', op)) out.push(base('anonymous', 'no session', {}));
  if (STATE_CHANGING.has(op.method) && !allows('anonymous', op)) {
    out.push(base(r.pick(['admin', 'editor', 'viewer'] as const), 'no CSRF token', headersOf('admin', op.method, 'missing')));
    out.push(base('admin', 'forged CSRF token', headersOf('admin', op.method, 'forged')));
  }
  for (const who of ['viewer', 'editor'] as const) {
    if (!allows(who, op)) out.push(base(who, 'no permission', headersOf(who, op.method)));
  }
  if (op.route.endsWith('/logout')) return out;
  const strictParam = op.pathParams.find((p) => p.schema.format === 'uuid' || p.schema.type === 'integer' || Array.isArray(p.schema.enum));
  if (strictParam && allows('admin', op)) {
    let p = op.path;
    for (const param of op.pathParams) {
      // '%2e%2e' alone is a '..' segment the URL parser resolves before sending: '%2e%2e%2f' reaches the server.
      const bad = r.pick(['not-a-uuid', 'abc', '%2e%2e%2f', '%00', '1.5e3x', 'A'.repeat(80), encode('\u202e٣')]);
      p = p.replace(`{${param.name}}`, param === strictParam ? bad : pathValue(doc, param.schema, r, pools, true));
    }
    out.push(base('admin', `bad path ${strictParam.name}`, headersOf('admin', op.method), p + queryString(doc, op, r, pools, true)));
  }
  if (op.body && allows('admin', op) && STATE_CHANGING.has(op.method)) {
    const { body, certain } = invalidBody(doc, op.body, r, pools);
    if (certain) {
      const headers = { ...headersOf('admin', op.method), 'content-type': 'application/json' };
      out.push({ who: 'admin', method: op.method, url: urlOf(op, r, true, true), headers, body: JSON.stringify(body), label: `${op.method} ${op.route} admin wrong body ${JSON.stringify(body).slice(0, 160)}`, mustRefuse: true });
    }
  }
  return out;
}

const SHAPE_KEYS = new Set(['code', 'message', 'details']);

function check(req: Req, status: number, contentType: string, text: string): string | null {
  if (status >= 500) return `${status} ${text.slice(0, 300)} — request body: ${typeof req.body === 'string' ? req.body.slice(0, 1500) : req.body ? 'multipart' : '—'}`;
  if (req.mustRefuse && (status < 400 || status >= 500)) return `expected a refusal, got ${status} ${text.slice(0, 200)}`;
  if (status >= 400) {
    if (!contentType.includes('application/json')) return `${status} without JSON (${contentType}): ${text.slice(0, 200)}`;
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      return `${status} with unparsable JSON: ${text.slice(0, 200)}`;
    }
    const e = body?.error;
    if (!e || typeof e !== 'object' || Object.keys(body).length !== 1) return `${status} not in the error shape: ${text.slice(0, 200)}`;
    if (typeof e.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(e.code)) return `${status} error code ${String(e.code)}`;
    if (typeof e.message !== 'string' || !e.message.trim()) return `${status} error without a message`;
    if (Object.keys(e).some((k) => !SHAPE_KEYS.has(k))) return `${status} error with extra keys: ${Object.keys(e).join(',')}`;
  }
  return null;
}

async function send(req: Req): Promise<Outcome> {
  sent++;
  const started = performance.now();
  const route = req.label.split(' ').slice(0, 2).join(' ');
  try {
    const res = await fetch(s.base + req.url, { method: req.method, headers: req.headers, body: req.body, redirect: 'manual', signal: AbortSignal.timeout(90_000) });
    const text = await res.text();
    timeByRoute.set(route, (timeByRoute.get(route) ?? 0) + performance.now() - started);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    return { req, status: res.status, problem: check(req, res.status, res.headers.get('content-type') ?? '', text) };
  } catch (err) {
    return { req, status: 0, problem: `no answer: ${(err as Error).message}` };
  }
}

async function runAll(reqs: Req[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (i < reqs.length) out.push(await send(reqs[i++]!));
    }),
  );
  return out;
}

function problems(outcomes: Outcome[]): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const o of outcomes) {
    if (!o.problem) continue;
    const key = `${o.req.label.split(' ').slice(0, 2).join(' ')} ${o.problem.slice(0, 60)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(`${o.req.label} → ${o.req.url.slice(0, 200)} :: ${o.problem}`);
  }
  return list.slice(0, 30);
}

describe(`fuzzing from openapi.json (seed ${SEED})`, () => {
  it('covers every API route the server registers', () => {
    const documented = new Set(OPS.map((o) => `${o.method} ${o.route}`));
    const missing = s.app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((k) => !documented.has(k));
    expect(missing, 'routes missing from openapi.json (run npm run openapi)').toEqual([]);
  });

  it('refused requests change nothing in the database', async () => {
    const r = new Rng(SEED);
    const reqs: Req[] = [];
    for (let round = 0; round < 12; round++) for (const op of OPS) reqs.push(...refusedRequests(op, r));
    reqs.push(...Array.from({ length: 200 }, () => ({ who: 'admin' as const, method: r.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']), url: `/api/v1/${encode(hostileString(r).slice(0, 200))}`, headers: headersOf('admin', 'POST'), label: 'unknown path', mustRefuse: true })));
    const before = await databaseChecksum(s.db);
    const outcomes = await runAll(reqs);
    const after = await databaseChecksum(s.db);
    expect(problems(outcomes)).toEqual([]);
    expect(diffChecksums(before, after)).toEqual([]);
    expect(outcomes.length).toBe(reqs.length);
    console.info(`fuzz: ${reqs.length} refused requests, database unchanged`);
  }, 120_000);

  it('answers generated requests on every route without a 5xx and with the error shape on every 4xx', async () => {
    const r = new Rng(SEED + 1);
    // Logging out ends the session the other requests use: only the refused batch sends it.
    const ops = OPS.filter((o) => !o.route.endsWith('/logout'));
    const reqs: Req[] = [];
    for (let i = 0; i < MIXED; i++) reqs.push(mixedRequest(ops[i % ops.length]!, r));
    const started = Date.now();
    const outcomes = await runAll(reqs);
    expect(problems(outcomes)).toEqual([]);
    // The fuzzing accounts are still signed in: the requests above really ran as them.
    for (const c of clients.values()) expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    const seconds = (Date.now() - started) / 1000;
    const byStatus = [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(' ');
    const slowest = [...timeByRoute.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join('; ');
    console.info(`fuzz: ${sent} requests in total over ${OPS.length} operations (seed ${SEED}); mixed phase ${reqs.length} in ${seconds.toFixed(1)} s; statuses ${byStatus}; most time: ${slowest}`);
    expect(sent).toBeGreaterThanOrEqual(20_000);
  }, 420_000);
});
