import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Db } from './platform/db/db.ts';
import authPlugin from './platform/auth/auth.plugin.ts';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './platform/http/error-handler.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerInputGuard } from './platform/http/input-guard.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { orgUnitRoutes } from './modules/org-units/org-units.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { programmeRoutes } from './modules/programme/programme.routes.ts';
import { portalRoutes } from './portal/portal.routes.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
import { trainingRoutes } from './modules/trainings/trainings.routes.ts';
import { pressRoutes } from './modules/press/press.routes.ts';
import { schoolRoutes } from './modules/schools/schools.routes.ts';
import { eventRoutes } from './modules/events/events.routes.ts';
import { commModelRoutes } from './modules/comm-models/comm-models.routes.ts';
import { partnerRoutes } from './modules/partners/partners.routes.ts';
import { cdtRoutes } from './modules/cdt/cdt.routes.ts';
import { caseRoutes } from './modules/cases/index.ts';
import { difficultyRoutes } from './modules/difficulties/index.ts';
import { surveyRoutes } from './modules/surveys/index.ts';
import { rewardRoutes } from './modules/rewards/index.ts';
import { reportPortalRoutes } from './portal/report.routes.ts';
import { surveyPortalRoutes } from './portal/survey.routes.ts';
import { inspectionRoutes } from './modules/inspections/inspections.routes.ts';
import { feedbackRoutes } from './modules/feedback/feedback.routes.ts';
import { contentRoutes } from './modules/content/content.routes.ts';
import { reportingRoutes } from './modules/reporting/reporting.routes.ts';
import { annualReportRoutes } from './modules/reporting/annual-report.routes.ts';
import { jobRoutes } from './platform/jobs/jobs.routes.ts';
import { documentRoutes } from './platform/documents/documents.routes.ts';
import { fileRoutes } from './platform/files/files.routes.ts';
import { importRoutes } from './platform/imports/imports.routes.ts';
import { IMPORTERS } from './data-exchange.ts';
import { notificationRoutes } from './platform/notifications/notifications.routes.ts';
import { JobQueue } from './platform/jobs/queue.ts';
import { LocalBlobStore, type BlobStore } from './platform/storage/storage.ts';
import { Notifier } from './platform/notifications/notifier.ts';
import { buildJobRegistry, SCHEDULES } from './jobs.ts';

export const APP_VERSION = '0.1.0';
const here = path.dirname(fileURLToPath(import.meta.url));
export const ADMIN_DIST = path.resolve(here, '../../admin/dist');

export type AppDeps = { config: Config; db: Db; /** Work the job queue in this process. */ worker?: boolean };

/** What routes get: the database, configuration and the platform services. */
export type RouteDeps = { config: Config; db: Db; jobs: JobQueue; blobs: BlobStore; notifier: Notifier };

declare module 'fastify' {
  interface FastifyInstance {
    platform: { jobs: JobQueue; blobs: BlobStore; notifier: Notifier };
  }
}

/** The platform services, shared by the server and a separate worker process. */
export function buildPlatform(config: Config, db: Db, worker: boolean) {
  const blobs = new LocalBlobStore(config.storageDir);
  const jobs = new JobQueue(db, config, buildJobRegistry(), blobs, { worker });
  const notifier = new Notifier(jobs, Boolean(config.smtpUrl));
  return { blobs, jobs, notifier };
}

// Messages of fields without their own wording come out in Vietnamese too.
z.config(z.locales.vi());

/** Builds the whole application (API, admin UI, portal). Never listens: server.ts does. */
export async function buildApp({ config, db, worker = false }: AppDeps): Promise<FastifyInstance> {
  const { blobs, jobs, notifier } = buildPlatform(config, db, worker);
  const deps: RouteDeps = { config, db, jobs, blobs, notifier };
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('platform', { jobs, blobs, notifier });
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerInputGuard(app);

  await app.register(cookie);
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lan Tỏa API',
        description: 'API của nền tảng Lan Tỏa — điều hành Đề án truyền thông Chuyển đổi số.',
        version: APP_VERSION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lantoa_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    // Only tagged routes (the API) are documented; portal and admin pages are not API.
    hideUntagged: true,
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, { db, config });

  await app.register(healthRoutes, { db, version: APP_VERSION });
  await app.register(authRoutes, deps);
  await app.register(orgUnitRoutes, deps);
  await app.register(userRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(programmeRoutes, deps);
  await app.register(planRoutes, deps);
  await app.register(trainingRoutes, deps);
  await app.register(pressRoutes, deps);
  await app.register(schoolRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(commModelRoutes, deps);
  await app.register(partnerRoutes, deps);
  await app.register(cdtRoutes, deps);
  await app.register(caseRoutes, deps);
  await app.register(difficultyRoutes, deps);
  await app.register(surveyRoutes, deps);
  await app.register(rewardRoutes, deps);
  await app.register(inspectionRoutes, deps);
  await app.register(feedbackRoutes, deps);
  await app.register(contentRoutes, deps);
  await app.register(reportingRoutes, deps);
  await app.register(annualReportRoutes, deps);
  await app.register(jobRoutes, deps);
  await app.register(documentRoutes, deps);
  await app.register(fileRoutes, deps);
  await app.register(importRoutes, { ...deps, importers: IMPORTERS });
  await app.register(notificationRoutes, deps);
  await app.register(portalRoutes, deps);
  await app.register(reportPortalRoutes, deps);
  await app.register(surveyPortalRoutes, deps);

  if (worker) app.addHook('onReady', async () => jobs.startWorker(SCHEDULES));
  app.addHook('onClose', async () => jobs.stop());

  if (existsSync(ADMIN_DIST)) {
    // Files are looked up on each request (not listed at start), so a rebuilt admin is served
    // without a restart; any /admin path that is not a file gets the app shell (client routes).
    await app.register(fastifyStatic, { root: ADMIN_DIST, prefix: '/admin/', serve: false });
    // The router ignores trailing slashes, so '/admin/' reaches the '/admin' route as well: it is
    // the app's home page, and only '/admin' itself is redirected (else the two would loop).
    app.get('/admin', (req, reply) =>
      req.url.split('?')[0] === '/admin' ? reply.redirect('/admin/') : reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false }),
    );
    app.get('/admin/*', (req, reply) => {
      const rel = path.normalize((req.params as { '*': string })['*'] ?? '').replace(/^(\.\.(\/|\\|$))+/, '');
      const file = path.join(ADMIN_DIST, rel);
      if (rel && file.startsWith(ADMIN_DIST + path.sep) && existsSync(file) && statSync(file).isFile()) {
        // Built assets have content hashes in their names: cache them for a year.
        return rel.startsWith('assets/')
          ? reply.sendFile(rel, { maxAge: 365 * 86_400_000, immutable: true })
          : reply.header('cache-control', 'no-cache').sendFile(rel, { cacheControl: false });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    });
  } else {
    app.get('/admin/*', (_req, reply) =>
      reply.status(503).type('text/plain; charset=utf-8').send('Giao diện quản trị chưa được build: chạy npm run build.'),
    );
  }
  return app;
}
