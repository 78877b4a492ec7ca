import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/platform/db/db.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { downloadAs, uploadAs } from './transfer.ts';
import { databaseChecksum, diffChecksums } from './checksum.ts';
import { operationsOf, validValue, Rng, type Operation, type Schema } from './fuzz/generate.ts';

/**
 * Inputs that attack, on every route or field the contract lists: stored XSS in what the portal
 * renders, SQL injection in every list filter, hostile uploads, oversized bodies, spreadsheet
 * formulas in every export.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const doc: Schema = JSON.parse(readFileSync(path.resolve(here, '../openapi.json'), 'utf8'));
const OPS = operationsOf(doc);
const NO_POOLS = { ids: [], codes: [] };

let s: TestServer;
let admin: Client;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
});
afterAll(async () => s?.close());

/** Text columns that are shown to people (names, titles, contents), in every table. */
const SHOWN = /(^|_)(name|title|content|duty|objective|issuer|description|summary|note|address|overview|message|reason|comment|conclusion|label|head_name)$/;

/** Puts `prefix` in front of the shown text of up to 40 rows of every table; a value a constraint refuses is left as it was. */
async function plant(db: Db, prefix: string): Promise<number> {
  const { rows: cols } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying') AND c.table_name NOT IN ('audit_log')`,
  );
  let planted = 0;
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    for (const c of cols.filter((x) => SHOWN.test(x.column_name))) {
      await client.query('SAVEPOINT p');
      try {
        const res = await client.query(
          `UPDATE "${c.table_name}" SET "${c.column_name}" = $1 || "${c.column_name}"
            WHERE ctid IN (SELECT ctid FROM "${c.table_name}" WHERE "${c.column_name}" IS NOT NULL LIMIT 40)`,
          [prefix],
        );
        planted += res.rowCount ?? 0;
        await client.query('RELEASE SAVEPOINT p');
      } catch {
        await client.query('ROLLBACK TO SAVEPOINT p');
      }
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return planted;
}

function fill(op: Operation, overrides: Record<string, string> = {}): string {
  const r = new Rng(7);
  let p = op.path;
  for (const param of op.pathParams) p = p.replace(`{${param.name}}`, param.schema.type === 'integer' ? '2025' : encodeURIComponent(String(validValue(doc, param.schema, r, NO_POOLS, 0))));
  const parts: string[] = [];
  for (const q of op.query) {
    if (q.name in overrides) parts.push(`${q.name}=${encodeURIComponent(overrides[q.name]!)}`);
    else if (q.required) parts.push(`${q.name}=${encodeURIComponent(String(q.schema.type === 'integer' ? 2025 : validValue(doc, q.schema, r, NO_POOLS, 0)))}`);
  }
  return p + (parts.length ? `?${parts.join('&')}` : '');
}

