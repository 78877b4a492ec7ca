// `npm run bench`: figures on a synthetic national-scale structure, printed as a table of medians
// and p95. Everything runs on loopback against an embedded PostgreSQL in the system temp folder.
import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createPool, type Db } from '../src/platform/db/db.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { ensureDatabase, makeTempDataDir, startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { findAncestorIds, findSubtreeIds } from '../src/platform/db/hierarchy.ts';
import { findVersionsAsOf, searchVersions } from '../src/modules/org-units/org-units.repository.ts';
import { computeTree } from '../src/modules/org-units/org-units.presenter.ts';
import { generateNationalStructure, type Scale } from '../src/seed/national.seed.ts';
import { benchPlans } from './plans.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchDashboards } from './dashboard.bench.ts';
import { benchCdt } from './cdt.bench.ts';
import { benchLoad } from './load.bench.ts';
import { benchPortal } from './portal.bench.ts';

const SCALE: Scale = {
  provinces: 34,
  districtsPerProvince: 20,
  oldCommunesPerDistrict: 15,
  newCommunesPerProvince: 97, // ≈ 3,300 commune-level units
  teamsPerCommune: 30, // ≈ 100,000 community digital technology teams
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 25);
/** One part only (e.g. BENCH_ONLY=cdt), after the structure: for working on that part. */
const ONLY = process.env.BENCH_ONLY ?? null;
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
// The load run: 200 clients for 60 s by default; `--quick` 50 clients for 10 s; LOAD_CLIENTS and LOAD_SECONDS override.
const LOAD = {
  clients: Number(process.env.LOAD_CLIENTS ?? (QUICK ? 50 : 200)),
  seconds: Number(process.env.LOAD_SECONDS ?? (QUICK ? 10 : 60)),
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

type Row = { name: string; rows: number; median: number; p95: number; n: number };

export async function measure(name: string, fn: () => Promise<number>): Promise<Row> {
  await fn(); // warm-up
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    rows = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name, rows, median: quantile(times, 0.5), p95: quantile(times, 0.95), n: ITERATIONS };
}

export function printTable(title: string, rows: Row[]): void {
  const fmt = (x: number) => x.toFixed(1).padStart(9);
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`${'benchmark'.padEnd(58)} ${'rows'.padStart(8)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'n'.padStart(4)}\n`);
  process.stdout.write(`${'-'.repeat(92)}\n`);
  for (const r of rows) process.stdout.write(`${r.name.padEnd(58)} ${String(r.rows).padStart(8)} ${fmt(r.median)} ${fmt(r.p95)} ${String(r.n).padStart(4)}\n`);
}

async function main() {
  const dir = makeTempDataDir('lantoa-bench-');
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  let db: Db | null = null;
  try {
    // `--load-only`: just the load run on the Đà Nẵng demo data.
    await ensureDatabase(server, 'load');
    const loadDb = createPool(server.url('load'), 10);
    try {
      await migrate(loadDb);
      if (args.includes('--load-only')) {
        const { errors } = await benchLoad(loadDb, LOAD, (m) => process.stdout.write(`${m}\n`));
        if (errors) process.exitCode = 1;
        return;
      }
    } finally {
      if (args.includes('--load-only')) await loadDb.end();
    }
    await ensureDatabase(server, 'bench');
    db = createPool(server.url('bench'), 4);
    await migrate(db);
    const t0 = performance.now();
    const g = await generateNationalStructure(db, SCALE);
    process.stdout.write(
      `Cấu trúc tổng hợp: ${g.units.toLocaleString('vi-VN')} đơn vị, ${g.versions.toLocaleString('vi-VN')} phiên bản ` +
        `(${SCALE.provinces} tỉnh, ${g.newCommunes.toLocaleString('vi-VN')} xã/phường, ${g.teams.toLocaleString('vi-VN')} tổ CNSCĐ) ` +
        `— nạp trong ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
    const p = g.sampleProvinceId;
    if (ONLY === 'cdt') {
      printTable(`Tổ công nghệ số cộng đồng — ${ITERATIONS} lần đo mỗi dòng`, await benchCdt(db, g, measure, (m) => process.stdout.write(`${m}\n`)));
      return;
    }
    // BENCH_ONLY=portal measures the portal section alone (on the same structure).
    if (ONLY === 'portal') {
      process.stdout.write('\nCổng thông tin và tìm kiếm:\n');
      printTable(`Tìm kiếm nội dung — ${ITERATIONS} lần đo mỗi dòng`, await benchPortal(db, measure, (m) => process.stdout.write(`${m}\n`)));
      return;
    }
    const results: Row[] = [];
    results.push(await measure('tree as of 2025-08-01, one province (query + nesting)', async () => {
      const rows = await findVersionsAsOf(db!, '2025-08-01', p);
      computeTree(rows, p);
      return rows.length;
    }));
    results.push(await measure('tree as of 2024-06-01, one province (districts era)', async () => {
      const rows = await findVersionsAsOf(db!, '2024-06-01', p);
      computeTree(rows, p);
      return rows.length;
    }));
    results.push(await measure('tree as of 2025-08-01, whole country, depth 2', async () => (await findVersionsAsOf(db!, '2025-08-01', g.countryId, 2)).length));
    results.push(await measure('all units valid on 2025-08-01 (flat, whole country)', async () => (await findVersionsAsOf(db!, '2025-08-01')).length));
    results.push(await measure('subtree ids of one province, 2025-08-01', async () => (await findSubtreeIds(db!, [p], '2025-08-01')).length));
    results.push(await measure('subtree ids of one commune, 2025-08-01', async () => (await findSubtreeIds(db!, [g.sampleCommuneId], '2025-08-01')).length));
    results.push(await measure('subtree ids of the whole country, 2025-08-01', async () => (await findSubtreeIds(db!, [g.countryId], '2025-08-01')).length));
    results.push(await measure('ancestors of a CDT team (scope check)', async () => (await findAncestorIds(db!, g.sampleTeamId, '2025-08-01')).length));
    results.push(await measure('search "xa 12" folded, all periods, top 20', async () => (await searchVersions(db!, 'xa 12', { includeHistorical: true, limit: 20 })).length));
    printTable(`Cây đơn vị theo thời gian — ${ITERATIONS} lần đo mỗi dòng`, results);
    printTable(`Kế hoạch và dự toán — ${ITERATIONS} lần đo mỗi dòng`, await benchPlans(db, p, measure));
    printTable(`Tổ công nghệ số cộng đồng — ${ITERATIONS} lần đo mỗi dòng`, await benchCdt(db, g, measure, (m) => process.stdout.write(`${m}\n`)));
    await benchExport(db);
    process.stdout.write('\nChỉ tiêu và bảng điều khiển:\n');
    printTable(`Bảng điều khiển (ấm) — ${ITERATIONS} lần đo mỗi dòng`, await benchDashboards(db, g, measure, (m) => process.stdout.write(`${m}\n`)));
    process.stdout.write('\nCổng thông tin và tìm kiếm:\n');
    printTable(`Tìm kiếm nội dung — ${ITERATIONS} lần đo mỗi dòng`, await benchPortal(db, measure, (m) => process.stdout.write(`${m}\n`)));
    await db.end();
    db = null;
    const { errors } = await benchLoad(loadDb, LOAD, (m) => process.stdout.write(`${m}\n`));
    await loadDb.end();
    if (errors) process.exitCode = 1;
  } finally {
    await db?.end();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
