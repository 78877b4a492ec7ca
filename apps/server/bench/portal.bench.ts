import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/platform/db/db.ts';
import { searchPublishedItems } from '../src/modules/content/index.ts';

type Measure = (name: string, fn: () => Promise<number>) => Promise<{ name: string; rows: number; median: number; p95: number; n: number }>;

const ITEMS = Number(process.env.BENCH_CONTENT_ITEMS ?? 1_000_000);
/** Loading stops after this many seconds even if fewer items are in (the table says how many). */
const LOAD_BUDGET_S = Number(process.env.BENCH_CONTENT_BUDGET_S ?? 300);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const HTTP_CONCURRENCY = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 16);

const WORDS = (
  'chuyển đổi số dịch vụ công trực tuyến người dân định danh điện tử an toàn thông tin kỹ năng doanh nghiệp học sinh giáo dục ' +
  'y tế nông nghiệp du lịch thanh toán không tiền mặt hạ tầng dữ liệu chính quyền cộng đồng tổ hướng dẫn ứng dụng thành phố ' +
  'phường xã cán bộ văn hóa lừa đảo mạng xã hội điện thoại thông minh tài khoản bảo mật hồ sơ thủ tục hành chính'
).split(' ');
const KINDS = ['article', 'story', 'guide', 'infographic', 'video', 'handbook', 'faq', 'key_message', 'official_document'];
const AUDIENCES = ['citizens', 'officials', 'businesses', 'students', 'elderly', 'leaders', 'ethnic_minorities'];

/** Synthetic published items in batches of 50,000 (set-based), until ITEMS or the time budget. */
async function loadItems(db: Db, log: (m: string) => void): Promise<number> {
  const units = (await db.query<{ unit_id: string }>(`SELECT DISTINCT unit_id FROM org_unit_version WHERE type IN ('commune', 'ward') LIMIT 2000`)).rows.map((r) => r.unit_id);
  const t0 = performance.now();
  let done = 0;
  const batch = 50_000;
  while (done < ITEMS && (performance.now() - t0) / 1000 < LOAD_BUDGET_S) {
    const n = Math.min(batch, ITEMS - done);
    await db.query(
      `WITH w AS (SELECT $3::text[] AS a), s AS (
         SELECT i,
                (SELECT string_agg(w.a[1 + ((i * 7919 + j * 104729) % cardinality(w.a))], ' ') FROM w, generate_series(1, 8) j) AS title,
                (SELECT string_agg(w.a[1 + ((i * 31 + j * 7 + j * j) % cardinality(w.a))], ' ') FROM w, generate_series(1, 40) j) AS body
           FROM generate_series($1::int, $2::int) i)
       INSERT INTO content_item (kind, title, slug, summary, body_html, body_text, unit_id, in_column, audiences, tags, status, published_at, is_demo)
       SELECT ($4::text[])[1 + i % 9], initcap(title) || ' ' || i, 'bench-' || i, left(body, 120), '<p>' || body || '</p>', body,
              ($5::uuid[])[1 + i % cardinality($5::uuid[])], i % 3 = 0,
              ARRAY[($6::text[])[1 + i % 7], ($6::text[])[1 + (i / 7) % 7]], ARRAY['chủ đề ' || (i % 50)], 'published',
              timestamptz '2022-01-01' + (i % 1400) * interval '1 day' + (i % 86400) * interval '1 second', true
         FROM s`,
      [done + 1, done + n, WORDS, KINDS, units, AUDIENCES],
    );
    done += n;
  }
  await db.query('ANALYZE content_item');
  log(`  ${done.toLocaleString('vi-VN')} nội dung đã đăng, nạp trong ${((performance.now() - t0) / 1000).toFixed(1)} s${done < ITEMS ? ` (dừng ở giới hạn ${LOAD_BUDGET_S} s)` : ''}`);
  return done;
}

type HttpRow = { name: string; bytes: number; rps: number; p50: number; p99: number; requests: number };

