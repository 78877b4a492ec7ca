import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../platform/db/db.ts';
import type { BlobStore } from '../platform/storage/storage.ts';
import { contentDisposition } from '../platform/files/file-name.ts';
import {
  findPublicFile,
  findRelatedItems,
  getPublishedItem,
  getUnitName,
  listColumnUnits,
  listPublishedItems,
  listSitemapEntries,
  onPublicContentChange,
  searchPublishedItems,
} from '../modules/content/index.ts';
import {
  parseAudience,
  parseKind,
  renderColumnPage,
  renderGuidesPage,
  renderItemPage,
  renderMaterialsPage,
  renderNewsPage,
  renderSearchPage,
  renderWidget,
  renderWidgetScript,
} from './content.pages.ts';
import { renderAtom, renderJsonFeed, renderRss, renderSitemap, type FeedMeta } from './feeds.ts';
import { PORTAL_CSS_HASH, PORTAL_CSS_PATH } from './layout.ts';
import { type PageCache, sendCached } from './page-cache.ts';

const HTML = 'text/html; charset=utf-8';
const PAGE_SIZE = 10;
const FEED_SIZE = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Q = Record<string, string | undefined>;

function pageNo(q: Q): number {
  const n = Number(q.trang);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** The site's address as readers see it: LANTOA_PUBLIC_URL when set, else the request's own. */
function baseUrlOf(config: Config, request: FastifyRequest): string {
  return (config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

/** The portal pages of the content library: columns, articles, guides, materials, search, feeds, widget. */
export async function contentPortalRoutes(app: FastifyInstance, { db, config, blobs, cache }: { db: Db; config: Config; blobs: BlobStore; cache: PageCache }) {
  const off = onPublicContentChange(() => cache.invalidate());
  app.addHook('onClose', async () => off());
  const hide = { schema: { hide: true } };

  app.get('/tin-tuc', hide, (request: FastifyRequest<{ Querystring: Q }>, reply) =>
    sendCached(cache, request, reply, HTML, async () => {
      const page = pageNo(request.query);
      const { items, total } = await listPublishedItems(db, { inColumn: true, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      return renderNewsPage({ items, page, totalPages: Math.ceil(total / PAGE_SIZE), columns: await listColumnUnits(db) });
    }),
  );

  app.get('/chuyen-muc/:unitId', hide, (request: FastifyRequest<{ Params: { unitId: string }; Querystring: Q }>, reply) =>
    sendCached(cache, request, reply, HTML, async () => {
      const { unitId } = request.params;
      if (!UUID.test(unitId)) return null;
      const unitName = await getUnitName(db, unitId);
      if (!unitName) return null;
      const page = pageNo(request.query);
      const { items, total } = await listPublishedItems(db, { unitId, inColumn: true, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      return renderColumnPage({ unitId, unitName, items, page, totalPages: Math.ceil(total / PAGE_SIZE) });
    }),
  );

  app.get('/noi-dung/:slug', hide, (request: FastifyRequest<{ Params: { slug: string } }>, reply) =>
    sendCached(cache, request, reply, HTML, async () => {
      const item = await getPublishedItem(db, request.params.slug);
      if (!item) return null;
      return renderItemPage({ item, related: await findRelatedItems(db, item), baseUrl: baseUrlOf(config, request) });
    }),
  );

  app.get('/huong-dan', hide, (request, reply) =>
    sendCached(cache, request, reply, HTML, async () => renderGuidesPage({ items: (await listPublishedItems(db, { kinds: ['guide'], limit: 100, offset: 0 })).items })),
  );

  app.get('/tai-lieu', hide, (request: FastifyRequest<{ Querystring: Q }>, reply) =>
    sendCached(cache, request, reply, HTML, async () => {
      const page = pageNo(request.query);
      const kind = parseKind(request.query.loai);
      const kinds = kind ? [kind] : (['official_document', 'handbook', 'infographic', 'video', 'key_message', 'faq'] as const);
      const { items, total } = await listPublishedItems(db, { kinds, withFiles: !kind || kind !== 'key_message', limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      return renderMaterialsPage({ items, page, totalPages: Math.ceil(total / PAGE_SIZE), kind });
    }),
  );

  app.get('/tim-kiem', hide, (request: FastifyRequest<{ Querystring: Q }>, reply) =>
    sendCached(cache, request, reply, HTML, async () => {
      const q = (request.query.q ?? '').trim().slice(0, 200);
      const kind = parseKind(request.query.loai);
      const audience = parseAudience(request.query['doi-tuong']);
      const y = Number(request.query.nam);
      const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
      const page = pageNo(request.query);
      const result = q ? await searchPublishedItems(db, { q, kind: kind ?? undefined, audience: audience ?? undefined, year: year ?? undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }) : null;
      return renderSearchPage({ q, kind, audience, year, page, pageSize: PAGE_SIZE, result });
    }),
  );

  // Feeds: the city's column, one unit's column (?don-vi=) or one topic (?chu-de=).
  const feed = (format: 'rss' | 'atom' | 'json') => async (request: FastifyRequest<{ Querystring: Q }>, reply: FastifyReply) => {
    const types = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8', json: 'application/feed+json; charset=utf-8' };
    return sendCached(cache, request, reply, types[format], async () => {
      const unitId = request.query['don-vi'];
      const tag = request.query['chu-de']?.slice(0, 60);
      let title = 'Chuyên mục Chuyển đổi số — Đà Nẵng';
      let pagePath = '/tin-tuc';
      if (unitId) {
        if (!UUID.test(unitId)) return null;
        const name = await getUnitName(db, unitId);
        if (!name) return null;
        title = `Chuyển đổi số — ${name}`;
        pagePath = `/chuyen-muc/${unitId}`;
      } else if (tag) {
        title = `Chủ đề: ${tag}`;
        pagePath = `/tim-kiem?q=${encodeURIComponent(`"${tag}"`)}`;
      }
      const { items } = await listPublishedItems(db, { unitId, inColumn: tag ? undefined : true, tag, limit: FEED_SIZE, offset: 0 });
      const meta: FeedMeta = { title, description: 'Tin bài về chuyển đổi số trên nền tảng Lan Tỏa', baseUrl: baseUrlOf(config, request), selfPath: request.url, pagePath };
      return format === 'rss' ? renderRss(meta, items) : format === 'atom' ? renderAtom(meta, items) : renderJsonFeed(meta, items);
    });
  };
  app.get('/rss.xml', hide, feed('rss'));
  app.get('/atom.xml', hide, feed('atom'));
  app.get('/feed.json', hide, feed('json'));

  app.get('/sitemap.xml', hide, (request, reply) =>
    sendCached(cache, request, reply, 'application/xml; charset=utf-8', async () =>
      renderSitemap(baseUrlOf(config, request), ['/', '/de-an', '/tien-do', '/tin-tuc', '/huong-dan', '/tai-lieu', '/su-kien', '/make-in-da-nang'], await listSitemapEntries(db), await listColumnUnits(db)),
    ),
  );

  // The widget may be framed by any site (it is public), unlike every other page.
  app.get('/nhung/chuyen-muc/:unitId', hide, async (request: FastifyRequest<{ Params: { unitId: string } }>, reply) => {
    reply.header('content-security-policy', "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'");
    return sendCached(cache, request, reply, HTML, async () => {
      const unitId = request.params.unitId;
      if (!UUID.test(unitId)) return null;
      const unitName = await getUnitName(db, unitId);
      if (!unitName) return null;
      const { items } = await listPublishedItems(db, { unitId, inColumn: true, limit: 8, offset: 0 });
      const baseUrl = baseUrlOf(config, request);
      return renderWidget({ unitId, unitName, items, baseUrl, cssHref: `${baseUrl}${PORTAL_CSS_PATH}?v=${PORTAL_CSS_HASH}` });
    });
  });

  app.get('/nhung/chuyen-muc/:unitId.js', hide, async (request: FastifyRequest<{ Params: { unitId: string } }>, reply) => {
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return sendCached(cache, request, reply, 'text/javascript; charset=utf-8', async () => {
      const unitId = request.params.unitId;
      if (!UUID.test(unitId)) return null;
      const unitName = await getUnitName(db, unitId);
      if (!unitName) return null;
      return renderWidgetScript({ unitId, unitName, baseUrl: baseUrlOf(config, request) });
    });
  });

  // Files of published items (and their thumbnails); nothing else is reachable here.
  app.get('/tep/:fileId', hide, async (request: FastifyRequest<{ Params: { fileId: string } }>, reply) => {
    if (!UUID.test(request.params.fileId)) return reply.callNotFound();
    const f = await findPublicFile(db, request.params.fileId);
    if (!f || !(await blobs.has(f.sha256))) return reply.callNotFound();
    const etag = `"${f.sha256.slice(0, 32)}"`;
    reply.header('cache-control', 'public, max-age=86400').header('etag', etag).header('x-content-type-options', 'nosniff');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    const inline = f.mime.startsWith('image/') || f.mime.startsWith('video/');
    return reply
      .type(f.mime)
      .header('content-length', String(f.size))
      .header('content-disposition', inline ? contentDisposition(f.name).replace(/^attachment/, 'inline') : contentDisposition(f.name))
      .send(blobs.open(f.sha256));
  });
}
