import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import type { Db } from '../platform/db/db.ts';
import { PROGRAMME_2780_CODE, seedProgramme2780 } from './programme-2780.ts';

const ARTICLE = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'decision-2780-article.txt'),
  'utf8',
);

/** The paragraph "(n) …" of the article, without its number. */
function articleParagraph(n: number): string {
  const line = ARTICLE.split('\n').find((l) => l.startsWith(`(${n})`));
  if (!line) throw new Error(`paragraph (${n}) not in the article`);
  return line.slice(`(${n})`.length).replace(/^[\s\u00a0]+/, '');
}

let db: Db;
let drop: () => Promise<void>;
let programmeId: string;
beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  const { rows } = await db.query<{ id: string }>('SELECT id FROM programme WHERE code = $1', [PROGRAMME_2780_CODE]);
  programmeId = rows[0]!.id;
});
afterAll(async () => drop?.());

describe('seed of Decision 2780', () => {
  it('holds the decision facts and its document', async () => {
    const { rows } = await db.query(
      `SELECT p.decision_number, p.decision_date, p.issuer, p.period_start, p.period_end, p.parent_title, p.status,
              u.external_key AS owner_key
         FROM programme p LEFT JOIN org_unit u ON u.id = p.owner_unit_id WHERE p.id = $1`,
      [programmeId],
    );
    expect(rows[0]).toEqual({
      decision_number: '2780/QĐ-UBND',
      decision_date: '2022-10-28',
      issuer: 'UBND thành phố Đà Nẵng',
      period_start: '2022-01-01',
      period_end: '2025-12-31',
      parent_title: 'Đề án Chuyển đổi số của thành phố đến năm 2025, tầm nhìn đến năm 2030',
      status: 'active',
      owner_key: 'gso:48',
    });
    const docs = await db.query('SELECT number, issued_on FROM programme_document WHERE programme_id = $1', [
      programmeId,
    ]);
    expect(docs.rows).toContainEqual({ number: '2780/QĐ-UBND', issued_on: '2022-10-28' });
  });

  it('has the 11 task areas, each word for word as published', async () => {
    const { rows } = await db.query<{ number: number; content: string }>(
      'SELECT number, content FROM task_area WHERE programme_id = $1 ORDER BY number',
      [programmeId],
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const r of rows) expect(r.content).toBe(articleParagraph(r.number));
    // Task area 9, typos included.
    expect(rows[8]!.content).toBe(
      'Các hoạt động tmyền thông gắn liền với với công tác đấu tranh, phản bác các quan điểm sai trái, thù địch, thông tin xấu độc trên không gian mạng xuyên tạc, phủ nhận các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước.',
    );
  });

  it('has the 9 targets with their values, quoted from the article', async () => {
    const { rows } = await db.query<{
      number: number;
      content: string;
      target_value: number;
      target_value_max: number | null;
      unit: string;
      is_yearly: boolean;
      unit_group: string | null;
    }>(
      `SELECT number, content, target_value, target_value_max, unit, is_yearly, unit_group
         FROM programme_target WHERE programme_id = $1 ORDER BY number`,
      [programmeId],
    );
    expect(rows.map((r) => [r.number, r.target_value, r.target_value_max, r.unit, r.is_yearly, r.unit_group])).toEqual([
      [1, 100, null, '%', false, null],
      [2, 100, null, '%', false, 'locality'],
      [3, 100, null, '%', false, 'mass_organisation'],
      [4, 2, null, 'lớp', true, null],
      [5, 100, null, '%', false, 'cdt_team'],
      [6, 100, null, '%', false, 'press'],
      [7, 100, null, '%', false, 'press'],
      [8, 100, null, '%', false, 'school'],
      [9, 2, 3, 'mô hình', true, null],
    ]);
    for (const r of rows) expect(ARTICLE).toContain(r.content);
  });

  it('links responsibilities to the units of the seed, with Sở TT&TT as the standing agency', async () => {
    const { rows } = await db.query<{
      role: string;
      key: string | null;
      unit_group: string | null;
      task_area: number | null;
    }>(
      `SELECT r.role, u.external_key AS key, r.unit_group, t.number AS task_area
         FROM programme_responsibility r
         LEFT JOIN org_unit u ON u.id = r.unit_id
         LEFT JOIN task_area t ON t.id = r.task_area_id
        WHERE r.programme_id = $1`,
      [programmeId],
    );
    expect(rows.filter((r) => r.role === 'standing')).toEqual([
      { role: 'standing', key: 'agency:so-tttt', unit_group: null, task_area: null },
    ]);
    expect(rows).toContainEqual({ role: 'lead', key: 'agency:so-gddt', unit_group: null, task_area: 8 });
    const keys = new Set(rows.map((r) => r.key));
    for (const k of [
      'agency:so-tai-chinh-2022',
      'agency:so-noi-vu-2022',
      'agency:mttq',
      'agency:thanh-doan',
      'agency:ban-tgdv-tu',
    ]) {
      expect(keys).toContain(k);
    }
    const groups = new Set(rows.filter((r) => r.key === null).map((r) => r.unit_group));
    expect(groups).toEqual(new Set(['department', 'locality', 'mass_organisation']));
  });

  it('does nothing when run again', async () => {
    const count = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM programme) + (SELECT count(*) FROM task_area) + (SELECT count(*) FROM programme_responsibility) AS n`,
        )
      ).rows[0]!.n;
    const before = await count();
    await seedProgramme2780(db);
    expect(await count()).toBe(before);
  });

  it('names a missing unit by its group and keeps its name in the duty', async () => {
    const other = await createTestDb();
    try {
      // The demo data hangs plans, estimates and indicators on the programme: they go with it.
      await other.db.query('DELETE FROM budget_estimate; DELETE FROM comm_plan; DELETE FROM indicator; DELETE FROM programme');
      // Sở Nội vụ is not referenced by accounts: it can go, as if the units were seeded differently.
      await other.db.query(`UPDATE org_unit SET external_key = NULL WHERE external_key = 'agency:so-noi-vu-2022'`);
      await seedProgramme2780(other.db);
      const { rows } = await other.db.query<{ unit_id: string | null; unit_group: string; duty: string }>(
        `SELECT unit_id, unit_group, duty FROM programme_responsibility WHERE duty LIKE 'Sở Nội vụ:%'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ unit_id: null, unit_group: 'department' });
    } finally {
      await other.drop();
    }
  });
});
