import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createPool } from '../platform/db/db.ts';

export const OPENAPI_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../openapi.json');

/** The OpenAPI document of the current code (no database needed: routes are only registered). */
export async function generateOpenApi(): Promise<string> {
  const db = createPool('postgres://unused@127.0.0.1:1/unused', 1);
  const app = await buildApp({ config: { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }) }, db });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await db.end();
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// `npm run openapi` writes apps/server/openapi.json; `-- --check` fails when it is out of date.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const doc = await generateOpenApi();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    if (committed !== doc) {
      process.stderr.write('openapi.json khác với mã nguồn: chạy "npm run openapi" và commit.\n');
      process.exit(1);
    }
    process.stdout.write('openapi.json khớp với mã nguồn.\n');
  } else {
    writeFileSync(OPENAPI_FILE, doc);
    process.stdout.write(`Đã ghi ${OPENAPI_FILE}\n`);
  }
}
