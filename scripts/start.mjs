// `npm start`: builds the admin UI when needed, then runs the server in this same process
// (one process to stop).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAdminBuild } from './ensure-admin-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureAdminBuild();
const { register } = await import('tsx/esm/api');
register();
await import(path.join(root, 'apps/server/src/main/server.ts'));
