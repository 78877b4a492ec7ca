import { createReadStream, createWriteStream, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import Cursor from 'pg-cursor';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';

/**
 * Backup and restore of the whole database and the stored files, with nothing but a PostgreSQL
 * connection (the embedded package ships no pg_dump, and a system pg_dump is often older than
 * the server). A backup is a folder:
 *
 *   manifest.json       version, time, the migrations applied, every table with its row count
 *   tables/<table>.ndjson  one JSON object per row (to_jsonb), restored with jsonb_populate_recordset
 *   files/              the content-addressed file store
 *
 * The schema is not in the backup: restoring applies the same migrations first, then the rows.
 * The pg-boss queue (schema pgboss) is transient and not kept; jobs still queued or running at
 * backup time are restored as failed, to be retried from the jobs page.
 */

export type BackupManifest = {
  format: 'lantoa-backup/1';
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
};

const BATCH = 1000;

/** The tables of the public schema in an order that satisfies foreign keys (parents first). */
async function tablesInOrder(db: Db): Promise<string[]> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  const { rows: fks } = await db.query<{ child: string; parent: string }>(
    `SELECT cl.relname AS child, pa.relname AS parent FROM pg_constraint k
       JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND cl.relname <> pa.relname`,
  );
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (t: string, stack: Set<string>) => {
    if (done.has(t) || stack.has(t)) return;
    stack.add(t);
    for (const fk of fks) if (fk.child === t) visit(fk.parent, stack);
    done.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t.name, new Set());
  return order;
}

async function columnsOf(db: Db, table: string): Promise<{ name: string; identityAlways: boolean }[]> {
  const { rows } = await db.query<{ name: string; identity: string; generated: string }>(
    `SELECT attname AS name, attidentity AS identity, attgenerated AS generated FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [`public."${table}"`],
  );
  return rows.filter((r) => r.generated === '').map((r) => ({ name: r.name, identityAlways: r.identity === 'a' }));
}

/** Writes the database and the file store into `dir` (created; must not exist yet). */
export async function backupTo(db: Db, dir: string, storageDir: string | null, log: (m: string) => void = () => undefined): Promise<BackupManifest> {
  if (existsSync(dir)) throw new Error(`Thư mục sao lưu đã tồn tại: ${dir}`);
  mkdirSync(path.join(dir, 'tables'), { recursive: true });
  const client = await db.connect();
  const manifest: BackupManifest = { format: 'lantoa-backup/1', createdAt: new Date().toISOString(), migrations: [], tables: [] };
  try {
    // One snapshot for every table: the backup is consistent even while the server runs.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInOrder(db);
    for (const table of tables) {
      const out = createWriteStream(path.join(dir, 'tables', `${table}.ndjson`));
      const cursor = client.query(new Cursor(`SELECT to_jsonb(t)::text AS j FROM public."${table}" t`));
      let rows = 0;
      for (;;) {
        const batch = (await cursor.read(BATCH)) as { j: string }[];
        if (!batch.length) break;
        for (const r of batch) if (!out.write(`${r.j}\n`)) await once(out, 'drain');
        rows += batch.length;
      }
      await cursor.close();
      out.end();
      await once(out, 'finish');
      manifest.tables.push({ name: table, rows });
      log(`  ${table}: ${rows} dòng`);
    }
    const { rows: migrations } = await client.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY name').catch(() => ({ rows: [] as { name: string }[] }));
    manifest.migrations = migrations.map((m) => m.name);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  // Files half-written at this moment live in tmp/ and are left out.
  const tmp = storageDir ? path.join(storageDir, 'tmp') : '';
  if (storageDir && existsSync(storageDir)) cpSync(storageDir, path.join(dir, 'files'), { recursive: true, filter: (src) => src !== tmp && !src.startsWith(tmp + path.sep) });
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Restores a backup into an empty database (migrated here first) and the file store. */
export async function restoreFrom(db: Db, dir: string, storageDir: string | null, log: (m: string) => void = () => undefined): Promise<BackupManifest> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== 'lantoa-backup/1') throw new Error('Không phải bản sao lưu Lan Tỏa');
  await migrate(db);
  const client = await db.connect();
  try {
    const users = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    if (users.rows[0]!.n > 0) throw new Error('Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào một cơ sở dữ liệu mới');
    await client.query('BEGIN');
    // Rows go in as they were: no triggers (the audit log's append-only guard, timestamps) and no
    // foreign-key checks until the end of the transaction.
    await client.query(`SET LOCAL session_replication_role = replica`);
    const present = new Set(await tablesInOrder(db));
    for (const t of [...manifest.tables].reverse()) if (present.has(t.name)) await client.query(`DELETE FROM public."${t.name}"`);
    for (const t of manifest.tables) {
      if (!present.has(t.name)) throw new Error(`Bảng ${t.name} không có trong cơ sở dữ liệu đích`);
      const cols = await columnsOf(db, t.name);
      const list = cols.map((c) => `"${c.name}"`).join(', ');
      const overriding = cols.some((c) => c.identityAlways) ? 'OVERRIDING SYSTEM VALUE' : '';
      const sql = `INSERT INTO public."${t.name}" (${list}) ${overriding} SELECT ${list} FROM jsonb_populate_recordset(null::public."${t.name}", $1::jsonb)`;
      const lines = createInterface({ input: createReadStream(path.join(dir, 'tables', `${t.name}.ndjson`), 'utf8'), crlfDelay: Infinity });
      let batch: string[] = [];
      let rows = 0;
      for await (const line of lines) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= BATCH) {
          await client.query(sql, [`[${batch.join(',')}]`]);
          rows += batch.length;
          batch = [];
        }
      }
      if (batch.length) await client.query(sql, [`[${batch.join(',')}]`]);
      rows += batch.length;
      if (rows !== t.rows) throw new Error(`Bảng ${t.name}: đọc được ${rows} dòng, bản sao lưu ghi ${t.rows}`);
      log(`  ${t.name}: ${rows} dòng`);
    }
    // Sequences continue after the restored rows.
    const { rows: seqs } = await client.query<{ tbl: string; col: string; seq: string }>(
      `SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS seq
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND pg_get_serial_sequence(format('public.%I', c.relname), a.attname) IS NOT NULL`,
    );
    for (const s of seqs) await client.query(`SELECT setval($1, coalesce((SELECT max("${s.col}") FROM public."${s.tbl}"), 0) + 1, false)`, [s.seq]);
    await client.query(`UPDATE job SET status = 'failed', message = 'Bị gián đoạn bởi việc khôi phục dữ liệu; có thể chạy lại', updated_at = now() WHERE status IN ('queued', 'running')`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  if (storageDir && existsSync(path.join(dir, 'files'))) cpSync(path.join(dir, 'files'), storageDir, { recursive: true });
  return manifest;
}
