import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool, type Db } from '../src/platform/db/db.ts';
import { TEMPLATE_DB } from './constants.ts';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database cloned from the seeded template; dropped by the returned cleanup. */
export async function createTestDb(): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const db = createPool(url, 5);
  return {
    db,
    url,
    drop: async () => {
      await db.end();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Looks a unit up by its seed key ('gso:48', 'gso2025:20242', 'agency:so-khcn'). */
export async function unitId(db: Db, key: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM org_unit WHERE external_key = $1', [key]);
  if (!rows[0]) throw new Error(`No unit ${key}`);
  return rows[0].id;
}
