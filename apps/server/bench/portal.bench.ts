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
const LOAD_BUDGET_S = Number(process.env.BENCH_CONTENT_BUDGET_S ?? 720);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const HTTP_CONCURRENCY = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 16);

const PHRASES = [
  'chuyển đổi số', 'dịch vụ công trực tuyến', 'định danh điện tử', 'an toàn thông tin', 'kỹ năng số', 'doanh nghiệp nhỏ và vừa',
  'học sinh trung học', 'giáo dục và đào tạo', 'y tế cơ sở', 'nông nghiệp công nghệ cao', 'du lịch thông minh', 'thanh toán không dùng tiền mặt',
  'hạ tầng số', 'dữ liệu dân cư', 'chính quyền số', 'tổ công nghệ số cộng đồng', 'hướng dẫn người cao tuổi', 'ứng dụng của thành phố',
  'cán bộ phường xã', 'lừa đảo trên mạng', 'mạng xã hội', 'điện thoại thông minh', 'tài khoản ngân hàng', 'hồ sơ thủ tục hành chính',
  'văn hóa số', 'kinh tế số', 'xã hội số', 'nền tảng số', 'đồng bào dân tộc thiểu số', 'Ngày Chuyển đổi số quốc gia',
];
const KINDS = ['article', 'story', 'guide', 'infographic', 'video', 'handbook', 'faq', 'key_message', 'official_document'];
const AUDIENCES = ['citizens', 'officials', 'businesses', 'students', 'elderly', 'leaders', 'ethnic_minorities'];
const SEARCH_INDEXES = ['content_item_tsv', 'content_item_title_gist', 'content_item_tags'];

/**
 * Synthetic published items (texts made of real phrases, so phrases and words match as they
 * would), in batches of 100,000 with the search indexes built once at the end, until ITEMS or the
 * time budget.
 */
async function loadItems(db: Db, log: (m: string) => void): Promise<number> {
  const units = (await db.query<{ unit_id: string }>(`SELECT DISTINCT unit_id FROM org_unit_version WHERE type IN ('commune', 'ward') LIMIT 2000`)).rows.map((r) => r.unit_id);
  const t0 = performance.now();
  // 5,000 titles and bodies, each a different draw of phrases; items reuse them with their own number.
  await db.query(
    `CREATE TEMP TABLE bench_text AS
     SELECT n, (SELECT string_agg(($1::text[])[1 + ((n * 7 + j * 13 + j * j) % cardinality($1::text[]))], ', ') FROM generate_series(1, 3) j) AS title,
               (SELECT string_agg(($1::text[])[1 + ((n * 31 + j * 17) % cardinality($1::text[]))], ', ') || '.' FROM generate_series(1, 12) j) AS body
       FROM generate_series(0, 4999) n`,
    [PHRASES],
  );
  const indexDefs = (await db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1::text[])`, [SEARCH_INDEXES])).rows.map((r) => r.indexdef);
  for (const name of SEARCH_INDEXES) await db.query(`DROP INDEX IF EXISTS ${name}`);
  let done = 0;
  const batch = 100_000;
  while (done < ITEMS && (performance.now() - t0) / 1000 < LOAD_BUDGET_S) {
    const n = Math.min(batch, ITEMS - done);
    await db.query(
      `INSERT INTO content_item (kind, title, slug, summary, body_html, body_text, unit_id, in_column, audiences, tags, status, published_at, is_demo)
       SELECT ($3::text[])[1 + i % 9], upper(left(t.title, 1)) || substr(t.title, 2) || ' (' || i || ')', 'bench-' || i, left(b.body, 140),
              '<p>' || b.body || '</p>', b.body, ($4::uuid[])[1 + i % cardinality($4::uuid[])], i % 3 = 0,
              ARRAY[($5::text[])[1 + i % 7], ($5::text[])[1 + (i / 7) % 7]], ARRAY['chủ đề ' || (i % 50)], 'published',
              timestamptz '2022-01-01' + (i % 1400) * interval '1 day' + (i % 86400) * interval '1 second', true
         FROM generate_series($1::int, $2::int) i
         JOIN bench_text t ON t.n = i % 5000
         JOIN bench_text b ON b.n = (i / 5000 + i) % 5000`,
      [done + 1, done + n, KINDS, units, AUDIENCES],
    );
    done += n;
  }
  const tl = performance.now();
  for (const def of indexDefs) await db.query(def);
  await db.query('ANALYZE content_item');
  log(
    `  ${done.toLocaleString('vi-VN')} nội dung đã đăng: nạp ${((tl - t0) / 1000).toFixed(1)} s, chỉ mục tìm kiếm ${((performance.now() - tl) / 1000).toFixed(1)} s` +
      `${done < ITEMS ? ` (dừng ở giới hạn ${LOAD_BUDGET_S} s)` : ''}`,
  );
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
    await measure('search "dinh danh dien tu lua dao" (words together)', () => search('dinh danh dien tu lua dao')),
    await measure('search phrase "\\"dich vu cong truc tuyen\\""', () => search('"dich vu cong truc tuyen"')),
    await measure('search "kinh te so" (one word pair)', () => search('kinh te so')),
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
