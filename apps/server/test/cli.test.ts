import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDb } from './db.ts';
import type { Db } from '../src/platform/db/db.ts';
import { verifyPassword } from '../src/platform/auth/password.ts';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let db: Db;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDb());
});
afterAll(async () => drop?.());

const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'apps/server/src/main/cli.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url, ...env } });

it('creates the first administrator with no default password, and refuses a weak one', async () => {
  await expect(cli(['create-admin', '--username', 'quantri', '--full-name', 'Nguyễn Văn Quản Trị'], { LANTOA_ADMIN_PASSWORD: 'ngan' })).rejects.toMatchObject({
    stderr: expect.stringContaining('Mật khẩu phải có ít nhất 10 ký tự'),
  });
  const ok = await cli(['create-admin', '--username', 'quantri', '--full-name', 'Nguyễn Văn Quản Trị'], { LANTOA_ADMIN_PASSWORD: 'Quan-tri-2026-x' });
  expect(ok.stdout).toContain('Đã tạo tài khoản quản trị quantri');
  const { rows } = await db.query(`SELECT u.password_hash, ra.role FROM app_user u JOIN role_assignment ra ON ra.user_id = u.id WHERE u.username = 'quantri'`);
  expect(rows[0].role).toBe('system_admin');
  expect(await verifyPassword(rows[0].password_hash, 'Quan-tri-2026-x')).toBe(true);
  await expect(cli(['create-admin', '--username', 'quantri', '--full-name', 'X Y'], { LANTOA_ADMIN_PASSWORD: 'Quan-tri-2026-x' })).rejects.toMatchObject({
    stderr: expect.stringContaining('đã tồn tại'),
  });
}, 60_000);
