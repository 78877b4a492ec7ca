import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Files of public/ the installed app needs offline besides the bundle. */
const PUBLIC_SHELL = ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png'];

/**
 * Writes sw.js from pwa/service-worker.js with this build's file list and a version derived from
 * it (the bundle's names carry content hashes), so that every release gets its own cache.
 */
function serviceWorker(): Plugin {
  return {
    name: 'lantoa-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map') && f !== 'index.html' && f !== 'sw.js' && !f.startsWith('.vite/'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./pwa/service-worker.js', import.meta.url), 'utf8')
        .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`)
        .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(['./', ...PUBLIC_SHELL, ...files])};`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

// In production the server serves the built files under /admin/. In development Vite serves them
// and forwards /api to a running server.
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react(), serviceWorker()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate file stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // The spreadsheet writer is loaded only when someone exports a table.
            { name: 'xlsx-writer', test: /node_modules[\\/](write-excel-file|fflate)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': process.env.LANTOA_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