describe('stored XSS', () => {
  const PAYLOAD = `<script>alert("xss")</script><img src=x onerror=alert(1)><svg/onload=alert(2)>"'><a href="javascript:alert(3)">`;

  it('renders every planted payload escaped on the portal pages', async () => {
    expect(await plant(s.db, PAYLOAD)).toBeGreaterThan(20);
    for (const page of ['/', '/de-an', '/tien-do', '/tien-do?nam=2025']) {
      const res = await fetch(s.base + page);
      const text = await res.text();
      expect(res.status, page).toBe(200);
      expect(text, page).not.toContain('<script>alert');
      expect(text, page).not.toMatch(/<img src=x/i);
      expect(text, page).not.toMatch(/<svg\/onload/i);
      expect(text, page).not.toMatch(/href="javascript:/i);
      // An event handler in a tag (quoted attribute values, where escaped text may sit, left aside).
      const tags = text.replace(/"[^"]*"/g, '""');
      const m = /<[^>]*\son(error|load)=/i.exec(tags);
      expect(m ? tags.slice(Math.max(0, m.index - 200), m.index + 200) : null, page).toBeNull();
      // The payload is there, as text: the escaping was tested, not an empty page.
      if (page === '/de-an') expect(text).toContain('&lt;script&gt;alert(');
    }
  });

  it('keeps raw HTML out of the admin UI source', () => {
    const root = path.resolve(here, '../../admin/src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(tsx?|jsx?)$/.test(f) && /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(p, 'utf8')))
          offenders.push(path.relative(root, p));
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });

  it('answers the API as JSON only, never as HTML a browser would render', async () => {
    const res = await admin.get('/api/v1/programmes');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('SQL injection in every list filter', () => {
  const INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE app_user; --",
    "1' AND (SELECT pg_sleep(3)) IS NULL --",
    "' || (SELECT pg_sleep(3))::text || '",
    "%' UNION SELECT password_hash, null FROM app_user --",
    '1) OR (1=1',
    '\\',
    "$$; SELECT 1; $$",
  ];

  it('treats every injection in every string query parameter of every GET route as plain data', async () => {
    const before = await databaseChecksum(s.db);
    const gets = OPS.filter((o) => o.method === 'GET' && o.query.some((q) => q.schema.type === 'string' && !q.schema.enum && !q.schema.format));
    expect(gets.length).toBeGreaterThan(10);
    let checked = 0;
    for (const op of gets) {
      for (const q of op.query.filter((x) => x.schema.type === 'string' && !x.schema.enum && !x.schema.format)) {
        const nothing = await admin.get(fill(op, { [q.name]: 'khong-co-gi-zzqx' }));
        for (const inj of INJECTIONS) {
          const started = Date.now();
          const res = await admin.get(fill(op, { [q.name]: inj }));
          const ms = Date.now() - started;
          const where = `${op.method} ${op.path} ${q.name}=${inj}`;
          expect(res.status, `${where}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
          expect(ms, `${where} took ${ms} ms: pg_sleep ran`).toBeLessThan(2500);
          // An injection into a search matches no more than any other unknown text.
          if (res.status === 200 && nothing.status === 200 && typeof res.body?.total === 'number') expect(res.body.total, where).toBeLessThanOrEqual(nothing.body.total);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    const after = await databaseChecksum(s.db);
    // Large exports may queue a job; no other table changes.
    expect(diffChecksums(before, after).filter((d) => !/^public\.(job|stored_file)\b|^pgboss\./.test(d))).toEqual([]);
  }, 120_000);
});

describe('uploads', () => {
  it('refuses a web page or a program disguised as an image, a PDF or a document', async () => {
    const cases: [string, string | Buffer][] = [
      ['anh.png', '<html><script>alert(1)</script></html>'],
      ['bao-cao.pdf', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['bang.xlsx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)])],
      ['van-ban.docx', '%PDF-1.4\n%%EOF\n'],
      ['trang.html', '<html></html>'],
      ['hinh.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ];
    for (const [name, data] of cases) {
      const up = await uploadAs(admin, '/api/v1/files', { name, data, type: 'image/png' });
      expect(up.status, `${name}: ${JSON.stringify(up.body)}`).toBe(415);
      expect(up.body.error.code).toBe('FILE_TYPE_REFUSED');
    }
  });

  it('serves text that looks like HTML as a plain-text attachment, never inline', async () => {
    const up = await uploadAs(admin, '/api/v1/files', { name: 'ghi-chu.txt', data: '<html><script>alert(1)</script></html>' });
    expect(up.status).toBe(201);
    const down = await downloadAs(admin, up.body.url);
    expect(down.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(down.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('strips every folder from a file name, encoded or not, and stores the bytes only under the storage folder', async () => {
    for (const name of ['../../../../etc/cron.d/x.txt', '..%2F..%2Fx.txt', 'C:\\Windows\\System32\\x.txt', '/etc/passwd.txt', '....//....//x.txt']) {
      const up = await uploadAs(admin, '/api/v1/files', { name, data: 'Xin chào' });
      expect(up.status, name).toBe(201);
      expect(up.body.name, name).not.toMatch(/[/\\]|^\./);
    }
    const { rows } = await s.db.query<{ storage_key: string }>(`SELECT sha256 AS storage_key FROM stored_file`);
    for (const r of rows) expect(r.storage_key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('oversized bodies', () => {
  it('answers 413 in the error shape on every route taking a JSON body, and changes nothing', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(1_200_000) });
    const before = await databaseChecksum(s.db);
    const routes = OPS.filter((o) => o.body && o.method !== 'GET');
    expect(routes.length).toBeGreaterThan(30);
    for (const op of routes) {
      const r = await fetch(s.base + fill(op), {
        method: op.method,
        headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrf!, 'content-type': 'application/json' },
        body: big,
      });
      const body = (await r.json()) as { error: unknown };
      expect(r.status, `${op.method} ${op.path}`).toBe(413);
      expect(body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn' });
    }
    expect(diffChecksums(before, await databaseChecksum(s.db))).toEqual([]);
  });
});

describe('spreadsheet formulas in exports', () => {
  const FORMULAS = ['=HYPERLINK("http://x.example","bấm")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

  it('neutralises formula-like text in every CSV and XLSX export the contract lists', async () => {
    let planted = 0;
    for (const f of FORMULAS) planted += await plant(s.db, f);
    expect(planted).toBeGreaterThan(50);
    const exports = OPS.filter((o) => o.method === 'GET' && /\/export$/.test(o.route) && o.query.some((q) => q.name === 'format'));
    expect(exports.length).toBeGreaterThanOrEqual(5);
    let cells = 0;
    let neutralised = 0;
    for (const op of exports) {
      for (const format of ['csv', 'xlsx']) {
        let url = fill(op, { format });
        if (op.pathParams.some((p) => p.schema.type !== 'integer')) {
          // An export of one object (a class's participants): the first object of its list.
          const list = await admin.get(op.path.split('/{')[0]!);
          const id = (list.body.items as { id: string }[] | undefined)?.[0]?.id;
          expect(id, `${op.path}: an object to export`).toBeTruthy();
          url = fill({ ...op, path: op.path.replace(/\{[^}]+\}/, id!) }, { format });
        }
        const res = await downloadAs(admin, url);
        expect(res.status, `${op.path} ${format}: ${res.data.toString('utf8').slice(0, 200)}`).toBeLessThan(300);
        if (res.status !== 200) continue; // a large export runs as a job: the same writer, tested in exports.test.ts
        if (format === 'csv') {
          for (const field of parseCsv(res.data.toString('utf8').replace(/^\ufeff/, ''))) {
            cells++;
            if (/^'[=+\-@\t\r]/.test(field)) neutralised++;
            if (/^[=+\-@\t\r]/.test(field)) expect(field, `${op.path} csv`).toMatch(/^-?\d+([.,]\d+)?$/);
          }
        } else {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(res.data as unknown as ArrayBuffer);
          wb.eachSheet((ws) =>
            ws.eachRow((row) =>
              row.eachCell((cell) => {
                cells++;
                expect(cell.formula, `${op.path} xlsx ${cell.address}`).toBeUndefined();
                expect(cell.type, `${op.path} xlsx ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
              }),
            ),
          );
        }
      }
    }
    expect(cells).toBeGreaterThan(200);
    // The planted formulas did reach the exports (as neutralised text).
    expect(neutralised).toBeGreaterThan(10);
  }, 60_000);
});

/** RFC 4180 fields (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
    }
    out.push(field);
    if (text[i] === ',') i++;
    else while (text[i] === '\r' || text[i] === '\n') i++;
  }
  return out;
}
