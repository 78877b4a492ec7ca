import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../platform/db/db.ts';
import { getPortalProgramme } from '../modules/programme/index.ts';
import { PORTAL_CSS, PORTAL_CSS_HASH, PORTAL_CSS_PATH } from './layout.ts';
import { renderHomePage, renderProgrammePage } from './programme.pages.ts';
import { renderProgressPage } from './progress.pages.ts';
import { getPublicProgress } from '../modules/reporting/index.ts';
import { todayIso } from '../platform/time.ts';
import { PRODUCT_CATEGORIES } from '@lantoa/contracts/events';
import { findPublicEventsOfMonth, findPublicProducts, findPublicUpcoming, getPublicEvent, openPublicPhoto } from '../modules/events/index.ts';
import type { BlobStore } from '../platform/storage/storage.ts';
import { renderEventNotFound, renderEventPage, renderEventsPage, renderProductsPage } from './events.pages.ts';
import { PublicFeedbackFormSchema } from '@lantoa/contracts/feedback';
import { findPublished, parseItem, publicPath, submitFeedback } from '../modules/feedback/index.ts';
import { clientKeyOf, getPublicFormSecret } from '../platform/public-forms/public-forms.ts';
import { renderFeedbackPage, renderFeedbackPage404, type FeedbackPageInput } from './feedback.pages.ts';
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

  app.get('/su-kien', { schema: { hide: true } }, async (request: FastifyRequest<{ Querystring: { thang?: string } }>, reply) => {
    const today = todayIso();
    const m = /^(\d{4})-(\d{2})$/.exec(request.query.thang ?? '');
    const asked = m ? { year: +m[1]!, month: +m[2]! } : null;
    const { year, month } = asked && asked.year >= 2000 && asked.year <= 2100 && asked.month >= 1 && asked.month <= 12 ? asked : { year: +today.slice(0, 4), month: +today.slice(5, 7) };
    const [events, upcoming] = await Promise.all([findPublicEventsOfMonth(db, year, month), findPublicUpcoming(db, today, 6)]);
    return sendPage(reply, renderEventsPage({ year, month, today, events, upcoming }));
  });

  app.get('/su-kien/:id', { schema: { hide: true } }, async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const id = request.params.id;
    const event = /^[0-9a-f-]{36}$/i.test(id) ? await getPublicEvent(db, id) : null;
    if (!event) return reply.status(404).type('text/html; charset=utf-8').send(renderEventNotFound());
    return sendPage(reply, renderEventPage(event));
  });

  app.get('/su-kien/anh/:photoId', { schema: { hide: true } }, async (request: FastifyRequest<{ Params: { photoId: string } }>, reply) => {
    const id = request.params.photoId;
    const photo = /^[0-9a-f-]{36}$/i.test(id) ? await openPublicPhoto(db, blobs, id) : null;
    if (!photo) return reply.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy ảnh');
    return reply.header('cache-control', 'public, max-age=3600').header('x-content-type-options', 'nosniff').header('content-length', String(photo.size)).type(photo.mime).send(photo.stream);
  });

  app.get('/make-in-da-nang', { schema: { hide: true } }, async (request: FastifyRequest<{ Querystring: { nam?: string; nhom?: string } }>, reply) => {
    const y = Number(request.query.nam);
    const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
    const category = (PRODUCT_CATEGORIES as readonly string[]).includes(request.query.nhom ?? '') ? request.query.nhom! : null;
    const { years, products } = await findPublicProducts(db, { year: year ?? undefined, category: category ?? undefined });
    return sendPage(reply, renderProductsPage({ years, year, category, products }));
  });
  // Citizen feedback on one item: /phan-hoi/su-kien/<id>, /phan-hoi/tai-lieu/<id>, /phan-hoi/hoat-dong/<id>, /phan-hoi/lien-ket?url=…
  type FeedbackRequest = FastifyRequest<{ Params: { slug: string; ref?: string }; Querystring: { url?: string; 'da-gui'?: string }; Body: Record<string, unknown> }>;
  const itemOf = (request: FeedbackRequest) => parseItem(request.params.slug, request.params.slug === 'lien-ket' ? request.query.url : request.params.ref);
  const sendFeedbackPage = async (reply: FastifyReply, status: number, item: NonNullable<ReturnType<typeof parseItem>>, extra: Partial<FeedbackPageInput>) =>
    reply
      .status(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderFeedbackPage({ item, action: publicPath(item.kind, item.ref), published: await findPublished(db, item), ...extra }));
  const noSuchItem = (reply: FastifyReply) =>
    reply.status(404).type('text/html; charset=utf-8').send(renderFeedbackPage404());

  const showFeedback = async (request: FeedbackRequest, reply: FastifyReply) => {
    const item = itemOf(request);
    if (!item) return noSuchItem(reply);
    const sent = request.query['da-gui'] === '1';
    return sendFeedbackPage(reply, 200, item, {
      notice: sent ? { kind: 'ok', text: 'Cảm ơn anh/chị đã góp ý. Góp ý sẽ được hiển thị tại đây sau khi cơ quan thường trực kiểm duyệt và trả lời.' } : null,
    });
  };
  const postFeedback = async (request: FeedbackRequest, reply: FastifyReply) => {
    const item = itemOf(request);
    if (!item) return noSuchItem(reply);
    const raw = Object.fromEntries(Object.entries(request.body ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
    const values = { name: raw.name ?? '', contact: raw.contact ?? '', body: raw.body ?? '' };
    const parsed = PublicFeedbackFormSchema.safeParse(raw);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'body')] ??= issue.message;
      return sendFeedbackPage(reply, 400, item, { values, errors, notice: { kind: 'error', text: 'Góp ý chưa được gửi: vui lòng sửa các ô được đánh dấu.' } });
    }
    const result = await submitFeedback(db, item, parsed.data, clientKeyOf(await getPublicFormSecret(db), request.ip));
    if (result.kind === 'throttled') {
      reply.header('retry-after', String(result.retryAfterMinutes * 60));
      return sendFeedbackPage(reply, 429, item, {
        values,
        notice: { kind: 'error', text: `Anh/chị đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau ${result.retryAfterMinutes} phút; nội dung vừa nhập vẫn được giữ trong ô bên dưới.` },
      });
    }
    const target = publicPath(item.kind, item.ref);
    return reply.redirect(`${target}${target.includes('?') ? '&' : '?'}da-gui=1`, 303);
  };
  app.get('/phan-hoi/:slug/:ref', { schema: { hide: true } }, showFeedback);
  app.post('/phan-hoi/:slug/:ref', { schema: { hide: true } }, postFeedback);
  app.get('/phan-hoi/:slug', { schema: { hide: true } }, showFeedback);
  app.post('/phan-hoi/:slug', { schema: { hide: true } }, postFeedback);

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
