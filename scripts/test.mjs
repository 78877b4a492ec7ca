// `npm test`: every test — pure and database tests (vitest), then browser journeys (Playwright) —
// and one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(path.join(os.tmpdir(), 'lantoa-results-'));
const bin = (p) => path.join(root, 'node_modules', p);
const only = process.argv[2]; // 'unit' | 'e2e' | undefined

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;

function run(label, args, env = {}) {
  process.stdout.write(`\n── ${label} ──\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) exitCode = r.status ?? 1;
}

// The server tests serve the built admin UI too.
const { ensureAdminBuild } = await import('./ensure-admin-build.mjs');
ensureAdminBuild();

if (only !== 'e2e') {
  const file = path.join(out, 'vitest.json');
  run('vitest', [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else exitCode ||= 1;
}

if (only !== 'unit') {
  const file = path.join(out, 'playwright.json');
  run('playwright', [bin('@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    skipped += s.skipped;
  } else exitCode ||= 1;
}

if (failed > 0 && exitCode === 0) exitCode = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(exitCode);