/** Keep-alive GETs from HTTP_CONCURRENCY loops for HTTP_SECONDS; requests per second and p99 latency. */
async function load(name: string, url: string): Promise<HttpRow> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: HTTP_CONCURRENCY });
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(url, { agent }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`))));
      });
      req.on('error', reject);
    });
  const bytes = await get();
  for (let i = 0; i < 50; i++) await get();
  const times: number[] = [];
  const end = performance.now() + HTTP_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: HTTP_CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await get();
        times.push(performance.now() - t);
      }
    }),
  );
  agent.destroy();
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { name, bytes, rps: times.length / HTTP_SECONDS, p50: q(0.5), p99: q(0.99), requests: times.length };
}

function printHttp(title: string, rows: HttpRow[]) {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`${'benchmark'.padEnd(58)} ${'bytes'.padStart(8)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}\n`);
  process.stdout.write(`${'-'.repeat(95)}\n`);
  for (const r of rows) {
    process.stdout.write(`${r.name.padEnd(58)} ${String(r.bytes).padStart(8)} ${r.rps.toFixed(0).padStart(9)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}\n`);
  }
}

/**
 * The public portal at a million items: search p95 in the database, and the article and column
 * pages over HTTP (the in-process page cache warm, as readers meet it), each beside a static file
 * of the same size served by Fastify as the ceiling.
 */
export async function benchPortal(db: Db, measure: Measure, log: (m: string) => void) {
  const total = await loadItems(db, log);
  const search = async (q: string, extra: Partial<Parameters<typeof searchPublishedItems>[1]> = {}) =>
    (await searchPublishedItems(db, { q, limit: 10, offset: 0, ...extra })).items.length;
  const rows = [
    await measure(`search "chuyen doi so" (very common, ${(total / 1e6).toFixed(1)} M items)`, () => search('chuyen doi so')),
    await measure('search "dinh danh dien tu lua dao" (rarer words)', () => search('dinh danh dien tu lua dao')),
    await measure('search phrase "\\"dich vu cong truc tuyen\\""', () => search('"dich vu cong truc tuyen"')),
    await measure('search "Chuyển đổi số" with kind and year facets', () => search('Chuyển đổi số', { kind: 'guide', year: 2024 })),
    await measure('search with a typo "chuyenn doii soo" (suggestions)', () => search('chuyenn doii soo')),
  ];

  const storage = mkdtempSync(path.join(os.tmpdir(), 'lantoa-bench-files-'));
  const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LANTOA_STORAGE_DIR: storage, LANTOA_WORKER: 'off' }), port: 0 };
  const app = await buildApp({ config, db, worker: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-bench-static-'));
  const ceiling = Fastify({ logger: false });
  await ceiling.register(fastifyStatic, { root: staticDir });
  await ceiling.listen({ port: 0, host: '127.0.0.1' });
  const staticBase = `http://127.0.0.1:${(ceiling.server.address() as { port: number }).port}`;
  try {
    const sample = (await db.query<{ slug: string; unit_id: string }>(`SELECT slug, unit_id FROM content_item WHERE status = 'published' AND in_column ORDER BY published_at DESC LIMIT 1`)).rows[0]!;
    const pages: HttpRow[] = [];
    for (const [name, p] of [
      ['article page', `/noi-dung/${sample.slug}`],
      ['unit column page (page 1)', `/chuyen-muc/${sample.unit_id}`],
    ] as const) {
      const page = await load(`portal ${name}`, base + p);
      const body = await (await fetch(base + p)).text();
      const file = `${name.replace(/\W+/g, '-')}.html`;
      writeFileSync(path.join(staticDir, file), body);
      pages.push(page, await load(`  ceiling: static file of the same size`, `${staticBase}/${file}`));
    }
    printHttp(`Cổng thông tin — ${HTTP_CONCURRENCY} kết nối, ${HTTP_SECONDS} s mỗi dòng, bộ nhớ đệm trang đã ấm`, pages);
  } finally {
    await app.close();
    await ceiling.close();
    rmSync(storage, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  }
  return rows;
}
