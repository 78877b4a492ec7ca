import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../platform/db/db.ts';
import { getPortalProgramme } from '../modules/programme/index.ts';
import { PORTAL_CSS, PORTAL_CSS_HASH, PORTAL_CSS_PATH } from './layout.ts';
import { renderHomePage, renderProgrammePage } from './programme.pages.ts';
import { renderProgressPage } from './progress.pages.ts';
import { getPublicProgress } from '../modules/reporting/index.ts';
import { todayIso } from '../platform/time.ts';
import type { BlobStore } from '../platform/storage/storage.ts';
import { listPublishedItems } from '../modules/content/index.ts';
import { contentPortalRoutes } from './content.routes.ts';
import { renderLatestSection } from './content.pages.ts';
import { PageCache } from './page-cache.ts';

/** Public pages change when editors change the programme; a minute of caching is harmless. */
const PAGE_CACHE = 'public, max-age=60';
const CSS_ETAG = `"${PORTAL_CSS_HASH}"`;

function sendPage(reply: FastifyReply, body: string) {
  return reply.header('cache-control', PAGE_CACHE).type('text/html; charset=utf-8').send(body);
}

/** The public portal: server-rendered, readable without JavaScript, no script on any page. */
export async function portalRoutes(app: FastifyInstance, { db, config, blobs }: { db: Db; config: Config; blobs: BlobStore }) {
  const cache = new PageCache();
  await contentPortalRoutes(app, { db, config, blobs, cache });

  // The home page also shows the programme, which changes outside the content module: not cached here.
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const news = await listPublishedItems(db, { inColumn: true, limit: 5, offset: 0 });
    const guides = await listPublishedItems(db, { kinds: ['guide'], limit: 6, offset: 0 });
    return sendPage(reply, renderHomePage(await getPortalProgramme(db), renderLatestSection(news.items, guides.items)));
  });

  app.get('/de-an', { schema: { hide: true } }, async (_request, reply) => {
    return sendPage(reply, renderProgrammePage(await getPortalProgramme(db)));
  });

  app.get('/tien-do', { schema: { hide: true } }, async (request: FastifyRequest<{ Querystring: { nam?: string } }>, reply) => {
    const programme = await getPortalProgramme(db);
    const lastYear = programme ? Math.min(+programme.periodEnd.slice(0, 4), +todayIso().slice(0, 4)) : +todayIso().slice(0, 4);
    const asked = Number(request.query.nam);
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= lastYear ? asked : lastYear;
    const d = programme ? await getPublicProgress(db, year) : null;
    if (!programme || !d) return sendPage(reply, renderProgressPage({ programmeTitle: 'Chưa có đề án được công bố', year, unitName: '', indicators: [] }));
    return sendPage(reply, renderProgressPage({ programmeTitle: programme.title, year, unitName: d.unitName, indicators: d.indicators }));
  });

  // The page links the stylesheet with ?v=<hash of its content>: such a URL never changes meaning.
  app.get(
    PORTAL_CSS_PATH,
    { schema: { hide: true } },
    async (request: FastifyRequest<{ Querystring: { v?: string } }>, reply) => {
      const versioned = request.query.v === PORTAL_CSS_HASH;
      reply
        .header('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
        .header('etag', CSS_ETAG)
        .type('text/css; charset=utf-8');
      if (request.headers['if-none-match'] === CSS_ETAG) return reply.status(304).send();
      return reply.send(PORTAL_CSS);
    },
  );
}
