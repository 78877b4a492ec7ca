/* global self, caches, __PRECACHE__ */
/*
 * Lan Tỏa admin service worker. It keeps the app shell (the built files of this version) so that
 * the admin opens without a network, in particular the CDT support-log form, whose outbox sends
 * later. API answers are never cached: /api is not under this worker's scope and is left alone.
 * The build writes the version and the file list in; a new build is a new cache, and the old
 * caches are dropped when it activates.
 */
const VERSION = '__VERSION__';
const CACHE = `lantoa-admin-${VERSION}`;
const PRECACHE = __PRECACHE__;
const SHELL = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((u) => new Request(new URL(u, self.location.href).href, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lantoa-admin-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/admin/')) return;
  if (req.mode === 'navigate') {
    // Pages: the network first (a new release shows at once), the shell when there is none.
    event.respondWith(fetch(req).catch(() => caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || Response.error())));
    return;
  }
  // Built files have content hashes in their names: the cached copy is the right one.
  event.respondWith(caches.match(req, { cacheName: CACHE }).then((hit) => hit || fetch(req)));
});
