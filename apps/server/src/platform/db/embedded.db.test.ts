import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { makeTempDataDir, startEmbeddedPostgres } from './embedded.ts';
import { freePort } from '../../../test/global-setup.ts';

const dir = makeTempDataDir('lantoa-crash-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('recovers the data directory of a server whose process was killed with SIGKILL', async () => {
  const dataDir = path.join(dir, 'pg');
  const port = await freePort();
  const here = path.dirname(fileURLToPath(import.meta.url));
  // A separate process starts PostgreSQL, writes a row, and is then killed without a chance to stop it.
  const script = `
    import { startEmbeddedPostgres, ensureDatabase } from ${JSON.stringify(path.join(here, 'embedded.ts'))};
    import pg from 'pg';
    const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
    await ensureDatabase(s, 'crash');
    const c = new pg.Client(s.url('crash')); await c.connect();
    await c.query('CREATE TABLE kept (v text)'); await c.query("INSERT INTO kept VALUES ('avant')");
    await c.end();
    process.stdout.write('READY\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('READY')) resolve();
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', () => reject(new Error(`child exited: ${out}`)));
  });
  child.removeAllListeners('exit');
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

  const server = await startEmbeddedPostgres({ dataDir, port });
  try {
    const c = new pg.Client(server.url('crash'));
    await c.connect();
    const { rows } = await c.query('SELECT v FROM kept');
    await c.end();
    expect(rows).toEqual([{ v: 'avant' }]);
  } finally {
    await server.stop();
  }
}, 90_000);
