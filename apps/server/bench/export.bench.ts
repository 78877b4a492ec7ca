import { Writable } from 'node:stream';
import type { ExportFormat } from '@lantoa/contracts/exchange';
import { streamRows } from '../src/platform/db/cursor.ts';
import type { Db } from '../src/platform/db/db.ts';
import { writeExport, type ExportRecord } from '../src/platform/exports/exporter.ts';
import { UNIT_COLUMNS } from '../src/modules/org-units/org-units.exports.ts';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
/** XLSX is the figure asked for (median of 3); CSV, much cheaper, is measured once beside it. */
const ITERATIONS = Number(process.env.BENCH_EXPORT_ITERATIONS ?? 3);
const CSV_ITERATIONS = Number(process.env.BENCH_EXPORT_CSV_ITERATIONS ?? 1);

/** The unit list's columns over a million synthetic rows made by PostgreSQL itself. */
const SQL = `
  SELECT 'T' || lpad(g::text, 7, '0') AS code,
         'Tổ công nghệ số cộng đồng thôn ' || g || ', xã ' || (g % 3300) AS name,
         CASE WHEN g % 7 = 0 THEN '=TỔ ' || g END AS short_name,
         'Tổ công nghệ số cộng đồng' AS type,
         'Tổ công nghệ số cộng đồng' AS grp,
         'Xã ' || (g % 3300) || ' tỉnh ' || (g % 34) AS parent,
         g % 13 AS child_count,
         (date '2025-07-01' + (g % 365))::text AS valid_from,
         CASE WHEN g % 5 = 0 THEN (date '2026-07-01' + (g % 365))::text END AS valid_to
    FROM generate_series(1, $1::int) g`;

async function* records(db: Db): AsyncGenerator<ExportRecord[]> {
  for await (const batch of streamRows<Record<string, unknown>>(db, SQL, [ROWS])) {
    yield batch.map((r) => ({
      code: r.code,
      name: r.name,
      shortName: r.short_name,
      type: r.type,
      group: r.grp,
      parent: r.parent,
      childCount: r.child_count,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  }
}

/** Counts the bytes of the file and throws them away (the disk is not what is measured). */
function sink(): Writable & { bytes: number } {
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      w.bytes += chunk.length;
      cb();
    },
  }) as Writable & { bytes: number };
  w.bytes = 0;
  return w;
}

type Result = {
  name: string;
  rows: number;
  median: number;
  cpu: number;
  rssMb: number;
  heapMb: number;
  fileMb: number;
  n: number;
};

async function once(
  db: Db,
  format: ExportFormat,
): Promise<{ ms: number; cpuMs: number; rows: number; rss: number; heap: number; bytes: number }> {
  global.gc?.();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 25);
  const out = sink();
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  try {
    const rows = await writeExport(format, Object.values(UNIT_COLUMNS), records(db), out, { sheetName: 'Đơn vị' });
    const ms = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    sample();
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, rows, rss, heap, bytes: out.bytes };
  } finally {
    clearInterval(timer);
  }
}

async function measure(db: Db, format: ExportFormat, iterations: number): Promise<Result> {
  const runs = [];
  for (let i = 0; i < iterations; i++) runs.push(await once(db, format));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const mb = (b: number) => b / (1024 * 1024);
  return {
    name: `export ${ROWS.toLocaleString('en-US')} rows × ${Object.keys(UNIT_COLUMNS).length} columns to ${format.toUpperCase()} (cursor → writer)`,
    rows: runs[0]!.rows,
    median: times[Math.floor(times.length / 2)]!,
    cpu: runs.map((r) => r.cpuMs).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!,
    rssMb: mb(Math.max(...runs.map((r) => r.rss))),
    heapMb: mb(Math.max(...runs.map((r) => r.heap))),
    fileMb: mb(runs[0]!.bytes),
    n: iterations,
  };
}

/**
 * Streaming exports in bounded memory: a million rows go from a PostgreSQL cursor through the
 * XLSX (and CSV) writer. Peak RSS and heap are sampled every 25 ms with process.memoryUsage().
 */
export async function benchExport(db: Db): Promise<void> {
  const before = process.memoryUsage();
  const results = [await measure(db, 'xlsx', ITERATIONS), await measure(db, 'csv', CSV_ITERATIONS)];
  const fmt = (x: number, d = 1) => x.toFixed(d).padStart(9);
  process.stdout.write(
    `\nXuất dữ liệu (luồng từ con trỏ PostgreSQL); bộ nhớ trước khi đo: RSS ${(before.rss / 1048576).toFixed(0)} MB, heap ${(before.heapUsed / 1048576).toFixed(0)} MB\n`,
  );
  process.stdout.write(
    `${'benchmark'.padEnd(72)} ${'rows'.padStart(8)} ${'median s'.padStart(9)} ${'CPU s'.padStart(9)} ${'RSS MB'.padStart(9)} ${'heap MB'.padStart(9)} ${'file MB'.padStart(9)} ${'n'.padStart(4)}\n`,
  );
  process.stdout.write(`${'-'.repeat(136)}\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(72)} ${String(r.rows).padStart(8)} ${fmt(r.median / 1000)} ${fmt(r.cpu / 1000)} ${fmt(r.rssMb, 0)} ${fmt(r.heapMb, 0)} ${fmt(r.fileMb)} ${String(r.n).padStart(4)}\n`,
    );
  }
  process.stdout.write(
    "(median s: wall-clock time; CPU s: this process's CPU time, which other load on the machine does not inflate; RSS and heap: peaks)\n",
  );
}
