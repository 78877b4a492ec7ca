// Builds the admin UI when its build is missing or older than its sources (or the contracts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureAdminBuild() {
  const admin = path.join(root, 'apps/admin');
  const built = path.join(admin, 'dist/index.html');
  const sources = Math.max(newest(admin), newest(path.join(root, 'packages/contracts/src')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  process.stdout.write('Build giao diện quản trị …\n');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: admin,
    stdio: 'inherit',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureAdminBuild();
